"""The editor dialog shared by every kind of record: a form, an error line, OK and Cancel.

Subclasses add fields with ``add_line`` / ``add_text`` / ``add_list`` / ``add_choice`` and
implement ``save()``, which calls ``vault/`` and may raise ``InvalidInput``; its sentence is
shown in the dialog, which stays open with everything typed kept.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error
from vault.errors import VaultError


class RecordDialog(QDialog):
    """A form whose OK button saves through ``save()`` and reports problems in place."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.saved_id: int | None = None
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setVisible(False)
        font = self.error.font()
        font.setBold(True)
        self.error.setFont(font)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    # -- building the form ---------------------------------------------------------------
    def add_line(self, label: str, value: str | None = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value or "")
        edit.setPlaceholderText(placeholder)
        self._add(label, edit)
        return edit

    def add_text(self, label: str, value: str | None = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(value or "")
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(90)
        self._add(label, edit)
        return edit

    def add_list(self, label: str, values: Sequence[str] | None) -> QPlainTextEdit:
        """A multi-line box, one value per line."""
        edit = self.add_text(label, "\n".join(values or []))
        edit.setPlaceholderText(self.tr("One per line"))
        return edit

    def add_choice(self, label: str, choices: Sequence[tuple[str, Any]], current: Any) -> QComboBox:
        combo = QComboBox()
        for text, data in choices:
            combo.addItem(text, data)
        index = next((i for i, (_, data) in enumerate(choices) if data == current), 0)
        combo.setCurrentIndex(index)
        self._add(label, combo)
        return combo

    def add_number(self, label: str, value: int, minimum: int, maximum: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        spin.setValue(value)
        spin.setSuffix(suffix)
        self._add(label, spin)
        return spin

    def _add(self, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label.rstrip(" *:"))
        self.form.addRow(label, widget)

    # -- reading it back -----------------------------------------------------------------
    @staticmethod
    def lines_of(edit: QPlainTextEdit) -> list[str]:
        return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def save(self) -> int:
        """Write the form to the vault and return the record's id (raise VaultError if refused)."""
        raise NotImplementedError

    def _save(self) -> None:
        try:
            self.saved_id = self.save()
        except VaultError as error:
            self.show_problem(str(error))
            return
        except Exception as error:  # noqa: BLE001 - a bug: tell the user, keep the form
            show_error(self, error)
            return
        self.accept()
