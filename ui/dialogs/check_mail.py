"""Check mail: new messages read from each identity's inbox, each with the request and event proposed.

Nothing is recorded until the person accepts a proposal (possibly corrected: another request,
another kind of event) or dismisses the message. Reading runs in the background; the inbox is
only read, never changed.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.errors import error_text, show_error
from ui.lock_shortcut import add_lock_shortcut
from ui.models.request_words import event_name, right_name
from vault.cases.lifecycle import EVENT_KINDS
from vault.cases.requests import get_request, list_requests
from vault.errors import VaultError
from vault.mail.accounts import get_account, list_accounts
from vault.mail.inbox import (
    InboxMessage,
    accept_message,
    dismiss_message,
    fetch_new,
    message_text,
    pending_messages,
)
from vault.organisations.controllers import get_controller


def fetch_all(vault) -> int:  # noqa: ANN001
    """Read every account's new messages; how many were read."""
    return sum(fetch_new(vault, account.identity_id) for account in list_accounts(vault))


class CheckMailDialog(QDialog):
    """The messages waiting for a decision, and the proposal for the selected one."""

    def __init__(self, context: Context, parent: QWidget | None = None, *, fetch: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check mail"))
        self.setAccessibleName(self.tr("Check mail"))
        self._context = context
        self.messages: list[InboxMessage] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("Subject"), self.tr("Date"),
                                              self.tr("Proposed request")])
        self.table.setAccessibleName(self.tr("Messages waiting"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("The selected message"))
        self.request = QComboBox()
        self.request.setAccessibleName(self.tr("Request the message belongs to"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What the message is"))
        for code in EVENT_KINDS:
            self.kind.addItem(event_name(code), code)
        self.advice = QLabel()
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Mail status"))
        form = QFormLayout()
        form.addRow(self.tr("Request"), self.request)
        form.addRow(self.tr("Event"), self.kind)
        form.addRow(self.advice)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setAccessibleName(self.tr("Record the message as this event of this request"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Leave the message out of every request"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.fetch_button = QPushButton(self.tr("Check again"))
        self.fetch_button.clicked.connect(self.fetch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.accept_button, self.dismiss_button, self.fetch_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.body, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(860, 680)
        add_lock_shortcut(self)
        self._fill_requests()
        self.refresh()
        if fetch:
            self.fetch()

    def _fill_requests(self) -> None:
        vault = self._context.vault
        self.request.clear()
        self.request.addItem(self.tr("(choose a request)"), None)
        for request in list_requests(vault):
            if request.status == "draft":
                continue
            controller = get_controller(vault, request.controller_id)
            self.request.addItem(f"{request.id}: {right_name(request.right)} — {controller.name}", request.id)

    def fetch(self) -> None:
        """Read new messages in the background, then show what waits."""
        if not list_accounts(self._context.vault):
            self.status.setText(self.tr("No identity has a mail account yet: set one up on the Identities page."))
            return
        self.fetch_button.setEnabled(False)
        self.status.setText(self.tr("Checking mail…"))

        def done(read: int) -> None:
            self.fetch_button.setEnabled(True)
            self.status.setText(self.tr("%1 new message(s) read.").replace("%1", str(read)))
            self.refresh()

        def failed(error: BaseException) -> None:
            self.fetch_button.setEnabled(True)
            self.status.setText(error_text(error))
            self.refresh()

        self._context.run(lambda: fetch_all(self._context.vault), done, failed)

    def refresh(self) -> None:
        """Show the messages waiting (matched first)."""
        self.messages = pending_messages(self._context.vault)
        self.table.setRowCount(len(self.messages))
        for row, message in enumerate(self.messages):
            proposed = ""
            if message.request_id is not None:
                request = get_request(self._context.vault, message.request_id)
                proposed = f"{message.request_id}: {right_name(request.right)}"
            for column, text in enumerate((message.from_addr, message.subject, message.sent_date[:10], proposed)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.messages:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> InboxMessage | None:
        rows = self.table.selectionModel().selectedRows()
        return self.messages[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        message = self.selected()
        for widget in (self.accept_button, self.dismiss_button, self.request, self.kind):
            widget.setEnabled(message is not None)
        if message is None:
            self.advice.clear()
            self.body.clear()
            return
        self.body.setPlainText(message_text(self._context.vault, message) or self.tr(
            "This message matched no request; it is read again from the server when you accept it."))
        self.request.setCurrentIndex(max(0, self.request.findData(message.request_id)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(message.suggested_kind or "answered")))
        self.advice.setText(self.tr("The e-mail did not arrive: send the letter by post to the controller's "
                                    "postal address.") if message.suggested_kind == "not-delivered" else "")

    def accept_selected(self) -> None:
        """Record the selected message as the chosen event of the chosen request."""
        message = self.selected()
        if message is None:
            return
        if self.request.currentData() is None:
            self.status.setText(self.tr("Choose the request this message belongs to."))
            return
        try:
            accept_message(self._context.vault, message.uid, request_id=self.request.currentData(),
                           kind=self.kind.currentData())
        except VaultError as error:
            show_error(self, error)
            return
        self._context.events.changed.emit("request")
        self.status.setText(self.tr("Recorded."))
        self.refresh()

    def dismiss_selected(self) -> None:
        """Leave the selected message out of every request."""
        message = self.selected()
        if message is None:
            return
        try:
            dismiss_message(self._context.vault, message.uid,
                            identity_id=get_account(self._context.vault, message.account_id).identity_id)
        except VaultError as error:
            show_error(self, error)
            return
        self.refresh()


# While the vault is unlocked, inboxes are read this often in the background (proposals wait in
# Check mail; nothing is recorded without the person).
CHECK_EVERY_MINUTES = 10


def start_mail_timer(window: QWidget, context: Context) -> QTimer:
    """Read every account's new messages every few minutes while ``context``'s vault is open."""
    from ui.dialogs.request_actions import vault_is_open

    timer = QTimer(window)
    timer.setInterval(CHECK_EVERY_MINUTES * 60 * 1000)

    def tick() -> None:
        if not vault_is_open(context.vault):
            timer.stop()
            return
        if list_accounts(context.vault):
            # A failure (offline, server down) is said when the person opens Check mail.
            context.run(lambda: fetch_all(context.vault), None, lambda error: None)

    timer.timeout.connect(tick)
    timer.start()
    return timer


def check_mail(parent: QWidget, context: Context) -> None:
    """The Check mail dialog over ``parent``."""
    dialog = CheckMailDialog(context, parent)
    dialog.exec()
