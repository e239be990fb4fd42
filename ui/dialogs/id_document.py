"""Adding an identity document: its kind, issuing country, a label, and the front (and back) files."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui.dialogs.record import RecordDialog
from vault.errors import InvalidInput
from vault.people.id_documents import KINDS, IdDocument, add_id_document
from vault.storage.attachments import attachment_from_file
from vault.storage.store import Vault


def document_kind_title(kind: str) -> str:
    """The translated name of a document kind."""
    titles = {
        "national_id": QCoreApplication.translate("IdDocuments", "National identity card"),
        "passport": QCoreApplication.translate("IdDocuments", "Passport"),
        "residence_permit": QCoreApplication.translate("IdDocuments", "Residence permit"),
        "driving_licence": QCoreApplication.translate("IdDocuments", "Driving licence"),
    }
    return titles.get(kind, kind)


def document_title(document: IdDocument) -> str:
    """"National identity card (DE)", after its label when it has one."""
    text = f"{document_kind_title(document.kind)} ({document.country})"
    return f"{document.label} — {text}" if document.label else text


class _FileField(QWidget):
    """A path and a "Choose…" button for a scan or photo."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("JPEG, PNG or PDF"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose a file"))
        choose.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(choose)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a scan or photo"), str(Path.home()),
                                              self.tr("Scans and photos (*.jpg *.jpeg *.png *.pdf)"))
        if path:
            self.path.setText(path)


class IdDocumentDialog(RecordDialog):
    """Kind, country, label, front file, optional back file; the files are stored in the vault."""

    def __init__(self, vault: Vault, identity_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("New identity document"), parent)
        self._vault = vault
        self._identity_id = identity_id
        self.kind = self.add_choice(self.tr("Kind"), [(document_kind_title(k), k) for k in KINDS], "national_id")
        self.country = self.add_line(self.tr("Issuing country *"), "", self.tr("e.g. DE, FR"))
        self.label = self.add_line(self.tr("Label"), "", self.tr("e.g. ID card until 2031"))
        self.front = _FileField()
        self._add(self.tr("Front *"), self.front)
        self.back = _FileField()
        self._add(self.tr("Back"), self.back)

    def save(self) -> int:
        front_path = self.front.path.text().strip()
        if not front_path:
            raise InvalidInput(self.tr("Choose the file of the document's front."))
        back_path = self.back.path.text().strip()
        front = attachment_from_file(front_path)
        back = attachment_from_file(back_path) if back_path else None
        return add_id_document(self._vault, self._identity_id, self.kind.currentData(), self.country.text(),
                               front, back, label=self.label.text())
