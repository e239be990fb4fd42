"""Country names for the last line of an address abroad, in the letter's language.

Postal practice (UPU, and the French and German post offices' addressing rules) puts the
destination country on the last line, in capitals, in the sender's language: a letter from
France to Germany ends "ALLEMAGNE", one from Germany to France "FRANKREICH".
"""
from __future__ import annotations

# ISO code -> (English, French, German, the country's own name)
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AT": ("Austria", "Autriche", "Österreich", "Österreich"),
    "BE": ("Belgium", "Belgique", "Belgien", "België"),
    "BG": ("Bulgaria", "Bulgarie", "Bulgarien", "България"),
    "CH": ("Switzerland", "Suisse", "Schweiz", "Schweiz"),
    "CY": ("Cyprus", "Chypre", "Zypern", "Κύπρος"),
    "CZ": ("Czechia", "Tchéquie", "Tschechien", "Česko"),
    "DE": ("Germany", "Allemagne", "Deutschland", "Deutschland"),
    "DK": ("Denmark", "Danemark", "Dänemark", "Danmark"),
    "EE": ("Estonia", "Estonie", "Estland", "Eesti"),
    "ES": ("Spain", "Espagne", "Spanien", "España"),
    "FI": ("Finland", "Finlande", "Finnland", "Suomi"),
    "FR": ("France", "France", "Frankreich", "France"),
    "GB": ("United Kingdom", "Royaume-Uni", "Vereinigtes Königreich", "United Kingdom"),
    "GR": ("Greece", "Grèce", "Griechenland", "Ελλάδα"),
    "HR": ("Croatia", "Croatie", "Kroatien", "Hrvatska"),
    "HU": ("Hungary", "Hongrie", "Ungarn", "Magyarország"),
    "IE": ("Ireland", "Irlande", "Irland", "Ireland"),
    "IS": ("Iceland", "Islande", "Island", "Ísland"),
    "IT": ("Italy", "Italie", "Italien", "Italia"),
    "LI": ("Liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtenstein"),
    "LT": ("Lithuania", "Lituanie", "Litauen", "Lietuva"),
    "LU": ("Luxembourg", "Luxembourg", "Luxemburg", "Luxembourg"),
    "LV": ("Latvia", "Lettonie", "Lettland", "Latvija"),
    "MT": ("Malta", "Malte", "Malta", "Malta"),
    "NL": ("Netherlands", "Pays-Bas", "Niederlande", "Nederland"),
    "NO": ("Norway", "Norvège", "Norwegen", "Norge"),
    "PL": ("Poland", "Pologne", "Polen", "Polska"),
    "PT": ("Portugal", "Portugal", "Portugal", "Portugal"),
    "RO": ("Romania", "Roumanie", "Rumänien", "România"),
    "SE": ("Sweden", "Suède", "Schweden", "Sverige"),
    "SI": ("Slovenia", "Slovénie", "Slowenien", "Slovenija"),
    "SK": ("Slovakia", "Slovaquie", "Slowakei", "Slovensko"),
    "US": ("United States", "États-Unis", "Vereinigte Staaten", "United States"),
}
_INDEX = {"en": 0, "fr": 1, "de": 2}
_ALSO = {"GB": ("UK", "Great Britain", "England"), "NL": ("The Netherlands",), "US": ("USA", "U.S.A.")}


def destination_line(country: str | None, lang: str) -> str:
    """The country line in capitals in ``lang`` ("ALLEMAGNE"), or "" for a country not in the table."""
    names = _NAMES.get((country or "").upper())
    return names[_INDEX.get(lang, 0)].upper() if names else ""


def with_destination(address_lines: list[str], country: str | None, sender_country: str | None,
                     lang: str) -> list[str]:
    """The address with the destination country last, when the letter crosses a border.

    A last line that already names the country (in any of its names) is replaced, so that it
    is written once, in capitals, in the letter's language.
    """
    code, home = (country or "").upper(), (sender_country or "").upper()
    line = destination_line(code, lang)
    if not line or not home or home == code:
        return list(address_lines)
    known = {name.casefold() for name in _NAMES[code] + _ALSO.get(code, ())}
    lines = list(address_lines)
    if lines and lines[-1].strip().casefold() in known:
        lines.pop()
    return lines + [line]
