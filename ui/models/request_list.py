"""The request list's model: ids only, rows read a page at a time, sorted in SQL by column.

Sorting asks ``vault.cases.queries.request_ids`` for the ids in the new order (the model
never holds the rows of 100,000 requests to sort them itself) and resets the model.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from ui.models.dates import date_text
from ui.models.request_words import channel_name, days_left_text, due_text, right_name, status_name, today
from ui.models.table_model import Column, Index, LazyTableModel
from ui.models.text_width import fit_width
from ui.models.urgency import OVERDUE_COLOUR, deadline_urgency, urgency_icon
from vault.cases.letter_store import reference_for
from vault.cases.queries import RequestRow, request_ids, request_rows
from vault.cases.requests import STATUSES

DEADLINE_COLUMN = 4  # the "Deadline" column of request_columns(): it carries the urgency icon


@dataclass
class RequestFilter:
    """What the list shows: the search text and the filters chosen above it."""

    search: str = ""
    statuses: Sequence[str] = ()
    rights: Sequence[str] = ()
    overdue_only: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def request_columns() -> list[tuple[Column, str]]:
    """The columns, each with the ``request_ids`` sort key its header sorts by."""
    sent = QCoreApplication.translate("RequestListModel", "Sent")
    status = QCoreApplication.translate("RequestListModel", "Status")
    return [
        (Column(QCoreApplication.translate("RequestListModel", "Controller"), lambda r: r.controller), "controller"),
        (Column(QCoreApplication.translate("RequestListModel", "Right"), lambda r: right_name(r.right), 120), "right"),
        (Column(status, lambda r: status_name(r.status), fit_width(110, status, *map(status_name, STATUSES))), "status"),
        (Column(sent, lambda r: date_text(r.sent_on), fit_width(95, sent, date_text("2026-12-31"))), "sent_on"),
        (Column(QCoreApplication.translate("RequestListModel", "Deadline"), lambda r: due_text(r.due_on, r.received_is_estimate), 140), "due_on"),
        (Column(QCoreApplication.translate("RequestListModel", "Days left"), lambda r: days_left_text(r.days_left(today())) if r.status not in
                ("draft", "answered", "partly-answered", "refused", "closed") else "", 115), "due_on"),
        (Column(QCoreApplication.translate("RequestListModel", "Channel"), lambda r: channel_name(r.channel), 90), "channel"),
        (Column(QCoreApplication.translate("RequestListModel", "Identity"), lambda r: r.identity, 100), "identity"),
        (Column(QCoreApplication.translate("RequestListModel", "Reference"), reference_for, 120), "id"),
    ]


class RequestListModel(LazyTableModel):
    """A ``LazyTableModel`` over ``request_ids`` / ``request_rows``, sortable by any column."""

    def __init__(self, vault_of: Callable[[], Any], filter_of: Callable[[], RequestFilter], parent: Any = None):
        columns = request_columns()
        self._sort_keys = [key for _, key in columns]
        self._vault_of = vault_of
        self._filter_of = filter_of
        self.sort_key = "id"
        self.descending = True
        super().__init__([column for column, _ in columns], self._ids, self._rows, parent=parent)

    def _ids(self) -> list[int]:
        wanted = self._filter_of()
        return request_ids(self._vault_of(), search=wanted.search or None, statuses=wanted.statuses or None,
                           rights=wanted.rights or None, overdue_only=wanted.overdue_only, today=today(),
                           sort=self.sort_key, descending=self.descending)

    def _rows(self, ids: list[int]) -> Sequence[RequestRow]:
        return request_rows(self._vault_of(), ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: N802
        """Sort in SQL by ``column`` (the view's header calls this)."""
        if not 0 <= column < len(self._sort_keys):
            return
        key, descending = self._sort_keys[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.refresh()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole) \
                and index.isValid():
            record = self.record(index.row())
            urgency = deadline_urgency(record) if record is not None else None
            if urgency is None:
                return None
            if role == Qt.ItemDataRole.FontRole and urgency == "overdue":
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and urgency == "overdue":
                return OVERDUE_COLOUR
            if role == Qt.ItemDataRole.DecorationRole and index.column() == DEADLINE_COLUMN:
                return urgency_icon(urgency)
            return None
        return super().data(index, role)
