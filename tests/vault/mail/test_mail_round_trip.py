"""Send a request and receive its answers, through the CLI, against real servers on loopback:
aiosmtpd (STARTTLS, login) for sending, Dovecot (IMAP, STARTTLS) for the inbox, an in-process keyring."""
from __future__ import annotations

import logging
import ssl
from email import message_from_bytes, message_from_string, policy
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from datetime import date, datetime, timezone
from email.utils import format_datetime, make_msgid

import pytest
from imapclient import IMAPClient

from tests.conftest import PASSPHRASE
from tests.mail_servers import (  # noqa: F401 - fixtures
    PASSWORD,
    USER,
    dovecot,
    smtp_server,
    test_keyring,
    tls_files,
    trusted_tls,
)
from vault.storage.attachments import read_attachment
from vault.storage.store import open_vault

EXPORT = b"customer_id,email\n4711,jeanne@mail.example\n"


@pytest.fixture
def case(cli, tmp_path, trusted_tls, smtp_server, dovecot, test_keyring):
    """A fresh vault with an identity, its mail account (password in the keyring) and a draft request."""
    identity = cli.ok("identity", "add", "--label", "Shopping", "--pseudonym", "--name", "Jeanne Durand",
                      "--email", "jeanne@mail.example").out.strip()
    controller = cli.ok("controller", "add", "--name", "ACME SAS", "--country", "FR",
                        "--dpo-email", "dpo@acme.example", "--address", "1 rue de la Paix\\n75002 Paris").out.strip()
    request = cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right", "access",
                     "--lang", "en").out.strip()
    (tmp_path / "pw").write_text(PASSWORD + "\n")
    cli.ok("mail", "account", "add", "--identity", identity, "--address", "jeanne@mail.example",
           "--smtp", smtp_server.address, "--imap", dovecot.address, "--user", USER, "--security", "starttls",
           "--password-file", str(tmp_path / "pw"), "--password-store", "keyring")
    return identity, request


def reply_to(original: EmailMessage, text: str, *, attach: bytes | None = None, sender: str = "dpo@acme.example",
             subject: str | None = None, threaded: bool = True) -> bytes:
    reply = EmailMessage()
    reply["From"] = f"ACME Privacy <{sender}>"
    reply["To"] = "jeanne@mail.example"
    reply["Subject"] = subject if subject is not None else f"Re: {original['Subject']}"
    reply["Date"] = format_datetime(datetime.now(timezone.utc))
    reply["Message-ID"] = make_msgid(domain="acme.example")
    if threaded:
        reply["In-Reply-To"] = original["Message-ID"]
        reply["References"] = original["Message-ID"]
    reply.set_content(f"{text}\n\nOn Thu, Jane wrote:\n> I ask for a copy of the personal data you hold.\n")
    if attach:
        reply.add_attachment(attach, maintype="text", subtype="csv", filename="export.csv")
    return reply.as_bytes()


def bounce_of(original: EmailMessage) -> bytes:
    """A delivery status notification (RFC 3464) as Postfix sends it, returning the original's headers."""
    report = MIMEMultipart("report", report_type="delivery-status")
    report["From"] = "Mail Delivery System <MAILER-DAEMON@mail.example>"
    report["To"] = "jeanne@mail.example"
    report["Subject"] = "Undelivered Mail Returned to Sender"
    report["Message-ID"] = make_msgid(domain="mail.example")
    report.attach(MIMEText("This is the mail system. Your message could not be delivered."))
    status = message_from_string("Content-Type: message/delivery-status\n\n" + "Reporting-MTA: dns; mail.example\n\nFinal-Recipient: rfc822; dpo@acme.example\n"
                       "Action: failed\nStatus: 5.1.1\n"
                       "Diagnostic-Code: smtp; 550 5.1.1 <dpo@acme.example>: Recipient address rejected\n")
    report.attach(status)
    report.attach(MIMEText("".join(f"{k}: {v}\n" for k, v in original.items()), "rfc822-headers"))
    return report.as_bytes()


def sent_event(cli, request):
    shown = cli.ok("request", "show", request, "--json").json()
    [event] = [e for e in shown["events"] if e["kind"] == "sent"]
    return shown, event


