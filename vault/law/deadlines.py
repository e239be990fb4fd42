"""Exact legal deadlines for rights requests.

GDPR art. 12(3): the controller answers within one month of receipt, extendable by two
further months (three months from receipt) if it says so, with reasons, within the first
month. Periods are counted per Regulation (EEC, Euratom) 1182/71 art. 3:

* the day of the event (receipt) is not counted;
* a period in months ends on the same date of the last month, or on that month's last day
  when the date does not exist there (31 January + 1 month = 28/29 February);
* a period in days ends on the last day counted;
* a period that ends on a Saturday, Sunday or public holiday ends on the next working day.

Public holidays come from the ``holidays`` package for the controller's country and, when
known, its region (subdivision). Without a region only country-wide holidays count, except
for GB (see ``GB_DEFAULT_SUBDIVISION``).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

import holidays

from vault.errors import InvalidInput

# EU 27 + the other EEA states (IS, LI, NO) + the United Kingdom (UK GDPR) + Switzerland.
SUPPORTED_COUNTRIES: frozenset[str] = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
    " IS LI NO GB CH".split()
)
# Codes people use that ISO 3166-1 spells otherwise: the EU writes Greece "EL".
_COUNTRY_ALIASES: dict[str, str] = {"UK": "GB", "EL": "GR"}

# The UK has no country-wide bank holiday list: each nation sets its own, and the package's
# "GB" without a region lacks even Easter Monday. England (with Wales) is where most UK
# controllers and the ICO sit, so it is the region assumed when none is given.
GB_DEFAULT_SUBDIVISION = "ENG"

# A request received by post is assumed delivered this many working days after sending,
# until the person enters the real delivery date.
POST_DELIVERY_WORKING_DAYS = 3

# A reminder gives the controller 14 days (a period in days, so the day the reminder is
# sent is not counted, and a non-working last day moves to the next working day).
REMINDER_DAYS = 14

CHANNELS: tuple[str, ...] = ("email", "web-form", "post", "registered-post")


def check_region(country: str, subdivision: str | None = None) -> tuple[str, str | None]:
    """Return the canonical (country, subdivision) codes, or raise InvalidInput.

    The country is an ISO 3166-1 alpha-2 code of an EU/EEA state, GB (or UK) or CH, in any
    case. The subdivision is a code or name the ``holidays`` package knows for that
    country ("BY" or "Bayern", "57" or "Moselle"), in any case; blank means none.
    """
    return _check_region(
        (country or "").strip().upper() if isinstance(country, str) else "",
        (subdivision or "").strip() if isinstance(subdivision, str) else "",
    )


@lru_cache(maxsize=1024)
def _check_region(country: str, subdivision: str) -> tuple[str, str | None]:
    # Cached because a dashboard checks the same few regions thousands of times.
    if not country:
        raise InvalidInput("A country is needed to compute a deadline.")
    code = _COUNTRY_ALIASES.get(country, country)
    if code not in SUPPORTED_COUNTRIES:
        raise InvalidInput(
            f"“{country}” is not a supported country: use the two-letter code of an "
            "EU or EEA country, GB or CH."
        )
    if not subdivision:
        return code, (GB_DEFAULT_SUBDIVISION if code == "GB" else None)
    known = _subdivisions(code)
    canonical = known.get(subdivision.casefold())
    if canonical is None:
        codes = sorted(set(known.values()))
        listed = ", ".join(codes) if codes else "none"
        raise InvalidInput(
            f"“{subdivision}” is not a known region of {code} (known regions: {listed})."
        )
    return code, canonical


@lru_cache(maxsize=64)
def _subdivisions(country: str) -> dict[str, str]:
    """Map each casefolded subdivision code and alias of ``country`` to its code."""
    entity = holidays.country_holidays(country)
    known = {code.casefold(): code for code in entity.subdivisions}
    for alias, code in getattr(entity, "subdivisions_aliases", {}).items():
        known.setdefault(alias.casefold(), code)
    return known


@lru_cache(maxsize=4096)
def _holiday_dates(country: str, subdivision: str | None, year: int) -> frozenset[date]:
    # A frozenset per (country, region, year): building a holidays object costs about a
    # millisecond, a set lookup nothing, and the frozen copy cannot be expanded by lookups.
    entity = holidays.country_holidays(country, subdiv=subdivision, years=year)
    return frozenset(entity.keys())


def _is_working(day: date, country: str, subdivision: str | None) -> bool:
    """Working-day test on already canonical codes."""
    return day.weekday() < 5 and day not in _holiday_dates(country, subdivision, day.year)


def _roll_forward(day: date, country: str, subdivision: str | None) -> date:
    """``day`` if it is a working day, else the next working day (codes canonical)."""
    while not _is_working(day, country, subdivision):
        day += timedelta(days=1)
    return day


def is_working_day(day: date, country: str, subdivision: str | None = None) -> bool:
    """True unless ``day`` is a Saturday, Sunday or public holiday in the given region."""
    code, region = check_region(country, subdivision)
    return _is_working(day, code, region)


def next_working_day(day: date, country: str, subdivision: str | None = None) -> date:
    """Return ``day`` itself if it is a working day, else the first working day after it.

    This is the 1182/71 art. 3(4) shift applied to the last day of a period.
    """
    code, region = check_region(country, subdivision)
    return _roll_forward(day, code, region)


def add_months(day: date, months: int) -> date:
    """Return the same date ``months`` later (or earlier, if negative), per 1182/71.

    When that date does not exist in the target month, the month's last day is returned:
    31 January + 1 month = 28 February (29 in a leap year).
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def response_due(
    received: date,
    country: str,
    *,
    extended: bool = False,
    subdivision: str | None = None,
) -> date:
    """Return the last day on which the controller may answer (GDPR art. 12(3)).

    One month from ``received`` (three when ``extended``), counted per 1182/71 art. 3 and
    moved to the next working day of the controller's ``country`` (and ``subdivision``)
    when it ends on a Saturday, Sunday or public holiday. Raises InvalidInput for an
    unsupported country or an unknown region.
    """
    code, region = check_region(country, subdivision)
    # Both periods run from receipt: the extension is not counted from the first due date.
    end = add_months(received, 3 if extended else 1)
    return _roll_forward(end, code, region)


