"""The Qt application object for Qt work done outside the window (the CLI's PDFs, PDF text)."""
from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

_app: QApplication | None = None


def ensure_qt_app() -> QApplication:
    """The running application, or a new one (offscreen when there is no display).

    A QApplication rather than a bare QGuiApplication, so that widgets can still be made in
    the same process afterwards (a QWidget under a QGuiApplication aborts the process).
    """
    global _app
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform not in ("win32", "darwin") and headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the default platform plugin aborts without a display
    _app = QApplication(["privacy-vault"])
    return _app
