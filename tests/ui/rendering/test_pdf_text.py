"""PDF text through QtPdf: a PDF written by Qt in the test, read back, then imported."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from ui.rendering.pdf_text import pdf_to_text
from vault.errors import InvalidInput
from vault.policies.findings import extract_policy
from vault.policies.text import policy_text_from_bytes

POLICY_HTML = """
<h1>Privacy policy</h1>
<p>Nordlicht Medien GmbH, Hafenstraße 3, 24103 Kiel, is the controller.</p>
<p>Contact our data protection officer at dpo (at) nordlicht-medien (dot) de.</p>
<p>Invoices are kept for 10 years.</p>
"""


def write_pdf(path: Path, html: str, pages: int = 1) -> bytes:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    # A page break between copies gives a multi-page PDF.
    document.setHtml('<p style="page-break-after: always">&nbsp;</p>'.join([html] * pages))
    document.print_(writer)
    del writer  # finishes the file
    return path.read_bytes()


def test_text_of_a_qt_written_pdf(qapp, tmp_path: Path) -> None:
    data = write_pdf(tmp_path / "policy.pdf", POLICY_HTML)
    text = pdf_to_text(data)
    assert "\r" not in text
    assert "Privacy policy" in text
    assert "Hafenstraße 3, 24103 Kiel" in text
    assert "dpo (at) nordlicht-medien (dot) de" in text


def test_every_page_is_read(qapp, tmp_path: Path) -> None:
    data = write_pdf(tmp_path / "three.pdf", "<p>Invoices are kept for 10 years.</p>", pages=3)
    assert pdf_to_text(data).count("Invoices are kept for 10 years.") == 3


def test_pdf_policy_imports_end_to_end(qapp, tmp_path: Path) -> None:
    data = write_pdf(tmp_path / "policy.pdf", POLICY_HTML)
    found = extract_policy(policy_text_from_bytes(data, "policy.pdf", pdf_to_text=pdf_to_text))
    assert found.controller_name == "Nordlicht Medien GmbH"
    assert found.postal_address == "Hafenstraße 3, 24103 Kiel"
    assert found.country == "DE"
    assert found.dpo_email == "dpo@nordlicht-medien.de"
    assert [(p.what, p.months) for p in found.retention_periods] == [("Invoices", 120)]


@pytest.mark.parametrize("data", [b"%PDF-1.4\nthis is not really a pdf", b"not a pdf at all"])
def test_damaged_pdf_is_invalid_input(qapp, data: bytes) -> None:
    with pytest.raises(InvalidInput):
        pdf_to_text(data)


def test_works_in_a_process_without_any_qt_application(qapp, tmp_path: Path) -> None:
    """The CLI reads PDFs with no QApplication and, on a server, no display."""
    import os
    import subprocess
    import sys

    pdf = tmp_path / "policy.pdf"
    write_pdf(pdf, POLICY_HTML)
    script = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from ui.rendering.pdf_text import pdf_to_text\n"
        "text = pdf_to_text(Path(sys.argv[1]).read_bytes())\n"
        "assert 'Hafenstraße' in text, text\n"
        "assert QCoreApplication.instance() is None\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-c", script, str(pdf)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
