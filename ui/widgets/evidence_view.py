"""The sentence of a policy a value was read from, with the value highlighted in it.

The snippet is set with ``setPlainText`` (never parsed as HTML) and the found values are
marked afterwards through ``QTextCursor.mergeCharFormat``, so nothing from the policy is
ever interpreted as markup.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

MIN_PART = 3  # shorter pieces of a value ("FR", "à") would light up half the sentence
MAX_LINES = 6


class EvidenceView(QTextEdit):
    """A read-only, plain-text snippet with some words highlighted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.setFont(font)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self._highlighted: list[str] = []

    def show_snippet(self, snippet: str, values: Iterable[str], patterns: Iterable[QRegularExpression] = ()) -> None:
        """Show ``snippet`` and highlight every occurrence of each value (or of its parts) and pattern."""
        self.setPlainText(snippet)
        self._highlighted = []
        for pattern in patterns:
            self._mark(pattern)
        for value in values:
            value = (value or "").strip()
            if not value:
                continue
            if not self._mark(value):  # the policy may wrap the value differently: try its parts
                for part in _parts(value):
                    self._mark(part)
        self._fit_height()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def highlighted(self) -> list[str]:
        """The pieces of text highlighted, in the order marked (for tests and accessibility)."""
        return list(self._highlighted)

    def _mark(self, term: str | QRegularExpression) -> bool:
        document = self.document()
        marked = QTextCharFormat()
        marked.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
        marked.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        found_any = False
        cursor = document.find(term, 0)  # case-insensitive by default
        while not cursor.isNull():
            cursor.mergeCharFormat(marked)
            self._highlighted.append(cursor.selectedText())
            found_any = True
            if cursor.selectionEnd() == cursor.selectionStart():
                break  # an empty match would never advance
            cursor = document.find(term, cursor.selectionEnd())
        return found_any

    def _fit_height(self) -> None:
        # The width is not known yet: guess the wrapped lines from the length (a scroll bar covers the rest).
        text = self.toPlainText()
        lines = min(MAX_LINES, sum(1 + len(line) // 95 for line in text.split("\n")))
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)


def _parts(value: str) -> list[str]:
    """The pieces of a value worth finding on their own: split at commas and line breaks."""
    pieces = [p.strip() for chunk in value.splitlines() for p in chunk.split(",")]
    return [p for p in pieces if len(p) >= MIN_PART]

