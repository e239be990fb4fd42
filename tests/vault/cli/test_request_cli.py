"""The request commands as a script uses them: every format written, sent, followed up, calendar."""
from __future__ import annotations

import email
import zipfile
from datetime import date, timedelta
from email import policy

import pytest
from icalendar import Calendar


@pytest.fixture
def request_id(cli, tmp_path):
    identity = cli.ok("identity", "add", "--label", "Me", "--name", "Jeanne Durand",
                      "--address", "5 rue Victor Hugo\\n69002 Lyon", "--email", "jeanne@example.org").out.strip()
    controller = cli.ok("controller", "add", "--name", "Banque Exemple SA", "--country", "FR",
                        "--dpo-email", "dpo@banque.example", "--address", "10 quai Saint-Antoine\\n69002 Lyon").out.strip()
    created = cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right", "erasure",
                     "--details", "my account 42").out.strip()
    assert created.isdigit()
    return created


def test_request_list_has_the_documented_fields(cli, request_id):
    [request] = cli.ok("request", "list", "--json").json()
    assert {"id", "identity_id", "controller_id", "right", "lang", "status", "channel", "sent_on", "received_on",
            "due_on", "extended_due_on", "closed_on", "follow_up_of"} <= set(request)
    assert (request["right"], request["lang"], request["status"]) == ("erasure", "fr", "draft")


