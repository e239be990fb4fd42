"""What goes wrong with mail servers is said precisely, and a request that could not be sent stays a draft."""
from __future__ import annotations

import pytest

from tests.mail_servers import (  # noqa: F401 - fixtures
    PASSWORD,
    USER,
    dovecot,
    free_port,
    smtp_server,
    start_smtp,
    test_keyring,
    tls_files,
    trusted_tls,
)


@pytest.fixture
def people(cli):
    """An identity and a draft access request to a controller reachable through the test server."""
    identity = cli.ok("identity", "add", "--label", "Me", "--name", "Jeanne Durand",
                      "--email", "jeanne@mail.example").out.strip()
    return identity, _request(cli, identity, "dpo@acme.example")


def _request(cli, identity: str, dpo_email: str) -> str:
    controller = cli.ok("controller", "add", "--name", "ACME", "--country", "FR", "--dpo-email", dpo_email).out.strip()
    return cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right", "access",
                  "--lang", "en").out.strip()


def _account(cli, tmp_path, identity: str, smtp: str, imap: str, password: str = PASSWORD, *extra: str):
    (tmp_path / "pw").write_text(password)
    return cli("mail", "account", "add", "--identity", identity, "--address", "jeanne@mail.example", "--smtp", smtp,
               "--imap", imap, "--user", USER, "--password-file", str(tmp_path / "pw"), "--password-store", "vault",
               *extra)


def _still_draft(cli, request: str) -> bool:
    shown = cli.ok("request", "show", request, "--json").json()
    return shown["status"] == "draft" and [e["kind"] for e in shown["events"]] == []


def test_a_wrong_password_is_named_for_each_server_and_nothing_is_sent(cli, tmp_path, people, trusted_tls,
                                                                         smtp_server, dovecot):
    identity, request = people
    _account(cli, tmp_path, identity, smtp_server.address, dovecot.address, "not-the-password",
             "--security", "starttls")
    checked = cli("mail", "test", "--identity", identity)
    assert checked.code == 1
    assert f"The SMTP server {smtp_server.address} refused the user name or password." in checked.err
    assert f"The IMAP server {dovecot.address} refused the user name or password." in checked.err
    sent = cli("request", "send", request)
    assert sent.code == 1 and "refused the user name or password" in sent.err and "Traceback" not in sent.err
    assert smtp_server.received == [] and _still_draft(cli, request)
    fetched = cli("mail", "fetch")
    assert fetched.code == 1 and "IMAP" in fetched.err


def test_an_unreachable_host_and_an_unknown_name(cli, tmp_path, people, trusted_tls):
    identity, request = people
    closed = f"127.0.0.1:{free_port()}"
    _account(cli, tmp_path, identity, closed, closed, PASSWORD, "--security", "starttls")
    checked = cli("mail", "test", "--identity", identity)
    assert checked.code == 1
    assert f"The SMTP server {closed} refused the connection; check the host and port." in checked.err
    assert f"The IMAP server {closed} refused the connection; check the host and port." in checked.err
    assert cli("request", "send", request).code == 1 and _still_draft(cli, request)

    _account(cli, tmp_path, identity, "smtp.no-such-host.invalid:587", "imap.no-such-host.invalid:993")
    checked = cli("mail", "test", "--identity", identity)
    assert "The SMTP server name smtp.no-such-host.invalid could not be found (DNS)" in checked.err
    assert "The IMAP server name imap.no-such-host.invalid could not be found (DNS)" in checked.err


def test_a_certificate_that_is_not_trusted_is_refused(cli, tmp_path, people, trusted_tls):
    identity, request = people
    server, controller = start_smtp(trusted_tls.other_cert, trusted_tls.other_key)
    try:
        _account(cli, tmp_path, identity, server.address, server.address, PASSWORD, "--security", "starttls")
        sent = cli("request", "send", request)
    finally:
        controller.stop()
    assert sent.code == 1
    assert f"The SMTP server {server.address} presented a TLS certificate that cannot be trusted" in sent.err
    assert server.received == [] and _still_draft(cli, request)


def test_a_message_larger_than_the_server_takes(cli, tmp_path, people, trusted_tls):
    identity, request = people
    server, controller = start_smtp(trusted_tls.cert, trusted_tls.key, size_limit=200_000)
    (tmp_path / "scan.png").write_bytes(b"\x89PNG" + bytes(300_000))
    try:
        _account(cli, tmp_path, identity, server.address, server.address, PASSWORD, "--security", "starttls")
        sent = cli("request", "send", request, "--attach", str(tmp_path / "scan.png"))
    finally:
        controller.stop()
    assert sent.code == 1 and "accepts at most 0.2 MB" in sent.err
    assert server.received == [] and _still_draft(cli, request)


def test_a_recipient_the_server_will_not_relay_to(cli, tmp_path, people, trusted_tls, smtp_server):
    identity, _ = people
    request = _request(cli, identity, "dpo@acme.org")  # the test server relays only to *.example
    _account(cli, tmp_path, identity, smtp_server.address, smtp_server.address, PASSWORD, "--security", "starttls")
    sent = cli("request", "send", request)
    assert sent.code == 1
    assert "refused to send to dpo@acme.org (relay refused?): 550 5.7.1 Relaying denied" in sent.err
    assert _still_draft(cli, request)


def test_security_none_only_on_this_computer_and_passwords_never_on_the_command_line(cli, tmp_path, people):
    identity, _ = people
    refused = _account(cli, tmp_path, identity, "mail.example.org:25", "mail.example.org:143", PASSWORD,
                       "--security", "none")
    assert refused.code == 1 and "accepted only for a server on this computer" in refused.err
    local = _account(cli, tmp_path, identity, "127.0.0.1:1025", "127.0.0.1:1143", PASSWORD, "--security", "none")
    assert local.code == 0
    [account] = cli.ok("mail", "account", "list", "--json").json()
    assert (account["smtp_security"], account["imap_security"]) == ("none", "none")
    assert cli("mail", "account", "add", "--identity", identity, "--address", "a@mail.example", "--smtp",
               "h.example:587", "--imap", "h.example:993", "--password", PASSWORD).code == 2
    no_terminal = cli("mail", "account", "add", "--identity", identity, "--address", "a@mail.example", "--smtp",
                      "h.example:587", "--imap", "h.example:993", "--password-store", "vault")
    assert no_terminal.code == 2 and "--password-file" in no_terminal.err


def test_without_an_account_send_says_what_to_do(cli, people):
    _, request = people
    sent = cli("request", "send", request)
    assert sent.code == 1 and "has no mail account; add one first" in sent.err
