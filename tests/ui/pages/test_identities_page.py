"""The identities page: list, search, details as plain text, the editor."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.dialogs.identity import IdentityDialog
from ui.pages.identities import IdentitiesPage
from ui.preferences import Preferences
from ui.worker import JobTracker
from vault.people.identities import add_identity, get_identity, list_identities


@pytest.fixture
def page(qtbot, vault, tmp_path: Path) -> IdentitiesPage:
    context = Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                      SecureClipboard(), VaultEvents(), JobTracker())
    page = IdentitiesPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def test_list_search_and_details(qtbot, vault, page):
    add_identity(vault, label="Me", name="Ada <b>Lovelace</b>", emails=["ada@example.org"])
    add_identity(vault, label="Shopping", kind="pseudonym", emails=["shop@example.net"])
    page.refresh()
    assert page.model.rowCount() == 2
    assert page.model.data(page.model.index(0, 2)) == "Ada <b>Lovelace</b>"
    assert page.model.data(page.model.index(1, 1)) == "Pseudonym"
    qtbot.keyClicks(page.search, "shop")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.search.clear()
    page.refresh()
    page.table.selectRow(0)
    name = page.detail.value_labels["Full name"]
    assert name.text() == "Ada <b>Lovelace</b>" and name.textFormat() == Qt.TextFormat.PlainText


def test_dialog_validation_and_edit(qtbot, vault):
    dialog = IdentityDialog(vault)
    qtbot.addWidget(dialog)
    dialog.emails.setPlainText("me@example.org\nme at example")
    dialog._save()  # no label, and a bad address: both listed
    assert dialog.error.text().splitlines() == [
        "Please correct:", "• Label: This cannot be empty.",
        "• E-mail addresses: “me at example” does not look like an e-mail address."]
    assert list_identities(vault) == []
    dialog.label.setText("Me")
    dialog.emails.setPlainText("me@example.org")
    assert not dialog.error.isVisibleTo(dialog)  # fixed: the message went
    dialog.birth_date.set_value("1990-02-28")
    dialog.phones.setPlainText("+33 1 23 45 67 89")
    dialog._save()
    saved = get_identity(vault, dialog.saved_id)
    assert (saved.label, saved.birth_date, saved.phones) == ("Me", "1990-02-28", ["+33 1 23 45 67 89"])
    edit = IdentityDialog(vault, saved)
    qtbot.addWidget(edit)
    edit.kind.setCurrentIndex(edit.kind.findData("pseudonym"))
    edit._save()
    assert get_identity(vault, saved.id).kind == "pseudonym"


def test_birth_date_has_a_calendar_and_can_be_left_empty(qtbot, vault):
    dialog = IdentityDialog(vault)
    qtbot.addWidget(dialog)
    dialog.label.setText("Me")
    assert dialog.birth_date.edit.calendarPopup() and not dialog.birth_date.known.isChecked()
    assert not dialog.birth_date.edit.isEnabled()  # no date until "Known" is ticked
    qtbot.mouseClick(dialog.birth_date.known, Qt.MouseButton.LeftButton)
    dialog.birth_date.edit.setDate(QDate(1985, 6, 15))
    assert dialog.birth_date.value() == "1985-06-15"
    assert dialog.birth_date.edit.maximumDate() == QDate.currentDate()  # nobody is born tomorrow
    dialog._save()
    saved = get_identity(vault, dialog.saved_id)
    assert saved.birth_date == "1985-06-15"
    edit = IdentityDialog(vault, saved)
    qtbot.addWidget(edit)
    assert edit.birth_date.known.isChecked() and edit.birth_date.edit.date() == QDate(1985, 6, 15)
    edit.birth_date.known.setChecked(False)  # taken away again
    edit._save()
    assert get_identity(vault, saved.id).birth_date is None


def test_the_identifiers_tab_says_what_an_identifier_is(page):
    assert page.tabs.tabText(1) == "Identifiers"
    assert "knows you by" in page.tabs.tabToolTip(1)
