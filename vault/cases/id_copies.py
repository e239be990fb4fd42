"""A copy of an identity document made for one controller and one request, and its cover letter.

The copy is useless to anyone else: grey-scale, reduced, with the fields not needed for
identification blacked out (burnt into the pixels) and a watermark repeated across it saying
for whom, for which request and on which date it was made. The image work is Qt's, injected
as a ``CopyRenderer`` (``ui.rendering.id_copy``) because ``vault`` never imports Qt.

Why a visible mark: PAuswG § 20(2) (https://www.gesetze-im-internet.de/pauswg/__20.html,
docs/law-sources.md § 4.3): "Der Ausweis darf nur vom Ausweisinhaber oder von anderen Personen mit
Zustimmung des Ausweisinhabers in der Weise abgelichtet werden, dass die Ablichtung eindeutig und
dauerhaft als Kopie erkennbar ist." The blacking out follows guidance, not that statute (see
``vault.people.redaction_presets``). The cover letter cites GDPR art. 5(1)(c), 5(1)(e) and
17(1)(a) (docs/law-sources.md § 2.17, § 2.18).

Making the copy records the event ``id-provided`` on the request, with the copy and the cover
letter attached as what was sent; the original stays untouched in the vault.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

from vault.cases.letter_context import context_for
from vault.cases.letter_store import reference_for, user_template
from vault.cases.lifecycle import add_event, events_of
from vault.cases.requests import Request, chain, get_request
from vault.errors import InvalidInput
from vault.letters import rendering as letters
from vault.letters.document import LetterDocument
from vault.organisations.controllers import get_controller
from vault.people.id_documents import IdDocument, document_files, get_id_document
from vault.people.redaction_presets import preset_areas

FORMATS = ("pdf", "png")
MIME_TYPES = {"pdf": "application/pdf", "png": "image/png"}
_WATERMARK = {
    "en": "Copy for {who} — request {ref} — {day} — any other use prohibited",
    "fr": "Copie pour {who} — demande {ref} — {day} — toute autre utilisation interdite",
    "de": "Kopie für {who} — Antrag {ref} — {day} — jede andere Verwendung untersagt",
}
_REDACTION = re.compile(r"^\s*(?:(\d+)\s*:\s*)?(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*$")


@dataclass(frozen=True)
class Redaction:
    """An area to black out, in pixels of one page of the original (page 0: the front)."""

    page: int
    x: int
    y: int
    width: int
    height: int
    field: str = ""  # the preset field it came from, if any

    def as_tuple(self) -> tuple[int, int, int, int]:
        """(x, y, width, height)."""
        return self.x, self.y, self.width, self.height


class CopyRenderer(Protocol):
    """The image work, done by Qt in ``ui.rendering.id_copy``.

    ``files`` are (MIME type, bytes) of the document's files in order; a PDF counts as many pages
    as it has, so page numbers run across all files (front first).
    """

    def page_sizes(self, files: list[tuple[str, bytes]]) -> list[tuple[int, int]]:
        """(width, height) in pixels of every page, as redactions are measured."""

    def render_copy(self, files: list[tuple[str, bytes]], redactions: list[Redaction], watermark: str,
                    fmt: str) -> bytes:
        """The copy as ``fmt`` ("pdf" or "png") bytes: grey, reduced, redacted, watermarked."""


@dataclass
class IdCopy:
    """A copy made and recorded: its file, the event, and the cover letter to send with it."""

    request_id: int
    event_id: int
    file_name: str
    mime_type: str
    data: bytes
    watermark: str
    letter: LetterDocument
    redactions: list[Redaction]


def parse_redaction(text: str) -> Redaction:
    """``X,Y,W,H`` (on the front) or ``PAGE:X,Y,W,H`` (page 1 is the front) in the original's pixels."""
    match = _REDACTION.match(text or "")
    if not match:
        raise InvalidInput(f"'{text}' is not an area: write X,Y,WIDTH,HEIGHT in pixels, or PAGE:X,Y,WIDTH,HEIGHT.")
    page = int(match.group(1) or 1)
    if page < 1:
        raise InvalidInput("Pages are numbered from 1 (the front).")
    x, y, width, height = (int(match.group(i)) for i in range(2, 6))
    return Redaction(page - 1, x, y, width, height)


def case_request(vault: Any, request_id: int) -> Request:
    """The request a copy is for: the request itself, or the one a follow-up (an obstacle reply) follows."""
    request = get_request(vault, request_id)
    return chain(vault, request.id)[0] if request.follow_up_of is not None else request


def watermark_text(controller_name: str, reference: str, day: date, lang: str) -> str:
    """"Copy for ACME SAS — request PV-2026-00012 — 30/11/2026 — any other use prohibited"."""
    when = f"{day.day:02d}.{day.month:02d}.{day.year}" if lang == "de" else f"{day.day:02d}/{day.month:02d}/{day.year}"
    who = " ".join(controller_name.split())
    return _WATERMARK.get(lang, _WATERMARK["en"]).format(who=who, ref=reference, day=when)


