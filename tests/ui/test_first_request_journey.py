"""A new user's first request, as one journey: first start → create the vault with a generated passphrase →
import the directory → wizard → PDF → mark sent."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from ui.app import app_icon
from ui.preferences import Preferences
from ui.session import Session
from ui.translations import Translations
from ui.wizard.request_wizard import RequestWizard
from vault.cases.letter_store import current_letter
from vault.cases.requests import get_request
from vault.storage.store import open_vault


def test_first_request_from_first_start(qtbot, qapp, tmp_path: Path, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    vault_path = tmp_path / "vault.db"
    preferences = Preferences(QSettings(str(tmp_path / "privacy-vault.ini"), QSettings.Format.IniFormat))
    session = Session(preferences, Translations(qapp), app_icon(), vault_path=vault_path, use_tray=False)
    session.start()
    try:
        # First start: the create form; the person takes the suggested passphrase.
        window = session.unlock_window
        assert window.creating()
        window.new_passphrase.generate_button.click()
        passphrase = window.new_passphrase.first.text()
        assert len(passphrase.split()) == 6 and window.create_button.isEnabled()
        with qtbot.waitSignal(session.unlocked, timeout=20_000):
            qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
        main = session.main_window
        offer = main.findChild(QMessageBox, "backup_offer")
        assert offer is not None and offer.isVisible()  # a backup is offered at once
        offer.reject()

        # The wizard, on an empty vault: the directory is offered where the person looks first.
        wizard = RequestWizard(session.context, parent=main)
        qtbot.addWidget(wizard)
        wizard.show()
        controllers = wizard.pages["controller"]
        assert controllers.directory_button.isVisibleTo(controllers)
        qtbot.mouseClick(controllers.directory_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not controllers.directory_button.isVisibleTo(controllers), timeout=60_000)
        for box in wizard.findChildren(QMessageBox):  # the import summary
            box.close()
        qtbot.keyClicks(controllers.search, "schufa")
        qtbot.waitUntil(lambda: controllers.results.count() >= 1 and "SCHUFA" in controllers.results.item(0).text())
        controllers.results.setCurrentRow(0)
        wizard.next()
        # No identity yet: one is added from the wizard, its e-mail becomes an identifier at once.
        identity = wizard.pages["identity"]
        from ui.dialogs.identity import IdentityDialog

        dialog = IdentityDialog(session.vault)
        dialog.label.setText("Me")
        dialog.emails.setPlainText("erika@example.org")
        wizard.choice["identity_id"] = dialog.save()
        identity.initializePage()
        assert identity.identifiers.count() == 1
        wizard.next()
        wizard.pages["right"].set_right("access")
        wizard.next()
        wizard.next()  # the language page writes the draft
        assert wizard.currentPage() is wizard.pages["letter"] and wizard.request_id is not None
        wizard.next()
        # Export as PDF where the person chose.
        target = tmp_path / "letter.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
        wizard.pages["export"].export.buttons["pdf"].click()
        document = QPdfDocument()
        assert document.load(str(target)) == QPdfDocument.Error.None_
        text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
        assert "SCHUFA" in text and "erika@example.org" in text
        wizard.next()
        wizard.pages["sent"].sent.setChecked(True)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        request_id = wizard.request_id
        assert get_request(session.vault, request_id).status == "sent"
    finally:
        session.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()
    # The vault on disk opens with the generated passphrase and holds the letter as sent.
    vault = open_vault(vault_path, passphrase)
    try:
        assert current_letter(vault, request_id).frozen
        assert get_request(vault, request_id).due_on is not None
    finally:
        vault.close()
