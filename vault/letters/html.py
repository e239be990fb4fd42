"""A letter as one self-contained HTML document.

The page loads nothing from anywhere (no links, images, fonts or scripts; a
Content-Security-Policy forbids them even if a browser were tempted), so opening it
never tells anybody that it was opened. Every piece of text comes from the user or
a controller record and is escaped; nothing is ever inserted as markup.

The same HTML feeds Qt's ``QTextDocument`` for ODT (``ui/letter_formats.py``), so the
markup keeps to what Qt's rich-text engine understands (``p``, ``br``, ``b``, ``ul``,
``align``) and uses CSS only as a refinement for browsers.

``label``, ``clean`` and ``body_paragraphs`` are shared with the Qt renderers, so every
format words and splits the letter identically.
"""
from __future__ import annotations

import html
import re

from vault.letters.document import LetterDocument

# C0 controls (except tab and newline) and DEL are invalid in HTML and invisible in
# a letter; a stray one from a pasted policy must not break the file.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_LABELS: dict[str, dict[str, str]] = {
    # "Annexes" follows LetterDocument.as_text() exactly, so text and HTML agree.
    "en": {"annexes": "Annexes:", "reference": "My reference:", "date": "Date:", "annex": "Annex",
           "page": "Page {n} of {total}", "chronology": "Chronology"},
    "fr": {"annexes": "Annexes :", "reference": "Ma référence :", "date": "Date :", "annex": "Annexe",
           "page": "Page {n} sur {total}", "chronology": "Chronologie"},
    "de": {"annexes": "Anlagen:", "reference": "Mein Zeichen:", "date": "Datum:", "annex": "Anlage",
           "page": "Seite {n} von {total}", "chronology": "Chronologie"},
}

# Page geometry sits on ``html``, which Qt's rich-text engine ignores: browsers get a
# centred sheet, while the ODT made from this HTML gets no stray indentation.
_CSS = """
@page { size: A4; margin: 20mm 20mm 20mm 25mm; }
html { max-width: 165mm; margin: 2em auto; padding: 0 1em; line-height: 1.35; background: #fff; }
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 11pt; color: #000; }
p { margin: 0 0 1em 0; }
.recipient { margin: 2em 0 2.5em 0; }
.date { text-align: right; }
.subject { margin-top: 1.5em; }
ul.annexes { margin-top: 0; }
"""


def label(lang: str, key: str) -> str:
    """The wording of a fixed label (a key of ``_LABELS["en"]``) in ``lang``.

    Unknown languages fall back to English rather than failing: a letter must render.
    """
    return _LABELS.get(lang, _LABELS["en"])[key]


def clean(text: str) -> str:
    """``text`` without control characters that no output format can carry."""
    return _CONTROL.sub("", text)


def _esc(text: str) -> str:
    """Escape user text for HTML content and attribute values alike."""
    return html.escape(clean(text), quote=True)


def _lines(lines: list[str]) -> str:
    """Address-like lines joined with ``<br>``; each line escaped on its own."""
    return "<br>\n".join(_esc(line) for line in lines)


def body_paragraphs(body: str) -> list[list[str]]:
    """The body split into paragraphs (blank-line separated), each a list of its lines.

    Line breaks inside a paragraph are kept: signatures and enumerations rely on them.
    """
    paragraphs = re.split(r"\n[ \t]*\n", clean(body.replace("\r\n", "\n").replace("\r", "\n")).strip())
    return [p.split("\n") for p in paragraphs if p.strip()]


def body_html(letter: LetterDocument) -> str:
    """The flowing part of the letter as HTML: bold subject, paragraphs, annexes."""
    parts = [f'<p class="subject"><b>{_esc(letter.subject)}</b></p>']
    for paragraph in body_paragraphs(letter.body):
        parts.append(f"<p>{_lines(paragraph)}</p>")
    if letter.annexes:
        parts.append(f'<p class="annexes-heading">{_esc(label(letter.lang, "annexes"))}</p>')
        items = "\n".join(f"<li>{_esc(name)}</li>" for name in letter.annexes)
        parts.append(f'<ul class="annexes">\n{items}\n</ul>')
    return "\n".join(parts)


def letter_to_html(letter: LetterDocument) -> str:
    """The whole letter as a complete HTML5 document, in the order of ``as_text()``.

    Sender, recipient, place and date (right-aligned), reference, bold subject,
    paragraphs, annexes.
    """
    reference = ""
    if letter.reference:  # labelled here (bare in as_text) since it stands alone on the page
        reference = f'<p class="reference">{_esc(label(letter.lang, "reference"))} {_esc(letter.reference)}</p>\n'
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_esc(letter.lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_esc(letter.subject)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f'<p class="sender">{_lines(letter.sender_lines)}</p>\n'
        f'<p class="recipient">{_lines(letter.recipient_lines)}</p>\n'
        f'<p class="date" align="right">{_esc(letter.place_date)}</p>\n'
        + reference
        + body_html(letter)
        + "\n</body>\n</html>\n"
    )
