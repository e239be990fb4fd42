"""Opening an attachment kept in the vault: shown in the app (text, images) or saved where asked.

The decrypted bytes never go to a temporary file: images are decoded from memory
(``QPixmap.loadFromData``), text is shown in a read-only editor, and anything else can only
be saved, to the place the person chooses.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.file_choice import ask_save_path, preferences_of, safe_file_name
from ui.errors import show_error
from ui.lock_shortcut import add_lock_shortcut
from vault.storage.attachments import Attachment, read_attachment, save_attachment_to
from vault.storage.store import Vault

MAX_TEXT_SHOWN = 2_000_000  # characters; a bigger text file is saved, not shown


def can_show(mime_type: str) -> bool:
    """Whether the app shows this kind of file itself."""
    return mime_type.startswith("text/") or mime_type.startswith("image/") or mime_type in (
        "application/json", "application/xml")


def save_attachment_as(parent: QWidget, vault: Vault, attachment_id: int, name: str) -> Path | None:
    """Ask where to save an attachment and write it there (only there); None if cancelled."""
    title = QCoreApplication.translate("AttachmentViewer", "Save the attachment")
    path = ask_save_path(parent, preferences_of(parent), title, safe_file_name(name) or "attachment")
    if not path:
        return None
    try:
        return save_attachment_to(vault, attachment_id, path, overwrite=True)  # the dialog asked already
    except Exception as error:  # noqa: BLE001 - shown to the user
        show_error(parent, error)
        return None


class AttachmentViewer(QDialog):
    """An attachment shown from memory, with "Save as…"."""

    def __init__(self, vault: Vault, attachment_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        meta, data = read_attachment(vault, attachment_id)
        self.attachment: Attachment = meta
        self.setWindowTitle(self.tr("Attachment"))  # never the file's name: titles reach the window manager
        self.setAccessibleName(self.tr("Attachment viewer"))
        name = QLabel(meta.name)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setAccessibleName(self.tr("File name"))
        self.content = self._content(meta, data)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = buttons.addButton(self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.setAccessibleName(self.tr("Save the attachment as a file"))
        save.clicked.connect(lambda: save_attachment_as(self, vault, meta.id, meta.name))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addWidget(self.content, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        add_lock_shortcut(self)

    def _content(self, meta: Attachment, data: bytes) -> QWidget:
        if meta.mime_type.startswith("image/"):
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                image = QLabel()
                image.setPixmap(pixmap)
                image.setAlignment(Qt.AlignmentFlag.AlignCenter)
                image.setAccessibleName(self.tr("Image"))
                area = QScrollArea()
                area.setWidget(image)
                area.setWidgetResizable(True)
                return area
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Content"))
        if can_show(meta.mime_type) and not meta.mime_type.startswith("image/"):
            text.setPlainText(data[:MAX_TEXT_SHOWN].decode("utf-8", errors="replace"))
        else:
            text.setPlainText(self.tr("This kind of file cannot be shown here; use “Save as…” to open it "
                                      "with another program."))
        return text
