"""Delivery failures: a bounce (DSN, RFC 3464) says which message did not arrive, and why.

A DSN is ``multipart/report; report-type=delivery-status`` with a ``message/delivery-status``
part (``Action: failed`` per recipient) and the returned message or its headers, whose
Message-ID names the request. Servers that send plain-text bounces are recognised by their
sender (MAILER-DAEMON, postmaster) and the returned Message-ID quoted in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage, Message

_MESSAGE_ID = re.compile(r"^message-id:\s*(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE)
_DAEMONS = ("mailer-daemon@", "postmaster@")


@dataclass
class Bounce:
    """A message that came back: the Message-ID it returns (when it says) and the server's reason."""

    original_message_id: str | None
    reason: str


def _headers_of(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list):  # message/rfc822: the returned message itself
        return "".join(f"{k}: {v}\n" for inner in payload for k, v in inner.items())
    if isinstance(payload, str):
        return payload
    return ""


def _delivery_status(part: Message) -> tuple[bool, str]:
    """(failed?, diagnostic) from a message/delivery-status part."""
    failed, reasons = False, []
    payload = part.get_payload()
    blocks = payload if isinstance(payload, list) else []
    for block in blocks:
        if str(block.get("Action", "")).strip().lower() == "failed":
            failed = True
            reason = block.get("Diagnostic-Code") or block.get("Status") or ""
            if reason:
                reasons.append(" ".join(str(reason).split()))
    return failed, "; ".join(reasons)


def find_bounce(message: EmailMessage, text: str, *, sender: str | None = None,
                subject: str | None = None) -> Bounce | None:
    """The bounce this message is, or None for any other message (``sender`` and ``subject`` when already read)."""
    if message.get_content_type() == "multipart/report" and \
            message.get_param("report-type", "").lower() == "delivery-status":  # type: ignore[union-attr]
        failed, reason, original = False, "", None
        for part in message.walk():
            kind = part.get_content_type()
            if kind == "message/delivery-status":
                failed, reason = _delivery_status(part)
            elif kind in ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers"):
                found = _MESSAGE_ID.search(_headers_of(part))
                original = found.group(1) if found else original
        return Bounce(original, reason or "the server gave no reason") if failed else None
    sender = (str(message.get("From", "")) if sender is None else sender).lower()
    if any(daemon in sender for daemon in _DAEMONS):
        found = _MESSAGE_ID.search(text)
        subject = str(message.get("Subject", "")) if subject is None else subject
        return Bounce(found.group(1) if found else None, " ".join(subject.split()))
    return None
