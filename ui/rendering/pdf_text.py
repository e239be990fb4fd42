"""The text layer of a PDF, through Qt's PDF module (PySide6.QtPdf, PDFium inside).

``vault`` stays free of Qt, so :func:`vault.policies.text.policy_text_from_bytes` takes this
function as its ``pdf_to_text`` argument.

QPdfDocument needs no application object to load from a QBuffer and read text (checked
with PySide6, even without a display), so one is only created (``ui.qt_app``) as a fallback,
if a document stays in the "loading" state.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtPdf import QPdfDocument

from ui.qt_app import ensure_qt_app
from vault.errors import InvalidInput

__all__ = ["pdf_to_text"]


def pdf_to_text(data: bytes) -> str:
    """All pages' text, pages separated by a blank line; InvalidInput if it cannot be read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        raise InvalidInput("The PDF could not be opened.")
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() == QPdfDocument.Status.Loading:
            ensure_qt_app()
            for _ in range(200):  # a QBuffer is random-access: this should never wait long
                QCoreApplication.processEvents()
                if document.status() != QPdfDocument.Status.Loading:
                    break
        _raise_for(document)
        pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    finally:
        document.close()
        buffer.close()
    # PDFium ends lines with CR LF; the policy reader wants plain newlines.
    return "\n\n".join(page.replace("\r\n", "\n").replace("\r", "\n").strip() for page in pages)


def _raise_for(document: QPdfDocument) -> None:
    error = document.error()
    if error == QPdfDocument.Error.None_ and document.status() == QPdfDocument.Status.Ready:
        return
    if error in (QPdfDocument.Error.IncorrectPassword, QPdfDocument.Error.UnsupportedSecurityScheme):
        raise InvalidInput("This PDF is protected by a password; save an unprotected copy and import that.")
    if error == QPdfDocument.Error.InvalidFileFormat:
        raise InvalidInput("This file is not a valid PDF.")
    raise InvalidInput("The PDF could not be read; it may be damaged.")


