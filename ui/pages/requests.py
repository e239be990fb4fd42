"""Every request: search by controller, filter by status, right and overdue, sort by any column.

The list holds request ids only (``RequestListModel``); the detail pane shows the selected
request with its deadline, timeline and case, and acts on it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.dialogs.request_actions import vault_is_open
from ui.models.request_list import RequestFilter, RequestListModel
from ui.models.request_words import right_name, status_name
from ui.pages.request_detail import RequestDetail
from vault.cases.follow_ups import OBSTACLES
from vault.cases.requests import OPEN_STATUSES, RIGHTS, STATUSES
from vault.errors import NotFound

SEARCH_DELAY_MS = 250
WATCHED = frozenset({"request", "controller", "identity", "identifier"})


class RequestsPage(QWidget):
    """Search box and filters, the lazy list, and the request's detail pane."""

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._locked = False
        self._wanted: int | None = None  # the request to select after the next reload
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by controller name or reference"))
        self.search.setAccessibleName(self.tr("Search requests"))
        self.status_filter = self._combo(self.tr("Status filter"), self._status_choices())
        self.right_filter = self._combo(self.tr("Right filter"), self._right_choices())
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setAccessibleName(self.tr("Show overdue requests only"))
        self.model = RequestListModel(lambda: context.vault, self.current_filter, parent=self)
        self.table = self._make_table()
        self.detail = RequestDetail(context)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.setAccessibleName(self.tr("Write a new request"))
        self.new_button.clicked.connect(self.new_request)
        self._layout()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._refresh_timer = QTimer(self)  # several announcements in a row make one refresh
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(lambda: self.refresh(self._pending_select))
        self._pending_select: int | None = None
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.refresh)
        for combo in (self.status_filter, self.right_filter):
            combo.currentIndexChanged.connect(lambda _=0: self.refresh())
        self.overdue_only.toggled.connect(lambda _=False: self.refresh())
        self.detail.changed.connect(self._refresh_soon)
        self.detail.open_requested.connect(self.show_request)
        context.events.changed.connect(self._vault_changed)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.detail.remove_request)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _combo(self, accessible: str, choices: list[tuple[str, tuple[str, ...]]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        for text, values in choices:
            combo.addItem(text, values)
        return combo

    def _status_choices(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(self.tr("All statuses"), ()), (self.tr("Waiting for an answer"), OPEN_STATUSES),
                (self.tr("Drafts"), ("draft",)),
                (self.tr("Answered or refused"), ("answered", "partly-answered", "refused"))] + \
               [(status_name(status), (status,)) for status in STATUSES]

    def _right_choices(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(self.tr("All rights and follow-ups"), ()), (self.tr("Requests (no follow-ups)"), RIGHTS)] + \
               [(right_name(right), (right,)) for right in RIGHTS + ("reminder", "complaint")] + \
               [(self.tr("Replies to obstacles"), OBSTACLES)]

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures unseen rows
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(50)
        for section, width in enumerate(self.model.column_widths()):
            header.resizeSection(section, width or 190)
        header.setSortIndicator(len(self.model.column_widths()) - 1, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.setAccessibleName(self.tr("Requests"))
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        table.selectionModel().selectionChanged.connect(self._show_selected)
        table.doubleClicked.connect(lambda _index: self.detail.open_letter())
        return table

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.right_filter, 1)
        filters.addWidget(self.overdue_only)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- for the main window and the other pages -----------------------------------------
    def search_box(self) -> QLineEdit:
        return self.search

    def current_filter(self) -> RequestFilter:
        return RequestFilter(search=self.search.text(), statuses=self.status_filter.currentData() or (),
                             rights=self.right_filter.currentData() or (), overdue_only=self.overdue_only.isChecked())

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the ids (filters, search or the vault changed), keeping or moving the selection."""
        self._search_timer.stop()
        self._refresh_timer.stop()
        self._pending_select = None
        if self._locked or not vault_is_open(self.context.vault):
            return
        self._wanted = select_id if select_id is not None else self.selected_id()
        self.model.refresh()
        self.count_label.setText(self.tr("%n request(s)", "", self.model.rowCount()))

    def show_request(self, request_id: int) -> None:
        """Select a request, clearing the search and filters if they hide it."""
        if self.model.row_of(request_id) is None:
            for combo in (self.status_filter, self.right_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.overdue_only.blockSignals(True)
            self.overdue_only.setChecked(False)
            self.overdue_only.blockSignals(False)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.refresh(select_id=request_id)

    def show_list(self, statuses: tuple[str, ...] = (), overdue_only: bool = False) -> None:
        """Show the requests of these statuses (and only overdue ones), search and right cleared."""
        for combo, value in ((self.status_filter, tuple(statuses)), (self.right_filter, ())):
            combo.blockSignals(True)
            index = next((i for i in range(combo.count()) if tuple(combo.itemData(i)) == value), 0)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.overdue_only.blockSignals(True)
        self.overdue_only.setChecked(overdue_only)
        self.overdue_only.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()

    def new_request(self) -> None:
        from ui.wizard.request_wizard import RequestWizard

        wizard = RequestWizard(self.context, parent=self)
        wizard.exec()
        if wizard.request_id is not None and vault_is_open(self.context.vault):
            self.show_request(wizard.request_id)

    def clear(self) -> None:
        """Forget everything shown (the vault is being locked)."""
        self._locked = True
        self._search_timer.stop()
        self._refresh_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.detail.clear()
        self.count_label.clear()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    # -- inside --------------------------------------------------------------------------
    def _remember_selection(self) -> None:
        if self._wanted is None:
            self._wanted = self.selected_id()

    def _restore_selection(self) -> None:
        wanted, self._wanted = self._wanted, None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        self._show_selected()

    def _show_selected(self) -> None:
        request_id = self.selected_id()
        if request_id is None or self._locked:
            self.detail.clear()
            return
        try:
            self.detail.show_request(request_id)
        except NotFound:  # removed meanwhile: the next refresh drops the row
            self.detail.clear()

    def _refresh_soon(self, select_id: int | None = None) -> None:
        if select_id is not None:
            self._pending_select = select_id
        self._refresh_timer.start()

    def _vault_changed(self, noun: str) -> None:
        if noun in WATCHED and not self._locked:
            self._refresh_soon()
