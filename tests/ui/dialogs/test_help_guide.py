"""Help ▸ Guide (F1): the built-in guide on sending, deadlines, reminders and complaints, in the UI language."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.request_helpers import make_context, when_modal
from ui.app import app_icon
from ui.dialogs.help_guide import GUIDE_LANGUAGES, HelpGuideDialog, guide_language, guide_text
from ui.main_window import MainWindow


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_each_guide_covers_sending_deadlines_reminders_and_complaints(language: str):
    text = guide_text(language)
    article = {"en": "art. 12(3)", "fr": "art. 12, § 3", "de": "Art. 12 Abs. 3"}[language]
    complaint = {"en": "art. 77", "fr": "art. 77", "de": "Art. 77"}[language]
    assert article in text and complaint in text
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert len(headings) >= 5  # words, sending, deadlines, reminders, complaints, safety


def test_f1_opens_the_guide_in_the_ui_language(qtbot, vault, tmp_path: Path):
    window = MainWindow(make_context(vault, tmp_path), app_icon())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    action = window.menu_actions["guide"]
    assert action.shortcut().toString() == "F1"
    assert action in window.menuBar().actions()[-1].menu().actions()  # in the Help menu
    seen: list[str] = []
    when_modal(HelpGuideDialog, lambda dialog: seen.append(dialog.browser.toPlainText()))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert seen and "Deadlines" in seen[0] and "one month of receiving your request" in seen[0]
    assert "##" not in seen[0]  # shown as formatted text, not as Markdown source


def test_the_guide_follows_the_language(qtbot):
    assert guide_language(QLocale("fr")) == "fr" and guide_language(QLocale("de")) == "de"
    assert guide_language(QLocale("it")) == "en"
    dialog = HelpGuideDialog(language="de")
    qtbot.addWidget(dialog)
    assert "Fristen" in dialog.browser.toPlainText()
