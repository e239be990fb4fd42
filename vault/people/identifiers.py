"""Identifiers: the e-mail addresses, phone numbers, usernames and customer numbers that name
the person to a controller — each owned by one identity, optionally tied to the controller it
was given to. Letters carry exactly the identifiers a controller knows (``identifiers_known_to``)
and never another identity's, so a request does not link personas together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from vault import validation as check
from vault.errors import InvalidInput
from vault.storage.records import fetch_one, from_row, unknown_fields
from vault.storage.store import Vault

KINDS = ("email", "phone", "username", "customer-number")
EDITABLE = {"kind", "value", "controller_id", "given_on", "note"}
_PHONE_CHARS = re.compile(r"^\+?[0-9 ().\-/]+$")


@dataclass
class Identifier:
    """A value that names an identity to a controller."""

    id: int
    identity_id: int
    kind: str
    value: str
    controller_id: int | None = None
    given_on: str | None = None
    note: str = ""
    generated: bool = False


# -- comparing values ----------------------------------------------------------------------
def phone_digits(value: str) -> str:
    """The digits of a phone number, international prefix ``00`` written as nothing: "+33 6.." → "336..". """
    digits = re.sub(r"\D", "", value)
    return digits[2:] if digits.startswith("00") else digits


def same_phone(a: str, b: str) -> bool:
    """Same number, also when one is written nationally (0 6 12..) and the other with +33."""
    da, db = phone_digits(a), phone_digits(b)
    if not da or not db:
        return False
    if da == db:
        return True
    national, international = (da, db) if len(da) < len(db) else (db, da)
    if not national.startswith("0") or national.startswith("00") or len(national) < 7:
        return False
    for code_length in (1, 2, 3):  # country codes are 1 to 3 digits
        rest = international[code_length:]
        if rest in (national[1:], national):  # the trunk 0 dropped (FR, DE) or kept (IT)
            return True
    return False


def same_value(kind: str, a: str, b: str) -> bool:
    """Whether two values of ``kind`` name the same thing (case-insensitive; phones by digits)."""
    if kind == "phone":
        return same_phone(a, b)
    return a.strip().casefold() == b.strip().casefold()


def check_value(kind: str, value: str) -> str:
    """A valid value of ``kind``, trimmed; InvalidInput with a sentence otherwise."""
    if kind not in KINDS:
        raise InvalidInput(f"'{kind}' is not a kind of identifier; use one of {', '.join(KINDS)}.")
    text = check.clean_line(value, kind.replace("-", " "), required=True)
    if kind == "email":
        return check.check_email(text)
    if kind == "phone":
        digits = re.sub(r"\D", "", text)
        if not _PHONE_CHARS.match(text) or not 6 <= len(digits) <= 15:
            raise InvalidInput(f"'{text}' does not look like a phone number (6 to 15 digits, "
                               "optionally starting with +).")
    return text


# -- records -------------------------------------------------------------------------------
def _decoded(row: Any) -> Identifier:
    identifier = from_row(Identifier, row)
    identifier.generated = bool(identifier.generated)
    return identifier


def _check_refs(vault: Vault, identity_id: int, controller_id: int | None) -> None:
    fetch_one(vault, "identity", identity_id, "identity")
    if controller_id is not None:
        fetch_one(vault, "controller", controller_id, "controller")


def _given_on(value: str | date | None) -> str | None:
    given = check.parse_date(value, "date it was given", allow_future=False)
    return given.isoformat() if given else None


def find_duplicate(connection: Any, identity_id: int, kind: str, value: str,
                   controller_id: int | None, *, except_id: int | None = None) -> None:
    """Refuse a value another identity already has, or the same record twice for this identity."""
    sql = "SELECT i.*, p.label FROM identifier i JOIN identity p ON p.id = i.identity_id WHERE i.kind = ?"
    if kind == "phone":  # compared by digits, in Python
        rows = connection.execute(sql, (kind,)).fetchall()
    else:
        rows = connection.execute(sql + " AND i.value = ? COLLATE NOCASE", (kind, value)).fetchall()
    for row in rows:
        if row["id"] == except_id or not same_value(kind, row["value"], value):
            continue
        if row["identity_id"] != identity_id:
            raise InvalidInput(f"The {kind} '{value}' is already recorded for the identity "
                               f"'{row['label']}'; one value belongs to one identity only.")
        if row["controller_id"] == controller_id:
            raise InvalidInput(f"The {kind} '{value}' is already recorded for this identity"
                               f"{' and this controller' if controller_id is not None else ''}.")


def insert_identifier(connection: Any, identity_id: int, kind: str, value: str, *,
                      controller_id: int | None = None, given_on: str | None = None,
                      note: str = "", generated: bool = False) -> int:
    """Insert already validated values inside an open transaction (aliases use this)."""
    find_duplicate(connection, identity_id, kind, value, controller_id)
    cursor = connection.execute(
        "INSERT INTO identifier (identity_id, kind, value, controller_id, given_on, note, generated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (identity_id, kind, value, controller_id, given_on, note, int(generated)))
    return int(cursor.lastrowid)


def add_identifier(vault: Vault, identity_id: int, kind: str, value: str, controller_id: int | None = None,
                   given_on: str | date | None = None, note: str = "", generated: bool = False) -> int:
    """Record an identifier of an identity (given to ``controller_id`` on ``given_on``); returns its id."""
    value = check_value(kind, value)
    given = _given_on(given_on)
    note = check.clean_text(note, "note", max_length=2000)
    _check_refs(vault, identity_id, controller_id)
    with vault.transaction() as connection:
        return insert_identifier(connection, identity_id, kind, value, controller_id=controller_id,
                                 given_on=given, note=note, generated=generated)


def get_identifier(vault: Vault, identifier_id: int) -> Identifier:
    """One identifier, or NotFound."""
    return _decoded(fetch_one(vault, "identifier", identifier_id, "identifier"))


def list_identifiers(vault: Vault, identity_id: int | None = None,
                     controller_id: int | None = None) -> list[Identifier]:
    """Identifiers, optionally of one identity and/or given to one controller; by kind, then value."""
    where, params = [], []
    if identity_id is not None:
        where.append("identity_id = ?")
        params.append(identity_id)
    if controller_id is not None:
        where.append("controller_id = ?")
        params.append(controller_id)
    sql = "SELECT * FROM identifier" + (f" WHERE {' AND '.join(where)}" if where else "")
    rows = vault.query(sql + " ORDER BY identity_id, kind, value COLLATE NOCASE, id", params)
    return [_decoded(row) for row in rows]


def edit_identifier(vault: Vault, identifier_id: int, changes: dict[str, Any]) -> Identifier:
    """Change the fields given (kind, value, controller_id, given_on, note)."""
    unknown_fields(changes, EDITABLE, "identifier")
    current = get_identifier(vault, identifier_id)
    kind = changes.get("kind", current.kind)
    value = check_value(kind, changes.get("value", current.value))
    controller_id = changes.get("controller_id", current.controller_id)
    values: dict[str, Any] = {"kind": kind, "value": value, "controller_id": controller_id}
    if "given_on" in changes:
        values["given_on"] = _given_on(changes["given_on"])
    if "note" in changes:
        values["note"] = check.clean_text(changes["note"], "note", max_length=2000)
    _check_refs(vault, current.identity_id, controller_id)
    with vault.transaction() as connection:
        find_duplicate(connection, current.identity_id, kind, value, controller_id, except_id=identifier_id)
        assignments = ", ".join(f"{column} = ?" for column in values)
        connection.execute(f"UPDATE identifier SET {assignments} WHERE id = ?", (*values.values(), identifier_id))
    return get_identifier(vault, identifier_id)


def remove_identifier(vault: Vault, identifier_id: int) -> None:
    """Delete an identifier; refused while a request names it (its letter listed it)."""
    get_identifier(vault, identifier_id)
    used = vault.query_one("SELECT count(*) FROM request_identifier WHERE identifier_id = ?", (identifier_id,))[0]
    if used:
        raise InvalidInput(f"This identifier is named in {used} request(s); it cannot be removed while they exist.")
    with vault.transaction() as connection:
        connection.execute("DELETE FROM identifier WHERE id = ?", (identifier_id,))


# -- what a controller knows ---------------------------------------------------------------
def identifiers_known_to(vault: Vault, identity_id: int, controller_id: int) -> list[Identifier]:
    """Exactly the identifiers of this identity given to this controller — what a letter may carry."""
    rows = vault.query(
        "SELECT * FROM identifier WHERE identity_id = ? AND controller_id = ? "
        "ORDER BY kind, coalesce(given_on, ''), id", (identity_id, controller_id))
    return [_decoded(row) for row in rows]


def reveal_warning(vault: Vault, identity_id: int, controller_id: int) -> str | None:
    """A sentence when writing as this identity would tell the controller more than it knows.

    The controller knows other identities (by identifiers given, consents, requests sent) but
    not this one: a letter from the real identity would reveal it to a controller that only
    knows a pseudonym; a letter from a pseudonym would link it to the persona(s) the controller
    knows. None otherwise.
    """
    identity = fetch_one(vault, "identity", identity_id, "identity")
    controller = fetch_one(vault, "controller", controller_id, "controller")
    rows = vault.query(  # it knows an identity by its identifiers, consents, and requests sent
        "SELECT id, kind, label FROM identity WHERE id IN ("
        "SELECT identity_id FROM identifier WHERE controller_id = :c UNION "
        "SELECT identity_id FROM consent WHERE controller_id = :c UNION "
        "SELECT identity_id FROM request WHERE controller_id = :c AND sent_on IS NOT NULL) "
        "ORDER BY label COLLATE NOCASE", {"c": controller_id})
    if not rows or any(row["id"] == identity_id for row in rows):
        return None
    known = ", ".join(f"'{row['label']}'" for row in rows)
    if identity["kind"] == "real":
        if all(row["kind"] == "pseudonym" for row in rows):
            return (f"{controller['name']} only knows you as {known}; writing as '{identity['label']}' "
                    "would reveal your real identity to them.")
        return None  # it already knows another real identity of yours: nothing new revealed
    return (f"{controller['name']} knows you as {known}, not as '{identity['label']}'; writing as "
            f"'{identity['label']}' would link these personas.")
