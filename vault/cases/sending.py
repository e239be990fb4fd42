"""Sending a request or follow-up: the letter that goes out says what the app tracks.

A reminder names the calendar date its 14 days end, counted from the letter's date. A reminder
drafted on one day and sent on a later one would name a date the app no longer tracks (it counts
from the sending day), so an unedited reminder draft is written again with the sending day before
it is frozen; a draft the person edited is sent as they wrote it.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from vault.cases.letter_context import regenerate_letter, render_for
from vault.cases.letter_store import current_letter
from vault.cases.lifecycle import mark_sent
from vault.cases.requests import Request, get_request
from vault.validation import parse_date


def redate_unedited_reminder(vault: Any, request_id: int, on: str | date, *, today: date | None = None) -> None:
    """A reminder draft the person did not edit is written again with the sending day ``on``."""
    request = get_request(vault, request_id)
    if request.right != "reminder" or request.status != "draft":
        return
    sent = parse_date(on, "sending date", allow_future=False, today=today or date.today())
    drafted_on = date.fromisoformat(request.created_on) if request.created_on else None
    stored = current_letter(vault, request_id)
    if (sent is not None and drafted_on is not None and sent != drafted_on and not stored.frozen
            and render_for(vault, request, today=drafted_on).body == stored.document.body):
        regenerate_letter(vault, request_id, today=sent)


def send(vault: Any, request_id: int, *, on: str | date, channel: str, delivered_on: str | date | None = None,
         today: date | None = None, **evidence: Any) -> Request:
    """Mark the request sent (``lifecycle.mark_sent``), re-dating an unedited reminder first.

    ``evidence`` (``note``, ``evidence``) goes to ``mark_sent`` as it is: a tracking number, the
    exact e-mail sent.
    """
    redate_unedited_reminder(vault, request_id, on, today=today)
    return mark_sent(vault, request_id, on=on, channel=channel, delivered_on=delivered_on, today=today, **evidence)
