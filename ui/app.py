"""The desktop app: process hardening, the QApplication, translations, icon, and ``run()``."""
from __future__ import annotations

import ctypes
import ctypes.util
import signal
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ui.preferences import Preferences
from ui.session import Session
from ui.translations import Translations

PR_SET_DUMPABLE = 4


def protect_memory() -> bool:
    """On Linux, stop other processes of the user from reading ours (ptrace, core dumps). Best effort."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def app_icon() -> QIcon:
    return QIcon(str(files("resources") / "icons" / "privacy-vault.svg"))


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, named so QSettings and the desktop know us; the platform style and palette."""
    app = QApplication.instance() or QApplication(list(argv))
    app.setOrganizationName("privacy-vault")
    app.setApplicationName("privacy-vault")
    app.setApplicationDisplayName("Privacy Vault")  # X11 appends it to titles that lack it
    QGuiApplication.setDesktopFileName("privacy-vault")
    app.setWindowIcon(app_icon())
    # The session decides when to leave: hiding to the tray, or locking while hidden, is not quitting.
    app.setQuitOnLastWindowClosed(False)
    # No stylesheet and no colours of our own: the platform style follows the system's light/dark scheme.
    return app  # type: ignore[return-value]


def quit_on_terminate(app: QApplication, session: Session) -> None:
    """SIGTERM or SIGINT (a logout, ``kill``) ends the app like Quit: open letter edits are saved first.

    Python runs signal handlers only between bytecodes, so a timer gives the interpreter a turn
    while Qt's event loop runs.
    """
    def terminate(_signum: int, _frame: object) -> None:
        session.save_open_work()
        session.quit()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, terminate)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def run(argv: Sequence[str] | None = None, *, vault_path: Path | None = None) -> int:
    """Start the GUI: unlock (or create) the vault, then the main window. Returns the exit code."""
    protect_memory()
    app = create_application(sys.argv[:1] if argv is None else argv)
    preferences = Preferences()
    translations = Translations(app)
    translations.apply(preferences.ui_language())
    session = Session(preferences, translations, app_icon(), vault_path=vault_path)
    app.aboutToQuit.connect(session.shutdown)
    quit_on_terminate(app, session)
    session.start()
    return app.exec()
