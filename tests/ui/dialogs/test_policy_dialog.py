"""Policy import: read in the background, a form of the findings with highlighted evidence, save."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.dialogs.policy import PolicyImportDialog, import_policy
from ui.preferences import Preferences
from ui.worker import JobTracker
from vault.organisations.controllers import get_controller, list_controllers, retention_periods
from vault.policies.findings import extract_policy

POLICY = """Privacy policy of Brightpath Travel

Brightpath Travel Ltd, 5 Harbour Road, Bristol BS1 5TT, United Kingdom, is the controller of your personal data.
Our data protection officer can be reached at privacy@brightpath.example.
Booking records are kept for 6 years after your trip. Marketing data is kept for 24 months.
You have the right to access, rectify and erase your data. You can complain to the ICO.
We do not transfer your data outside the EEA.
"""
DATA = Path(__file__).parents[2] / "data" / "policies"


@pytest.fixture
def context(vault, tmp_path: Path) -> Context:
    return Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                   SecureClipboard(), VaultEvents(), JobTracker())


def opened_form(qtbot, context, path: Path) -> PolicyImportDialog:
    import_policy(None, context, str(path))

    def form() -> PolicyImportDialog | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, PolicyImportDialog) and w.isVisible()), None)

    qtbot.waitUntil(lambda: form() is not None, timeout=10_000)
    dialog = form()
    qtbot.addWidget(dialog)
    return dialog


def test_text_policy_fills_the_form_and_highlights_the_evidence(qtbot, vault, context, tmp_path):
    path = tmp_path / "brightpath.txt"
    path.write_text(POLICY, encoding="utf-8")
    dialog = opened_form(qtbot, context, path)
    assert dialog.name.text() == "Brightpath Travel Ltd"
    assert dialog.address.toPlainText() == "5 Harbour Road, Bristol BS1 5TT, United Kingdom"
    assert (dialog.country.code(), dialog.dpo_email.text()) == ("GB", "privacy@brightpath.example")
    assert dialog.country.currentText() == "United Kingdom"  # a name, not a code
    assert dialog.emails.toPlainText() == "privacy@brightpath.example"
    assert [r for r, check in dialog.rights.items() if check.isChecked()] == ["access", "rectification", "erasure",
                                                                               "complaint"]
    assert [dialog.retention.item(r, 0).text() for r in range(dialog.retention.rowCount())] == [
        "Booking records", "Marketing data"]
    assert [dialog.retention.cellWidget(r, 1).value() for r in range(2)] == [72, 24]
    assert dialog.authority.text() == "ICO" and dialog.transfers.currentData() is False
    views = dialog.evidence_views
    assert views["controller_name"].toPlainText().startswith("Brightpath Travel Ltd, 5 Harbour Road")
    assert views["controller_name"].highlighted() == ["Brightpath Travel Ltd"]
    assert views["dpo_email"].highlighted() == ["privacy@brightpath.example"]
    assert views["country"].highlighted() == ["United Kingdom"]
    assert {"6 years", "24 months", "Booking records", "Marketing data"} <= set(views["retention_periods"].highlighted())
    assert views["supervisory_authority"].highlighted() == ["ICO"]
    # The highlight is a character format on the plain text, not markup.
    cursor = views["dpo_email"].document().find("privacy@brightpath.example")
    assert cursor.charFormat().background().color() == views["dpo_email"].palette().highlight().color()

    dialog.name.setText("Brightpath Travel")
    dialog.retention.cellWidget(1, 1).setValue(36)
    with qtbot.waitSignal(context.events.changed, check_params_cb=lambda noun: noun == "controller"):
        dialog._save()
    assert dialog.result() == 1
    controller = get_controller(vault, dialog.saved_id)
    assert (controller.name, controller.country, controller.dpo_email, controller.source) == (
        "Brightpath Travel", "GB", "privacy@brightpath.example", "policy")
    assert controller.source_text.startswith("Privacy policy of Brightpath Travel")
    assert [(p.what, p.months) for p in retention_periods(vault, controller.id)] == [
        ("Booking records", 72), ("Marketing data", 36)]


def test_a_missing_name_is_said_in_the_form(qtbot, vault, context):
    findings = extract_policy(POLICY).to_json()
    findings["controller_name"] = None
    dialog = PolicyImportDialog(context, findings, POLICY)
    qtbot.addWidget(dialog)
    dialog.dpo_email.setText("privacy at brightpath")
    dialog._save()
    assert dialog.error.text().splitlines() == [
        "Please correct:", "• Name: This cannot be empty.",
        "• DPO e-mail address: “privacy at brightpath” does not look like an e-mail address."]
    assert list_controllers(vault) == []


def test_markup_in_a_policy_stays_text(qtbot, context):
    text = POLICY.replace("Brightpath Travel Ltd", "<b>Bright</b><img src=x> Ltd")
    dialog = PolicyImportDialog(context, extract_policy(text).to_json(), text)
    qtbot.addWidget(dialog)
    view = dialog.evidence_views["postal_address"]
    assert "<img src=x>" in view.toPlainText()
    assert "<img" not in view.toHtml()  # shown as text, escaped, never as an image


def test_pdf_policy_through_the_worker(qtbot, context, tmp_path):
    path = tmp_path / "policy.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText(POLICY)
    document.print_(writer)
    del writer
    dialog = opened_form(qtbot, context, path)
    assert "5 Harbour Road" in dialog.source_text
    assert "Brightpath Travel Ltd" in dialog.name.text()
    assert dialog.dpo_email.text() == "privacy@brightpath.example"


@pytest.mark.skipif(not (DATA / "opendatasoft-fr.txt").exists(), reason="example policy not present")
def test_real_french_policy(qtbot, context):
    dialog = opened_form(qtbot, context, DATA / "opendatasoft-fr.txt")
    assert dialog.name.text() == "OpenDataSoft" and dialog.authority.text() == "CNIL"
    assert dialog.retention.rowCount() >= 5
    assert "13 mois" in dialog.evidence_views["retention_periods"].highlighted()


def test_uncertain_fields_are_marked_for_review(qtbot, context, tmp_path: Path) -> None:
    # A real policy whose controller is read from a weak cue: the form says to check it.
    path = DATA / "corpus" / "uk-pantera-group-privacy-notice.pdf"
    from ui.rendering.pdf_text import pdf_to_text
    from vault.policies.text import policy_text_from_bytes
    text = policy_text_from_bytes(path.read_bytes(), path.name, pdf_to_text=pdf_to_text)
    findings = extract_policy(text).to_json()
    assert findings["review"], "this policy has uncertain fields"
    dialog = PolicyImportDialog(context, findings, text)
    qtbot.addWidget(dialog)
    marked = {key for key, label in dialog.review_marks.items() if not label.isHidden()}
    shown = set(dialog.evidence_views)
    assert marked == set(findings["review"]) & shown
    certain = shown - set(findings["review"])
    assert certain and not certain & set(dialog.review_marks)


def test_what_the_policy_says_is_saved_with_the_controller(qtbot, context) -> None:
    # The new fields are shown for review, edited, and kept with the controller for the access letter.
    path = DATA / "corpus" / "de-kinderbuchvielfalt.txt"
    text = path.read_text("utf-8")
    findings = extract_policy(text).to_json()
    dialog = PolicyImportDialog(context, findings, text)
    qtbot.addWidget(dialog)
    assert dialog.categories.toPlainText().splitlines() == findings["data_categories"]
    dialog.purposes.setPlainText("Newsletter | 6(1)(a)\nStatistik")
    dialog.recipients.setPlainText("Beispiel Hosting GmbH")
    controller_id = dialog.save()
    policy = get_controller(context.vault, controller_id).directory["policy"]
    assert policy["purposes"] == [{"purpose": "Newsletter", "legal_basis": "6(1)(a)"},
                                  {"purpose": "Statistik", "legal_basis": None}]
    assert policy["recipients"] == ["Beispiel Hosting GmbH"]
    assert policy["data_categories"] == findings["data_categories"]


def test_saving_confirms_and_shows_the_new_controller(qtbot, vault, context, tmp_path):
    from ui.app import app_icon
    from ui.main_window import MainWindow

    window = MainWindow(context, app_icon())
    qtbot.addWidget(window)
    window.show()
    path = tmp_path / "brightpath.txt"
    path.write_text(POLICY, encoding="utf-8")
    import_policy(window, context, str(path))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PolicyImportDialog), timeout=10_000)
    dialog = QApplication.activeModalWidget()
    dialog._save()
    page = window.page("controllers")
    assert window.current_page() is page
    assert page.detail.title.text() == "Brightpath Travel Ltd"
    assert window.statusBar().currentMessage() == (
        "The controller “Brightpath Travel Ltd” is saved and selected on the Controllers page.")
