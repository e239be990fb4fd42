"""Shared set-up for the request UI tests: a context, a person and a controller, modal dialogs driven."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.preferences import Preferences
from ui.worker import JobTracker
from vault.cases.drafts import create_request
from vault.cases.lifecycle import mark_sent
from vault.organisations.controllers import add_controller
from vault.people.identifiers import add_identifier
from vault.people.identities import add_identity


class FakeTray:
    """Records what the app would tell the tray."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, list[str]]] = []

    def notify(self, count: int, names: list[str]) -> str:
        self.calls.append((count, list(names)))
        return ""


def make_context(vault: Any, tmp_path: Path, tray: Any = None) -> Context:
    return Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                   SecureClipboard(), VaultEvents(), JobTracker(), tray)


def people(vault: Any, controller_name: str = "ACME SAS") -> SimpleNamespace:
    """Jane, a French controller with a DPO address, and the e-mail address Jane gave it."""
    jane = add_identity(vault, label="Me", name="Jane Martin", address="3 rue des Lilas\n75011 Paris",
                        emails=["jane@example.org"])
    acme = add_controller(vault, name=controller_name, country="FR", dpo_email="dpo@acme.example",
                          address="1 avenue de l'Opéra\n75001 Paris")
    email = add_identifier(vault, jane, "email", "jane+acme@example.org", controller_id=acme)
    return SimpleNamespace(jane=jane, acme=acme, email=email)


def new_request(vault: Any, identity: int, controller: int, right: str = "access",
                sent_on: date | None = None, channel: str = "email") -> int:
    request_id = create_request(vault, identity_id=identity, controller_id=controller, right=right)
    if sent_on is not None:
        mark_sent(vault, request_id, on=sent_on, channel=channel)
    return request_id


def when_modal(kind: type, action: Callable[[Any], None], seen: list | None = None) -> None:
    """Once the next modal dialog is open: check its type, run ``action`` on it, and make sure it closes."""
    def run() -> None:
        widget = QApplication.activeModalWidget()
        try:
            if seen is not None:
                seen.append(type(widget))
            assert isinstance(widget, kind), f"expected {kind.__name__}, got {widget!r}"
            action(widget)
        finally:
            if isinstance(widget, QWidget) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, run)


def when_modal_appears(kind: type, action: Callable[[Any], None], within_ms: int = 10_000) -> None:
    """Like ``when_modal``, for a dialog that opens later (after another one closes): look every 20 ms.

    An earlier look still waiting is stopped first: it must not answer this test's dialogs.
    """
    for old in _KEEP_ALIVE:
        old.stop()
    _KEEP_ALIVE.clear()
    timer = QTimer()
    tries = [within_ms // 20]

    def look() -> None:
        widget = QApplication.activeModalWidget()
        tries[0] -= 1
        if isinstance(widget, kind):
            timer.stop()
            try:
                action(widget)
            finally:
                if widget.isVisible():
                    widget.reject()
        elif tries[0] <= 0:
            timer.stop()

    timer.timeout.connect(look)
    timer.start(20)
    _KEEP_ALIVE.append(timer)


_KEEP_ALIVE: list[QTimer] = []


def click_button(text: str) -> Callable[[Any], None]:
    """An action for ``when_modal``: click the message box's button with this text."""
    def click(box: Any) -> None:
        for button in box.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")

    return click
