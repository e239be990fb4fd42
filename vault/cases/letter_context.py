"""A request's letter context: what the letter prints, gathered from the vault, and its rendering.

Letters (``vault.letters``) print the context they receive; this module builds it from the
request, its case chronology, the identity, the identifiers and the controller.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from vault.cases.case_facts import case_facts
from vault.cases.letter_store import current_letter, reference_for, sent_letter, user_template
from vault.cases.lifecycle import case_chronology, reminder_period_end
from vault.cases.requests import chain, get_request, request_identifier_ids
from vault.errors import InvalidInput
from vault.law.authorities import all_authorities
from vault.law.complaint_authority import Party, choose_authority, has_own_authority
from vault.letters import rendering as letters
from vault.letters.country_names import with_destination
from vault.letters.document import LetterDocument
from vault.organisations.controllers import get_controller
from vault.organisations.directory_records import required_identity_fields
from vault.people.identifiers import get_identifier
from vault.people.identities import get_identity
from vault.storage.records import now_iso
from vault.storage.settings import get_setting

IDENTIFIER_LABELS = {
    "en": {"email": "E-mail address", "phone": "Phone number", "username": "Username",
           "customer-number": "Customer number"},
    "fr": {"email": "Adresse électronique", "phone": "Numéro de téléphone", "username": "Nom d'utilisateur",
           "customer-number": "Numéro de client"},
    "de": {"email": "E-Mail-Adresse", "phone": "Telefonnummer", "username": "Benutzername",
           "customer-number": "Kundennummer"},
}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _case_values(vault: Any, request: Any, letter_date: date, controller: Any) -> dict[str, Any]:
    """What a follow-up states about the case: always the first request's facts, never a reminder's."""
    facts = case_facts(vault, request.follow_up_of)
    last = facts.last_reply
    values: dict[str, Any] = dict(
        original_right=facts.right, original_sent_on=facts.sent_on, original_received_on=facts.received_on,
        original_received_is_estimate=facts.received_is_estimate, original_due_on=facts.due_on,
        original_extended_due_on=facts.extended_due_on, original_extension_on=facts.extension_on,
        original_late_extension_on=facts.late_extension_on, original_reference=facts.reference,
        answer_received_on=last[0] if last else None, original_answer_kind=last[1] if last else "",
        earlier_reminders=[(r.sent_on, r.reference) for r in facts.reminders if r.reference != reference_for(request)],
        deadline_passed=facts.deadline_passed(letter_date))
    if request.right == "reminder":
        values["reminder_due_on"] = reminder_period_end(letter_date, controller)
    return values


def _complaint_values(vault: Any, request: Any, identity: Any, controller: Any) -> dict[str, Any]:
    """The authority the person chose (art. 77(1)) and what authorities ask a complaint to say."""
    choice = choose_authority(
        Party(identity.country, identity.region),
        Party(controller.country, controller.region, controller.sector, controller.authority),
        request.authority)
    options = json.loads(request.options or "{}")
    return dict(authority=choice.authority, authority_role=choice.role,
                controller_outside_eea=not has_own_authority(controller.country),
                representative_lines=_lines(controller.representative),
                processing_continues=options.get("processing_continues", "unknown"),
                share_consent=bool(options.get("share_consent", True)))


def _chronology(vault: Any, request: Any) -> tuple[list[tuple[date, str]], list[str]]:
    """Dates and events of the whole case, and the letters sent, for complaints and dossiers."""
    root = chain(vault, request.follow_up_of)[0] if request.follow_up_of else request
    return case_chronology(vault, root.id, request.lang)


def context_for(vault: Any, request: Any, *, today: date | None = None) -> letters.LetterContext:
    """Everything a template may use, from the vault, for ``request``."""
    identity = get_identity(vault, request.identity_id)
    controller = get_controller(vault, request.controller_id)
    labels = IDENTIFIER_LABELS[request.lang]
    identifiers = [get_identifier(vault, i) for i in request_identifier_ids(vault, request.id)]
    shown = [(labels.get(i.kind, i.kind), i.value) for i in identifiers]
    known_emails = [i.value for i in identifiers if i.kind == "email"]
    sender_email = known_emails[0] if known_emails else (identity.emails[0] if identity.emails else "")
    address_lines = _lines(identity.address)
    required = required_identity_fields(controller)
    if required:
        # The controller's record says what identifies a person there: ask with that, no more.
        shown += _required_extras(required, identity, request.lang, {value for _, value in shown})
        if "address" not in required:
            address_lines = []
        if "email" not in required and not known_emails:
            sender_email = ""
    values: dict[str, Any] = dict(
        sender_name=identity.name or identity.label,
        sender_address_lines=address_lines,
        sender_email=sender_email,
        identifiers=shown,
        controller_name=controller.name,
        # Abroad, the destination country ends the address, in capitals, in the letter's language.
        controller_address_lines=with_destination(_lines(controller.address), controller.country, identity.country,
                                                  request.lang),
        controller_country=controller.country or "",
        dpo_name=controller.dpo_name,
        dpo_email=controller.dpo_email or "",
        contact_email=(controller.emails[0] if controller.emails else ""),
        place=get_setting(vault, "default_place"),
        letter_date=today or date.today(),
        reference=reference_for(request),
        details=request.details,
    )
    if request.follow_up_of is not None:
        values.update(_case_values(vault, request, values["letter_date"], controller))
    values.update(_policy_statements(controller))
    if request.right == "complaint":
        values.update(_complaint_values(vault, request, identity, controller))
        values["chronology"], values["annexes"] = _chronology(vault, request)
    elif request.right == "reminder":
        facts = case_facts(vault, request.id)
        # The original letter goes with the reminder, so the controller cannot say it never had it.
        values["annexes"] = [f"{letters.format_date(facts.sent_on, request.lang)}: {letter.document.subject}"
                             for letter in [sent_letter(vault, facts.root.id)] if letter is not None]
    return letters.LetterContext(**values)


def _policy_statements(controller: Any) -> dict[str, Any]:
    """What the controller's imported privacy policy says it collects, why and for whom."""
    policy = (controller.directory or {}).get("policy") if isinstance(controller.directory, dict) else None
    if not isinstance(policy, dict):
        return {}
    try:
        read_on = date.fromisoformat(str(policy.get("read_on")))
    except ValueError:
        read_on = None
    texts = lambda key: [str(v) for v in policy.get(key) or [] if isinstance(v, str)]  # noqa: E731
    purposes = [(str(p.get("purpose")), str(p.get("legal_basis") or "")) for p in policy.get("purposes") or []
                if isinstance(p, dict) and p.get("purpose")]
    return dict(policy_read_on=read_on, policy_categories=texts("data_categories")[:20],
                policy_purposes=purposes[:20], policy_recipients=texts("recipients")[:20])


