"""Letter files: PDF read back with QtPdf (text and DIN 5008 positions), ODT as a zip,
txt/html/eml byte for byte, and writes that are atomic and go only where asked."""
from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
import zipfile
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtPdf import QPdfDocument

from ui.rendering.letter_formats import ensure_qt_app, write_letter, write_odt, write_pdf
from vault.errors import InvalidInput
from vault.letters.document import LetterDocument
from vault.letters.html import letter_to_html

MM_PER_PT = 25.4 / 72


def make_letter(lang: str = "de", **changes: object) -> LetterDocument:
    base = LetterDocument(
        lang=lang,
        sender_lines=["Jürgen Großmann", "Hauptstraße 5", "10115 Berlin", "E-Mail: juergen@example.org",
                      "Kundennummer: 123456"],
        recipient_lines=["Müller Söhne GmbH", "z. Hd. Datenschutzbeauftragte", "Königsallee 12",
                         "40212 Düsseldorf"],
        place_date="Berlin, 23.11.2026",
        reference="PV-2026-0042",
        subject="Auskunftsersuchen nach Art. 15 DSGVO",
        body="Sehr geehrte Damen und Herren,\n\nich bitte um Auskunft nach Art. 15 DSGVO.\n\n"
             "Mit freundlichen Grüßen\n\nJürgen Großmann",
        recipient_email="datenschutz@mueller.example",
        sender_email="juergen@example.org",
        annexes=["Kopie Personalausweis"],
    )
    return dataclasses.replace(base, **changes)


class Pdf:
    """A PDF opened with QtPdf, with text positions in millimetres from the top-left corner."""

    def __init__(self, path: Path) -> None:
        self.doc = QPdfDocument()
        assert self.doc.load(str(path)) == QPdfDocument.Error.None_
        self.pages = self.doc.pageCount()

    def text(self, page: int = 0) -> str:
        return self.doc.getAllText(page).text()

    def all_text(self) -> str:
        return "\n".join(self.text(p) for p in range(self.pages))

    def rect_mm(self, needle: str, page: int = 0) -> QRectF:
        start = self.text(page).index(needle)
        r = self.doc.getSelectionAtIndex(page, start, len(needle)).boundingRectangle()
        return QRectF(r.x() * MM_PER_PT, r.y() * MM_PER_PT, r.width() * MM_PER_PT, r.height() * MM_PER_PT)


def test_ensure_qt_app_reuses_the_running_app(qapp) -> None:
    assert ensure_qt_app() is qapp


def test_pdf_text_and_a4(qapp, tmp_path: Path) -> None:
    letter = make_letter("en", subject="Request for access (Article 15 GDPR)", place_date="London, 23 November 2026")
    write_pdf(letter, tmp_path / "letter.pdf")
    pdf = Pdf(tmp_path / "letter.pdf")
    assert pdf.pages >= 1
    size = pdf.doc.pagePointSize(0)
    assert abs(size.width() * MM_PER_PT - 210) < 1 and abs(size.height() * MM_PER_PT - 297) < 1
    text = pdf.text()
    for expected in ("Müller Söhne GmbH", "Request for access (Article 15 GDPR)", "Jürgen Großmann",
                     "My reference: PV-2026-0042", "Kopie Personalausweis"):
        assert expected in text


def test_german_pdf_follows_din_5008_form_b(qapp, tmp_path: Path) -> None:
    write_pdf(make_letter(), tmp_path / "brief.pdf")
    pdf = Pdf(tmp_path / "brief.pdf")
    text = pdf.text()
    assert "Jürgen Großmann" in text and "Müller Söhne GmbH" in text and "Königsallee 12" in text
    recipient = pdf.rect_mm("Müller Söhne GmbH")
    # Address zone of the address field: 62.7–90 mm from the top, text 25 mm from the left.
    assert 62.0 <= recipient.top() <= 66.0, recipient
    assert 24.0 <= recipient.left() <= 26.5, recipient
    assert pdf.rect_mm("40212 Düsseldorf").bottom() <= 90.0
    # Return line in small type directly above, inside the address field (45–62.7 mm).
    back = pdf.rect_mm("Jürgen Großmann · Hauptstraße 5 · 10115 Berlin")
    assert 45.0 <= back.top() and back.bottom() <= 62.7 and back.height() < recipient.height()
    assert 24.0 <= back.left() <= 26.5
    # Identifiers stay out of the window: not on the return line.
    assert "123456" not in text[text.index("Jürgen Großmann ·"):].split("\n", 1)[0]
    # Information block at 125 mm from the left, from 50 mm down.
    info = pdf.rect_mm("Mein Zeichen: PV-2026-0042")
    assert 124.0 <= info.left() <= 126.5 and 50.0 <= info.top() <= 90.0
    assert 124.0 <= pdf.rect_mm("Datum: 23.11.2026").left() <= 126.5
    # Subject at 98.46 mm.
    assert 98.0 <= pdf.rect_mm("Auskunftsersuchen").top() <= 101.0
    assert 24.0 <= pdf.rect_mm("Sehr geehrte").left() <= 26.5


def test_french_address_sits_on_the_right(qapp, tmp_path: Path) -> None:
    letter = make_letter("fr", subject="Demande d'accès (article 15 du RGPD)")
    write_pdf(letter, tmp_path / "lettre.pdf")
    pdf = Pdf(tmp_path / "lettre.pdf")
    r = pdf.rect_mm("Müller Söhne GmbH")
    assert 108.0 <= r.left() <= 112.0 and 48.0 <= r.top() <= 56.0
    assert "Annexes :" in pdf.text()


