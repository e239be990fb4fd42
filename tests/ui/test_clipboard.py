"""Copied values leave the clipboard after the delay, unless someone else's text replaced them."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.clipboard import CLEAR_AFTER_MS, SecureClipboard


def test_default_delay_is_30_seconds():
    assert CLEAR_AFTER_MS == 30_000


def test_cleared_after_the_delay(qtbot):
    clipboard = SecureClipboard(clear_after_ms=200)
    clipboard.copy("alias-1234@example.org")
    board = QApplication.clipboard()
    assert board.text() == "alias-1234@example.org"
    assert board.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    with qtbot.waitSignal(clipboard.cleared, timeout=2_000):
        pass
    assert board.text() == ""


def test_someone_elses_text_is_left_alone(qtbot):
    clipboard = SecureClipboard(clear_after_ms=200)
    clipboard.copy("secret value")
    QApplication.clipboard().setText("the user copied this meanwhile")
    with qtbot.waitSignal(clipboard.cleared, timeout=2_000):
        pass
    assert QApplication.clipboard().text() == "the user copied this meanwhile"
