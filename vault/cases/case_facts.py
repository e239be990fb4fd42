"""The facts of a case, as every follow-up must state them: taken from the first request.

A reminder, a complaint or a reply to the controller's obstacle speaks of the request that
started the case, never of an intermediate follow-up: its reference, the day it was sent, the
day the controller received it (said to be an estimate when the app estimated it), its
deadline and any extension (a late extension named as late), the controller's replies with
their dates, and the reminders already sent. One place computes these facts so that no letter
contradicts another.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vault.cases.letter_store import reference_for
from vault.cases.lifecycle import LATE_EXTENSION, events_of
from vault.cases.requests import Request, chain, follow_ups
from vault.letters import rendering as letters

# Events by which the controller answered, or asked something instead of answering.
REPLY_KINDS = ("acknowledged", "id-requested", "extended", "answered", "partly-answered", "refused")
ANSWER_KINDS = ("answered", "partly-answered", "refused")


@dataclass(frozen=True)
class Reminder:
    """A reminder already sent in this case."""

    sent_on: date
    reference: str
    due_on: date | None


@dataclass
class CaseFacts:
    """What happened to the first request of a case, for the letters that follow it."""

    root: Request
    right: str                           # the right asked for (one of letters.RIGHTS)
    reference: str
    sent_on: date
    channel: str
    received_on: date | None
    received_is_estimate: bool
    due_on: date | None                  # one month from receipt (art. 12(3))
    extended_due_on: date | None = None  # three months, when the extension came in time
    extension_on: date | None = None     # the day a valid extension was announced
    late_extension_on: date | None = None
    replies: list[tuple[date, str]] = field(default_factory=list)  # (day, event kind), oldest first
    reminders: list[Reminder] = field(default_factory=list)

    @property
    def effective_due(self) -> date | None:
        """The deadline that stands: the extended one when the extension was valid."""
        return self.extended_due_on or self.due_on

    def deadline_passed(self, today: date) -> bool:
        """True once the (extended) deadline is over: the day after it, not on it."""
        due = self.effective_due
        return due is not None and today > due

    @property
    def answered_on(self) -> date | None:
        """The day of the controller's latest answer (complete, partial or refusal), if any."""
        answers = [day for day, kind in self.replies if kind in ANSWER_KINDS]
        return answers[-1] if answers else None

    @property
    def last_reply(self) -> tuple[date, str] | None:
        """The controller's latest reply of any kind (an ID demand is one)."""
        return self.replies[-1] if self.replies else None


def root_of(vault: Any, request_id: int) -> Request:
    """The first request of the case ``request_id`` belongs to."""
    return chain(vault, request_id)[0]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def case_facts(vault: Any, request_id: int) -> CaseFacts:
    """The facts of the case of ``request_id``, read from its first request and its events."""
    root = root_of(vault, request_id)
    right = next((r.right for r in chain(vault, request_id) if r.right in letters.RIGHTS), root.right)
    facts = CaseFacts(root=root, right=right, reference=reference_for(root), sent_on=_day(root.sent_on) or date.min,
                      channel=root.channel or "", received_on=_day(root.received_on),
                      received_is_estimate=root.received_is_estimate, due_on=_day(root.due_on),
                      extended_due_on=_day(root.extended_due_on))
    for event in events_of(vault, root.id):
        day = date.fromisoformat(event.on_date)
        if event.kind == "extended":
            if event.flag == LATE_EXTENSION:
                facts.late_extension_on = facts.late_extension_on or day
            else:
                facts.extension_on = facts.extension_on or day
        if event.kind in REPLY_KINDS:
            facts.replies.append((day, event.kind))
    for later in _all_follow_ups(vault, root.id):
        if later.right == "reminder" and later.sent_on:
            facts.reminders.append(Reminder(date.fromisoformat(later.sent_on), reference_for(later),
                                            _day(later.due_on)))
    facts.reminders.sort(key=lambda r: r.sent_on)
    return facts


def _all_follow_ups(vault: Any, request_id: int) -> list[Request]:
    found: list[Request] = []
    pending = [request_id]
    while pending and len(found) < 1000:
        for later in follow_ups(vault, pending.pop(0)):
            found.append(later)
            pending.append(later.id)
    return found


