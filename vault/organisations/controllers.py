"""Controllers: the organisations that hold data on the person, and how to reach them."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from vault import validation as check
from vault.errors import InvalidInput
from vault.law.countries import normalise_country
from vault.organisations.search_index import changed, fts_query, ranked_ids  # noqa: F401 - fts_query public here too
from vault.storage.records import fetch_one, from_row, now_iso, unknown_fields
from vault.storage.store import Vault

SOURCES = ("manual", "policy", "directory")
_JSON = ("emails", "runs", "categories", "directory", "edited_fields")
EDITABLE = {"name", "legal_form", "registration_number", "address", "country", "region", "dpo_name",
            "dpo_email", "emails", "web_form", "authority", "transfers_outside_eu", "notes", "web",
            "phone", "runs", "categories", "directory", "source", "source_text", "slug", "sector",
            "representative"}
_LIST_COLUMNS = ("id, name, legal_form, registration_number, address, country, region, dpo_name, "
                 "dpo_email, emails, web_form, authority, transfers_outside_eu, source, notes, "
                 "created_at, slug, web, phone, runs, categories, directory, edited_fields, sector, representative")


@dataclass
class Controller:
    """An organisation that decides why and how the person's data is processed."""

    id: int
    name: str
    legal_form: str = ""
    registration_number: str = ""
    address: str = ""
    country: str | None = None
    region: str | None = None
    dpo_name: str = ""
    dpo_email: str | None = None
    emails: list[str] = field(default_factory=list)
    web_form: str | None = None
    authority: str = ""
    transfers_outside_eu: bool | None = None
    source: str = "manual"
    source_text: str | None = None
    notes: str = ""
    created_at: str = ""
    slug: str | None = None
    web: str | None = None
    phone: str | None = None
    runs: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    directory: dict[str, Any] = field(default_factory=dict)
    edited_fields: list[str] = field(default_factory=list)
    sector: str | None = None        # public | private: German public bodies have other authorities
    representative: str = ""         # art. 27 GDPR representative in the Union (name and address)

    def contact_email(self) -> str | None:
        """Where a request by e-mail goes: the DPO, else the first contact address."""
        return self.dpo_email or (self.emails[0] if self.emails else None)


@dataclass
class RetentionPeriod:
    """How long a controller says it keeps one kind of data."""

    id: int
    controller_id: int
    what: str
    months: int
    basis: str = ""


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("name", "legal_form", "registration_number", "dpo_name", "authority", "phone"):
        if name in values:
            out[name] = check.clean_line(values[name], name.replace("_", " "), required=name == "name")
    for name in ("address", "notes"):
        if name in values:
            out[name] = check.clean_text(values[name], "postal address" if name == "address" else name,
                                         max_length=2000)
    if "sector" in values:
        if values["sector"] not in (None, "", "public", "private"):
            raise InvalidInput("A controller's sector is 'public' or 'private'.")
        out["sector"] = values["sector"] or None
    if "representative" in values:
        out["representative"] = check.clean_text(values["representative"], "representative", max_length=2000)
    if "source_text" in values:
        out["source_text"] = values["source_text"] or None
    if "country" in values:
        out["country"] = normalise_country(values["country"])
    if "region" in values:
        region = check.clean_line(values["region"], "region").upper()
        if region and not re.fullmatch(r"[A-Z0-9]{1,3}", region):
            raise InvalidInput(f"'{values['region']}' is not a region code (for example BY, 57).")
        out["region"] = region or None
    if "dpo_email" in values:
        out["dpo_email"] = check.check_email(values["dpo_email"], "DPO e-mail address") if values["dpo_email"] else None
    if "emails" in values:
        out["emails"] = json.dumps(check.check_emails(values["emails"]), ensure_ascii=False)
    for name in ("web_form", "web"):
        if name in values:
            out[name] = check.check_url(values[name], "web form" if name == "web_form" else "web site")
    if "transfers_outside_eu" in values:
        transfers = values["transfers_outside_eu"]
        if transfers not in (None, True, False):
            raise InvalidInput("Transfers outside the EU are yes, no, or unknown.")
        out["transfers_outside_eu"] = None if transfers is None else int(transfers)
    if "source" in values:
        if values["source"] not in SOURCES:
            raise InvalidInput(f"A controller's source is one of {', '.join(SOURCES)}.")
        out["source"] = values["source"]
    for name in ("runs", "categories"):
        if name in values:
            out[name] = json.dumps([check.clean_line(v, name) for v in values[name] or []], ensure_ascii=False)
    if "directory" in values:
        out["directory"] = json.dumps(values["directory"] or {}, ensure_ascii=False)
    if "slug" in values:
        out["slug"] = values["slug"] or None
    return out


def _decoded(row: Any) -> Controller:
    controller = from_row(Controller, row, json_fields=_JSON)
    if controller.transfers_outside_eu is not None:
        controller.transfers_outside_eu = bool(controller.transfers_outside_eu)
    return controller


