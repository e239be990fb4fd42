"""The tray's notification says counts and controller names only."""
from __future__ import annotations

from ui.app import app_icon
from ui.tray import Tray


def test_message(qapp):
    tray = Tray(app_icon())
    assert tray.message_for(1, ["Acme"]) == "1 request(s) fall due. Acme"
    names = [f"C{i}" for i in range(7)]
    assert tray.message_for(7, names) == "7 request(s) fall due. C0, C1, C2, C3, C4 and 2 more"
    assert tray.notify(2, ["<b>x</b>"]) == "2 request(s) fall due. <b>x</b>"
    tray.hide()
