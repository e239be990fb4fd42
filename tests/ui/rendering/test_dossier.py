"""The complaint dossier: chronology cover, then each letter as an annex on its own pages."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from ui.rendering.dossier import write_dossier_pdf
from vault.letters.document import LetterDocument


def letter(subject: str, recipient: str) -> LetterDocument:
    return LetterDocument(
        lang="de",
        sender_lines=["Jürgen Großmann", "Hauptstraße 5", "10115 Berlin"],
        recipient_lines=[recipient, "Königsallee 12", "40212 Düsseldorf"],
        place_date="Berlin, 05.10.2026",
        reference="PV-2026-0042",
        subject=subject,
        body="Sehr geehrte Damen und Herren,\n\nbitte antworten Sie.\n\nMit freundlichen Grüßen\n\nJürgen Großmann",
    )


def texts(path: Path) -> list[str]:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    return [doc.getAllText(page).text() for page in range(doc.pageCount())]


def test_dossier_has_chronology_then_annexes(qapp, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write_dossier_pdf(
        ["Beschwerde nach Art. 77 DSGVO", "Jürgen Großmann gegen Müller Söhne GmbH"],
        [("01.09.2026", "Auskunftsersuchen per E-Mail gesendet"),
         ("02.10.2026", "Frist abgelaufen, keine Antwort"),
         ("05.10.2026", "Erinnerung gesendet")],
        [letter("Auskunftsersuchen nach Art. 15 DSGVO", "Müller Söhne GmbH"),
         letter("Erinnerung an mein Auskunftsersuchen", "Müller Söhne GmbH")],
        tmp_path / "dossier.pdf",
        progress=lambda done, total: calls.append((done, total)),
    )
    pages = texts(tmp_path / "dossier.pdf")
    assert len(pages) >= 3
    cover = pages[0]
    for expected in ("Beschwerde nach Art. 77 DSGVO", "Chronologie", "01.09.2026", "Frist abgelaufen, keine Antwort",
                     "Anlage 1", "Anlage 2", "Seite 1 von 3"):
        assert expected in cover
    assert "Auskunftsersuchen nach Art. 15 DSGVO" in pages[1] and "Anlage 1" in pages[1]
    assert "Erinnerung an mein Auskunftsersuchen" in pages[2] and "Anlage 2" in pages[2]
    assert "Müller Söhne GmbH" in pages[2] and "Seite 3 von 3" in pages[2]
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.pdf"]


def test_long_chronology_spills_over_and_annexes_follow(qapp, tmp_path: Path) -> None:
    events = [(f"{d:02d}.10.2026", f"Ereignis {d}: " + "Notiz zum Verlauf des Falls. " * 6) for d in range(1, 29)]
    write_dossier_pdf(["Dossier"], events, [letter("Letzter Brief", "Beispiel AG")], tmp_path / "d.pdf", lang="de")
    pages = texts(tmp_path / "d.pdf")
    assert len(pages) >= 3
    joined = "\n".join(pages[:-1])
    assert all(joined.count(f"Ereignis {d}:") == 1 for d in range(1, 29))
    assert "Letzter Brief" in pages[-1] and "Anlage 1" in pages[-1]
