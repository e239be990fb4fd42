"""The main text of a saved web page, through selectolax (the lexbor HTML5 parser).

A saved policy page carries the site around the policy: navigation, cookie banners, menus,
share buttons and footers. Lexbor parses the page as a browser does (unclosed tags, broken
markup); the elements that are never the policy are dropped by CSS selectors; when the page
marks its main content (``<main>``, ``role="main"``, a single large ``<article>``) only that
is kept. Blocks become lines, paragraphs blank lines; the address of each ``mailto:`` link
is added after the link text when the text does not show it, because many sites only put
the address in the link.

The walk over the tree is iterative (no recursion), so deeply nested hostile markup costs
time linear in its size and never the interpreter's stack.
"""
from __future__ import annotations

import re
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["html_main_text"]

# Never part of the policy a person reads.
_DROP = ("script, style, noscript, template, svg, math, head, nav, button, select, iframe, object, canvas, audio, "
         "video, map, form[role=search], [role=navigation], [role=banner] nav")
# Invisible until opened: dropped, unless they hold most of the page (a policy shown in a
# modal dialog is saved with aria-hidden="true" on the whole policy).
_HIDDEN = ("[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none'], "
           "[style*='visibility:hidden']")
# Cookie banners and consent managers: by their usual ids and classes (only when short, so a
# "cookie policy" section of the policy itself stays).
_BANNERS = ("[id*=cookie], [class*=cookie], [id*=consent], [class*=consent], [id*=cmp-], [class*=cmp-], "
            "[id*=gdpr], [class*=gdpr], [id*=tarteaucitron], [id*=didomi], [id*=onetrust], [class*=cc-window], "
            "[id*=borlabs], [id*=usercentrics], [class*=skip-link], [class*=breadcrumb], [class*=share], [class*=social]")
_BANNER_MAX = 1500  # characters: a banner is short, a policy section is not
_MAIN = ("main", "[role=main]", "article", "#content", "#main", ".main-content", ".entry-content", ".content")
_PARAGRAPH = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "header", "footer", "blockquote",
    "table", "ul", "ol", "dl", "address", "figure", "fieldset", "details", "aside", "hr", "body", "form",
})
_LINE = frozenset({"div", "br", "li", "tr", "dt", "dd", "summary", "figcaption", "caption", "pre", "legend", "label"})
_HEADING = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_EMAIL_IN_MAILTO = re.compile(r"[^\s@<>()\[\]{}\"',;:?]{1,64}@[A-Za-z0-9.-]{1,253}")
_SPACES = re.compile(r"\s+")


def html_main_text(html: str) -> str:
    """Readable main text of an HTML page: blocks become lines, site chrome goes."""
    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    for node in tree.css(_DROP):
        node.decompose()
    whole = len(root.text(deep=True))
    for node in tree.css(_HIDDEN):
        if len(node.text(deep=True)) < 0.5 * whole:
            node.decompose()
    for node in tree.css(_BANNERS):
        if len(node.text(deep=True)) <= _BANNER_MAX:
            node.decompose()
    total = len(root.text(deep=True))
    main = _main_part(tree, total)
    if main is None:
        # No marked main part: the page minus its footer's and header's menus.
        for node in tree.css("footer nav, header nav, [role=contentinfo] nav"):
            node.decompose()
        main = root
    return _text_of(main)


def _main_part(tree: LexborHTMLParser, total: int) -> LexborNode | None:
    """The element that holds the page's main content, if the page marks one."""
    for selector in _MAIN:
        nodes = tree.css(selector)
        if selector == "article" and len(nodes) != 1:
            continue  # a list of articles is a blog index, not one main text
        for node in nodes[:1]:
            if total and len(node.text(deep=True)) >= 0.5 * total:
                return node
    return None


def _text_of(top: LexborNode) -> str:
    out: list[str] = []
    mailto: list[tuple[str, int]] = []
    pre = 0
    # (node, leaving): entering pushes the element's end, then its children in order.
    stack: list[tuple[LexborNode, bool, bool]] = [(top, False, False)]
    while stack:
        node, leaving, has_mailto = stack.pop()
        tag = node.tag
        if tag == "-text":
            if node.parent is not None and node.parent.tag in ("script", "style"):
                continue
            data = node.text_content or ""
            out.append(data if pre else _SPACES.sub(" ", data))
            continue
        if tag is None or tag.startswith("-"):
            continue  # comments, doctype
        if leaving:
            if tag == "pre" and pre:
                pre -= 1
            if has_mailto:
                address, start = mailto.pop()
                if address.lower() not in "".join(out[start:]).lower():
                    out.append(f" <{address}>")
            if tag not in ("br", "hr"):  # void: its break was written on entering
                _break(out, tag)
            continue
        _break(out, tag)
        if tag == "li":
            out.append("- ")
        elif tag in ("td", "th"):
            out.append(" ")
        elif tag == "pre":
            pre += 1
        has_mailto = False
        if tag == "a":
            href = (node.attributes.get("href") or "").strip()
            if href[:7].lower() == "mailto:":
                found = _EMAIL_IN_MAILTO.search(unquote(href[7:].split("?", 1)[0]))
                if found:
                    mailto.append((found.group(0), len(out)))
                    has_mailto = True
        stack.append((node, True, has_mailto))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, False, False))
    return "".join(out)


def _break(out: list[str], tag: str) -> None:
    if tag in _PARAGRAPH:
        out.append("\n\n")
    elif tag in _LINE:
        out.append("\n")
