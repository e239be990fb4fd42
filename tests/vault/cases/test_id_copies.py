"""A copy of an identity document for one request: redacted, grey, reduced, watermarked, recorded.

Real components throughout: a specimen card drawn with Qt, a real vault on disk, the Qt renderer
the app injects, and the output read back with poppler (pdftoppm, pdftotext, pdfimages).
"""
from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from tests import id_specimen as card
from ui.rendering.id_copy import COPY_DPI, MAX_SIDE, renderer
from vault.cases import id_copies, lifecycle
from vault.cases.drafts import create_request
from vault.cases.follow_ups import create_follow_up
from vault.cases.requests import get_request
from vault.errors import InvalidInput
from vault.organisations.controllers import add_controller
from vault.people.id_documents import add_id_document, get_id_document
from vault.people.identities import add_identity
from vault.storage.attachments import read_attachment

TODAY = date.today()
poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")


@pytest.fixture
def case(vault):
    """A sent access request to ACME SAS whose answer asked for an ID, and a German ID card stored."""
    erika = add_identity(vault, label="Me", name="Erika Mustermann", emails=["erika@example.org"])
    acme = add_controller(vault, name="ACME SAS", country="FR", dpo_email="dpo@acme.example")
    request_id = create_request(vault, identity_id=erika, controller_id=acme, right="access", lang="en", today=TODAY)
    lifecycle.mark_sent(vault, request_id, on=TODAY - timedelta(days=10), channel="email", today=TODAY)
    lifecycle.add_event(vault, request_id, "id-requested", on=TODAY - timedelta(days=2), today=TODAY)
    front, back = card.front_png(), card.back_jpeg()
    document_id = add_id_document(vault, erika, "national_id", "DE", ("front.png", front), ("back.jpg", back))
    return vault, request_id, document_id, front, back


def _image(data: bytes) -> QImage:
    image = QImage.fromData(data)
    assert not image.isNull()
    return image


def _inner(rect: QRect, margin: int) -> QRect:
    return rect.adjusted(margin, margin, -margin, -margin)


