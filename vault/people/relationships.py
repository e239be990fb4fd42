"""Relationships (customer since, account closed, last contact) and the retention watch.

A controller's retention periods ("we keep invoices 10 years after the contract ends") say
when data on the person should be gone. ``retention_due`` compares them with the person's
relationships and lists each period that has run out, with the step to take.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from vault import validation as check
from vault.errors import InvalidInput
from vault.law.deadlines import add_months
from vault.organisations.controllers import get_controller
from vault.people.identities import get_identity
from vault.storage.records import fetch_one, from_row, unknown_fields
from vault.storage.store import Vault

EDITABLE = {"since", "ended", "last_contact", "note"}
_DATES = {"since": "start date", "ended": "end date", "last_contact": "date of last contact"}


@dataclass
class Relationship:
    """An identity's dealings with a controller. Dates are ISO ``YYYY-MM-DD`` or None."""

    id: int
    identity_id: int
    controller_id: int
    since: str | None = None
    ended: str | None = None
    last_contact: str | None = None
    note: str = ""


@dataclass
class RetentionDue:
    """A retention period that has run out for one relationship.

    ``since_date`` is the date the period counts from: ``ended`` (account closed) when set,
    else ``last_contact`` (``since_kind`` says which); ``expired_on = since_date + months``.
    ``suggested_right`` is the step to take and ``alternative_right`` the other sensible one:
    after an account was closed the data should simply be gone, so erasure (art. 17(1)(a)) comes
    first and an access request to check is the alternative; while the relationship goes on
    (counted from last contact) erasing could end a live account, so access — learn what is
    still kept — comes first and erasure is the alternative.
    """

    relationship_id: int
    identity_id: int
    controller_id: int
    controller_name: str
    what: str
    months: int
    since_date: str
    since_kind: str
    expired_on: str
    suggested_right: str
    alternative_right: str
    customer_since: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The fields as JSON, plus ``controller`` (the name) as the deadline list shows it."""
        return {**asdict(self), "controller": self.controller_name}


def _validated(values: dict[str, Any], today: date) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, what in _DATES.items():
        if name in values:
            parsed = check.parse_date(values[name], what, allow_future=False, today=today)
            out[name] = parsed.isoformat() if parsed else None
    if "note" in values:
        out["note"] = check.clean_text(values["note"], "note", max_length=2000)
    return out


def _check_order(since: str | None, ended: str | None) -> None:
    if since and ended and ended < since:  # ISO dates compare as text
        raise InvalidInput(f"The end date {ended} is before the start date {since}.")


def add_relationship(vault: Vault, identity_id: int, controller_id: int, since: str | date | None = None,
                     ended: str | date | None = None, last_contact: str | date | None = None,
                     note: str = "", *, today: date | None = None) -> int:
    """Record that an identity deals (or dealt) with a controller; returns the new id.

    Dates are real dates, not in the future, and ``ended`` is not before ``since``.
    """
    get_identity(vault, identity_id)
    get_controller(vault, controller_id)
    values = _validated({"since": since, "ended": ended, "last_contact": last_contact, "note": note},
                        today or date.today())
    _check_order(values["since"], values["ended"])
    with vault.transaction() as connection:
        cursor = connection.execute(
            "INSERT INTO relationship (identity_id, controller_id, since, ended, last_contact, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (identity_id, controller_id, values["since"], values["ended"], values["last_contact"], values["note"]))
        return int(cursor.lastrowid)


def get_relationship(vault: Vault, relationship_id: int) -> Relationship:
    """One relationship, or NotFound."""
    return from_row(Relationship, fetch_one(vault, "relationship", relationship_id, "relationship"))


def list_relationships(vault: Vault, *, identity_id: int | None = None,
                       controller_id: int | None = None) -> list[Relationship]:
    """Relationships, optionally of one identity and/or one controller, oldest first."""
    clauses, params = [], []
    for column, value in (("identity_id", identity_id), ("controller_id", controller_id)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = vault.query(f"SELECT * FROM relationship{where} ORDER BY since IS NULL, since, id", params)
    return [from_row(Relationship, row) for row in rows]


def edit_relationship(vault: Vault, relationship_id: int, changes: dict[str, Any], *,
                      today: date | None = None) -> Relationship:
    """Change the fields given (a date given as None or '' is cleared)."""
    unknown_fields(changes, EDITABLE, "relationship")
    current = get_relationship(vault, relationship_id)
    values = _validated(changes, today or date.today())
    _check_order(values.get("since", current.since), values.get("ended", current.ended))
    if values:
        assignments = ", ".join(f"{column} = ?" for column in values)
        with vault.transaction() as connection:
            connection.execute(f"UPDATE relationship SET {assignments} WHERE id = ?",
                               (*values.values(), relationship_id))
    return get_relationship(vault, relationship_id)


def remove_relationship(vault: Vault, relationship_id: int) -> None:
    """Delete a relationship (the controller and identity stay)."""
    get_relationship(vault, relationship_id)
    with vault.transaction() as connection:
        connection.execute("DELETE FROM relationship WHERE id = ?", (relationship_id,))


def retention_due(vault: Vault, today: date) -> list[RetentionDue]:
    """Every retention period that has run out by ``today``, earliest first.

    A relationship with neither ``ended`` nor ``last_contact`` is left out: nothing says the
    clock has started. A period is also left out once the identity has asked that controller
    for erasure or access on or after the day it ran out (the step was taken).
    """
    rows = vault.query(
        "SELECT r.id, r.identity_id, r.controller_id, r.since, r.ended, r.last_contact, c.name, "
        "p.what, p.months FROM relationship r JOIN controller c ON c.id = r.controller_id "
        "JOIN retention_period p ON p.controller_id = r.controller_id "
        "WHERE coalesce(r.ended, r.last_contact) IS NOT NULL ORDER BY r.id, p.id")
    if not rows:
        return []
    asked = _latest_requests(vault)
    due = []
    for row in rows:
        kind = "ended" if row["ended"] else "last_contact"
        start = date.fromisoformat(row[kind])
        expired = add_months(start, int(row["months"]))
        if expired > today:
            continue
        latest = asked.get((row["identity_id"], row["controller_id"]))
        if latest is not None and latest >= expired.isoformat():
            continue
        suggested, alternative = ("erasure", "access") if kind == "ended" else ("access", "erasure")
        due.append(RetentionDue(
            relationship_id=row["id"], identity_id=row["identity_id"], controller_id=row["controller_id"],
            controller_name=row["name"], what=row["what"], months=int(row["months"]),
            since_date=start.isoformat(), since_kind=kind, expired_on=expired.isoformat(),
            suggested_right=suggested, alternative_right=alternative, customer_since=row["since"]))
    due.sort(key=lambda d: (d.expired_on, d.controller_name.casefold(), d.relationship_id))
    return due


def _latest_requests(vault: Vault) -> dict[tuple[int, int], str]:
    """(identity, controller) -> the latest date an erasure or access request was created or sent.

    Only pairs that have a relationship are looked at, through the request_controller index.
    """
    rows = vault.query(
        "SELECT q.identity_id, q.controller_id, max(max(q.created_on, coalesce(q.sent_on, ''))) AS latest "
        "FROM (SELECT DISTINCT identity_id, controller_id FROM relationship) r "
        "JOIN request q ON q.controller_id = r.controller_id AND q.identity_id = r.identity_id "
        "WHERE q.right IN ('erasure', 'access') GROUP BY q.identity_id, q.controller_id")
    return {(row["identity_id"], row["controller_id"]): row["latest"] for row in rows}
