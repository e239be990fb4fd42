"""iCalendar (.ics) export of deadlines, one all-day event each with a reminder the day before.

The caller decides what a calendar may reveal: titles and descriptions are written exactly
as given, nothing from the vault is added.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event

PRODID = "-//privacy-vault//deadlines//EN"
# The alarm fires this long before the start of the all-day event, i.e. the day before.
ALARM_BEFORE = timedelta(days=1)


@dataclass(frozen=True)
class CalendarDeadline:
    """One deadline to put in a calendar; ``title`` and ``description`` are shown as is."""

    request_id: int
    title: str
    due_on: date
    description: str


def event_uid(item: CalendarDeadline) -> str:
    """Return the UID of the event for ``item``: one per request, the same on every export, so a
    calendar app that imports the file again updates the event (also when the deadline moved,
    after an extension or a delivery date) instead of adding a second one."""
    return f"request-{item.request_id}@privacy-vault"


def deadlines_to_ics(items: Iterable[CalendarDeadline], *, stamp: datetime | None = None) -> bytes:
    """Return an iCalendar file with one all-day VEVENT per deadline, sorted by date.

    Each event has a stable UID (``event_uid``), a DTSTAMP (``stamp``, default now, in UTC)
    and a display alarm one day before. Deadlines with the same UID are written once.
    """
    stamp = (stamp or datetime.now(timezone.utc)).astimezone(timezone.utc)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    seen: set[str] = set()
    for item in sorted(items, key=lambda d: (d.due_on, d.request_id, d.title)):
        uid = event_uid(item)
        if uid in seen:  # the same request twice would make clients reject the file
            continue
        seen.add(uid)
        cal.add_component(_event(item, uid, stamp))
    return cal.to_ical()


def _event(item: CalendarDeadline, uid: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    # All-day: DATE values, end exclusive (RFC 5545 3.6.1), so the event covers due_on only.
    event.add("dtstart", item.due_on)
    event.add("dtend", item.due_on + timedelta(days=1))
    event.add("summary", item.title)
    if item.description:
        event.add("description", item.description)
    # A deadline is not a meeting: do not show the person as busy all day.
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", item.title)  # DISPLAY alarms require a text; reuse the title
    alarm.add("trigger", -ALARM_BEFORE)
    event.add_component(alarm)
    return event
