"""The French and German UI say dates, plurals, consent ways and timeline notes in their own words."""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from tests.ui.request_helpers import make_context, new_request, people
from ui import translations as translations_module
from ui.dialogs.consent import ConsentDialog
from ui.models.dates import date_text
from ui.models.request_words import days_left_text, due_text, how_name
from ui.pages.dashboard import DashboardPage
from ui.pages.timeline import Timeline
from ui.translations import Translations
from vault.cases.follow_ups import create_follow_up
from vault.cases.letter_store import reference_for
from vault.cases.lifecycle import mark_sent
from vault.cases.requests import get_request
from vault.people.consents import list_consents

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch) -> Path:
    """The .ts files compiled now (the Makefile builds them for the app; tests need not run make)."""
    folder = tmp_path / "qm"
    folder.mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in TRANSLATIONS.glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(folder / (source.stem + ".qm"))],
                       check=True)
    monkeypatch.setattr(translations_module, "translations_folder", lambda: folder)
    return folder


@pytest.fixture
def speak(qapp, compiled) -> Iterator:
    """``speak("fr")`` switches the UI language (translators and the default locale) for the test."""
    translations = Translations(qapp)
    previous = QLocale()
    yield translations.apply
    translations.clear()
    QLocale.setDefault(previous)


def test_days_overdue_have_real_plural_forms(speak):
    speak("fr")
    assert (days_left_text(-1), days_left_text(-40)) == ("1 jour de retard", "40 jours de retard")
    speak("de")
    assert (days_left_text(-1), days_left_text(-40)) == ("1 Tag überfällig", "40 Tage überfällig")
    assert days_left_text(3) == "noch 3 Tage"
    speak("en")
    assert (days_left_text(-1), days_left_text(-40)) == ("1 day overdue", "40 days overdue")


def test_dates_follow_the_ui_language_with_the_year_in_full(speak):
    speak("de")
    assert date_text("2026-11-30") == "30.11.2026"
    assert due_text("2026-11-30", True) == "30.11.2026 (geschätzt)"
    speak("fr")
    assert date_text(date(2026, 11, 30)) == "30/11/2026"
    speak("en")
    assert date_text("2026-11-30") == "11/30/2026"
    assert date_text("") == "" and date_text(None) == ""


def test_timeline_notes_written_by_the_vault_are_shown_translated(qtbot, vault, speak):
    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme, sent_on=date(2026, 1, 5))
    reminder = create_follow_up(vault, request_id, "reminder")
    mark_sent(vault, reminder, on=date(2026, 2, 20), channel="registered-post")
    speak("fr")
    timeline = Timeline(vault)
    qtbot.addWidget(timeline)
    timeline.show_request(request_id)
    rows = [[timeline.tree.topLevelItem(i).text(c) for c in range(3)]
            for i in range(timeline.tree.topLevelItemCount())]
    assert rows == [["05/01/2026", "Demande envoyée", "Envoi : E-mail"],
                    ["20/02/2026", "Relance envoyée", reference_for(get_request(vault, reminder))]]
    # The stored notes are untouched: the translation is only on screen.
    assert vault.query("SELECT note FROM event WHERE request_id = ? ORDER BY id", (request_id,))[0][0] \
        == "channel: email"


def test_consent_ways_are_shown_in_the_ui_language_and_stored_as_codes(qtbot, vault, speak):
    who = people(vault)
    speak("de")
    assert how_name("checkbox") == "Kontrollkästchen" and how_name("my own words") == "my own words"
    dialog = ConsentDialog(vault)
    qtbot.addWidget(dialog)
    assert dialog.how.findText("Kontrollkästchen") > 0 and dialog.how.findText("checkbox") < 0
    dialog.controller.set_controller(who.acme)
    dialog.purpose.setPlainText("Newsletter")
    dialog.how.setCurrentText("Kontrollkästchen")
    dialog._save()
    assert dialog.result() == 1, dialog.error.text()
    assert [c.how for c in list_consents(vault)] == ["checkbox"]


def test_german_dashboard_shows_the_first_run_guide_then_german_dates(qtbot, vault, tmp_path, speak):
    speak("de")
    context = make_context(vault, tmp_path)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "overdue" in page.sections)
    assert page.first_run is not None and page.first_run.start_button.text() == "Meine erste Anfrage schreiben"
    who = people(vault)
    sent = date.today() - timedelta(days=75)
    request_id = new_request(vault, who.jane, who.acme, sent_on=sent)
    with qtbot.waitSignal(page.refreshed):
        context.events.changed.emit("request")
    assert page.first_run is None
    due = get_request(vault, request_id).due_on
    texts = [label.text() for label in page.sections["overdue"].findChildren(QLabel)]
    assert date.fromisoformat(due).strftime("%d.%m.%Y") in texts
    assert any(text.endswith("Tage überfällig") for text in texts)


def test_a_french_form_lists_both_problems_in_french(qtbot, vault, speak):
    from ui.dialogs.controller import ControllerDialog

    speak("fr")
    dialog = ControllerDialog(vault)
    qtbot.addWidget(dialog)
    dialog._widgets["web"].setText("pas une adresse")
    dialog._save()
    assert dialog.error.text().splitlines() == [
        "Veuillez corriger :", "• Nom : Ce champ ne peut pas être vide.",
        "• Site web : « pas une adresse » n’est pas une adresse web."]
    assert dialog.country.itemText(0) == "(non indiqué)"
    for name in ("Allemagne", "Corée du Sud", "Émirats arabes unis", "Afrique du Sud"):
        assert dialog.country.findText(name) > 0, name
    assert dialog.country.findText("Germany") < 0 and dialog.country.findText("South Korea") < 0
