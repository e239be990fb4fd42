"""Letters as files: txt, html, pdf, odt, eml — and the page layout of a printed letter.

PDF pages are drawn with ``QPainter`` on any ``QPagedPaintDevice`` (``QPdfWriter``
here; a ``QPrinter`` works the same), in millimetres from the sheet's top-left
corner, so the address lands behind the envelope window. The header blocks are
placed at fixed positions; the flowing text (subject, body, annexes) is a
``QTextDocument`` cut into pages between lines.

German letters follow DIN 5008:2020, form B (the sheet for a DL window envelope):
  left margin 25 mm, right margin 20 mm;
  letterhead (sender) 0–45 mm;
  address field x 20–105 mm, y 45–90 mm, text inset 5 mm (so at x 25 mm):
    additional-and-remark zone 45–62.7 mm (5 lines) whose last line holds the
    return line (Rücksendeangabe) in 7 pt, directly above
    the address zone 62.7–90 mm (6 lines of 4.23 mm);
  information block x 125 mm, from y 50 mm (identifiers, Unser Zeichen, Datum);
  subject (Betreff) at 98.46 mm = end of the address field + 2 blank lines of 4.23 mm;
  fold marks at 105 and 210 mm, hole mark at 148.5 mm.
English and French letters keep the order of ``LetterDocument.as_text()``; the address
sits at 50 mm (left for EN, right for FR as French window envelopes expect).

Every write is atomic (temporary file in the target folder, then ``os.replace``) and
goes only to the path given.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
    QTextOption,
)

from ui.qt_app import ensure_qt_app
from vault.errors import InvalidInput
from vault.letters.document import LetterDocument
from vault.letters.files import TEXT_FORMATS, text_letter_bytes
from vault.letters.html import body_paragraphs, clean, label, letter_to_html
from vault.storage.files import write_atomic

PAGE_W, PAGE_H = 210.0, 297.0           # A4, mm
SIGNATURE_SPACE = 20.0                  # mm between the close and the name, for a handwritten signature
LEFT, RIGHT, TOP, BOTTOM = 25.0, 20.0, 20.0, 22.0  # text area margins, mm (footer sits in BOTTOM)
TEXT_W = PAGE_W - LEFT - RIGHT
DIN_RETURN_ZONE_END = 62.7              # Zusatz- und Vermerkzone ends, Anschriftzone begins
DIN_ADDRESS_END = 90.0                  # Anschriftfeld 45 + 45 mm
DIN_SUBJECT_Y = 98.46                   # Betreff
FORMATS = ("txt", "html", "pdf", "odt", "eml")
_FAMILIES = ["Arial", "Liberation Sans", "Helvetica", "Nimbus Sans", "DejaVu Sans", "Sans Serif"]


def font(points: float, bold: bool = False) -> QFont:
    """The letter typeface (Arial or a metric twin, as DIN 5008 suggests) at ``points``."""
    f = QFont()
    f.setFamilies(_FAMILIES)
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def px(device: QPagedPaintDevice, mm: float) -> float:
    """Millimetres as device pixels (the painter is never scaled, so fonts keep their size)."""
    return mm * device.resolution() / 25.4


def new_pdf_writer(target: QIODevice, title: str) -> QPdfWriter:
    """An A4 writer at 300 dpi with zero margins: painter (0, 0) is the sheet's corner."""
    writer = QPdfWriter(target)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle(clean(title))
    writer.setCreator("privacy-vault")
    return writer


def _one_line(text: str) -> str:
    return " ".join(clean(text).split())


def _height(device: QPagedPaintDevice, line: str, f: QFont, width: float) -> float:
    """Height in pixels of ``line`` wrapped at ``width`` (an empty line still takes one line)."""
    fm = QFontMetricsF(f, device)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    return max(fm.boundingRect(QRectF(0, 0, width, 1e7), flags, line).height(), fm.lineSpacing())


def paginate(doc: QTextDocument, first_height: float, next_height: float,
             keep: tuple[float, float] | None = None) -> list[tuple[float, float]]:
    """Cut a laid-out document into page slices ``(top, bottom)`` that never split a line.

    ``keep`` (top, bottom) is a stretch kept on one page (the close, the signature space and the
    name with the last lines before them): a break that would fall inside it falls at its top.
    """
    slices, start, room = [], 0.0, first_height
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            top = layout.position().y() + line.y()
            if top + line.height() - start > room and top > start:
                if keep is not None and keep[0] < top <= keep[1] and keep[0] > start:
                    top = keep[0]  # the signature never stands alone on a page
                slices.append((start, top))
                start, room = top, next_height
        block = block.next()
    slices.append((start, max(start, doc.size().height())))
    return slices


