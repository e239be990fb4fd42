"""The letter dialog: drafts editable and reset to the template, sent letters read-only, exports, follow-ups."""
from __future__ import annotations

import email
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from tests.ui.request_helpers import click_button, make_context, new_request, people, when_modal, when_modal_appears
from ui.dialogs.letter import LetterDialog
from ui.dialogs.request_actions import start_follow_up
from vault.cases.letter_store import current_letter
from vault.cases.requests import follow_ups, get_request


@pytest.fixture
def context(vault, tmp_path: Path):
    return make_context(vault, tmp_path)


def open_dialog(qtbot, context, request_id: int) -> LetterDialog:
    dialog = LetterDialog(context, request_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_draft_is_edited_kept_on_close_and_reset_to_the_template(qtbot, vault, context, monkeypatch):
    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme)
    dialog = open_dialog(qtbot, context, request_id)
    template_body = dialog.editor.body.toPlainText()
    assert dialog.sent_button.isVisible() and dialog.editor.reset_button.isVisible()
    dialog.editor.body.setPlainText("My own words <b>here</b>.")
    dialog.reject()  # closing keeps the edit
    assert current_letter(vault, request_id).document.body == "My own words <b>here</b>."
    dialog = open_dialog(qtbot, context, request_id)
    assert dialog.editor.body.toPlainText() == "My own words <b>here</b>."
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    dialog.editor.reset_to_template()  # asks first: the edits are lost
    assert dialog.editor.body.toPlainText() == template_body
    assert current_letter(vault, request_id).document.body == template_body


def test_an_empty_letter_is_refused_and_the_dialog_stays(qtbot, vault, context, monkeypatch):
    from ui.widgets import letter_editor

    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme)
    dialog = open_dialog(qtbot, context, request_id)
    shown: list[str] = []
    monkeypatch.setattr(letter_editor, "show_error", lambda parent, error: shown.append(str(error)))
    dialog.editor.body.setPlainText("   ")
    dialog.reject()
    assert dialog.isVisible() and shown  # nothing lost: the text is still there to fix
    dialog.editor.body.setPlainText("Fixed.")
    dialog.reject()
    assert not dialog.isVisible()


def test_a_sent_letter_is_read_only_and_exports_as_eml(qtbot, vault, context, tmp_path, monkeypatch):
    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme, sent_on=date.today())
    dialog = open_dialog(qtbot, context, request_id)
    assert dialog.editor.body.isReadOnly() and dialog.editor.subject.isReadOnly()
    assert not dialog.sent_button.isVisible() and not dialog.editor.reset_button.isVisible()
    target = tmp_path / "letter.eml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.export.buttons["eml"].click()
    message = email.message_from_bytes(target.read_bytes())
    assert message["To"].endswith("<dpo@acme.example>")
    dialog.export.buttons["copy"].click()
    assert "ACME SAS" in context.clipboard._clipboard.text()
    context.clipboard.clear_if_ours()


def test_obstacle_reply_from_the_follow_up_flow(qtbot, vault, context, monkeypatch):
    who = people(vault)
    # Sent 40 days ago: the month has passed, so a reminder may be written.
    request_id = new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=40))
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("They asked for my passport on 3 May.", True)))
    texts: list[str] = []
    when_modal(LetterDialog, lambda dialog: texts.append(dialog.editor.body.toPlainText()))
    when_modal_appears(QMessageBox, click_button("Keep draft"))
    new_id = start_follow_up(context, None, request_id, "obstacle_id_demand")
    assert [r.id for r in follow_ups(vault, request_id)] == [new_id]
    assert get_request(vault, new_id).right == "obstacle_id_demand"
    assert "passport on 3 May" in texts[0]
    # A second time, the draft is opened again rather than a new one made... for reminders:
    reminder = start_follow_up_twice(qtbot, context, request_id)
    assert [r.right for r in follow_ups(vault, request_id)].count("reminder") == 1
    assert reminder


def start_follow_up_twice(qtbot, context, request_id: int) -> int:
    when_modal(LetterDialog, lambda dialog: None)
    when_modal_appears(QMessageBox, click_button("Keep draft"))  # closed unsent: keep it for later
    first = start_follow_up(context, None, request_id, "reminder")
    when_modal(LetterDialog, lambda dialog: None)  # the same draft again: nothing new to ask about
    second = start_follow_up(context, None, request_id, "reminder")
    assert first == second
    return first


def test_the_copy_note_goes_when_the_clipboard_is_cleared(qtbot, vault, tmp_path):
    from dataclasses import replace

    from ui.clipboard import SecureClipboard

    context = replace(make_context(vault, tmp_path), clipboard=SecureClipboard(clear_after_ms=150))
    who = people(vault)
    dialog = open_dialog(qtbot, context, new_request(vault, who.jane, who.acme))
    dialog.export.buttons["copy"].click()
    assert "cleared in 1 second" in dialog.status.text()  # the real delay, not a fixed "30 seconds"
    with qtbot.waitSignal(context.clipboard.cleared, timeout=2_000):
        pass
    assert dialog.status.text() == ""
