"""A searchable list of one kind of record, with a detail pane and add / edit / remove.

Subclasses say where the data comes from (``load_ids``, ``load_rows``), how it looks
(``columns``, ``detail``) and how it is edited (``edit``, ``remove``). Pages of phase 2
(requests, consents) follow the same pattern.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.errors import show_error
from ui.models.table_model import Column, LazyTableModel
from ui.pages.detail_pane import DetailPane, Field

SEARCH_DELAY_MS = 250


class ListPage(QWidget):
    """Search box, table, detail pane, and the buttons that change the records."""

    noun = ""  # what VaultEvents calls this page's records
    watches: frozenset[str] = frozenset()  # other nouns whose changes this page shows

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.search_placeholder())
        self.search.setAccessibleName(self.tr("Search"))
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = LazyTableModel(self.columns(), lambda: self.load_ids(self.search.text()), self.load_rows,
                                    parent=self)
        self.table = self._make_table()
        self.detail = DetailPane(context.clipboard)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setAccessibleName(self.add_text())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected row"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected row"))
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self.selected_record()))
        self.remove_button.clicked.connect(self._remove_selected)
        self._layout()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove_selected)
        self._announcing = False
        context.events.changed.connect(self._vault_changed)
        self.refresh()

    # -- what subclasses provide ---------------------------------------------------------
    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def load_ids(self, search: str) -> list[int]:
        raise NotImplementedError

    def load_rows(self, ids: list[int]) -> Sequence[Any]:
        raise NotImplementedError

    def describe(self, record: Any) -> tuple[str, list[Field]]:
        """The title and fields of the detail pane for ``record``."""
        raise NotImplementedError

    def edit(self, record: Any | None) -> int | None:
        """Open the editor (``None``: a new record); returns the saved id, or None if cancelled."""
        raise NotImplementedError

    def remove(self, record: Any) -> None:
        raise NotImplementedError

    def removal_question(self, record: Any) -> str:
        raise NotImplementedError

    def search_placeholder(self) -> str:
        return self.tr("Search")

    def add_text(self) -> str:
        return self.tr("Add")

    def count_text(self, count: int) -> str:
        return self.tr("%n row(s)", "", count)

    # -- for the main window -------------------------------------------------------------
    def search_box(self) -> QLineEdit:
        return self.search

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list, keeping (or moving to) the selected record."""
        self._search_timer.stop()
        keep = select_id if select_id is not None else self.selected_id()
        self.model.refresh()
        self.count_label.setText(self.count_text(self.model.rowCount()))
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
            self._show_selected()

    def clear(self) -> None:
        """Forget everything shown (the vault is being locked)."""
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.detail.clear()
        self.count_label.clear()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def selected_record(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # -- inside --------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        # Fixed heights and no resize-to-contents: the view never asks for rows it does not paint.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultSectionSize(130)
        header.setMinimumSectionSize(50)
        for section, width in enumerate(self.model.column_widths()):
            if width and section:
                header.resizeSection(section, width)
        table.setAccessibleName(self.tr("List"))
        table.selectionModel().selectionChanged.connect(self._show_selected)
        table.doubleClicked.connect(lambda _index: self._edit(self.selected_record()))
        return table

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _show_selected(self) -> None:
        record = self.selected_record()
        self.edit_button.setEnabled(record is not None)
        self.remove_button.setEnabled(record is not None)
        if record is None:
            self.detail.clear()
            return
        title, fields = self.describe(record)
        self.detail.show_record(title, fields)

    def _edit(self, record: Any | None) -> None:
        saved = self.edit(record)
        if saved is not None:
            self.refresh(select_id=saved)
            self._announce()

    def _remove_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove"), self.removal_question(record),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the question quotes a user's name
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            self.remove(record)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        self.refresh()
        self._announce()

    def _announce(self) -> None:
        self._announcing = True
        try:
            self.context.events.changed.emit(self.noun)
        finally:
            self._announcing = False

    def _vault_changed(self, noun: str) -> None:
        if not self._announcing and (noun == self.noun or noun in self.watches):
            self.refresh()
