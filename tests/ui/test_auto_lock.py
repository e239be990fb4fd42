"""The idle timer: input restarts it, silence fires it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.auto_lock import AutoLock


def test_fires_after_silence_and_input_postpones(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    lock = AutoLock(300)
    lock.start()
    for _ in range(3):
        qtbot.wait(150)
        qtbot.keyClick(edit, Qt.Key.Key_A)
    assert lock.active
    with qtbot.waitSignal(lock.timed_out, timeout=2_000):
        pass
    assert not lock.active
    lock.stop()


def test_minutes():
    assert AutoLock.minutes_to_ms(5) == 300_000
