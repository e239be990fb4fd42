"""Send by e-mail: the message shown as it will leave, then sent from the identity's account.

With an account, the dialog builds the message (letter as text, letter as PDF, the files the
person adds), shows it, and sends it in the background; the request is then marked sent with
the message kept as evidence. Without one, it offers to set one up, or to open the letter in
the person's own mail program (a ``mailto:`` link, or a draft ``.eml`` saved where they choose
when files go with it) and then to confirm that it left.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.dialogs.mail_account import edit_mail_account
from ui.errors import error_text, show_error
from ui.lock_shortcut import add_lock_shortcut
from ui.rendering.letter_formats import letter_pdf_bytes
from ui.widgets.plain_label import plain_label
from vault.cases.lifecycle import mark_sent
from vault.cases.requests import get_request
from vault.errors import VaultError
from vault.mail.accounts import find_account
from vault.mail.mail_program import email_letter, mailto_url, unsent_eml
from vault.mail.sending import OutgoingMail, build_request_mail, send_request_mail
from vault.storage.attachments import attachment_from_file, guess_mime_type


class SendMailDialog(QDialog):
    """The message of one draft request, and how to send it."""

    def __init__(self, context: Context, request_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send by e-mail"))
        self.setAccessibleName(self.tr("Send by e-mail"))
        self._context = context
        self._request_id = request_id
        self._files: list[tuple[str, bytes]] = []
        self.mail: OutgoingMail | None = None
        self.sent_message_id: str | None = None
        self.marked_sent = False
        self.header = QFormLayout()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The message as it will be sent"))
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.setMaximumHeight(90)
        self.add_file = QPushButton(self.tr("Attach a file…"))
        self.add_file.clicked.connect(self._attach)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sending status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.send_button = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.clicked.connect(self.send)
        self.account_button = self.buttons.addButton(self.tr("Set up a mail account…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.account_button.clicked.connect(self._set_up_account)
        self.program_button = self.buttons.addButton(self.tr("Open in my mail program"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.program_button.clicked.connect(self.open_in_mail_program)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(self.add_file, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.text, 1)
        layout.addLayout(files_row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 620)
        add_lock_shortcut(self)
        self._build()

    def _build(self) -> None:
        """Build the message anew (after a file is added or an account set up) and show it."""
        vault = self._context.vault
        request = get_request(vault, self._request_id)
        account = find_account(vault, request.identity_id)
        while self.header.rowCount():
            self.header.removeRow(0)
        self.mail = None
        try:
            if account is not None:
                self.mail = build_request_mail(vault, self._request_id, pdf=letter_pdf_bytes, attachments=self._files)
                recipient, subject, text = self.mail.recipient, self.mail.subject, self.mail.text()
                names = self.mail.attachment_names()
                self.header.addRow(self.tr("From"), plain_label(account.address))
            else:
                letter = email_letter(vault, self._request_id)
                recipient, subject, text = letter.recipient_email, letter.subject, letter.as_text()
                names = [name for name, _ in self._files]
                self.status.setText(self.tr("This identity has no mail account: set one up to send from here, "
                                            "or open the message in your own mail program."))
        except VaultError as error:
            self.status.setText(error_text(error))
            self.send_button.setEnabled(False)
            self.program_button.setEnabled(False)
            return
        self.header.addRow(self.tr("To"), plain_label(recipient))
        self.header.addRow(self.tr("Subject"), plain_label(subject))
        self.text.setPlainText(text)
        self.files.clear()
        self.files.addItems(names)
        self.send_button.setEnabled(account is not None)
        self.account_button.setVisible(account is None)

    def _attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if not path:
            return
        try:
            self._files.append(attachment_from_file(Path(path)))
        except VaultError as error:
            show_error(self, error)
            return
        self._build()

    def _set_up_account(self) -> None:
        request = get_request(self._context.vault, self._request_id)
        if edit_mail_account(self._context, self, request.identity_id):
            self.status.clear()
            self._build()

    def send(self) -> None:
        """Send in the background; the dialog closes once the server took it and the request is marked sent."""
        if self.mail is None:
            return
        mail = self.mail
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))

        def done(sent) -> None:  # noqa: ANN001
            self.sent_message_id = sent.message_id
            self.marked_sent = True
            self._context.events.changed.emit("request")
            self.accept()

        def failed(error: BaseException) -> None:
            self.send_button.setEnabled(True)
            self.status.setText(error_text(error))

        self._context.run(lambda: send_request_mail(self._context.vault, mail), done, failed)

    def open_in_mail_program(self) -> None:
        """A mailto: link for a plain letter, else a draft .eml saved where the person says; then ask if it left."""
        try:
            letter = email_letter(self._context.vault, self._request_id)
            url = None if self._files else mailto_url(letter)
            if url is not None:
                QDesktopServices.openUrl(QUrl(url))
            else:
                path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the draft e-mail"),
                                                      f"{letter.reference}.eml", self.tr("E-mail (*.eml)"))
                if not path:
                    return
                files = [(name, guess_mime_type(name), data) for name, data in self._files]
                Path(path).write_bytes(unsent_eml(letter, files))
                QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        except (VaultError, OSError) as error:
            show_error(self, error)
            return
        self.confirm_sent()

    def confirm_sent(self) -> None:
        """Ask whether the message left; if so, mark the request sent by e-mail today."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Send by e-mail"),
                          self.tr("Did the e-mail leave from your mail program? Marking the request sent freezes "
                                  "the letter and starts the deadline."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("It was sent"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Not yet"))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            from datetime import date

            mark_sent(self._context.vault, self._request_id, on=date.today(), channel="email")
        except VaultError as error:
            show_error(self, error)
            return
        self.marked_sent = True
        self._context.events.changed.emit("request")
        self.accept()


def send_by_email(context: Context, parent: QWidget, request_id: int) -> bool:
    """The send dialog over ``parent``; True when the request was sent (and marked so)."""
    try:
        dialog = SendMailDialog(context, request_id, parent)
    except VaultError as error:
        show_error(parent, error)
        return False
    dialog.exec()
    return dialog.marked_sent
