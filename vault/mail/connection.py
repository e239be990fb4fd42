"""Connections to the SMTP and IMAP servers, and every way they fail, each as one sentence.

TLS is always verified (``ssl.create_default_context``: the system's certificate authorities,
or the file named by ``SSL_CERT_FILE``, and the host name); there is no switch to skip the check.
The greeting names no machine: EHLO says ``[127.0.0.1]`` as mail clients do, not the host name.
Errors say what failed (DNS, connection, TLS certificate, login, relay) and never carry the
password.
"""
from __future__ import annotations

import contextlib
import imaplib
import smtplib
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vault.errors import VaultError
from vault.mail.accounts import MailAccount

TIMEOUT_SECONDS = 30
EHLO_NAME = "[127.0.0.1]"


class MailServerError(VaultError):
    """A mail server could not be reached, refused us, or refused the message."""

    exit_code = 1


def tls_context() -> ssl.SSLContext:
    """A verifying TLS context (certificate and host name)."""
    return ssl.create_default_context()


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return " ".join(str(value).split())


@contextlib.contextmanager
def explained(what: str, host: str, port: int) -> Iterator[None]:
    """Turn a network, TLS or protocol failure with ``what`` (SMTP/IMAP) into one sentence."""
    where = f"{host}:{port}"
    try:
        yield
    except MailServerError:
        raise
    except socket.gaierror:
        raise MailServerError(f"The {what} server name {host} could not be found (DNS); check the host name "
                              "and your internet connection.") from None
    except ssl.SSLCertVerificationError as err:
        raise MailServerError(f"The {what} server {where} presented a TLS certificate that cannot be trusted "
                              f"({err.verify_message}); nothing was sent.") from None
    except ssl.SSLError as err:
        raise MailServerError(f"The TLS connection to the {what} server {where} failed ({err.reason or err}); "
                              "check the port and the security (tls or starttls).") from None
    except ConnectionRefusedError:
        raise MailServerError(f"The {what} server {where} refused the connection; check the host and port.") \
            from None
    except (TimeoutError, socket.timeout):
        raise MailServerError(f"The {what} server {where} did not answer within {TIMEOUT_SECONDS} seconds.") \
            from None
    except smtplib.SMTPAuthenticationError:
        raise MailServerError(f"The SMTP server {where} refused the user name or password.") from None
    except smtplib.SMTPNotSupportedError as err:
        raise MailServerError(f"The SMTP server {where} does not support {_text(err) or 'this'}.") from None
    except smtplib.SMTPServerDisconnected:
        raise MailServerError(f"The SMTP server {where} closed the connection.") from None
    except smtplib.SMTPResponseException as err:
        raise MailServerError(f"The SMTP server {where} answered {err.smtp_code} {_text(err.smtp_error)}.") \
            from None
    except (smtplib.SMTPException, imaplib.IMAP4.error) as err:
        raise MailServerError(f"The {what} server {where} answered: {_text(err)}.") from None
    except OSError as err:
        raise MailServerError(f"The {what} server {where} could not be reached ({err.strerror or err}).") \
            from None


def open_smtp(account: MailAccount, password: str) -> smtplib.SMTP:
    """A logged-in SMTP session (close it with ``quit``)."""
    host, port, security = account.smtp_host, account.smtp_port, account.smtp_security
    with explained("SMTP", host, port):
        smtp: smtplib.SMTP
        if security == "tls":
            smtp = smtplib.SMTP_SSL(host, port, local_hostname=EHLO_NAME, timeout=TIMEOUT_SECONDS,
                                    context=tls_context())
        else:
            smtp = smtplib.SMTP(host, port, local_hostname=EHLO_NAME, timeout=TIMEOUT_SECONDS)
        try:
            smtp.ehlo()
            if security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise MailServerError(f"The SMTP server {host}:{port} does not offer STARTTLS; "
                                          "choose tls or another port.")
                smtp.starttls(context=tls_context())
                smtp.ehlo()
            if smtp.has_extn("auth"):
                smtp.login(account.username, password)
            elif security != "none":
                raise MailServerError(f"The SMTP server {host}:{port} offers no login; check the port.")
        except BaseException:
            smtp.close()
            raise
    return smtp


def open_imap(account: MailAccount, password: str) -> Any:
    """A logged-in ``IMAPClient`` (log out with ``logout``)."""
    from imapclient import IMAPClient
    from imapclient.exceptions import LoginError

    host, port, security = account.imap_host, account.imap_port, account.imap_security
    with explained("IMAP", host, port):
        client = IMAPClient(host, port=port, ssl=security == "tls",
                            ssl_context=tls_context() if security == "tls" else None, timeout=TIMEOUT_SECONDS)
        try:
            if security == "starttls":
                client.starttls(tls_context())
            try:
                client.login(account.username, password)
            except LoginError:
                raise MailServerError(f"The IMAP server {host}:{port} refused the user name or password.") \
                    from None
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
    return client


@dataclass
class ServerCheck:
    """What 'Test connection' found for one server."""

    server: str  # "SMTP" or "IMAP"
    ok: bool
    message: str


def check_servers(account: MailAccount, password: str) -> list[ServerCheck]:
    """Log in to both servers (and open the inbox read-only); one line each saying what happened."""
    results = []
    try:
        smtp = open_smtp(account, password)
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.quit()
        results.append(ServerCheck("SMTP", True, f"SMTP {account.smtp_host}:{account.smtp_port}: logged in."))
    except MailServerError as err:
        results.append(ServerCheck("SMTP", False, str(err)))
    try:
        client = open_imap(account, password)
        try:
            with explained("IMAP", account.imap_host, account.imap_port):
                client.select_folder(account.mailbox, readonly=True)
        finally:
            with contextlib.suppress(Exception):
                client.logout()
        results.append(ServerCheck("IMAP", True, f"IMAP {account.imap_host}:{account.imap_port}: logged in, "
                                                 f"{account.mailbox} opened."))
    except MailServerError as err:
        results.append(ServerCheck("IMAP", False, str(err)))
    return results
