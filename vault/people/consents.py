"""The consent registry: what the person agreed to, with whom, when, how, with evidence — and
withdrawing it (art. 7(3)) with a request and its letter, optionally with an objection to
direct marketing (art. 21(2)).

Status is derived, never stored: a consent is ``withdrawn`` once it has a withdrawal date.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vault import validation as check
from vault.errors import InvalidInput
from vault.storage.attachments import Attachment, delete_attachment_if_unused, read_attachment, store_attachment
from vault.storage.records import fetch_one, from_row, unknown_fields
from vault.storage.store import Vault

STATUSES = ("active", "withdrawn")
HOWS = ("web form", "checkbox", "app", "paper", "e-mail", "phone", "in person")  # suggestions; free text
EDITABLE = {"purpose", "given_on", "how", "notes", "evidence"}


@dataclass
class Consent:
    """A consent given by an identity to a controller for a purpose."""

    id: int
    identity_id: int
    controller_id: int
    purpose: str
    given_on: str
    how: str = ""
    evidence_id: int | None = None
    withdrawn_on: str | None = None
    withdrawal_request_id: int | None = None
    notes: str = ""
    status: str = "active"


def _decoded(row: Any) -> Consent:
    consent = from_row(Consent, row)
    consent.status = "withdrawn" if consent.withdrawn_on else "active"
    return consent


def _purpose(value: str) -> str:
    return check.clean_text(value, "purpose", required=True, max_length=2000)


def _given_on(value: str | date | None) -> str:
    given = check.parse_date(value, "date the consent was given", allow_future=False)
    if given is None:
        raise InvalidInput("Say when the consent was given (YYYY-MM-DD).")
    return given.isoformat()


def add_consent(vault: Vault, identity_id: int, controller_id: int, purpose: str, given_on: str | date,
                how: str = "", evidence: tuple[str, bytes] | None = None, notes: str = "") -> int:
    """Record a consent; ``evidence`` is (file name, bytes), stored encrypted in the vault. Returns its id."""
    values = {"identity_id": identity_id, "controller_id": controller_id, "purpose": _purpose(purpose),
              "given_on": _given_on(given_on), "how": check.clean_line(how, "way the consent was given"),
              "notes": check.clean_text(notes, "notes")}
    fetch_one(vault, "identity", identity_id, "identity")
    fetch_one(vault, "controller", controller_id, "controller")
    with vault.transaction() as connection:
        if evidence is not None:
            values["evidence_id"] = store_attachment(connection, evidence[0], evidence[1])
        cursor = connection.execute(
            f"INSERT INTO consent ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()))
        return int(cursor.lastrowid)


def get_consent(vault: Vault, consent_id: int) -> Consent:
    """One consent, or NotFound."""
    return _decoded(fetch_one(vault, "consent", consent_id, "consent"))


def list_consents(vault: Vault, identity_id: int | None = None, status: str | None = None,
                  controller_id: int | None = None) -> list[Consent]:
    """Consents, optionally of one identity, with one controller, active or withdrawn; newest first."""
    where, params = [], []
    if status is not None:
        if status not in STATUSES:
            raise InvalidInput(f"A consent's status is one of {', '.join(STATUSES)}.")
        where.append("withdrawn_on IS NULL" if status == "active" else "withdrawn_on IS NOT NULL")
    for column, value in (("identity_id", identity_id), ("controller_id", controller_id)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    sql = "SELECT * FROM consent" + (f" WHERE {' AND '.join(where)}" if where else "")
    return [_decoded(row) for row in vault.query(sql + " ORDER BY given_on DESC, id DESC", params)]


def consent_evidence(vault: Vault, consent_id: int) -> tuple[Attachment, bytes] | None:
    """The evidence file of a consent and its bytes, or None."""
    consent = get_consent(vault, consent_id)
    return read_attachment(vault, consent.evidence_id) if consent.evidence_id else None


def edit_consent(vault: Vault, consent_id: int, changes: dict[str, Any]) -> Consent:
    """Change purpose, given_on, how, notes, or evidence ((name, bytes) to replace, None to remove)."""
    unknown_fields(changes, EDITABLE, "consent")
    current = get_consent(vault, consent_id)
    values: dict[str, Any] = {}
    if "purpose" in changes:
        values["purpose"] = _purpose(changes["purpose"])
    if "given_on" in changes:
        values["given_on"] = _given_on(changes["given_on"])
        if current.withdrawn_on and values["given_on"] > current.withdrawn_on:
            raise InvalidInput("A consent cannot have been given after it was withdrawn.")
    if "how" in changes:
        values["how"] = check.clean_line(changes["how"], "way the consent was given")
    if "notes" in changes:
        values["notes"] = check.clean_text(changes["notes"], "notes")
    with vault.transaction() as connection:
        if "evidence" in changes:
            evidence = changes["evidence"]
            values["evidence_id"] = store_attachment(connection, evidence[0], evidence[1]) if evidence else None
        if values:
            assignments = ", ".join(f"{column} = ?" for column in values)
            connection.execute(f"UPDATE consent SET {assignments} WHERE id = ?", (*values.values(), consent_id))
        if "evidence" in changes:
            delete_attachment_if_unused(connection, current.evidence_id)
    return get_consent(vault, consent_id)


def remove_consent(vault: Vault, consent_id: int) -> None:
    """Delete a consent and its evidence (a withdrawal request already made stays)."""
    current = get_consent(vault, consent_id)
    with vault.transaction() as connection:
        connection.execute("DELETE FROM consent WHERE id = ?", (consent_id,))
        delete_attachment_if_unused(connection, current.evidence_id)
