"""How the app names rights, statuses, events, channels and next steps to people (translated).

``vault/`` uses stable codes (``access``, ``id-requested``, ``registered-post``); every view
shows them through these functions, so one translation serves the dashboard, the list, the
detail pane and the wizard.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.models.dates import date_text

_CONTEXT = "RequestWords"

_RIGHTS = {
    "access": QT_TRANSLATE_NOOP("RequestWords", "Access"),
    "rectification": QT_TRANSLATE_NOOP("RequestWords", "Rectification"),
    "erasure": QT_TRANSLATE_NOOP("RequestWords", "Erasure"),
    "restriction": QT_TRANSLATE_NOOP("RequestWords", "Restriction"),
    "portability": QT_TRANSLATE_NOOP("RequestWords", "Portability"),
    "objection": QT_TRANSLATE_NOOP("RequestWords", "Objection"),
    "objection_marketing": QT_TRANSLATE_NOOP("RequestWords", "Objection to direct marketing"),
    "automated_decision": QT_TRANSLATE_NOOP("RequestWords", "Automated decision"),
    "withdraw_consent": QT_TRANSLATE_NOOP("RequestWords", "Withdrawal of consent"),
    "post_mortem": QT_TRANSLATE_NOOP("RequestWords", "Directives after death"),
    "reminder": QT_TRANSLATE_NOOP("RequestWords", "Reminder"),
    "complaint": QT_TRANSLATE_NOOP("RequestWords", "Complaint"),
    "obstacle_id_demand": QT_TRANSLATE_NOOP("RequestWords", "Reply: identification demanded"),
    "obstacle_excessive_or_fee": QT_TRANSLATE_NOOP("RequestWords", "Reply: excessive or fee"),
    "obstacle_language_or_partial": QT_TRANSLATE_NOOP("RequestWords", "Reply: other language or partial"),
    "obstacle_channel_or_form": QT_TRANSLATE_NOOP("RequestWords", "Reply: other channel or form"),
    "obstacle_no_data": QT_TRANSLATE_NOOP("RequestWords", "Reply: “no data” disputed"),
    "obstacle_forwarded_no_answer": QT_TRANSLATE_NOOP("RequestWords", "Reply: forwarded, no answer"),
}
_EXPLANATIONS = {
    "access": QT_TRANSLATE_NOOP("RequestWords", "Get a copy of your data and learn how it is used (Art. 15)."),
    "rectification": QT_TRANSLATE_NOOP("RequestWords", "Have wrong or incomplete data corrected (Art. 16)."),
    "erasure": QT_TRANSLATE_NOOP("RequestWords", "Have your data deleted and its recipients told (Art. 17, 19)."),
    "restriction": QT_TRANSLATE_NOOP(
        "RequestWords", "Have your data kept but no longer used while a dispute lasts (Art. 18)."),
    "portability": QT_TRANSLATE_NOOP(
        "RequestWords", "Get the data you gave them in a file another service can import (Art. 20)."),
    "objection": QT_TRANSLATE_NOOP(
        "RequestWords", "Make them stop a use of your data they justify by their own interests, for a reason "
                        "of your own situation (Art. 21(1))."),
    "objection_marketing": QT_TRANSLATE_NOOP("RequestWords", "Stop direct marketing; no reason needed (Art. 21(2))."),
    "automated_decision": QT_TRANSLATE_NOOP(
        "RequestWords", "Have a person review a decision a machine made (Art. 22)."),
    "withdraw_consent": QT_TRANSLATE_NOOP("RequestWords", "Take back a consent you gave (Art. 7(3))."),
    "post_mortem": QT_TRANSLATE_NOOP("RequestWords", "Say what happens to your data after your death (France)."),
}
_PLACEHOLDERS = {
    "access": QT_TRANSLATE_NOOP("RequestWords", "Optional: anything in particular, e.g. the recordings of your calls."),
    "rectification": QT_TRANSLATE_NOOP("RequestWords", "What is wrong and what it should say, e.g. “My address is "
                                                       "3 rue des Lilas, not 3 rue des Roses.”"),
    "erasure": QT_TRANSLATE_NOOP("RequestWords", "Optional: why, e.g. “I closed my account in March.”"),
    "restriction": QT_TRANSLATE_NOOP("RequestWords", "Why, e.g. “I contest the accuracy of my data.”"),
    "portability": QT_TRANSLATE_NOOP("RequestWords", "Optional: the format you want, or who should receive the data."),
    "objection": QT_TRANSLATE_NOOP("RequestWords", "Which use of your data you object to, and why in your situation."),
    "objection_marketing": QT_TRANSLATE_NOOP("RequestWords", "Optional: which messages, e.g. newsletters and calls."),
    "automated_decision": QT_TRANSLATE_NOOP(
        "RequestWords", "Which decision, e.g. “the refusal of my credit on 3 May.”"),
    "withdraw_consent": QT_TRANSLATE_NOOP(
        "RequestWords", "Which consent, e.g. “the newsletter I subscribed to in 2021.”"),
    "post_mortem": QT_TRANSLATE_NOOP(
        "RequestWords", "Your directives, e.g. “delete my account” and who carries them out."),
}
_OBSTACLES = {
    "obstacle_id_demand": QT_TRANSLATE_NOOP(
        "RequestWords", "They ask for a copy of an ID card, or more identification than needed"),
    "obstacle_excessive_or_fee": QT_TRANSLATE_NOOP(
        "RequestWords", "They call the request excessive, or ask for a fee"),
    "obstacle_language_or_partial": QT_TRANSLATE_NOOP(
        "RequestWords", "They answered in another language, or only in part"),
    "obstacle_channel_or_form": QT_TRANSLATE_NOOP(
        "RequestWords", "They want another channel, their form, or a signature"),
    "obstacle_no_data": QT_TRANSLATE_NOOP(
        "RequestWords", "They say they hold no data, but you have evidence they do"),
    "obstacle_forwarded_no_answer": QT_TRANSLATE_NOOP(
        "RequestWords", "They forwarded your request elsewhere, and nobody answered"),
}
_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("RequestWords", "Draft"),
    "sent": QT_TRANSLATE_NOOP("RequestWords", "Sent"),
    "acknowledged": QT_TRANSLATE_NOOP("RequestWords", "Acknowledged"),
    "id-requested": QT_TRANSLATE_NOOP("RequestWords", "Identification asked"),
    "id-provided": QT_TRANSLATE_NOOP("RequestWords", "Identification provided"),
    "extended": QT_TRANSLATE_NOOP("RequestWords", "Extended"),
    "reminder-sent": QT_TRANSLATE_NOOP("RequestWords", "Reminder sent"),
    "complaint-filed": QT_TRANSLATE_NOOP("RequestWords", "Complaint filed"),
    "answered": QT_TRANSLATE_NOOP("RequestWords", "Answered"),
    "partly-answered": QT_TRANSLATE_NOOP("RequestWords", "Partly answered"),
    "refused": QT_TRANSLATE_NOOP("RequestWords", "Refused"),
    "closed": QT_TRANSLATE_NOOP("RequestWords", "Closed"),
}
_EVENTS = {
    "sent": QT_TRANSLATE_NOOP("RequestWords", "Request sent"),
    "delivered": QT_TRANSLATE_NOOP("RequestWords", "Delivered to the controller"),
    "acknowledged": QT_TRANSLATE_NOOP("RequestWords", "Receipt acknowledged"),
    "id-requested": QT_TRANSLATE_NOOP("RequestWords", "Controller asked for identification"),
    "id-provided": QT_TRANSLATE_NOOP("RequestWords", "Identification provided"),
    "extended": QT_TRANSLATE_NOOP("RequestWords", "Deadline extended by the controller"),
    "answered": QT_TRANSLATE_NOOP("RequestWords", "Controller answered"),
    "partly-answered": QT_TRANSLATE_NOOP("RequestWords", "Controller answered in part"),
    "refused": QT_TRANSLATE_NOOP("RequestWords", "Controller refused"),
    "closed": QT_TRANSLATE_NOOP("RequestWords", "Case closed"),
    "reminder-sent": QT_TRANSLATE_NOOP("RequestWords", "Reminder sent"),
    "complaint-filed": QT_TRANSLATE_NOOP("RequestWords", "Complaint filed"),
    "reply-sent": QT_TRANSLATE_NOOP("RequestWords", "Reply sent to the controller"),
    "fee-paid": QT_TRANSLATE_NOOP("RequestWords", "Fee paid"),
    "clarification-requested": QT_TRANSLATE_NOOP("RequestWords", "Controller asked what the request concerns"),
    "clarification-provided": QT_TRANSLATE_NOOP("RequestWords", "Clarification provided"),
    "not-delivered": QT_TRANSLATE_NOOP("RequestWords", "Not delivered"),
}
_CHANNELS = {
    "email": QT_TRANSLATE_NOOP("RequestWords", "E-mail"),
    "web-form": QT_TRANSLATE_NOOP("RequestWords", "Web form"),
    "post": QT_TRANSLATE_NOOP("RequestWords", "Post"),
    "registered-post": QT_TRANSLATE_NOOP("RequestWords", "Registered post"),
}
_NEXT_STEPS = {
    "send-reminder": QT_TRANSLATE_NOOP("RequestWords", "Send reminder"),
    "file-complaint": QT_TRANSLATE_NOOP("RequestWords", "File complaint"),
    "record-delivery": QT_TRANSLATE_NOOP("RequestWords", "Record delivery"),
    "check-answer": QT_TRANSLATE_NOOP("RequestWords", "Check the answer"),
    None: QT_TRANSLATE_NOOP("RequestWords", "Open"),
}
_HOWS = {  # vault.people.consents.HOWS: suggestions stored in English, shown in the UI language
    "web form": QT_TRANSLATE_NOOP("RequestWords", "web form"),
    "checkbox": QT_TRANSLATE_NOOP("RequestWords", "checkbox"),
    "app": QT_TRANSLATE_NOOP("RequestWords", "app"),
    "paper": QT_TRANSLATE_NOOP("RequestWords", "paper"),
    "e-mail": QT_TRANSLATE_NOOP("RequestWords", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("RequestWords", "phone"),
    "in person": QT_TRANSLATE_NOOP("RequestWords", "in person"),
}
_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("RequestWords", "English"),
    "fr": QT_TRANSLATE_NOOP("RequestWords", "French"),
    "de": QT_TRANSLATE_NOOP("RequestWords", "German"),
}


def _word(table: dict, code: str | None) -> str:
    source = table.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else (code or "")


def right_name(right: str) -> str:
    """"Access", "Reminder", "Reply: excessive or fee"..."""
    return _word(_RIGHTS, right)


def right_explanation(right: str) -> str:
    """One line saying what the right gets the person."""
    return _word(_EXPLANATIONS, right)


def details_placeholder(right: str) -> str:
    """What to type in the details box for this right."""
    return _word(_PLACEHOLDERS, right)


def obstacle_situation(kind: str) -> str:
    """The situation an obstacle reply answers, as the person would describe it."""
    return _word(_OBSTACLES, kind)


def status_name(status: str) -> str:
    return _word(_STATUSES, status)


def event_name(kind: str) -> str:
    return _word(_EVENTS, kind)


def channel_name(channel: str | None) -> str:
    return _word(_CHANNELS, channel)


def next_step_name(step: str | None) -> str:
    """The label of the one-click button for a next step (None: "Open")."""
    return _word(_NEXT_STEPS, step)


def language_name(code: str) -> str:
    return _word(_LANGUAGES, code)


def how_name(how: str) -> str:
    """How a consent was given, translated when it is one of the suggestions ("checkbox"), else as typed."""
    return _word(_HOWS, how)


def how_code(text: str) -> str:
    """What to store for ``text`` shown in the "How" box: the suggestion's code, or the text as typed."""
    typed = text.strip()
    return next((code for code in _HOWS if how_name(code) == typed), typed)


