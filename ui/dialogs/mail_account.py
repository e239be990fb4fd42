"""An identity's mail account: address, servers, security, and where its password is kept.

"Test connection" logs in to both servers in the background with what is typed (before saving)
and says for each what happened: DNS, refused connection, TLS certificate, login. The password
field is never pre-filled and its text goes only to the keyring or the vault.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from ui.context import Context
from ui.dialogs.record import RecordDialog
from ui.errors import error_text
from ui.lock_shortcut import add_lock_shortcut
from vault.errors import InvalidInput, VaultError
from vault.mail.accounts import MailAccount, check_account, find_account, save_account
from vault.mail.connection import check_servers
from vault.mail.passwords import forget_from_keyring, keyring_available, password_for, store_in_keyring


class MailAccountDialog(RecordDialog):
    """Set up or change the mail account of one identity."""

    def __init__(self, context: Context, identity_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Mail account"), parent)
        self._context = context
        self._identity_id = identity_id
        self._existing = find_account(context.vault, identity_id)
        old = self._existing
        self.address = self.add_line(self.tr("E-mail address *"), old.address if old else "", "me@mail.example")
        self.user = self.add_line(self.tr("User name"), old.username if old else "",
                                  self.tr("The address, unless your provider says otherwise"))
        self.smtp = self.add_line(self.tr("Outgoing server (SMTP) *"),
                                  f"{old.smtp_host}:{old.smtp_port}" if old else "", "smtp.mail.example:587")
        self.imap = self.add_line(self.tr("Incoming server (IMAP) *"),
                                  f"{old.imap_host}:{old.imap_port}" if old else "", "imap.mail.example:993")
        self.security = self.add_choice(self.tr("Security"), [
            (self.tr("From the port (465 and 993: TLS; 587 and 143: STARTTLS)"), None),
            (self.tr("TLS"), "tls"), (self.tr("STARTTLS"), "starttls"),
            (self.tr("None (only for a server on this computer)"), "none")],
            old.smtp_security if old and old.smtp_security == old.imap_security else None)
        self.password = self.add_line(self.tr("Password"), "",
                                      self.tr("Unchanged") if old else "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        has_keyring = keyring_available()
        choices = ([(self.tr("In the system keyring"), "keyring")] if has_keyring else []) + \
            [(self.tr("In the vault (encrypted)"), "vault")]
        self.store = self.add_choice(self.tr("Keep the password"), choices,
                                     old.password_store if old else ("keyring" if has_keyring else "vault"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setAccessibleName(self.tr("Test the connection to both servers"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        self.form.addRow(self.test_button)
        self.form.addRow(self.test_result)
        self.setMinimumWidth(560)
        add_lock_shortcut(self)

    def _values(self) -> dict:
        return check_account(address=self.address.text(), username=self.user.text(), smtp=self.smtp.text(),
                             imap=self.imap.text(), security=self.security.currentData(),
                             password_store=self.store.currentData())

    def _typed_password(self) -> str:
        if self.password.text():
            return self.password.text()
        if self._existing is not None:
            return password_for(self._context.vault, self._existing)
        raise InvalidInput("Type the account's password.")

    def test_connection(self) -> None:
        """Log in to both servers in the background with what the form says."""
        try:
            values = self._values()
            password = self._typed_password()
        except VaultError as error:
            self.test_result.setText(error_text(error))
            return
        account = MailAccount(id=0, identity_id=self._identity_id, **values)
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))

        def done(results: list) -> None:
            self.test_button.setEnabled(True)
            lines = [(self.tr("OK: %1") if r.ok else self.tr("Failed: %1")).replace("%1", error_text_of(r.message))
                     for r in results]
            self.test_result.setText("\n".join(lines))

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText(error_text(error))

        self._context.run(lambda: check_servers(account, password), done, failed)

    def save(self) -> int:
        values = self._values()
        password = self._typed_password()
        if self._existing is not None and self._existing.password_store == "keyring" and \
                values["password_store"] == "vault":
            forget_from_keyring(self._existing)
        account = save_account(self._context.vault, self._identity_id, values, password=password)
        if values["password_store"] == "keyring":
            store_in_keyring(account, password)
        self._context.events.changed.emit("identity")
        return account.id


def error_text_of(message: str) -> str:
    """A server check's sentence, translated when the UI knows it."""
    return error_text(VaultError(message))


def edit_mail_account(context: Context, parent: QWidget, identity_id: int | None) -> bool:
    """The account dialog for the selected identity; True when saved."""
    if identity_id is None:
        return False
    dialog = MailAccountDialog(context, identity_id, parent)
    return bool(dialog.exec())
