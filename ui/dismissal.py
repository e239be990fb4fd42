"""Dialogs the session closes when it locks or quits: they must not ask anything on the way out."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QWidget

DISMISSED = "dismissed_by_session"


def dismissed_by_session(widget: QWidget) -> bool:
    """True when the dialog is closing because the app locks or quits (ask nothing then)."""
    return bool(widget.property(DISMISSED))


def dismiss_modal_dialogs() -> None:
    """Dismiss open dialogs (they would otherwise outlive the data they show)."""
    for _ in range(20):
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        modal.setProperty(DISMISSED, True)
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