_CHANNEL_NOTE = re.compile(r"channel: ([a-z-]+)")
_REQUEST_NOTE = re.compile(r"request (\d+)")


def event_note_text(note: str, reference_of: Callable[[int], str] | None = None) -> str:
    """A timeline note in the UI language: the notes ``vault.cases.lifecycle`` writes itself ("channel:
    email", "request 6") are translated; what the person typed is shown as typed.

    ``reference_of`` gives a request's reference ("PV-2026-00006") from its id, when the caller can.
    """
    text = " ".join(note.split())
    if match := _CHANNEL_NOTE.fullmatch(text):
        return QCoreApplication.translate(_CONTEXT, "Sent by: %1").replace("%1", channel_name(match.group(1)))
    if match := _REQUEST_NOTE.fullmatch(text):
        number = int(match.group(1))  # the follow-up's own reference says it: the event names its kind
        return reference_of(number) if reference_of is not None else f"#{number}"
    return text


def days_left_text(days: int | None) -> str:
    """"3 days left", "due today", "5 days overdue" ("" without a deadline)."""
    if days is None:
        return ""
    if days == 0:
        return QCoreApplication.translate(_CONTEXT, "due today")
    if days > 0:
        return QCoreApplication.translate(_CONTEXT, "%n day(s) left", "", days)
    return QCoreApplication.translate(_CONTEXT, "%n day(s) overdue", "", -days)


def due_text(due_on: str | None, is_estimate: bool) -> str:
    """The deadline as shown: the locale's date, marked when it rests on an estimated postal delivery."""
    if not due_on:
        return ""
    if is_estimate:
        return QCoreApplication.translate(_CONTEXT, "%1 (estimate)").replace("%1", date_text(due_on))
    return date_text(due_on)


def today() -> date:
    """Today's date (one place, so views agree on it)."""
    return date.today()