def test_letter_in_every_format(cli, request_id, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    for fmt in ("txt", "html", "pdf", "odt", "eml"):
        cli.ok("letter", request_id, "--format", fmt, "-o", str(tmp_path / f"letter.{fmt}"))
    text = (tmp_path / "letter.txt").read_text(encoding="utf-8")
    assert "Banque Exemple SA" in text and "Jeanne Durand" in text and "article 17" in text
    assert "Banque Exemple SA" in (tmp_path / "letter.html").read_text(encoding="utf-8")

    document = QPdfDocument()
    assert document.load(str(tmp_path / "letter.pdf")) == QPdfDocument.Error.None_
    pdf_text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    assert "Banque Exemple SA" in pdf_text and "Jeanne Durand" in pdf_text

    with zipfile.ZipFile(tmp_path / "letter.odt") as odt:
        assert "Banque Exemple SA" in odt.read("content.xml").decode("utf-8")

    message = email.message_from_bytes((tmp_path / "letter.eml").read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "dpo@banque.example"
    assert "Jeanne Durand" in message.get_body(("plain",)).get_content()


def test_eml_carries_the_chosen_attachment(cli, request_id, tmp_path):
    proof = tmp_path / "proof.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    cli.ok("letter", request_id, "--format", "eml", "-o", str(tmp_path / "l.eml"), "--attach", str(proof))
    message = email.message_from_bytes((tmp_path / "l.eml").read_bytes(), policy=policy.default)
    [part] = list(message.iter_attachments())
    assert (part.get_filename(), part.get_content()) == ("proof.pdf", b"%PDF-1.4 proof")


def test_sent_edit_and_follow_ups(cli, request_id, tmp_path):
    body = tmp_path / "body.txt"
    body.write_text("Madame, Monsieur,\n\nEffacez tout.\n\nJeanne Durand", encoding="utf-8")
    cli.ok("request", "edit-letter", request_id, "--body-file", str(body))
    sent_on = (date.today() - timedelta(days=60)).isoformat()
    cli.ok("request", "sent", request_id, "--on", sent_on, "--channel", "email")
    shown = cli.ok("request", "show", request_id, "--json").json()
    assert shown["status"] == "sent" and shown["overdue"] and shown["next_step"] == "send-reminder"
    assert "Effacez tout." in shown["letter"]

    deadlines = cli.ok("deadlines", "--json").json()
    assert deadlines[0]["request_id"] == int(request_id) and deadlines[0]["overdue"]
    assert deadlines[0]["days_left"] < 0

    reminder = cli.ok("request", "follow-up", request_id, "--kind", "reminder").out.strip()
    assert cli("request", "follow-up", reminder, "--kind", "complaint").code == 1  # not sent yet
    cli.ok("request", "sent", reminder, "--on", (date.today() - timedelta(days=20)).isoformat(), "--channel", "email")
    complaint = cli.ok("request", "follow-up", reminder, "--kind", "complaint").out.strip()
    listed = {r["id"]: r for r in cli.ok("request", "list", "--json").json()}
    assert listed[int(reminder)]["follow_up_of"] == int(request_id)
    assert listed[int(complaint)]["right"] == "complaint"

    cli.ok("calendar", "-o", str(tmp_path / "due.ics"))
    calendar = Calendar.from_ical((tmp_path / "due.ics").read_bytes())
    starts = sorted(event.decoded("DTSTART").isoformat() for event in calendar.walk("VEVENT"))
    open_deadlines = cli.ok("deadlines", "--json").json()
    assert starts == sorted(d["due_on"] for d in open_deadlines) and len(starts) == 2


def test_event_with_attachment_and_dossier(cli, request_id, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    sent_on = (date.today() - timedelta(days=10)).isoformat()
    cli.ok("request", "sent", request_id, "--on", sent_on, "--channel", "registered-post",
           "--delivered-on", (date.today() - timedelta(days=8)).isoformat())
    answer = tmp_path / "answer.txt"
    answer.write_text("We deleted everything.", encoding="utf-8")
    cli.ok("request", "event", request_id, "--kind", "answered", "--on", date.today().isoformat(),
           "--attach", str(answer))
    shown = cli.ok("request", "show", request_id, "--json").json()
    assert shown["status"] == "answered"
    assert shown["events"][-1]["attachments"] == ["answer.txt"]
    cli.ok("request", "dossier", request_id, "-o", str(tmp_path / "case.pdf"))
    document = QPdfDocument()
    assert document.load(str(tmp_path / "case.pdf")) == QPdfDocument.Error.None_
    assert document.pageCount() >= 2


def test_bad_dates_and_states_give_one_sentence(cli, request_id):
    before = cli.ok("request", "list", "--json").out
    result = cli("request", "sent", request_id, "--on", "2026-02-30", "--channel", "email")
    assert result.code == 1 and "real date" in result.err and "Traceback" not in result.err
    result = cli("request", "event", request_id, "--kind", "answered", "--on", date.today().isoformat())
    assert result.code == 1 and "sent" in result.err
    result = cli("request", "sent", request_id, "--on", "2026-01-01", "--channel", "pigeon")
    assert result.code == 2
    result = cli("request", "remove", request_id)
    assert result.code == 2 and "--yes" in result.err
    assert cli.ok("request", "list", "--json").out == before


def test_own_template_from_the_cli(cli, tmp_path):
    builtin = cli.ok("template", "show", "access", "en").out
    assert "Article 15" in builtin
    mine = tmp_path / "access.j2"
    mine.write_text("Access please\n\nDear {{ controller_name }}, send me my data.\n{{ sender_name }}\n", encoding="utf-8")
    cli.ok("template", "set", "access", "en", "--file", str(mine))
    assert cli.ok("template", "show", "access", "en").out == mine.read_text(encoding="utf-8")
    identity = cli.ok("identity", "add", "--label", "Me", "--name", "Ann Lee").out.strip()
    controller = cli.ok("controller", "add", "--name", "Widgets Ltd", "--country", "IE").out.strip()
    request = cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right", "access").out.strip()
    assert "Dear Widgets Ltd, send me my data." in cli.ok("request", "show", request, "--json").json()["letter"]
    broken = tmp_path / "broken.j2"
    broken.write_text("Subject\n\n{% if %}\n", encoding="utf-8")
    result = cli("template", "set", "access", "en", "--file", str(broken))
    assert result.code == 1 and "line 3" in result.err
    cli.ok("template", "reset", "access", "en")
    assert cli.ok("template", "show", "access", "en").out == builtin
