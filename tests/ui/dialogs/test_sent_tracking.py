"""The Mark sent form takes a registered letter's tracking number, and only for registered post."""
from __future__ import annotations

from tests.ui.request_helpers import new_request, people
from ui.dialogs.sent import SentDialog
from vault.cases.lifecycle import events_of


def test_the_tracking_number_is_kept_with_the_sent_event(qtbot, vault):
    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme)
    dialog = SentDialog(vault, request_id)
    qtbot.addWidget(dialog)
    form = dialog.sent_form
    form.channel.setCurrentIndex(form.channel.findData("email"))
    assert not form.tracking.isEnabled()
    form.channel.setCurrentIndex(form.channel.findData("registered-post"))
    assert form.tracking.isEnabled()
    form.tracking.setText("RR 1234 5678 9FR")
    dialog._save()
    [sent] = events_of(vault, request_id)
    assert sent.note == "channel: registered-post; tracking: RR 1234 5678 9FR"
