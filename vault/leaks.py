"""Leak tracing: whose address is this, who got it and when — and, in one step, ask them.

A person pastes what a spam mail was sent to (``"Shop" <ME+Shop@x.org>``, ``mailto:...``, a
``To:`` line, a phone number). ``who`` finds the identity and the controller it was given to;
``ask_about_leak`` creates an access request (art. 15(1)(c) recipients, 15(1)(g) source)
describing the leak.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from email.utils import getaddresses
from typing import Any

from . import validation as check
from .errors import InvalidInput, NotFound
from .identifiers import identifiers_known_to, same_phone
from .store import Vault

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
    from .aliases import controller_slug

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


# -- asking the controller -----------------------------------------------------------------
_WHAT = {  # kind -> (en, fr, fr pronoun, de)
    "email": ("address", "l'adresse", "Elle", "die Adresse"),
    "phone": ("phone number", "le numéro de téléphone", "Il", "die Telefonnummer"),
}
_OTHER = ("identifier", "l'identifiant", "Il", "die Kennung")


def leak_details(leak: Leak, lang: str, *, seen_in: str = "", only_them: bool = False) -> str:
    """The request's details: the leak, then exactly what is asked (recipients, source)."""
    from .letters import format_date

    en, fr, fr_it, de = _WHAT.get(leak.kind, _OTHER)
    given = format_date(date.fromisoformat(leak.given_on), lang) if leak.given_on else ""
    if lang == "fr":
        text = (f"Je vous ai communiqué {fr} {leak.value}{f' le {given}' if given else ''}"
                f"{', et à personne d’autre' if only_them else ''}. "
                f"{fr_it} a depuis été utilisé{'e' if fr_it == 'Elle' else ''} par un tiers"
                f"{f' ({seen_in})' if seen_in else ''}. "
                "Je vous demande en particulier les destinataires ou catégories de destinataires auxquels "
                "mes données à caractère personnel ont été communiquées (article 15, paragraphe 1, point c) "
                "du RGPD) et toute information disponible sur leur source (article 15, paragraphe 1, "
                "point g) du RGPD).")
    elif lang == "de":
        text = (f"Ich habe Ihnen {de} {leak.value}{f' am {given}' if given else ''} mitgeteilt"
                f"{', sonst niemandem' if only_them else ''}. Sie wurde seitdem von Dritten verwendet"
                f"{f' ({seen_in})' if seen_in else ''}. "
                "Bitte nennen Sie mir insbesondere die Empfänger oder Kategorien von Empfängern, gegenüber "
                "denen meine personenbezogenen Daten offengelegt worden sind (Art. 15 Abs. 1 lit. c DSGVO), "
                "sowie alle verfügbaren Informationen über die Herkunft der Daten (Art. 15 Abs. 1 lit. g DSGVO).")
    else:
        text = (f"I gave you the {en} {leak.value}{f' on {given}' if given else ''}"
                f"{', and to no one else' if only_them else ''}. It has since been used by a third party"
                f"{f' ({seen_in})' if seen_in else ''}. "
                "Please tell me in particular the recipients or categories of recipients to whom my personal "
                "data have been disclosed (Article 15(1)(c) GDPR) and all available information as to the "
                "source of my personal data (Article 15(1)(g) GDPR).")
    return text


def ask_about_leak(vault: Vault, value: str, *, seen_in: str = "") -> int:
    """Create an access request to the controller that got ``value``, asking for recipients and source."""
    from .requests import create_request, default_language_for

    seen_in = check.clean_line(seen_in, "description of where it was seen")
    leaks = who_all(vault, value)
    if not leaks:
        raise NotFound(never_given_out(value))
    leak = leaks[0]
    if leak.controller_id is None:
        raise InvalidInput(f"'{leak.value}' belongs to '{leak.identity_label}' but is not recorded as given to "
                           "any controller; record who got it (identifier add --controller) first.")
    lang = default_language_for(vault, leak.controller_id)
    only_them = leak.match == "exact" and {k.controller_id for k in leaks if k.value == leak.value} == {
        leak.controller_id}
    known = [i.id for i in identifiers_known_to(vault, leak.identity_id, leak.controller_id)]
    return create_request(vault, identity_id=leak.identity_id, controller_id=leak.controller_id, right="access",
                          lang=lang, details=leak_details(leak, lang, seen_in=seen_in, only_them=only_them),
                          identifier_ids=known or None)