def draw_slice(painter: QPainter, doc: QTextDocument, piece: tuple[float, float], x: float, y: float) -> None:
    """Paint the document part ``piece`` with its top at device position (x, y).

    Line by line: only the lines whose top lies inside the slice are drawn. Neither a clip
    path (a clipped-away line still sits, invisible, in the PDF's text) nor the layout's
    paint-context clip (which draws every line a pixel of overlap touches) keeps the line
    at a page break from appearing at the foot of one page and the head of the next.
    """
    top, bottom = piece
    painter.save()
    painter.translate(x, y - top)
    painter.setPen(Qt.GlobalColor.black)  # not the desktop theme's text colour
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            line_top = origin.y() + line.y()
            if top <= line_top < bottom:
                line.draw(painter, origin)
        block = block.next()
    painter.restore()


def flow_document(device: QPagedPaintDevice, points: float = 11) -> tuple[QTextDocument, QTextCursor]:
    """An empty document laid out for ``device`` (its metrics, not the screen's) over the text width."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font(points))
    doc.setTextWidth(px(device, TEXT_W))
    return doc, QTextCursor(doc)


def add_paragraph(cursor: QTextCursor, lines: list[str], *, after: float, bold: bool = False,
                  indent: float = 0.0, points: float | None = None) -> None:
    """Append a paragraph (lines kept as line breaks) with ``after`` mm of space below it.

    ``indent`` (mm) makes a hanging indent with a tab stop there: "label<TAB>text" gives
    two aligned columns. Qt's layout scales vertical margins and tab stops from 96 dpi to
    the paint device but takes horizontal margins as device pixels, hence the two units.
    """
    per_mm = 96 / 25.4
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(after * per_mm)
    if indent:
        hang = px(cursor.document().documentLayout().paintDevice(), indent)
        fmt.setLeftMargin(hang)
        fmt.setTextIndent(-hang)
        fmt.setTabPositions([QTextOption.Tab(indent * per_mm, QTextOption.TabType.LeftTab)])
    if cursor.document().isEmpty():
        cursor.setBlockFormat(fmt)
    else:
        cursor.insertBlock(fmt)
    chars = QTextCharFormat()
    chars.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if points:
        chars.setFontPointSize(points)
    cursor.insertText("\u2028".join(clean(line) for line in lines), chars)  # U+2028: break, same paragraph


def line_mm(device: QPagedPaintDevice, points: float = 11) -> float:
    """One line of the body type, in mm: the unit of DIN 5008's blank lines."""
    return QFontMetricsF(font(points), device).lineSpacing() * 25.4 / device.resolution()


