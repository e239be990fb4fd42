"""The life of a request: deadlines to the day, events, status, follow-ups and the dashboard."""
from __future__ import annotations

from datetime import date

import pytest

from vault.cases import dashboard, letter_store, lifecycle
from vault.cases.drafts import create_request
from vault.cases.follow_ups import create_follow_up, next_step
from vault.cases.requests import get_request
from vault.errors import InvalidInput
from vault.organisations.controllers import add_controller
from vault.people.identities import add_identity
from vault.storage.attachments import read_attachment


@pytest.fixture
def people(vault):
    jane = add_identity(vault, label="Me", name="Jane Martin", emails=["jane@example.org"])
    acme = add_controller(vault, name="ACME SAS", country="FR", dpo_email="dpo@acme.example")
    return vault, jane, acme


def new_request(vault, jane, controller, right="access"):
    return create_request(vault, identity_id=jane, controller_id=controller, right=right, today=date(2026, 1, 2))


def test_email_deadline_rolls_over_a_weekend(people):
    vault, jane, acme = people
    request_id = new_request(vault, jane, acme)
    # Sent Saturday 31 January 2026; one month → 28 February, a Saturday → Monday 2 March.
    request = lifecycle.mark_sent(vault, request_id, on="2026-01-31", channel="email", today=date(2026, 2, 1))
    assert (request.received_on, request.due_on, request.status) == ("2026-01-31", "2026-03-02", "sent")


def test_deadline_skips_the_first_of_may_and_the_weekend(people):
    vault, jane, acme = people
    request_id = new_request(vault, jane, acme)
    # Received 1 April 2026 → 1 May (Friday, Fête du Travail) → Sat, Sun → Monday 4 May.
    request = lifecycle.mark_sent(vault, request_id, on="2026-04-01", channel="web-form", today=date(2026, 4, 1))
    assert request.due_on == "2026-05-04"


def test_post_uses_an_estimate_until_delivery_is_recorded(people):
    vault, jane, acme = people
    request_id = new_request(vault, jane, acme)
    # Posted Monday 2 March 2026: estimated delivery three working days later, Thursday 5 March;
    # one month → Sunday 5 April → Easter Monday 6 April (public holiday) → Tuesday 7 April.
    request = lifecycle.mark_sent(vault, request_id, on="2026-03-02", channel="post", today=date(2026, 3, 2))
    assert (request.received_on, request.received_is_estimate, request.due_on) == ("2026-03-05", True, "2026-04-07")
    assert next_step(vault, request, date(2026, 3, 6)) == "record-delivery"
    # Delivered Monday 9 March → due Thursday 9 April.
    lifecycle.add_event(vault, request_id, "delivered", on="2026-03-09", today=date(2026, 3, 10))
    request = get_request(vault, request_id)
    assert (request.received_on, request.received_is_estimate, request.due_on) == ("2026-03-09", False, "2026-04-09")


def test_events_that_make_no_sense_are_refused(people):
    vault, jane, acme = people
    request_id = new_request(vault, jane, acme)
    with pytest.raises(InvalidInput, match="sent"):
        lifecycle.add_event(vault, request_id, "answered", on="2026-01-05", today=date(2026, 1, 6))
    lifecycle.mark_sent(vault, request_id, on="2026-01-05", channel="email", today=date(2026, 1, 6))
    with pytest.raises(InvalidInput, match="before"):
        lifecycle.add_event(vault, request_id, "answered", on="2026-01-04", today=date(2026, 1, 6))
    with pytest.raises(InvalidInput, match="future"):
        lifecycle.add_event(vault, request_id, "answered", on="2026-01-07", today=date(2026, 1, 6))
    with pytest.raises(InvalidInput, match="real date"):
        lifecycle.add_event(vault, request_id, "answered", on="2026-02-30", today=date(2026, 3, 6))
    with pytest.raises(InvalidInput, match="post"):
        lifecycle.add_event(vault, request_id, "delivered", on="2026-01-06", today=date(2026, 1, 6))
    assert get_request(vault, request_id).status == "sent"
    assert [e.kind for e in lifecycle.events_of(vault, request_id)] == ["sent"]


def test_extension_in_time_moves_the_deadline_and_a_late_one_does_not(people):
    vault, jane, acme = people
    in_time = new_request(vault, jane, acme)
    lifecycle.mark_sent(vault, in_time, on="2026-04-01", channel="email", today=date(2026, 4, 1))
    lifecycle.add_event(vault, in_time, "extended", on="2026-04-20", note="complex", today=date(2026, 4, 21))
    request = get_request(vault, in_time)
    # Three months from 1 April: Wednesday 1 July 2026.
    assert (request.status, request.due_on, request.extended_due_on) == ("extended", "2026-05-04", "2026-07-01")

    late = new_request(vault, jane, acme)
    lifecycle.mark_sent(vault, late, on="2026-04-01", channel="email", today=date(2026, 4, 1))
    lifecycle.add_event(vault, late, "extended", on="2026-05-10", today=date(2026, 5, 11))
    request = get_request(vault, late)
    assert (request.status, request.extended_due_on, request.effective_due) == ("sent", None, "2026-05-04")
    assert lifecycle.events_of(vault, late)[-1].flag == lifecycle.LATE_EXTENSION