def _original_chunks(data: bytes, size: int = 48, count: int = 40) -> list[bytes]:
    step = max(1, (len(data) - size) // count)
    return [data[offset:offset + size] for offset in range(64, len(data) - size, step)]


def _scaled_area(area: id_copies.Redaction, factor: float) -> QRect:
    return QRect(round(area.x * factor), round(area.y * factor), round(area.width * factor),
                 round(area.height * factor))


def test_png_copy_blacks_out_the_preset_and_keeps_no_original_pixel(case):
    vault, request_id, document_id, front, back = case
    made = id_copies.make_id_copy(vault, request_id, document_id, renderer(), preset=True, fmt="png", today=TODAY)
    fields = {area.field for area in made.redactions}
    assert {"serial_number", "can", "mrz"} <= fields and "photo" not in fields  # optional ones only when asked
    output = _image(made.data)
    factor = MAX_SIDE / card.WIDTH
    page_height = round(card.HEIGHT * factor)
    assert output.width() == MAX_SIDE  # reduced: 1011 pixels wide in, 720 out
    assert output.isGrayscale()
    for area in made.redactions:
        rect = _scaled_area(area, factor).translated(0, area.page * (page_height + 16))
        assert card.area_values(output, _inner(rect, 2)) == {0}, area.field  # uniformly black
    assert not card.has_colour_near(output, card.PATCH)
    assert not any(chunk in made.data for chunk in _original_chunks(front) + _original_chunks(back))


def test_the_original_stays_byte_identical_in_the_vault(case):
    vault, request_id, document_id, front, back = case
    id_copies.make_id_copy(vault, request_id, document_id, renderer(), preset=True, fmt="pdf", today=TODAY)
    document = get_id_document(vault, document_id)
    assert read_attachment(vault, document.front_id)[1] == front
    assert read_attachment(vault, document.back_id)[1] == back


@poppler
def test_pdf_copy_read_back_shows_watermark_text_and_black_areas(case, tmp_path: Path):
    vault, request_id, document_id, front, back = case
    manual = id_copies.parse_redaction("1:380,150,320,70")  # the name, by hand
    made = id_copies.make_id_copy(vault, request_id, document_id, renderer(), redactions=[manual], preset=True,
                                  fmt="pdf", today=TODAY)
    pdf = tmp_path / "copy.pdf"
    pdf.write_bytes(made.data)
    assert made.watermark == f"Copy for ACME SAS — request PV-{TODAY.year}-{request_id:05d} — " \
                             f"{TODAY:%d/%m/%Y} — any other use prohibited"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert " ".join(text.split()).count(made.watermark) == 2  # in the text layer of both pages

    subprocess.run(["pdftoppm", "-r", str(COPY_DPI), "-png", str(pdf), str(tmp_path / "page")], check=True)
    rendered = _image((tmp_path / "page-1.png").read_bytes())
    margin = round(8 * COPY_DPI / 25.4)  # the page's margin around the image, in pixels
    factor = MAX_SIDE / card.WIDTH
    for area in [a for a in made.redactions if a.page == 0]:
        rect = _scaled_area(area, factor).translated(margin, margin)
        assert max(card.area_values(rendered, _inner(rect, 3))) <= 8, area.field
    assert not card.has_colour_near(rendered, card.PATCH)
    # The watermark changes the pixels along the diagonal compared with the original, made grey
    # and reduced the same way.
    original = card.front_image().convertToFormat(QImage.Format.Format_Grayscale8).scaled(
        MAX_SIDE, round(card.HEIGHT * factor))
    steps = 400
    changed = 0
    for i in range(steps):
        x, y = round(i * (original.width() - 1) / steps), round(i * (original.height() - 1) / steps)
        inside_area = any(_scaled_area(a, factor).adjusted(-2, -2, 2, 2).contains(x, y)
                          for a in made.redactions if a.page == 0)
        if inside_area:
            continue
        before = original.pixelColor(x, y).red()
        after = rendered.pixelColor(x + margin, y + margin).red()
        changed += abs(before - after) > 30
    assert changed > steps * 0.05

    # The images inside the PDF, extracted as stored: nothing of the magenta patch, nor of the originals.
    subprocess.run(["pdfimages", "-png", str(pdf), str(tmp_path / "embedded")], check=True)
    embedded = sorted(tmp_path.glob("embedded-*.png"))
    assert len(embedded) == 2
    for path in embedded:
        assert not card.has_colour_near(_image(path.read_bytes()), card.PATCH)
    assert not any(chunk in made.data for chunk in _original_chunks(front) + _original_chunks(back))


def test_copy_is_recorded_as_sent_on_the_request(case):
    vault, request_id, document_id, *_ = case
    made = id_copies.make_id_copy(vault, request_id, document_id, renderer(), preset=True, fmt="pdf", today=TODAY)
    event = [e for e in lifecycle.events_of(vault, request_id) if e.kind == "id-provided"][-1]
    assert event.id == made.event_id and "ACME SAS" in event.note
    files = lifecycle.event_attachments(vault, event.id)
    names = [name for _, name, _ in files]
    assert names == [made.file_name, f"id-copy-letter-PV-{TODAY.year}-{request_id:05d}.txt"]
    assert read_attachment(vault, files[0][0])[1] == made.data
    letter_text = read_attachment(vault, files[1][0])[1].decode("utf-8")
    assert "Article 5(1)(c)" in letter_text and "Article 5(1)(e)" in letter_text and "Article 17" in letter_text
    assert made.file_name in made.letter.annexes
    assert get_request(vault, request_id).status == "id-provided"


@pytest.mark.parametrize(("lang", "start", "cites"), [
    ("fr", "Copie pour ACME SAS — demande", ["article 5, paragraphe 1, point c)", "article 17"]),
    ("de", "Kopie für ACME SAS — Antrag", ["Art. 5 Abs. 1 lit. e", "Art. 17 Abs. 1 lit. a"]),
])
def test_watermark_and_letter_follow_the_request_language(vault, lang, start, cites):
    erika = add_identity(vault, label="Me", name="Erika Mustermann")
    acme = add_controller(vault, name="ACME SAS", country="DE")
    request_id = create_request(vault, identity_id=erika, controller_id=acme, right="erasure", lang=lang, today=TODAY)
    lifecycle.mark_sent(vault, request_id, on=TODAY, channel="email", today=TODAY)
    document_id = add_id_document(vault, erika, "passport", "FR", ("passport.png", card.front_png()))
    made = id_copies.make_id_copy(vault, request_id, document_id, renderer(), preset=True, fmt="png", today=TODAY)
    assert made.watermark.startswith(start)
    assert all(cite in made.letter.body for cite in cites)


def test_from_the_obstacle_reply_the_copy_goes_to_the_original_request(case):
    vault, request_id, document_id, *_ = case
    reply_id = create_follow_up(vault, request_id, "obstacle_id_demand", today=TODAY)
    made = id_copies.make_id_copy(vault, reply_id, document_id, renderer(), preset=True, fmt="png", today=TODAY)
    assert made.request_id == request_id
    assert f"PV-{TODAY.year}-{request_id:05d}" in made.watermark


def test_a_pdf_scan_is_rendered_and_redacted_by_page(vault, tmp_path: Path):
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(85.6, 54), QPageSize.Unit.Millimeter),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    painter.drawImage(0, 0, card.front_image())
    writer.newPage()
    painter.drawImage(0, 0, card.back_image())
    painter.end()
    erika = add_identity(vault, label="Me", name="Erika")
    acme = add_controller(vault, name="ACME SAS", country="FR")
    request_id = create_request(vault, identity_id=erika, controller_id=acme, right="access", today=TODAY)
    lifecycle.mark_sent(vault, request_id, on=TODAY, channel="email", today=TODAY)
    document_id = add_id_document(vault, erika, "national_id", "DE", ("scan.pdf", bytes(buffer.data())))
    sizes = renderer().page_sizes(id_copies.document_pages(vault, document_id))
    assert len(sizes) == 2 and abs(sizes[0][0] - round(85.6 / 25.4 * 200)) <= 2  # measured at 200 dpi
    made = id_copies.make_id_copy(vault, request_id, document_id, renderer(), preset=True, fmt="png", today=TODAY)
    assert {a.page for a in made.redactions} == {0, 1}  # the back's MRZ on the PDF's second page
    assert not card.has_colour_near(_image(made.data), card.PATCH)


