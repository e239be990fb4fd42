"""id-document and id-copy as a script uses them: store the scans, list, see the areas, make a copy."""
from __future__ import annotations

import email
import hashlib
import shutil
import subprocess
from datetime import date, timedelta
from email import policy

import pytest
from PySide6.QtGui import QImage

from tests import id_specimen as card

TODAY = date.today()


@pytest.fixture
def setup(cli, tmp_path):
    """A sent request, and a German ID card's front and back in files."""
    identity = cli.ok("identity", "add", "--label", "Me", "--name", "Erika Mustermann",
                      "--email", "erika@example.org").out.strip()
    controller = cli.ok("controller", "add", "--name", "ACME SAS", "--country", "FR",
                        "--dpo-email", "dpo@acme.example").out.strip()
    request = cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right", "access",
                     "--lang", "en").out.strip()
    cli.ok("request", "sent", request, "--on", (TODAY - timedelta(days=5)).isoformat(), "--channel", "email")
    front, back = tmp_path / "front.png", tmp_path / "back.jpg"
    front.write_bytes(card.front_png())
    back.write_bytes(card.back_jpeg())
    return identity, request, front, back


def test_add_list_and_areas(cli, setup):
    identity, _, front, back = setup
    document = cli.ok("id-document", "add", "--identity", identity, "--kind", "national_id", "--country", "DE",
                      str(front), str(back)).out.strip()
    [listed] = cli.ok("id-document", "list", "--json").json()
    assert (str(listed["id"]), listed["kind"], listed["country"]) == (document, "national_id", "DE")
    assert [f["sha256"] for f in listed["files"]] == [hashlib.sha256(p.read_bytes()).hexdigest() for p in (front, back)]
    areas = cli.ok("id-document", "areas", document, "--json").json()
    assert areas["pages"] == [{"page": 1, "width": card.WIDTH, "height": card.HEIGHT},
                              {"page": 2, "width": card.WIDTH, "height": card.HEIGHT}]
    assert {a["field"] for a in areas["preset"]} == {"serial_number", "can", "mrz"}
    text = cli.ok("id-document", "areas", document, "--optional").out
    assert "access number (CAN)" in text and "photo" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_id_copy_writes_the_copy_and_the_letter_and_records_it(cli, setup, tmp_path):
    identity, request, front, back = setup
    document = cli.ok("id-document", "add", "--identity", identity, "--kind", "national_id", "--country", "DE",
                      str(front), str(back)).out.strip()
    out = cli.ok("id-copy", document, "--request", request, "--preset", "--redact", "380,150,320,70",
                 "--redact", "2:360,80,600,40", "-o", str(tmp_path / "copy.pdf"),
                 "--letter", str(tmp_path / "cover.eml")).out
    assert "5 area(s) blacked out" in out and "id-provided" in out
    text = subprocess.run(["pdftotext", str(tmp_path / "copy.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Copy for ACME SAS" in text and "any other use prohibited" in " ".join(text.split())
    message = email.message_from_bytes((tmp_path / "cover.eml").read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "dpo@acme.example"
    [attached] = [part for part in message.iter_attachments()]
    assert attached.get_content() == (tmp_path / "copy.pdf").read_bytes()
    assert "Article 5(1)(e)" in message.get_body(("plain",)).get_content()
    shown = cli.ok("request", "show", request, "--json").json()
    provided = [e for e in shown["events"] if e["kind"] == "id-provided"]
    assert provided and provided[0]["attachments"][0].startswith("id-copy-PV-")
    assert shown["status"] == "id-provided"

    png = cli.ok("id-copy", document, "--request", request, "--redact", "1:760,530,230,100",
                 "-o", str(tmp_path / "copy.png"))
    assert "1 area(s)" in png.out
    image = QImage(str(tmp_path / "copy.png"))
    assert image.isGrayscale() and not card.has_colour_near(image, card.PATCH)


def test_mistakes_get_one_sentence_and_change_nothing(cli, setup, tmp_path):
    identity, request, front, _ = setup
    notes = tmp_path / "notes.txt"
    notes.write_text("not a scan")
    refused = cli("id-document", "add", "--identity", identity, "--kind", "passport", "--country", "FR", str(notes))
    assert refused.code == 1 and "not a JPEG, PNG or PDF" in refused.err and "Traceback" not in refused.err
    assert cli.ok("id-document", "list", "--json").json() == []
    document = cli.ok("id-document", "add", "--identity", identity, "--kind", "passport", "--country", "FR",
                      str(front)).out.strip()
    for args, code, words in [
        (["--redact", "1,2,3"], 1, "X,Y,WIDTH,HEIGHT"),
        (["--redact", "9000,0,10,10"], 1, "outside page 1"),
        ([], 2, "Say what to black out"),
        (["--preset", "--format", "gif"], 2, "invalid choice"),
        (["--preset", "--letter", str(tmp_path / "cover.doc")], 2, ".txt"),
    ]:
        result = cli("id-copy", document, "--request", request, *args, "-o", str(tmp_path / "x.pdf"))
        assert result.code == code and words in result.err, (args, result.err)
        assert "Traceback" not in result.err
    assert not (tmp_path / "x.pdf").exists()
    events = cli.ok("request", "show", request, "--json").json()["events"]
    assert [e["kind"] for e in events] == ["sent"]
