"""A request's life: sent, delivered, acknowledged, extended, answered... and its deadline.

Status follows from the events; the deadline is counted by ``vault.law.deadlines`` from the
controller's receipt of the request (GDPR art. 12(3), Regulation 1182/71). Overdue is
derived from the due date, never stored.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from vault.cases import uk_clock
from vault.cases.letter_store import freeze_current_letter, letters_of
from vault.cases.requests import Request, chain, get_request, get_request_in
from vault.errors import InvalidInput
from vault.law import deadlines, uk_deadlines
from vault.letters import rendering as letters
from vault.organisations.controllers import Controller, get_controller
from vault.storage.records import from_row, now_iso
from vault.validation import clean_text, parse_date

CHANNELS = deadlines.CHANNELS
EVENT_KINDS = ("delivered", "acknowledged", "id-requested", "id-provided", "extended", "answered",
               "partly-answered", "refused", "closed", "fee-paid", "clarification-requested",
               "clarification-provided", "not-delivered")
# Events recorded by the app itself, not typed by the person.
SYSTEM_EVENT_KINDS = ("sent", "reminder-sent", "complaint-filed", "reply-sent")
_STATUS_OF_EVENT = {"acknowledged": "acknowledged", "id-requested": "id-requested",
                    "id-provided": "id-provided", "extended": "extended", "answered": "answered",
                    "partly-answered": "partly-answered", "refused": "refused", "closed": "closed",
                    "reminder-sent": "reminder-sent", "complaint-filed": "complaint-filed",
                    # A request that never arrived starts no clock: GDPR art. 12(3), "within one month
                    # of receipt of the request" (docs/law-sources.md §2.2). It is a draft again, to be
                    # sent another way (post), which marks it sent anew.
                    "not-delivered": "draft"}
_ANSWERS = ("answered", "partly-answered", "refused")
LATE_EXTENSION = "late"


@dataclass
class Event:
    """One step in a request's history."""

    id: int
    request_id: int
    kind: str
    on_date: str
    note: str = ""
    flag: str = ""
    created_at: str = ""


def deadline_region(controller: Controller) -> tuple[str, str | None] | None:
    """(country, subdivision) whose calendar counts, or None when no holiday calendar applies."""
    if not controller.country or controller.country not in deadlines.SUPPORTED_COUNTRIES:
        return None
    if controller.region:
        try:
            return deadlines.check_region(controller.country, controller.region)
        except InvalidInput:
            pass  # a region the holiday calendar does not know: count the national holidays
    return controller.country, None


