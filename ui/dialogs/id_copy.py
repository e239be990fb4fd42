"""Making a copy of an identity document for one request: pick the document, place the areas to
black out on each page (proposed from the preset), then render, save and record it, and save
the cover letter that goes with it.

The original pages are shown only in this window; the copy (grey, reduced, redacted, watermarked)
is the one file written, where the person chooses, and recorded as ``id-provided`` on the request.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.dialogs.id_document import IdDocumentDialog, document_title
from ui.errors import show_error
from ui.rendering.id_copy import page_images, renderer
from ui.rendering.letter_formats import write_letter
from ui.widgets.plain_label import plain_label
from ui.widgets.redaction_editor import RedactionEditor
from vault.cases import id_copies
from vault.cases.letter_store import reference_for
from vault.organisations.controllers import get_controller
from vault.people.id_documents import get_id_document, list_id_documents
from vault.storage.files import write_atomic


class IdCopyDialog(QDialog):
    """Document, pages with their areas, format; "Make the copy…" records it; then the cover letter."""

    def __init__(self, context: Context, request_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.request = id_copies.case_request(context.vault, request_id)
        self.controller = get_controller(context.vault, self.request.controller_id)
        self.made: id_copies.IdCopy | None = None
        self._pages: list[QImage] = []
        self._areas: dict[int, list[tuple[QRect, str]]] = {}
        self._page = 0
        self._busy = False
        self.setWindowTitle(self.tr("Copy of an identity document"))
        self.setAccessibleName(self.tr("Copy of an identity document"))
        self.for_label = plain_label(self.tr("For %1, request %2. Only this copy leaves the vault: grey, reduced, "
                                             "with the areas below blacked out and a watermark naming the "
                                             "recipient, the request and the date.")
                                     .replace("%1", self.controller.name).replace("%2", reference_for(self.request)))
        self.for_label.setWordWrap(True)
        self.document = QComboBox()
        self.document.setAccessibleName(self.tr("Identity document"))
        self.document.currentIndexChanged.connect(lambda _i: self._load_document())
        add_document = QPushButton(self.tr("Add a document…"))
        add_document.setAccessibleName(self.tr("Add an identity document"))
        add_document.clicked.connect(self._add_document)
        self.page = QComboBox()
        self.page.setAccessibleName(self.tr("Page"))
        self.page.currentIndexChanged.connect(self._switch_page)
        self.optional = QCheckBox(self.tr("Also the photo, height and eye colour"))
        self.propose_button = QPushButton(self.tr("Propose areas"))
        self.propose_button.setAccessibleName(self.tr("Replace the areas with the preset for this document"))
        self.propose_button.clicked.connect(self._propose)
        self.optional.toggled.connect(lambda _checked: self._propose())
        self.add_button = QPushButton(self.tr("Add an area"))
        self.remove_button = QPushButton(self.tr("Remove the selected area"))
        self.editor = RedactionEditor()
        self.add_button.clicked.connect(self.editor.add_area)
        self.remove_button.clicked.connect(self.editor.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.editor, self.editor.remove_selected)
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF (watermark also as text)"), "pdf")
        self.format.addItem(self.tr("PNG image"), "png")
        self.format.setAccessibleName(self.tr("Format"))
        self.watermark = plain_label("")
        self.watermark.setWordWrap(True)
        self.watermark.setAccessibleName(self.tr("Watermark"))
        self.make_button = QPushButton(self.tr("Make the copy…"))
        self.make_button.setAccessibleName(self.tr("Make the copy, save it and record it as sent"))
        self.make_button.clicked.connect(self.make_copy)
        self.status = plain_label("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.letter_buttons = self._letter_buttons()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self._build_layout(add_document, close)
        self.watermark.setText(id_copies.watermark_text(self.controller.name, reference_for(self.request),
                                                        date.today(), self.request.lang))
        self._fill_documents()
        self.resize(780, 700)

    def _build_layout(self, add_document: QPushButton, close: QDialogButtonBox) -> None:
        form = QFormLayout()
        documents = QHBoxLayout()
        documents.addWidget(self.document, 1)
        documents.addWidget(add_document)
        form.addRow(self.tr("Document"), documents)
        form.addRow(self.tr("Page"), self.page)
        areas = QHBoxLayout()
        for widget in (self.propose_button, self.optional, self.add_button, self.remove_button):
            areas.addWidget(widget)
        areas.addStretch(1)
        bottom = QFormLayout()
        bottom.addRow(self.tr("Watermark"), self.watermark)
        bottom.addRow(self.tr("Format"), self.format)
        make_row = QHBoxLayout()
        make_row.addWidget(self.make_button)
        make_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.for_label)
        layout.addLayout(form)
        layout.addLayout(areas)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bottom)
        layout.addLayout(make_row)
        layout.addLayout(self.letter_buttons)
        layout.addWidget(close)

    def _letter_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Cover letter:")))
        self.letter_eml = QPushButton(self.tr("E-mail with the copy…"))
        self.letter_eml.setAccessibleName(self.tr("Save the cover letter as an e-mail with the copy attached"))
        self.letter_pdf = QPushButton(self.tr("PDF…"))
        self.letter_pdf.setAccessibleName(self.tr("Save the cover letter as PDF"))
        self.letter_txt = QPushButton(self.tr("Text…"))
        self.letter_txt.setAccessibleName(self.tr("Save the cover letter as plain text"))
        for button, fmt in ((self.letter_eml, "eml"), (self.letter_pdf, "pdf"), (self.letter_txt, "txt")):
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self.save_letter(f))
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- the document and its pages --------------------------------------------------------
    def _fill_documents(self, select_id: int | None = None) -> None:
        vault = self.context.vault
        own = list_id_documents(vault, self.request.identity_id)
        others = [d for d in list_id_documents(vault) if d.identity_id != self.request.identity_id]
        self.document.blockSignals(True)
        self.document.clear()
        for document in own + others:
            self.document.addItem(document_title(document), document.id)
        if select_id is not None:
            self.document.setCurrentIndex(max(0, self.document.findData(select_id)))
        self.document.blockSignals(False)
        self._load_document()

    def _add_document(self) -> None:
        dialog = IdDocumentDialog(self.context.vault, self.request.identity_id, self)
        if dialog.exec():
            self.context.events.changed.emit("identity")
            self._fill_documents(dialog.saved_id)

    def _load_document(self) -> None:
        self._pages, self._areas, self._page = [], {}, 0
        document_id = self.document.currentData()
        self.page.blockSignals(True)
        self.page.clear()
        if document_id is not None:
            try:
                self._pages = page_images(id_copies.document_pages(self.context.vault, document_id))
            except Exception as error:  # noqa: BLE001 - shown to the user
                show_error(self, error)
                self._pages = []
        names = [self.tr("Front"), self.tr("Back")]
        for index in range(len(self._pages)):
            self.page.addItem(names[index] if index < 2 else self.tr("Page %1").replace("%1", str(index + 1)), index)
        self.page.blockSignals(False)
        enabled = bool(self._pages)
        for widget in (self.page, self.propose_button, self.optional, self.add_button, self.remove_button,
                       self.make_button, self.editor):
            widget.setEnabled(enabled)
        if not enabled:
            self.editor.clear_page()
            self.status.setText(self.tr("Add a scan or photo of an identity document first."))
            return
        self.status.clear()
        self._propose()

    def _propose(self) -> None:
        document_id = self.document.currentData()
        if document_id is None or not self._pages:
            return
        sizes = [(page.width(), page.height()) for page in self._pages]
        proposed = id_copies.proposed_redactions(get_id_document(self.context.vault, document_id), sizes,
                                                 include_optional=self.optional.isChecked())
        self._areas = {index: [] for index in range(len(self._pages))}
        for area in proposed:
            self._areas[area.page].append((QRect(*area.as_tuple()), area.field))
        self._show(self._page)

    def _switch_page(self, index: int) -> None:
        if index < 0 or not self._pages:
            return
        self._areas[self._page] = self.editor.areas()
        self._show(index)

    def _show(self, index: int) -> None:
        self._page = index
        self.editor.show_page(self._pages[index], self._areas.get(index, []))

    def redactions(self) -> list[id_copies.Redaction]:
        """Every area of every page as it stands now."""
        if self._pages:
            self._areas[self._page] = self.editor.areas()
        return [id_copies.Redaction(page, rect.x(), rect.y(), rect.width(), rect.height(), field)
                for page, areas in sorted(self._areas.items()) for rect, field in areas]

    # -- making it ---------------------------------------------------------------------------
    def make_copy(self, path: str | None = None) -> bool:
        """Ask where (unless ``path``), then make, record and write the copy in the background.

        Returns whether the work started; ``self.made`` is set when it is done.
        """
        document_id = self.document.currentData()
        if document_id is None or self._busy:
            return False
        fmt = self.format.currentData()
        if path is None:
            start = str(Path.home() / f"id-copy-{reference_for(self.request)}.{fmt}")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the copy"), start,
                                                  self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("PNG image (*.png)"))
            if not path:
                return False
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
        vault, request_id, redactions = self.context.vault, self.request.id, self.redactions()

        def work() -> id_copies.IdCopy:
            made = id_copies.make_id_copy(vault, request_id, document_id, renderer(), redactions=redactions, fmt=fmt)
            write_atomic(path, made.data)
            return made

        def done(made: id_copies.IdCopy) -> None:
            self._set_busy(False)
            self.made = made
            self.context.events.changed.emit("request")
            self.status.setText(self.tr("Copy saved to %1 and recorded as sent with the request. Now save the "
                                        "cover letter and send both.").replace("%1", path))
            for button in (self.letter_eml, self.letter_pdf, self.letter_txt):
                button.setEnabled(True)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            show_error(self, error)

        self._set_busy(True)
        self.context.run(work, done, failed)
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.make_button.setEnabled(not busy)
        self.status.setText(self.tr("Making the copy…") if busy else "")

    def reject(self) -> None:
        if not self._busy:  # the copy being made reports back to this dialog
            super().reject()

    def save_letter(self, fmt: str, path: str | None = None) -> Path | None:
        """Write the cover letter (an e-mail carries the copy); where the person chooses unless ``path``."""
        if self.made is None:
            return None
        if path is None:
            start = str(Path.home() / f"id-copy-letter-{reference_for(self.request)}.{fmt}")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the cover letter"), start, f"*.{fmt}")
            if not path:
                return None
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
        attachments = [(self.made.file_name, self.made.mime_type, self.made.data)] if fmt == "eml" else []
        try:
            write_letter(self.made.letter, fmt, path, attachments=attachments)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return None
        self.status.setText(self.tr("Cover letter saved to %1.").replace("%1", path))
        return Path(path)

