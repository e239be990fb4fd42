"""Getting a letter out of the vault: PDF, ODT, text, e-mail (.eml), print, copy.

A file is written only where the person chose, atomically (``ui.rendering.letter_formats``); printing
paints the same pages as the PDF; a copy leaves the clipboard after a delay (30 seconds by default).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.clipboard import SecureClipboard
from ui.dialogs.file_choice import ask_save_path, preferences_of, request_file_name, vault_of
from ui.errors import show_error
from ui.rendering.letter_formats import paint_letters, write_letter
from vault.letters.document import LetterDocument
from vault.storage.store import Vault

FORMATS = {  # format → (button text, file filter, accessible name), marked for lupdate
    "pdf": (QT_TRANSLATE_NOOP("LetterExport", "PDF…"), QT_TRANSLATE_NOOP("LetterExport", "PDF (*.pdf)"),
            QT_TRANSLATE_NOOP("LetterExport", "Save the letter as PDF")),
    "odt": (QT_TRANSLATE_NOOP("LetterExport", "ODT…"), QT_TRANSLATE_NOOP("LetterExport", "OpenDocument text (*.odt)"),
            QT_TRANSLATE_NOOP("LetterExport", "Save the letter as an OpenDocument text")),
    "txt": (QT_TRANSLATE_NOOP("LetterExport", "Text…"), QT_TRANSLATE_NOOP("LetterExport", "Text (*.txt)"),
            QT_TRANSLATE_NOOP("LetterExport", "Save the letter as plain text")),
    "eml": (QT_TRANSLATE_NOOP("LetterExport", "E-mail…"), QT_TRANSLATE_NOOP("LetterExport", "E-mail message (*.eml)"),
            QT_TRANSLATE_NOOP("LetterExport", "Save the letter as an e-mail message to open in a mail program")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LetterExport", text)


def suggested_name(letter: LetterDocument, fmt: str, vault: Vault | None = None) -> str:
    """A file name saying what the letter is: "PV-2026-00042 ACME SAS Access.pdf" (the reference alone
    without the vault); the person's own name never goes into it."""
    if vault is not None:
        return f"{request_file_name(vault, letter.reference)}.{fmt}"
    base = re.sub(r"[^A-Za-z0-9-]", "", letter.reference) or "letter"
    return f"{base}.{fmt}"


def save_letter(parent: QWidget, letter: LetterDocument, fmt: str, vault: Vault | None = None) -> Path | None:
    """Ask where (the last folder used), write the letter there in ``fmt``; the path written, or None."""
    _, file_filter, _ = FORMATS[fmt]
    path = ask_save_path(parent, preferences_of(parent), QCoreApplication.translate("LetterExport", "Save the letter"),
                         suggested_name(letter, fmt, vault), _tr(file_filter))
    if not path:
        return None
    if not path.lower().endswith("." + fmt):
        path += "." + fmt
    try:
        write_letter(letter, fmt, path)
    except Exception as error:  # noqa: BLE001 - shown to the user
        show_error(parent, error)
        return None
    return Path(path)


def print_letter(parent: QWidget, letter: LetterDocument) -> bool:
    """The system print dialog, then the letter's pages; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded only when printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(suggested_name(letter, "pdf").removesuffix(".pdf"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("LetterExport", "Print the letter"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        paint_letters(printer, [letter])
    except Exception as error:  # noqa: BLE001 - shown to the user
        show_error(parent, error)
        return False
    return True


class ExportBar(QWidget):
    """One button per way out; ``letter()`` gives the letter as it stands (edits saved first)."""

    exported = Signal(str)  # what was done, in words, for a status line
    copy_note_expired = Signal(str)  # the copy left the clipboard: a status still showing this note is stale

    def __init__(self, letter: Callable[[], LetterDocument | None], clipboard: SecureClipboard,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._letter = letter
        self._clipboard = clipboard
        self._copy_note = ""
        clipboard.cleared.connect(self._clipboard_cleared)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for fmt, (text, _, accessible) in FORMATS.items():
            button = QPushButton(_tr(text))
            button.setAccessibleName(_tr(accessible))
            button.clicked.connect(lambda _=False, f=fmt: self.save(f))
            layout.addWidget(button)
            self.buttons[fmt] = button
        self.buttons["print"] = QPushButton(self.tr("Print…"))
        self.buttons["print"].setAccessibleName(self.tr("Print the letter"))
        self.buttons["print"].clicked.connect(self.print)
        self.buttons["copy"] = QPushButton(self.tr("Copy"))
        self.buttons["copy"].setAccessibleName(self.tr("Copy the letter text (cleared from the clipboard after "
                                                       "%n second(s))", "", clipboard.clear_after_seconds()))
        self.buttons["copy"].clicked.connect(self.copy)
        layout.addWidget(self.buttons["print"])
        layout.addWidget(self.buttons["copy"])
        layout.addStretch(1)

    def save(self, fmt: str) -> Path | None:
        letter = self._letter()
        if letter is None:
            return None
        path = save_letter(self, letter, fmt, vault_of(self))
        if path is not None:
            self.exported.emit(self.tr("Saved as %1.").replace("%1", str(path)))
        return path

    def print(self) -> None:
        letter = self._letter()
        if letter is not None and print_letter(self, letter):
            self.exported.emit(self.tr("Sent to the printer."))

    def copy(self) -> None:
        letter = self._letter()
        if letter is not None:
            self._clipboard.copy(letter.as_text())
            self._copy_note = self.tr("Copied; the clipboard is cleared in %n second(s).", "",
                                      self._clipboard.clear_after_seconds())
            self.exported.emit(self._copy_note)

    def _clipboard_cleared(self) -> None:
        if self._copy_note:
            note, self._copy_note = self._copy_note, ""
            self.copy_note_expired.emit(note)
