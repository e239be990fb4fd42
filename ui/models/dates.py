"""Dates as people read them: the UI language's short format, with the year in full.

``vault/`` stores ISO dates (``2026-11-30``); every view shows them through ``date_text``, so a
French window says 30/11/2026 and a German one 30.11.2026.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, with a four-digit year (a deadline must never be ambiguous).

    The "C" locale (no language chosen: scripts, tests) has no reader to please: ISO 8601 then.
    """
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_text(value: str | date | None, locale: QLocale | None = None) -> str:
    """``value`` (ISO text or a date) in the locale's short format; "" for none; text that is no date as is."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        day = QDate(value.year, value.month, value.day)
    else:
        day = QDate.fromString(value[:10], "yyyy-MM-dd")
        if not day.isValid():
            return value
    return (locale or QLocale()).toString(day, date_format(locale))
