"""The pane beside a list: the selected record's fields as plain text, each copyable."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ui.clipboard import SecureClipboard
from ui.widgets.plain_label import plain_label


@dataclass(frozen=True)
class Field:
    """One line of the pane: our (translated) label and the user's value."""

    label: str
    value: str
    copyable: bool = False


class DetailPane(QScrollArea):
    """Title and fields of one record; ``actions`` holds page-specific buttons under them."""

    def __init__(self, clipboard: SecureClipboard, parent: QWidget | None = None):
        super().__init__(parent)
        self._clipboard = clipboard
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Details"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = plain_label()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Title"))
        self._placeholder = QLabel(self.tr("Select a row to see its details."))
        self._placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self._placeholder.setWordWrap(True)
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # captions above values
        self.actions = QHBoxLayout()
        self.actions.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self._placeholder)
        layout.addLayout(self._form)
        layout.addLayout(self.actions)
        layout.addStretch(1)
        self.setWidget(body)
        self.value_labels: dict[str, QLabel] = {}
        self.clear()

    def show_record(self, title: str, fields: Sequence[Field]) -> None:
        """Show a record: empty values are left out."""
        self._clear_form()
        self.title.setText(title)
        self.title.setVisible(True)
        self._placeholder.setVisible(False)
        for field in fields:
            if field.value:
                self._add_row(field)
        self._set_actions_visible(True)

    def clear(self) -> None:
        """Show nothing of any record."""
        self._clear_form()
        self.title.setText("")
        self.title.setVisible(False)
        self._placeholder.setVisible(True)
        self._set_actions_visible(False)

    def _add_row(self, field: Field) -> None:
        value = plain_label(field.value)
        value.setAccessibleName(field.label)
        self.value_labels[field.label] = value
        row = QHBoxLayout()
        row.addWidget(value, 1)
        if field.copyable:
            button = QToolButton()
            icon = QIcon.fromTheme("edit-copy")
            if icon.isNull():
                button.setText(self.tr("Copy"))
            else:
                button.setIcon(icon)
            button.setToolTip(self.tr("Copy (cleared from the clipboard after %n second(s))", "",
                                      self._clipboard.clear_after_seconds()))
            button.setAccessibleName(self.tr("Copy %1").replace("%1", field.label))
            button.clicked.connect(lambda _=False, text=field.value: self._clipboard.copy(text))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        caption = QLabel(field.label)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption_font = QFont(caption.font())
        caption_font.setBold(True)
        caption.setFont(caption_font)
        self._form.addRow(caption, row)

    def _clear_form(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.value_labels = {}

    def _set_actions_visible(self, visible: bool) -> None:
        for index in range(self.actions.count()):
            widget = self.actions.itemAt(index).widget()
            if widget is not None:
                widget.setVisible(visible)
