"""Requests in a real session: the dashboard first, the journey's pages wired, locking with a letter open."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.ui.request_helpers import new_request, people
from ui.app import app_icon
from ui.dialogs.letter import LetterDialog
from ui.preferences import Preferences
from ui.session import Session
from ui.translations import Translations
from vault.storage.store import create_vault

CANARY = "Qwzx Canary-5521"


@pytest.fixture
def session(qapp, qtbot, tmp_path: Path, vault_path: Path):
    QStandardPaths.setTestModeEnabled(True)
    preferences = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    with create_vault(vault_path, PASSPHRASE) as vault:
        who = people(vault, CANARY)
        new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=80))
    translations = Translations(qapp)
    session = Session(preferences, translations, app_icon(), vault_path=vault_path, use_tray=False)
    session.start()
    qtbot.keyClicks(session.unlock_window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        qtbot.keyClick(session.unlock_window.passphrase, Qt.Key.Key_Return)
    yield session
    session.shutdown()
    translations.clear()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


def test_dashboard_comes_first_and_opens_the_request_in_the_list(qtbot, session):
    window = session.main_window
    assert window.current_page() is window.page("dashboard")
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: "overdue" in dashboard.sections)
    assert dashboard.sections["overdue"].title() == "Overdue (1)"
    dashboard._show_list(("sent",), overdue_only=True)
    requests = window.page("requests")
    assert window.current_page() is requests and requests.model.rowCount() == 1
    requests.table.selectRow(0)
    assert CANARY in requests.detail.title.text()
    assert CANARY not in window.windowTitle()


def test_locking_with_a_letter_open_clears_everything_without_errors(qtbot, session):
    window = session.main_window
    requests = window.page("requests")
    window.show_page("requests")
    requests.table.selectRow(0)
    closed: list[bool] = []

    def lock_now() -> None:
        assert isinstance(QApplication.activeModalWidget(), LetterDialog)
        session.lock()
        closed.append(True)

    QTimer.singleShot(0, lock_now)
    requests.detail.letter_button.click()  # the dialog's exec returns when the lock closes it
    assert closed == [True]
    assert session.vault is None and session.unlock_window is not None
    assert requests.model.rowCount() == 0 and requests.detail.request is None
    qtbot.wait(20)  # pending refreshes find the vault closed and do nothing
    for widget in QApplication.topLevelWidgets():
        assert CANARY not in widget.windowTitle()


def test_ctrl_l_locks_from_inside_a_modal_dialog(qtbot, session):
    window = session.main_window
    window.show_page("requests")
    requests = window.page("requests")
    requests.table.selectRow(0)

    def press_ctrl_l() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, LetterDialog)
            shortcuts = [s for s in dialog.findChildren(QShortcut) if s.key().toString() == "Ctrl+L"]
            assert len(shortcuts) == 1
            shortcuts[0].activated.emit()  # what the key does (window activation is unreliable off-screen)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, press_ctrl_l)
    requests.detail.letter_button.click()
    assert session.vault is None and session.unlock_window is not None


def test_locking_from_a_dashboard_step_dialog(qtbot, session):
    window = session.main_window
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: bool(dashboard.step_buttons.get("overdue")))
    locked: list[bool] = []

    def lock_now() -> None:
        assert isinstance(QApplication.activeModalWidget(), LetterDialog)  # the reminder's letter
        session.lock()
        locked.append(True)

    QTimer.singleShot(0, lock_now)
    dashboard.step_buttons["overdue"][0].click()
    assert locked == [True] and session.vault is None
    qtbot.wait(20)  # the old sections go once the click is over; nothing reads the closed vault
    assert dashboard.sections == {}


def test_new_request_from_the_controllers_page_starts_with_that_controller(qtbot, session):
    from ui.wizard.request_wizard import RequestWizard

    window = session.main_window
    window.show_page("controllers")
    controllers = window.page("controllers")
    controllers.table.selectRow(0)
    seen: list[str] = []

    def look() -> None:
        wizard = QApplication.activeModalWidget()
        try:
            assert isinstance(wizard, RequestWizard)
            seen.append(wizard.pages["controller"].results.currentItem().text())
        finally:
            wizard.reject()

    QTimer.singleShot(0, look)
    window.menu_actions["new_request"].trigger()
    assert seen and seen[0].startswith(CANARY)
