"""Mail accounts: one per identity (a pseudonym has its own mailbox), for sending and reading.

An account holds the address, the user name, and for each server its host, port and security:
``tls`` (TLS from the first byte), ``starttls`` (plain, then upgraded before login) or ``none``,
which is accepted only for a loopback host (a local bridge such as Proton Mail Bridge, or tests)
since anything else would send the password in clear over a network.

The password is never in this record's JSON, a log or an exception: it lives in the OS keyring
(``vault.mail.passwords``) or, when the person prefers or there is no keyring, in the
``password`` column of the encrypted vault.
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Any

from vault.errors import InvalidInput, NotFound
from vault.people.identities import get_identity
from vault.storage.records import from_row, now_iso
from vault.validation import check_email

SECURITIES = ("tls", "starttls", "none")
PASSWORD_STORES = ("keyring", "vault")
# The ports mail clients use for each kind of security, so a port alone can choose it.
_SECURITY_OF_PORT = {465: "tls", 993: "tls", 587: "starttls", 143: "starttls", 25: "starttls"}
_HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")
_FIELDS = ("id, identity_id, address, username, smtp_host, smtp_port, smtp_security, imap_host, imap_port, "
           "imap_security, password_store, mailbox, uid_validity, last_uid, created_at")


@dataclass
class MailAccount:
    """The servers of one identity's mailbox (no password here)."""

    id: int
    identity_id: int
    address: str
    username: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    imap_host: str
    imap_port: int
    imap_security: str
    password_store: str
    mailbox: str = "INBOX"
    uid_validity: int | None = None
    last_uid: int = 0
    created_at: str = ""

    @property
    def keyring_key(self) -> str:
        """The name of this account's password in the OS keyring."""
        return f"{self.username}@{self.imap_host}:{self.imap_port}"

    def to_json(self) -> dict[str, Any]:
        """Every field but the password, which is never printed."""
        return {name: getattr(self, name) for name in ("id", "identity_id", "address", "username", "smtp_host",
                                                        "smtp_port", "smtp_security", "imap_host", "imap_port",
                                                        "imap_security", "password_store", "mailbox", "last_uid")}


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_server(value: str, what: str) -> tuple[str, int]:
    """``(host, port)`` from ``HOST:PORT`` (``[::1]:143`` for IPv6)."""
    text = (value or "").strip()
    host, sep, port_text = text.rpartition(":")
    if not sep or not host or not port_text.isdigit():
        raise InvalidInput(f"The {what} server '{value}' must be written HOST:PORT, e.g. mail.example.org:587.")
    port = int(port_text)
    if not 1 <= port <= 65535:
        raise InvalidInput(f"The {what} server's port {port} is not between 1 and 65535.")
    host = host.strip("[]")
    if not (_HOST.match(host) or _is_ip(host)):
        raise InvalidInput(f"The {what} server's host name '{host}' is not a valid host name.")
    return host, port


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def _security(given: str | None, host: str, port: int, what: str) -> str:
    security = given or _SECURITY_OF_PORT.get(port)
    if security is None:
        raise InvalidInput(f"Say how the {what} server is secured (tls or starttls): port {port} does not tell.")
    if security not in SECURITIES:
        raise InvalidInput(f"The security is one of {', '.join(SECURITIES)}.")
    if security == "none" and not is_loopback(host):
        raise InvalidInput(f"Without TLS the password would cross the network in clear; 'none' is accepted only "
                           f"for a server on this computer, not {host}.")
    return security


def check_account(*, address: str, username: str, smtp: str, imap: str, security: str | None = None,
                  smtp_security: str | None = None, imap_security: str | None = None,
                  password_store: str = "keyring") -> dict[str, Any]:
    """The account's columns, checked; one sentence for the first thing wrong."""
    address = check_email(address, "account's e-mail address")
    username = (username or "").strip() or address
    if any(ch in username for ch in "\r\n\x00"):
        raise InvalidInput("The user name cannot contain a line break.")
    smtp_host, smtp_port = parse_server(smtp, "SMTP")
    imap_host, imap_port = parse_server(imap, "IMAP")
    if password_store not in PASSWORD_STORES:
        raise InvalidInput(f"The password is kept in one of: {', '.join(PASSWORD_STORES)}.")
    return dict(address=address, username=username, smtp_host=smtp_host, smtp_port=smtp_port,
                smtp_security=_security(smtp_security or security, smtp_host, smtp_port, "SMTP"),
                imap_host=imap_host, imap_port=imap_port,
                imap_security=_security(imap_security or security, imap_host, imap_port, "IMAP"),
                password_store=password_store)


