"""Letter rendering speed, each against a baseline measured in the same run.

* text: ``LetterDocument.as_text()`` for 200 letters vs joining the same fields with
  ``str.join`` (the floor for any text layout);
* PDF: ``letter_pdf_bytes`` for 20 letters vs 20 bare ``QPdfWriter`` pages holding a
  single ``drawText`` (the fixed cost of Qt's PDF engine: writer, fonts, trailer).

Run ``python -m bench.bench_letters``; ratios, not absolute times, are comparable
between machines.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPainter

from bench.timing import best_of
from ui.rendering.letter_formats import ensure_qt_app, letter_pdf_bytes, new_pdf_writer, px
from vault.letters.document import LetterDocument

_BODY = {
    "en": "Dear Sir or Madam,\n\n{p}\n\nYours faithfully,\n\n{name}",
    "fr": "Madame, Monsieur,\n\n{p}\n\nVeuillez agréer mes salutations distinguées.\n\n{name}",
    "de": "Sehr geehrte Damen und Herren,\n\n{p}\n\nMit freundlichen Grüßen\n\n{name}",
}
_PARAGRAPH = ("I ask for a copy of my personal data and the information of Article 15(1)(a) to (h) GDPR, "
              "within one month of receipt (Article 12(3) GDPR). ") * 3


def letters(count: int) -> list[LetterDocument]:
    """``count`` realistic letters, cycling through the three languages."""
    result = []
    for i in range(count):
        lang = ("de", "en", "fr")[i % 3]
        name = f"Person {i} Müller"
        result.append(LetterDocument(
            lang=lang,
            sender_lines=[name, f"Hauptstraße {i}", "10115 Berlin", f"Customer number: {100000 + i}"],
            recipient_lines=[f"Controller {i} GmbH", "Data Protection Officer", "Königsallee 12", "40212 Düsseldorf"],
            place_date="Berlin, 23.11.2026",
            reference=f"PV-2026-{i:04d}",
            subject="Request for access (Article 15 GDPR)",
            body=_BODY[lang].format(p="\n\n".join([_PARAGRAPH] * 4), name=name),
            annexes=["Copy of ID card"],
        ))
    return result


def _bare_pdf() -> bytes:
    """One A4 page with one line of text: what any Qt PDF costs at least."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_pdf_writer(buffer, "bench")
    painter = QPainter(writer)
    painter.drawText(int(px(writer, 25)), int(px(writer, 50)), "Request for access (Article 15 GDPR)")
    painter.end()
    return bytes(buffer.data())


def run() -> list[tuple[str, float, float]]:
    """``(label, seconds, baseline seconds)`` for the text and PDF renderers."""
    ensure_qt_app()
    many = letters(200)

    def baseline_text() -> list[str]:
        return ["\n\n".join(["\n".join(d.sender_lines), "\n".join(d.recipient_lines), d.place_date, d.reference,
                             d.subject, d.body, "\n".join(d.annexes)]) for d in many]

    text = best_of(lambda: [d.as_text() for d in many])
    text_base = best_of(baseline_text)
    few = many[:20]
    _bare_pdf(), letter_pdf_bytes(few[0])  # warm up fonts and the PDF engine for both sides
    pdf = best_of(lambda: [letter_pdf_bytes(d) for d in few])
    pdf_base = best_of(lambda: [_bare_pdf() for _ in few])
    return [("text render, 200 letters", text, text_base), ("PDF render, 20 letters", pdf, pdf_base)]


def main() -> None:
    for label, seconds, baseline in run():
        print(f"{label}: {seconds * 1000:.1f} ms vs baseline {baseline * 1000:.1f} ms "
              f"= {seconds / baseline:.1f}x")


if __name__ == "__main__":
    main()
