"""The image work of an identity-document copy (``vault.cases.id_copies.CopyRenderer``), in Qt.

Each page of the original (a JPEG or PNG turned upright by its EXIF orientation, or a PDF
rendered at 200 dpi) is:
1. blacked out where asked, at full resolution, so that no original pixel under an area reaches
   the later steps;
2. turned grey and reduced so its longest side is at most ``MAX_SIDE`` pixels (about 200 dpi for a
   card: enough to read, not to reprint);
3. marked with the watermark, repeated diagonally across the whole page;
4. blacked out again, on the reduced page, over the areas rounded outwards, so each area is
   uniformly black (the watermark does not cross it) and no smoothing left a trace inside.

The result is drawn onto new images (no metadata or colour profile of the original is kept).
A PNG stacks the pages one under the other; a PDF has one page per page, each with the
watermark also written as text under the image, so it is in the PDF's text layer.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageReader,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPdf import QPdfDocument

from ui.qt_app import ensure_qt_app
from vault.cases.id_copies import Redaction
from vault.errors import InvalidInput

MAX_SIDE = 720          # pixels, longest side of a page of the copy
PDF_DPI = 200           # resolution at which a PDF original is measured and rendered
COPY_DPI = 150          # the copy's pages in a PDF are laid out at this resolution
MAX_PAGES = 4           # an identity document is a front and a back; a passport page or two
_WATERMARK_COLOUR = QColor(30, 30, 30, 100)
_GAP = 16               # pixels between pages of a PNG


def _pdf_pages(data: bytes) -> list[QImage]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise InvalidInput("A PDF of the document cannot be read; it may be damaged or protected by a password.")
        if document.pageCount() > MAX_PAGES:
            raise InvalidInput(f"The PDF has {document.pageCount()} pages; keep only the document's pages "
                               f"(at most {MAX_PAGES}).")
        pages = []
        for index in range(document.pageCount()):
            points = document.pagePointSize(index)
            size = QSize(max(1, round(points.width() * PDF_DPI / 72)), max(1, round(points.height() * PDF_DPI / 72)))
            rendered = document.render(index, size)
            page = QImage(size, QImage.Format.Format_RGB32)
            page.fill(Qt.GlobalColor.white)  # PDF pages render on transparency
            painter = QPainter(page)
            painter.drawImage(0, 0, rendered)
            painter.end()
            pages.append(page)
        return pages
    finally:
        document.close()
        buffer.close()


def page_images(files: list[tuple[str, bytes]]) -> list[QImage]:
    """Every page of the document's files as an RGB image, front first."""
    ensure_qt_app()
    pages: list[QImage] = []
    for mime, data in files:
        if mime == "application/pdf":
            pages += _pdf_pages(data)
            continue
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # a phone photo's EXIF orientation: areas are measured on the upright page
        image = reader.read()
        buffer.close()
        if image.isNull():
            raise InvalidInput("An image of the document cannot be read; it may be damaged.")
        pages.append(image.convertToFormat(QImage.Format.Format_RGB32))
    if len(pages) > MAX_PAGES:
        raise InvalidInput(f"The document has {len(pages)} pages; a copy takes at most {MAX_PAGES}.")
    return pages


def page_sizes(files: list[tuple[str, bytes]]) -> list[tuple[int, int]]:
    """(width, height) in pixels of every page, as redactions are measured."""
    return [(page.width(), page.height()) for page in page_images(files)]


def _black_out(image: QImage, rects: list[QRect]) -> None:
    painter = QPainter(image)
    for rect in rects:
        painter.fillRect(rect, Qt.GlobalColor.black)
    painter.end()


def _scaled_rect(area: Redaction, factor: float) -> QRect:
    """The area on the reduced page, rounded outwards so it covers every pixel it touches."""
    left, top = math.floor(area.x * factor), math.floor(area.y * factor)
    right, bottom = math.ceil((area.x + area.width) * factor), math.ceil((area.y + area.height) * factor)
    return QRect(left, top, max(1, right - left), max(1, bottom - top))


