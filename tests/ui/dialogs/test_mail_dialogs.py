"""The mail dialogs against real servers: account with Test connection, Send by e-mail, Check mail."""
from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.mail_servers import (  # noqa: F401 - fixtures
    PASSWORD,
    USER,
    dovecot,
    smtp_server,
    test_keyring,
    tls_files,
    trusted_tls,
)
from tests.ui.request_helpers import new_request, people
from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.dialogs.check_mail import CheckMailDialog
from ui.dialogs.mail_account import MailAccountDialog
from ui.dialogs.send_mail import SendMailDialog
from ui.preferences import Preferences
from ui.worker import JobTracker
from vault.cases.lifecycle import event_attachments, events_of
from vault.cases.requests import get_request
from vault.mail.accounts import check_account, find_account, save_account


@pytest.fixture
def context(vault, tmp_path: Path) -> Context:
    return Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                   SecureClipboard(), VaultEvents(), JobTracker())


def fill(dialog: MailAccountDialog, smtp: str, imap: str, password: str) -> None:
    dialog.address.setText("jane@mail.example")
    dialog.user.setText(USER)
    dialog.smtp.setText(smtp)
    dialog.imap.setText(imap)
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    dialog.password.setText(password)


def test_account_dialog_tests_the_connection_and_keeps_the_password_out_of_the_vault_and_settings(
        qtbot, context, vault, tmp_path, trusted_tls, smtp_server, dovecot, test_keyring):
    who = people(vault)
    dialog = MailAccountDialog(context, who.jane)
    qtbot.addWidget(dialog)
    fill(dialog, smtp_server.address, dovecot.address, "wrong-password")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert f"Failed: The SMTP server {smtp_server.address} refused the user name or password." in dialog.test_result.text()
    assert f"Failed: The IMAP server {dovecot.address} refused the user name or password." in dialog.test_result.text()

    dialog.password.setText(PASSWORD)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert dialog.test_result.text().count("OK: ") == 2
    assert dialog.store.currentData() == "keyring"
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    account = find_account(vault, who.jane)
    assert (account.address, account.smtp_port, account.password_store) == (
        "jane@mail.example", smtp_server.port, "keyring")
    settings = context.preferences.settings
    settings.sync()
    assert all(PASSWORD not in str(settings.value(key)) for key in settings.allKeys())
    assert PASSWORD not in ((tmp_path / "s.ini").read_text() if (tmp_path / "s.ini").exists() else "")
    assert vault.query_one("SELECT password FROM mail_account")[0] is None


def test_send_by_email_shows_the_message_sends_it_and_check_mail_files_the_answer(
        qtbot, context, vault, trusted_tls, smtp_server, dovecot, test_keyring):
    who = people(vault)
    save_account(vault, who.jane, check_account(address="jane@mail.example", username=USER,
                                                smtp=smtp_server.address, imap=dovecot.address,
                                                security="starttls", password_store="vault"), password=PASSWORD)
    request_id = new_request(vault, who.jane, who.acme)
    dialog = SendMailDialog(context, request_id)
    qtbot.addWidget(dialog)
    assert "article 15" in dialog.text.toPlainText().lower()
    assert dialog.files.item(0).text().endswith(".pdf") and dialog.send_button.isEnabled()
    dialog.send()
    qtbot.waitUntil(lambda: dialog.marked_sent or dialog.send_button.isEnabled(), timeout=20_000)
    assert dialog.marked_sent, dialog.status.text()
    assert get_request(vault, request_id).status == "sent"
    [sent] = smtp_server.messages()
    assert sent["Message-ID"] == dialog.sent_message_id

    reply = EmailMessage()
    reply["From"] = "dpo@acme.example"
    reply["To"] = "jane@mail.example"
    reply["Subject"] = "Re: " + sent["Subject"]
    reply["Date"] = format_datetime(datetime.now(timezone.utc))
    reply["Message-ID"] = make_msgid(domain="acme.example")
    reply["In-Reply-To"] = sent["Message-ID"]
    reply.set_content("Nous avons bien reçu votre demande.")
    dovecot.deliver(reply.as_bytes())

    check = CheckMailDialog(context)
    qtbot.addWidget(check)
    qtbot.waitUntil(lambda: check.fetch_button.isEnabled(), timeout=20_000)
    assert check.table.rowCount() == 1, check.status.text()
    assert check.request.currentData() == request_id and check.kind.currentData() == "acknowledged"
    assert "bien reçu votre demande" in check.body.toPlainText()
    check.accept_selected()
    assert check.table.rowCount() == 0
    [acknowledged] = [e for e in events_of(vault, request_id) if e.kind == "acknowledged"]
    assert [name for _, name, _ in event_attachments(vault, acknowledged.id)] == ["reply.eml"]
    assert get_request(vault, request_id).status == "acknowledged"


def test_without_an_account_the_dialog_offers_the_mail_program(qtbot, context, vault):
    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme)
    dialog = SendMailDialog(context, request_id)
    qtbot.addWidget(dialog)
    assert not dialog.send_button.isEnabled() and dialog.program_button.isEnabled()
    assert "no mail account" in dialog.status.text()
    assert "3 rue des Lilas" not in dialog.text.toPlainText() and "article 15" in dialog.text.toPlainText().lower()
