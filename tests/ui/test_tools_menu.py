"""The import, bulk-request and leak actions in the main window's menus, with their own shortcuts."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.dialogs.leak import LeakDialog
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.worker import JobTracker


def test_actions_are_in_the_menus_with_distinct_shortcuts(qtbot, vault, tmp_path: Path):
    context = Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                      SecureClipboard(), VaultEvents(), JobTracker())
    window = MainWindow(context, QIcon(), pages=[])
    qtbot.addWidget(window)
    actions = window.menu_actions
    menus = {item.text().replace("&", ""): item.menu() for item in window.menuBar().actions()}
    for key in ("import_policy", "import_directory", "bulk_requests"):
        assert actions[key] in menus["File"].actions()
    assert actions["who_leaked"] in menus["View"].actions()
    assert actions["who_leaked"].shortcut().toString() == "Ctrl+Shift+L"
    shortcuts = [a.shortcut().toString() for a in actions.values() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        dialog.reject()

    QTimer.singleShot(0, look)
    actions["who_leaked"].trigger()
    assert seen == [LeakDialog]