def _watermark(image: QImage, text: str) -> None:
    """``text`` in rows slanted across the whole page, each row offset from the last."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Liberation Sans", "Arial", "Sans Serif"])
    font.setPixelSize(max(9, round(min(image.width(), image.height()) / 26)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(_WATERMARK_COLOUR)
    metrics = QFontMetricsF(font)
    phrase = text + "   •   "
    step_x = max(metrics.horizontalAdvance(phrase), 1.0)
    step_y = metrics.height() * 2.2
    diagonal = math.hypot(image.width(), image.height())
    painter.translate(image.width() / 2, image.height() / 2)
    painter.rotate(-math.degrees(math.atan2(image.height(), image.width())))
    row = 0
    y = -diagonal / 2
    while y < diagonal / 2 + step_y:
        x = -diagonal / 2 - (row % 2) * step_x / 2
        while x < diagonal / 2:
            painter.drawText(QPointF(x, y), phrase)
            x += step_x
        y += step_y
        row += 1
    painter.end()


def copy_pages(files: list[tuple[str, bytes]], redactions: list[Redaction], watermark: str) -> list[QImage]:
    """The copy's pages: redacted, grey, reduced, watermarked, redacted again (grey-scale images)."""
    pages = page_images(files)
    result = []
    for index, original in enumerate(pages):
        areas = [area for area in redactions if area.page == index]
        page = original.copy()
        _black_out(page, [QRect(*area.as_tuple()) for area in areas])
        factor = min(1.0, MAX_SIDE / max(page.width(), page.height()))
        size = QSize(max(1, round(page.width() * factor)), max(1, round(page.height() * factor)))
        grey = page.convertToFormat(QImage.Format.Format_Grayscale8).scaled(
            size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        canvas = QImage(size, QImage.Format.Format_RGB32)  # a new image: nothing of the original's metadata
        painter = QPainter(canvas)
        painter.drawImage(0, 0, grey)
        painter.end()
        _watermark(canvas, watermark)
        _black_out(canvas, [_scaled_rect(area, factor) for area in areas])
        result.append(canvas.convertToFormat(QImage.Format.Format_Grayscale8))
    return result


def _png(pages: list[QImage]) -> bytes:
    width = max(page.width() for page in pages)
    height = sum(page.height() for page in pages) + _GAP * (len(pages) - 1)
    sheet = QImage(width, height, QImage.Format.Format_Grayscale8)
    sheet.fill(255)
    painter = QPainter(sheet)
    y = 0
    for page in pages:
        painter.drawImage(0, y, page)
        y += page.height() + _GAP
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not sheet.save(buffer, "PNG"):
        raise InvalidInput("The copy could not be written as PNG.")
    return bytes(buffer.data())


def _pdf(pages: list[QImage], watermark: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("privacy-vault")
    writer.setResolution(COPY_DPI)
    caption_mm, margin_mm = 14.0, 8.0
    painter: QPainter | None = None
    for index, page in enumerate(pages):
        width_mm, height_mm = page.width() * 25.4 / COPY_DPI, page.height() * 25.4 / COPY_DPI
        size = QPageSize(QSizeF(width_mm + 2 * margin_mm, height_mm + 2 * margin_mm + caption_mm),
                         QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
        writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        if painter is None:
            painter = QPainter(writer)
        else:
            writer.newPage()
        dots = COPY_DPI / 25.4
        target = QRectF(margin_mm * dots, margin_mm * dots, page.width(), page.height())
        painter.drawImage(target, page)
        font = QFont()
        font.setFamilies(["DejaVu Sans", "Liberation Sans", "Arial", "Sans Serif"])
        font.setPointSizeF(7.5)
        painter.setFont(font)
        painter.setPen(QColor(0, 0, 0))
        caption = QRectF(margin_mm * dots, target.bottom() + 2 * dots, page.width(), (caption_mm - 2) * dots)
        painter.drawText(caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         watermark)
    if painter is None or not painter.end():
        raise InvalidInput("The copy could not be written as PDF.")
    return bytes(buffer.data())


def render_copy(files: list[tuple[str, bytes]], redactions: list[Redaction], watermark: str, fmt: str) -> bytes:
    """The copy as PDF or PNG bytes."""
    pages = copy_pages(files, redactions, watermark)
    if fmt == "png":
        return _png(pages)
    if fmt == "pdf":
        return _pdf(pages, watermark)
    raise InvalidInput(f"Unknown format {fmt!r}; the copy is saved as pdf or png.")


class QtCopyRenderer:
    """``vault.cases.id_copies.CopyRenderer`` done with Qt."""

    page_sizes = staticmethod(page_sizes)
    render_copy = staticmethod(render_copy)


def renderer() -> QtCopyRenderer:
    """The renderer ``vault`` is given (``ui.launcher.qt_renderers``)."""
    return QtCopyRenderer()
