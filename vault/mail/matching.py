"""Which request a received message belongs to, and what it says: a proposal, never a decision.

In order of certainty: its ``In-Reply-To``/``References`` name a Message-ID the app sent; the
case reference ``PV-YYYY-NNNNN`` is in its subject or body; it comes from a domain of the
controller of one open request of this identity. A bounce is matched by the Message-ID it
returns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any
from urllib.parse import urlparse

from vault.cases.letter_store import reference_for
from vault.cases.requests import OPEN_STATUSES, get_request
from vault.errors import NotFound
from vault.mail.bounces import Bounce, find_bounce
from vault.mail.reply_kinds import suggest_kind
from vault.organisations.controllers import get_controller

_REFERENCE = re.compile(r"\bPV-(\d{4})-(\d{5,})\b")
_MSGID = re.compile(r"<[^<>\s]+>")
_RETURNED = ("message/delivery-status", "text/rfc822-headers", "message/rfc822")


@dataclass
class Proposal:
    """A message read and what the app suggests doing with it."""

    from_addr: str
    subject: str
    sent_date: str            # the message's Date, ISO (UTC), or ""
    message_id: str
    request_id: int | None
    matched_by: str           # "reply" | "reference" | "domain" | "bounce" | ""
    suggested_kind: str | None
    bounce: Bounce | None


def plain_text(message: EmailMessage) -> str:
    """The message's text: its plain part, else its HTML part with the tags left out."""
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    try:
        text = body.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken encoding: read what can be read
        payload = body.get_payload(decode=True)
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if body.get_content_type() == "text/html":
        text = re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", text, flags=re.DOTALL | re.IGNORECASE)
    return str(text)


def received_files(message: EmailMessage) -> list[tuple[str, bytes]]:
    """The files attached to a message (name, bytes), as a data export arrives."""
    files = []
    for part in message.iter_attachments():
        if part.get_content_type() in _RETURNED:
            continue  # what a bounce returns of our own message is not a file received
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and data:
            files.append((part.get_filename() or "attachment", data))
    return files


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().rstrip(".")


def _controller_domains(controller: Any) -> set[str]:
    domains = {_domain(a) for a in [controller.dpo_email or "", *controller.emails] if "@" in a}
    if controller.web:
        host = (urlparse(controller.web).hostname or "").lower()
        domains.add(host.removeprefix("www."))
    return {d for d in domains if d}


def _same_or_sub(domain: str, known: set[str]) -> bool:
    return any(domain == k or domain.endswith("." + k) for k in known)


def _by_reference(vault: Any, text: str, identity_id: int) -> int | None:
    for year, number in _REFERENCE.findall(text):
        try:
            request = get_request(vault, int(number))
        except NotFound:
            continue
        if reference_for(request).startswith(f"PV-{year}-") and request.identity_id == identity_id:
            return request.id
    return None


def _by_domain(vault: Any, sender: str, identity_id: int) -> int | None:
    domain = _domain(sender)
    if not domain:
        return None
    marks = ",".join("?" for _ in OPEN_STATUSES)
    rows = vault.query(f"SELECT id, controller_id FROM request WHERE identity_id = ? AND status IN ({marks}) "
                       "ORDER BY sent_on DESC, id DESC", (identity_id, *OPEN_STATUSES))
    domains: dict[int, set[str]] = {}
    for request_id, controller_id in rows:
        if controller_id not in domains:
            domains[controller_id] = _controller_domains(get_controller(vault, controller_id))
        if _same_or_sub(domain, domains[controller_id]):
            return int(request_id)
    return None


def _raw_headers(message: EmailMessage) -> dict[str, str]:
    """The first value of each header, unfolded, without the header registry's parsing.

    Reading a header through ``EmailMessage.get`` parses it anew each time, which made the
    headers most of the cost of reading an inbox; the few fields read here need no more than this.
    """
    headers: dict[str, str] = {}
    for name, value in message.raw_items():
        headers.setdefault(name.lower(), " ".join(str(value).split()))
    return headers


def _decoded(value: str) -> str:
    """An encoded-word header (=?utf-8?q?...?=) as text; undecodable parts are kept as they are."""
    try:
        return " ".join(str(make_header(decode_header(value))).split())
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        return value


def propose(vault: Any, message: EmailMessage, *, identity_id: int, sent_ids: dict[str, int]) -> Proposal:
    """Read one message: which of this identity's requests it answers, and what it seems to say."""
    headers = _raw_headers(message)
    senders = getaddresses([_decoded(headers.get("from", ""))])
    sender = senders[0][1] if senders else ""
    subject = _decoded(headers.get("subject", ""))
    try:
        sent_date = parsedate_to_datetime(headers["date"]).isoformat() if headers.get("date") else ""
    except (TypeError, ValueError):
        sent_date = ""
    text = plain_text(message)
    bounce = find_bounce(message, text, sender=sender, subject=subject)
    request_id, matched_by = None, ""
    if bounce is not None:
        request_id = sent_ids.get(bounce.original_message_id or "")
        matched_by = "bounce" if request_id else ""
    if request_id is None:
        replied = _MSGID.findall(f"{headers.get('in-reply-to', '')} {headers.get('references', '')}")
        request_id = next((sent_ids[m] for m in reversed(replied) if m in sent_ids), None)
        matched_by = "reply" if request_id else ""
    if request_id is None:
        request_id = _by_reference(vault, f"{subject}\n{text}", identity_id)
        matched_by = "reference" if request_id else ""
    if request_id is None and bounce is None:
        request_id = _by_domain(vault, sender, identity_id)
        matched_by = "domain" if request_id else ""
    if bounce is not None:
        kind: str | None = "not-delivered"
    else:
        kind = suggest_kind(f"{subject}\n{text}", has_attachments=bool(received_files(message)))
    return Proposal(sender, subject, sent_date, headers.get("message-id", ""),
                    request_id, matched_by, kind, bounce)
