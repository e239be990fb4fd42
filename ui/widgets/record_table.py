"""A small read-only table of a few records (identifiers, retention periods, relationships).

Rows are plain-text items (Qt never reads an item's text as markup) with the record id on
the first cell; buttons under the table act on the selected row. For long lists use
``ListPage`` and its lazy model instead.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error
from vault.errors import VaultError

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def saved_id_of(dialog: Any) -> int | None:
    """Run an editor dialog; the id it saved, or None when cancelled."""
    return dialog.saved_id if dialog.exec() else None


class RecordTable(QWidget):
    """Headers, rows of text, and a row of buttons; ``selection_changed`` when the row changes."""

    selection_changed = Signal()
    activated = Signal()

    def __init__(self, headers: Sequence[str], accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setAccessibleName(accessible_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(110)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self.selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.activated.emit())
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def add_button(self, text: str, accessible_name: str, slot, needs_row: bool = True) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setAccessibleName(accessible_name)
        button.clicked.connect(slot)
        button.setProperty("needs_row", needs_row)
        self.buttons.addWidget(button)
        self._update_buttons()
        return button

    def set_rows(self, rows: Sequence[tuple[int, Sequence[str]]], select_id: int | None = None) -> None:
        """Replace the rows: (record id, cell texts); keeps (or moves to) the selected record."""
        keep = select_id if select_id is not None else self.selected_id()
        self.table.blockSignals(True)
        self.table.clearContents()
        self.table.setRowCount(len(rows))
        for row, (record_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text or "")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text or "")
                if column == 0:
                    item.setData(ID_ROLE, record_id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        row = self.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self._update_buttons()
        self.selection_changed.emit()

    def clear(self) -> None:
        self.set_rows([])

    def row_of(self, record_id: int) -> int | None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == record_id:
                return row
        return None

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(ID_ROLE)) if item is not None else None

    def set_enabled_all(self, enabled: bool) -> None:
        """Enable the buttons that need no row (Add…) only when there is an owner record."""
        for index in range(self.buttons.count()):
            widget = self.buttons.itemAt(index).widget()
            if widget is not None and not widget.property("needs_row"):
                widget.setEnabled(enabled)

    def confirm(self, title: str, question: str) -> bool:
        """Ask before something destructive; the question may quote user data (plain text)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def edit_selected(self, load: Callable[[int], Any], open_editor: Callable[[Any], int | None]) -> int | None:
        """Load the selected record and open its editor; the id saved, or None."""
        selected = self.selected_id()
        if selected is None:
            return None
        try:
            record = load(selected)
        except VaultError as error:
            show_error(self, error)
            return None
        return open_editor(record)

    def remove_selected(self, title: str, question: Callable[[int], str], remove: Callable[[int], None]) -> bool:
        """Ask, then remove the selected record; True when it was removed."""
        selected = self.selected_id()
        if selected is None or not self.confirm(title, question(selected)):
            return False
        try:
            remove(selected)
        except VaultError as error:
            show_error(self, error)
            return False
        return True

    def _update_buttons(self) -> None:
        has_row = bool(self.table.selectionModel().selectedRows())
        for index in range(self.buttons.count()):
            widget = self.buttons.itemAt(index).widget()
            if widget is not None and widget.property("needs_row"):
                widget.setEnabled(has_row)
