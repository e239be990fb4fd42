"""Turn the bytes of a privacy policy file into plain text.

A policy arrives as plain text (in whatever encoding the person's system used), as a
web page saved from a browser (``.html``, or Chrome's single-file ``.mhtml``) or as a
PDF. The field extraction in :mod:`vault.policies.findings` only ever sees the plain text
this module returns, which is also the source text kept with the controller.

PDF needs Qt (QtPdf), and ``vault`` must not import PySide6, so the caller injects
``pdf_to_text`` (the app passes :func:`ui.rendering.pdf_text.pdf_to_text`).
"""
from __future__ import annotations

import codecs
import email
import email.policy
import re
import unicodedata
from collections.abc import Callable

from vault.errors import InvalidInput
from vault.policies.html_main_text import html_main_text

__all__ = ["policy_text_from_bytes", "html_to_text", "decode_text"]

_MAX_SNIFF = 4096
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<(?:p|div|span|h[1-6]|table|ul|a)\b[^<>]{0,200}>",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def policy_text_from_bytes(
    data: bytes,
    filename: str,
    *,
    pdf_to_text: Callable[[bytes], str] | None = None,
) -> str:
    """Return the readable text of a policy file (plain text, HTML, MHTML or PDF).

    ``filename`` is only a hint (its extension helps tell HTML from text); the content
    decides. Raises :class:`InvalidInput` for an empty file, a PDF when no
    ``pdf_to_text`` is given or when it has no text layer, and for binary files.
    """
    if not data or not data.strip():
        raise InvalidInput("The policy file is empty.")
    name = (filename or "").lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return _pdf_text(data, pdf_to_text)
    if head.startswith(b"PK\x03\x04"):
        raise InvalidInput("This looks like a Word or other zipped document; save the policy as PDF, HTML or text first.")
    if _looks_like_mhtml(head, name):
        html = _mhtml_to_html(data)
        if html is not None:
            return _finish(html_to_text(html))
    text = decode_text(data)
    if _looks_binary(text):
        raise InvalidInput("This file is not text, HTML or PDF, so no policy can be read from it.")
    if name.endswith((".htm", ".html", ".xhtml", ".shtml")) or _HTML_SNIFF.search(text[:_MAX_SNIFF]):
        text = html_to_text(text)
    return _finish(text)


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOMs, a declared HTML charset, UTF-8, then cp1252.

    Never fails: latin-1 maps every byte, so it is the last resort.
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    utf16 = _sniff_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Only now trust a <meta charset>: a page saved by a browser is re-encoded as UTF-8
    # while its <meta> still names the original charset.
    declared = _META_CHARSET.search(data[:_MAX_SNIFF])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            pass  # unknown or non-text codec name: fall through to the usual guess
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps them all.
        return data.decode("latin-1")


def html_to_text(html: str) -> str:
    """Readable main text of an HTML page (see :mod:`vault.policies.html_main_text`)."""
    return html_main_text(html)


def _pdf_text(data: bytes, pdf_to_text: Callable[[bytes], str] | None) -> str:
    if pdf_to_text is None:
        raise InvalidInput("Reading a PDF needs the app's Qt part; open it in the app or save the policy as text or HTML.")
    text = pdf_to_text(data)
    if not text or not text.strip():
        raise InvalidInput("This PDF has no text layer (probably a scan), so no policy can be read from it.")
    return _finish(text)


def _looks_like_mhtml(head: bytes, name: str) -> bool:
    if name.endswith((".mht", ".mhtml")):
        return True
    lowered = head.lower()
    return b"mime-version:" in lowered and b"multipart/related" in lowered


def _mhtml_to_html(data: bytes) -> str | None:
    """The main HTML part of a single-file web page archive, or None if there is none."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in message.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)
                if not isinstance(payload, bytes):
                    continue
                charset = part.get_content_charset() or ""
                try:
                    return payload.decode(charset or "utf-8")
                except (LookupError, UnicodeDecodeError):
                    return decode_text(payload)
    except Exception:  # noqa: BLE001 - a damaged archive falls back to reading it as text
        return None
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:_MAX_SNIFF]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.4 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.4 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    """Text with many control characters is some binary format decoded by force."""
    sample = text[:_MAX_SNIFF]
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\n\r\t\f") or ch == "\ufffd")
    return controls > 0.05 * len(sample)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")


def _finish(text: str) -> str:
    """Normalise line ends, drop control and zero-width characters, squeeze blank runs."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _CONTROL.sub("", text)
    text = text.replace("\u00ad", "")  # soft hyphens split words invisibly
    lines = [line.strip(" \t\u00a0") for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
