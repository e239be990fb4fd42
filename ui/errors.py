"""Showing errors: a VaultError's sentence as it is; anything else is a bug, said plainly."""
from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from vault.errors import VaultError


def error_text(error: BaseException) -> str:
    """The sentence to show for ``error``."""
    if isinstance(error, VaultError):
        # The sentence as vault/ wrote it, or its translation when it is one of ui.vault_messages.
        return QCoreApplication.translate("VaultError", str(error))
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong and the action was not completed. "
                  "The details below can help to report the problem.")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong, in a dialog over ``parent``."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "Privacy Vault"),
                      error_text(error), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if not isinstance(error, VaultError):
        # Only the type and the code path: an exception's message could quote personal data.
        box.setDetailedText("".join(traceback.format_tb(error.__traceback__)) + type(error).__name__)
    box.setAccessibleName(QCoreApplication.translate("Errors", "Error"))
    box.exec()
