"""Data-protection supervisory authorities: where a complaint (GDPR art. 77) goes.

The table is ``resources/authorities.json``, built from the CC0 records of the datarequests.org
project by ``packaging/build_authorities.py`` (see ``resources/AUTHORITIES-SOURCE.md``).

Choosing the authority for a controller:

- one national authority per country, except Germany;
- Germany: the authority of the Land where the controller is established. Where a Land has two
  (Bavaria), the private-sector one (BayLDA), since controllers in this app are mostly
  companies; a Bavarian public body's authority is available through ``authority_by_slug``.
- Germany without a Land: there is no single competent authority for companies (the BfDI only
  supervises federal bodies, telecoms and postal services), so rather than guess we raise
  ``InvalidInput`` asking for the Land. The person may also complain to the authority of
  their own residence (art. 77(1)); the caller can pass that Land instead.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from vault.errors import InvalidInput

# Codes people use that are not the ISO 3166-1 code of the table.
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}

GERMAN_LANDS = {
    "BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg",
    "HB": "Bremen", "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen", "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz",
    "SL": "Saarland", "SN": "Sachsen", "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein",
    "TH": "Thüringen",
}


@dataclass(frozen=True)
class Authority:
    """One supervisory authority, with the contact details for lodging a complaint."""

    slug: str                          # stable id from the source, e.g. "frcnil"
    name: str
    address_lines: tuple[str, ...]     # postal address, the country on the last line
    countries: tuple[str, ...] = ()    # ISO 3166-1 alpha-2, upper case
    email: str = ""
    phone: str = ""
    fax: str = ""
    web: str = ""
    webform: str = ""                  # complaint form, when the authority has one
    complaint_language: str = ""       # ISO 639-1; "" when the source does not say
    scope: str = "national"            # national | land | federal | church | broadcasting
    land: str | None = None            # German Land code ("BY"), for Land authorities
    sector: str = "all"                # all | private | public
    complaint_channels: tuple[str, ...] = ()  # "web-form", "email", "post" where verified; () = any listed

    def accepted_channels(self) -> tuple[str, ...]:
        """How this authority takes a complaint: the verified channels, else what the record lists.

        The CNIL, ICO, AEPD and AP take complaints by web form or post, not by e-mail (their own
        pages, quoted in docs/law-sources.md §9.1–9.4); the AP's e-mail is an information address.
        """
        if self.complaint_channels:
            return self.complaint_channels
        listed = (("web-form",) if self.webform else ()) + (("email",) if self.email else ())
        return listed + ("post",)

    def letter_name(self, lang: str) -> str:
        """The name to address a letter in ``lang`` to: no English gloss in a French or German letter."""
        if self.slug == "frcnil":  # its own style; complaints go to its complaints department
            return "Commission nationale de l'informatique et des libertés (CNIL) – Service des plaintes"
        gloss = re.search(r"\s*\(([^()]*)\)$", self.name)
        if lang != "en" and gloss and re.search(r"\b(Data|Protection|Commissioner|Office|Authority|Inspectorate|"
                                                r"Agency|Commission|Supervisor|Personal)\b", gloss.group(1)):
            return self.name[:gloss.start()].strip()
        return self.name

    @property
    def complaint_email(self) -> str:
        """The e-mail address to send a complaint to, or "" when e-mail is not a complaint channel."""
        return self.email if "email" in self.accepted_channels() else ""

    def as_dict(self) -> dict:
        """Plain data for templates and JSON output."""
        return {
            "slug": self.slug, "name": self.name, "address_lines": list(self.address_lines),
            "countries": list(self.countries), "email": self.email, "phone": self.phone,
            "fax": self.fax, "web": self.web, "webform": self.webform,
            "complaint_language": self.complaint_language, "scope": self.scope,
            "land": self.land, "sector": self.sector, "channels": list(self.accepted_channels()),
            "complaint_email": self.complaint_email,
        }


def _from_record(record: dict) -> Authority:
    return Authority(
        slug=record["slug"],
        name=record["name"],
        address_lines=tuple(line.strip() for line in record["address"].splitlines() if line.strip()),
        countries=tuple(c.upper() for c in record["relevant-countries"]),
        email=record.get("email", ""),
        phone=record.get("phone", ""),
        fax=record.get("fax", ""),
        web=record.get("web", ""),
        webform=record.get("webform", ""),
        complaint_language=record.get("complaint-language", ""),
        scope=record.get("scope", "national"),
        land=record.get("land"),
        sector=record.get("sector", "all"),
        complaint_channels=tuple(record.get("complaint-channels", ())),
    )


@lru_cache(maxsize=1)
def all_authorities() -> tuple[Authority, ...]:
    """Every authority of the table, sorted by slug (read once, then cached)."""
    text = (files("resources") / "authorities.json").read_text(encoding="utf-8")
    return tuple(_from_record(r) for r in json.loads(text)["authorities"])


def authority_by_slug(slug: str) -> Authority:
    """The authority with this slug, e.g. to let the user pick a non-default one."""
    for authority in all_authorities():
        if authority.slug == slug:
            return authority
    raise InvalidInput(f"There is no supervisory authority with the id {slug!r}.")


def _normalise_country(country: str) -> str:
    code = (country or "").strip().upper()
    return _COUNTRY_ALIASES.get(code, code)


def _normalise_land(region: str) -> str:
    code = region.strip().upper()
    return code[3:] if code.startswith("DE-") else code


def authority_for(country: str, region: str | None = None) -> Authority:
    """The authority competent for a controller established in ``country`` (and ``region``).

    ``country`` is an ISO 3166-1 alpha-2 code (case-insensitive; "UK" and "EL" accepted).
    ``region`` matters only for Germany: the Land code ("BY" or "DE-BY"); elsewhere it is ignored.
    """
    code = _normalise_country(country)
    candidates = [a for a in all_authorities() if code in a.countries]
    if not candidates:
        raise InvalidInput(f"There is no supervisory authority on record for the country {country!r}.")
    if code != "DE":
        national = [a for a in candidates if a.scope == "national"]
        return (national or candidates)[0]
    if not region or not region.strip():
        raise InvalidInput("For a controller in Germany, choose its Land (Bundesland): "
                           "the competent authority depends on it.")
    land = _normalise_land(region)
    if land not in GERMAN_LANDS:
        raise InvalidInput(f"{region!r} is not a German Land code; use one of "
                           f"{', '.join(sorted(GERMAN_LANDS))}.")
    in_land = [a for a in candidates if a.scope == "land" and a.land == land]
    if not in_land:
        raise InvalidInput(f"There is no supervisory authority on record for the German Land {land}.")
    # Prefer the authority for companies where a Land has one per sector (Bavaria).
    in_land.sort(key=lambda a: {"private": 0, "all": 1, "public": 2}.get(a.sector, 3))
    return in_land[0]
