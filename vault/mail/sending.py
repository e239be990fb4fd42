"""Sending a request by e-mail: the message built from the letter, sent over SMTP, kept as evidence.

The message is the letter as text (``vault.letters.email_message``) with the letter as PDF and
the person's chosen files attached, the case reference ``PV-YYYY-NNNNN`` in the subject so a reply
finds its case. After the server accepts it, the request is marked sent (channel ``email``) and
the ``sent`` event keeps the exact bytes sent (stored encrypted like every attachment), the
Message-ID and the server's acceptance; the Message-ID is also indexed (``mail_sent``) so that
a reply's ``In-Reply-To`` leads back to the request.
"""
from __future__ import annotations

import contextlib
import smtplib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from email import message_from_bytes, policy
from typing import Any

from vault.cases.letter_store import current_letter, reference_for
from vault.cases.lifecycle import mark_sent
from vault.cases.requests import Request, get_request
from vault.cases.sending import redate_unedited_reminder
from vault.errors import InvalidInput, VaultError
from vault.letters.document import LetterDocument
from vault.letters.email_message import letter_to_eml
from vault.mail.accounts import MailAccount, account_of_identity
from vault.mail.connection import MailServerError, explained, open_smtp
from vault.mail.passwords import password_for
from vault.storage.attachments import MAX_SIZE, guess_mime_type
from vault.storage.records import now_iso

PdfRenderer = Callable[[LetterDocument], bytes]
SENT_MESSAGE_NAME = "sent-message.eml"


@dataclass
class OutgoingMail:
    """A request's e-mail, built and ready to show, not sent yet."""

    request_id: int
    account: MailAccount
    recipient: str
    message_id: str
    subject: str
    data: bytes

    def text(self) -> str:
        """The message's text part, as the person will see it before sending."""
        message = message_from_bytes(self.data, policy=policy.default)
        body = message.get_body(preferencelist=("plain",))
        return body.get_content() if body is not None else ""  # type: ignore[union-attr]

    def attachment_names(self) -> list[str]:
        """The names of the files attached."""
        message = message_from_bytes(self.data, policy=policy.default)
        return [part.get_filename() or "attachment" for part in message.iter_attachments()]  # type: ignore[attr-defined]


@dataclass
class SentMail:
    """What the server said when it took the message."""

    request: Request
    message_id: str
    server_reply: str


def mail_subject(letter: LetterDocument, reference: str) -> str:
    """The letter's subject with the case reference, which replies keep ("Re: ... [PV-2026-00042]")."""
    return letter.subject if reference in letter.subject else f"{letter.subject} [{reference}]"


def build_request_mail(vault: Any, request_id: int, *, pdf: PdfRenderer,
                       attachments: Sequence[tuple[str, bytes]] = ()) -> OutgoingMail:
    """The e-mail for a draft request from its identity's account: letter text, letter PDF, chosen files."""
    request = get_request(vault, request_id)
    if request.status != "draft":
        raise InvalidInput("This request was already sent; a reminder or reply is a new request.")
    account = account_of_identity(vault, request.identity_id)
    # The letter as it will leave today: an unedited reminder names the period counted from today.
    redate_unedited_reminder(vault, request_id, date.today())
    letter = current_letter(vault, request_id).document
    if not letter.recipient_email:
        raise InvalidInput("This controller has no e-mail address for requests; add one, or send the letter by post.")
    reference = reference_for(request)
    letter = replace(letter, subject=mail_subject(letter, reference))
    files = [(f"{reference}.pdf", "application/pdf", pdf(letter))]
    files += [(name, guess_mime_type(name), data) for name, data in attachments]
    data = letter_to_eml(letter, attachments=files, from_addr=account.address)
    if len(data) > MAX_SIZE:
        raise InvalidInput(f"With its attachments the e-mail is {len(data) / 2**20:.1f} MB, more than the "
                           f"{MAX_SIZE // 2**20} MB the vault keeps as evidence; attach fewer or smaller files.")
    message = message_from_bytes(data, policy=policy.default)
    return OutgoingMail(request_id, account, letter.recipient_email, str(message["Message-ID"]),
                        str(message["Subject"]), data)


def _smtp_send(smtp: smtplib.SMTP, account: MailAccount, recipient: str, data: bytes) -> str:
    """MAIL, RCPT, DATA one by one, so each refusal is named; returns the server's acceptance."""
    where = f"{account.smtp_host}:{account.smtp_port}"
    limit = int(smtp.esmtp_features.get("size", "0").strip() or 0) if smtp.has_extn("size") else 0
    if limit and len(data) > limit:
        raise MailServerError(f"The message is {len(data) / 2**20:.1f} MB and the SMTP server {where} accepts at "
                              f"most {limit / 2**20:.1f} MB; attach fewer or smaller files.")
    code, reply = smtp.mail(account.address, [f"SIZE={len(data)}"] if limit or smtp.has_extn("size") else [])
    if code == 552:
        raise MailServerError(f"The SMTP server {where} refuses a message this large ({len(data) / 2**20:.1f} MB).")
    if code != 250:
        raise MailServerError(f"The SMTP server {where} refused the sender {account.address}: {code} "
                              f"{reply.decode('utf-8', 'replace')}.")
    code, reply = smtp.rcpt(recipient)
    if code not in (250, 251):
        raise MailServerError(f"The SMTP server {where} refused to send to {recipient} (relay refused?): {code} "
                              f"{reply.decode('utf-8', 'replace')}.")
    code, reply = smtp.data(data)
    if code == 552:
        raise MailServerError(f"The SMTP server {where} refused the message as too large: "
                              f"{reply.decode('utf-8', 'replace')}.")
    if code != 250:
        raise MailServerError(f"The SMTP server {where} refused the message: {code} {reply.decode('utf-8', 'replace')}.")
    return f"{code} {' '.join(reply.decode('utf-8', 'replace').split())}"


def send_request_mail(vault: Any, mail: OutgoingMail, *, today: date | None = None) -> SentMail:
    """Send the built message and record the ``sent`` event with it; nothing is recorded when sending fails."""
    account = mail.account
    smtp = open_smtp(account, password_for(vault, account))
    try:
        with explained("SMTP", account.smtp_host, account.smtp_port):
            accepted = _smtp_send(smtp, account, mail.recipient, mail.data)
    finally:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.quit()
    try:
        request = mark_sent(vault, mail.request_id, on=today or date.today(), channel="email",
                            note=f"to {mail.recipient}; Message-ID: {mail.message_id}; server: {accepted}",
                            evidence=[(SENT_MESSAGE_NAME, "message/rfc822", mail.data)])
        with vault.transaction() as connection:
            connection.execute("INSERT INTO mail_sent (message_id, request_id, recipient, sent_at) VALUES (?, ?, ?, ?)",
                               (mail.message_id, mail.request_id, mail.recipient, now_iso()))
    except VaultError as err:
        raise VaultError(f"The e-mail was sent (Message-ID {mail.message_id}) but could not be recorded: {err} "
                         "Record it with 'request sent'.") from None
    return SentMail(request, mail.message_id, accepted)


def sent_message_ids(vault: Any) -> dict[str, int]:
    """Every Message-ID sent from the app → its request."""
    return {row[0]: row[1] for row in vault.query("SELECT message_id, request_id FROM mail_sent")}