def insert_controller(connection: Any, values: dict[str, Any]) -> int:
    """Insert validated column values inside an open transaction (bulk imports use this)."""
    columns = ", ".join(values)
    cursor = connection.execute(
        f"INSERT INTO controller ({columns}) VALUES ({', '.join('?' * len(values))})", tuple(values.values()))
    return int(cursor.lastrowid)


def controller_values(**values: Any) -> dict[str, Any]:
    """Validate controller fields into column values, ready for ``insert_controller``."""
    unknown_fields(values, EDITABLE, "controller")
    if "name" not in values:
        raise InvalidInput("A controller needs a name.")
    out = _validated(values)
    out["created_at"] = now_iso()
    return out


def add_controller(vault: Vault, *, name: str, **fields_: Any) -> int:
    """Record a new controller; returns its id."""
    values = controller_values(name=name, **fields_)
    with vault.transaction() as connection:
        controller_id = insert_controller(connection, values)
    changed(vault, controller_id)
    return controller_id


def get_controller(vault: Vault, controller_id: int) -> Controller:
    """One controller (with its source text), or NotFound."""
    return _decoded(fetch_one(vault, "controller", controller_id, "controller"))


def list_controllers(vault: Vault, search: str | None = None, *, limit: int | None = None,
                     country: str | None = None) -> list[Controller]:
    """Controllers by name, or the best matches for ``search`` first.

    Ranking (``vault.organisations.search_index``): a pasted address or domain, the exact name,
    its beginning, a former name, a domain's name, the words of the name, a typo, any word.
    ``country`` (the person's) puts the variant serving it first among equals.
    """
    if search and search.strip():
        ids = ranked_ids(vault, search, country)
        return controllers_by_ids(vault, ids[:limit] if limit else ids)
    limit_sql = f" LIMIT {int(limit)}" if limit else ""
    rows = vault.query(f"SELECT {_LIST_COLUMNS} FROM controller ORDER BY name COLLATE NOCASE, id{limit_sql}")
    return [_decoded(row) for row in rows]


def edit_controller(vault: Vault, controller_id: int, changes: dict[str, Any]) -> Controller:
    """Change the fields given. Edits of a directory record are remembered so a re-import keeps them."""
    unknown_fields(changes, EDITABLE, "controller")
    current = get_controller(vault, controller_id)
    values = _validated(changes)
    if not values:
        return current
    if current.source == "directory":
        values["edited_fields"] = json.dumps(sorted(set(current.edited_fields) | set(values)), ensure_ascii=False)
    assignments = ", ".join(f"{column} = ?" for column in values)
    with vault.transaction() as connection:
        connection.execute(f"UPDATE controller SET {assignments} WHERE id = ?", (*values.values(), controller_id))
    changed(vault, controller_id)
    return get_controller(vault, controller_id)


def remove_controller(vault: Vault, controller_id: int) -> None:
    """Delete a controller; refused while requests name it."""
    get_controller(vault, controller_id)
    used = vault.query_one("SELECT count(*) FROM request WHERE controller_id = ?", (controller_id,))[0]
    if used:
        raise InvalidInput(f"This controller is named in {used} request(s); it cannot be removed while they exist.")
    with vault.transaction() as connection:
        connection.execute("DELETE FROM controller WHERE id = ?", (controller_id,))
    changed(vault, controller_id)


def add_retention_period(vault: Vault, controller_id: int, what: str, months: int, basis: str = "") -> int:
    """Record how long a controller keeps one kind of data."""
    get_controller(vault, controller_id)
    what = check.clean_line(what, "description of what is kept", required=True)
    if not isinstance(months, int) or months < 0 or months > 1200:
        raise InvalidInput("A retention period is a whole number of months between 0 and 1200.")
    with vault.transaction() as connection:
        cursor = connection.execute(
            "INSERT INTO retention_period (controller_id, what, months, basis) VALUES (?, ?, ?, ?)",
            (controller_id, what, months, check.clean_line(basis, "basis")))
        return int(cursor.lastrowid)


def retention_periods(vault: Vault, controller_id: int) -> list[RetentionPeriod]:
    """What a controller says it keeps, and for how long."""
    rows = vault.query("SELECT * FROM retention_period WHERE controller_id = ? ORDER BY id", (controller_id,))
    return [from_row(RetentionPeriod, row) for row in rows]


# -- id-only queries (lists over thousands of controllers decode only the rows they show) --------
SORTS = ("relevance", "name", "country", "created")
_ORDER = {"name": "c.name COLLATE NOCASE, c.id", "country": "coalesce(c.country, '~'), c.name COLLATE NOCASE, c.id",
          "created": "c.created_at DESC, c.id DESC"}
_IN_CATEGORY = ("EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(c.categories) THEN c.categories "
                "ELSE '[]' END) j WHERE lower(j.value) = lower(?))")
_MAX_PARAMS = 900  # under SQLite's limit on bound parameters


