"""The traps a new user met on the way to a first request, each closed (issue: first request in three minutes)."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from tests.ui.request_helpers import click_button, make_context, new_request, people, when_modal_appears
from ui.dialogs.identity import IdentityDialog
from ui.models.request_list import DEADLINE_COLUMN, RequestFilter, RequestListModel, request_columns
from ui.models.urgency import OVERDUE_COLOUR
from ui.widgets.passphrase_fields import PassphraseFields
from ui.wizard.request_wizard import RequestWizard
from vault.cases.letter_store import current_letter
from vault.cases.requests import list_requests
from vault.organisations.controllers import add_controller
from vault.people.identifiers import add_identifier, list_identifiers
from vault.people.identities import add_identity


@pytest.fixture
def context(vault, tmp_path: Path):
    return make_context(vault, tmp_path)


def wizard_at_letter(qtbot, context, controller: int, identity: int | None = None) -> RequestWizard:
    wizard = RequestWizard(context, controller_id=controller, identity_id=identity)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(4):  # controller, identity, right, language → letter
        wizard.next()
    assert wizard.currentPage() is wizard.pages["letter"]
    return wizard


def test_enter_on_the_letter_page_keeps_the_edits(qtbot, vault, context):
    who = people(vault)
    wizard = wizard_at_letter(qtbot, context, who.acme)
    editor = wizard.pages["letter"].editor
    assert not editor.reset_button.autoDefault() and not editor.reset_button.isDefault()
    editor.body.setPlainText("My own words, typed with care.")
    editor.subject.setFocus()
    # Whatever Enter presses, a confirmation would default to No; answer any box with Enter too.
    when_modal_appears(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), within_ms=1500)
    qtbot.keyClick(editor.subject, Qt.Key.Key_Return)
    qtbot.keyClick(editor.subject, Qt.Key.Key_Return)
    editor.save()
    assert current_letter(vault, wizard.request_id).document.body == "My own words, typed with care."


def test_reset_confirmation_defaults_to_no(qtbot, vault, context):
    who = people(vault)
    wizard = wizard_at_letter(qtbot, context, who.acme)
    editor = wizard.pages["letter"].editor
    editor.body.setPlainText("Edited.")
    editor.save()
    seen: list[QMessageBox.StandardButton] = []
    when_modal_appears(QMessageBox, lambda box: seen.append(box.standardButton(box.defaultButton())))
    editor.reset_button.click()
    assert seen == [QMessageBox.StandardButton.No]
    assert current_letter(vault, wizard.request_id).document.body == "Edited."


def test_a_300_character_name_keeps_the_wizard_within_the_screen(qtbot, vault, context):
    acme = add_controller(vault, name="ACME SAS", country="FR")
    add_identity(vault, label="Long", name="Jean-Baptiste " * 21 + "Martin")  # 300 characters
    wizard = RequestWizard(context, controller_id=acme)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.pages["identity"]
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert wizard.pages["identity"].identity.sizeHint().width() < 600
    assert wizard.sizeHint().width() <= screen.width() and wizard.minimumSizeHint().width() <= screen.width()


def test_the_email_typed_in_the_identity_form_is_offered_as_an_identifier(qtbot, vault, context):
    acme = add_controller(vault, name="ACME SAS", country="FR")
    dialog = IdentityDialog(vault)
    qtbot.addWidget(dialog)
    dialog.label.setText("Me")
    dialog.emails.setPlainText("jane@example.org")
    identity = dialog.save()
    assert [(i.kind, i.value) for i in list_identifiers(vault, identity)] == [("email", "jane@example.org")]
    wizard = RequestWizard(context, controller_id=acme)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.pages["identity"]
    assert page.identifiers.count() == 1
    assert not page.no_identifiers.isVisibleTo(page)


def test_the_wizard_picks_the_identity_the_controller_knows(qtbot, vault, context):
    add_identity(vault, label="Aaron (first alphabetically)")
    persona = add_identity(vault, label="Shopper")
    shop = add_controller(vault, name="Shop SA", country="FR")
    add_identifier(vault, persona, "email", "shopper@mail.example", controller_id=shop)
    wizard = RequestWizard(context, controller_id=shop)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.pages["identity"].identity.currentData() == persona


def test_cancelling_after_the_draft_was_written_asks_and_can_discard(qtbot, vault, context):
    who = people(vault)
    wizard = wizard_at_letter(qtbot, context, who.acme)
    wizard.setModal(True)  # as run_request_wizard's exec() makes it
    assert len(list_requests(vault)) == 1
    when_modal_appears(QMessageBox, click_button("Discard"))
    wizard.reject()
    assert list_requests(vault) == [] and wizard.request_id is None


def test_cancelling_can_keep_the_draft(qtbot, vault, context):
    who = people(vault)
    wizard = wizard_at_letter(qtbot, context, who.acme)
    wizard.setModal(True)
    when_modal_appears(QMessageBox, click_button("Keep draft"))
    wizard.reject()
    assert [r.status for r in list_requests(vault)] == ["draft"]


def test_a_second_request_for_the_same_right_the_same_day_is_asked_about(qtbot, vault, context):
    who = people(vault)
    new_request(vault, who.jane, who.acme)
    wizard = RequestWizard(context, controller_id=who.acme)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()
    asked: list[str] = []
    when_modal_appears(QMessageBox, lambda box: (asked.append(box.text() + " | " + box.detailedText()), click_button("No")(box)))
    wizard.next()  # leaving the language page would write the request
    assert asked and "today" in asked[0]
    assert wizard.currentPage() is wizard.pages["language"] and len(list_requests(vault)) == 1


def test_the_passphrase_generator_fills_both_fields_with_six_words(qtbot):
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.generate_button.click()
    words = fields.first.text().split(" ")
    assert len(words) == 6 and all(word.isalpha() for word in words)
    assert fields.second.text() == fields.first.text() and fields.passphrase() == fields.first.text()
    assert fields.show_text.isChecked() and fields.first.echoMode() == fields.first.EchoMode.Normal
    fields.generate_button.click()
    assert fields.first.text().split(" ") != words  # random each time
    fields.clear()
    assert fields.first.echoMode() == fields.first.EchoMode.Password


def test_overdue_rows_carry_colour_weight_and_icon(qtbot, vault):
    who = people(vault)
    late = new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=60))
    new_request(vault, who.jane, add_controller(vault, name="Fresh SA", country="FR"),
                sent_on=date.today() - timedelta(days=1))
    assert request_columns()[DEADLINE_COLUMN][1] == "due_on"
    model = RequestListModel(lambda: vault, RequestFilter)
    model.refresh()
    rows = {model.record(row).id: row for row in range(model.rowCount())}
    overdue, fresh = model.index(rows[late], DEADLINE_COLUMN), model.index(1 - rows[late], DEADLINE_COLUMN)
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert model.data(overdue, Qt.ItemDataRole.FontRole).bold()
    assert not model.data(overdue, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(fresh, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(fresh, Qt.ItemDataRole.DecorationRole) is None
