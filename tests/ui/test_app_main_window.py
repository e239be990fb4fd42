"""The unlocked main window: shortcuts, settings, translations, backup, passphrase change, restore, privacy."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from tests.conftest import PASSPHRASE
from ui import translations as translations_module
from ui.app import app_icon
from ui.dialogs.passphrase import BackupPassphraseDialog, NewPassphraseDialog
from ui.dialogs.settings import SettingsDialog
from ui.preferences import Preferences
from ui.session import Session
from ui.translations import Translations
from vault.errors import WrongPassphrase
from vault.organisations.controllers import add_controller, list_controllers
from vault.people.identities import add_identity
from vault.storage.settings import get_setting
from vault.storage.store import create_vault, open_vault

CANARY = "Zyxqwv Canary-7731"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "qsettings" / "privacy-vault.ini"


@pytest.fixture
def session(qapp, qtbot, settings_file: Path, vault_path: Path):
    QStandardPaths.setTestModeEnabled(True)
    preferences = Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
    with create_vault(vault_path, PASSPHRASE) as vault:
        add_controller(vault, name=CANARY, address=f"1 {CANARY} Street", dpo_email="dpo@canary.example")
        add_identity(vault, label=CANARY, name=CANARY, emails=["me@canary.example"])
    translations = Translations(qapp)
    session = Session(preferences, translations, app_icon(), vault_path=vault_path, use_tray=False)
    session.start()
    window = session.unlock_window
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    yield session
    session.shutdown()
    translations.clear()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_f_focuses_the_current_pages_search_box(qtbot, session):
    window = session.main_window
    activate(qtbot, window)
    window.show_page("identities")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.page("identities").search_box()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page("dashboard")


def test_pages_are_built_when_first_shown(qtbot, session):
    window = session.main_window
    assert [page.objectName() for page in window.pages()] == ["page_dashboard"]  # the others cost nothing yet
    window.show_page("controllers")
    controllers = window.current_page()
    assert controllers.objectName() == "page_controllers" and controllers.isVisible()
    assert window.page("controllers") is controllers  # built once
    qtbot.waitUntil(lambda: controllers.model.rowCount() == 1)  # it read the vault when built
    assert len(window.pages()) == 2


def test_new_request_opens_the_wizard(qtbot, session):
    from ui.wizard.request_wizard import RequestWizard

    action = session.main_window.menu_actions["new_request"]
    assert action.shortcut().toString() == "Ctrl+N"
    assert action.isEnabled()
    seen = []

    def look() -> None:
        wizard = QApplication.activeModalWidget()
        seen.append(type(wizard))
        wizard.reject()

    QTimer.singleShot(0, look)
    action.trigger()
    assert seen == [RequestWizard]


def test_add_page_plugs_in_a_page(session):
    from PySide6.QtWidgets import QLabel

    window = session.main_window
    window.add_page("extra", "Extra", QLabel("hello"), index=0)
    assert window.sidebar.item(0).text() == "Extra"
    assert window.menu_actions["page:extra"].shortcut().toString() == "Ctrl+1"
    window.show_page("extra")
    assert isinstance(window.current_page(), QLabel)
    window.clear()  # pages without clear() are fine


def open_settings_with(qtbot, session, change) -> None:
    """Open Settings from the main window, let ``change(dialog)`` edit it, press OK."""
    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        change(dialog)
        dialog._save()

    QTimer.singleShot(0, drive)
    session.main_window.open_settings()


def test_settings_are_kept_in_the_vault(qtbot, session, vault_path: Path):
    def change(dialog: SettingsDialog) -> None:
        dialog.auto_lock.setValue(17)
        dialog.letter_language.setCurrentIndex(dialog.letter_language.findData("de"))
        dialog.place.setText("Lyon")
        dialog.backup_folder.setText("/tmp/backups")

    open_settings_with(qtbot, session, change)
    assert session.auto_lock.interval_ms() == 17 * 60_000
    session.lock()
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert get_setting(vault, "auto_lock_minutes") == 17
        assert get_setting(vault, "default_language") == "de"
        assert get_setting(vault, "default_place") == "Lyon"
        assert get_setting(vault, "backup_folder") == "/tmp/backups"


@pytest.fixture
def compiled_translations(tmp_path: Path, monkeypatch) -> Path:
    """The .ts files compiled now (the Makefile builds them for the app; tests need not run make)."""
    folder = tmp_path / "qm"
    folder.mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in TRANSLATIONS.glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(folder / (source.stem + ".qm"))],
                       check=True)
    monkeypatch.setattr(translations_module, "translations_folder", lambda: folder)
    return folder


def test_switching_to_french_translates_the_menus(qtbot, session, compiled_translations, settings_file, vault_path):
    assert session.main_window.menuBar().actions()[0].text() == "&File"

    def change(dialog: SettingsDialog) -> None:
        dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("fr"))

    open_settings_with(qtbot, session, change)
    window = session.main_window
    assert [a.text() for a in window.menuBar().actions()] == ["&Fichier", "&Affichage", "&Aide"]
    assert window.sidebar.item(window._page_keys.index("controllers")).text() == "Responsables du traitement"
    assert window.windowTitle() == session.vault.path.stem  # the file's name: no words to translate
    assert session.preferences.ui_language() == "fr"  # the unlock window speaks it too
    session.lock()
    assert session.unlock_window.unlock_button.text() == "Déverrouiller"


def test_german_translation_loads(qapp, compiled_translations):
    translations = Translations(qapp)
    try:
        assert translations.apply("de") == "de"
        assert QApplication.translate("MainWindow", "&File") == "&Datei"
        assert QApplication.translate("ControllersPage", "%n controller(s)", "", 1) == "1 Verantwortlicher"
        assert translations.apply("en") == "en"  # English plural forms come from privacy_vault_en.qm
        assert QApplication.translate("ControllersPage", "%n controller(s)", "", 1) == "1 controller"
        assert QApplication.translate("ControllersPage", "%n controller(s)", "", 3) == "3 controllers"
    finally:
        translations.clear()


def test_no_personal_data_in_qsettings_or_titles(qtbot, session, settings_file: Path, monkeypatch):
    window = session.main_window
    for key in ("controllers", "identities"):
        window.show_page(key)
        page = window.page(key)
        qtbot.keyClicks(page.search, "Canary")
        page.refresh()
        page.table.selectRow(0)
        assert CANARY in page.detail.title.text()
        assert CANARY not in window.windowTitle()
    window.menu_actions["close_to_tray"].setChecked(False)
    session.lock()
    for widget in QApplication.topLevelWidgets():
        assert CANARY not in widget.windowTitle()
    text = settings_file.read_text(encoding="utf-8", errors="replace")
    for secret in ("Canary", "canary", PASSPHRASE):
        assert secret not in text, f"{secret!r} leaked into QSettings"
    assert "recent" in text  # the file is the one the app wrote


def test_backup_then_restore(qtbot, session, tmp_path: Path, vault_path: Path, monkeypatch):
    backup = tmp_path / "backup.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    window = session.main_window
    with qtbot.waitSignal(session.jobs.idle, timeout=10_000):
        window.backup()
    assert backup.exists()
    add_controller(session.vault, name="Added after the backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(BackupPassphraseDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(BackupPassphraseDialog, "passphrase", lambda self: PASSPHRASE)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        window.restore()
    assert [c.name for c in list_controllers(session.vault)] == [CANARY]
    assert session.main_window is not window and session.main_window.isVisible()
    assert len(list(vault_path.parent.glob(vault_path.name + ".bak-*"))) == 1


def test_restore_with_a_wrong_passphrase_keeps_the_vault_open_and_says_why(qtbot, session, tmp_path: Path,
                                                                            monkeypatch):
    import ui.session

    backup = tmp_path / "backup.db"
    shutil.copyfile(session.vault.path, backup)
    before = session.vault.path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(ui.session, "show_error", lambda parent, error: shown.append(str(error)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(BackupPassphraseDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(BackupPassphraseDialog, "passphrase", lambda self: "wrong wrong wrong")
    window = session.main_window
    window.restore()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Wrong passphrase" in shown[0]
    assert session.vault is not None and session.main_window is window  # nothing was locked or replaced
    assert session.vault.path.read_bytes() == before
    assert list_controllers(session.vault)


def test_change_passphrase(qtbot, session, vault_path: Path, monkeypatch):
    new = "a brand new passphrase for the test"
    monkeypatch.setattr(NewPassphraseDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(NewPassphraseDialog, "passphrase", lambda self: new)
    with qtbot.waitSignal(session.jobs.idle, timeout=10_000):
        session.main_window.change_passphrase()
    session.lock()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)
    open_vault(vault_path, new).close()
