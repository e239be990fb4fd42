"""A request's letter on screen: subject and body, editable while a draft, read-only once sent.

The addresses, date and reference come from the vault and are shown above the text; the
person edits what they write (subject and body). "Reset to template" renders the draft again
from today's data.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error
from ui.widgets.plain_label import plain_label
from vault.cases.letter_context import regenerate_letter
from vault.cases.letter_store import StoredLetter, current_letter, edit_letter
from vault.cases.requests import get_request
from vault.letters.document import LetterDocument
from vault.storage.store import Vault


class LetterEditor(QWidget):
    """Subject line and body of the current letter of one request."""

    reset_done = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.request_id: int | None = None
        self._stored: StoredLetter | None = None
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.header = plain_label()
        self.header.setAccessibleName(self.tr("Addresses, date and reference"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Letter text"))
        self.body.setTabChangesFocus(True)
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.reset_button = QPushButton(self.tr("Reset to template"))
        self.reset_button.setAccessibleName(self.tr("Write the letter again from the template, losing your edits"))
        self.reset_button.clicked.connect(self.reset_to_template)
        # Enter in the wizard or a dialog must never press this button: it throws the edits away.
        self.reset_button.setAutoDefault(False)
        self.reset_button.setDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(QLabel(self.tr("Subject:")))
        layout.addWidget(self.subject)
        layout.addWidget(self.body, 1)

    # -- showing -------------------------------------------------------------------------
    def load(self, request_id: int) -> None:
        """Show the request's current letter (editable while the request is a draft)."""
        self.request_id = request_id
        self._stored = current_letter(self._vault, request_id)
        document = self._stored.document
        request = get_request(self._vault, request_id)
        draft = request.status == "draft" and not self._stored.frozen
        self.subject.setText(document.subject)
        self.body.setPlainText(document.body)
        self.subject.setReadOnly(not draft)
        self.body.setReadOnly(not draft)
        self.reset_button.setVisible(draft)
        self.header.setText(self._header_text(document))
        if draft:
            self.state.setText(self.tr("Draft: you can change the subject and the text until you mark it sent."))
        else:
            sent_on = request.sent_on or (self._stored.frozen_at or "")[:10]
            self.state.setText(self.tr("Sent on %1: the letter is kept exactly as it was sent.").replace("%1", sent_on))

    def clear(self) -> None:
        self.request_id, self._stored = None, None
        for widget in (self.subject, self.body):
            widget.clear()
        self.header.clear()
        self.state.clear()

    @property
    def editable(self) -> bool:
        return self._stored is not None and not self.body.isReadOnly()

    def is_modified(self) -> bool:
        if not self.editable or self._stored is None:
            return False
        document = self._stored.document
        return self.body.toPlainText() != document.body or self.subject.text() != document.subject

    # -- changing ------------------------------------------------------------------------
    def save(self, *, quiet: bool = False) -> bool:
        """Store the edits of a draft (nothing to do when unchanged); False with a message if refused.

        ``quiet``: no message box (the app is locking or quitting; a refused edit stays unsaved).
        """
        if not self.is_modified() or self.request_id is None:
            return True
        try:
            edit_letter(self._vault, self.request_id, self.body.toPlainText(), self.subject.text())
        except Exception as error:  # noqa: BLE001 - shown to the user; the text stays on screen
            if not quiet:
                show_error(self, error)
            return False
        self._stored = current_letter(self._vault, self.request_id)
        return True

    def document(self) -> LetterDocument | None:
        """The letter as it stands, edits saved first; None if they could not be saved."""
        if self.request_id is None or not self.save():
            return None
        return current_letter(self._vault, self.request_id).document

    def reset_to_template(self) -> None:
        if self.request_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Reset to template"),
                                      self.tr("The letter is written again from the template and today's data; "
                                              "your changes to it are lost. Continue?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            regenerate_letter(self._vault, self.request_id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        self.load(self.request_id)
        self.reset_done.emit()

    def _header_text(self, document: LetterDocument) -> str:
        lines = [self.tr("From: %1").replace("%1", ", ".join(document.sender_lines)),
                 self.tr("To: %1").replace("%1", ", ".join(document.recipient_lines))]
        if document.recipient_email:
            lines.append(self.tr("E-mail to: %1").replace("%1", document.recipient_email))
        lines.append(f"{document.place_date} · {document.reference}")
        return "\n".join(lines)
