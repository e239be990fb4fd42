"""Find e-mail addresses in text, also the forms written to fool address harvesters.

Handled: ``name@example.org``, ``contact (AT) example (DOT) com``, ``name [at] example.org``,
``name (at-symbol) x.de``, ``name(a)x.de``, ``name@x[.]de``, ``name {at} x {dot} de``,
``name (ät) x (punkt) de``, ``nom [arobase] x [point] fr``, ``nom arobase x point fr`` and,
with care, ``name at example dot com``.

The bare-word forms are where prose gives false positives ("available at example.com"),
so they need a known top-level domain, no ``www.``, and a mailbox-like name.
The scan is one regex pass whose repetitions are all bounded and whose start is anchored
at a token boundary by a look-behind, so the time stays linear in the text length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["EmailHit", "find_emails"]

MAX_HITS = 5000

_OPEN = r"[(\[{<]"
_CLOSE = r"[)\]}>]"
_AT_WORDS = r"at|@|a|ät|arobase|arobas|at[ -]?sign|at[ -]?symbol|where[ -]?at|chez|klammeraffe"
_DOT_WORDS = r"dot|\.|point|punkt|pt|period"
_LABEL = r"[A-Za-z0-9][A-Za-z0-9-]{0,62}"
# A disguised dot: "(dot)", "[.]", "{punkt}", or a bare " dot " / " point " / " punkt ".
_DOT_DISGUISED = (
    r"[ \t]{0,2}" + _OPEN + r"[ \t]{0,2}(?:" + _DOT_WORDS + r")[ \t]{0,2}" + _CLOSE + r"[ \t]{0,2}"
    r"|\s{1,3}(?:dot|point|punkt)\s{1,3}"
)
_AT_ANY = (
    r"@|\s{1,2}@\s{1,2}"
    r"|\s{0,2}" + _OPEN + r"\s{0,2}(?:" + _AT_WORDS + r")\s{0,2}" + _CLOSE + r"\s{0,2}"
    r"|\s{1,3}(?:at|arobase|arobas)\s{1,3}"
)
_EMAIL = re.compile(
    # The look-behind makes a match start only at a token's first character: linear time.
    r"(?<![A-Za-z0-9_.%+\-@])"
    r"(?P<local>[A-Za-z0-9][A-Za-z0-9_.%+\-]{0,63})"
    r"(?P<at>" + _AT_ANY + r")"
    r"(?P<domain>" + _LABEL + r"(?:(?:\.|" + _DOT_DISGUISED + r")" + _LABEL + r"){1,4})"
    r"(?![A-Za-z0-9\-])",
    re.IGNORECASE,
)
_DOT_FORM = re.compile(_DOT_DISGUISED, re.IGNORECASE)
_BARE_DOT = re.compile(r"\s(?:dot|point|punkt)\s", re.IGNORECASE)

# Top-level domains a bare "at ... dot ..." form may end with (it is prose otherwise).
_COMMON_TLDS = frozenset("""
    com org net edu gov int info biz io co eu de fr uk at ch be nl lu es it pt ie dk se no fi
    pl cz sk hu ro bg gr hr si ee lv lt mt cy is li mc us ca au nz app dev tech online shop
    email legal paris berlin bayern hamburg koeln wien swiss me tv ai cloud
""".split())
_FILE_EXTENSIONS = frozenset("png jpg jpeg gif svg webp ico bmp tif tiff css js json pdf html htm php xml zip".split())
# Words that stand before "at" in ordinary sentences ("available at example.com").
_PROSE_BEFORE_AT = frozenset("""
    a an and are as available based be been being but by can could did do does find found for
    from get go has have he her here him his i in is it its located look looking me more my
    not now of on online or our page pages please published read reach see she site sites
    so that the them there these they this those to us was we were website websites what
    when where which who will with would you your stay arrive arrived aimed aims aim point
    policy policies terms conditions information posted hosted accessible consult consultable
    visit visible listed mentioned described written write send contact-us
    est sont disponible disponibles consultable consultables accessible accessibles
""".split())


@dataclass(frozen=True)
class EmailHit:
    """One address found: normalised address, where it was, whether it was disguised."""

    address: str
    start: int
    end: int
    obfuscated: bool


def find_emails(text: str) -> list[EmailHit]:
    """All e-mail addresses in ``text`` in order of appearance (repeats included).

    Addresses are lower-cased (mailboxes are case-insensitive in practice, and it makes
    ``Contact (AT) X (DOT) com`` equal ``contact@x.com``).
    """
    hits: list[EmailHit] = []
    pos = 0
    for _ in range(MAX_HITS):
        match = _EMAIL.search(text, pos)
        if match is None:
            break
        hit = _validate(match)
        if hit is not None:
            hits.append(hit)
            pos = match.end()
        else:
            # "reached at privacy.officer at x dot de": the rejected "reached@privacy.officer"
            # used up the real mailbox name, so look again from the "at".
            pos = match.start("at")
    return hits


def _validate(match: re.Match[str]) -> EmailHit | None:
    local = match.group("local")
    at = match.group("at")
    raw_domain = match.group("domain")
    local = local.rstrip(".")
    if not local or ".." in local:
        return None
    domain = _DOT_FORM.sub(".", raw_domain).lower()
    labels = domain.split(".")
    if len(labels) < 2 or any(not label or label.startswith("-") or label.endswith("-") for label in labels):
        return None
    tld = labels[-1]
    if not tld.isalpha() or not 2 <= len(tld) <= 24 or tld in _FILE_EXTENSIONS:
        return None
    at_form = at.strip().lower()
    bare_at = at_form in ("at", "arobase", "arobas")
    bare_dot = _BARE_DOT.search(raw_domain) is not None
    literal = at_form == "@" and raw_domain == raw_domain.replace(" ", "") and "(" not in raw_domain and "[" not in raw_domain
    if bare_at or bare_dot:
        # Prose risk: demand a well-known TLD and no website-looking domain.
        if tld not in _COMMON_TLDS or labels[0] == "www" or len(labels) > 4:
            return None
    if at_form == "at":
        if local.lower() in _PROSE_BEFORE_AT:
            return None
        # "at example.com" with a real dot reads like a web address in a sentence; only
        # "at example dot com", or a dotted mailbox name, is unambiguous enough.
        if not bare_dot and "." not in local and "_" not in local:
            return None
    if bare_dot and at_form == "@" and " " in at:
        return None
    end = match.end()
    return EmailHit(f"{local.lower()}@{domain}", match.start(), end, obfuscated=not literal)
