"""The request list and its detail pane: lazy model, markup literal, mark sent, events with dropped files."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QTableView

from tests.ui.request_helpers import make_context, new_request, people, when_modal
from ui.dialogs.event import EventDialog
from ui.dialogs.letter import LetterDialog
from ui.dialogs.sent import SentDialog
from ui.models.request_list import RequestFilter, RequestListModel
from ui.pages.requests import RequestsPage
from vault.cases.lifecycle import event_attachments, events_of
from vault.cases.requests import get_request
from vault.organisations.controllers import add_controller
from vault.storage.attachments import read_attachment

MARKUP = "<b>x</b><img src=x>"


@pytest.fixture
def context(vault, tmp_path: Path):
    return make_context(vault, tmp_path)


@pytest.fixture
def page(qtbot, context) -> RequestsPage:
    page = RequestsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def insert_requests(vault, identity: int, controller: int, count: int) -> None:
    """``count`` sent requests straight into the table (the fast way for list tests)."""
    start = date(2020, 1, 1)
    rows = [(identity, controller, "access", "en", "sent", start.isoformat(),
             (start + timedelta(days=i % 900)).isoformat(), (start + timedelta(days=i % 900 + 30)).isoformat())
            for i in range(count)]
    with vault.transaction() as connection:
        connection.executemany("INSERT INTO request (identity_id, controller_id, right, lang, status, created_on, "
                               "sent_on, due_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def test_model_on_10000_requests_fetches_one_page(qtbot, qtmodeltester, vault, context):
    who = people(vault)
    insert_requests(vault, who.jane, who.acme, 10_000)
    model = RequestListModel(lambda: vault, RequestFilter)
    model.refresh()
    assert model.rowCount() == 10_000 and model.fetched_rows == 0
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitUntil(lambda: model.fetched_rows > 0)
    assert model.fetched_rows <= model.page_size  # what is painted, a page at a time
    assert model.data(model.index(0, 0)) == "ACME SAS"
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.fetched_rows > model.page_size)
    assert model.fetched_rows <= 2 * model.page_size
    qtmodeltester.check(model)  # Qt's own tester: the Python one takes seconds on 10,000 rows


def test_sorting_is_done_by_the_vault(qtbot, vault, page):
    who = people(vault)
    other = add_controller(vault, name="Zeta GmbH", country="DE", emails=["dsb@zeta.example"])
    first = new_request(vault, who.jane, other)
    second = new_request(vault, who.jane, who.acme)
    page.refresh()
    assert [page.model.row_id(r) for r in range(2)] == [second, first]  # newest first
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # controller
    assert page.model.sort_key == "controller"
    assert [page.model.data(page.model.index(r, 0)) for r in range(2)] == ["ACME SAS", "Zeta GmbH"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.data(page.model.index(0, 0)) == "Zeta GmbH"


def test_search_and_filters(qtbot, vault, page):
    who = people(vault)
    other = add_controller(vault, name="Globex", country="DE", emails=["dsb@globex.example"])
    overdue = new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=90))
    new_request(vault, who.jane, other)
    page.refresh()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "glob")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.search.clear()
    page.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_id(0) == overdue
    page.show_list(("draft",))
    assert page.model.rowCount() == 1 and page.model.data(page.model.index(0, 0)) == "Globex"


def test_markup_is_shown_literally_in_the_list_and_the_detail(qtbot, vault, page):
    who = people(vault, MARKUP)
    request_id = new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=3))
    from vault.cases.lifecycle import add_event
    add_event(vault, request_id, "acknowledged", on=date.today(), note="<i>we got it</i>")
    page.refresh()
    assert page.model.data(page.model.index(0, 0)) == MARKUP
    page.table.selectRow(0)
    detail = page.detail
    assert detail.title.text().endswith(MARKUP) and detail.title.textFormat() == Qt.TextFormat.PlainText
    for label in detail.values.values():
        assert label.textFormat() == Qt.TextFormat.PlainText
    notes = [detail.timeline.tree.topLevelItem(i).text(2) for i in range(detail.timeline.tree.topLevelItemCount())]
    assert "<i>we got it</i>" in notes


def test_mark_sent_from_the_detail_shows_the_deadline(qtbot, vault, page):
    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme)
    page.refresh()
    page.table.selectRow(0)
    assert page.detail.sent_button.isEnabled()
    assert "Deadline" not in page.detail.values

    def in_letter(dialog: LetterDialog) -> None:
        assert not dialog.editor.body.isReadOnly()

        def in_sent(sent: SentDialog) -> None:
            sent.sent_form.sent_on.setDate(sent.sent_form.sent_on.date().addDays(-2))
            sent.sent_form.channel.setCurrentIndex(sent.sent_form.channel.findData("post"))
            sent._save()

        when_modal(SentDialog, in_sent)
        dialog.sent_button.click()
        assert dialog.editor.body.isReadOnly()  # frozen now
        assert "Answer due by" in dialog.status.text()
        dialog.reject()

    when_modal(LetterDialog, in_letter)
    page.detail.sent_button.click()
    qtbot.waitUntil(lambda: "Deadline" in page.detail.values)
    request = get_request(vault, request_id)
    deadline = page.detail.values["Deadline"].text()
    assert request.due_on in deadline and "(estimate)" in deadline  # posted: delivery not known yet
    assert page.detail.values["Status"].text() == "Sent"
    assert page.detail.values["Next step"].text() == "Record delivery"
    assert [page.detail.timeline.tree.topLevelItem(i).text(1)
            for i in range(page.detail.timeline.tree.topLevelItemCount())] == ["Request sent"]


def drop_files(widget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = QPointF(widget.rect().center())
    for event_type in (QDropEvent.Type.DragEnter, QDropEvent.Type.DragMove):
        from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
        cls = QDragEnterEvent if event_type == QDropEvent.Type.DragEnter else QDragMoveEvent
        enter = cls(QPoint(int(point.x()), int(point.y())), Qt.DropAction.CopyAction, mime,
                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, enter)
        assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def test_files_dropped_on_the_timeline_become_an_event_with_attachments(qtbot, vault, page, tmp_path):
    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=10))
    answer = tmp_path / "answer.txt"
    answer.write_text("Here is your data: <b>nothing</b>", encoding="utf-8")
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG fake")
    page.refresh()
    page.table.selectRow(0)

    def in_event(dialog: EventDialog) -> None:
        assert [Path(p).name for p in dialog.file_paths()] == ["answer.txt"]
        drop_files(dialog, [scan])  # more files dropped on the dialog itself
        assert [Path(p).name for p in dialog.file_paths()] == ["answer.txt", "scan.png"]
        dialog.kind.setCurrentIndex(dialog.kind.findData("answered"))
        dialog.note.setPlainText("Answer by e-mail")
        dialog._save()
        assert dialog.result() == 1, dialog.error.text()

    when_modal(EventDialog, in_event)
    drop_files(page.detail.timeline.tree.viewport(), [answer])
    qtbot.waitUntil(lambda: page.detail.values.get("Status") is not None
                    and page.detail.values["Status"].text() == "Answered")
    events = events_of(vault, request_id)
    assert [e.kind for e in events] == ["sent", "answered"]
    attached = event_attachments(vault, events[1].id)
    assert [name for _, name, _ in attached] == ["answer.txt", "scan.png"]
    assert read_attachment(vault, attached[0][0])[1] == answer.read_bytes()
    items = page.detail.timeline.attachment_items()
    assert [item.text(1) for item in items] == ["answer.txt", "scan.png"]


def test_a_text_attachment_is_shown_in_the_app_without_a_file(qtbot, vault, page, tmp_path, monkeypatch):
    from ui.dialogs.attachment_viewer import AttachmentViewer
    from vault.cases.lifecycle import add_event

    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=10))
    add_event(vault, request_id, "answered", on=date.today(), attachments=[("data.txt", b"<b>your data</b>")])
    page.refresh()
    page.table.selectRow(0)
    item = page.detail.timeline.attachment_items()[0]
    page.detail.timeline.tree.setCurrentItem(item)
    shown: list[str] = []
    when_modal(AttachmentViewer, lambda viewer: shown.append(viewer.content.toPlainText()))
    page.detail.timeline.view_button.click()
    assert shown == ["<b>your data</b>"]


def test_a_reminder_is_offered_only_after_the_deadline(qtbot, vault, page):
    who = people(vault)
    new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=3))
    page.refresh()
    page.table.selectRow(0)
    reminder = page.detail.follow_up_menu.kind_actions["reminder"]
    assert not reminder.isEnabled() and "day after the deadline" in reminder.toolTip()
    assert page.detail.follow_up_menu.kind_actions["complaint"].isEnabled()
    new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=40))
    page.refresh()
    page.table.selectRow(0)  # newest first: the overdue one
    assert page.detail.follow_up_menu.kind_actions["reminder"].isEnabled()


def test_a_large_data_export_is_stored_in_the_background_with_a_progress_bar(qtbot, vault, tmp_path):
    from PySide6.QtWidgets import QProgressBar, QProgressDialog

    from vault.storage.attachment_chunks import is_chunked
    from vault.storage.attachments import MAX_SIZE, attachment_info

    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=10))
    export = tmp_path / "takeout.zip"
    with export.open("wb") as handle:
        handle.write(b"PK" + bytes(1000))
        handle.truncate(MAX_SIZE + 4096)  # above what is read whole: streamed in chunks
    dialog = EventDialog(vault, request_id, "answered", [str(export)])
    qtbot.addWidget(dialog)
    seen: list[int] = []
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog._save()
        bar = dialog.findChild(QProgressDialog)
        assert bar is not None and bar.maximum() == 1000
        bar.findChild(QProgressBar).valueChanged.connect(seen.append)
    assert seen and seen[-1] == 1000  # it moved, and reached the end
    [(attachment_id, name, size)] = event_attachments(vault, events_of(vault, request_id)[-1].id)
    assert (name, size) == ("takeout.zip", MAX_SIZE + 4096)
    assert is_chunked(vault, attachment_id) and attachment_info(vault, attachment_id).size == size
