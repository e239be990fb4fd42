"""Without an account: the request handed to the person's own mail program.

A plain letter goes as a ``mailto:`` link (recipient, subject, body); with attachments, which a
``mailto:`` cannot carry, as an ``.eml`` marked ``X-Unsent: 1`` so that mail programs (Outlook,
Thunderbird with an add-on, Apple Mail) open it as a draft ready to send. The body leaves out the
postal address blocks, place and date: an e-mail's headers say who, to whom and when. The person
confirms afterwards that it left (``mark_sent``), since the app cannot see it go.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from vault.cases.letter_store import current_letter, reference_for
from vault.cases.requests import get_request
from vault.errors import InvalidInput
from vault.letters.document import LetterDocument
from vault.letters.email_message import letter_to_eml
from vault.mail.sending import mail_subject

# Beyond this a mailto: link is cut short by some programs and browsers: use the .eml instead.
MAILTO_LIMIT = 8000


def email_letter(vault: Any, request_id: int) -> LetterDocument:
    """The request's current letter shaped for an e-mail: reference in the subject, no postal blocks."""
    request = get_request(vault, request_id)
    letter = current_letter(vault, request_id).document
    if not letter.recipient_email:
        raise InvalidInput("This controller has no e-mail address for requests; add one, or send the letter by post.")
    return replace(letter, subject=mail_subject(letter, reference_for(request)), sender_lines=[],
                   recipient_lines=[], place_date="")


def mailto_url(letter: LetterDocument) -> str | None:
    """A ``mailto:`` link for the letter, or None when it is too long for one."""
    url = (f"mailto:{quote(letter.recipient_email, safe='@')}?subject={quote(letter.subject, safe='')}"
           f"&body={quote(letter.as_text().replace(chr(10), chr(13) + chr(10)), safe='')}")
    return url if len(url) <= MAILTO_LIMIT else None


def unsent_eml(letter: LetterDocument, attachments: Sequence[tuple[str, str, bytes]] = ()) -> bytes:
    """The letter as a draft e-mail (``X-Unsent: 1``) with its attachments (name, MIME type, bytes)."""
    return b"X-Unsent: 1\r\n" + letter_to_eml(letter, attachments=attachments)