def controller_ids(vault: Vault, search: str | None = None, category: str | None = None,
                   sort: str = "relevance") -> list[int]:
    """The ids of the controllers matching ``search`` and in ``category``, in list order.

    Args:
        search: words that must all match (as prefixes) name, former names, web, e-mail or address.
        category: a directory category (``categories``), compared ignoring case.
        sort: ``relevance`` (best matches first when searching, else by name), ``name``,
            ``country`` or ``created`` (newest first).
    """
    if sort not in SORTS:
        raise InvalidInput(f"Controllers are sorted by one of {', '.join(SORTS)}.")
    where, params = [], []
    if category and category.strip():
        where.append(_IN_CATEGORY)
        params.append(category.strip())
    if search and search.strip():
        ranked = ranked_ids(vault, search)
        if sort == "relevance" and not where:
            return ranked
        filters = f" AND {' AND '.join(where)}" if where else ""
        keys: dict[int, tuple] = {}
        for start in range(0, len(ranked), _MAX_PARAMS):
            chunk = ranked[start:start + _MAX_PARAMS]
            rows = vault.query(f"SELECT c.id, c.name, c.country, c.created_at FROM controller c "
                               f"WHERE c.id IN ({', '.join('?' * len(chunk))}){filters}", (*chunk, *params))
            keys.update((int(row[0]), tuple(row)) for row in rows)
        kept = [controller_id for controller_id in ranked if controller_id in keys]
        return kept if sort == "relevance" else sorted(kept, key=lambda i: _sort_key(keys[i], sort))
    else:
        order = _ORDER["name" if sort == "relevance" else sort]
        filters = f" WHERE {' AND '.join(where)}" if where else ""
        rows = vault.query(f"SELECT c.id FROM controller c{filters} ORDER BY {order}", params)
    return [int(row[0]) for row in rows]


def _sort_key(row: tuple, sort: str) -> tuple:
    controller_id, name, country, created_at = row
    if sort == "country":
        return (country or "~", name.casefold(), controller_id)
    if sort == "created":
        return (tuple(-ord(c) for c in created_at or ""), -controller_id)
    return (name.casefold(), controller_id)


def controllers_by_ids(vault: Vault, ids: list[int]) -> list[Controller]:
    """The controllers with these ids, in the order given (ids of removed controllers are left out).

    One query per 900 ids; the source text (a whole policy) is not read.
    """
    wanted = list(dict.fromkeys(int(i) for i in ids))
    found: dict[int, Controller] = {}
    for start in range(0, len(wanted), _MAX_PARAMS):
        chunk = wanted[start:start + _MAX_PARAMS]
        rows = vault.query(f"SELECT {_LIST_COLUMNS} FROM controller WHERE id IN ({', '.join('?' * len(chunk))})",
                           chunk)
        found.update((row["id"], _decoded(row)) for row in rows)
    return [found[i] for i in wanted if i in found]


# -- retention periods, one at a time -----------------------------------------------------------
def _months(months: Any) -> int:
    if not isinstance(months, int) or isinstance(months, bool) or months < 0 or months > 1200:
        raise InvalidInput("A retention period is a whole number of months between 0 and 1200.")
    return months


def get_retention_period(vault: Vault, period_id: int) -> RetentionPeriod:
    """One retention period, or NotFound."""
    return from_row(RetentionPeriod, fetch_one(vault, "retention_period", period_id, "retention period"))


def edit_retention_period(vault: Vault, period_id: int, changes: dict[str, Any]) -> RetentionPeriod:
    """Change ``what``, ``months`` or ``basis`` of a retention period; returns it as saved."""
    unknown_fields(changes, {"what", "months", "basis"}, "retention period")
    get_retention_period(vault, period_id)
    values: dict[str, Any] = {}
    if "what" in changes:
        values["what"] = check.clean_line(changes["what"], "description of what is kept", required=True)
    if "months" in changes:
        values["months"] = _months(changes["months"])
    if "basis" in changes:
        values["basis"] = check.clean_line(changes["basis"], "basis")
    if values:
        assignments = ", ".join(f"{column} = ?" for column in values)
        with vault.transaction() as connection:
            connection.execute(f"UPDATE retention_period SET {assignments} WHERE id = ?", (*values.values(), period_id))
    return get_retention_period(vault, period_id)


def remove_retention_period(vault: Vault, period_id: int) -> None:
    """Delete a retention period (the controller stays)."""
    get_retention_period(vault, period_id)
    with vault.transaction() as connection:
        connection.execute("DELETE FROM retention_period WHERE id = ?", (period_id,))


def list_controllers_with_category(vault: Vault, categories: list[str], *, limit: int | None = None) -> list[Controller]:
    """Controllers carrying any of ``categories`` (exact stored spellings), by name; filtered in SQL."""
    if not categories:
        return []
    marks = ", ".join("?" * len(categories))
    limit_sql = f" LIMIT {int(limit)}" if limit else ""
    rows = vault.query(
        f"SELECT {_LIST_COLUMNS} FROM controller WHERE json_valid(categories) AND EXISTS "
        f"(SELECT 1 FROM json_each(controller.categories) j WHERE j.value IN ({marks})) "
        f"ORDER BY name COLLATE NOCASE, id{limit_sql}", categories)
    return [_decoded(row) for row in rows]
