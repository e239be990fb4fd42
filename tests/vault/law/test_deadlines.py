"""Deadlines a person relies on: GDPR art. 12(3) counted per Regulation 1182/71 art. 3."""
from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings, strategies as st

from vault.errors import InvalidInput
from vault.law.deadlines import (
    SUPPORTED_COUNTRIES,
    add_months,
    check_region,
    extension_is_late,
    is_working_day,
    next_working_day,
    receipt_date,
    reminder_due,
    response_due,
)

# ---------------------------------------------------------------- month arithmetic


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 15), 1, date(2025, 2, 15)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),  # 31 Feb does not exist: last day
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 12, 31), 1, date(2026, 1, 31)),  # across the year end
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
    ],
)
def test_add_months_follows_the_same_date_or_last_day_rule(day, months, expected):
    assert add_months(day, months) == expected


# ---------------------------------------------------------------- named edge cases
# Each expected date is worked out by hand; the comment gives the reasoning.


@pytest.mark.parametrize(
    ("received", "country", "subdivision", "expected"),
    [
        # 31 Jan 2025 -> no 31 Feb -> Fri 28 Feb 2025, a working day.
        (date(2025, 1, 31), "FR", None, date(2025, 2, 28)),
        # 31 Jan 2024 (leap year) -> Thu 29 Feb 2024.
        (date(2024, 1, 31), "FR", None, date(2024, 2, 29)),
        # 29 Feb 2024 -> Fri 29 Mar 2024, Good Friday: a working day in Paris...
        (date(2024, 2, 29), "FR", None, date(2024, 3, 29)),
        # ...but not in Germany: Sat, Sun, Easter Monday 1 Apr -> Tue 2 Apr 2024.
        (date(2024, 2, 29), "DE", None, date(2024, 4, 2)),
        # 30 Dec 2025 -> Fri 30 Jan 2026.
        (date(2025, 12, 30), "DE", None, date(2026, 1, 30)),
        # 31 Dec 2025 -> Sat 31 Jan 2026 -> Mon 2 Feb 2026.
        (date(2025, 12, 31), "DE", None, date(2026, 2, 2)),
        # 1 Dec 2025 -> Thu 1 Jan 2026 (New Year) -> Fri 2 Jan 2026...
        (date(2025, 12, 1), "FR", None, date(2026, 1, 2)),
        # ...2 Jan is a bank holiday in Scotland too: Sat, Sun -> Mon 5 Jan 2026.
        (date(2025, 12, 1), "GB", "SCT", date(2026, 1, 5)),
        # 25 Nov 2026 -> Fri 25 Dec 2026 (Christmas) -> Sat 26, Sun 27 -> Mon 28 Dec in DE...
        (date(2026, 11, 25), "DE", None, date(2026, 12, 28)),
        # ...while in England Mon 28 Dec 2026 is "Boxing Day (observed)" -> Tue 29 Dec.
        (date(2026, 11, 25), "GB", None, date(2026, 12, 29)),
        # 6 Mar 2026 -> Mon 6 Apr 2026, Easter Monday -> Tue 7 Apr, in France and Germany.
        (date(2026, 3, 6), "FR", None, date(2026, 4, 7)),
        (date(2026, 3, 6), "DE", None, date(2026, 4, 7)),
        # Easter Monday is no bank holiday in Scotland: Mon 6 Apr 2026 stands.
        (date(2026, 3, 6), "GB", "SCT", date(2026, 4, 6)),
        # 1 Apr 2026 -> Fri 1 May 2026 (Labour Day) -> Sat, Sun -> Mon 4 May in France...
        (date(2026, 4, 1), "FR", None, date(2026, 5, 4)),
        # ...in England and the Netherlands Fri 1 May 2026 is an ordinary working day...
        (date(2026, 4, 1), "GB", None, date(2026, 5, 1)),
        (date(2026, 4, 1), "NL", None, date(2026, 5, 1)),
        # ...England's May Day bank holiday is the first Monday: 4 Apr 2026 -> Mon 4 May
        # -> Tue 5 May 2026, where France works on Mon 4 May.
        (date(2026, 4, 4), "GB", None, date(2026, 5, 5)),
        (date(2026, 4, 4), "FR", None, date(2026, 5, 4)),
        # Alsace-Moselle: 3 Mar 2026 -> Fri 3 Apr 2026, Good Friday: working day in Paris...
        (date(2026, 3, 3), "FR", None, date(2026, 4, 3)),
        # ...holiday in Moselle (57): Sat, Sun, Easter Monday 6 Apr -> Tue 7 Apr 2026.
        (date(2026, 3, 3), "FR", "57", date(2026, 4, 7)),
        (date(2026, 3, 3), "fr", "Moselle", date(2026, 4, 7)),
        # 26 Nov 2025 -> Fri 26 Dec 2025: working day in Paris, Saint Stephen's Day in
        # Moselle and Alsace -> Sat, Sun -> Mon 29 Dec 2025.
        (date(2025, 11, 26), "FR", None, date(2025, 12, 26)),
        (date(2025, 11, 26), "FR", "57", date(2025, 12, 29)),
        (date(2025, 11, 26), "FR", "6AE", date(2025, 12, 29)),
        # German Länder: 6 Dec 2025 -> Tue 6 Jan 2026, Epiphany in Bavaria (-> Wed 7 Jan)
        # but not in Berlin.
        (date(2025, 12, 6), "DE", "BY", date(2026, 1, 7)),
        (date(2025, 12, 6), "DE", "BE", date(2026, 1, 6)),
        # 4 May 2026 -> Thu 4 Jun 2026, Corpus Christi in Bavaria and NRW (-> Fri 5 Jun),
        # not in Berlin.
        (date(2026, 5, 4), "DE", "BY", date(2026, 6, 5)),
        (date(2026, 5, 4), "DE", "Nordrhein-Westfalen", date(2026, 6, 5)),
        (date(2026, 5, 4), "DE", "BE", date(2026, 6, 4)),
        # England: 31 Jul 2026 -> Mon 31 Aug 2026, Late Summer Bank Holiday -> Tue 1 Sep;
        # Scotland's summer bank holiday is 3 Aug, so 31 Aug stands there. UK = GB.
        (date(2026, 7, 31), "GB", None, date(2026, 9, 1)),
        (date(2026, 7, 31), "UK", "England", date(2026, 9, 1)),
        (date(2026, 7, 31), "gb", "sct", date(2026, 8, 31)),
        # Switzerland: 1 Jul 2025 -> Fri 1 Aug 2025, National Day -> Sat, Sun -> Mon 4 Aug.
        (date(2025, 7, 1), "CH", None, date(2025, 8, 4)),
        # 26 Dec 2025 (Fri) is a holiday in Zurich, not federally: Mon 29 Dec vs Fri 26 Dec.
        (date(2025, 11, 26), "CH", "ZH", date(2025, 12, 29)),
        (date(2025, 11, 26), "CH", None, date(2025, 12, 26)),
        # Greece written "EL" as the EU does: 6 Dec 2025 -> Tue 6 Jan 2026, Epiphany -> Wed 7 Jan.
        (date(2025, 12, 6), "EL", None, date(2026, 1, 7)),
    ],
)
def test_response_due_on_named_edge_cases(received, country, subdivision, expected):
    assert response_due(received, country, subdivision=subdivision) == expected