def test_status_follows_events_and_attachments_are_kept(people):
    vault, jane, acme = people
    request_id = new_request(vault, jane, acme)
    lifecycle.mark_sent(vault, request_id, on="2026-01-05", channel="email", today=date(2026, 1, 5))
    lifecycle.add_event(vault, request_id, "acknowledged", on="2026-01-06", today=date(2026, 1, 7))
    assert get_request(vault, request_id).status == "acknowledged"
    export = b"name,email\nJane,jane@example.org\n"
    event_id = lifecycle.add_event(vault, request_id, "answered", on="2026-01-20", note="CSV export",
                                   attachments=[("export.csv", export)], today=date(2026, 1, 21))
    assert get_request(vault, request_id).status == "answered"
    [(attachment_id, name, size)] = lifecycle.event_attachments(vault, event_id)
    assert (name, size) == ("export.csv", len(export))
    assert read_attachment(vault, attachment_id)[1] == export
    lifecycle.add_event(vault, request_id, "closed", on="2026-01-22", today=date(2026, 1, 22))
    request = get_request(vault, request_id)
    assert (request.status, request.closed_on) == ("closed", "2026-01-22")
    assert not request.is_overdue(date(2027, 1, 1))


def test_overdue_leads_to_reminder_then_complaint(people):
    vault, jane, acme = people
    request_id = new_request(vault, jane, acme)
    lifecycle.mark_sent(vault, request_id, on="2026-01-05", channel="email", today=date(2026, 1, 5))
    request = get_request(vault, request_id)  # due Thursday 5 February 2026
    assert not request.is_overdue(date(2026, 2, 5)) and request.is_overdue(date(2026, 2, 6))
    assert next_step(vault, request, date(2026, 2, 5)) is None
    assert next_step(vault, request, date(2026, 2, 6)) == "send-reminder"

    reminder = create_follow_up(vault, request_id, "reminder", today=date(2026, 2, 6))
    text = letter_store.current_letter(vault, reminder).document.as_text()
    assert "PV-2026-" in text and "12" in text  # cites the original reference and art. 12(3)
    sent = lifecycle.mark_sent(vault, reminder, on="2026-02-06", channel="email", today=date(2026, 2, 6))
    assert sent.due_on == "2026-02-20"  # fourteen days, a Friday
    assert get_request(vault, request_id).status == "reminder-sent"
    assert next_step(vault, get_request(vault, reminder), date(2026, 2, 21)) == "file-complaint"
    assert next_step(vault, get_request(vault, request_id), date(2026, 2, 21)) is None  # one step, on the reminder

    complaint = create_follow_up(vault, reminder, "complaint", today=date(2026, 2, 21))
    document = letter_store.current_letter(vault, complaint).document
    assert "CNIL" in " ".join(document.recipient_lines) or "Commission" in " ".join(document.recipient_lines)
    assert document.lang == "fr"
    assert any("5 janvier 2026" in annex for annex in document.annexes)  # localised date
    assert "Relance envoyée" in document.body and "Demande envoyée" in document.body  # in the letter's language
    lifecycle.mark_sent(vault, complaint, on="2026-02-21", channel="web-form", today=date(2026, 2, 21))
    assert get_request(vault, request_id).status == "complaint-filed"
    chronology, annexes = lifecycle.case_chronology(vault, request_id)
    assert [d.isoformat() for d, _ in chronology] == ["2026-01-05", "2026-02-06", "2026-02-21"]
    assert len(annexes) == 3

    from vault.cases.dossier import case_dossier

    dossier = case_dossier(vault, complaint)
    assert "ACME SAS" in " ".join(dossier.title_lines) and "Jane Martin" in " ".join(dossier.title_lines)
    assert [day for day, _ in dossier.chronology] == ["5 janvier 2026", "6 février 2026", "21 février 2026"]  # localised
    assert len(dossier.letters) == 3 and dossier.lang == "fr"


def test_dashboard_queries(people):
    vault, jane, acme = people
    today = date(2026, 3, 1)
    late = new_request(vault, jane, acme)
    lifecycle.mark_sent(vault, late, on="2026-01-05", channel="email", today=today)   # due 2026-02-05
    soon = new_request(vault, jane, acme)
    lifecycle.mark_sent(vault, soon, on="2026-02-03", channel="email", today=today)   # due 2026-03-03
    posted = new_request(vault, jane, acme)
    lifecycle.mark_sent(vault, posted, on="2026-02-26", channel="post", today=today)
    answered = new_request(vault, jane, acme)
    lifecycle.mark_sent(vault, answered, on="2026-02-02", channel="email", today=today)
    lifecycle.add_event(vault, answered, "answered", on="2026-03-01", today=today)
    draft = new_request(vault, jane, acme)

    assert [r.request_id for r in dashboard.overdue(vault, today)] == [late]
    assert dashboard.overdue(vault, today)[0].days_left == -24
    assert [r.request_id for r in dashboard.due_soon(vault, today, 7)] == [soon]
    assert [r.request_id for r in dashboard.waiting_for_delivery(vault, today)] == [posted]
    assert [r.request_id for r in dashboard.drafts(vault, today)] == [draft]
    assert [r.request_id for r in dashboard.answered_this_month(vault, today)] == [answered]
    rows = dashboard.with_next_steps(vault, dashboard.open_deadlines(vault, today), today)
    assert [(r.request_id, r.next_step) for r in rows][:2] == [(late, "send-reminder"), (soon, None)]


def test_controller_outside_the_calendars_still_gets_a_deadline(vault):
    jane = add_identity(vault, label="Me", name="Jane")
    shop = add_controller(vault, name="Shop Inc.", country="US")
    request_id = create_request(vault, identity_id=jane, controller_id=shop, right="access")
    # 2 May 2026 + one month = Tuesday 2 June; only weekends move it.
    assert lifecycle.mark_sent(vault, request_id, on="2026-05-02", channel="email",
                               today=date(2026, 5, 2)).due_on == "2026-06-02"
