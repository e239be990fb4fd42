"""The UK clock of a request: UK GDPR Art. 12A applied to the events recorded on it.

The relevant time is the latest of receipt, receipt of the identity information asked for
(``id-provided``) and payment of a permitted fee (``fee-paid``); an access request's clock pauses
from ``clarification-requested`` to ``clarification-provided`` (Art. 12A(5)). The rules and their
sources are in ``vault.law.uk_deadlines``; this module only reads the case's events.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from vault.law import uk_deadlines

# Events that move a UK request's clock (they do not change its status).
CLOCK_EVENTS = ("id-provided", "fee-paid", "clarification-requested", "clarification-provided")


def _inputs(events: list[tuple[str, date]]) -> dict[str, Any]:
    def latest(kind: str) -> date | None:
        days = [day for k, day in events if k == kind]
        return max(days) if days else None

    asked, answered = latest("clarification-requested"), latest("clarification-provided")
    return {"information_received": latest("id-provided"), "fee_paid": latest("fee-paid"),
            "clarification": (asked, answered) if asked and answered and answered >= asked else None}


def uk_due(received: date, events: list[tuple[str, date]], *, right: str, extended: bool = False,
           subdivision: str | None = None) -> date:
    """The deadline under Art. 12A given the (kind, day) events recorded so far."""
    return uk_deadlines.uk_response_due(received, extended=extended, access=right == "access",
                                        subdivision=subdivision, **_inputs(events))


def uk_extension_late(received: date, announced_on: date, events: list[tuple[str, date]], *, right: str) -> bool:
    """Art. 12A(4)(a): the extension came after the first period (pause excluded)."""
    return uk_deadlines.uk_extension_is_late(received, announced_on, access=right == "access", **_inputs(events))