@pytest.mark.parametrize(
    ("received", "subdivision", "expected"),
    [
        # Extended = 3 months from receipt: 31 Jul 2025 -> Fri 31 Oct 2025, Reformation
        # Day in Saxony -> Sat 1, Sun 2 -> Mon 3 Nov 2025; an ordinary Friday in NRW.
        (date(2025, 7, 31), "SN", date(2025, 11, 3)),
        (date(2025, 7, 31), "NW", date(2025, 10, 31)),
        # 29 Feb 2024 -> Wed 29 May 2024.
        (date(2024, 2, 29), "BY", date(2024, 5, 29)),
        # 30 Nov 2025 -> 30 Feb does not exist -> Sat 28 Feb 2026 -> Mon 2 Mar 2026.
        (date(2025, 11, 30), "BE", date(2026, 3, 2)),
    ],
)
def test_extended_due_is_three_months_from_receipt(received, subdivision, expected):
    assert response_due(received, "DE", extended=True, subdivision=subdivision) == expected


def test_working_day_helpers():
    assert not is_working_day(date(2026, 4, 6), "FR")  # Easter Monday
    assert not is_working_day(date(2026, 4, 4), "FR")  # Saturday
    assert is_working_day(date(2026, 4, 3), "FR")  # Good Friday, Paris
    assert not is_working_day(date(2026, 4, 3), "FR", "57")  # Good Friday, Moselle
    assert next_working_day(date(2026, 4, 3), "FR", "57") == date(2026, 4, 7)
    assert next_working_day(date(2026, 4, 8), "FR") == date(2026, 4, 8)


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize("country", ["XX", "US", "", "FRA"])
def test_unsupported_country_is_refused_with_a_sentence(country):
    with pytest.raises(InvalidInput, match="country"):
        response_due(date(2026, 1, 5), country)


@pytest.mark.parametrize(
    ("country", "subdivision"), [("FR", "99"), ("DE", "Bavaria"), ("SE", "AB")]
)
def test_unknown_region_is_refused_naming_the_known_ones(country, subdivision):
    with pytest.raises(InvalidInput, match="not a known region") as err:
        response_due(date(2026, 1, 5), country, subdivision=subdivision)
    if country == "DE":
        assert "BY" in str(err.value)


def test_region_codes_are_canonical():
    assert check_region(" uk ", None) == ("GB", "ENG")  # England assumed for the UK
    assert check_region("de", "bayern") == ("DE", "BY")
    assert check_region("FR", "") == ("FR", None)
    assert {"AT", "HU", "IS", "LI", "NO", "GB", "CH"} <= SUPPORTED_COUNTRIES
    assert len(SUPPORTED_COUNTRIES) == 27 + 3 + 2


