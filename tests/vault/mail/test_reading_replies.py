"""What a reply says (EN/FR/DE), bounces without a report, the mail-program fallback and account checks."""
from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from urllib.parse import parse_qs, urlparse

import pytest

from vault.cases.drafts import create_request
from vault.errors import InvalidInput
from vault.mail.accounts import check_account, parse_server
from vault.mail.bounces import find_bounce
from vault.mail.mail_program import email_letter, mailto_url, unsent_eml
from vault.mail.reply_kinds import suggest_kind
from vault.organisations.controllers import add_controller
from vault.people.identities import add_identity


@pytest.mark.parametrize("text, kind", [
    ("Thank you, we have received your request and will respond within one month.", "acknowledged"),
    ("Nous avons bien reçu votre demande et reviendrons vers vous.", "acknowledged"),
    ("Ihre Anfrage ist bei uns eingegangen.", "acknowledged"),
    ("Before we can proceed we need to verify your identity: please send a copy of your passport.", "id-requested"),
    ("Merci de nous transmettre un justificatif d'identité.", "id-requested"),
    ("Bitte senden Sie uns eine Ausweiskopie.", "id-requested"),
    ("Given the number of requests we need to extend the deadline by two further months.", "extended"),
    ("Compte tenu de la complexité, nous devons prolonger le délai de deux mois.", "extended"),
    ("Aufgrund der Komplexität müssen wir die Frist verlängern.", "extended"),
    ("We are unable to comply with your request as it is manifestly unfounded.", "refused"),
    ("Nous ne pouvons pas donner suite à votre demande.", "refused"),
    ("Leider müssen wir Ihren Antrag ablehnen.", "refused"),
    ("Please find attached a copy of your personal data.", "answered"),
    ("Vous trouverez ci-joint la copie de vos données.", "answered"),
    ("Anbei erhalten Sie die Kopie Ihrer Daten.", "answered"),
    ("Thanks for your message.", None),
])
def test_the_suggested_kind_from_the_reply_words(text, kind):
    assert suggest_kind(text) == kind


def test_a_refusal_wins_over_the_acknowledgement_and_our_quoted_letter_does_not_vote():
    text = ("We have received your request. However we are unable to comply.\n\n"
            "On 1 Dec 2026, Jane wrote:\n> Please send me a copy of the personal data you hold.")
    assert suggest_kind(text) == "refused"
    quoted_only = "Noted.\n\n> Please send me a copy of the personal data and verify your identity documents."
    assert suggest_kind(quoted_only) is None
    assert suggest_kind("Here you are.", has_attachments=True) == "answered"


def test_a_plain_text_bounce_from_the_mailer_daemon_names_the_message_returned():
    bounce = EmailMessage()
    bounce["From"] = "MAILER-DAEMON@mx.mail.example"
    bounce["Subject"] = "Delivery Status Notification (Failure)"
    bounce.set_content("Your message could not be delivered.\n\n----- Original message -----\n"
                       "Message-ID: <abc.123@privacy-vault.invalid>\nSubject: Request\n")
    found = find_bounce(bounce, bounce.get_content())
    assert found is not None and found.original_message_id == "<abc.123@privacy-vault.invalid>"
    ordinary = EmailMessage()
    ordinary["From"] = "dpo@acme.example"
    ordinary.set_content("Message-ID: <abc.123@privacy-vault.invalid> was received.")
    assert find_bounce(ordinary, ordinary.get_content()) is None


def test_the_mail_program_gets_a_mailto_link_or_an_unsent_draft_without_postal_blocks(vault):
    me = add_identity(vault, label="Me", name="Jeanne Durand", address="5 rue Victor Hugo\n69002 Lyon",
                      emails=["jeanne@mail.example"])
    acme = add_controller(vault, name="ACME", country="FR", dpo_email="dpo@acme.example",
                          address="10 quai Saint-Antoine\n69002 Lyon")
    request = create_request(vault, identity_id=me, controller_id=acme, right="access", lang="en")
    letter = email_letter(vault, request)
    assert letter.subject.endswith(f"-{request:05d}]") and "Victor Hugo" not in letter.as_text()
    url = urlparse(mailto_url(letter))
    query = parse_qs(url.query)
    assert url.scheme == "mailto" and url.path == "dpo@acme.example"
    assert query["subject"] == [letter.subject] and "Article 15" in query["body"][0]
    draft = message_from_bytes(unsent_eml(letter, [("id.pdf", "application/pdf", b"%PDF-1.4 test")]),
                               policy=policy.default)
    assert draft["X-Unsent"] == "1" and draft["To"] == "dpo@acme.example"
    assert [p.get_filename() for p in draft.iter_attachments()] == ["id.pdf"]
    assert "Victor Hugo" not in draft.get_body(preferencelist=("plain",)).get_content()
    assert mailto_url(letter.__class__(**{**letter.__dict__, "body": "x" * 9000})) is None


@pytest.mark.parametrize("server, message", [
    ("mail.example.org", "must be written HOST:PORT"),
    ("mail.example.org:0", "not between 1 and 65535"),
    ("bad host:587", "not a valid host name"),
])
def test_servers_are_checked(server, message):
    with pytest.raises(InvalidInput, match=message):
        parse_server(server, "SMTP")


def test_security_follows_the_usual_ports_and_none_stays_on_loopback():
    values = check_account(address="me@mail.example", username="", smtp="mail.example:465",
                           imap="mail.example:143")
    assert (values["smtp_security"], values["imap_security"], values["username"]) == ("tls", "starttls",
                                                                                      "me@mail.example")
    assert parse_server("[::1]:1143", "IMAP") == ("::1", 1143)
    assert check_account(address="me@mail.example", username="me", smtp="[::1]:1025", imap="localhost:1143",
                         security="none")["smtp_security"] == "none"
    with pytest.raises(InvalidInput, match="port 2525 does not tell"):
        check_account(address="me@mail.example", username="", smtp="mail.example:2525", imap="mail.example:993")


def test_a_reply_is_read_with_its_encoded_subject_and_sender(vault):
    from vault.mail.matching import propose

    me = add_identity(vault, label="Me", emails=["jeanne@mail.example"])
    reply = EmailMessage()
    reply["From"] = "Délégué à la protection des données <dpo@acme.example>"
    reply["Subject"] = "Re: Demande d'accès aux données (article 15 du RGPD) — accusé de réception"
    reply["Date"] = "Thu, 03 Dec 2026 10:15:00 +0100"
    reply["Message-ID"] = "<r1@acme.example>"
    reply.set_content("Nous avons bien reçu votre demande.")
    raw = reply.as_bytes()
    assert b"=?utf-8?" in raw  # the subject travels encoded
    proposal = propose(vault, message_from_bytes(raw, policy=policy.default), identity_id=me, sent_ids={})
    assert proposal.subject == "Re: Demande d'accès aux données (article 15 du RGPD) — accusé de réception"
    assert proposal.from_addr == "dpo@acme.example" and proposal.message_id == "<r1@acme.example>"
    assert proposal.sent_date == "2026-12-03T10:15:00+01:00" and proposal.suggested_kind == "acknowledged"
