"""Additions to a ListPage's layout: tabs beside the list (details first), a widget beside the search box."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget, QWidget

from ui.pages.list_page import ListPage


def add_detail_tabs(page: ListPage, panels: Sequence[tuple[str, QWidget] | tuple[str, QWidget, str]],
                    sizes: tuple[int, int] = (600, 440)) -> QTabWidget:
    """Put ``page.detail`` in a tab widget, followed by ``panels`` (title, widget[, tooltip]); returns the tabs.

    ``sizes``: the starting widths of the list and of the tabs.
    """
    splitter = page.detail.parentWidget()
    tabs = QTabWidget()
    tabs.setAccessibleName(QCoreApplication.translate("ListPage", "Details"))
    tabs.setDocumentMode(True)
    if isinstance(splitter, QSplitter):
        index = splitter.indexOf(page.detail)
        splitter.replaceWidget(index, tabs)
        splitter.setStretchFactor(index, 1)
        splitter.setSizes(list(sizes))
    tabs.addTab(page.detail, QCoreApplication.translate("ListPage", "Details"))
    for title, panel, *explanation in panels:
        index = tabs.addTab(panel, title)
        if explanation:  # a one-line explanation in plain words, on the tab
            tabs.setTabToolTip(index, explanation[0])
    return tabs


def put_beside_search(page: ListPage, widget: QWidget) -> None:
    """Show ``widget`` (a filter, a button) to the right of the page's search box."""
    column = page.search.parentWidget().layout()
    index = column.indexOf(page.search)
    column.removeWidget(page.search)
    row = QHBoxLayout()
    row.addWidget(page.search, 1)
    row.addWidget(widget)
    column.insertLayout(index, row)
