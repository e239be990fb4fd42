"""The lazy table model: Qt's model checks, and 10,000 controllers without loading them all."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from ui.models.table_model import ID_ROLE, Column, LazyTableModel
from vault.organisations.controllers import controller_values, get_controller, insert_controller, list_controllers


@dataclass
class Row:
    id: int
    name: str


def counting_model(records: dict[int, Row], page_size: int = 50) -> tuple[LazyTableModel, list[list[int]]]:
    requests: list[list[int]] = []

    def load_rows(ids: list[int]) -> list[Row]:
        requests.append(list(ids))
        return [records[i] for i in ids if i in records]

    model = LazyTableModel([Column("Name", lambda r: r.name), Column("Length", lambda r: len(r.name))],
                           lambda: list(records), load_rows, page_size=page_size, cached_pages=3)
    model.refresh()
    return model, requests


def test_qtmodeltester(qtmodeltester):
    records = {i: Row(i, f"name {i}") for i in range(1, 260)}
    model, _ = counting_model(records)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_qtmodeltester_empty(qtmodeltester):
    model, _ = counting_model({})
    qtmodeltester.check(model, force_py=True)


def test_fetches_by_page_caches_and_bounds_the_cache():
    records = {i: Row(i, f"name {i}") for i in range(1000)}
    model, requests = counting_model(records, page_size=50)
    assert requests == []  # nothing fetched before something is shown
    assert model.data(model.index(0, 0)) == "name 0"
    assert model.data(model.index(49, 1)) == "7"  # plain strings, even for numbers
    assert len(requests) == 1 and len(requests[0]) == 50
    assert model.data(model.index(120, 0)) == "name 120"
    assert len(requests) == 2
    for row in (200, 300, 400):  # with 3 pages cached, page 0 is forgotten
        model.data(model.index(row, 0))
    model.data(model.index(0, 0))
    assert len(requests) == 6
    assert model.data(model.index(5, 0), ID_ROLE) == 5


def test_refresh_drops_the_cache_and_removed_rows_do_not_break():
    records = {i: Row(i, f"name {i}") for i in range(10)}
    model, requests = counting_model(records)
    model.data(model.index(3, 0))
    del records[3]
    assert model.data(model.index(3, 0)) == "name 3"  # cached
    model.refresh()
    assert model.rowCount() == 9
    assert model.fetched_rows == 0
    records[4] = Row(4, "renamed")
    del records[5]
    assert model.data(model.index(3, 0)) == "renamed"
    assert model.data(model.index(4, 0)) == ""  # removed meanwhile: empty until the next refresh
    model.clear()
    assert model.rowCount() == 0


def test_markup_is_returned_as_plain_text():
    model, _ = counting_model({1: Row(1, "<b>x</b><img src=x>")})
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "<b>x</b><img src=x>"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None


def test_ten_thousand_controllers_fetch_one_page(qtbot, vault):
    with vault.transaction() as connection:
        for number in range(10_000):
            insert_controller(connection, controller_values(name=f"Controller {number:05d}", country="FR"))
    fetched: list[int] = []

    def load_rows(ids: list[int]):
        fetched.extend(ids)
        return [get_controller(vault, i) for i in ids]

    model = LazyTableModel([Column("Name", lambda c: c.name)],
                           lambda: [c.id for c in list_controllers(vault)], load_rows, page_size=100)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    model.refresh()
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 10_000
    assert model.data(model.index(0, 0)) == "Controller 00000"
    assert len(fetched) == 100 == model.fetched_rows  # one page for the rows on screen
    view.scrollToBottom()
    qtbot.wait(50)
    assert model.data(model.index(9_999, 0)) == "Controller 09999"
    assert len(fetched) == 200


def test_ten_thousand_controllers_in_the_page(qtbot, vault, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.clipboard import SecureClipboard
    from ui.context import Context, VaultEvents
    from ui.pages.controllers import ControllersPage
    from ui.preferences import Preferences
    from ui.worker import JobTracker

    with vault.transaction() as connection:
        for number in range(10_000):
            insert_controller(connection, controller_values(name=f"Org {number:05d}"))
    context = Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                      SecureClipboard(), VaultEvents(), JobTracker())
    page = ControllersPage(context)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 10_000
    qtbot.waitUntil(lambda: page.model.fetched_rows > 0)  # painted
    qtbot.wait(50)
    assert page.model.fetched_rows == page.model.page_size
    assert page.count_label.text() == "10000 controller(s)"