def document_pages(vault: Any, document_id: int) -> list[tuple[str, bytes]]:
    """(MIME type, bytes) of a document's files, front first, for the renderer."""
    return [(meta.mime_type, data) for meta, data in document_files(vault, document_id)]


def proposed_redactions(document: IdDocument, sizes: list[tuple[int, int]], *,
                        include_optional: bool = False) -> list[Redaction]:
    """The preset's areas for this document, in pixels of its pages (front: page 0, back: page 1)."""
    proposed = []
    for area in preset_areas(document.kind, document.country, include_optional=include_optional):
        page = 0 if area.side == "front" else 1
        if page >= len(sizes):
            continue  # no back was stored
        width, height = sizes[page]
        x, y, w, h = area.rect
        proposed.append(Redaction(page, round(x * width), round(y * height), max(1, round(w * width)),
                                  max(1, round(h * height)), area.field))
    return proposed


def check_redactions(redactions: list[Redaction], sizes: list[tuple[int, int]]) -> list[Redaction]:
    """Each area on an existing page, cut to the page; one sentence for an area that is not there."""
    checked = []
    for area in redactions:
        if not 0 <= area.page < len(sizes):
            raise InvalidInput(f"The document has {len(sizes)} page(s); there is no page {area.page + 1}.")
        width, height = sizes[area.page]
        if area.width <= 0 or area.height <= 0:
            raise InvalidInput("An area to black out needs a width and a height above 0.")
        x1, y1 = max(area.x, 0), max(area.y, 0)
        x2, y2 = min(area.x + area.width, width), min(area.y + area.height, height)
        if x2 <= x1 or y2 <= y1:
            raise InvalidInput(f"The area {area.x},{area.y},{area.width},{area.height} lies outside page "
                               f"{area.page + 1}, which is {width} × {height} pixels.")
        checked.append(replace(area, x=x1, y=y1, width=x2 - x1, height=y2 - y1))
    return checked


def cover_letter(vault: Any, request: Request, copy_name: str, *, today: date | None = None) -> LetterDocument:
    """The letter that goes with the copy: for identification for this request only, then deleted."""
    today = today or date.today()
    asked = [event for event in events_of(vault, request.id) if event.kind == "id-requested"]
    context = replace(
        context_for(vault, request, today=today),
        original_right=request.right if request.right in letters.RIGHTS else "",
        original_sent_on=date.fromisoformat(request.sent_on) if request.sent_on else None,
        original_received_on=date.fromisoformat(request.received_on) if request.received_on else None,
        original_due_on=date.fromisoformat(request.effective_due) if request.effective_due else None,
        original_reference=reference_for(request),
        answer_received_on=date.fromisoformat(asked[-1].on_date) if asked else None,
        details="",
        annexes=[copy_name],
    )
    kind = "id_copy_cover"
    return letters.render_letter(kind, request.lang, context, user_template=user_template(vault, kind, request.lang))


def make_id_copy(vault: Any, request_id: int, document_id: int, renderer: CopyRenderer, *,
                 redactions: list[Redaction] = (), preset: bool = False, include_optional: bool = False,
                 fmt: str = "pdf", today: date | None = None) -> IdCopy:
    """Make the copy for the request's controller, record ``id-provided`` with it; returns it.

    ``redactions`` are areas in the original's pixels; ``preset`` adds the document kind's default
    areas. Nothing is written unless the copy was made; the original document is only read.
    """
    if fmt not in FORMATS:
        raise InvalidInput(f"The copy is saved as {' or '.join(FORMATS)}.")
    today = today or date.today()
    request = case_request(vault, request_id)
    if request.sent_on is None:
        raise InvalidInput("Mark the request as sent before sending a copy of an identity document for it.")
    document = get_id_document(vault, document_id)
    files = document_pages(vault, document_id)
    sizes = renderer.page_sizes(files)
    areas = list(redactions)
    if preset:
        areas = proposed_redactions(document, sizes, include_optional=include_optional) + areas
    areas = check_redactions(areas, sizes)
    controller = get_controller(vault, request.controller_id)
    reference = reference_for(request)
    watermark = watermark_text(controller.name, reference, today, request.lang)
    data = renderer.render_copy(files, areas, watermark, fmt)
    file_name = f"id-copy-{reference}.{fmt}"
    letter = cover_letter(vault, request, file_name, today=today)
    note = (f"Copy of the {document.describe()} made for {controller.name}: grey-scale, reduced, "
            f"{len(areas)} area(s) blacked out; watermark \"{watermark}\".")
    event_id = add_event(vault, request.id, "id-provided", on=today, note=note, today=today,
                         attachments=[(file_name, data),
                                      (f"id-copy-letter-{reference}.txt", letter.as_text().encode("utf-8"))])
    return IdCopy(request.id, event_id, file_name, MIME_TYPES[fmt], data, watermark, letter, areas)