def save_account(vault: Any, identity_id: int, values: dict[str, Any], *, password: str | None = None) -> MailAccount:
    """Create or replace the identity's account (from ``check_account``); ``password`` only for the vault store.

    Replacing keeps the inbox position (last UID) when the IMAP server and user did not change.
    """
    get_identity(vault, identity_id)
    stored_password = password if values["password_store"] == "vault" else None
    if values["password_store"] == "vault" and not stored_password:
        raise InvalidInput("Give the account's password to keep it in the vault.")
    with vault.transaction() as connection:
        old = connection.execute("SELECT imap_host, imap_port, username FROM mail_account WHERE identity_id = ?",
                                 (identity_id,)).fetchone()
        same_inbox = old is not None and tuple(old) == (values["imap_host"], values["imap_port"], values["username"])
        columns = list(values) + ["password"]
        if old is None:
            connection.execute(
                f"INSERT INTO mail_account (identity_id, {', '.join(columns)}, created_at) "
                f"VALUES (?, {', '.join('?' for _ in columns)}, ?)",
                (identity_id, *values.values(), stored_password, now_iso()))
        else:
            reset = "" if same_inbox else ", uid_validity = NULL, last_uid = 0"
            connection.execute(
                f"UPDATE mail_account SET {', '.join(f'{c} = ?' for c in columns)}{reset} WHERE identity_id = ?",
                (*values.values(), stored_password, identity_id))
    return account_of_identity(vault, identity_id)


def _account(row: Any) -> MailAccount:
    return from_row(MailAccount, row)


def account_of_identity(vault: Any, identity_id: int) -> MailAccount:
    """The identity's account, or NotFound with what to do."""
    row = vault.query_one(f"SELECT {_FIELDS} FROM mail_account WHERE identity_id = ?", (identity_id,))
    if row is None:
        raise NotFound(f"Identity {identity_id} has no mail account; add one first (mail account add).")
    return _account(row)


def find_account(vault: Any, identity_id: int) -> MailAccount | None:
    """The identity's account, or None."""
    row = vault.query_one(f"SELECT {_FIELDS} FROM mail_account WHERE identity_id = ?", (identity_id,))
    return None if row is None else _account(row)


def get_account(vault: Any, account_id: int) -> MailAccount:
    """One account by id."""
    row = vault.query_one(f"SELECT {_FIELDS} FROM mail_account WHERE id = ?", (account_id,))
    if row is None:
        raise NotFound(f"There is no mail account with id {account_id}.")
    return _account(row)


def list_accounts(vault: Any) -> list[MailAccount]:
    """Every account, by identity."""
    return [_account(row) for row in vault.query(f"SELECT {_FIELDS} FROM mail_account ORDER BY identity_id")]


def vault_password(vault: Any, account_id: int) -> str | None:
    """The password kept in the vault for this account, if that is where it is kept."""
    row = vault.query_one("SELECT password FROM mail_account WHERE id = ?", (account_id,))
    return None if row is None else row[0]


def remove_account(vault: Any, identity_id: int) -> MailAccount:
    """Delete the identity's account (its fetched messages go with it); returns what was removed."""
    account = account_of_identity(vault, identity_id)
    with vault.transaction() as connection:
        connection.execute("DELETE FROM mail_account WHERE id = ?", (account.id,))
    return account


def set_inbox_position(connection: Any, account_id: int, uid_validity: int, last_uid: int) -> None:
    """Inside a transaction: remember the last UID read, so the next fetch asks only for newer ones."""
    connection.execute("UPDATE mail_account SET uid_validity = ?, last_uid = ? WHERE id = ?",
                       (uid_validity, last_uid, account_id))
