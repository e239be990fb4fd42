"""Which supervisory authority a complaint goes to: the one the person chooses.

GDPR art. 77(1): "every data subject shall have the right to lodge a complaint with a
supervisory authority, in particular in the Member State of his or her habitual residence,
place of work or place of the alleged infringement" (docs/law-sources.md §2.15). So the
person's own authority (residence) is the default; the controller's authority (the lead
authority of art. 56(1), §2.13) and any other authority of the table are offered too.

The controller's authority:

- the authority recorded on the controller wins over the country table (a slug or a name);
- Germany, by sector: the Land authority supervises the Land's private bodies (BDSG § 40(1),
  §4.4.4) and its own public bodies; in Bavaria these are two authorities, the BayLDA for
  private bodies and the BayLfD for Bavarian public bodies (BayLfD's own description, §4.4.5;
  BayDSG Art. 1(3) S. 2; the text of BayDSG Art. 15/18 could not be verified in search);
  a German public body with no Land is a federal one, supervised by the BfDI (BDSG § 9(1),
  §4.4.1). Telecoms (TDDDG § 29(1)) and postal services (PostG § 71(1)) also go to the BfDI:
  record it on the controller (``--authority debfdi``), the sector alone cannot tell them;
- a controller outside the EEA, the UK and Switzerland has no authority of its own: the
  complaint goes to the person's authority, naming the controller's art. 27 representative
  when one is recorded (art. 27(4), §2.12).
"""
from __future__ import annotations

from dataclasses import dataclass

from vault.errors import InvalidInput
from vault.law.authorities import Authority, all_authorities, authority_by_slug, authority_for

ROLES = ("own", "controller", "chosen")
SECTORS = ("public", "private")


@dataclass(frozen=True)
class Party:
    """Where a person lives or a controller is established, as the authority table needs it."""

    country: str | None
    region: str | None = None
    sector: str | None = None        # "public" | "private" | None (unknown: taken as private)
    recorded_authority: str = ""     # controllers only: the authority typed on the record


@dataclass(frozen=True)
class AuthorityChoice:
    """The authority a complaint goes to, and why."""

    authority: Authority
    role: str                        # own | controller | chosen


def _matching(recorded: str) -> Authority | None:
    """The authority a controller's ``authority`` field names (slug, or a name it contains)."""
    text = recorded.strip().casefold()
    if not text:
        return None
    for authority in all_authorities():
        if text == authority.slug or text == authority.name.casefold():
            return authority
    named = [a for a in all_authorities() if text in a.name.casefold() or a.name.casefold() in text]
    return named[0] if len(named) == 1 else None


def _by_place(country: str, region: str | None, sector: str | None) -> Authority | None:
    code = country.strip().upper()
    if code in ("DE",) and sector == "public" and not (region or "").strip():
        return authority_by_slug("debfdi")  # BDSG § 9(1): federal public bodies
    try:
        authority = authority_for(code, region)
    except InvalidInput:
        return None
    if code == "DE" and sector == "public" and authority.sector == "private":
        # The Land has a second authority for its public bodies (Bavaria: the BayLfD).
        public = [a for a in all_authorities()
                  if a.scope == "land" and a.land == authority.land and a.sector == "public"]
        return public[0] if public else authority
    return authority


def controller_authority(controller: Party) -> Authority | None:
    """The controller's (lead) authority, or None when it has none (outside the EEA, UK, CH)."""
    recorded = _matching(controller.recorded_authority)
    if recorded is not None:
        return recorded
    if not controller.country:
        return None
    return _by_place(controller.country, controller.region, controller.sector)


def own_authority(person: Party, controller: Party) -> Authority | None:
    """The authority of the person's residence, for this controller's sector; None if unknown."""
    if not person.country:
        return None
    if (person.country.upper() == "DE" and controller.country and controller.country.upper() == "DE"
            and controller.sector == "public" and not controller.region):
        return authority_by_slug("debfdi")  # a federal body: the BfDI alone is competent
    sector = controller.sector if controller.country and controller.country.upper() == person.country.upper() else None
    return _by_place(person.country, person.region, sector)


def choose_authority(person: Party, controller: Party, chosen: str | None = None) -> AuthorityChoice:
    """The authority for a complaint: ``chosen`` (a slug, or "own"/"controller"), else the person's own.

    Never refuses because the controller is outside the EEA; asks for the person's country only
    when neither the person's nor the controller's authority can be found.
    """
    if chosen and chosen not in ("own", "controller"):
        return AuthorityChoice(authority_by_slug(chosen), "chosen")
    own = own_authority(person, controller)
    lead = controller_authority(controller)
    if chosen == "controller":
        if lead is None:
            raise InvalidInput("This controller has no supervisory authority of its own (it is outside the EEA, "
                               "the UK and Switzerland); complain to your own authority instead.")
        return AuthorityChoice(lead, "controller")
    if own is not None:
        return AuthorityChoice(own, "own")
    if chosen == "own":
        raise InvalidInput("Set your identity's country of residence (identity edit ID --country CC) "
                           "to complain to your own authority.")
    if lead is not None:
        return AuthorityChoice(lead, "controller")
    raise InvalidInput("Set your identity's country of residence (identity edit ID --country CC): "
                       "the controller has no supervisory authority of its own, so the complaint goes to yours.")


def has_own_authority(country: str | None) -> bool:
    """True when the country has a supervisory authority in the table (EEA, UK, CH)."""
    code = (country or "").strip().upper()
    return any(code in a.countries for a in all_authorities())
