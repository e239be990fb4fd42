"""The letter of a request, to read, edit (drafts), export, print, copy, and mark sent.

One dialog serves a request from the list, a draft from the dashboard, and every follow-up
(reminder, complaint, reply to an obstacle): preview → export → mark sent.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.context import Context
from ui.dialogs.letter_export import ExportBar
from ui.dialogs.sent import SentDialog
from ui.lock_shortcut import add_lock_shortcut
from ui.models.dates import date_text
from ui.models.request_words import right_name
from ui.widgets.letter_editor import LetterEditor
from vault.cases.requests import get_request


class LetterDialog(QDialog):
    """Preview and edit a letter; the export buttons; "Mark sent…" while it is a draft."""

    def __init__(self, context: Context, request_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.request_id = request_id
        self.marked_sent = False
        self.setWindowTitle(self.tr("Letter"))  # no names in titles: the window manager sees them
        self.setAccessibleName(self.tr("Letter"))
        self.kind = QLabel()
        self.kind.setTextFormat(Qt.TextFormat.PlainText)
        font = self.kind.font()
        font.setBold(True)
        self.kind.setFont(font)
        self.editor = LetterEditor(context.vault)
        self.export = ExportBar(self.editor.document, context.clipboard)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.export.exported.connect(self.status.setText)
        self.export.copy_note_expired.connect(lambda note: self.status.clear() if self.status.text() == note else None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sent_button = self.buttons.addButton(self.tr("Mark sent…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sent_button.setAccessibleName(self.tr("Record that the letter was sent, and start the deadline"))
        self.sent_button.clicked.connect(self.mark_sent)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.editor, 1)
        layout.addWidget(QLabel(self.tr("Save or print the letter, then send it yourself:")))
        layout.addWidget(self.export)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 720)
        add_lock_shortcut(self)
        self.reload()

    def reload(self) -> None:
        request = get_request(self.context.vault, self.request_id)
        self.kind.setText(right_name(request.right))
        self.editor.load(self.request_id)
        self.sent_button.setVisible(request.status == "draft")

    def mark_sent(self) -> None:
        """Save the edits, then ask for the date and channel; the letter freezes."""
        if not self.editor.save():
            return
        dialog = SentDialog(self.context.vault, self.request_id, self)
        if dialog.exec():
            self.marked_sent = True
            self.context.events.changed.emit("request")
            self.reload()
            due = get_request(self.context.vault, self.request_id).effective_due
            self.status.setText(self.tr("Marked sent. Answer due by %1.").replace("%1", date_text(due)) if due else
                                self.tr("Marked sent."))

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        """Closing keeps the edits (nothing typed is lost); a refused edit keeps the dialog open."""
        if self.editor.is_modified():
            if not self.editor.save():
                return
            self.context.events.changed.emit("request")
        super().done(result)
