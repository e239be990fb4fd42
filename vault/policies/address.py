"""Postal addresses and countries in policy text (France, Germany, UK and neighbours).

An address is found from its anchor, the postcode + town ("75015 PARIS", "D-10115 Berlin",
"London EC1A 1BB"), then the street just before it ("130, rue de Lourmel",
"Musterstraße 12", "BP 123"). The country comes from what follows the town (", France"),
a postcode prefix ("D-"), the postcode's shape (UK, Ireland, NL) or, for bare five-digit
postcodes, the language of the street name ("rue" vs "straße").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AddressHit", "find_addresses", "country_in", "COUNTRY_NAMES"]

# Country names in French, English and German (lower case) -> ISO 3166-1 alpha-2.
COUNTRY_NAMES: dict[str, str] = {
    "france": "FR", "frankreich": "FR",
    "germany": "DE", "allemagne": "DE", "deutschland": "DE", "bundesrepublik deutschland": "DE",
    "austria": "AT", "autriche": "AT", "österreich": "AT", "oesterreich": "AT",
    "switzerland": "CH", "suisse": "CH", "schweiz": "CH",
    "belgium": "BE", "belgique": "BE", "belgien": "BE",
    "luxembourg": "LU", "luxemburg": "LU",
    "netherlands": "NL", "the netherlands": "NL", "pays-bas": "NL", "niederlande": "NL",
    "united kingdom": "GB", "royaume-uni": "GB", "vereinigtes königreich": "GB",
    "großbritannien": "GB", "grossbritannien": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "ireland": "IE", "irlande": "IE", "irland": "IE",
    "spain": "ES", "espagne": "ES", "spanien": "ES",
    "italy": "IT", "italie": "IT", "italien": "IT",
    "portugal": "PT", "denmark": "DK", "danemark": "DK", "dänemark": "DK",
    "sweden": "SE", "suède": "SE", "schweden": "SE",
    "norway": "NO", "norvège": "NO", "norwegen": "NO",
    "finland": "FI", "finlande": "FI", "finnland": "FI",
    "poland": "PL", "pologne": "PL", "polen": "PL",
    "czech republic": "CZ", "czechia": "CZ", "république tchèque": "CZ", "tschechien": "CZ",
    "monaco": "MC", "liechtenstein": "LI",
    "united states": "US", "united states of america": "US", "usa": "US", "u.s.a.": "US",
    "états-unis": "US", "etats-unis": "US", "vereinigte staaten": "US",
    "canada": "CA", "kanada": "CA",
}
_COUNTRY_AFTER = re.compile(
    r"[ \t]{0,3}[,–-]?\s{0,3}(?P<name>"
    + "|".join(re.escape(name) for name in sorted(COUNTRY_NAMES, key=len, reverse=True))
    + r"|UK|U\.K\.)(?![\w-])",
    re.IGNORECASE,
)
_PREFIX_COUNTRY = {"F": "FR", "FR": "FR", "D": "DE", "DE": "DE", "A": "AT", "AT": "AT", "CH": "CH",
                   "B": "BE", "BE": "BE", "L": "LU", "LU": "LU", "NL": "NL", "E": "ES", "I": "IT", "DK": "DK"}

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽÄÖÜ"
_WORD_CHARS = "A-Za-zÀ-ÖØ-öø-ÿĀ-žß'’-"
_CAP_WORD = rf"[{_UP}][{_WORD_CHARS}]{{1,40}}"
# A town: capitalised words, small joining words only between them ("Saint-Denis sur Mer",
# "Frankfurt am Main"), then maybe "CEDEX 07".
_CITY = (
    rf"{_CAP_WORD}(?:[ \t](?:(?:sur|sous|en|le|la|les|lès|am|an|der|im|in|bei|upon|on)[ \t])?{_CAP_WORD}){{0,3}}"
    r"(?:[ \t][0-9]{1,2})?"
)
_CITY_AFTER = re.compile(rf"[ \t]{{1,3}}(?P<city>{_CITY})")
_PREFIX_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))(?P<prefix>F|FR|D|DE|E|I|A|AT|CH|B|BE|L|LU|DK|NL)[ \t]?-[ \t]?$")
_DIGITS = re.compile(r"[0-9]{4,5}(?![0-9])")
_NL_LETTERS = re.compile(r"[ \t]?[A-Z]{2}(?=[ \t])")
_UK_POSTCODE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[ \t][0-9][A-Z]{2}(?![\w])")
_EIRCODE = re.compile(r"[AC-FHKNPRTV-Y][0-9][0-9W][ \t]?[0-9AC-FHKNPRTV-Y]{4}(?![\w])")
_MAX_ANCHORS = 3000
_MAX_ATTEMPTS = 300


@dataclass(frozen=True)
class _Anchor:
    kind: str  # 'five', 'four', 'nl', 'uk' or 'ie'
    start: int
    end: int
    city_start: int
    prefix: str


def _anchors(text: str, start: int, end: int) -> list[_Anchor]:
    """Postcode + town places. Digits are found first (a fast scan), the rest in Python."""
    found: list[_Anchor] = []
    for n, match in enumerate(_DIGITS.finditer(text, start, end)):
        if n >= _MAX_ANCHORS:
            break
        at = match.start()
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in ",./_"):
            if text[at - 1] != "-":
                continue
        prefix_match = _PREFIX_BEFORE.search(text, max(0, at - 6), at) if at and text[at - 1] in "- \t" else None
        prefix = prefix_match.group("prefix") if prefix_match else ""
        if at > 0 and text[at - 1] == "-" and not prefix:
            continue
        digits_end = match.end()
        kind = "five" if digits_end - at == 5 else "four"
        if kind == "four":
            letters = _NL_LETTERS.match(text, digits_end)
            if letters and not prefix:
                city = _CITY_AFTER.match(text, letters.end())
                if city:
                    found.append(_Anchor("nl", prefix_match.start() if prefix_match else at, city.end(), city.start("city"), ""))
                    continue
            if text[at] == "0":
                continue
        city = _CITY_AFTER.match(text, digits_end)
        if city:
            found.append(_Anchor(kind, prefix_match.start() if prefix_match else at, city.end(), city.start("city"), prefix))
    for n, match in enumerate(_UK_POSTCODE.finditer(text, start, end)):
        if n >= _MAX_ANCHORS:
            break
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue
        found.append(_Anchor("uk", match.start(), match.end(), match.end(), ""))
    for n, match in enumerate(_EIRCODE.finditer(text, start, end)):
        if n >= _MAX_ANCHORS:
            break
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue
        found.append(_Anchor("ie", match.start(), match.end(), match.end(), ""))
    return found


_STREET_FR_EN = (
    r"rue|avenue|av\.|bd|boulevard|blvd|place|pl\.|chemin|route|allées?|allees?|impasse|quai|cours|square|voie|"
    r"faubourg|fbg|passage|rond-point|parvis|esplanade|cité|lieu-dit|hameau|résidence|parc|street|st\.?|road|rd\.?|"
    r"lane|way|drive|court|terrace|crescent|close|gardens?|row|hill|walk|parkway"
)
_STREET_DE = r"straße|strasse|str\.|weg|platz|allee|ring|gasse|damm|ufer|chaussee|markt|steig|pfad|promenade|graben|wall|kai|hof|tor|brücke"
_STREETS = re.compile(
    # Case-sensitive on purpose: German street names start with a capital, and "during 3"
    # must not read as a "-ring" street. Street words themselves are matched with (?i:).
    # "130, rue de Lourmel", "322 B Route du Puy", "1 Main Street"
    rf"(?P<fr>(?<![\w,.])[0-9]{{1,5}}(?:\s{{0,2}}(?:bis|ter|[A-Za-z])\b)?\s{{0,2}},?\s{{1,3}}(?i:{_STREET_FR_EN})\b"
    rf"|(?<![\w,.])[0-9]{{1,5}}\s{{1,2}}[{_UP}][\w'-]{{1,30}}(?:\s[{_UP}][\w'-]{{1,30}}){{0,2}}\s(?:Street|St|Road|Rd|Lane|Way|Avenue|Ave|Square|Place|Drive|Court)\b)"
    # "Musterstraße 12a", "Berliner Str. 5", "Am Sandtorkai 1", "Unter den Linden 77"
    rf"|(?P<de>(?<![\w-])(?:[{_UP}][\w.'-]{{0,40}}(?:{_STREET_DE})|[{_UP}][\w'-]{{1,30}}\s(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Ring|Gasse|Damm|Ufer|Chaussee|Markt)"
    rf"|(?:Am|An der|An den|Im|In der|Auf der|Unter den|Zum|Zur|Alte[rs]?)\s[{_UP}][\w.'-]{{1,30}})\s{{1,2}}[0-9]{{1,4}}(?:\s?[a-zA-Z]\b)?(?:\s?[-–]\s?[0-9]{{1,4}})?)"
    r"|(?P<box>(?<![\w])(?:BP|B\.P\.|CS|TSA|PO\sBox|P\.O\.\sBox|Postfach|Case postale)\s?[0-9]{1,6}(?:\s[0-9]{2,4})?)",
)
_WINDOW = 160


@dataclass(frozen=True)
class AddressHit:
    """A postal address: its text as written (one line), where it is, and its country."""

    text: str
    start: int
    end: int
    country: str | None
    street_lang: str  # 'fr', 'de', 'box' or '' (no street found)


def find_addresses(text: str, start: int = 0, end: int | None = None, default_lang: str = "") -> list[AddressHit]:
    """Addresses in ``text[start:end]`` that have a street (or PO box) before the postcode.

    ``default_lang`` ('fr'/'de') decides the country of a bare five-digit postcode when the
    street name does not.
    """
    end = len(text) if end is None else end
    found: list[AddressHit] = []
    for anchor in _anchors(text, start, end)[:_MAX_ATTEMPTS]:
        hit = _address_at(text, anchor, default_lang, start)
        if hit is not None:
            found.append(hit)
    found.sort(key=lambda hit: hit.start)
    # Overlapping anchors (a "1000 Brussels" inside a longer match) keep the longer one.
    kept: list[AddressHit] = []
    for hit in found:
        if kept and hit.start < kept[-1].end:
            if hit.end - hit.start > kept[-1].end - kept[-1].start:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


def country_in(fragment: str) -> str | None:
    """ISO code of a country name at the start of ``fragment`` (after an optional comma)."""
    match = _COUNTRY_AFTER.match(fragment)
    if not match:
        return None
    name = match.group("name")
    if name.upper() in ("UK", "U.K."):
        return "GB" if name.isupper() else None
    return COUNTRY_NAMES.get(name.lower())


def _address_at(text: str, anchor: _Anchor, default_lang: str, floor: int) -> AddressHit | None:
    kind = anchor.kind
    anchor_start, anchor_end = anchor.start, anchor.end
    if kind not in ("uk", "ie"):
        # The town pattern may swallow a country written on the same line ("Berlin Deutschland").
        city = text[anchor.city_start:anchor_end]
        words = city.split()
        for cut in range(1, len(words)):
            if country_in(" ".join(words[cut:])):
                anchor_end = anchor.city_start + len(" ".join(words[:cut]))
                break
        anchor_end = anchor.city_start + len(text[anchor.city_start:anchor_end].rstrip(" ."))
    window_start = max(floor, anchor_start - _WINDOW)
    blank = text.rfind("\n\n", window_start, anchor_start)
    if blank >= 0:
        window_start = blank + 2
    street = None
    for candidate in _STREETS.finditer(text, window_start, anchor_start):
        between = text[candidate.end():anchor_start]
        # The earliest street that still runs on into the postcode gives the whole address
        # ("3 Place de Fontenoy, TSA 80715, 75334 PARIS"), but not across a sentence end.
        if len(between) <= 90 and "\n\n" not in between and not re.search(r"[.!?;:]\s+[A-Z]", between):
            street = candidate
            break
    if street is None:
        return None
    lang = "fr" if street.group("fr") else "de" if street.group("de") else "box"
    if lang == "box":
        box = street.group("box").upper()
        lang = "de" if box.startswith("POSTFACH") else "" if box.startswith("P") else "fr"
    after = text[anchor_end:anchor_end + 40]
    named = _COUNTRY_AFTER.match(after)
    country = country_in(after)
    end = anchor_end + named.end() if named and country else anchor_end
    prefix = anchor.prefix.upper()
    if country is None:
        if prefix:
            country = _PREFIX_COUNTRY.get(prefix)
        elif kind == "uk":
            country = "GB"
        elif kind == "ie":
            country = "IE"
        elif kind == "nl":
            country = "NL"
        elif kind == "five":
            guess = lang if lang in ("fr", "de") else default_lang
            country = {"fr": "FR", "de": "DE"}.get(guess)
        # A bare four-digit postcode could be Belgium, Switzerland, Austria, Luxembourg,
        # Denmark...: the shape does not tell, so the country stays unknown.
    raw = text[street.start():end]
    # Lines of an address block read best joined by commas, but a PDF may also wrap in the
    # middle of a house number ("322 \nB Route"), which joins with a space.
    raw = re.sub(r"[ \t]*,?[ \t]*\n\s*(?!(?:[A-Za-z]|bis|ter)\b)", ", ", raw)
    address = re.sub(r"\s+", " ", raw).strip(" ,")
    return AddressHit(address, street.start(), end, country, lang)
