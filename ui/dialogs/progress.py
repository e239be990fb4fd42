"""Long vault work with a progress bar: the function reports (done, total) from its worker thread."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.context import Context
from ui.errors import show_error

Report = Callable[[int, int], None]


class ProgressRun(QObject):
    """One run: ``progressed(done, total)`` as it advances, then ``succeeded(result)`` or ``failed(error)``."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, text: str):
        super().__init__(parent)
        self.dialog = QProgressDialog(text, "", 0, 0, parent)
        self.dialog.setWindowTitle(QCoreApplication.translate("ProgressDialog", "Privacy Vault"))
        self.dialog.setCancelButton(None)  # each step is a transaction; stopping half-way helps nobody
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setAccessibleName(text)
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        self.progressed.emit(done, total)

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


def run_with_progress(parent: QWidget, context: Context, text: str, function: Callable[[Report], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> ProgressRun:
    """Run ``function(report)`` in the background behind a progress dialog over ``parent``.

    The window repaints but takes no input until the run ends. Errors go to ``on_error``,
    by default ``show_error``.
    """
    run = ProgressRun(parent, text)
    run.dialog.show()

    def done(result: Any) -> None:
        run.close()
        if on_done is not None:
            on_done(result)
        run.succeeded.emit(result)

    def failed(error: BaseException) -> None:
        run.close()
        (on_error or (lambda e: show_error(parent, e)))(error)
        run.failed.emit(error)

    context.run(function, done, failed, run.report)
    return run
