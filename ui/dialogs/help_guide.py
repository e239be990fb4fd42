"""Help ▸ Guide (F1): a short built-in guide on sending, deadlines, reminders and complaints.

The texts are resources/help/guide-{en,fr,de}.md, in the UI language, shown as read-only rich text;
they are ours, never user data. What they say of the law follows the quotes verified in
docs/law-sources.md: GDPR art. 12(3) (one month from receipt; two more months only if the controller
says so, with reasons, within the first month; §2.2), art. 12(5) and 15(3) (free of charge; §2.4,
§2.7), art. 12(6) (identity doubts; §2.5), art. 77(1) (complaint where one lives, works or where the
infringement took place; §2.15), art. 78(2) (court after three months without news; §2.16), and
Regulation 1182/71 art. 3 (how a month is counted; §8). The 14 days of a reminder are the app's
courtesy period (vault.law.deadlines.REMINDER_DAYS), said as such.
"""
from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE_LANGUAGES = ("en", "fr", "de")


def guide_language(locale: QLocale | None = None) -> str:
    """The UI language (``ui.translations`` sets the default locale to it), English if no guide exists."""
    language = (locale or QLocale()).name().split("_")[0]
    return language if language in GUIDE_LANGUAGES else "en"


def guide_text(language: str) -> str:
    """The guide's Markdown text in ``language`` (en, fr, de)."""
    return (files("resources") / "help" / f"guide-{language}.md").read_text(encoding="utf-8")


class HelpGuideDialog(QDialog):
    """The guide in a scrolling, searchable-by-eye browser; links open nowhere (there are none)."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.language = language or guide_language()
        self.setWindowTitle(self.tr("Privacy Vault guide"))
        self.setAccessibleName(self.windowTitle())
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setMarkdown(guide_text(self.language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(680, 640)
