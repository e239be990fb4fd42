"""Reading an account's inbox: only what is new since the last UID, read-only, proposed for a request.

The mailbox is opened with EXAMINE and messages read with ``BODY.PEEK[]``, so no flag changes
(the person's mail client still shows them unread). The account remembers UIDVALIDITY and the
last UID read; a changed UIDVALIDITY means the server renumbered the mailbox and it is read
again from the oldest request's sending date. Nothing older than the identity's first request
sent is read at all: no answer comes before its request.

A message matched to a request (or a bounce) is kept whole in the vault, encrypted, until the
person accepts it into the case or dismisses it; an unmatched one only by its sender, subject
and date, and is read again from the server if the person assigns it to a request.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from vault.cases.lifecycle import EVENT_KINDS, add_event
from vault.cases.requests import get_request
from vault.errors import InvalidInput, NotFound
from vault.mail.accounts import MailAccount, account_of_identity, get_account, set_inbox_position
from vault.mail.connection import MailServerError, explained, open_imap
from vault.mail.matching import Proposal, plain_text, propose, received_files
from vault.mail.passwords import password_for
from vault.mail.sending import sent_message_ids
from vault.organisations.controllers import get_controller
from vault.storage.attachments import MAX_SIZE, read_attachment, store_attachment
from vault.storage.records import now_iso

BATCH = 100
REPLY_NAME = "reply.eml"


@dataclass
class InboxMessage:
    """A message read from an inbox and waiting for the person's decision."""

    id: int
    account_id: int
    uid: int
    from_addr: str
    subject: str
    sent_date: str
    request_id: int | None
    matched_by: str
    suggested_kind: str | None
    state: str
    advice: str = ""

    def to_json(self) -> dict[str, Any]:
        """What ``mail fetch --json`` prints for it."""
        return {"uid": self.uid, "from": self.from_addr, "subject": self.subject, "date": self.sent_date,
                "request_id": self.request_id, "suggested_kind": self.suggested_kind,
                "matched_by": self.matched_by or None, "advice": self.advice or None}


def _since(vault: Any, account: MailAccount) -> date:
    row = vault.query_one("SELECT min(sent_on) FROM request WHERE identity_id = ? AND sent_on IS NOT NULL",
                          (account.identity_id,))
    return date.fromisoformat(row[0]) if row and row[0] else date.today()


def _new_uids(client: Any, account: MailAccount, since: date) -> tuple[int, int, list[int]]:
    """(UIDVALIDITY, last UID the mailbox has, UIDs to read)."""
    info = client.select_folder(account.mailbox, readonly=True)
    validity = int(info[b"UIDVALIDITY"])
    last = account.last_uid if account.uid_validity == validity else 0
    # "N:*" always names the newest message even when its UID is below N: keep only those above.
    uids = sorted(u for u in client.search(["UID", f"{last + 1}:*", "SINCE", since]) if u > last)
    top = max([last, *uids, int(info.get(b"UIDNEXT", 1)) - 1])
    return validity, top, uids


def _store(connection: Any, account: MailAccount, validity: int, uid: int, proposal: Proposal, raw: bytes) -> None:
    keep = proposal.request_id is not None or proposal.bounce is not None
    raw_id = store_attachment(connection, REPLY_NAME, raw, "message/rfc822") if keep and len(raw) <= MAX_SIZE else None
    connection.execute(
        "INSERT INTO mail_message (account_id, uid_validity, uid, message_id, from_addr, subject, sent_date, "
        "request_id, matched_by, suggested_kind, raw_id, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (account_id, uid_validity, uid) DO NOTHING",
        (account.id, validity, uid, proposal.message_id, proposal.from_addr, proposal.subject, proposal.sent_date,
         proposal.request_id, proposal.matched_by, proposal.suggested_kind, raw_id, now_iso()))


def _read(vault: Any, raw: bytes, identity_id: int, sent_ids: dict[str, int]) -> Proposal:
    """The proposal for one message; a message too malformed to read is kept unmatched, by its UID only.

    Mail comes from anyone: one broken message must not stop every later fetch at its UID.
    """
    try:
        message = message_from_bytes(raw, policy=policy.default)
        return propose(vault, message, identity_id=identity_id, sent_ids=sent_ids)  # type: ignore[arg-type]
    except (ValueError, LookupError, TypeError, AttributeError, IndexError):
        return Proposal("", "(a message that could not be read)", "", "", None, "", None, None)


def fetch_new(vault: Any, identity_id: int) -> int:
    """Read the messages that arrived since the last fetch; returns how many were read."""
    account = account_of_identity(vault, identity_id)
    client = open_imap(account, password_for(vault, account))
    sent_ids = sent_message_ids(vault)
    read = 0
    try:
        with explained("IMAP", account.imap_host, account.imap_port):
            validity, top, uids = _new_uids(client, account, _since(vault, account))
            for start in range(0, len(uids), BATCH):
                chunk = uids[start:start + BATCH]
                fetched = client.fetch(chunk, ["BODY.PEEK[]"])
                with vault.transaction() as connection:
                    for uid in chunk:
                        raw = fetched.get(uid, {}).get(b"BODY[]")
                        if raw is None:
                            continue  # expunged meanwhile
                        proposal = _read(vault, raw, identity_id, sent_ids)
                        _store(connection, account, validity, uid, proposal, raw)
                        read += 1
                    set_inbox_position(connection, account.id, validity, chunk[-1])
            with vault.transaction() as connection:
                set_inbox_position(connection, account.id, validity, top)
    finally:
        with contextlib.suppress(Exception):
            client.logout()
    return read


_COLUMNS = ("id, account_id, uid, from_addr, subject, sent_date, request_id, matched_by, suggested_kind, state")


