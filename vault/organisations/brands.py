"""Organisations as people think of them: one brand, its country variants, and its EU controller.

The directory has one record per company *and market*: "Amazon Europe Core SARL" six times,
for amazon.de, .fr, .it, .es, .nl and .co.uk. Records that share a name (folded: case and
accents ignored) are one organisation; each record is a variant, told apart by its web domain
and the countries it serves. A list shows one line per organisation, with the variant for the
person's country chosen; a request records the variant's controller id.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from vault.errors import InvalidInput
from vault.organisations.controllers import Controller, add_controller, controllers_by_ids, list_controllers
from vault.organisations.eu_controllers import Overlay, eu_controller_summary, overlay_of
from vault.organisations.name_folding import fold, host_of
from vault.organisations.search_index import ranked, search_index
from vault.storage.store import Vault


@dataclass
class Variant:
    """One record of an organisation: what tells it apart from the others."""

    id: int
    name: str
    web: str | None
    countries: list[str]
    slug: str | None = None

    def label(self) -> str:
        """"amazon.fr (FR)": the web domain and the countries served, as a picker shows it."""
        served = ", ".join(self.countries) if self.countries else ""
        return " ".join(part for part in (self.web or "", f"({served})" if served else "") if part) or self.name


@dataclass
class Organisation:
    """A brand with its variants; ``chosen`` is the variant for the person (or the best match)."""

    brand: str
    chosen: Controller
    variants: list[Variant]
    overlay: Overlay | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def eu_controller(self) -> dict[str, Any] | None:
        """The overlay's EU controller with its source, or None."""
        return eu_controller_summary(self.overlay)

    def as_dict(self) -> dict[str, Any]:
        """A list row: the chosen record's fields, and brand, web, countries, eu_controller, variants."""
        row = asdict(self.chosen)
        row.pop("source_text", None)  # can be a whole privacy policy
        row.update(brand=self.brand, web=self.chosen.web, countries=countries_of(self.chosen),
                   eu_controller=self.eu_controller,
                   variants=[asdict(v) for v in self.variants])
        return row


def countries_of(controller: Controller) -> list[str]:
    """The countries a record serves (upper-case codes; "ALL" for every country), from the directory."""
    served = controller.directory.get("relevant-countries") if isinstance(controller.directory, dict) else None
    return [str(c).upper() for c in served] if isinstance(served, list) else []


def _variant(controller: Controller) -> Variant:
    return Variant(controller.id, controller.name, host_of(controller.web), countries_of(controller), controller.slug)


def _serves(variant: Variant, country: str | None) -> int:
    if country and country.upper() in variant.countries:
        return 0
    return 1 if "ALL" in variant.countries or not variant.countries else 2


def choose_variant(variants: list[Variant], country: str | None) -> Variant:
    """The variant for a person living in ``country``: one serving it, else one serving all, else the first."""
    if not variants:
        raise InvalidInput("An organisation needs at least one record.")
    return min(enumerate(variants), key=lambda pair: (_serves(pair[1], country), pair[0]))[1]


def _group_ids(vault: Vault, controller_id: int) -> list[int]:
    index = search_index(vault)
    entry = index.entries.get(controller_id)
    return sorted(index.groups[entry.brand_key]) if entry is not None else [controller_id]


def variants_of(vault: Vault, controller_id: int) -> list[Variant]:
    """Every record sharing the controller's name (itself included), ordered by web domain."""
    variants = [_variant(c) for c in controllers_by_ids(vault, _group_ids(vault, controller_id))]
    return sorted(variants, key=lambda v: (v.web or "~", v.id))


def _organisation(vault: Vault, members: list[int], best: int | None, country: str | None,
                  by_id: dict[int, Controller]) -> Organisation:
    variants = sorted((_variant(by_id[i]) for i in members if i in by_id), key=lambda v: (v.web or "~", v.id))
    if best is not None and best in by_id:
        chosen = best
    else:
        chosen = choose_variant(variants, country).id
    controller = by_id[chosen]
    overlay = overlay_of(controller)
    brand = overlay.brand if overlay else controller.name
    return Organisation(brand, controller, variants, overlay)


def organisations(vault: Vault, search: str | None = None, *, country: str | None = None,
                  limit: int | None = None) -> list[Organisation]:
    """One organisation per brand, best matches for ``search`` first (else by name).

    The chosen variant is the best match when one record matched better than its siblings (a
    pasted "amazon.fr"), else the one serving ``country`` (the person's residence).
    """
    index = search_index(vault)
    groups = index.groups
    if search and search.strip():
        scored: list[tuple[int, tuple]] = ranked(vault, search, country)
    else:
        scored = [(controller_id, ()) for controller_id in index.by_name]
    seen: dict[str, tuple[int | None, tuple]] = {}
    order: list[str] = []
    for controller_id, score in scored:
        key = index.entries[controller_id].brand_key if controller_id in index.entries else f"#{controller_id}"
        if key not in seen:
            seen[key] = (controller_id, score)
            order.append(key)
        elif seen[key][1] == score:
            seen[key] = (None, score)  # a tie between variants: the person's country decides
    if limit:
        order = order[:limit]
    wanted = [i for key in order for i in groups.get(key, [seen[key][0]])]
    by_id = {c.id: c for c in controllers_by_ids(vault, [i for i in wanted if i is not None])}
    return [_organisation(vault, groups.get(key, [seen[key][0]]), seen[key][0], country, by_id) for key in order]


def organisation_of(vault: Vault, controller_id: int, country: str | None = None) -> Organisation:
    """The organisation a controller belongs to, with that controller chosen."""
    members = _group_ids(vault, controller_id)
    by_id = {c.id: c for c in controllers_by_ids(vault, members)}
    if controller_id not in by_id:
        by_id.update({c.id: c for c in controllers_by_ids(vault, [controller_id])})
    return _organisation(vault, members, controller_id, country, by_id)


def eu_controller_id(vault: Vault, entry: Overlay) -> int:
    """The vault's controller for the entry's EU controller: found by its exact name, else added.

    The added controller carries the overlay's address, DPO contact and country (so deadlines
    and the complaint authority follow the EU establishment) and says in its notes where the
    facts were read.
    """
    eu = entry.eu_controller
    if not eu or not isinstance(eu.get("name"), str):
        raise InvalidInput(f"{entry.brand} has no EU controller in the overlay.")
    wanted = fold(eu["name"])
    for controller in list_controllers(vault, eu["name"], limit=20):
        if fold(controller.name) == wanted and controller.country == eu.get("country"):
            return controller.id
    emails = [e for e in (eu.get("email"),) if isinstance(e, str) and e]
    return add_controller(
        vault, name=eu["name"], address=eu.get("address") or "", country=eu.get("country"),
        dpo_email=eu.get("dpo_email") or None, emails=emails, web_form=eu.get("dpo_web_form") or None,
        web=f"https://{entry.domains[0]}" if entry.domains else None,
        notes=f"EU controller of {entry.brand} for people in the EEA, as its privacy policy says "
              f"({entry.source_url}, checked {entry.checked}).")


def count_organisations(vault: Vault, search: str | None = None) -> int:
    """How many organisations (brands) match ``search`` (all of them without), nothing decoded."""
    index = search_index(vault)
    if not (search and search.strip()):
        return len(index.groups)
    return len({index.entries[i].brand_key for i, _score in ranked(vault, search) if i in index.entries})