def reminder_due(sent_on: date, country: str, subdivision: str | None = None) -> date:
    """Return the last day of the ``REMINDER_DAYS`` (14) days a reminder sent on ``sent_on``
    gives the controller, moved to the next working day like any period's end."""
    code, region = check_region(country, subdivision)
    return _roll_forward(sent_on + timedelta(days=REMINDER_DAYS), code, region)


def extension_is_late(
    received: date, announced_on: date, country: str, subdivision: str | None = None
) -> bool:
    """True when an extension announced on ``announced_on`` came after the first month.

    A late extension does not move the deadline: the one-month ``response_due`` stands.
    Raises InvalidInput when the announcement predates the receipt of the request.
    """
    if announced_on < received:
        raise InvalidInput("An extension cannot be announced before the request was received.")
    return announced_on > response_due(received, country, subdivision=subdivision)


def receipt_date(
    channel: str,
    sent_on: date,
    *,
    delivered_on: date | None,
    country: str,
    subdivision: str | None = None,
) -> tuple[date, bool]:
    """Return (day the controller received the request, whether that day is an estimate).

    ``email`` and ``web-form``: the day sent (``delivered_on`` is ignored). ``post``: the
    delivery date entered by the person; ``registered-post``: the date on the
    acknowledgement of receipt. For both postal channels, until that date is known, the
    estimate is ``POST_DELIVERY_WORKING_DAYS`` (3) working days of ``country`` after
    sending, flagged as an estimate. Raises InvalidInput for an unknown channel or a
    delivery before sending.
    """
    kind = channel.strip().lower() if isinstance(channel, str) else ""
    if kind not in CHANNELS:
        raise InvalidInput(
            f"“{channel}” is not a known way of sending a request: use one of "
            f"{', '.join(CHANNELS)}."
        )
    code, region = check_region(country, subdivision)
    if kind in ("email", "web-form"):
        return sent_on, False
    if delivered_on is not None:
        if delivered_on < sent_on:
            raise InvalidInput(
                "The delivery date cannot be earlier than the day the letter was sent."
            )
        return delivered_on, False
    day, counted = sent_on, 0
    while counted < POST_DELIVERY_WORKING_DAYS:
        day += timedelta(days=1)
        if _is_working(day, code, region):
            counted += 1
    return day, True
