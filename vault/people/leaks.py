"""Leak tracing: whose address is this, who got it and when (asking them is ``vault.cases.leak_requests``).

A person pastes what a spam mail was sent to (``"Shop" <ME+Shop@x.org>``, ``mailto:...``, a
``To:`` line, a phone number). ``who`` finds the identity and the controller it was given to;
``vault.cases.leak_requests.ask_about_leak`` turns a leak into an access request
describing the leak.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from email.utils import getaddresses
from typing import Any

from vault.people.identifiers import same_phone
from vault.storage.store import Vault

MATCHES = ("exact", "identity-email", "plus-tag")
_HEADER = re.compile(r"^\s*(to|cc|bcc|from|reply-to|delivered-to|x-original-to|envelope-to)\s*:\s*", re.I)
_EMAIL_IN_TEXT = re.compile(r"[^\s<>\"',;:()\[\]]+@[^\s<>\"',;:()\[\]]+\.[A-Za-z0-9-]{2,}")
_SELECT = ("SELECT i.id AS identifier_id, i.identity_id, p.label AS identity_label, i.controller_id, "
           "c.name AS controller_name, i.given_on, i.value, i.kind, i.generated "
           "FROM identifier i JOIN identity p ON p.id = i.identity_id "
           "LEFT JOIN controller c ON c.id = i.controller_id")


@dataclass
class Leak:
    """Who an identifier belongs to and who got it. ``match`` says how sure this is:

    ``exact`` (a recorded identifier, ignoring case), ``identity-email`` (an address of the
    identity itself, not tied to a controller), ``plus-tag`` (``me+tag@...`` of one of the
    identity's addresses, the tag naming a controller; nothing was recorded).
    """

    identity_id: int
    identity_label: str
    controller_id: int | None
    controller_name: str | None
    given_on: str | None
    identifier_id: int | None
    value: str
    kind: str
    match: str = "exact"
    generated: bool = False


def never_given_out(value: str) -> str:
    """The sentence for a value no identity has."""
    return f"'{value.strip()}' was never given out: no identity in this vault has it."


def pasted_values(text: str) -> list[str]:
    """What a pasted To:/From: line, mailto: link or number names, cleaned, in order."""
    text = _HEADER.sub("", (text or "").strip())
    if "@" not in text:
        cleaned = text.strip().strip("<>\"'").strip()
        return [cleaned] if cleaned else []
    text = re.sub(r"mailto:", "", text, flags=re.I)
    found = [address for _, address in getaddresses([text]) if "@" in address]
    if not found or any(not _EMAIL_IN_TEXT.fullmatch(a.split("?")[0]) for a in found):
        found = _EMAIL_IN_TEXT.findall(text)
    result: list[str] = []
    for address in found:
        address = address.split("?", 1)[0].strip().strip("<>\"'.").strip()
        if address and address.lower() not in (r.lower() for r in result):
            result.append(address)
    return result


def _leak(row: Any, match: str = "exact") -> Leak:
    return Leak(identity_id=row["identity_id"], identity_label=row["identity_label"],
                controller_id=row["controller_id"], controller_name=row["controller_name"],
                given_on=row["given_on"], identifier_id=row["identifier_id"], value=row["value"],
                kind=row["kind"], match=match, generated=bool(row["generated"]))


def _identity_emails(vault: Vault) -> list[tuple[Any, str]]:
    return [(row, email) for row in vault.query("SELECT id, label, emails FROM identity")
            for email in json.loads(row["emails"] or "[]")]


def _by_email(vault: Vault, address: str) -> list[Leak]:
    rows = vault.query(f"{_SELECT} WHERE i.value = ? COLLATE NOCASE", (address,))
    if rows:
        return [_leak(row) for row in rows]
    owners = [row for row, email in _identity_emails(vault) if email.lower() == address.lower()]
    if owners:
        return [Leak(row["id"], row["label"], None, None, None, None, address, "email", "identity-email")
                for row in owners]
    local, _, domain = address.rpartition("@")
    if "+" not in local:
        return []
    base, tag = f"{local.split('+', 1)[0]}@{domain}".lower(), local.split("+", 1)[1]
    identities = {row["id"]: row["label"] for row, email in _identity_emails(vault) if email.lower() == base}
    for row in vault.query(f"{_SELECT} WHERE i.kind = 'email' AND i.value = ? COLLATE NOCASE", (base,)):
        identities[row["identity_id"]] = row["identity_label"]
    if not identities:
        return []
    from vault.people.aliases import controller_slug

    tag_slug = controller_slug(tag)
    controllers = [row for row in vault.query("SELECT id, name, slug FROM controller")
                   if tag_slug and tag_slug in (controller_slug(row["name"]), (row["slug"] or "").lower())]
    targets: list[Any] = controllers or [None]
    return [Leak(identity_id, label, c["id"] if c else None, c["name"] if c else None, None, None,
                 address, "email", "plus-tag") for identity_id, label in identities.items() for c in targets]


def _by_other(vault: Vault, value: str) -> list[Leak]:
    rows = vault.query(f"{_SELECT} WHERE i.value = ? COLLATE NOCASE", (value,))
    if rows:
        return [_leak(row) for row in rows]
    if len(re.sub(r"\D", "", value)) >= 6 and re.fullmatch(r"\+?[0-9 ().\-/]+", value):
        return [_leak(row) for row in vault.query(f"{_SELECT} WHERE i.kind = 'phone'")
                if same_phone(row["value"], value)]
    return []


def who_all(vault: Vault, value: str) -> list[Leak]:
    """Every match for a pasted value, most telling first (generated aliases, then given to a controller)."""
    leaks: list[Leak] = []
    for candidate in pasted_values(value):
        leaks.extend(_by_email(vault, candidate) if "@" in candidate else _by_other(vault, candidate))
        if leaks:
            break
    leaks.sort(key=lambda k: (MATCHES.index(k.match), not k.generated, k.controller_id is None,
                              k.given_on or "9999", k.identifier_id or 0))
    return leaks


def who(vault: Vault, value: str) -> Leak | None:
    """The identity a pasted address/number belongs to and the controller that got it; None if never given out."""
    leaks = who_all(vault, value)
    return leaks[0] if leaks else None
