"""A table model over row ids: display rows are fetched a page at a time, on demand, and cached.

Only the ids of the rows are held; a row's data is asked for (with its page neighbours) the
first time the view paints it. A bounded number of pages stays cached, so 100,000 rows cost
100,000 integers plus a few pages. ``refresh`` reloads the ids and drops the cache.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record id
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: its translated title, how to read its text from a record, its starting width."""

    title: str
    text: Callable[[Any], str]
    width: int = 0  # 0: the default width (the first column stretches)


class LazyTableModel(QAbstractTableModel):
    """Rows identified by ids; records loaded by page through ``load_rows(ids) -> records``."""

    def __init__(self, columns: Sequence[Column], load_ids: Callable[[], list[int]],
                 load_rows: Callable[[list[int]], Sequence[Any]], page_size: int = 100,
                 cached_pages: int = 20, parent: Any = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._load_ids = load_ids
        self._load_rows = load_rows
        self.page_size = page_size
        self._cached_pages = cached_pages
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self.fetched_rows = 0  # how many records were loaded since the last refresh (tests, bench)

    def column_widths(self) -> list[int]:
        return [column.width for column in self._columns]

    # -- contents ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the ids (the vault changed, or the search did) and forget every cached row."""
        self.beginResetModel()
        self._ids = list(self._load_ids())
        self._pages.clear()
        self.fetched_rows = 0
        self.endResetModel()

    def clear(self) -> None:
        """Hold nothing any more (the vault was locked)."""
        self.beginResetModel()
        self._ids = []
        self._pages.clear()
        self.fetched_rows = 0
        self.endResetModel()

    def set_loaders(self, load_ids: Callable[[], list[int]], load_rows: Callable[[list[int]], Sequence[Any]]) -> None:
        self._load_ids, self._load_rows = load_ids, load_rows

    def row_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def record(self, row: int) -> Any | None:
        """The record shown on ``row`` (loading its page if needed)."""
        if not 0 <= row < len(self._ids):
            return None
        page_number = row // self.page_size
        page = self._pages.get(page_number)
        if page is None:
            page = self._fetch_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def _fetch_page(self, page_number: int) -> dict[int, Any]:
        start = page_number * self.page_size
        ids = self._ids[start:start + self.page_size]
        records = self._load_rows(ids)
        page = {record.id: record for record in records}
        self.fetched_rows += len(page)
        self._pages[page_number] = page
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return page

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self._columns):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        # No tooltips: Qt would render a tooltip that looks like markup as rich text.
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        record = self.record(index.row())
        if record is None:  # removed since the ids were read; the next refresh drops the row
            return ""
        text = self._columns[index.column()].text(record)
        return "" if text is None else str(text)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None
