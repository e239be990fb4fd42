"""UK deadlines: UK GDPR Art. 12A, inserted by the Data (Use and Access) Act 2025 s.76.

Art. 12A(1)-(2) (docs/law-sources.md §1.1): "'the applicable time period' means the period of
one month beginning with the relevant time" and "'The relevant time' means the latest of the
following— (a) when the controller receives the request in question; (b) when the controller
receives the information (if any) requested in connection with a request under Article 12(6);
(c) when the fee (if any) charged in connection with the request under Article 12(5) is paid."

Art. 12A(3)-(4): extension "by two further months", notified "before the end of the period of
one month beginning with the relevant time".

Art. 12A(5): where the controller asks for further information to identify what an Art. 15
request relates to, "the period beginning with the day on which the controller makes the
request and ending with the day on which the controller receives the information does not
count towards" the applicable time period nor the one-month notice period of 12A(4)(a).

Commencement: SI 2026/82 reg. 2 (5 February 2026); reg. 4: the amendments do not apply to a
request the controller received before that day, which keeps the old Art. 12(3) month.

Counting: UK GDPR Art. 4A applies Art. 3 of Regulation 1182/71 (the day of the event is not
counted, the month ends on the same date, or the month's last day), and the ICO's guidance
moves a deadline on a weekend or bank holiday to the next working day (§1.8).
"""
from __future__ import annotations

from datetime import date, timedelta

from vault.errors import InvalidInput
from vault.law.deadlines import add_months, next_working_day

ART_12A_FROM = date(2026, 2, 5)   # SI 2026/82 reg. 2 and reg. 4


def relevant_time(received: date, *, information_received: date | None = None,
                  fee_paid: date | None = None) -> date:
    """Art. 12A(2): the latest of receipt, receipt of the identity information asked for, payment."""
    days = [received] + [d for d in (information_received, fee_paid) if d is not None]
    if min(days) < received:
        raise InvalidInput("Identity information or a fee cannot arrive before the request itself.")
    return max(days)


def paused_days(start: date, clarification: tuple[date, date] | None) -> int:
    """Art. 12A(5): the days from the clarification request to its answer, both included, after ``start``."""
    if clarification is None:
        return 0
    asked, answered = clarification
    if answered < asked:
        raise InvalidInput("A clarification cannot be answered before it was asked for.")
    first = max(asked, start + timedelta(days=1))  # days before the period began do not shorten it
    return max(0, (answered - first).days + 1)


def uk_response_due(received: date, *, information_received: date | None = None, fee_paid: date | None = None,
                    clarification: tuple[date, date] | None = None, extended: bool = False,
                    access: bool = True, subdivision: str | None = None) -> date:
    """The last day a UK controller may answer, under Art. 12A for requests received from 5 Feb 2026.

    ``clarification`` (asked, answered) pauses the clock for an access request (Art. 15) only.
    """
    if received < ART_12A_FROM:
        start = received  # old Art. 12(3): one month of receipt, extension three months from receipt
        return next_working_day(add_months(start, 3 if extended else 1), "GB", subdivision)
    start = relevant_time(received, information_received=information_received, fee_paid=fee_paid)
    pause = paused_days(start, clarification) if access else 0
    end = add_months(start, 3 if extended else 1) + timedelta(days=pause)
    return next_working_day(end, "GB", subdivision)


def uk_extension_is_late(received: date, announced_on: date, *, information_received: date | None = None,
                         fee_paid: date | None = None, clarification: tuple[date, date] | None = None,
                         access: bool = True) -> bool:
    """Art. 12A(4)(a): an extension notified after the first month (pause excluded) is late."""
    return announced_on > uk_response_due(received, information_received=information_received, fee_paid=fee_paid,
                                          clarification=clarification, access=access)


def applies(country: str | None, received_on: str | None) -> bool:
    """True when Art. 12A governs: a UK controller and a request received from 5 February 2026."""
    return (country or "").upper() in ("GB", "UK") and bool(received_on) and date.fromisoformat(received_on) >= ART_12A_FROM