def test_long_letter_breaks_into_numbered_pages(qapp, tmp_path: Path) -> None:
    body = "\n\n".join(f"Absatz {i}: " + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 8
                       for i in range(14)) + "\n\nLetzte Zeile"
    write_pdf(make_letter(body=body), tmp_path / "lang.pdf")
    pdf = Pdf(tmp_path / "lang.pdf")
    assert pdf.pages >= 2
    every = pdf.all_text()
    assert all(every.count(f"Absatz {i}:") == 1 for i in range(14))  # no line hidden twice in the PDF
    assert "Letzte Zeile" in pdf.text(pdf.pages - 1)
    assert f"Seite {pdf.pages} von {pdf.pages}" in pdf.text(pdf.pages - 1)
    for page in range(pdf.pages):  # the text stops above the bottom margin (22 mm); the footer sits in it
        footer = f"Seite {page + 1} von {pdf.pages}"
        body = pdf.doc.getSelectionAtIndex(page, 0, pdf.text(page).index(footer)).boundingRectangle()
        assert body.bottom() * MM_PER_PT <= 297 - 22
        assert pdf.rect_mm(footer, page).top() >= 280


def test_markup_in_pdf_is_literal_text(qapp, tmp_path: Path) -> None:
    write_pdf(make_letter("en", recipient_lines=["<b>Evil</b><img src=x>", "Street 1"]), tmp_path / "m.pdf")
    assert "<b>Evil</b><img src=x>" in Pdf(tmp_path / "m.pdf").text()


def test_odt_is_an_opendocument_zip(qapp, tmp_path: Path) -> None:
    write_odt(make_letter(), tmp_path / "brief.odt")
    with zipfile.ZipFile(tmp_path / "brief.odt") as odt:
        first = odt.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = odt.read("content.xml").decode("utf-8")
        assert "META-INF/manifest.xml" in odt.namelist()
    ET.fromstring(content)  # well-formed
    assert "Auskunftsersuchen nach Art. 15 DSGVO" in content and "Müller Söhne GmbH" in content
    assert "<text:tab/><text:line-break/>" not in content


def test_txt_html_eml_round_trip(qapp, tmp_path: Path) -> None:
    letter = make_letter()
    write_letter(letter, "txt", tmp_path / "a.txt")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == letter.as_text()
    write_letter(letter, "HTML", tmp_path / "a.html")
    assert (tmp_path / "a.html").read_text(encoding="utf-8") == letter_to_html(letter)
    write_letter(letter, "eml", tmp_path / "a.eml", attachments=[("scan.png", "image/png", b"\x89PNG")])
    msg = message_from_bytes((tmp_path / "a.eml").read_bytes(), policy=policy.default)
    assert msg["To"].addresses[0].addr_spec == "datenschutz@mueller.example"
    assert [a.get_content() for a in msg.iter_attachments()] == [b"\x89PNG"]
    write_letter(letter, "pdf", tmp_path / "a.pdf")
    write_letter(letter, "odt", tmp_path / "a.odt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.eml", "a.html", "a.odt", "a.pdf", "a.txt"]


def test_bad_requests_are_refused_and_write_nothing(qapp, tmp_path: Path) -> None:
    letter = make_letter()
    with pytest.raises(InvalidInput, match="format"):
        write_letter(letter, "docx", tmp_path / "a.docx")
    with pytest.raises(InvalidInput, match="e-mail"):
        write_letter(letter, "pdf", tmp_path / "a.pdf", attachments=[("x", "text/plain", b"x")])
    with pytest.raises(InvalidInput, match="does not exist"):
        write_letter(letter, "txt", tmp_path / "missing" / "a.txt")
    with pytest.raises(InvalidInput, match="no e-mail address"):
        write_letter(dataclasses.replace(letter, recipient_email=""), "eml", tmp_path / "a.eml")
    assert list(tmp_path.iterdir()) == []


def test_overwrite_is_atomic_and_keeps_permissions(qapp, tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_letter(make_letter(), "txt", target)
    assert target.read_text(encoding="utf-8") == make_letter().as_text()
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left behind
    write_letter(make_letter(), "txt", tmp_path / "new.txt")
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o600  # personal data: owner only
    with pytest.raises(InvalidInput):
        write_letter(make_letter(), "txt", tmp_path)  # a folder is not a file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "new.txt"]


def test_dark_desktop_theme_does_not_whiten_the_text(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QPalette

    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Text, QColor("white"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("white"))
    qapp.setPalette(dark)
    try:
        write_pdf(make_letter(), tmp_path / "brief.pdf")
    finally:
        qapp.setPalette(original)
    pdf = Pdf(tmp_path / "brief.pdf")
    body = pdf.rect_mm("Sehr geehrte Damen und Herren")
    image = pdf.doc.render(0, QSize(210 * 4, 297 * 4))  # 4 px per mm
    colors = [image.pixelColor(x, y) for x in range(int(body.left() * 4), int(body.right() * 4))
              for y in range(int(body.top() * 4), int(body.bottom() * 4))]
    assert any(c.alpha() > 200 and c.lightness() < 80 for c in colors)  # black ink, opaque
