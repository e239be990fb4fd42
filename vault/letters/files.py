"""A letter as the bytes of a file in the formats that need no Qt: text, HTML and e-mail.

PDF and ODT are laid out by Qt in ``ui/letter_formats.py``, which uses this for the rest.
"""
from __future__ import annotations

from collections.abc import Sequence

from vault.errors import InvalidInput
from vault.letters.document import LetterDocument
from vault.letters.email_message import letter_to_eml
from vault.letters.html import letter_to_html

TEXT_FORMATS = ("txt", "html", "eml")


def text_letter_bytes(letter: LetterDocument, fmt: str, *,
                      attachments: Sequence[tuple[str, str, bytes]] = ()) -> bytes:
    """The letter as a txt, html or eml file; attachments (name, MIME type, bytes) go with e-mail only."""
    if attachments and fmt != "eml":
        raise InvalidInput("Attachments can only be added to an e-mail (eml).")
    if fmt == "txt":
        return letter.as_text().encode("utf-8")
    if fmt == "html":
        return letter_to_html(letter).encode("utf-8")
    if fmt == "eml":
        return letter_to_eml(letter, attachments=attachments)
    raise InvalidInput(f"Unknown letter format {fmt!r}; use one of {', '.join(TEXT_FORMATS)}.")
