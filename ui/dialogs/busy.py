"""A modal "working…" dialog over a window while a background job runs."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.errors import show_error
from ui.worker import Job, JobTracker, run_in_background


def run_with_busy_dialog(parent: QWidget, text: str, function: Callable[[], Any],
                         on_done: Callable[[Any], None] | None = None,
                         on_error: Callable[[BaseException], None] | None = None, *,
                         tracker: JobTracker | None = None) -> Job:
    """Run ``function`` in the background with an indeterminate progress dialog over ``parent``.

    The window stays responsive (it repaints, the dialog animates) but takes no input until
    the job ends. Errors go to ``on_error``, by default ``show_error``.
    """
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("BusyDialog", "Privacy Vault"))
    dialog.setCancelButton(None)  # vault operations are atomic: they finish or change nothing
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAccessibleName(text)
    dialog.show()

    def done(result: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        (on_error or (lambda e: show_error(parent, e)))(error)

    return run_in_background(function, done, failed, tracker=tracker)
