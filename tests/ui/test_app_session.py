"""The session: create and unlock flows, error sentences in the window, auto-lock and Ctrl+L."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSPHRASE
from ui.app import app_icon
from ui.preferences import Preferences
from ui.session import Session
from ui.translations import Translations
from vault.organisations.controllers import add_controller, list_controllers
from vault.storage.store import create_vault


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    QStandardPaths.setTestModeEnabled(True)
    return Preferences(QSettings(str(tmp_path / "privacy-vault.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_session(qapp, preferences: Preferences, vault_path: Path):
    sessions: list[Session] = []

    def make(auto_lock_ms: int | None = None) -> Session:
        session = Session(preferences, Translations(qapp), app_icon(), vault_path=vault_path,
                          auto_lock_ms=auto_lock_ms, use_tray=False)
        session.start()
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


def existing_vault(vault_path: Path) -> Path:
    create_vault(vault_path, PASSPHRASE).close()
    return vault_path


def unlock(qtbot, session: Session, passphrase: str = PASSPHRASE) -> None:
    window = session.unlock_window
    qtbot.keyClicks(window.passphrase, passphrase)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)


def test_create_flow(qtbot, make_session, vault_path: Path):
    session = make_session()
    window = session.unlock_window
    assert window.creating() and window.isVisible()
    assert window.windowTitle() == f"{vault_path.stem} (locked)"  # which vault, never its folder
    fields = window.new_passphrase
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.keyClicks(fields.second, PASSPHRASE + "x")
    assert fields.problem_label.text() == "The two passphrases are not the same."
    assert not window.create_button.isEnabled()
    qtbot.keyClick(fields.second, Qt.Key.Key_Backspace)
    assert fields.problem_label.text() == ""
    assert window.create_button.isEnabled()
    assert fields.meter.value() >= 3  # four words: strong
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert vault_path.exists()
    assert session.main_window is not None and session.main_window.isVisible()
    assert session.unlock_window is None
    assert session.main_window.windowTitle() == vault_path.stem
    offer = session.main_window.findChild(QMessageBox, "backup_offer")  # a new vault: a backup is offered
    assert offer is not None and offer.isVisible()
    offer.reject()


def test_create_refuses_a_short_passphrase(qtbot, make_session, vault_path: Path):
    session = make_session()
    window = session.unlock_window
    qtbot.keyClicks(window.new_passphrase.first, "short")
    qtbot.keyClicks(window.new_passphrase.second, "short")
    qtbot.keyClick(window.new_passphrase.second, Qt.Key.Key_Return)
    assert "at least 8 characters" in window.message.text()
    assert not vault_path.exists()


def test_unlock_flow(qtbot, make_session, vault_path: Path):
    existing_vault(vault_path)
    session = make_session()
    assert not session.unlock_window.creating()
    unlock(qtbot, session)
    assert session.vault is not None and session.main_window.isVisible()


def test_wrong_passphrase_is_said_in_the_window(qtbot, make_session, vault_path: Path):
    existing_vault(vault_path)
    session = make_session()
    window = session.unlock_window
    window.activateWindow()
    qtbot.keyClicks(window.passphrase, "not the passphrase")
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message.isVisible() and not window.busy, timeout=10_000)
    assert window.message.text() == "Wrong passphrase, or the file is damaged."
    assert window.message.textFormat() == Qt.TextFormat.PlainText
    assert window.passphrase.hasFocus() or QApplication.focusWidget() is window.passphrase
    assert session.vault is None
    window.passphrase.clear()
    unlock(qtbot, session)  # a second try works


def test_damaged_file_is_said_in_the_window(qtbot, make_session, vault_path: Path):
    existing_vault(vault_path)
    data = bytearray(vault_path.read_bytes())
    data[4096 + 200] ^= 0xFF  # a byte of page 2
    vault_path.write_bytes(bytes(data))
    session = make_session()
    window = session.unlock_window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message.isVisible() and not window.busy, timeout=10_000)
    assert "damaged" in window.message.text()
    assert session.vault is None


def test_not_a_vault_is_said_in_the_window(qtbot, make_session, vault_path: Path):
    vault_path.write_bytes(b"hello" * 100)
    session = make_session()
    window = session.unlock_window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=10_000)
    assert window.message.text() == "This file is not a privacy vault, or it is damaged."


def record_views_at_lock(session: Session) -> dict:
    """What the pages still showed when ``locked`` was emitted (the window is deleted right after)."""
    seen: dict = {}
    page = session.main_window.page("controllers")

    def look() -> None:
        seen.update(rows=page.model.rowCount(), title=page.detail.title.text(), search=page.search.text(),
                    labels=dict(page.detail.value_labels))

    session.locked.connect(look)
    return seen


def test_auto_lock_returns_to_the_unlock_window_and_clears_views(qtbot, make_session, vault_path: Path):
    with create_vault(vault_path, PASSPHRASE) as vault:
        add_controller(vault, name="Canary Corp", country="FR")
    session = make_session(auto_lock_ms=400)
    unlock(qtbot, session)
    page = session.main_window.page("controllers")
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert page.detail.title.text() == "Canary Corp"
    seen = record_views_at_lock(session)
    with qtbot.waitSignal(session.locked, timeout=5_000):
        pass
    assert seen == {"rows": 0, "title": "", "search": "", "labels": {}}
    assert session.vault is None and session.main_window is None
    assert session.unlock_window is not None and session.unlock_window.isVisible()
    assert not session.unlock_window.creating()


def test_input_postpones_auto_lock(qtbot, make_session, vault_path: Path):
    existing_vault(vault_path)
    session = make_session(auto_lock_ms=600)
    unlock(qtbot, session)
    search = session.main_window.page("controllers").search
    for _ in range(4):  # 4 × 250 ms of typing > 600 ms, but never 600 ms idle
        qtbot.wait(250)
        qtbot.keyClick(search, Qt.Key.Key_A)
    assert session.vault is not None
    qtbot.waitUntil(lambda: session.vault is None, timeout=5_000)


def test_ctrl_l_locks(qtbot, make_session, vault_path: Path):
    existing_vault(vault_path)
    session = make_session()
    unlock(qtbot, session)
    window = session.main_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(session.locked, timeout=5_000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.vault is None
    assert session.unlock_window.isVisible()


def test_lock_waits_for_a_running_job(qtbot, make_session, vault_path: Path, tmp_path: Path):
    existing_vault(vault_path)
    session = make_session()
    unlock(qtbot, session)
    import threading

    release = threading.Event()
    session.context.run(lambda: release.wait(5))
    session.lock()
    assert session.vault is not None  # not under the job's feet
    with qtbot.waitSignal(session.locked, timeout=5_000):
        release.set()
    assert session.vault is None


def test_unlocked_path_is_remembered_only_as_a_path(qtbot, make_session, preferences, vault_path: Path):
    existing_vault(vault_path)
    session = make_session()
    unlock(qtbot, session)
    assert preferences.recent_vault_paths() == [str(vault_path)]


def test_auto_lock_closes_open_dialogs(qtbot, make_session, vault_path: Path):
    with create_vault(vault_path, PASSPHRASE) as vault:
        add_controller(vault, name="Canary Corp")
    session = make_session(auto_lock_ms=300)
    unlock(qtbot, session)
    page = session.main_window.page("controllers")
    page.table.selectRow(0)
    page.edit_button.click()  # the editor runs its own event loop until the lock rejects it
    assert session.vault is None
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert session.unlock_window.isVisible()
    unlock(qtbot, session)
    page = session.main_window.page("controllers")
    page.table.selectRow(0)
    page.remove_button.click()  # the question is rejected too: nothing removed
    assert session.vault is None
    with open_vault_again(vault_path) as vault:
        assert [c.name for c in list_controllers(vault)] == ["Canary Corp"]


def open_vault_again(vault_path: Path):
    from vault.storage.store import open_vault

    return open_vault(vault_path, PASSPHRASE)


def test_closing_windows_quits_and_closes_the_vault(qtbot, make_session, vault_path: Path, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    existing_vault(vault_path)
    session = make_session()
    unlock(qtbot, session)
    session.main_window.close()
    assert quits and session.vault is None and session.main_window is None
    session.show_unlock().close()  # closing the unlock window quits too
    assert len(quits) == 2
