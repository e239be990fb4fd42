"""Copying a value out of the vault, and taking it back out of the clipboard 30 s later."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class SecureClipboard(QObject):
    """Puts text on the clipboard and clears it after a delay, if the clipboard still holds it."""

    cleared = Signal()

    def __init__(self, clipboard: QClipboard | None = None, clear_after_ms: int = CLEAR_AFTER_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    def set_clear_after_ms(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)

    def clear_after_seconds(self) -> int:
        """The delay before a copy is cleared, in whole seconds (for the notes that announce it)."""
        return max(1, round(self._timer.interval() / 1000))
    def copy(self, text: str) -> None:
        """Copy ``text``; it disappears from the clipboard after the delay unless replaced."""
        data = QMimeData()
        data.setText(text)
        # Clipboard managers (KDE Klipper and others) skip entries marked as secrets.
        data.setData("x-kde-passwordManagerHint", b"secret")
        self._clipboard.setMimeData(data)
        self._ours = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Clear the clipboard when it still holds what we put there (never someone else's text)."""
        self._timer.stop()
        if self._ours is not None and self._clipboard.text() == self._ours:
            self._clipboard.clear()
        self._ours = None
        self.cleared.emit()