# ---------------------------------------------------------------- receipt, reminder, extension


def test_receipt_is_the_day_sent_for_email_and_web_form():
    sent = date(2026, 4, 3)
    assert receipt_date("email", sent, delivered_on=None, country="FR") == (sent, False)
    assert receipt_date("web-form", sent, delivered_on=None, country="FR") == (sent, False)


def test_post_uses_the_delivery_date_once_known():
    got = receipt_date("post", date(2026, 4, 1), delivered_on=date(2026, 4, 2), country="FR")
    assert got == (date(2026, 4, 2), False)
    ack = receipt_date(
        "registered-post", date(2026, 4, 1), delivered_on=date(2026, 4, 7), country="DE"
    )
    assert ack == (date(2026, 4, 7), False)


def test_post_without_delivery_date_is_an_estimate_of_three_working_days():
    # Sent Thu 8 Jan 2026 (FR): Fri 9, Mon 12, Tue 13.
    assert receipt_date("post", date(2026, 1, 8), delivered_on=None, country="FR") == (
        date(2026, 1, 13),
        True,
    )
    # Sent Good Friday 3 Apr 2026 (DE): weekend and Easter Monday skipped -> Tue 7, Wed 8, Thu 9.
    assert receipt_date("registered-post", date(2026, 4, 3), delivered_on=None, country="DE") == (
        date(2026, 4, 9),
        True,
    )


def test_receipt_refuses_unknown_channel_and_delivery_before_sending():
    with pytest.raises(InvalidInput, match="fax"):
        receipt_date("fax", date(2026, 1, 8), delivered_on=None, country="FR")
    with pytest.raises(InvalidInput, match="delivery date"):
        receipt_date("post", date(2026, 1, 8), delivered_on=date(2026, 1, 7), country="FR")


def test_reminder_gives_fourteen_days_then_next_working_day():
    # Mon 5 Jan 2026 + 14 days = Mon 19 Jan 2026.
    assert reminder_due(date(2026, 1, 5), "FR") == date(2026, 1, 19)
    # Mon 23 Mar 2026 + 14 = Mon 6 Apr 2026, Easter Monday -> Tue 7 Apr.
    assert reminder_due(date(2026, 3, 23), "FR") == date(2026, 4, 7)


def test_extension_is_late_only_after_the_first_month():
    # Received 6 Mar 2026 (FR): the first month ends Tue 7 Apr (Easter Monday shift).
    assert not extension_is_late(date(2026, 3, 6), date(2026, 3, 20), "FR")
    assert not extension_is_late(date(2026, 3, 6), date(2026, 4, 7), "FR")
    assert extension_is_late(date(2026, 3, 6), date(2026, 4, 8), "FR")
    with pytest.raises(InvalidInput):
        extension_is_late(date(2026, 3, 6), date(2026, 3, 5), "FR")


# ---------------------------------------------------------------- properties

_REGIONS = [(c, None) for c in sorted(SUPPORTED_COUNTRIES)] + [
    ("DE", "BY"), ("DE", "SN"), ("FR", "57"), ("GB", "SCT"), ("GB", "NIR"),
    ("CH", "ZH"), ("CH", "TI"), ("ES", "CT"), ("AT", "9"), ("IT", "BZ"),
]
_regions = st.sampled_from(_REGIONS)
_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))


def _oracle_working(day: date, country: str, subdivision: str | None) -> bool:
    # Independent of the module's cache: ask the holidays package directly.
    if country == "GB" and subdivision is None:
        subdivision = "ENG"
    return day.weekday() < 5 and day not in holidays.country_holidays(
        country, subdiv=subdivision, years=day.year
    )


@settings(max_examples=150, deadline=None)
@given(received=_days, region=_regions)
def test_due_is_the_first_working_day_from_one_month_after_receipt(received, region):
    country, subdivision = region
    due = response_due(received, country, subdivision=subdivision)
    one_month = add_months(received, 1)
    assert due >= one_month > received
    assert due < one_month + timedelta(days=10)
    assert _oracle_working(due, country, subdivision)
    # Never shifted further than needed: every day skipped is a non-working day.
    skipped = (one_month + timedelta(days=n) for n in range((due - one_month).days))
    assert not any(_oracle_working(day, country, subdivision) for day in skipped)


@settings(max_examples=100, deadline=None)
@given(received=_days, region=_regions)
def test_extended_is_never_before_normal(received, region):
    country, subdivision = region
    normal = response_due(received, country, subdivision=subdivision)
    extended = response_due(received, country, extended=True, subdivision=subdivision)
    assert extended >= normal
    assert extended >= add_months(received, 3)
    assert is_working_day(extended, country, subdivision)


@settings(max_examples=200, deadline=None)
@given(day=_days, months=st.integers(min_value=-24, max_value=36))
def test_add_months_keeps_the_date_or_takes_the_last_day(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day == day.day or (result.day < day.day and (result + timedelta(days=1)).day == 1)
