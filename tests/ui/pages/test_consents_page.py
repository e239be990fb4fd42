"""The consents page: record a consent with evidence, withdraw it (with the objection), markup literal."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.dialogs.consent import ConsentDialog, WithdrawDialog
from ui.models.dates import date_text
from ui.pages.consents import ConsentsPage
from ui.preferences import Preferences
from ui.worker import JobTracker
from vault.cases.requests import get_request
from vault.organisations.controllers import add_controller
from vault.people.consents import add_consent, consent_evidence, get_consent, list_consents
from vault.people.identities import add_identity

MARKUP = "<b>x</b><img src=x>"


@pytest.fixture
def context(vault, tmp_path: Path) -> Context:
    return Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                   SecureClipboard(), VaultEvents(), JobTracker())


@pytest.fixture
def page(qtbot, context) -> ConsentsPage:
    page = ConsentsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def close_next_message(seen: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, close)


def test_add_with_evidence(qtbot, vault, page, tmp_path, monkeypatch):
    identity = add_identity(vault, label="Me")
    shop = add_controller(vault, name="Acme Shop")
    evidence = tmp_path / "screenshot.png"
    evidence.write_bytes(b"\x89PNG fake image")

    def fill(dialog: ConsentDialog) -> int:
        assert dialog.identity.currentData() == identity
        dialog._save()
        assert "Choose the controller" in dialog.error.text()
        assert "Purpose: This cannot be empty." in dialog.error.text()  # both problems at once
        dialog.controller.set_controller(shop)
        assert "Choose the controller" not in dialog.error.text()  # chosen: the message went at once
        dialog.purpose.setPlainText("Newsletter")
        dialog.given_on.set_value("2023-05-04")
        dialog.how.setCurrentText("web form")
        dialog.evidence.choose_file(str(evidence))
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    [consent] = list_consents(vault)
    assert (consent.identity_id, consent.controller_id, consent.purpose, consent.given_on, consent.how) == (
        identity, shop, "Newsletter", "2023-05-04", "web form")
    meta, data = consent_evidence(vault, consent.id)
    assert (meta.name, data) == ("screenshot.png", b"\x89PNG fake image")
    assert page.model.rowCount() == 1
    assert [page.model.data(page.model.index(0, c)) for c in range(6)] == [
        "Newsletter", "Me", "Acme Shop", date_text("2023-05-04"), "web form", "Active"]
    assert page.detail.value_labels["Evidence"].text().startswith("screenshot.png")
    assert page.evidence_button.isEnabled() and page.withdraw_button.isEnabled()


def test_withdraw_with_objection_creates_two_requests(qtbot, vault, page, monkeypatch):
    identity = add_identity(vault, label="Me")
    shop = add_controller(vault, name="Acme Shop", country="FR")
    consent_id = add_consent(vault, identity, shop, "Offres partenaires", "2022-01-10", how="checkbox")
    page.refresh()
    page.table.selectRow(0)

    def choose(dialog: WithdrawDialog) -> int:
        dialog.on.setDate(QDate(2024, 2, 1))
        dialog.also_object.setChecked(True)
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(WithdrawDialog, "exec", choose)
    seen: list[str] = []
    close_next_message(seen)
    with qtbot.waitSignal(page.context.events.changed, check_params_cb=lambda noun: noun == "request"):
        ids = page.withdraw_selected()
    assert len(ids) == 2
    assert [get_request(vault, i).right for i in ids] == ["withdraw_consent", "objection_marketing"]
    consent = get_consent(vault, consent_id)
    assert (consent.withdrawn_on, consent.withdrawal_request_id) == ("2024-02-01", ids[0])
    assert f"{ids[0]}, {ids[1]}" in seen[0]
    assert page.model.data(page.model.index(0, 5)) == "Withdrawn on " + date_text("2024-02-01")
    assert not page.withdraw_button.isEnabled()


def test_markup_is_shown_literally(qtbot, vault, page):
    identity = add_identity(vault, label=MARKUP)
    shop = add_controller(vault, name=MARKUP)
    add_consent(vault, identity, shop, MARKUP, "2022-01-10", how=MARKUP, notes=MARKUP)
    page.refresh()
    assert [page.model.data(page.model.index(0, c)) for c in (0, 1, 2, 4)] == [MARKUP] * 4
    page.table.selectRow(0)
    assert page.detail.title.text() == MARKUP
    for label in page.detail.value_labels.values():
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert page.detail.value_labels["Controller"].text() == MARKUP
