"""Identities: the person's real identity and their pseudonymous personas."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from vault import validation as check
from vault.errors import InvalidInput
from vault.law.countries import normalise_country
from vault.people.identifiers import insert_identifier, same_value
from vault.storage.records import fetch_one, from_row, now_iso, unknown_fields
from vault.storage.store import Vault

KINDS = ("real", "pseudonym")
_JSON = ("emails", "phones")
EDITABLE = {"kind", "label", "name", "birth_date", "address", "emails", "phones", "notes", "alias_pattern",
            "country", "region"}


@dataclass
class Identity:
    """A persona a controller may know: the real one or a pseudonym."""

    id: int
    kind: str
    label: str
    name: str = ""
    birth_date: str | None = None
    address: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    notes: str = ""
    alias_pattern: str | None = None
    created_at: str = ""
    country: str | None = None       # residence: the person's own supervisory authority (art. 77(1))
    region: str | None = None        # e.g. the German Land of residence


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise the fields given; raise InvalidInput on the first bad one."""
    out: dict[str, Any] = {}
    if "kind" in values:
        if values["kind"] not in KINDS:
            raise InvalidInput("An identity is either 'real' or 'pseudonym'.")
        out["kind"] = values["kind"]
    if "label" in values:
        out["label"] = check.clean_line(values["label"], "label", required=True)
    if "name" in values:
        out["name"] = check.clean_line(values["name"], "name")
    if "birth_date" in values:
        born = check.parse_date(values["birth_date"], "birth date", allow_future=False)
        out["birth_date"] = born.isoformat() if born else None
    if "address" in values:
        out["address"] = check.clean_text(values["address"], "postal address", max_length=1000)
    if "emails" in values:
        out["emails"] = json.dumps(check.check_emails(values["emails"]))
    if "phones" in values:
        phones = [check.clean_line(p, "phone number", required=True) for p in values["phones"] or []]
        out["phones"] = json.dumps(phones)
    if "notes" in values:
        out["notes"] = check.clean_text(values["notes"], "notes")
    if "country" in values:
        out["country"] = normalise_country(values["country"])
    if "region" in values:
        region = check.clean_line(values["region"], "region").upper().removeprefix("DE-")
        if region and not re.fullmatch(r"[A-Z0-9]{1,3}", region):
            raise InvalidInput(f"'{values['region']}' is not a region code (for example BY, 57).")
        out["region"] = region or None
    if "alias_pattern" in values:
        pattern = check.clean_line(values["alias_pattern"], "alias pattern") or None
        if pattern is not None:
            from vault.people.aliases import check_alias_pattern

            pattern = check_alias_pattern(pattern)
        out["alias_pattern"] = pattern
    return out


def add_identity(vault: Vault, *, label: str, name: str = "", kind: str = "real",
                 emails: list[str] | None = None, phones: list[str] | None = None,
                 address: str = "", birth_date: str | None = None, notes: str = "",
                 alias_pattern: str | None = None, country: str | None = None,
                 region: str | None = None) -> int:
    """Record a new identity; returns its id."""
    values = _validated({"kind": kind, "label": label, "name": name, "emails": emails or [],
                         "phones": phones or [], "address": address, "birth_date": birth_date,
                         "notes": notes, "alias_pattern": alias_pattern, "country": country,
                         "region": region})
    values["created_at"] = now_iso()
    columns = ", ".join(values)
    with vault.transaction() as connection:
        cursor = connection.execute(
            f"INSERT INTO identity ({columns}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()))
        return int(cursor.lastrowid)


def record_own_contacts(vault: Vault, identity_id: int) -> list[int]:
    """Make the identity's own e-mail addresses and phone numbers identifiers (given to no one yet).

    A person who types their address in the identity form expects the letters to offer it and
    the wizard to find it; values this identity (or another) already records are left as they are. Returns
    the new identifiers' ids.
    """
    identity = get_identity(vault, identity_id)
    created: list[int] = []
    with vault.transaction() as connection:
        for kind, values in (("email", identity.emails), ("phone", identity.phones)):
            known = [row[0] for row in connection.execute(
                "SELECT value FROM identifier WHERE identity_id = ? AND kind = ?", (identity_id, kind))]
            for value in values:
                if any(same_value(kind, value, existing) for existing in known):
                    continue
                try:
                    created.append(insert_identifier(connection, identity_id, kind, value))
                except InvalidInput:  # another identity records it: that one keeps it
                    continue
                known.append(value)
    return created


def identity_known_to(vault: Vault, controller_id: int | None) -> int | None:
    """The identity this controller knows best: most identifiers given to it, else the latest request to it."""
    if controller_id is None:
        return None
    row = vault.query_one(
        "SELECT identity_id FROM identifier WHERE controller_id = ? GROUP BY identity_id "
        "ORDER BY count(*) DESC, identity_id LIMIT 1", (controller_id,))
    if row is None:
        row = vault.query_one("SELECT identity_id FROM request WHERE controller_id = ? ORDER BY id DESC LIMIT 1",
                              (controller_id,))
    return None if row is None else int(row[0])


def get_identity(vault: Vault, identity_id: int) -> Identity:
    """One identity, or NotFound."""
    return from_row(Identity, fetch_one(vault, "identity", identity_id, "identity"), json_fields=_JSON)


def list_identities(vault: Vault) -> list[Identity]:
    """Every identity, real ones first, then by label."""
    rows = vault.query("SELECT * FROM identity ORDER BY kind = 'pseudonym', label COLLATE NOCASE, id")
    return [from_row(Identity, row, json_fields=_JSON) for row in rows]


def edit_identity(vault: Vault, identity_id: int, changes: dict[str, Any]) -> Identity:
    """Change the fields given; the others stay as they are."""
    unknown_fields(changes, EDITABLE, "identity")
    get_identity(vault, identity_id)
    values = _validated(changes)
    if values:
        assignments = ", ".join(f"{column} = ?" for column in values)
        with vault.transaction() as connection:
            connection.execute(f"UPDATE identity SET {assignments} WHERE id = ?",
                               (*values.values(), identity_id))
    return get_identity(vault, identity_id)


def remove_identity(vault: Vault, identity_id: int) -> None:
    """Delete an identity with its identifiers and consents; refused while requests use it."""
    get_identity(vault, identity_id)
    used = vault.query_one("SELECT count(*) FROM request WHERE identity_id = ?", (identity_id,))[0]
    if used:
        raise InvalidInput(f"This identity is named in {used} request(s); it cannot be removed while they exist.")
    with vault.transaction() as connection:
        connection.execute("DELETE FROM identity WHERE id = ?", (identity_id,))
