"""The new-request wizard end to end: controller → identity → right → language → letter → PDF → sent."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from tests.ui.request_helpers import make_context, people
from ui.wizard.request_wizard import RequestWizard
from vault.cases.letter_store import current_letter
from vault.cases.requests import get_request, list_requests, request_identifier_ids
from vault.organisations.controllers import add_controller
from vault.people.identifiers import add_identifier
from vault.people.identities import add_identity


@pytest.fixture
def context(vault, tmp_path: Path):
    return make_context(vault, tmp_path)


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def start(qtbot, context, **preset) -> RequestWizard:
    wizard = RequestWizard(context, **preset)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_end_to_end_makes_a_request_a_pdf_and_marks_it_sent(qtbot, vault, context, tmp_path, monkeypatch):
    who = people(vault, "Zebra Widgets SAS")
    wizard = start(qtbot, context)
    pages = wizard.pages
    # Controller: search as you type.
    qtbot.keyClicks(pages["controller"].search, "zebra")
    qtbot.waitUntil(lambda: pages["controller"].results.count() == 1)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    pages["controller"].results.setCurrentRow(0)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    # Identity: the identifier this controller knows is ticked; no warning.
    assert wizard.currentPage() is pages["identity"]
    assert pages["identity"].checked_identifier_ids() == [who.email]
    assert not pages["identity"].warning.isVisibleTo(pages["identity"])
    wizard.next()
    # Right and details.
    pages["right"].set_right("rectification")
    assert "what it should say" in pages["right"].details.placeholderText()
    pages["right"].details.setPlainText("My name is spelt Martin, not Martine.")
    wizard.next()
    # Language from the controller's country; leaving the page writes the request.
    assert pages["language"].language.currentData() == "fr"
    assert list_requests(vault) == []
    wizard.next()
    assert wizard.request_id is not None and wizard.currentPage() is pages["letter"]
    request = get_request(vault, wizard.request_id)
    assert (request.right, request.lang, request.status) == ("rectification", "fr", "draft")
    assert request_identifier_ids(vault, request.id) == [who.email]
    editor = pages["letter"].editor
    assert "Zebra Widgets SAS" in editor.header.text()
    assert "Martine" in editor.body.toPlainText()
    editor.subject.setText("Rectification — objet modifié")
    wizard.next()
    assert current_letter(vault, request.id).document.subject == "Rectification — objet modifié"
    # Export: a PDF, where the person chose, naming the controller.
    target = tmp_path / "out" / "letter.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    pages["export"].export.buttons["pdf"].click()
    assert target.exists()
    text = pdf_text(target)
    assert "Zebra Widgets SAS" in text and "Rectification" in text
    assert "letter.pdf" in pages["export"].status.text()
    wizard.next()
    # Sent by e-mail today.
    sent = pages["sent"]
    assert sent.form.channel_code() == "email"  # the controller has a DPO address
    sent.sent.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    request = get_request(vault, request.id)
    assert request.status == "sent" and request.due_on is not None
    assert current_letter(vault, request.id).frozen


def test_going_back_and_changing_the_right_writes_the_draft_again(qtbot, vault, context):
    who = people(vault)
    wizard = start(qtbot, context, controller_id=who.acme, identity_id=who.jane)
    assert wizard.pages["controller"].results.currentItem() is not None
    wizard.next()
    wizard.next()
    wizard.next()  # access, then language
    wizard.next()
    assert get_request(vault, wizard.request_id).right == "access"
    wizard.back()
    wizard.back()
    wizard.pages["right"].set_right("erasure")
    wizard.next()
    wizard.next()
    assert [r.right for r in list_requests(vault)] == ["erasure"]
    wizard.reject()  # not modal (no person at it): the draft is kept without a question
    assert get_request(vault, wizard.request_id).status == "draft"


def test_reveal_warning_is_shown_and_the_identifiers_are_the_identitys_own(qtbot, vault, context):
    who = people(vault)
    shop = add_controller(vault, name="Shop SARL", country="FR", dpo_email="dpo@shop.example")
    alias = add_identity(vault, label="<b>Shopping</b>", kind="pseudonym", emails=["shop@alias.example"])
    alias_email = add_identifier(vault, alias, "email", "shop+x@alias.example", controller_id=shop)
    wizard = start(qtbot, context, controller_id=shop)
    wizard.next()
    page = wizard.pages["identity"]
    page.identity.setCurrentIndex(page.identity.findData(who.jane))
    assert page.warning.isVisibleTo(page)
    assert "<b>Shopping</b>" in page.warning_text.text() and "real identity" in page.warning_text.text()
    assert page.warning_text.textFormat() == Qt.TextFormat.PlainText
    assert page.checked_identifier_ids() == []  # Jane gave Shop nothing: nothing is ticked
    assert page.identifiers.count() == 1  # her address at ACME is offered, unticked
    page.identity.setCurrentIndex(page.identity.findData(alias))
    assert not page.warning.isVisibleTo(page)
    assert page.checked_identifier_ids() == [alias_email]


def test_add_controller_from_the_wizard(qtbot, vault, context):
    from tests.ui.request_helpers import when_modal
    from ui.dialogs.controller import ControllerDialog

    people(vault)
    wizard = start(qtbot, context)

    def fill(dialog: ControllerDialog) -> None:
        dialog._widgets["name"].setText("Brand New GmbH")
        dialog.country.set_code("DE")
        dialog._save()

    when_modal(ControllerDialog, fill)
    wizard.pages["controller"]._add_controller()
    assert wizard.pages["controller"].results.currentItem().text() == "Brand New GmbH (Germany)"
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.pages["language"].language.currentData() == "de"


def test_an_empty_vault_is_offered_the_directory_in_the_wizard(qtbot, vault, context):
    wizard = start(qtbot, context)
    page = wizard.pages["controller"]
    assert page.directory_button.isVisibleTo(page)
    qtbot.mouseClick(page.directory_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.directory_button.isVisibleTo(page), timeout=30_000)
    qtbot.keyClicks(page.search, "schufa")
    qtbot.waitUntil(lambda: page.results.count() >= 1 and "SCHUFA" in page.results.item(0).text())
    for box in wizard.findChildren(QMessageBox):  # the import summary
        box.close()


def test_amazon_is_one_line_with_the_persons_country_variant_chosen(qtbot, vault, context, monkeypatch):
    from vault.organisations.directory_import import import_directory

    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")  # no residence recorded: the system's country, France
    import_directory(vault)
    wizard = start(qtbot, context)
    page = wizard.pages["controller"]
    qtbot.keyClicks(page.search, "amazon")
    qtbot.waitUntil(lambda: page.results.count() >= 1 and page.results.item(0).text().startswith("Amazon"))
    lines = [page.results.item(i).text() for i in range(page.results.count())]
    assert len([line for line in lines if "Amazon Europe Core SARL" in line]) == 1
    page.results.setCurrentRow(0)
    assert page.choice.variants.count() == 6
    assert page.choice.variants.currentText() == "amazon.fr (FR)"
    page.choice.variants.setCurrentIndex(page.choice.variants.findText("amazon.de", Qt.MatchFlag.MatchStartsWith))
    chosen = wizard.choice["controller_id"]
    assert vault.query_one("SELECT slug FROM controller WHERE id = ?", (chosen,))["slug"] == "amazon-de"


def test_google_leads_to_google_ireland_and_the_wizard_says_why(qtbot, vault, context, monkeypatch):
    from vault.organisations.controllers import get_controller
    from vault.organisations.directory_import import import_directory

    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    import_directory(vault)
    people(vault, "Zebra Widgets SAS")
    wizard = start(qtbot, context)
    page = wizard.pages["controller"]
    qtbot.keyClicks(page.search, "google")
    qtbot.waitUntil(lambda: page.results.count() >= 1 and page.results.item(0).text().startswith("Google"))
    page.results.setCurrentRow(0)
    assert page.choice.eu_note.isVisibleTo(page)
    assert "Google Ireland Limited" in page.choice.eu_note.text()
    assert "https://policies.google.com/" in page.choice.eu_note.text()
    assert page.choice.use_eu.isChecked()
    wizard.next()
    controller = get_controller(vault, wizard.choice["controller_id"])
    assert (controller.name, controller.country) == ("Google Ireland Limited", "IE")
