"""Recording what happened to a request: kind, date (never in the future), note, attachments.

Files are chosen with a file dialog or dropped on the dialog; they are read, and stored
encrypted in the vault, only when the event is saved.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.file_choice import ask_open_paths, preferences_of
from ui.dialogs.record import RecordDialog
from ui.errors import show_error
from ui.lock_shortcut import add_lock_shortcut
from ui.models.dates import date_format
from ui.models.request_words import event_name
from ui.widgets.file_drops import FileDropTarget
from ui.worker import run_in_background
from vault.cases.lifecycle import EVENT_KINDS, add_event
from vault.cases.requests import get_request
from vault.errors import VaultError
from vault.storage.attachment_chunks import StreamedFile
from vault.storage.attachments import attachment_source
from vault.storage.store import Vault


def date_edit(value: date, earliest: date | None = None) -> QDateEdit:
    """A calendar date field, in the UI language's format, that refuses days after today."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMaximumDate(QDate.currentDate())
    if earliest is not None:
        edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


class EventDialog(FileDropTarget, RecordDialog):
    """A new event on a request; ``files`` start the attachment list (e.g. files dropped on the timeline)."""

    def __init__(self, vault: Vault, request_id: int, kind: str | None = None, files: list[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Add an event"), parent)
        self._vault = vault
        self._request_id = request_id
        request = get_request(vault, request_id)
        sent = date.fromisoformat(request.sent_on) if request.sent_on else None
        self.kind = self.add_choice(self.tr("What happened"), [(event_name(k), k) for k in EVENT_KINDS],
                                    kind or "answered")
        self.on_date = date_edit(date.today(), sent)
        self._add(self.tr("Date"), self.on_date)
        self.note = self.add_text(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: what they said, a reference, …"))
        self.files = QListWidget()
        self.files.setMaximumHeight(110)
        self.files.setAccessibleName(self.tr("Attachments"))
        self.files.setToolTip(self.tr("Drop files here, or use “Add files…”"))
        add_files = QPushButton(self.tr("Add files…"))
        add_files.setAccessibleName(self.tr("Add attachment files"))
        add_files.clicked.connect(self._choose_files)
        remove_file = QPushButton(self.tr("Remove"))
        remove_file.setAccessibleName(self.tr("Remove the selected attachment from the list"))
        remove_file.clicked.connect(self._remove_selected_file)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add_files)
        file_buttons.addWidget(remove_file)
        file_buttons.addStretch(1)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.files)
        box_layout.addLayout(file_buttons)
        self.form.addRow(self.tr("Attachments"), box)
        self.setAcceptDrops(True)
        self.add_files(files or [])
        add_lock_shortcut(self)

    def add_files(self, paths: list[str]) -> None:
        """Add files to the list (each once); they are read when the event is saved."""
        present = set(self.file_paths())
        for path in paths:
            if path and path not in present:
                item = QListWidgetItem(Path(path).name)
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.files.addItem(item)
                present.add(path)

    def file_paths(self) -> list[str]:
        return [self.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.files.count())]

    def _choose_files(self) -> None:
        paths = ask_open_paths(self, preferences_of(self), self.tr("Attach files"))
        self.add_files(paths)

    def _remove_selected_file(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def take_dropped_files(self, paths: list[str]) -> None:
        self.add_files(paths)

    def save(self) -> int:
        attachments = [attachment_source(path) for path in self.file_paths()]  # large exports streamed
        return add_event(self._vault, self._request_id, self.kind.currentData(), on=iso(self.on_date),
                         note=self.note.toPlainText(), attachments=attachments)

    def _save(self) -> None:
        """Large files (a data export) are stored in the background, with a progress bar."""
        try:
            sources = [attachment_source(path) for path in self.file_paths()]
        except VaultError as error:
            self.show_problem(str(error))
            return
        large = [(name, data) for name, data in sources if isinstance(data, Path)]
        if not large:
            super()._save()
            return
        total = sum(data.stat().st_size for _name, data in large)
        bar = QProgressDialog(self.tr("Storing the attachments in the vault…"), "", 0, 1000, self)
        bar.setCancelButton(None)  # one transaction: it finishes or stores nothing
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(0)
        bar.setAccessibleName(self.tr("Storing the attachments in the vault…"))
        kind, on, note = self.kind.currentData(), iso(self.on_date), self.note.toPlainText()
        vault, request_id = self._vault, self._request_id

        def work(report: Callable[[int, int], None]) -> int:
            before = 0
            streamed = []
            for name, data in sources:
                if isinstance(data, Path):
                    offset = before
                    data = StreamedFile(data, lambda done, _all, o=offset: report(o + done, total))
                    before += data.path.stat().st_size
                streamed.append((name, data))
            return add_event(vault, request_id, kind, on=on, note=note, attachments=streamed)

        def done(event_id: int) -> None:
            bar.close()
            self.saved_id = event_id
            self.accept()

        def failed(error: BaseException) -> None:
            bar.close()
            if isinstance(error, VaultError):
                self.show_problem(str(error))
            else:
                show_error(self, error)

        self.storing = run_in_background(work, done, failed,
                                         lambda done_bytes, all_bytes: bar.setValue(1000 * done_bytes // max(all_bytes, 1)))
