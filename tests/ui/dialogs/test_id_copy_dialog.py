"""The ID copy dialog as a person uses it: the proposed areas on the page, moved, added, removed;
the copy made, saved, recorded and shown in the request's timeline; the cover letter saved."""
from __future__ import annotations

import email
from datetime import date, timedelta
from email import policy

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QImage

from tests import id_specimen as card
from tests.ui.request_helpers import make_context, new_request, people, when_modal
from ui.dialogs.id_copy import IdCopyDialog
from ui.dialogs.id_document import IdDocumentDialog
from ui.pages.identities import IdentitiesPage
from ui.pages.request_detail import RequestDetail
from ui.widgets.follow_up_menu import ID_COPY
from vault.cases.lifecycle import event_attachments, events_of
from vault.people.id_documents import add_id_document, list_id_documents


def _setup(vault, tmp_path):
    who = people(vault)
    request_id = new_request(vault, who.jane, who.acme, sent_on=date.today() - timedelta(days=3))
    document_id = add_id_document(vault, who.jane, "national_id", "DE", ("front.png", card.front_png()),
                                  ("back.jpg", card.back_jpeg()))
    return make_context(vault, tmp_path), who, request_id, document_id


def test_areas_are_proposed_edited_and_the_copy_is_recorded(qtbot, vault, tmp_path):
    context, _, request_id, document_id = _setup(vault, tmp_path)
    dialog = IdCopyDialog(context, request_id)
    qtbot.addWidget(dialog)
    assert dialog.document.currentData() == document_id
    assert [dialog.page.itemText(i) for i in range(dialog.page.count())] == ["Front", "Back"]
    assert {field for _, field in dialog.editor.areas()} == {"serial_number", "can"}
    assert "Copie pour ACME SAS — demande PV-" in dialog.watermark.text()  # the letter’s language: French

    # Move the CAN area a little, add one over the name, then remove the serial number's area.
    can = next(item for item in dialog.editor.area_items() if item.field == "can")
    can.setPos(can.pos() + QPointF(-10, -5))
    added = dialog.editor.add_area()
    added.setPos(QPointF(380, 150))
    added.resize_to(QPointF(320, 70))
    serial = next(item for item in dialog.editor.area_items() if item.field == "serial_number")
    dialog.editor.scene().clearSelection()
    serial.setSelected(True)
    assert dialog.editor.remove_selected() == 1
    dialog.page.setCurrentIndex(1)  # the back: its MRZ is proposed
    assert [field for _, field in dialog.editor.areas()] == ["mrz"]
    areas = dialog.redactions()
    assert {(a.page, a.field) for a in areas} == {(0, "can"), (0, ""), (1, "mrz")}
    assert QRect(380, 150, 320, 70) in [QRect(*a.as_tuple()) for a in areas]

    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    target = tmp_path / "copy.png"
    assert dialog.make_copy(str(target))
    qtbot.waitUntil(lambda: dialog.made is not None)
    made = dialog.made
    assert target.read_bytes() == made.data
    output = QImage(str(target))
    factor = 720 / card.WIDTH
    name_area = QRect(round(380 * factor) + 2, round(150 * factor) + 2, round(320 * factor) - 4, round(70 * factor) - 4)
    assert card.area_values(output, name_area) == {0}
    assert dialog.letter_eml.isEnabled()

    letter = dialog.save_letter("eml", str(tmp_path / "cover.eml"))
    message = email.message_from_bytes(letter.read_bytes(), policy=policy.default)
    assert [part.get_filename() for part in message.iter_attachments()] == [made.file_name]

    # The request's timeline shows the copy as what was sent.
    detail = RequestDetail(context)
    qtbot.addWidget(detail)
    detail.show_request(request_id)
    names = [item.text(1) for item in detail.timeline.attachment_items()]
    assert made.file_name in names
    provided = [e for e in events_of(vault, request_id) if e.kind == "id-provided"]
    assert [name for _, name, _ in event_attachments(vault, provided[0].id)][0] == made.file_name


def test_follow_up_menu_opens_the_dialog_from_the_request(qtbot, vault, tmp_path):
    context, _, request_id, _ = _setup(vault, tmp_path)
    detail = RequestDetail(context)
    qtbot.addWidget(detail)
    detail.show_request(request_id)
    seen: list = []
    when_modal(IdCopyDialog, lambda dialog: None, seen)
    detail.follow_up_menu.kind_actions[ID_COPY].trigger()
    assert seen == [IdCopyDialog]


def test_identity_page_lists_and_adds_documents(qtbot, vault, tmp_path):
    context, who, _, _ = _setup(vault, tmp_path)
    page = IdentitiesPage(context)
    qtbot.addWidget(page)
    page.refresh(who.jane)
    assert page.documents.table.table.rowCount() == 1
    assert page.documents.table.table.item(0, 0).text() == "National identity card"
    scan = tmp_path / "passport.png"
    scan.write_bytes(card.front_png())

    def fill(dialog: IdDocumentDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("passport"))
        dialog.country.setText("fr")
        dialog.front.path.setText(str(tmp_path / "missing.png"))
        dialog._save()
        assert dialog.error.isVisible() and "missing.png" in dialog.error.text()
        dialog.front.path.setText(str(scan))
        dialog._save()

    when_modal(IdDocumentDialog, fill)
    page.documents.add()
    assert [(d.kind, d.country) for d in list_id_documents(vault, who.jane)] == [("national_id", "DE"),
                                                                                ("passport", "FR")]
    assert page.documents.table.table.rowCount() == 2


def test_areas_stay_on_the_page_and_can_be_removed_and_added(qtbot):
    from ui.widgets.redaction_editor import RedactionEditor

    editor = RedactionEditor()
    qtbot.addWidget(editor)
    editor.show_page(card.front_image(), [(QRect(10, 10, 100, 50), "can")])
    [item] = editor.area_items()
    item.setPos(QPointF(5000, -300))  # dragged off the page: kept at its edge
    assert editor.areas() == [(QRect(card.WIDTH - 100, 0, 100, 50), "can")]
    item.resize_to(QPointF(5000, 5000))  # stretched past the corner: stops at the page's corner
    assert editor.areas()[0][0].bottomRight() == QRect(0, 0, card.WIDTH, card.HEIGHT).bottomRight()
    item.setSelected(True)
    assert editor.remove_selected() == 1 and editor.areas() == []
    assert editor.add_area() is not None and len(editor.areas()) == 1