def _weekends_only(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def due_date(received: date, controller: Controller, *, extended: bool = False) -> date:
    """The controller's deadline; outside EU/EEA, UK and CH only weekends move it."""
    region = deadline_region(controller)
    if region is None:
        return _weekends_only(deadlines.add_months(received, 3 if extended else 1))
    return deadlines.response_due(received, region[0], extended=extended, subdivision=region[1])


def _receipt(channel: str, sent_on: date, delivered_on: date | None, controller: Controller) -> tuple[date, bool]:
    region = deadline_region(controller) or ("FR", None)  # any calendar: only the weekday rule differs
    return deadlines.receipt_date(channel, sent_on, delivered_on=delivered_on, country=region[0],
                                  subdivision=region[1])


def reminder_period_end(letter_date: date, controller: Controller) -> date:
    """The last day of the 14 days a reminder dated ``letter_date`` gives: the date it names."""
    region = deadline_region(controller)
    if region is None:
        return _weekends_only(letter_date + timedelta(days=deadlines.REMINDER_DAYS))
    return deadlines.reminder_due(letter_date, region[0], region[1])


def _follow_up_due(request: Request, sent_on: date, controller: Controller) -> date | None:
    if request.right == "complaint":
        return None  # the authority's pace is its own
    region = deadline_region(controller)
    if region is None:
        return _weekends_only(sent_on + timedelta(days=deadlines.REMINDER_DAYS))
    return deadlines.reminder_due(sent_on, region[0], region[1])


def mark_sent(vault: Any, request_id: int, *, on: str | date, channel: str,
              delivered_on: str | date | None = None, today: date | None = None, note: str = "",
              evidence: Sequence[tuple[str, str, bytes]] = ()) -> Request:
    """Record that the letter went out: freeze it, set the receipt date and the deadline.

    ``note`` is added to the sent event (a tracking number, a Message-ID); ``evidence`` files
    (name, MIME type, bytes), such as the exact e-mail sent, are stored with it.
    """
    from vault.storage.attachments import store_attachment

    today = today or date.today()
    request = get_request(vault, request_id)
    if request.status != "draft":
        raise InvalidInput("This request was already marked sent.")
    if channel not in CHANNELS:
        raise InvalidInput(f"The channel is one of {', '.join(CHANNELS)}.")
    sent = parse_date(on, "sending date", allow_future=False, today=today)
    delivered = parse_date(delivered_on, "delivery date", allow_future=False, today=today)
    root = None
    if request.follow_up_of is not None:
        original = get_request(vault, request.follow_up_of)
        root = chain(vault, original.id)[0]
        if original.sent_on and sent < date.fromisoformat(original.sent_on):
            raise InvalidInput("A follow-up cannot be sent before the request it follows.")
    controller = get_controller(vault, request.controller_id)
    received, estimate = _receipt(channel, sent, delivered, controller)
    if request.right == "reminder":
        # The reminder names the last day of its period counted from its own date, the sending day.
        due = reminder_period_end(sent, controller)
    elif request.right == "complaint" or request.right.startswith("obstacle_"):
        due = _follow_up_due(request, received, controller)
    else:
        due = due_date(received, controller)
    with vault.transaction() as connection:
        connection.execute(
            "UPDATE request SET status = 'sent', channel = ?, sent_on = ?, received_on = ?, "
            "received_is_estimate = ?, due_on = ? WHERE id = ?",
            (channel, sent.isoformat(), received.isoformat(), int(estimate),
             due.isoformat() if due else None, request_id))
        freeze_current_letter(vault, connection, request_id, sent)
        extra = clean_text(note, "note", max_length=2_000)
        sent_event = _insert_event(connection, request_id, "sent", sent,
                                   f"channel: {channel}" + (f"; {extra}" if extra else ""))
        for name, mime_type, data in evidence:
            connection.execute("INSERT INTO event_attachment (event_id, attachment_id) VALUES (?, ?)",
                               (sent_event, store_attachment(connection, name, data, mime_type)))
        if delivered and channel in ("post", "registered-post"):
            _insert_event(connection, request_id, "delivered", delivered, "")
        if root is not None:
            # The case's first request carries the markers, so its status tells where the case stands.
            marker = {"reminder": "reminder-sent", "complaint": "complaint-filed"}.get(request.right, "reply-sent")
            _insert_event(connection, root.id, marker, sent, f"request {request_id}")
            _refresh_status(connection, root.id)
        return get_request_in(connection, request_id)


def _insert_event(connection: Any, request_id: int, kind: str, on: date, note: str, flag: str = "") -> int:
    cursor = connection.execute(
        "INSERT INTO event (request_id, kind, on_date, note, flag, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (request_id, kind, on.isoformat(), note, flag, now_iso()))
    return int(cursor.lastrowid)


def status_from_events(events: list[Event]) -> str:
    """The status a history leads to: the latest event that changes status wins, answers over markers."""
    status = "draft"
    for event in sorted(events, key=lambda e: (e.on_date, e.id)):
        if event.kind == "sent":
            status = "sent"
        elif event.kind == "extended" and event.flag == LATE_EXTENSION:
            continue  # a late extension does not change where the request stands
        elif event.kind in ("reminder-sent", "complaint-filed") and status in _ANSWERS + ("closed",):
            continue
        elif event.kind in _STATUS_OF_EVENT:
            status = _STATUS_OF_EVENT[event.kind]
    return status


def _refresh_status(connection: Any, request_id: int) -> None:
    rows = connection.execute("SELECT * FROM event WHERE request_id = ?", (request_id,)).fetchall()
    status = status_from_events([from_row(Event, row) for row in rows])
    closed = connection.execute("SELECT max(on_date) FROM event WHERE request_id = ? AND kind = 'closed'",
                                (request_id,)).fetchone()[0]
    connection.execute("UPDATE request SET status = ?, closed_on = ? WHERE id = ?", (status, closed, request_id))


def add_event(vault: Any, request_id: int, kind: str, *, on: str | date, note: str = "",
              attachments: list[tuple[str, Any]] | None = None, today: date | None = None) -> int:
    """Record what happened to a request; refuses what makes no sense (answered before sent...).

    ``attachments``: (name, bytes), or (name, path) for a large file streamed in chunks.
    """
    from vault.storage.attachments import store_attachment

    today = today or date.today()
    if kind not in EVENT_KINDS:
        raise InvalidInput(f"The event is one of {', '.join(EVENT_KINDS)}.")
    request = get_request(vault, request_id)
    day = parse_date(on, "event date", allow_future=False, today=today)
    note = clean_text(note, "note", max_length=20_000)
    if request.sent_on is None:
        raise InvalidInput("Mark the request as sent before recording what happened to it.")
    if day < date.fromisoformat(request.sent_on):
        raise InvalidInput(f"The request was sent on {request.sent_on}; nothing can happen to it before.")
    if kind == "closed" and request.status == "closed":
        raise InvalidInput("This request is already closed.")
    controller = get_controller(vault, request.controller_id)
    updates: dict[str, Any] = {}
    flag = ""
    if kind == "delivered":
        if request.channel not in ("post", "registered-post"):
            raise InvalidInput("Only a letter sent by post has a delivery date; e-mail and web forms arrive the day sent.")
        updates = {"received_on": day.isoformat(), "received_is_estimate": 0,
                   "due_on": due_date(day, controller).isoformat()}
        if request.extended_due_on:
            updates["extended_due_on"] = due_date(day, controller, extended=True).isoformat()
    elif kind in uk_clock.CLOCK_EVENTS and uk_deadlines.applies(controller.country, request.received_on):
        # UK GDPR Art. 12A(2) and (5): identity information, a fee or a clarification moves the clock.
        received = date.fromisoformat(request.received_on or request.sent_on)
        region = deadline_region(controller)
        subdivision = region[1] if region else None
        history = [(e.kind, date.fromisoformat(e.on_date)) for e in events_of(vault, request_id)] + [(kind, day)]
        updates = {"due_on": uk_clock.uk_due(received, history, right=request.right,
                                             subdivision=subdivision).isoformat()}
        if request.extended_due_on:
            updates["extended_due_on"] = uk_clock.uk_due(received, history, right=request.right, extended=True,
                                                         subdivision=subdivision).isoformat()
    elif kind == "not-delivered":
        if request.status not in ("sent", "acknowledged"):
            raise InvalidInput("Only a request waiting for its first answer can be recorded as not delivered.")
        updates = {"received_on": None, "received_is_estimate": 0, "due_on": None, "extended_due_on": None}
    elif kind == "extended":
        received = date.fromisoformat(request.received_on or request.sent_on)
        region = deadline_region(controller) or ("FR", None)
        if uk_deadlines.applies(controller.country, request.received_on):
            # UK GDPR Art. 12A(3)-(4): three months from the relevant time, notified within the first month.
            history = [(e.kind, date.fromisoformat(e.on_date)) for e in events_of(vault, request_id)]
            late = uk_clock.uk_extension_late(received, day, history, right=request.right)
            extended_due = uk_clock.uk_due(received, history, right=request.right, extended=True,
                                           subdivision=region[1])
        else:
            late = deadlines.extension_is_late(received, day, region[0], region[1])
            extended_due = due_date(received, controller, extended=True)
        if late:
            flag = LATE_EXTENSION  # kept in the history; the original deadline stands
        else:
            updates = {"extended_due_on": extended_due.isoformat()}
    with vault.transaction() as connection:
        event_id = _insert_event(connection, request_id, kind, day, note, flag)
        for name, data in attachments or []:
            attachment_id = store_attachment(connection, name, data)
            connection.execute("INSERT INTO event_attachment (event_id, attachment_id) VALUES (?, ?)",
                               (event_id, attachment_id))
        if updates:
            assignments = ", ".join(f"{column} = ?" for column in updates)
            connection.execute(f"UPDATE request SET {assignments} WHERE id = ?", (*updates.values(), request_id))
        _refresh_status(connection, request_id)
    return event_id


def events_of(vault: Any, request_id: int) -> list[Event]:
    """A request's history in date order."""
    rows = vault.query("SELECT * FROM event WHERE request_id = ? ORDER BY on_date, id", (request_id,))
    return [from_row(Event, row) for row in rows]


def event_attachments(vault: Any, event_id: int) -> list[tuple[int, str, int]]:
    """(attachment id, name, size) of the files kept with an event."""
    rows = vault.query("SELECT a.id, a.name, a.size FROM event_attachment ea JOIN attachment a ON a.id = ea.attachment_id "
                       "WHERE ea.event_id = ? ORDER BY a.id", (event_id,))
    return [(row[0], row[1], row[2]) for row in rows]


_EVENT_WORDS = {
    "en": {"sent": "Request sent", "delivered": "Delivered to the controller",
           "acknowledged": "Receipt acknowledged by the controller",
           "id-requested": "Controller asked for identification", "id-provided": "Identification provided",
           "extended": "Controller extended the deadline", "answered": "Controller answered",
           "partly-answered": "Controller answered in part", "refused": "Controller refused",
           "closed": "Case closed", "reminder-sent": "Reminder sent", "complaint-filed": "Complaint filed",
           "reply-sent": "Reply sent to the controller", "fee-paid": "Fee paid",
           "clarification-requested": "Controller asked which information the request concerns",
           "clarification-provided": "Clarification provided",
           "not-delivered": "Not delivered (returned to sender)",
           "late": " (too late: after the first month)", "due": "; answer due by {due}"},
    "fr": {"sent": "Demande envoyée", "delivered": "Remise au responsable du traitement",
           "acknowledged": "Accusé de réception du responsable du traitement",
           "id-requested": "Le responsable du traitement demande une pièce d'identité",
           "id-provided": "Justificatif d'identité fourni",
           "extended": "Le responsable du traitement prolonge le délai", "answered": "Réponse reçue",
           "partly-answered": "Réponse partielle reçue", "refused": "Refus du responsable du traitement",
           "closed": "Dossier clos", "reminder-sent": "Relance envoyée", "complaint-filed": "Plainte déposée",
           "reply-sent": "Réponse envoyée au responsable du traitement", "fee-paid": "Frais payés",
           "clarification-requested": "Le responsable du traitement demande des précisions sur la demande",
           "clarification-provided": "Précisions fournies",
           "not-delivered": "Non distribuée (retournée à l'expéditeur)",
           "late": " (trop tard : après le premier mois)", "due": " ; réponse due le {due}"},
    "de": {"sent": "Antrag versandt", "delivered": "Beim Verantwortlichen eingegangen",
           "acknowledged": "Eingangsbestätigung des Verantwortlichen",
           "id-requested": "Verantwortlicher verlangt einen Identitätsnachweis",
           "id-provided": "Identitätsnachweis erbracht", "extended": "Verantwortlicher verlängert die Frist",
           "answered": "Antwort erhalten", "partly-answered": "Teilweise Antwort erhalten",
           "refused": "Verantwortlicher lehnt ab", "closed": "Vorgang abgeschlossen",
           "reminder-sent": "Erinnerung versandt", "complaint-filed": "Beschwerde eingereicht",
           "reply-sent": "Antwort an den Verantwortlichen versandt", "fee-paid": "Gebühr bezahlt",
           "clarification-requested": "Verantwortlicher bittet um Präzisierung des Antrags",
           "clarification-provided": "Präzisierung übermittelt",
           "not-delivered": "Nicht zugestellt (an den Absender zurück)",
           "late": " (verspätet: nach dem ersten Monat)", "due": "; Antwort fällig am {due}"},
}


def case_chronology(vault: Any, root_id: int, lang: str = "en") -> tuple[list[tuple[date, str]], list[str]]:
    """The whole case (the request and its follow-ups): dated events, and the letters sent as annexes."""
    from vault.cases.requests import follow_ups

    chronology: list[tuple[date, str]] = []
    annexes: list[str] = []
    pending = [get_request(vault, root_id)]
    while pending:
        request = pending.pop(0)
        for event in events_of(vault, request.id):
            if event.kind == "sent" and request.id != root_id:
                continue  # the follow-up shows as a marker on its original
            words = _EVENT_WORDS.get(lang, _EVENT_WORDS["en"])
            text = words.get(event.kind, event.kind)
            if event.kind == "extended" and event.flag == LATE_EXTENSION:
                text += words["late"]
            if event.kind == "sent" and request.due_on:
                text += words["due"].format(due=letters.format_date(date.fromisoformat(request.effective_due), lang))
            if event.note and event.kind not in ("sent",) and not event.note.startswith("request "):
                text += f": {event.note}"
            chronology.append((date.fromisoformat(event.on_date), text))
        for letter in letters_of(vault, request.id):
            if letter.frozen and request.sent_on:
                annexes.append(f"{letters.format_date(date.fromisoformat(request.sent_on), lang)}: "
                               f"{letter.document.subject}")
        pending.extend(follow_ups(vault, request.id))
    chronology.sort(key=lambda item: item[0])
    return chronology, annexes