_EXTRA_LABELS = {
    "en": {"birth_date": "Date of birth", "phone": "Phone number", "other": "Please add"},
    "fr": {"birth_date": "Date de naissance", "phone": "Numéro de téléphone", "other": "À compléter"},
    "de": {"birth_date": "Geburtsdatum", "phone": "Telefonnummer", "other": "Bitte ergänzen"},
}


def _required_extras(required: list[str], identity: Any, lang: str, already: set[str]) -> list[tuple[str, str]]:
    """Identity fields a controller's record requires beyond the identifiers it was given."""
    labels = _EXTRA_LABELS[lang]
    extras: list[tuple[str, str]] = []
    if "birth_date" in required and identity.birth_date:
        extras.append((labels["birth_date"], letters.format_date(date.fromisoformat(identity.birth_date), lang)))
    if "phone" in required and identity.phones and identity.phones[0] not in already:
        extras.append((labels["phone"], identity.phones[0]))
    for element in required:
        if element.startswith("other:"):
            extras.append((labels["other"], element.removeprefix("other:")))
    return extras


def set_user_template(vault: Any, kind: str, lang: str, body: str) -> None:
    """Store the person's own template after proving it renders on a sample letter."""
    letters.render_letter(kind, lang, _sample_context(kind), user_template=body)
    with vault.transaction() as connection:
        connection.execute("INSERT INTO user_template (kind, lang, body) VALUES (?, ?, ?) "
                           "ON CONFLICT(kind, lang) DO UPDATE SET body = excluded.body", (kind, lang, body))


def _sample_context(kind: str) -> letters.LetterContext:

    today = date.today()
    return letters.LetterContext(
        sender_name="Sample Person", controller_name="Sample Company", letter_date=today,
        sender_address_lines=["1 Sample Street", "00000 Sample Town"], identifiers=[("E-mail", "me@example.org")],
        original_right="access" if kind in letters.NEEDS_ORIGINAL else "", original_sent_on=today,
        original_due_on=today, authority=all_authorities()[0] if kind == "complaint" else None,
        chronology=[(today, "Sample event")])


def render_for(vault: Any, request: Any, *, today: date | None = None) -> LetterDocument:
    """The letter of ``request`` as the templates (or the person's own) make it today."""
    context = context_for(vault, request, today=today)
    return letters.render_letter(request.right, request.lang, context,
                                 user_template=user_template(vault, request.right, request.lang))


def regenerate_letter(vault: Any, request_id: int, *, today: date | None = None) -> int:
    """Render the letter again from today's data (a draft only; sent letters never change)."""
    request = get_request(vault, request_id)
    if request.status != "draft":
        raise InvalidInput("This request was sent; its letter is kept as sent.")
    document = render_for(vault, request, today=today)
    current = current_letter(vault, request_id)
    with vault.transaction() as connection:
        connection.execute("UPDATE letter SET document = ?, created_at = ? WHERE id = ?",
                           (document.to_json(), now_iso(), current.id))
    return current.id
