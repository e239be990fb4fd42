"""The complaint from the GUI: the person picks the authority (their own first), and the letter goes there."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.ui.request_helpers import click_button, make_context, new_request, people, when_modal, when_modal_appears
from ui.dialogs.identity import IdentityDialog
from ui.dialogs.letter import LetterDialog
from ui.dialogs.request_actions import start_follow_up
from vault.cases.letter_store import current_letter
from vault.people.identities import edit_identity, get_identity


@pytest.fixture
def context(vault, tmp_path: Path):
    return make_context(vault, tmp_path)


def test_the_residence_is_recorded_in_the_identity_dialog(qtbot, vault):
    who = people(vault)
    dialog = IdentityDialog(vault, get_identity(vault, who.jane))
    qtbot.addWidget(dialog)
    dialog.country.setText("de")
    dialog.region.setText("by")
    dialog.save()
    assert (get_identity(vault, who.jane).country, get_identity(vault, who.jane).region) == ("DE", "BY")


@pytest.mark.parametrize("pick, recipient", [(0, "Landesamt"), (1, "Commission nationale")])
def test_the_person_chooses_own_or_controller_authority(qtbot, vault, context, monkeypatch, pick, recipient):
    who = people(vault)  # a French controller
    edit_identity(vault, who.jane, {"country": "DE", "region": "BY"})
    request_id = new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=40))
    offered: list[list[str]] = []

    def choose(parent, title, label, items, current, editable):
        offered.append(list(items))
        return items[pick], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("", True)))
    when_modal(LetterDialog, lambda dialog: None)
    when_modal_appears(QMessageBox, click_button("Keep draft"))  # closed unsent: kept for later
    complaint = start_follow_up(context, None, request_id, "complaint")
    assert offered[0][0].startswith("Your own authority: Bayerisches Landesamt")
    assert offered[0][1].startswith("The controller’s authority: Commission Nationale")
    assert len(offered[0]) > 40  # any other authority of the table may be chosen too
    assert recipient in current_letter(vault, complaint).document.recipient_lines[0]
