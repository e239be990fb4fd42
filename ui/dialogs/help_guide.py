"""Help ▸ Guide (F1): a short built-in guide on sending, deadlines, reminders and complaints.

The texts are resources/help/guide-{en,fr,de}.md, in the UI language, shown as read-only rich text;
they are ours, never user data.
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