def test_bad_requests_leave_the_vault_untouched(case, vault):
    _, request_id, document_id, *_ = case
    events_before = len(lifecycle.events_of(vault, request_id))
    with pytest.raises(InvalidInput, match="outside page 1"):
        id_copies.make_id_copy(vault, request_id, document_id, renderer(),
                               redactions=[id_copies.parse_redaction("5000,10,20,20")], today=TODAY)
    with pytest.raises(InvalidInput, match="no page 3"):
        id_copies.make_id_copy(vault, request_id, document_id, renderer(),
                               redactions=[id_copies.parse_redaction("3:0,0,20,20")], today=TODAY)
    with pytest.raises(InvalidInput, match="X,Y,WIDTH,HEIGHT"):
        id_copies.parse_redaction("10,10,20")
    with pytest.raises(InvalidInput):
        id_copies.make_id_copy(vault, request_id, document_id, renderer(), preset=True, fmt="gif", today=TODAY)
    draft = create_request(vault, identity_id=get_request(vault, request_id).identity_id,
                           controller_id=get_request(vault, request_id).controller_id, right="erasure", today=TODAY)
    with pytest.raises(InvalidInput, match="sent"):
        id_copies.make_id_copy(vault, draft, document_id, renderer(), preset=True, today=TODAY)
    assert len(lifecycle.events_of(vault, request_id)) == events_before
    assert lifecycle.events_of(vault, draft) == []


def test_a_phone_photo_is_turned_upright_by_its_orientation_tag(vault):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImageIOHandler, QImageWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"jpeg")
    writer.setTransformation(QImageIOHandler.Transformation.TransformationRotate90)  # stored sideways, tagged
    assert writer.write(card.front_image())
    erika = add_identity(vault, label="Me", name="Erika")
    acme = add_controller(vault, name="ACME SAS", country="FR")
    request_id = create_request(vault, identity_id=erika, controller_id=acme, right="access", today=TODAY)
    lifecycle.mark_sent(vault, request_id, on=TODAY, channel="email", today=TODAY)
    document_id = add_id_document(vault, erika, "passport", "FR", ("photo.jpg", bytes(buffer.data())))
    assert renderer().page_sizes(id_copies.document_pages(vault, document_id)) == [(card.HEIGHT, card.WIDTH)]
    made = id_copies.make_id_copy(vault, request_id, document_id, renderer(),
                                  redactions=[id_copies.parse_redaction("0,0,100,100")], fmt="png", today=TODAY)
    output = _image(made.data)
    assert output.height() == MAX_SIDE and output.width() < output.height()  # upright, as the person saw it
    assert card.area_values(output, QRect(2, 2, 60, 60)) == {0}
