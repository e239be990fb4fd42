"""The controllers page: markup shown literally, the editor's validation, retention periods, removal."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.dialogs.controller import ControllerDialog, RetentionPeriodDialog
from ui.pages.controllers import ControllersPage
from ui.preferences import Preferences
from ui.worker import JobTracker
from vault.organisations.controllers import add_controller, add_retention_period, get_controller, list_controllers

MARKUP = "<b>x</b><img src=x>"


@pytest.fixture
def context(vault, tmp_path: Path) -> Context:
    return Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                   SecureClipboard(), VaultEvents(), JobTracker())


@pytest.fixture
def page(qtbot, context: Context) -> ControllersPage:
    page = ControllersPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def test_markup_is_shown_literally(qtbot, vault, page):
    controller_id = add_controller(vault, name=MARKUP, address="<i>street</i>", dpo_email="dpo@example.org")
    add_retention_period(vault, controller_id, "<script>", 12, "<u>law</u>")
    page.refresh()
    index = page.model.index(0, 0)
    assert page.model.data(index, Qt.ItemDataRole.DisplayRole) == MARKUP
    page.table.selectRow(0)
    title = page.detail.title
    assert title.text() == MARKUP and title.textFormat() == Qt.TextFormat.PlainText
    for label in page.detail.value_labels.values():
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert page.detail.value_labels["Postal address"].text() == "<i>street</i>"
    assert page.detail.value_labels["Retention periods"].text() == "<script>: 12 month(s) (<u>law</u>)"


def test_search(qtbot, vault, page):
    add_controller(vault, name="Acme Widgets")
    add_controller(vault, name="Globex")
    page.refresh()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "glob")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 0)) == "Globex"


def test_add_shows_every_field_problem_at_once_and_marks_the_fields(qtbot, vault, context):
    dialog = ControllerDialog(vault)
    qtbot.addWidget(dialog)
    dpo = dialog._widgets["dpo_email"]
    qtbot.keyClicks(dpo, "not an address")
    dialog._save()  # no name, and a DPO address that is none: both said at once
    lines = dialog.error.text().splitlines()
    assert dialog.error.isVisibleTo(dialog)
    assert lines == ["Please correct:", "• Name: This cannot be empty.",
                     "• DPO e-mail address: “not an address” does not look like an e-mail address."]
    assert dialog._widgets["name"].property("problem") is True and dpo.property("problem") is True
    assert dialog.form.labelForField(dpo).text().startswith("⚠")
    assert dialog.result() == 0 and list_controllers(vault) == []
    qtbot.keyClicks(dialog._widgets["name"], "Acme")  # fixed: its line and its mark go at once
    assert dialog.error.text().splitlines()[1:] == [lines[2]]
    assert dialog._widgets["name"].property("problem") is False
    dpo.clear()
    assert not dialog.error.isVisibleTo(dialog)
    assert not dialog.form.labelForField(dpo).text().startswith("⚠")
    dialog.country.setCurrentIndex(dialog.country.findText("France"))
    dialog._widgets["emails"].setPlainText("a@example.org\n\nb@example.org")
    dialog._save()
    assert dialog.result() == 1
    saved = get_controller(vault, dialog.saved_id)
    assert (saved.name, saved.country, saved.emails) == ("Acme", "FR", ["a@example.org", "b@example.org"])


def test_a_web_site_typed_without_https_is_completed(qtbot, vault):
    dialog = ControllerDialog(vault)
    qtbot.addWidget(dialog)
    dialog._widgets["name"].setText("Acme")
    web = dialog._widgets["web"]
    qtbot.keyClicks(web, "acme.example/privacy")
    web.editingFinished.emit()  # leaving the field
    assert web.text() == "https://acme.example/privacy"
    qtbot.keyClicks(dialog._widgets["web_form"], "www.acme.example/gdpr")  # saved without leaving the field
    dialog._save()
    assert dialog.result() == 1, dialog.error.text()
    saved = get_controller(vault, dialog.saved_id)
    assert (saved.web, saved.web_form) == ("https://acme.example/privacy", "https://www.acme.example/gdpr")


def test_country_is_chosen_by_name_and_jargon_is_explained(qtbot, vault):
    controller_id = add_controller(vault, name="Acme", country="DE", region="BY")
    dialog = ControllerDialog(vault, get_controller(vault, controller_id))
    qtbot.addWidget(dialog)
    assert dialog.country.currentText() == "Germany" and dialog.country.code() == "DE"
    assert dialog.country.itemText(0) == "(not given)"
    names = [dialog.country.itemText(i) for i in range(1, dialog.country.count())]
    assert len(names) == len(set(names)) == 249
    assert names.index("Austria") < names.index("Belgium") < names.index("Germany") < names.index("Zimbabwe")
    for field in ("region", "dpo_name", "authority"):
        assert dialog._widgets[field].toolTip(), field
    assert "Bavaria" in dialog._widgets["region"].toolTip()
    assert "data protection officer" in dialog._widgets["dpo_name"].toolTip()
    assert "e.g. BY, 57" not in [dialog._widgets["region"].placeholderText()]
    dialog.country.setCurrentIndex(0)
    dialog._save()
    assert get_controller(vault, controller_id).country is None


def test_edit_sends_only_changed_fields(qtbot, vault):
    controller_id = add_controller(vault, name="Acme", country="DE", source="directory")
    dialog = ControllerDialog(vault, get_controller(vault, controller_id))
    qtbot.addWidget(dialog)
    dialog._widgets["dpo_email"].setText("dpo@acme.example")
    dialog._save()
    edited = get_controller(vault, controller_id)
    assert edited.dpo_email == "dpo@acme.example" and edited.edited_fields == ["dpo_email"]


def test_add_through_the_page_selects_the_new_row(qtbot, vault, page, monkeypatch):
    def fill_and_save(self):
        self._widgets["name"].setText("Initech")
        self._save()
        return self.result()

    monkeypatch.setattr(ControllerDialog, "exec", fill_and_save)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.detail.title.text() == "Initech"


def test_retention_period_dialog(qtbot, vault):
    controller_id = add_controller(vault, name="Acme")
    dialog = RetentionPeriodDialog(vault, controller_id)
    qtbot.addWidget(dialog)
    dialog._save()
    assert "What is kept: This cannot be empty." in dialog.error.text()
    dialog.what.setText("Invoices")
    dialog.months.setValue(120)
    dialog._save()
    assert dialog.result() == 1


def answer_next_question(button: QMessageBox.StandardButton) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
        assert MARKUP in box.text()
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_remove_asks_first(qtbot, vault, page):
    add_controller(vault, name=MARKUP)
    page.refresh()
    page.table.selectRow(0)
    answer_next_question(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(list_controllers(vault)) == 1
    answer_next_question(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert list_controllers(vault) == []
    assert page.model.rowCount() == 0 and page.detail.title.text() == ""


def test_copy_button_uses_the_secure_clipboard(qtbot, vault, page, context):
    add_controller(vault, name="Acme", dpo_email="dpo@acme.example")
    page.refresh()
    page.table.selectRow(0)
    from PySide6.QtWidgets import QToolButton

    buttons = [b for b in page.detail.findChildren(QToolButton) if b.accessibleName() == "Copy DPO e-mail address"]
    assert len(buttons) == 1
    buttons[0].click()
    assert QApplication.clipboard().text() == "dpo@acme.example"
    context.clipboard.clear_if_ours()
    assert QApplication.clipboard().text() == ""