def test_send_fetch_match_accept_round_trip(cli, case, smtp_server, dovecot):
    identity, request = case
    result = cli.ok("request", "send", request)
    message_id = result.out.strip()
    assert message_id.startswith("<") and message_id.endswith(">")

    # What the server got: the letter as text, the PDF, the case reference in the subject, from the account.
    [(mail_from, rcpt, data)] = smtp_server.received
    assert (mail_from, rcpt) == ("jeanne@mail.example", ["dpo@acme.example"])
    sent = message_from_bytes(data, policy=policy.default)
    assert sent["Message-ID"] == message_id
    assert sent["Subject"].endswith(f"[PV-{date.today().year}-{int(request):05d}]")
    assert "Article 15" in sent.get_body(preferencelist=("plain",)).get_content()
    [pdf] = list(sent.iter_attachments())
    assert pdf.get_content_type() == "application/pdf" and pdf.get_content().startswith(b"%PDF")

    # The sent event keeps the exact bytes sent, the Message-ID and the server's acceptance.
    shown, event = sent_event(cli, request)
    assert shown["status"] == "sent" and shown["channel"] == "email"
    assert message_id in event["note"] and "250" in event["note"] and event["attachments"] == ["sent-message.eml"]
    with open_vault(cli.path, PASSPHRASE) as vault:
        [(attachment_id,)] = vault.query("SELECT attachment_id FROM event_attachment")
        meta, stored = read_attachment(vault, attachment_id)
    assert stored.replace(b"\r\n", b"\n") == data.replace(b"\r\n", b"\n") and meta.mime_type == "message/rfc822"

    # The controller answers with the data export; the reply is proposed for the request, as an answer.
    dovecot.deliver(b"From: someone@else.example\r\nSubject: Lunch?\r\nDate: Thu, 03 Dec 2026 08:00:00 +0000\r\n"
                    b"\r\nSee you at noon.\r\n")
    dovecot.deliver(reply_to(sent, "Dear Ms Durand, please find attached a copy of your personal data.",
                             attach=EXPORT))
    found = cli.ok("mail", "fetch", "--json").json()
    assert [(m["request_id"], m["suggested_kind"], m["matched_by"]) for m in found] == [
        (int(request), "answered", "reply"), (None, None, None)]
    answer = found[0]
    assert answer["from"] == "dpo@acme.example" and answer["subject"].startswith("Re: ")
    assert cli.ok("request", "show", request, "--json").json()["status"] == "sent"  # proposed, not applied

    accepted = cli.ok("mail", "accept", str(answer["uid"]), "--request", request, "--kind", "answered")
    assert "answered" in accepted.out
    events = cli.ok("request", "show", request, "--json").json()["events"]
    [answered] = [e for e in events if e["kind"] == "answered"]
    assert answered["attachments"] == ["reply.eml", "export.csv"] and answered["on"] == date.today().isoformat()
    with open_vault(cli.path, PASSPHRASE) as vault:
        [(export_id,)] = vault.query("SELECT id FROM attachment WHERE name = 'export.csv'")
        assert read_attachment(vault, export_id)[1] == EXPORT
    # Only the unrelated message is still waiting; a second fetch reads nothing again.
    assert [m["request_id"] for m in cli.ok("mail", "fetch", "--json").json()] == [None]

    # Read-only: the messages are still unread in the person's mail client.
    with IMAPClient(dovecot.host, port=dovecot.port, ssl=False) as client:
        client.starttls(ssl.create_default_context())
        client.login(USER, PASSWORD)
        client.select_folder("INBOX", readonly=True)
        flags = client.get_flags(client.search(["ALL"]))
    assert all(b"\\Seen" not in f for f in flags.values()) and len(flags) == 2


def test_a_bounce_becomes_not_delivered_with_the_postal_address(cli, case, smtp_server, dovecot):
    identity, request = case
    cli.ok("request", "send", request)
    sent = smtp_server.messages()[0]
    dovecot.deliver(bounce_of(sent))
    [proposal] = cli.ok("mail", "fetch", "--json").json()
    assert (proposal["request_id"], proposal["suggested_kind"], proposal["matched_by"]) == (
        int(request), "not-delivered", "bounce")
    assert "by post to 1 rue de la Paix 75002 Paris" in proposal["advice"]
    text = cli.ok("mail", "fetch").out
    assert "send the letter by post" in text
    cli.ok("mail", "accept", str(proposal["uid"]), "--request", request, "--kind", "not-delivered")
    [event] = [e for e in cli.ok("request", "show", request, "--json").json()["events"] if e["kind"] == "not-delivered"]
    assert "by post" in event["note"] and event["attachments"] == ["reply.eml"]
    # Never received, so no deadline runs; it can now be sent by post, which starts the clock.
    shown = cli.ok("request", "show", request, "--json").json()
    assert (shown["status"], shown["due_on"], shown["received_on"]) == ("draft", None, None)
    cli.ok("request", "sent", request, "--on", date.today().isoformat(), "--channel", "registered-post",
           "--tracking", "RR123")
    shown = cli.ok("request", "show", request, "--json").json()
    assert shown["status"] == "sent" and shown["channel"] == "registered-post" and shown["due_on"]
    assert [e["kind"] for e in shown["events"]] == ["sent", "not-delivered", "sent"]