def _inbox_message(vault: Any, row: Any) -> InboxMessage:
    message = InboxMessage(*row)
    if message.suggested_kind == "not-delivered" and message.request_id is not None:
        controller = get_controller(vault, get_request(vault, message.request_id).controller_id)
        where = " ".join(controller.address.split()) or "the controller's postal address"
        message.advice = f"The e-mail did not arrive; send the letter by post to {where}."
    return message


def pending_messages(vault: Any, identity_id: int | None = None) -> list[InboxMessage]:
    """Messages read and not yet accepted or dismissed, matched ones first, oldest first."""
    where, params = ("AND a.identity_id = ?", (identity_id,)) if identity_id is not None else ("", ())
    rows = vault.query(
        f"SELECT {', '.join('m.' + c.strip() for c in _COLUMNS.split(','))} FROM mail_message m "
        f"JOIN mail_account a ON a.id = m.account_id WHERE m.state = 'new' {where} "
        "ORDER BY m.request_id IS NULL, m.uid", params)
    return [_inbox_message(vault, row) for row in rows]


def _find(vault: Any, uid: int, identity_id: int) -> tuple[InboxMessage, int, int | None]:
    """The message with this UID in the identity's inbox, with its UIDVALIDITY and kept copy."""
    row = vault.query_one(
        f"SELECT {', '.join('m.' + c.strip() for c in _COLUMNS.split(','))}, m.uid_validity, m.raw_id "
        "FROM mail_message m JOIN mail_account a ON a.id = m.account_id "
        "WHERE a.identity_id = ? AND m.uid = ? ORDER BY m.id DESC LIMIT 1", (identity_id, uid))
    if row is None:
        raise NotFound(f"No message with UID {uid} was read from this identity's inbox; run 'mail fetch' first.")
    return _inbox_message(vault, row[:10]), int(row[10]), row[11]


def message_text(vault: Any, message: InboxMessage) -> str:
    """The text of a message kept in the vault (matched ones and bounces), for the person to read; else ""."""
    row = vault.query_one("SELECT raw_id FROM mail_message WHERE id = ?", (message.id,))
    if row is None or row[0] is None:
        return ""
    parsed = message_from_bytes(read_attachment(vault, row[0])[1], policy=policy.default)
    return plain_text(parsed)  # type: ignore[arg-type]


def _raw_message(vault: Any, message: InboxMessage, validity: int, raw_id: int | None) -> bytes:
    if raw_id is not None:
        return read_attachment(vault, raw_id)[1]
    account = get_account(vault, message.account_id)
    client = open_imap(account, password_for(vault, account))
    try:
        with explained("IMAP", account.imap_host, account.imap_port):
            info = client.select_folder(account.mailbox, readonly=True)
            if int(info[b"UIDVALIDITY"]) != validity:
                raise MailServerError("The mailbox was renumbered by its server since it was read; fetch again.")
            raw = client.fetch([message.uid], ["BODY.PEEK[]"]).get(message.uid, {}).get(b"BODY[]")
    finally:
        with contextlib.suppress(Exception):
            client.logout()
    if raw is None:
        raise NotFound(f"The message with UID {message.uid} is no longer in the mailbox.")
    return bytes(raw)


def _event_date(message: EmailMessage, sent_on: str | None) -> date:
    """The day the message was written (UTC), within the request's life: not before it was sent, not after today."""
    today = date.today()
    try:
        day = message["Date"].datetime.astimezone(timezone.utc).date() if message["Date"] else today
    except (AttributeError, TypeError, ValueError):
        day = today
    if sent_on and day < date.fromisoformat(sent_on):
        day = date.fromisoformat(sent_on)
    return min(day, today)


def accept_message(vault: Any, uid: int, *, request_id: int, kind: str) -> int:
    """Record the message as an event of ``request_id`` (the message and its files kept with it); the event id."""
    if kind not in EVENT_KINDS:
        raise InvalidInput(f"The event is one of {', '.join(EVENT_KINDS)}.")
    request = get_request(vault, request_id)
    message, validity, raw_id = _find(vault, uid, request.identity_id)
    if message.state != "new":
        raise InvalidInput(f"The message with UID {uid} was already {message.state}.")
    raw = _raw_message(vault, message, validity, raw_id)
    parsed = message_from_bytes(raw, policy=policy.default)
    note = f"E-mail from {message.from_addr}: {message.subject}"[:2000]
    if message.advice and kind == "not-delivered":
        note += f"\n{message.advice}"
    files = [(REPLY_NAME, raw)] + received_files(parsed)  # type: ignore[arg-type]
    event_id = add_event(vault, request_id, kind, on=_event_date(parsed, request.sent_on),  # type: ignore[arg-type]
                         note=note, attachments=files)
    with vault.transaction() as connection:
        connection.execute("UPDATE mail_message SET state = 'accepted', request_id = ?, event_id = ?, "
                           "suggested_kind = ?, raw_id = NULL WHERE id = ?", (request_id, event_id, kind, message.id))
        if raw_id is not None:  # the event now holds the message
            connection.execute("DELETE FROM attachment WHERE id = ?", (raw_id,))
    return event_id


def dismiss_message(vault: Any, uid: int, *, identity_id: int) -> None:
    """Leave a message out of every case; its kept copy is deleted from the vault."""
    message, _, raw_id = _find(vault, uid, identity_id)
    if message.state != "new":
        raise InvalidInput(f"The message with UID {uid} was already {message.state}.")
    with vault.transaction() as connection:
        connection.execute("UPDATE mail_message SET state = 'dismissed', raw_id = NULL WHERE id = ?", (message.id,))
        if raw_id is not None:
            connection.execute("DELETE FROM attachment WHERE id = ?", (raw_id,))
