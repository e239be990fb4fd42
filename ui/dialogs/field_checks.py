"""What is wrong with one field, in one translated sentence ("" when nothing is).

The forms run these on every field before saving, so a person sees all the problems at once;
``vault/`` checks everything again when the form is saved (its word is final).
"""
from __future__ import annotations

import re
from urllib.parse import urlparse

from PySide6.QtCore import QCoreApplication

from vault.errors import InvalidInput
from vault.validation import check_email, check_url

_REGION = re.compile(r"[A-Za-z0-9]{1,3}")  # as vault.organisations.controllers checks it


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldChecks", text)


def required(text: str) -> str:
    return "" if text.strip() else _tr("This cannot be empty.")


def email_problem(text: str) -> str:
    """An e-mail address, or empty."""
    if not text.strip():
        return ""
    try:
        check_email(text)
    except InvalidInput:
        return _tr("“%1” does not look like an e-mail address.").replace("%1", text.strip())
    return ""


def emails_problem(lines: list[str]) -> str:
    """One e-mail address per line: the first line that is not one."""
    return next((problem for problem in map(email_problem, lines) if problem), "")


def completed_web_address(text: str) -> str:
    """``acme.example`` becomes ``https://acme.example``: people type addresses as browsers show them."""
    text = text.strip()
    if text and "://" not in text:
        return "https://" + text.lstrip("/")
    return text


def web_address_problem(text: str) -> str:
    """A web address (completed with https:// first), or empty."""
    address = completed_web_address(text)
    if not address:
        return ""
    try:
        check_url(address)
    except InvalidInput:
        return _tr("“%1” is not a web address.").replace("%1", text.strip())
    host = urlparse(address).hostname or ""
    if any(character.isspace() for character in address) or "." not in host:  # "acme" alone is no site
        return _tr("“%1” is not a web address.").replace("%1", text.strip())
    return ""


def region_problem(text: str) -> str:
    if not text.strip() or _REGION.fullmatch(text.strip()):
        return ""
    return _tr("Write the region's short code (up to three letters or digits, e.g. BY for Bavaria), "
               "or leave it empty.")


def choice_problem(chosen: object, sentence: str) -> str:
    """``sentence`` while nothing is chosen."""
    return sentence if chosen is None else ""
