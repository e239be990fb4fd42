"""UK GDPR Art. 12A (DUAA 2025 s.76): when the UK clock starts and pauses, in random cases too."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from vault.errors import InvalidInput
from vault.law.deadlines import add_months, is_working_day, response_due
from vault.law.uk_deadlines import (
    ART_12A_FROM,
    paused_days,
    relevant_time,
    uk_extension_is_late,
    uk_response_due,
)

_received = st.dates(min_value=ART_12A_FROM, max_value=date(2030, 12, 31))
_gap = st.integers(min_value=0, max_value=120)


def test_the_month_starts_at_the_latest_of_receipt_identity_and_fee():
    received = date(2026, 3, 2)
    assert uk_response_due(received) == date(2026, 4, 2)
    # Identity information received 20 March: one month from then (20 April 2026, a Monday).
    assert uk_response_due(received, information_received=date(2026, 3, 20)) == date(2026, 4, 20)
    # The fee paid later still: from the payment (5 May 2026 is a Tuesday after the bank holiday on the 4th).
    assert uk_response_due(received, information_received=date(2026, 3, 20), fee_paid=date(2026, 4, 5)) == date(2026, 5, 5)


def test_a_clarification_pauses_an_access_request_only():
    received = date(2026, 3, 2)
    pause = (date(2026, 3, 10), date(2026, 3, 19))  # ten days, both ends included
    assert uk_response_due(received, clarification=pause) == date(2026, 4, 13)  # 12 April is a Sunday
    assert uk_response_due(received, clarification=pause, access=False) == date(2026, 4, 2)


def test_requests_received_before_5_february_2026_keep_the_old_month():
    received = date(2026, 2, 4)
    assert uk_response_due(received, information_received=date(2026, 2, 20)) == response_due(received, "GB")


def test_an_extension_after_the_first_month_is_late():
    received = date(2026, 3, 2)
    assert not uk_extension_is_late(received, date(2026, 4, 2))
    assert uk_extension_is_late(received, date(2026, 4, 3))
    assert not uk_extension_is_late(received, date(2026, 4, 15), information_received=date(2026, 3, 20))


def test_impossible_orders_are_refused():
    with pytest.raises(InvalidInput):
        relevant_time(date(2026, 3, 2), information_received=date(2026, 3, 1))
    with pytest.raises(InvalidInput):
        paused_days(date(2026, 3, 2), (date(2026, 3, 10), date(2026, 3, 9)))


@settings(max_examples=200, deadline=None)
@given(received=_received, id_gap=st.one_of(st.none(), _gap), fee_gap=st.one_of(st.none(), _gap))
def test_the_period_is_one_month_from_the_relevant_time(received, id_gap, fee_gap):
    information = None if id_gap is None else received + timedelta(days=id_gap)
    fee = None if fee_gap is None else received + timedelta(days=fee_gap)
    start = max(d for d in (received, information, fee) if d is not None)
    due = uk_response_due(received, information_received=information, fee_paid=fee)
    # Never before the corresponding date a month on, and moved only across non-working days.
    assert due >= add_months(start, 1) and is_working_day(due, "GB")
    assert all(not is_working_day(add_months(start, 1) + timedelta(days=k), "GB")
               for k in range((due - add_months(start, 1)).days))
    # A later start never gives an earlier deadline.
    assert due >= uk_response_due(received)


@settings(max_examples=200, deadline=None)
@given(received=_received, start_gap=st.integers(min_value=0, max_value=40), length=st.integers(min_value=0, max_value=60))
def test_the_pause_adds_exactly_the_days_awaited(received, start_gap, length):
    asked = received + timedelta(days=start_gap)
    answered = asked + timedelta(days=length)
    paused = paused_days(received, (asked, answered))
    expected = length + 1 if start_gap > 0 else length  # the receipt day itself is not in the period
    assert paused == expected
    plain_end = add_months(received, 1)
    due = uk_response_due(received, clarification=(asked, answered))
    assert due >= plain_end + timedelta(days=paused) and is_working_day(due, "GB")
    assert uk_response_due(received, clarification=(asked, answered), extended=True) >= due


@settings(max_examples=100, deadline=None)
@given(received=_received, gap=_gap)
def test_extension_in_time_iff_within_the_first_period(received, gap):
    announced = received + timedelta(days=gap)
    assert uk_extension_is_late(received, announced) is (announced > uk_response_due(received))
