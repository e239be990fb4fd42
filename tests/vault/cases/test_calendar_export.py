"""The .ics export: one all-day event per deadline, stable UID, alarm the day before."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from icalendar import Calendar

from vault.cases.calendar import CalendarDeadline, deadlines_to_ics

STAMP = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)
ITEMS = [
    CalendarDeadline(7, "Answer due: access request", date(2026, 4, 7), "Request #7"),
    CalendarDeadline(3, "Answer due: erasure", date(2026, 2, 2), ""),
]


def _events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


def test_one_all_day_event_per_deadline_in_date_order():
    events = _events(deadlines_to_ics(ITEMS, stamp=STAMP))
    assert [e["DTSTART"].dt for e in events] == [date(2026, 2, 2), date(2026, 4, 7)]
    first = events[0]
    # A DATE, not a DATETIME: the event is all day, ending (exclusively) the next day.
    assert type(first["DTSTART"].dt) is date
    assert first["DTEND"].dt == date(2026, 2, 3)
    assert first["UID"] == "request-3@privacy-vault"
    assert first["DTSTAMP"].dt == STAMP
    assert str(first["SUMMARY"]) == "Answer due: erasure"
    assert str(events[1]["DESCRIPTION"]) == "Request #7"


def test_each_event_has_a_display_alarm_one_day_before():
    for event in _events(deadlines_to_ics(ITEMS, stamp=STAMP)):
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm["TRIGGER"].dt == timedelta(days=-1)


def test_uids_are_stable_between_exports():
    a = _events(deadlines_to_ics(ITEMS, stamp=STAMP))
    b = _events(deadlines_to_ics(list(reversed(ITEMS))))
    assert [e["UID"] for e in a] == [e["UID"] for e in b]


def test_a_moved_deadline_keeps_its_event():
    before = _events(deadlines_to_ics([CalendarDeadline(9, "Answer due", date(2026, 2, 2), "")], stamp=STAMP))
    later = STAMP + timedelta(days=20)
    extended = _events(deadlines_to_ics([CalendarDeadline(9, "Answer due", date(2026, 4, 2), "")], stamp=later))
    assert before[0]["UID"] == extended[0]["UID"]
    assert extended[0]["DTSTART"].dt == date(2026, 4, 2) and extended[0]["DTSTAMP"].dt > before[0]["DTSTAMP"].dt


def test_the_file_reveals_nothing_beyond_what_the_caller_passed():
    item = CalendarDeadline(42, "GDPR deadline", date(2026, 5, 4), "")
    data = deadlines_to_ics([item], stamp=STAMP)
    (event,) = _events(data)
    assert str(event["SUMMARY"]) == "GDPR deadline"
    assert "DESCRIPTION" not in event
    texts = {str(v) for v in event.walk("VALARM")[0].values()}
    assert texts <= {"DISPLAY", "GDPR deadline", str(event.walk("VALARM")[0]["TRIGGER"])}


def test_empty_export_is_a_valid_calendar():
    cal = Calendar.from_ical(deadlines_to_ics([], stamp=STAMP))
    assert cal.walk("VEVENT") == []
    assert str(cal["VERSION"]) == "2.0"
