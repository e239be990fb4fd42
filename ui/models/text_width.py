"""Column widths that fit translated words: "Beschwerde eingereicht" is longer than "Complaint filed"."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication


def fit_width(width: int, *texts: str) -> int:
    """``width``, or wider when one of ``texts`` (in the bold font of open rows) needs it."""
    bold = QFont(QGuiApplication.font())
    bold.setBold(True)
    widest = max((QFontMetrics(bold).horizontalAdvance(text) for text in texts), default=0)
    return max(width, widest + 2 * QFontMetrics(QGuiApplication.font()).averageCharWidth() + 8)
