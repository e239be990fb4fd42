"""How organisation names, web addresses and e-mail addresses are folded so that what people type matches.

Names are compared case-folded and without accents ("TELEFÓNICA" = "telefonica"), and also with
the German transliteration of umlauts ("Müller" = "mueller" = "muller"). The ampersand is part of
a name ("1&1", "C&A", "H & M" = "h&m"): it is kept, and spaces around it are dropped. Every other
punctuation mark separates words. A pasted URL, domain or e-mail address is reduced to its host.
"""
from __future__ import annotations

import re
import unicodedata

# Trailing words that say what kind of company it is, not which one ("Zalando SE" = "zalando").
LEGAL_FORMS = frozenset(
    "gmbh ag se sa sas sarl s a r l ltd limited inc llc lp plc bv b v nv n v kg ohg kgaa co cie sca "
    "ab as asa oy oyj spa srl sl slu uc ulc gbr ev e v mbh corp corporation company unlimited".split())
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_SPECIAL = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "þ": "th"})
_NOT_WORD = re.compile(r"(?:[^\w&]|_)+")
_AMPERSAND = re.compile(r"\s*&\s*")
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:/*|^//")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne"})


class _Unaccented(dict):
    """A ``str.translate`` table filled on demand: each character without its accents, computed once."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        self[code] = "".join(c for c in decomposed if not unicodedata.combining(c))
        return self[code]


_UNACCENTED = _Unaccented()


def _strip_accents(text: str) -> str:
    return text if text.isascii() else text.translate(_UNACCENTED)


def _clean(text: str) -> str:
    words = _NOT_WORD.sub(" ", text)
    return _AMPERSAND.sub("&", words).strip()


def fold(text: str | None) -> str:
    """Lower case, no accents, words separated by one space, '&' kept ("C&A Mode" -> "c&a mode")."""
    if not text:
        return ""
    return _clean(_strip_accents(text.casefold().translate(_SPECIAL)))


def fold_german(text: str | None) -> str:
    """Like ``fold``, with umlauts written out as German does without them ("Müller" -> "mueller")."""
    if not text:
        return ""
    return _clean(_strip_accents(text.translate(_GERMAN).casefold().translate(_SPECIAL)))


def spellings(text: str | None) -> set[str]:
    """Every folding of ``text`` a person might type (one or two strings; none for empty text)."""
    if text and text.isascii():  # no umlaut to write out
        return {fold(text)} - {""}
    return {f for f in (fold(text), fold_german(text)) if f}


def core_name(folded: str) -> str:
    """A folded name without trailing legal forms ("zalando se" -> "zalando"); the name if only that."""
    words = folded.split()
    while len(words) > 1 and all(part in LEGAL_FORMS for part in words[-1].split("&") if part):
        words.pop()
    return " ".join(words)


def _split(text: str | None) -> tuple[str, str] | None:
    """(host without "www.", path) of a URL, domain or e-mail address; None when it is none of them."""
    value = (text or "").strip().casefold()
    if not value or " " in value:
        return None
    if "@" in value:
        value, path = value.rsplit("@", 1)[1], ""
    else:
        value = _SCHEME.sub("", value, count=1)
        cut = min((i for i in (value.find(c) for c in "/?#") if i >= 0), default=len(value))
        value, path = value[:cut], value[cut:]
    host = value.rsplit("@", 1)[-1].split(":", 1)[0].rstrip(".").removeprefix("www.")
    return (host, path.split("?", 1)[0].split("#", 1)[0]) if _HOST.match(host) else None


def host_of(text: str | None) -> str | None:
    """The host a URL, domain or e-mail address names, without "www." ("https://www.zalando.de/x" -> "zalando.de").

    None when ``text`` does not look like one (a name with a space, no dot, ...).
    """
    split = _split(text)
    return split[0] if split else None


def url_key(text: str | None) -> str | None:
    """Host and path of a web address, for telling apart sites that differ by path ("paypal.com/fr")."""
    split = _split(text)
    if split is None:
        return None
    path = split[1].strip("/")
    return f"{split[0]}/{path}" if path else split[0]


def site_of(host: str) -> str:
    """The registered domain of a host ("cc.o2online.de" -> "o2online.de", "shop.amazon.co.uk" -> "amazon.co.uk")."""
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def label_of(host: str) -> str:
    """The name part of a registered domain ("amazon.co.uk" -> "amazon")."""
    return site_of(host).split(".")[0]


def country_of_host(host: str) -> str | None:
    """The country a country-code top-level domain stands for ("amazon.at" -> "at"; ".uk" -> "gb")."""
    tld = host.rsplit(".", 1)[-1]
    if len(tld) != 2:
        return None
    return "gb" if tld == "uk" else tld
