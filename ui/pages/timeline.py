"""A request's history: dated events with their notes and attachments; files can be dropped on it.

Dropping files (from a file manager) asks for a new event carrying them; an attachment opens
in the app (text, images) or is saved where the person chooses, never to a temporary file.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.attachment_viewer import AttachmentViewer, can_show, save_attachment_as
from ui.errors import show_error
from ui.models.dates import date_text
from ui.models.request_words import event_name, event_note_text
from ui.widgets.file_drops import FileDropTarget
from vault.cases.letter_store import reference_for
from vault.cases.lifecycle import event_attachments, events_of
from vault.cases.requests import get_request
from vault.errors import NotFound
from vault.storage.attachments import attachment_info
from vault.storage.store import Vault

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the attachment id on an attachment's row


def size_text(size: int) -> str:
    for unit, factor in (("MB", 1024 * 1024), ("kB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} B"


class _DropTree(FileDropTarget, QTreeWidget):
    """A tree that takes files dropped from outside (and nothing else)."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def take_dropped_files(self, paths: list[str]) -> None:
        self.files_dropped.emit(paths)


class Timeline(QWidget):
    """The events of one request, oldest first, with "View" and "Save as…" for attachments."""

    files_dropped = Signal(list)  # paths dropped on the timeline

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.tree = _DropTree()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Note")])
        self.tree.setAccessibleName(self.tr("Timeline"))
        self.tree.setAccessibleDescription(self.tr("Drop files here to record an event with attachments."))
        self.tree.setRootIsDecorated(True)
        # Notes and event names wrap inside the pane instead of being cut at its edge (French, German).
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setMinimumHeight(140)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.files_dropped.connect(self.files_dropped)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self._open(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.setAccessibleName(self.tr("View the selected attachment"))
        self.view_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setAccessibleName(self.tr("Save the selected attachment as a file"))
        self.save_button.clicked.connect(self._save_current)
        hint = QLabel(self.tr("Drop files on the timeline to record an event with them."))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # dimmed by the platform style
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_request(self, request_id: int) -> None:
        """Fill the tree with the request's events and their attachments."""
        self.tree.clear()
        for event in events_of(self._vault, request_id):
            note = event_note_text(event.note, self._reference_of)
            item = QTreeWidgetItem([date_text(event.on_date), event_name(event.kind), note])
            for column in (1, 2):
                item.setToolTip(column, item.text(column))
            if event.flag == "late":
                item.setText(1, self.tr("%1 (too late: the original deadline stands)").replace("%1", item.text(1)))
            for attachment_id, name, size in event_attachments(self._vault, event.id):
                child = QTreeWidgetItem(["", name, size_text(size)])
                child.setData(0, ATTACHMENT_ROLE, attachment_id)
                child.setIcon(1, self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
                child.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.tr("Attachment %1").replace("%1", name))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        self._update_buttons()

    def _reference_of(self, request_id: int) -> str:
        try:
            return reference_for(get_request(self._vault, request_id))
        except NotFound:
            return str(request_id)

    def clear(self) -> None:
        self.tree.clear()
        self._update_buttons()

    def attachment_items(self) -> list[QTreeWidgetItem]:
        items = []
        for row in range(self.tree.topLevelItemCount()):
            event = self.tree.topLevelItem(row)
            items += [event.child(i) for i in range(event.childCount())]
        return items

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        has_attachment = item is not None and item.data(0, ATTACHMENT_ROLE) is not None
        self.view_button.setEnabled(has_attachment)
        self.save_button.setEnabled(has_attachment)

    def _open(self, item: QTreeWidgetItem | None) -> None:
        attachment_id = item.data(0, ATTACHMENT_ROLE) if item is not None else None
        if attachment_id is None:
            return
        try:
            info = attachment_info(self._vault, attachment_id)
            if not can_show(info.mime_type):
                save_attachment_as(self, self._vault, info.id, info.name)
                return
            AttachmentViewer(self._vault, attachment_id, self).exec()
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)

    def _save_current(self) -> None:
        item = self.tree.currentItem()
        attachment_id = item.data(0, ATTACHMENT_ROLE) if item is not None else None
        if attachment_id is not None:
            save_attachment_as(self, self._vault, attachment_id, item.text(1))
