"""How urgent a request's deadline is, shown by colour, icon and weight together.

Colour is never the only sign (colour-blind people, dark themes): overdue rows are bold and
carry a warning icon as well as the Okabe-Ito vermillion, which stays distinct for the common
colour-vision deficiencies; due-soon rows carry a clock-like information icon.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ui.models.request_words import today
from vault.cases.requests import OPEN_STATUSES

OVERDUE_COLOUR = QColor("#D55E00")  # Okabe & Ito (2008) vermillion
DUE_SOON_DAYS = 7


def deadline_urgency(record: Any) -> str | None:
    """"overdue", "due-soon" (within a week) or None, for an open request with a deadline."""
    if record.status not in OPEN_STATUSES or not record.due_on:
        return None
    now = today()
    if record.is_overdue(now):
        return "overdue"
    if record.due_on <= (now + timedelta(days=DUE_SOON_DAYS)).isoformat():
        return "due-soon"
    return None


def urgency_icon(urgency: str) -> QIcon:
    """The platform's warning icon for overdue, its information icon for due soon."""
    pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if urgency == "overdue"
              else QStyle.StandardPixmap.SP_MessageBoxInformation)
    return QApplication.style().standardIcon(pixmap)
