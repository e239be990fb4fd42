"""A letter as an e-mail file (``.eml``) any mail client can open and send.

Decisions:

* The body is exactly ``LetterDocument.as_text()``, address blocks included. The
  e-mail is then word for word the letter frozen in the vault (the evidence of what
  was sent), and the sender block carries the identifiers the controller needs to
  find the person, which is where a DPO looks for them.
* Nothing identifies the machine: the Message-ID uses the reserved ``.invalid``
  domain instead of the host name, the Date is in UTC (a local offset tells where the
  person lives), and there is no User-Agent header.
* Header injection: display names and the subject come from user data. Line breaks
  in them are folded into spaces (they are never meaningful there); an *address*
  that contains one, or is not an address, is refused with ``InvalidInput``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timezone
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from vault.errors import InvalidInput
from vault.letters.document import LetterDocument

MSGID_DOMAIN = "privacy-vault.invalid"

_WHITESPACE_RUN = re.compile(r"[\s\x00-\x1f\x7f]+")
_MIME_TYPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$")


def _one_line(text: str) -> str:
    """``text`` on one line: CR, LF and other controls become single spaces."""
    return _WHITESPACE_RUN.sub(" ", text).strip()


def _address(addr: str, display_name: str, role: str) -> Address:
    """A checked ``Address`` for ``addr`` (``x@y`` or ``Name <x@y>``).

    ``role`` ("recipient"/"sender") only words the error message.
    """
    if any(ch in addr for ch in "\r\n\x00"):
        raise InvalidInput(f"The {role} e-mail address contains a line break; correct it and try again.")
    try:
        probe = EmailMessage(policy=policy.default)
        probe["To"] = addr.strip()
        parsed = probe["To"].addresses
    except (ValueError, IndexError, HeaderParseError) as exc:
        raise InvalidInput(f"The {role} e-mail address {addr.strip()!r} is not valid.") from exc
    if len(parsed) != 1 or not parsed[0].username or not parsed[0].domain or probe["To"].defects:
        raise InvalidInput(f"The {role} e-mail address {addr.strip()!r} is not valid.")
    name = _one_line(parsed[0].display_name or display_name)
    return Address(display_name=name, username=parsed[0].username, domain=parsed[0].domain)


def _split_mime(mime_type: str) -> tuple[str, str]:
    """``("application", "pdf")`` for ``"application/pdf"``; unknown shapes are octet-streams.

    A wrong type given by a file-type guess must not stop the mail; the bytes still go.
    Container types (multipart/*, message/*) cannot be sent as opaque base64 bytes.
    """
    mime_type = mime_type.strip().lower()
    main, _, sub = mime_type.partition("/")
    if not _MIME_TYPE.match(mime_type) or main in ("multipart", "message"):
        return "application", "octet-stream"
    return main, sub


def _filename(name: str) -> str:
    """The attachment's file name without folders or line breaks (it goes in a header)."""
    base = _one_line(name).replace("\\", "/").rsplit("/", 1)[-1].strip()
    return base or "attachment"


def letter_to_eml(
    letter: LetterDocument,
    *,
    attachments: Sequence[tuple[str, str, bytes]] = (),
    to_addr: str | None = None,
    from_addr: str | None = None,
) -> bytes:
    """The letter as an RFC 5322 message (CRLF line ends), ready to save as ``.eml``.

    ``attachments`` are ``(file name, MIME type, content)``. ``to_addr`` / ``from_addr``
    override the letter's ``recipient_email`` / ``sender_email``; with no sender address
    the From header is left out for the mail client to fill in.
    """
    to = (to_addr or letter.recipient_email or "").strip()
    if not to and letter.recipient_web_form:
        raise InvalidInput(f"This authority takes complaints by its web form, not by e-mail: {letter.recipient_web_form} "
                           "(paste the letter there, or send it by post).")
    if not to:
        raise InvalidInput(
            "This controller has no e-mail address; add one to the controller or send the letter by post."
        )
    recipient_name = letter.recipient_lines[0] if letter.recipient_lines else ""
    sender_name = letter.sender_lines[0] if letter.sender_lines else ""

    msg = EmailMessage(policy=policy.SMTP)
    msg["To"] = _address(to, recipient_name, "recipient")
    sender = (from_addr or letter.sender_email or "").strip()
    if sender:
        msg["From"] = _address(sender, sender_name, "sender")
    msg["Subject"] = _one_line(letter.subject)
    msg["Date"] = format_datetime(datetime.now(timezone.utc).replace(microsecond=0))
    msg["Message-ID"] = make_msgid(domain=MSGID_DOMAIN)
    if letter.lang:
        msg["Content-Language"] = _one_line(letter.lang)
    # Quoted-printable keeps long paragraph lines and accents intact through any relay
    # while the raw file stays readable.
    msg.set_content(letter.as_text(), subtype="plain", charset="utf-8", cte="quoted-printable")
    for name, mime_type, data in attachments:
        maintype, subtype = _split_mime(mime_type)
        msg.add_attachment(bytes(data), maintype=maintype, subtype=subtype, filename=_filename(name))
    try:
        return msg.as_bytes(policy=policy.SMTP)
    except (ValueError, HeaderParseError) as exc:  # a header the policy refuses to fold safely
        raise InvalidInput("The e-mail could not be built from this letter's addresses or subject.") from exc
