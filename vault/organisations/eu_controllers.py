"""The EU controller of non-EU companies: the overlay shipped in ``resources/directory/eu_controllers.json``.

For the large non-EU companies people write to, the directory record often names the parent
company abroad (Google LLC, US). The overlay says, from each company's own privacy policy (its
``source_url``, checked on ``checked``), who is the controller for people in the EEA, its
address and DPO contact, the lead supervisory authority and the art. 27 representative.

Why it matters (quotes as verified in docs/law-sources.md, Regulation (EU) 2016/679,
https://eur-lex.europa.eu/eli/reg/2016/679/oj): art. 56(1) GDPR, "Without prejudice to
Article 55, the supervisory authority of the main establishment or of the single establishment
of the controller or processor shall be competent to act as lead supervisory authority for the
cross-border processing carried out by that controller or processor in accordance with the
procedure provided in Article 60." Art. 77(1) keeps the person's own authority: "every data
subject shall have the right to lodge a complaint with a supervisory authority, in particular
in the Member State of his or her habitual residence, place of work or place of the alleged
infringement [...]". Art. 27(1): "Where Article 3(2) applies, the controller or the processor
shall designate in writing a representative in the Union."

Entries are matched to controllers by the directory ``slug`` (``match_slugs``) or, for a
controller the person added by hand, by its exact folded name (``match_names``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from vault.errors import InvalidInput
from vault.law.countries import EEA
from vault.organisations.name_folding import fold, host_of


@dataclass(frozen=True)
class Overlay:
    """One overlay entry: a brand, its EU controller (or none) and where that was read."""

    brand: str
    source_url: str
    checked: str
    match_slugs: tuple[str, ...] = ()
    match_names: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    eu_controller: dict[str, Any] | None = None
    non_eu_controller: dict[str, Any] | None = None
    eea_users_controller: str | None = None
    lead_authority: str | None = None
    lead_authority_basis: str = ""
    representative: dict[str, Any] | None = None
    source_quote: str = ""
    notes: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def uses_eu_controller(self) -> bool:
        """True when people in the EEA address the EU controller (not the company abroad)."""
        return self.eea_users_controller == "eu_controller" and bool(self.eu_controller)

    def as_dict(self) -> dict[str, Any]:
        """The entry as shipped (JSON-ready), with its source."""
        return dict(self.raw)


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _entry(raw: dict[str, Any]) -> Overlay:
    if not isinstance(raw.get("brand"), str) or not isinstance(raw.get("source_url"), str) \
            or not str(raw.get("source_url")).startswith("https://") or not isinstance(raw.get("checked"), str):
        raise InvalidInput(f"The EU controller overlay entry {raw.get('brand')!r} has no brand, source or date.")
    mapping = lambda key: raw.get(key) if isinstance(raw.get(key), dict) else None  # noqa: E731
    return Overlay(
        brand=raw["brand"], source_url=raw["source_url"], checked=raw["checked"],
        match_slugs=_texts(raw.get("match_slugs")), match_names=_texts(raw.get("match_names")),
        domains=_texts(raw.get("domains")), eu_controller=mapping("eu_controller"),
        non_eu_controller=mapping("non_eu_controller"), eea_users_controller=raw.get("eea_users_controller"),
        lead_authority=raw.get("lead_authority"), lead_authority_basis=raw.get("lead_authority_basis") or "",
        representative=mapping("representative"), source_quote=raw.get("source_quote") or "",
        notes=raw.get("notes") or "", raw=raw)


@lru_cache(maxsize=1)
def overlays() -> tuple[Overlay, ...]:
    """Every entry of the shipped overlay (read once)."""
    text = (files("resources") / "directory" / "eu_controllers.json").read_text(encoding="utf-8")
    return tuple(_entry(raw) for raw in json.loads(text)["entries"] if isinstance(raw, dict))


@lru_cache(maxsize=1)
def _by_slug() -> dict[str, Overlay]:
    return {slug: entry for entry in overlays() for slug in entry.match_slugs}


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Overlay]:
    return {fold(name): entry for entry in overlays() for name in (entry.brand, *entry.match_names)}


def overlay_for(slug: str | None, name: str | None = None) -> Overlay | None:
    """The overlay entry of a directory record (by slug), else of a controller named exactly like one."""
    if slug and slug in _by_slug():
        return _by_slug()[slug]
    if slug:  # a directory record not in the overlay: its name may be a shared one ("Meta")
        return None
    return _by_name().get(fold(name))


def overlay_of(controller: Any) -> Overlay | None:
    """The overlay entry for a controller (anything with ``slug`` and ``name``), or None."""
    return overlay_for(getattr(controller, "slug", None), getattr(controller, "name", None))


def overlay_names(entry: Overlay) -> tuple[str, ...]:
    """Names a person may type for the brand (search treats them like former names)."""
    names = [entry.brand, *entry.match_names]
    names += [part.strip() for part in entry.brand.split("/") if part.strip()]
    if entry.eu_controller and isinstance(entry.eu_controller.get("name"), str):
        names.append(entry.eu_controller["name"])
    return tuple(dict.fromkeys(names))


def overlay_hosts(entry: Overlay) -> tuple[str, ...]:
    """The web domains of the brand."""
    return tuple(h for h in (host_of(d) for d in entry.domains) if h)


def eu_controller_summary(entry: Overlay | None) -> dict[str, Any] | None:
    """What lists show as ``eu_controller``: who, where, the lead authority and the source; None if none."""
    if entry is None:
        return None
    eu = entry.eu_controller or {}
    return {"brand": entry.brand, "name": eu.get("name"), "country": eu.get("country"),
            "address": eu.get("address"), "dpo_email": eu.get("dpo_email"), "email": eu.get("email"),
            "dpo_web_form": eu.get("dpo_web_form"), "eea_users_controller": entry.eea_users_controller,
            "lead_authority": entry.lead_authority, "lead_authority_basis": entry.lead_authority_basis,
            "representative": entry.representative, "source_url": entry.source_url, "checked": entry.checked,
            "source_quote": entry.source_quote}


def applies_to(entry: Overlay | None, country: str | None) -> bool:
    """True when a person living in ``country`` should write to the EU controller instead.

    An unknown country counts as in the EEA: the app is for people who have GDPR rights.
    """
    if entry is None or not entry.uses_eu_controller:
        return False
    return country is None or country.upper() in EEA


def redirects(entry: Overlay | None, controller_name: str | None, country: str | None) -> bool:
    """True when a request meant for ``controller_name`` should go to the entry's EU controller instead.

    False when the record already names the EU controller (Amazon Europe Core SARL is both).
    """
    if not applies_to(entry, country):
        return False
    return fold(entry.eu_controller.get("name")) != fold(controller_name)
