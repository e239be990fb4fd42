"""The identity documents of one identity (scans kept in the vault): add, remove."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import Context
from ui.dialogs.id_document import IdDocumentDialog, document_kind_title
from ui.widgets.record_table import RecordTable
from vault.people.id_documents import list_id_documents, remove_id_document


class IdDocumentsPanel(QWidget):
    """A table of the identity's documents with Add and Remove."""

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.identity_id: int | None = None
        self._titles: dict[int, str] = {}
        self.table = RecordTable([self.tr("Kind"), self.tr("Country"), self.tr("Label"), self.tr("Sides")],
                                 self.tr("Identity documents"))
        for column, width in enumerate((170, 70, 150)):
            self.table.table.setColumnWidth(column, width)
        self.add_button = self.table.add_button(self.tr("Add…"), self.tr("Add an identity document"), self.add, False)
        self.remove_button = self.table.add_button(self.tr("Remove…"), self.tr("Remove the selected document"),
                                                   self.remove)
        hint = QLabel(self.tr("Scans stay in the encrypted vault. To send one, open the request and choose "
                              "Follow-up ▸ Send a redacted copy of an identity document."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.set_identity(None)

    def set_identity(self, identity_id: int | None) -> None:
        """Show the documents of this identity (None: nothing)."""
        self.identity_id = identity_id
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        if self.identity_id is None:
            self.table.clear()
            self.table.set_enabled_all(False)
            return
        documents = list_id_documents(self.context.vault, self.identity_id)
        self._titles = {d.id: document_kind_title(d.kind) for d in documents}
        sides = {1: self.tr("front"), 2: self.tr("front and back")}
        self.table.set_rows([(d.id, [document_kind_title(d.kind), d.country, d.label,
                                     sides[len(d.attachment_ids)]]) for d in documents], select_id)
        self.table.set_enabled_all(True)

    def clear(self) -> None:
        self.identity_id = None
        self.table.clear()

    def add(self) -> None:
        if self.identity_id is None:
            return
        dialog = IdDocumentDialog(self.context.vault, self.identity_id, self)
        if dialog.exec():
            self._changed(dialog.saved_id)

    def remove(self) -> None:
        if self.table.remove_selected(
                self.tr("Remove"),
                lambda i: self.tr("Remove the document “%1” and its scans? Copies already sent stay with their "
                                  "requests.").replace("%1", self._titles.get(i, "")),
                lambda i: remove_id_document(self.context.vault, i)):
            self._changed(None)

    def _changed(self, select_id: int | None) -> None:
        self.refresh(select_id)
        self.context.events.changed.emit("identity")
