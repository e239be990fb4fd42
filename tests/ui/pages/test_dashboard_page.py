"""The dashboard: sections with counts, one-click next steps (a reminder, sent from here), the tray."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.request_helpers import FakeTray, make_context, new_request, people, when_modal
from ui.dialogs.letter import LetterDialog
from ui.dialogs.sent import SentDialog
from ui.pages.dashboard import DashboardPage
from ui.wizard.request_wizard import RequestWizard
from vault.cases.lifecycle import add_event
from vault.cases.requests import follow_ups, get_request
from vault.organisations.controllers import add_controller, add_retention_period
from vault.people.relationships import add_relationship

TODAY = date.today()


@pytest.fixture
def tray() -> FakeTray:
    return FakeTray()


@pytest.fixture
def context(vault, tmp_path: Path, tray):
    return make_context(vault, tmp_path, tray)


@pytest.fixture
def case(vault):
    """One request in each section, and a retention period run out at another controller."""
    who = people(vault)
    globex = add_controller(vault, name="Globex <i>GmbH</i>", country="DE", emails=["dsb@globex.example"])
    who.overdue = new_request(vault, who.jane, who.acme, sent_on=TODAY - timedelta(days=75))
    who.soon = new_request(vault, who.jane, globex, "erasure", sent_on=TODAY - timedelta(days=27))
    who.posted = new_request(vault, who.jane, globex, "portability", sent_on=TODAY - timedelta(days=1),
                             channel="post")
    who.draft = new_request(vault, who.jane, globex, "objection")
    who.answered = new_request(vault, who.jane, globex, "rectification", sent_on=TODAY - timedelta(days=10))
    add_event(vault, who.answered, "answered", on=TODAY)
    old = add_controller(vault, name="Old Bank", country="FR", emails=["dpo@oldbank.example"])
    add_retention_period(vault, old, "account data", 12)
    add_relationship(vault, who.jane, old, ended=TODAY - timedelta(days=800))
    return who


def make_page(qtbot, context) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitUntil(lambda: "overdue" in page.sections)  # read in the background
    return page


def test_sections_show_their_counts_and_next_steps(qtbot, vault, context, case):
    page = make_page(qtbot, context)
    titles = {key: box.title() for key, box in page.sections.items()}
    assert titles == {"overdue": "Overdue (1)", "due_soon": "Due within 7 days (1)",
                      "waiting": "Waiting for delivery (1)", "drafts": "Drafts (1)",
                      "answered": "Answered this month (1)", "retention": "Retention period passed (1)"}
    buttons = {key: [b.text() for b in found] for key, found in page.step_buttons.items()}
    assert buttons == {"overdue": ["Send reminder"], "due_soon": ["Open"], "waiting": ["Record delivery"],
                       "drafts": ["Open"], "answered": ["Open"], "retention": ["Ask for erasure"]}
    labels = page.sections["due_soon"].findChildren(QLabel)
    assert "Globex <i>GmbH</i>" in [label.text() for label in labels]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels if "Globex" in label.text())


def test_the_tray_hears_counts_and_names_at_unlock_and_when_more_fall_due(qtbot, vault, context, case, tray):
    page = make_page(qtbot, context)
    assert tray.calls == [(1, ["ACME SAS"])]
    with qtbot.waitSignal(page.refreshed):
        page.refresh()
    assert len(tray.calls) == 1  # nothing new
    late = new_request(vault, case.jane, case.acme, "erasure", sent_on=TODAY - timedelta(days=70))
    context.events.changed.emit("request")
    qtbot.waitUntil(lambda: len(tray.calls) == 2)
    assert tray.calls[1] == (1, ["ACME SAS"])
    assert page.sections["overdue"].title() == "Overdue (2)"
    assert late


def test_send_a_reminder_from_the_dashboard(qtbot, vault, context, case):
    page = make_page(qtbot, context)
    seen: list = []

    def in_letter(dialog: LetterDialog) -> None:
        assert dialog.kind.text() == "Reminder"
        assert "ACME SAS" in dialog.editor.header.text()

        def in_sent(sent: SentDialog) -> None:
            assert sent.sent_form.channel_code() == "email"
            sent._save()

        when_modal(SentDialog, in_sent, seen)
        dialog.sent_button.click()
        dialog.reject()

    when_modal(LetterDialog, in_letter, seen)
    page.step_buttons["overdue"][0].click()
    assert seen == [LetterDialog, SentDialog]
    reminders = follow_ups(vault, case.overdue)
    assert [r.right for r in reminders] == ["reminder"] and reminders[0].status == "sent"
    assert get_request(vault, case.overdue).status == "reminder-sent"
    qtbot.waitUntil(lambda: page.step_buttons["overdue"] and page.step_buttons["overdue"][0].text() == "Open")


def test_retention_button_opens_the_wizard_with_the_choices_made(qtbot, vault, context, case):
    page = make_page(qtbot, context)
    seen: list = []

    def look(wizard: RequestWizard) -> None:
        assert wizard.choice["right"] == "erasure" and wizard.choice["identity_id"] == case.jane
        assert wizard.pages["controller"].results.currentItem().text() == "Old Bank (France)"

    when_modal(RequestWizard, look, seen)
    page.step_buttons["retention"][0].click()
    assert seen == [RequestWizard]


def test_clear_forgets_everything(qtbot, vault, context, case):
    page = make_page(qtbot, context)
    page.clear()
    assert page.sections == {} and page.step_buttons == {}
    context.events.changed.emit("request")
    qtbot.wait(10)
    assert page.sections == {}
