"""Checks on what a person types, each failing with one clear sentence."""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlparse

from vault.errors import InvalidInput

# Pragmatic: one @, no spaces, a dot in the domain. Real validation is the mail server's job.
_EMAIL = re.compile(r"^[^@\s<>\"',;]{1,64}@[^@\s<>\"',;]{1,255}\.[^@\s<>\"',;.]{2,63}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_date(value: str | date | None, what: str = "date", *, allow_future: bool = True,
               today: date | None = None) -> date | None:
    """A real calendar date from ``YYYY-MM-DD`` (None stays None)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        parsed = value
    else:
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidInput(f"The {what} '{value}' is not a real date; write it as YYYY-MM-DD.") from None
    if not allow_future and parsed > (today or date.today()):
        raise InvalidInput(f"The {what} {parsed.isoformat()} is in the future.")
    return parsed


def check_email(value: str, what: str = "e-mail address") -> str:
    """A trimmed address that looks like an e-mail address."""
    text = value.strip()
    if not _EMAIL.match(text):
        raise InvalidInput(f"'{value}' does not look like an {what}.")
    return text


def check_emails(values: list[str] | None) -> list[str]:
    """Each address checked, duplicates (ignoring case) dropped, order kept."""
    seen: set[str] = set()
    result = []
    for value in values or []:
        address = check_email(value)
        if address.lower() not in seen:
            seen.add(address.lower())
            result.append(address)
    return result


def check_url(value: str | None, what: str = "web address") -> str | None:
    """An http(s) URL, or None for empty."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    parsed = urlparse(text)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise InvalidInput(f"The {what} '{value}' must start with https:// or http://.")
    return text


def clean_text(value: str | None, what: str, *, required: bool = False, max_length: int = 10_000) -> str:
    """Trimmed text without control characters (newlines and tabs allowed)."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(f"The {what} cannot be empty.")
    if _CONTROL.search(text):
        raise InvalidInput(f"The {what} contains control characters.")
    if len(text) > max_length:
        raise InvalidInput(f"The {what} is longer than {max_length} characters.")
    return text


def clean_line(value: str | None, what: str, *, required: bool = False) -> str:
    """Like clean_text, for single-line fields (names, labels, phone numbers)."""
    text = clean_text(value, what, required=required, max_length=500)
    if "\n" in text or "\r" in text:
        raise InvalidInput(f"The {what} must be on one line.")
    return text
