"""What to do next about a request: remind, complain, or answer the controller's obstacle."""
from __future__ import annotations

from datetime import date
from typing import Any

from vault.cases.drafts import create_request
from vault.cases.next_steps import next_steps
from vault.cases.requests import FOLLOW_UP_KINDS, Request, get_request, request_identifier_ids
from vault.errors import InvalidInput
from vault.law.authorities import authority_for
from vault.letters import rendering as letters
from vault.organisations.controllers import get_controller

# Situations a controller creates instead of answering, and the reply letter for each.
OBSTACLES = letters.OBSTACLES
NEXT_STEPS = ("send-reminder", "file-complaint", "check-answer", "record-delivery")


def next_step(vault: Any, request: Request, today: date) -> str | None:
    """The one thing to do now: ``send-reminder``, ``file-complaint``, ``record-delivery``, or None."""
    return next_steps(vault, [request.id], today).get(request.id)


def create_follow_up(vault: Any, request_id: int, kind: str, *, details: str = "",
                     lang: str | None = None, today: date | None = None) -> int:
    """A reminder, complaint or obstacle reply for a sent request, with its letter; returns its id."""
    if kind not in FOLLOW_UP_KINDS:
        raise InvalidInput(f"A follow-up is one of {', '.join(FOLLOW_UP_KINDS)}.")
    original = get_request(vault, request_id)
    if original.sent_on is None:
        raise InvalidInput("This request has not been sent yet; send it before following it up.")
    if kind == "complaint" and lang is None:
        lang = _complaint_language(vault, original) or original.lang
    return create_request(vault, identity_id=original.identity_id, controller_id=original.controller_id,
                          right=kind, lang=lang or original.lang, details=details, follow_up_of=request_id,
                          identifier_ids=request_identifier_ids(vault, request_id), today=today)


def _complaint_language(vault: Any, request: Request) -> str | None:
    controller = get_controller(vault, request.controller_id)
    if not controller.country:
        return None
    try:
        language = authority_for(controller.country, controller.region).complaint_language
    except InvalidInput:
        return None
    return language if language in letters.LANGUAGES else None
