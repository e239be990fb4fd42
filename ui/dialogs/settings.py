"""Settings, kept inside the vault (the UI language is also kept outside, for the unlock window)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.errors import show_error
from vault.errors import VaultError
from vault.storage.settings import get_setting, set_setting


class SettingsDialog(QDialog):
    """Auto-lock, letter defaults, backup folder and UI language; saved when OK is pressed."""

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        vault = context.vault
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setValue(int(get_setting(vault, "auto_lock_minutes")))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.clipboard_delay = QSpinBox()
        self.clipboard_delay.setRange(5, 600)
        self.clipboard_delay.setValue(int(get_setting(vault, "clipboard_clear_seconds")))
        self.clipboard_delay.setSuffix(self.tr(" s"))
        self.clipboard_delay.setAccessibleName(self.tr("Seconds before a copied value leaves the clipboard"))
        self.letter_language = self._language_box(get_setting(vault, "default_language"),
                                                  self.tr("From the controller's country"))
        self.letter_language.setAccessibleName(self.tr("Default letter language"))
        self.place = QLineEdit(get_setting(vault, "default_place"))
        self.place.setPlaceholderText(self.tr("The town written before the date of letters"))
        self.place.setAccessibleName(self.tr("Default place"))
        self.backup_folder = QLineEdit(get_setting(vault, "backup_folder"))
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the backup folder"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        self.ui_language = self._language_box(get_setting(vault, "ui_language"), self.tr("System language"))
        self.ui_language.setAccessibleName(self.tr("Language of the application"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setAccessibleName(self.tr("Problem"))
        form = QFormLayout()
        form.addRow(self.tr("Lock after:"), self.auto_lock)
        form.addRow(self.tr("Clear copied values after:"), self.clipboard_delay)
        form.addRow(self.tr("Letter language:"), self.letter_language)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Backup folder:"), folder_row)
        form.addRow(self.tr("Application language:"), self.ui_language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _language_box(self, current: str, automatic: str) -> QComboBox:
        box = QComboBox()
        # Each language is named in itself, so a person can find theirs whatever the UI language.
        for text, code in ((automatic, ""), ("English", "en"), ("Français", "fr"), ("Deutsch", "de")):
            box.addItem(text, code)
        box.setCurrentIndex(max(box.findData(current), 0))
        return box

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def _save(self) -> None:
        vault = self._context.vault
        values = {"auto_lock_minutes": self.auto_lock.value(),
                  "clipboard_clear_seconds": self.clipboard_delay.value(),
                  "default_language": self.letter_language.currentData(),
                  "default_place": self.place.text().strip(),
                  "backup_folder": self.backup_folder.text().strip(),
                  "ui_language": self.ui_language.currentData()}
        try:
            for name, value in values.items():
                set_setting(vault, name, value)
        except VaultError as error:
            self.error.setText(str(error))
            self.error.setVisible(True)
            return
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self._context.preferences.set_ui_language(values["ui_language"])  # not personal; read before unlock
        self._context.events.changed.emit("setting")
        self.accept()
