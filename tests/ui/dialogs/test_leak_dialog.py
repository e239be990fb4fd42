"""“Who leaked this?”: the identity and controller of a pasted address, never given out, asking them."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.dialogs.leak import LeakDialog
from ui.preferences import Preferences
from ui.worker import JobTracker
from vault.cases.requests import get_request, list_requests
from vault.organisations.controllers import add_controller
from vault.people.identifiers import add_identifier
from vault.people.identities import add_identity

MARKUP = "<b>x</b><img src=x>"


@pytest.fixture
def context(vault, tmp_path: Path) -> Context:
    return Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                   SecureClipboard(), VaultEvents(), JobTracker())


@pytest.fixture
def leaked(vault) -> tuple[int, int]:
    identity = add_identity(vault, label="Shopping " + MARKUP, kind="pseudonym", emails=["shop@mail.example"])
    controller = add_controller(vault, name="Acme " + MARKUP, country="GB")
    add_identifier(vault, identity, "email", "shop+acme@mail.example", controller_id=controller, given_on="2024-02-03")
    return identity, controller


def make_dialog(qtbot, context, value: str = "") -> LeakDialog:
    dialog = LeakDialog(context, value=value)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_finds_identity_controller_and_date_from_a_to_line(qtbot, context, leaked):
    dialog = make_dialog(qtbot, context)
    qtbot.keyClicks(dialog.value, 'To: "Shop" <SHOP+acme@mail.example>')
    qtbot.waitUntil(lambda: bool(dialog.leaks))
    text = dialog.result.text()
    assert dialog.result.textFormat() == Qt.TextFormat.PlainText
    assert "Identity: Shopping " + MARKUP in text
    assert "Given to: Acme " + MARKUP in text and "Given on: 2024-02-03" in text
    assert dialog.ask_button.isEnabled()


def test_never_given_out(qtbot, context, leaked):
    dialog = make_dialog(qtbot, context, "stranger@elsewhere.example")
    assert dialog.leaks == []
    assert dialog.result.text().startswith("Never given out")
    assert not dialog.ask_button.isEnabled()


def test_ask_creates_an_access_request(qtbot, vault, context, leaked):
    identity, controller = leaked
    dialog = make_dialog(qtbot, context, "shop+acme@mail.example")
    dialog.seen_in.setText("spam about loans")
    with qtbot.waitSignal(dialog.request_created, timeout=5000) as created, \
            qtbot.waitSignal(context.events.changed, check_params_cb=lambda noun: noun == "request"):
        qtbot.mouseClick(dialog.ask_button, Qt.MouseButton.LeftButton)
    request = get_request(vault, created.args[0])
    assert (request.identity_id, request.controller_id, request.right) == (identity, controller, "access")
    assert "spam about loans" in request.details and "15(1)(c)" in request.details
    assert [r.id for r in list_requests(vault)] == [request.id]
    assert dialog.created.isVisible() and str(request.id) in dialog.created.text()
