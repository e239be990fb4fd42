"""What to do next about a request: remind, complain, or answer the controller's obstacle."""
from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from vault.cases.case_facts import case_facts
from vault.cases.drafts import create_request
from vault.cases.next_steps import next_steps
from vault.cases.requests import FOLLOW_UP_KINDS, Request, get_request, request_identifier_ids
from vault.errors import InvalidInput, UsageError
from vault.law.authorities import authority_by_slug
from vault.law.complaint_authority import AuthorityChoice, Party, choose_authority
from vault.letters import rendering as letters
from vault.organisations.controllers import get_controller
from vault.people.identities import get_identity

# Situations a controller creates instead of answering, and the reply letter for each.
OBSTACLES = letters.OBSTACLES
NEXT_STEPS = ("send-reminder", "file-complaint", "check-answer", "record-delivery")


def next_step(vault: Any, request: Request, today: date) -> str | None:
    """The one thing to do now: ``send-reminder``, ``file-complaint``, ``record-delivery``, or None."""
    return next_steps(vault, [request.id], today).get(request.id)


def reminder_refusal(vault: Any, request_id: int, today: date) -> str | None:
    """Why a reminder cannot be sent today (the deadline has not passed), or None when it can.

    A reminder says the time limit of art. 12(3) GDPR has passed; before the (extended)
    deadline that would be false, so it is refused with the date from which it may be sent.
    """
    facts = case_facts(vault, request_id)
    due = facts.effective_due
    if due is None:
        return "This request has no deadline yet; record that it was sent first."
    if today <= due:
        extended = " (extended)" if facts.extended_due_on else ""
        return (f"The controller has until {due.isoformat()}{extended} to answer; "
                f"a reminder can be sent from {(due + timedelta(days=1)).isoformat()}.")
    return None


def create_follow_up(vault: Any, request_id: int, kind: str, *, details: str = "",
                     lang: str | None = None, today: date | None = None, authority: str | None = None,
                     processing_continues: str = "unknown", share_consent: bool = True) -> int:
    """A reminder, complaint or obstacle reply for a sent request, with its letter; returns its id.

    A reminder before the deadline is refused (``UsageError``, with the due date). A complaint
    goes to ``authority`` (a slug, "own" or "controller"; default the person's own authority).
    """
    if kind not in FOLLOW_UP_KINDS:
        raise InvalidInput(f"A follow-up is one of {', '.join(FOLLOW_UP_KINDS)}.")
    original = get_request(vault, request_id)
    if original.sent_on is None:
        raise InvalidInput("This request has not been sent yet; send it before following it up.")
    if kind == "reminder":
        refusal = reminder_refusal(vault, request_id, today or date.today())
        if refusal:
            raise UsageError(refusal)
    if processing_continues not in ("yes", "no", "unknown"):
        raise InvalidInput("Whether the processing continues is yes, no or unknown.")
    options = "{}"
    if kind == "complaint":
        if authority and authority not in ("own", "controller"):
            authority_by_slug(authority)  # refuse an unknown id before anything is written
        options = json.dumps({"processing_continues": processing_continues, "share_consent": share_consent})
        if lang is None:
            lang = _complaint_language(vault, original, authority) or original.lang
    return create_request(vault, identity_id=original.identity_id, controller_id=original.controller_id,
                          right=kind, lang=lang or original.lang, details=details, follow_up_of=request_id,
                          identifier_ids=request_identifier_ids(vault, request_id), today=today,
                          authority=authority if kind == "complaint" else None, options=options)


def complaint_authority(vault: Any, request_id: int, authority: str | None = None) -> AuthorityChoice:
    """The authority a complaint about this request would go to (the person's own by default)."""
    request = get_request(vault, request_id)
    identity = get_identity(vault, request.identity_id)
    controller = get_controller(vault, request.controller_id)
    return choose_authority(Party(identity.country, identity.region),
                            Party(controller.country, controller.region, controller.sector, controller.authority),
                            authority)


def _complaint_language(vault: Any, request: Request, authority: str | None) -> str | None:
    """The authority's language when the app writes it, else None (the person's language)."""
    language = complaint_authority(vault, request.id, authority).authority.complaint_language
    return language if language in letters.LANGUAGES else None
