"""The complaint dossier: one PDF with the case's chronology and the letters as annexes.

A supervisory authority gets the whole case in one file: a cover with the title lines
(who complains about whom, the reference), the chronology (date, event), the list of
annexes, then every letter on its own pages, laid out exactly as it was sent (same
renderer as the single-letter PDF, DIN 5008 for German letters). Each annex page is
marked "Annex n" at the top right, and every page carries "Page x of N" for the
whole dossier, so the authority can cite any page.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QTextDocument

from ui.rendering.letter_formats import (
    BOTTOM,
    LEFT,
    PAGE_H,
    TEXT_W,
    TOP,
    LetterPages,
    add_paragraph,
    draw_slice,
    ensure_qt_app,
    flow_document,
    font,
    line_mm,
    new_pdf_writer,
    paginate,
    px,
    write_atomic,
)
from vault.letters.document import LetterDocument
from vault.letters.html import label

_DATE_COLUMN = 32.0  # mm: wide enough for "23.11.2026" or "23 November 2026" at 11 pt


def _cover(device: QPagedPaintDevice, title_lines: list[str], chronology: list[tuple[str, str]],
           letters: list[LetterDocument], lang: str) -> QTextDocument:
    """The cover as a flowing document: title, chronology, list of annexes."""
    doc, cursor = flow_document(device)
    line = line_mm(device)
    for i, text in enumerate(title_lines):
        last = i == len(title_lines) - 1
        add_paragraph(cursor, [text], after=2 * line if last else 0, bold=i == 0, points=15 if i == 0 else None)
    if chronology:
        add_paragraph(cursor, [label(lang, "chronology")], after=line / 2, bold=True, points=12)
        for i, (date, event) in enumerate(chronology, 1):
            # A multi-line event (with its note) stays in the event column, on one paragraph.
            add_paragraph(cursor, [f"{' '.join(date.split())}\t{' '.join(event.split())}"],
                          after=line if i == len(chronology) else line / 3, indent=_DATE_COLUMN)
    if letters:
        add_paragraph(cursor, [label(lang, "annexes").rstrip(" :")], after=line / 2, bold=True, points=12)
        for n, letter in enumerate(letters, 1):
            entry = f"{label(lang, 'annex')} {n}\t{letter.subject} ({letter.place_date})"
            add_paragraph(cursor, [entry], after=line / 3, indent=_DATE_COLUMN)
    return doc


def write_dossier_pdf(
    title_lines: list[str],
    chronology: list[tuple[str, str]],
    letters: list[LetterDocument],
    path: str | Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    lang: str | None = None,
) -> None:
    """Write the dossier PDF to ``path`` (atomically; nowhere else).

    ``chronology`` is ``(date as the user reads it, event)`` in order. ``lang`` words the
    headings and defaults to the first letter's language. ``progress(done, total)`` is
    called after the cover and after each annex (total = annexes + 1).
    """
    ensure_qt_app()
    lang = lang or (letters[0].lang if letters else "en")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_pdf_writer(buffer, title_lines[0] if title_lines else label(lang, "chronology"))
    mm = lambda value: px(writer, value)  # noqa: E731 - local shorthand
    cover = _cover(writer, title_lines, chronology, letters, lang)
    height = mm(PAGE_H - TOP - BOTTOM)
    cover_slices = paginate(cover, height, height)
    annexes = [LetterPages(letter, writer) for letter in letters]
    total = len(cover_slices) + sum(a.page_count for a in annexes)
    steps = len(letters) + 1

    def footer(page: int) -> str:
        return label(lang, "page").format(n=page, total=total)

    painter = QPainter(writer)
    page = 0
    try:
        for piece in cover_slices:
            if page:
                writer.newPage()
            page += 1
            draw_slice(painter, cover, piece, mm(LEFT), mm(TOP))
            painter.setFont(font(8))
            painter.drawText(QRectF(mm(LEFT), mm(PAGE_H - 13), mm(TEXT_W), mm(5)),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), footer(page))
        if progress:
            progress(1, steps)
        for n, pages in enumerate(annexes, 1):
            for i in range(pages.page_count):
                writer.newPage()
                page += 1
                pages.paint(painter, i, footer=footer(page), mark=f"{label(lang, 'annex')} {n}")
            if progress:
                progress(n + 1, steps)
    finally:
        painter.end()
    write_atomic(path, bytes(buffer.data()))
