"""Printed letters across pages: no line twice at a page break, room to sign, the signature never alone.

The PDF is read back as text (``pdftotext`` from poppler when installed, else Qt's PDF reader), page by page.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ui.rendering.letter_formats import write_pdf
from vault.letters.document import LetterDocument

CLOSE = {"en": "Yours faithfully,", "fr": "Je vous prie d'agréer mes salutations distinguées.",
         "de": "Mit freundlichen Grüßen"}


def pdf_pages(path: Path) -> list[list[str]]:
    """Non-empty lines of each page of the PDF."""
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        pages = text.split("\f")
    else:
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument()
        document.load(str(path))
        pages = [document.getAllText(i).text() for i in range(document.pageCount())]
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages if page.strip()]


def letter(lang: str, paragraphs: int, tail_words: int) -> LetterDocument:
    body = [f"Paragraph {i} " + " ".join(f"w{i}x{j}" for j in range(55)) for i in range(paragraphs)]
    body.append("Last " + " ".join(f"t{j}" for j in range(tail_words)))
    body += [CLOSE[lang], "Jane Martin"]
    return LetterDocument(lang=lang, sender_lines=["Jane Martin", "3 rue des Lilas", "75011 Paris"],
                          recipient_lines=["ACME SAS", "1 avenue de l'Opéra", "75001 Paris"],
                          place_date="Paris, 1 March 2026", reference="PV-2026-00001", subject="Subject",
                          body="\n\n".join(body))


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_no_line_is_printed_twice_at_a_page_break(qapp, tmp_path, lang):
    path = tmp_path / "long.pdf"
    write_pdf(letter(lang, 14, 10), path)
    pages = pdf_pages(path)
    assert len(pages) >= 3
    body_lines = [line for page in pages for line in page if line.startswith(("Paragraph", "w"))]
    assert len(body_lines) == len(set(body_lines))  # every body line is unique by construction
    for before, after in zip(pages, pages[1:]):
        last = [line for line in before if not line.startswith(("Page", "Seite"))][-1]
        assert last not in after


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_the_signature_is_never_alone_on_its_page(qapp, tmp_path, lang):
    # Sweep the last paragraph's length so that, somewhere, the name would fall alone on a new page.
    for paragraphs in (6, 7):
        for tail in range(0, 200, 12):
            path = tmp_path / f"sig-{paragraphs}-{tail}.pdf"
            write_pdf(letter(lang, paragraphs, tail), path)
            pages = pdf_pages(path)
            # The signature's page: the last with the name, other than as the sender at the top of page 1.
            page = [p for k, p in enumerate(pages) if p.count("Jane Martin") > (0 if k else 1)][-1]
            name_at = max(i for i, line in enumerate(page) if line == "Jane Martin")
            close_at = max(i for i, line in enumerate(page) if line.startswith(CLOSE[lang][:10]))
            assert close_at == name_at - 1  # the close and the name on one page
            assert page[close_at - 1].startswith(("Last", "t", "w", "Paragraph"))  # never alone: text before it