class LetterPages:
    """One letter laid out for a paged device: ``page_count`` pages, painted by ``paint``."""

    def __init__(self, letter: LetterDocument, device: QPagedPaintDevice) -> None:
        self.letter, self.device = letter, device
        self.din = letter.lang == "de"
        lines = [_one_line(s) for s in letter.sender_lines]
        # Leading lines are the postal address; from the first "Label: value" or e-mail
        # address on they are identifiers. Only postal lines may show through the window.
        n = next((i for i, s in enumerate(lines) if ":" in s or "@" in s), len(lines))
        self.sender, self.postal, self.identifiers = lines, lines[:n], lines[n:]
        self.recipient = [_one_line(s) for s in letter.recipient_lines]
        line = line_mm(device)
        self.doc, cursor = flow_document(device)
        if not self.din and letter.reference:
            add_paragraph(cursor, [f"{label(letter.lang, 'reference')} {_one_line(letter.reference)}"], after=line)
        # French letters put "Objet :" before the subject; DIN 5008 and English letters print it bare.
        subject = ("Objet : " if letter.lang == "fr" else "") + _one_line(letter.subject)
        add_paragraph(cursor, [subject], bold=True, after=line * (2 if self.din else 1))
        paragraphs = body_paragraphs(letter.body)
        signed = len(paragraphs) >= 3 and len(paragraphs[-1]) == 1  # ends with the close, then the name
        for index, paragraph in enumerate(paragraphs):
            # Room for a handwritten signature between the close and the name.
            space = SIGNATURE_SPACE if signed and index == len(paragraphs) - 2 else line
            add_paragraph(cursor, paragraph, after=space)
        keep = self._signature_block() if signed else None
        if letter.annexes:
            add_paragraph(cursor, [label(letter.lang, "annexes")], after=0)
            for name in letter.annexes:
                add_paragraph(cursor, [f"–\t{_one_line(name)}"], after=0, indent=4)
        self.body_top = self._header(None)
        self.slices = paginate(self.doc, self.mm(PAGE_H - BOTTOM - self.body_top), self.mm(PAGE_H - BOTTOM - TOP),
                               keep)

    def _signature_block(self) -> tuple[float, float]:
        """From the last two lines before the close to the end of the name, in document pixels."""
        name = self.doc.lastBlock()
        before = name.previous().previous()  # the paragraph before the close
        layout = before.layout()
        first = max(0, layout.lineCount() - 2)
        top = layout.position().y() + (layout.lineAt(first).y() if layout.lineCount() else 0.0)
        bottom = name.layout().position().y() + name.layout().boundingRect().height()
        return top, bottom

    def mm(self, value: float) -> float:
        """Millimetres on this device, in pixels."""
        return px(self.device, value)

    @property
    def page_count(self) -> int:
        return len(self.slices)

    def paint(self, painter: QPainter, index: int, *, footer: str | None = None, mark: str = "") -> None:
        """Draw page ``index`` (0-based). ``footer`` replaces "Page n of N"; ``mark`` goes top right."""
        top = self._header(painter) if index == 0 else TOP
        draw_slice(painter, self.doc, self.slices[index], self.mm(LEFT), self.mm(top))
        if footer is None and self.page_count > 1:
            footer = label(self.letter.lang, "page").format(n=index + 1, total=self.page_count)
        if footer:
            self._block(painter, [footer], LEFT, PAGE_H - 13, TEXT_W, 5, 8, False, Qt.AlignmentFlag.AlignHCenter)
        if mark:
            self._block(painter, [mark], LEFT, 7, TEXT_W, 5, 8, True, Qt.AlignmentFlag.AlignRight)

    def _header(self, painter: QPainter | None) -> float:
        """Place (and, given a painter, draw) the first page's blocks; return the body's top in mm."""
        return self._din_header(painter) if self.din else self._plain_header(painter)

    def _block(self, painter: QPainter | None, lines: list[str], x: float, y: float, w: float, h: float,
               points: float, bold_first: bool = True,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
        """Lay out lines in a box at (x, y) mm, shrinking the type rather than overflowing h.

        Draws only when given a painter (the first pass just measures); returns the bottom in mm.
        """
        dev, w_px = self.device, self.mm(w)

        def fonts(size: float) -> list[QFont]:
            return [font(size, bold_first and i == 0) for i in range(len(lines))]

        while points > 6 and sum(_height(dev, ln, f, w_px) for ln, f in zip(lines, fonts(points))) > self.mm(h):
            points -= 0.5
        top = self.mm(y)
        for line, f in zip(lines, fonts(points)):
            height = _height(dev, line, f, w_px)
            if painter is not None:
                painter.setFont(f)
                painter.drawText(QRectF(self.mm(x), top, w_px, height), int(align | Qt.TextFlag.TextWordWrap), line)
            top += height
        return top * 25.4 / dev.resolution()

    def _din_header(self, p: QPainter | None) -> float:
        """DIN 5008 form B first page (positions in the module docstring)."""
        letter = self.letter
        self._block(p, self.postal, LEFT, 12, 95, 31, 10)                         # letterhead, 12–43 mm
        self._block(p, self.recipient, LEFT, DIN_RETURN_ZONE_END, 80, 27.3, 11, False)  # address zone
        date = letter.place_date.split(", ", 1)[-1]  # the place is already in the letterhead
        info = self.identifiers + ([f"{label('de', 'reference')} {_one_line(letter.reference)}"]
                                   if letter.reference else []) + [f"{label('de', 'date')} {_one_line(date)}"]
        info_bottom = self._block(p, info, 125, 50, PAGE_W - RIGHT - 125, DIN_ADDRESS_END - 50, 10, False)
        # Return line, on the last line of the remark zone: name and postal address only,
        # since it shows through the window; shrunk (to 6 pt) rather than cut.
        self._block(p, [" · ".join(self.postal[:4])], LEFT, DIN_RETURN_ZONE_END - 4, 80, 3.5, 7, False)
        if p is not None:
            p.setPen(QPen(Qt.GlobalColor.gray, self.mm(0.2)))
            for y, length in ((105, 5), (148.5, 8), (210, 5)):                   # fold, hole, fold marks
                p.drawLine(self.mm(3), self.mm(y), self.mm(3 + length), self.mm(y))
            p.setPen(QPen(Qt.GlobalColor.black))
        return max(DIN_SUBJECT_Y, info_bottom + 4.23)

    def _plain_header(self, p: QPainter | None) -> float:
        """EN/FR first page: sender, recipient (window at 50 mm), place and date right-aligned."""
        sender_bottom = self._block(p, self.sender, LEFT, 20, 80, 60, 10)
        # French window envelopes show the right-hand side; the sender column (≤ 105 mm) never reaches it.
        x, y = (110.0, 50.0) if self.letter.lang == "fr" else (LEFT, max(50.0, sender_bottom + 8))
        recipient_bottom = self._block(p, self.recipient, x, y, 80, 40, 11)
        date_bottom = self._block(p, [_one_line(self.letter.place_date)], LEFT,
                                  max(sender_bottom, recipient_bottom) + 8, TEXT_W, 20, 11, False,
                                  Qt.AlignmentFlag.AlignRight)
        return date_bottom + 8


def paint_letters(device: QPagedPaintDevice, letters: Sequence[LetterDocument]) -> None:
    """Paint letters one after another on ``device``: a PDF writer, or a ``QPrinter`` to print."""
    painter, first = QPainter(device), True
    try:
        for letter in letters:
            pages = LetterPages(letter, device)
            for i in range(pages.page_count):
                if not first:
                    device.newPage()
                first = False
                pages.paint(painter, i)
    finally:
        painter.end()  # completes the PDF


def letter_pdf_bytes(letter: LetterDocument) -> bytes:
    """The letter as PDF, in memory (nothing touches the disk)."""
    ensure_qt_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    paint_letters(new_pdf_writer(buffer, letter.subject), [letter])
    return bytes(buffer.data())


def letter_odt_bytes(letter: LetterDocument) -> bytes:
    """The letter as an OpenDocument text, from the same HTML as the .html export."""
    ensure_qt_app()
    doc = QTextDocument()
    doc.setHtml(letter_to_html(letter))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QTextDocumentWriter(buffer, QByteArray(b"ODF")).write(doc):
        raise InvalidInput("The letter could not be converted to ODT.")
    # Qt's ODF writer puts a tab before every line break, stray whitespace in every
    # address line; rewrite content.xml without it (entries keep order and compression,
    # so "mimetype" stays first and stored, as ODF requires).
    src, out = zipfile.ZipFile(io.BytesIO(bytes(buffer.data()))), io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "content.xml":
                content = re.sub(rb"(?:<text:tab/>)?\s*<text:line-break/>", b"<text:line-break/>", content)
            dst.writestr(info, content)
    return out.getvalue()


def write_pdf(letter: LetterDocument, path: str | Path) -> None:
    """Save the letter as PDF at ``path`` (DIN 5008 form B for German letters)."""
    write_atomic(path, letter_pdf_bytes(letter))


def write_odt(letter: LetterDocument, path: str | Path) -> None:
    """Save the letter as ODT at ``path``."""
    write_atomic(path, letter_odt_bytes(letter))


def write_letter(letter: LetterDocument, fmt: str, path: str | Path, *,
                 attachments: Sequence[tuple[str, str, bytes]] = ()) -> None:
    """Save the letter at ``path`` in ``fmt`` (txt, html, pdf, odt or eml; attachments: eml only)."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInput(f"Unknown letter format {fmt!r}; use one of {', '.join(FORMATS)}.")
    if fmt in TEXT_FORMATS:
        data = text_letter_bytes(letter, fmt, attachments=attachments)
    elif attachments:
        raise InvalidInput("Attachments can only be added to an e-mail (eml).")
    else:
        data = letter_pdf_bytes(letter) if fmt == "pdf" else letter_odt_bytes(letter)
    write_atomic(path, data)
