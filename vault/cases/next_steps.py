"""What to do next about requests, decided from a few facts read for many requests in one query.

The dashboard and ``deadlines`` show a next step on every row. Reading each request and its
follow-ups one by one costs a query (and its pages) per row; here one statement reads, for
every request asked about, the facts the decision needs: its status, right, deadline and
channel, and whether it has a complaint, a reminder, a draft reminder among its follow-ups.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from vault.cases.requests import FOLLOW_UP_KINDS, OPEN_STATUSES

_CHUNK = 500  # ids per statement, well under SQLite's limit on bound parameters
_FACTS = (
    "SELECT r.id, r.status, r.right, r.channel, r.received_is_estimate, "
    "coalesce(r.extended_due_on, r.due_on) AS due_on, "
    "EXISTS (SELECT 1 FROM request f WHERE f.follow_up_of = r.id AND f.right = 'complaint') AS has_complaint, "
    "EXISTS (SELECT 1 FROM request f WHERE f.follow_up_of = r.id AND f.right = 'reminder') AS has_reminder, "
    "EXISTS (SELECT 1 FROM request f WHERE f.follow_up_of = r.id AND f.right = 'reminder' "
    "AND f.status = 'draft') AS has_draft_reminder "
    "FROM request r WHERE r.id IN ({marks})")


@dataclass(frozen=True)
class StepFacts:
    """What the next step of one request depends on."""

    status: str
    right: str
    channel: str | None
    received_is_estimate: bool
    due_on: str | None  # the deadline that stands (extended when extended in time)
    has_complaint: bool
    has_reminder: bool
    has_draft_reminder: bool

    def is_overdue(self, today: date) -> bool:
        """Open and past its deadline."""
        return self.status in OPEN_STATUSES and self.due_on is not None and date.fromisoformat(self.due_on) < today


def decide(facts: StepFacts, today: date) -> str | None:
    """The one thing to do now: ``send-reminder``, ``file-complaint``, ``record-delivery``, or None."""
    if facts.status == "draft":
        return None
    if facts.right == "reminder":
        return "file-complaint" if facts.is_overdue(today) and not facts.has_complaint else None
    if facts.right in FOLLOW_UP_KINDS:
        return None
    if facts.is_overdue(today):
        # The reminder has its own deadline, and its own row says when to complain.
        return "send-reminder" if not facts.has_reminder or facts.has_draft_reminder else None
    if facts.received_is_estimate and facts.channel in ("post", "registered-post"):
        return "record-delivery"
    return None


def step_facts(vault: Any, request_ids: Iterable[int]) -> dict[int, StepFacts]:
    """The facts of each request in ``request_ids`` (ids not found are left out)."""
    wanted = list(dict.fromkeys(request_ids))
    found: dict[int, StepFacts] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        for row in vault.query(_FACTS.format(marks=", ".join("?" * len(chunk))), chunk):
            found[row["id"]] = StepFacts(
                status=row["status"], right=row["right"], channel=row["channel"],
                received_is_estimate=bool(row["received_is_estimate"]), due_on=row["due_on"],
                has_complaint=bool(row["has_complaint"]), has_reminder=bool(row["has_reminder"]),
                has_draft_reminder=bool(row["has_draft_reminder"]))
    return found


def next_steps(vault: Any, request_ids: Iterable[int], today: date) -> dict[int, str | None]:
    """The next step of each request, read in one statement per 500 requests."""
    return {request_id: decide(facts, today) for request_id, facts in step_facts(vault, request_ids).items()}