def test_replies_are_matched_by_reference_and_by_domain_with_the_suggested_kind(cli, case, smtp_server, dovecot):
    identity, request = case
    cli.ok("request", "send", request)
    sent = smtp_server.messages()[0]
    reference = sent["Subject"].rsplit("[", 1)[1].rstrip("]")
    # No threading headers, the reference in the subject, in French: an identity check.
    dovecot.deliver(reply_to(sent, "Madame, afin de traiter votre demande, merci de nous envoyer une copie de "
                                   "votre pièce d'identité.", subject=f"Votre demande {reference}", threaded=False))
    # From the controller's domain, nothing else in common, in German: an acknowledgement.
    dovecot.deliver(reply_to(sent, "Sehr geehrte Frau Durand, wir haben Ihre Anfrage erhalten.",
                             sender="privacy@mail.acme.example", subject="Ihre Anfrage", threaded=False))
    found = cli.ok("mail", "fetch", "--json").json()
    assert [(m["request_id"], m["matched_by"], m["suggested_kind"]) for m in found] == [
        (int(request), "reference", "id-requested"), (int(request), "domain", "acknowledged")]
    # The person corrects the suggestion; what they chose is recorded.
    cli.ok("mail", "accept", str(found[1]["uid"]), "--request", request, "--kind", "extended")
    assert cli.ok("request", "show", request, "--json").json()["status"] == "extended"
    again = cli("mail", "accept", str(found[1]["uid"]), "--request", request, "--kind", "extended")
    assert again.code == 1 and "already accepted" in again.err
    cli.ok("mail", "dismiss", str(found[0]["uid"]), "--identity", identity)
    assert cli.ok("mail", "fetch", "--json").json() == []


def test_fetch_reads_only_what_is_new_since_the_last_uid(cli, case, smtp_server, dovecot):
    identity, request = case
    cli.ok("request", "send", request)
    sent = smtp_server.messages()[0]
    dovecot.deliver(reply_to(sent, "We have received your request."))
    [first] = cli.ok("mail", "fetch", "--identity", identity, "--json").json()
    cli.ok("mail", "dismiss", str(first["uid"]), "--identity", identity)
    dovecot.deliver(reply_to(sent, "Please find attached your data.", attach=EXPORT))
    [second] = cli.ok("mail", "fetch", "--identity", identity, "--json").json()
    assert second["uid"] > first["uid"] and second["suggested_kind"] == "answered"
    with open_vault(cli.path, PASSPHRASE) as vault:
        assert vault.query_one("SELECT last_uid FROM mail_account")[0] == second["uid"]
        assert vault.query_one("SELECT count(*) FROM mail_message")[0] == 2


def test_the_keyring_password_never_reaches_the_vault_or_the_logs(cli, case, smtp_server, dovecot, test_keyring,
                                                                    caplog):
    identity, request = case
    caplog.set_level(logging.DEBUG)
    assert cli.ok("mail", "test", "--identity", identity).out.count("logged in") == 2
    cli.ok("request", "send", request)
    dovecot.deliver(reply_to(smtp_server.messages()[0], "We have received your request."))
    cli.ok("mail", "fetch", "--json")
    import keyring

    [account] = cli.ok("mail", "account", "list", "--json").json()
    assert keyring.get_password("privacy-vault mail", f"{USER}@{account['imap_host']}:{account['imap_port']}") == PASSWORD
    with open_vault(cli.path, PASSPHRASE) as vault:
        tables = [row[0] for row in vault.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
        dump = "\n".join(f"{table} {tuple(row)!r}" for table in tables  # every row of every table, decrypted
                         for row in vault.query(f"SELECT * FROM \"{table}\""))
        assert tuple(vault.query_one("SELECT password_store, password FROM mail_account")) == ("keyring", None)
    assert "mail_account" in dump and PASSWORD not in dump
    assert PASSWORD.encode() not in cli.path.read_bytes()
    app_logs = [r.getMessage() for r in caplog.records if not r.name.startswith("mail.log")]  # not the test server's
    assert all(PASSWORD not in line for line in app_logs)
    listed = cli.ok("mail", "account", "list", "--json").out
    assert PASSWORD not in listed and "keyring" in listed


def test_the_password_can_be_kept_in_the_vault_instead(cli, tmp_path, trusted_tls, smtp_server, dovecot):
    identity = cli.ok("identity", "add", "--label", "Me", "--email", "jeanne@mail.example").out.strip()
    (tmp_path / "pw").write_text(PASSWORD)
    cli.ok("mail", "account", "add", "--identity", identity, "--address", "jeanne@mail.example", "--smtp",
           smtp_server.address, "--imap", dovecot.address, "--user", USER, "--password-file", str(tmp_path / "pw"),
           "--password-store", "vault", "--security", "starttls")
    assert cli.ok("mail", "test", "--identity", identity).out.count("logged in") == 2
    assert cli.ok("mail", "fetch", "--json").json() == []
    # The readable export of the whole vault leaves the password out.
    cli.ok("export", "-o", str(tmp_path / "all.json"), "--yes")
    exported = (tmp_path / "all.json").read_text(encoding="utf-8")
    assert '"mail_account"' in exported and PASSWORD not in exported
