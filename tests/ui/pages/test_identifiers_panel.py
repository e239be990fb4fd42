"""Identifiers on the identities page: add, copy (cleared later), alias, remove; relationships; markup literal."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import ui.pages.identifier_panel as identifier_panel
from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.dialogs.identifier import IdentifierDialog
from ui.models.dates import date_text
from ui.pages.identities import IdentitiesPage
from ui.pages.relationship_panel import RelationshipDialog
from ui.preferences import Preferences
from ui.worker import JobTracker
from vault.organisations.controllers import add_controller
from vault.people.identifiers import add_identifier, list_identifiers
from vault.people.identities import add_identity
from vault.people.relationships import list_relationships

MARKUP = "<b>x</b><img src=x>"


@pytest.fixture
def context(vault, tmp_path: Path) -> Context:
    return Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                   SecureClipboard(clear_after_ms=100), VaultEvents(), JobTracker())


@pytest.fixture
def page(qtbot, context) -> IdentitiesPage:
    page = IdentitiesPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def answer_next_box(button: QMessageBox.StandardButton) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_add_identifier_and_copy_clears_after_delay(qtbot, vault, page, monkeypatch):
    identity = add_identity(vault, label="Shopping", kind="pseudonym", emails=["shop@mail.example"])
    shop = add_controller(vault, name="Acme Shop")
    page.refresh()
    page.table.selectRow(0)
    panel = page.identifiers
    assert panel.identity_id == identity and panel.add_button.isEnabled()

    def fill(dialog: IdentifierDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("customer-number"))
        dialog.value.setText("C-0042")
        dialog.controller.set_controller(shop)
        dialog.given_on.set_value("2024-03-01")
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(IdentifierDialog, "exec", fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [saved] = list_identifiers(vault, identity_id=identity)
    assert (saved.kind, saved.value, saved.controller_id, saved.given_on) == ("customer-number", "C-0042", shop,
                                                                              "2024-03-01")
    table = panel.table.table
    assert [table.item(0, c).text() for c in range(4)] == ["Customer number", "C-0042", "Acme Shop", date_text("2024-03-01")]
    assert panel.table.selected_id() == saved.id
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "C-0042"
    assert "cleared from the clipboard in 1 second" in panel.status.text()  # this test's delay
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    assert panel.status.text() == ""  # the note went with the copied value


def test_new_alias_is_recorded_shown_and_copied(qtbot, vault, page, monkeypatch):
    identity = add_identity(vault, label="Me", emails=["me@mail.example"])
    shop = add_controller(vault, name="Acme Shop")
    page.refresh()
    page.table.selectRow(0)
    monkeypatch.setattr(identifier_panel, "pick_controller", lambda *args: shop)
    answer_next_box(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(page.identifiers.alias_button, Qt.MouseButton.LeftButton)
    [alias] = list_identifiers(vault, identity_id=identity)
    assert alias.value == "me+acme-shop@mail.example" and alias.generated and alias.controller_id == shop
    assert QGuiApplication.clipboard().text() == alias.value
    assert page.identifiers.table.table.item(0, 0).text() == "E-mail alias"
    assert alias.value in page.identifiers.status.text()


def test_remove_asks_and_markup_is_literal(qtbot, vault, page):
    identity = add_identity(vault, label=MARKUP)
    controller = add_controller(vault, name=MARKUP)
    add_identifier(vault, identity, "username", MARKUP, controller_id=controller, note=MARKUP)
    page.refresh()
    page.table.selectRow(0)
    assert page.detail.title.text() == MARKUP
    table = page.identifiers.table.table
    assert [table.item(0, c).text() for c in (1, 2, 4)] == [MARKUP, MARKUP, MARKUP]
    table.selectRow(0)
    answer_next_box(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.identifiers.remove_button, Qt.MouseButton.LeftButton)
    assert len(list_identifiers(vault)) == 1
    answer_next_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.identifiers.remove_button, Qt.MouseButton.LeftButton)
    assert list_identifiers(vault) == [] and table.rowCount() == 0


def test_relationship_added_from_the_identity(qtbot, vault, page, monkeypatch):
    identity = add_identity(vault, label="Me")
    shop = add_controller(vault, name="Acme Shop")
    page.refresh()
    page.table.selectRow(0)

    def fill(dialog: RelationshipDialog) -> int:
        assert not dialog.identity.isEnabled() and dialog.identity.currentData() == identity
        dialog.controller.set_controller(shop)
        dialog.since.set_value("2020-01-01")
        dialog.ended.set_value("2019-01-01")
        dialog._save()
        assert "The end comes before the start" in dialog.error.text()  # said by the form, in the UI language
        dialog.ended.set_value("2023-06-30")
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(RelationshipDialog, "exec", fill)
    qtbot.mouseClick(page.relationships.add_button, Qt.MouseButton.LeftButton)
    [saved] = list_relationships(vault, identity_id=identity)
    assert (saved.controller_id, saved.since, saved.ended) == (shop, "2020-01-01", "2023-06-30")
    assert page.relationships.table.table.item(0, 0).text() == "Acme Shop"


def test_lock_clears_the_panels(qtbot, vault, page):
    identity = add_identity(vault, label="Me")
    add_identifier(vault, identity, "email", "me@mail.example")
    page.refresh()
    page.table.selectRow(0)
    assert page.identifiers.table.table.rowCount() == 1
    page.clear()
    assert page.identifiers.table.table.rowCount() == 0 and page.identifiers.identity_id is None
