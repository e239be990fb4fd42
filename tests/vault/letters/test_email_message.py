"""The .eml export: parses back with the stdlib, carries the letter and its attachments,
and user text can never add a header."""
from __future__ import annotations

import dataclasses
import socket
from email import message_from_bytes, policy

import pytest

from vault.errors import InvalidInput
from vault.letters.document import LetterDocument
from vault.letters.email_message import MSGID_DOMAIN, letter_to_eml

INJECTION = "Hello\r\nBcc: victim@evil.example\r\n\r\nforged body"


@pytest.fixture
def letter() -> LetterDocument:
    return LetterDocument(
        lang="de",
        sender_lines=["Jürgen Großmann", "Hauptstraße 5", "10115 Berlin", "Kundennummer: 123456"],
        recipient_lines=["Müller & Söhne GmbH", "z. Hd. Datenschutzbeauftragte", "Königsallee 12",
                         "40212 Düsseldorf"],
        place_date="Berlin, 23.11.2026",
        reference="PV-2026-0042",
        subject="Auskunftsersuchen nach Art. 15 DSGVO",
        body="Sehr geehrte Damen und Herren,\n\n" + "bitte erteilen Sie mir Auskunft nach Art. 15 DSGVO. " * 12
        + "\n\nMit freundlichen Grüßen\n\nJürgen Großmann",
        recipient_email="datenschutz@mueller.example",
        sender_email="juergen@example.org",
        annexes=["Kopie Personalausweis"],
    )


def parse(data: bytes):
    return message_from_bytes(data, policy=policy.default)


def test_headers_body_and_attachment_round_trip(letter: LetterDocument) -> None:
    scan = bytes(range(256)) * 4
    msg = parse(letter_to_eml(letter, attachments=[("Ausweis ä.pdf", "application/pdf", scan)]))
    assert [a.addr_spec for a in msg["To"].addresses] == ["datenschutz@mueller.example"]
    assert msg["To"].addresses[0].display_name == "Müller & Söhne GmbH"
    assert msg["From"].addresses[0].addr_spec == "juergen@example.org"
    assert str(msg["Subject"]) == letter.subject
    assert msg["Date"].datetime is not None
    body = msg.get_body(("plain",)).get_content()
    assert "Müller & Söhne GmbH" in body
    assert body.replace("\r\n", "\n") == letter.as_text()  # the e-mail is the letter, word for word
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_filename() == "Ausweis ä.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == scan


def test_lines_are_short_and_crlf_terminated(letter: LetterDocument) -> None:
    data = letter_to_eml(letter)
    lines = data.split(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 78


def test_message_id_does_not_leak_the_host_name(letter: LetterDocument) -> None:
    msg = parse(letter_to_eml(letter))
    msgid = str(msg["Message-ID"])
    assert msgid.endswith(f"@{MSGID_DOMAIN}>")
    assert socket.getfqdn() not in msgid and socket.gethostname() not in msgid
    assert msg["User-Agent"] is None and msg["X-Mailer"] is None


def test_overrides_and_missing_sender(letter: LetterDocument) -> None:
    bare = dataclasses.replace(letter, sender_email="")
    msg = parse(letter_to_eml(bare, to_addr="dpo@other.example"))
    assert msg["To"].addresses[0].addr_spec == "dpo@other.example"
    assert msg["From"] is None  # the mail client fills it in
    msg = parse(letter_to_eml(bare, from_addr="Alias <alias@example.net>"))
    assert msg["From"].addresses[0].addr_spec == "alias@example.net"
    assert msg["From"].addresses[0].display_name == "Alias"


def test_no_recipient_address_is_a_clear_error(letter: LetterDocument) -> None:
    with pytest.raises(InvalidInput, match=r"^This controller has no e-mail address; .*\.$"):
        letter_to_eml(dataclasses.replace(letter, recipient_email=""))


@pytest.mark.parametrize("bad", ["not an address", "a@b.example, c@d.example", "@nodomain",
                                 "dpo@x.example\r\nBcc: e@v"])
def test_bad_addresses_are_refused(letter: LetterDocument, bad: str) -> None:
    with pytest.raises(InvalidInput):
        letter_to_eml(letter, to_addr=bad)
    with pytest.raises(InvalidInput):
        letter_to_eml(letter, from_addr=bad)


def test_line_breaks_in_names_and_subject_add_no_header(letter: LetterDocument) -> None:
    evil = dataclasses.replace(
        letter,
        subject=INJECTION,
        recipient_lines=[INJECTION, *letter.recipient_lines[1:]],
        sender_lines=[INJECTION, *letter.sender_lines[1:]],
    )
    data = letter_to_eml(evil, attachments=[("a\r\nBcc: victim@evil.example.txt", "text/plain\r\nX: y", b"hi")])
    msg = parse(data)
    assert msg["Bcc"] is None and msg["X"] is None
    assert not msg.defects
    assert "\n" not in str(msg["Subject"]) and "\r" not in str(msg["Subject"])
    assert str(msg["Subject"]).startswith("Hello Bcc: victim@evil.example")
    assert [a.addr_spec for a in msg["To"].addresses] == ["datenschutz@mueller.example"]
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_content_type() == "application/octet-stream"  # a bad type is not trusted
    assert "\n" not in attachment.get_filename()
    headers = data.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in headers and not headers.startswith(b"Bcc:")
    assert set(msg.keys()) == {"To", "From", "Subject", "Date", "Message-ID",
                               "Content-Type", "MIME-Version"}
