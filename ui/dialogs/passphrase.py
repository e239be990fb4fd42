"""Dialogs asking for a passphrase: a new one (change), or a backup's (restore)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.widgets.passphrase_fields import PassphraseFields


def _explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class NewPassphraseDialog(QDialog):
    """The new passphrase, typed twice; OK only once it is acceptable."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change passphrase"))
        self.fields = PassphraseFields()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self._update)
        self.fields.submitted.connect(self._accept_if_valid)
        layout = QVBoxLayout(self)
        layout.addWidget(_explanation(self.tr(
            "The vault will be encrypted again with the new passphrase. Nobody can recover a lost "
            "passphrase; backups made before keep the old one.")))
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update()

    def passphrase(self) -> str | None:
        return self.fields.passphrase()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.fields.passphrase() is not None)

    def _accept_if_valid(self) -> None:
        if self.fields.passphrase() is not None:
            self.accept()

    def done(self, result: int) -> None:  # noqa: D102 - forget what was typed when cancelled
        if result != QDialog.DialogCode.Accepted:
            self.fields.clear()
        super().done(result)


class BackupPassphraseDialog(QDialog):
    """Before a restore: what will happen, and the passphrase the backup was made with."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setAccessibleName(self.tr("Restore a backup"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase of the backup"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(self.tr("Replace the vault"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setAccessibleName(self.tr("Replace the vault with the backup"))
        buttons.accepted.connect(self._accept_if_typed)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase of the backup:"), self.passphrase_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(_explanation(self.tr(
            "The vault will be locked and replaced by the backup, once the backup has been checked. "
            "The current vault is kept beside it as a .bak file. After the restore, the vault opens "
            "with the backup's passphrase.")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def _accept_if_typed(self) -> None:
        if self.passphrase_edit.text():
            self.accept()
