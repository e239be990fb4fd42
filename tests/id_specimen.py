"""A real-looking specimen identity card, drawn for the tests (front and back, card-sized).

ID-1 format (85.6 × 54 mm) at 300 dpi: 1011 × 638 pixels. The front has a photo box, text
fields, a serial number top right and an access number (CAN) bottom right; the back has height,
eye colour, an address and a three-line machine-readable zone. A magenta patch sits under the
CAN, where the German preset blacks out, so a leak of the original pixels would show as colour.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QRect
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

from ui.qt_app import ensure_qt_app

WIDTH, HEIGHT = 1011, 638
PATCH = QColor(201, 31, 158)           # the colour under the CAN
PATCH_RECT = QRect(800, 545, 170, 70)  # inside the German preset's CAN area (0.76..0.98, 0.83..0.97)
SERIAL = "L01X00T47"
CAN = "123456"


def _font(pixels: int, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Sans Mono", "Liberation Mono", "Monospace"] if mono else ["DejaVu Sans", "Sans Serif"])
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _image_bytes(image: QImage, fmt: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, 95 if fmt == "JPG" else -1)
    return bytes(buffer.data())


def _card() -> tuple[QImage, QPainter]:
    ensure_qt_app()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, WIDTH, HEIGHT)
    gradient.setColorAt(0, QColor(214, 232, 226))
    gradient.setColorAt(1, QColor(240, 214, 222))
    painter.fillRect(image.rect(), gradient)
    painter.setPen(QColor(20, 30, 60))
    return image, painter


def front_image() -> QImage:
    """The front: title, photo, name, birth date, serial number, CAN over a magenta patch."""
    image, painter = _card()
    painter.setFont(_font(34, bold=True))
    painter.drawText(40, 60, "BUNDESREPUBLIK DEUTSCHLAND")
    painter.setFont(_font(22))
    painter.drawText(40, 92, "PERSONALAUSWEIS / IDENTITY CARD")
    painter.fillRect(QRect(40, 130, 300, 420), QColor(120, 140, 170))   # the photo
    painter.setBrush(QColor(230, 200, 180))
    painter.drawEllipse(QRect(110, 200, 160, 200))
    painter.setFont(_font(20))
    for row, (label, value) in enumerate((("Name", "MUSTERMANN"), ("Vornamen", "ERIKA"),
                                          ("Geburtstag", "12.08.1983"), ("Gültig bis", "01.08.2031"))):
        painter.drawText(380, 170 + row * 90, label)
        painter.setFont(_font(30, bold=True))
        painter.drawText(380, 205 + row * 90, value)
        painter.setFont(_font(20))
    painter.setFont(_font(30, bold=True, mono=True))
    painter.drawText(700, 60, SERIAL)
    painter.fillRect(PATCH_RECT, PATCH)
    painter.setPen(QColor(255, 255, 255))
    painter.drawText(820, 595, CAN)
    painter.end()
    return image


def back_image() -> QImage:
    """The back: height, eye colour, address, and a three-line MRZ."""
    image, painter = _card()
    painter.setFont(_font(20))
    painter.drawText(40, 105, "Größe 172 cm")
    painter.drawText(40, 190, "Augenfarbe BLAU")
    painter.drawText(360, 105, "Anschrift: HEIDESTRASSE 17, 51147 KÖLN")
    painter.setFont(_font(34, mono=True))
    for row, line in enumerate((f"IDD<<{SERIAL}<<<<<<<<<<<<<<<", "8308126<3108011D<<2108<<<<<<<4",
                                "MUSTERMANN<<ERIKA<<<<<<<<<<<<<")):
        painter.drawText(40, 480 + row * 52, line)
    painter.end()
    return image


def front_png() -> bytes:
    return _image_bytes(front_image(), "PNG")


def back_jpeg() -> bytes:
    return _image_bytes(back_image(), "JPG")


def pixel(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


def has_colour_near(image: QImage, colour: QColor, tolerance: int = 40) -> bool:
    """Whether any pixel of ``image`` is close to ``colour`` (checks every pixel)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())[: rgb.sizeInBytes()]
    line = rgb.bytesPerLine()
    target = (colour.red(), colour.green(), colour.blue())
    for y in range(rgb.height()):
        row = data[y * line: y * line + rgb.width() * 3]
        for x in range(0, len(row), 3):
            if all(abs(row[x + i] - target[i]) <= tolerance for i in range(3)):
                return True
    return False


def area_values(image: QImage, rect: QRect) -> set[int]:
    """The grey values of every pixel inside ``rect``."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    values = set()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            values.add(grey.pixelColor(x, y).red())
    return values

