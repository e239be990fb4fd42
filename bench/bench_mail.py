"""Reading an inbox of 10,000 messages from a real Dovecot on loopback, against a bare IMAP session.

* new since the last UID: ``fetch_new`` when 10 messages arrived after the last fetch, vs a bare
  ``imapclient`` session (STARTTLS, login, EXAMINE, ``UID FETCH`` of exactly those 10 with
  ``BODY.PEEK[]``): the floor of reading them at all. A ratio near 1 says the 9,990 messages
  already read cost nothing; reading the whole mailbox again would be hundreds of times slower
  (the next row).
* first fetch of the whole mailbox: ``fetch_new`` reading, matching and storing all 10,000 vs the
  bare session fetching their bytes in the same batches.

Needs Dovecot (``apt-get install dovecot-imapd``). Run ``python -m bench mail``.
"""
from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from pathlib import Path

from bench.timing import best_of
from tests.mail_servers import PASSWORD, USER, TlsFiles, _chown_tree, _dovecot_conf, _mail_owner, _self_signed, free_port
from vault.mail.accounts import account_of_identity, check_account, save_account
from vault.mail.inbox import BATCH, fetch_new
from vault.people.identities import add_identity
from vault.storage.store import create_vault

MESSAGES = int(os.environ.get("PV_BENCH_MAIL_MESSAGES", "10000"))
NEW = 10


def _message(i: int) -> bytes:
    return (f"From: sender{i % 500}@shop{i % 50}.example\r\nTo: jane@mail.example\r\n"
            f"Subject: Newsletter {i}\r\nDate: Thu, 03 Dec 2026 08:00:00 +0000\r\n"
            f"Message-ID: <{i}@shop.example>\r\n\r\n" + "Our offers this week.\r\n" * 20).encode()


def _fill(maildir: Path, start: int, count: int) -> None:
    owner = _mail_owner()
    for i in range(start, start + count):
        path = maildir / "new" / f"{1_700_000_000 + i}.M{i}P1.bench"
        path.write_bytes(_message(i))
        os.chown(path, *owner)


def _bare_fetch(port: int, uids: list[int]) -> int:
    from imapclient import IMAPClient

    client = IMAPClient("127.0.0.1", port=port, ssl=False)
    client.starttls(ssl.create_default_context())
    client.login(USER, PASSWORD)
    client.select_folder("INBOX", readonly=True)
    read = 0
    for start in range(0, len(uids), BATCH):
        read += len(client.fetch(uids[start:start + BATCH], ["BODY.PEEK[]"]))
    client.logout()
    return read


def run() -> list[tuple[str, float, float]]:
    """``(label, seconds, baseline seconds)`` for the incremental and the first fetch."""
    os.environ.setdefault("PRIVACY_VAULT_KDF_PROFILE", "0")
    root = Path(tempfile.mkdtemp(prefix="pv-bench-mail-"))
    os.chmod(root, 0o755)
    cert, key = _self_signed(root, "bench")
    os.environ["SSL_CERT_FILE"] = str(cert)
    maildir = root / "mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (root / "home").mkdir()
    _chown_tree(maildir)
    _chown_tree(root / "home")
    _fill(maildir, 0, MESSAGES - NEW)
    port = free_port()
    conf = _dovecot_conf(root, port, TlsFiles(cert, key, cert, key))
    dovecot = shutil.which("dovecot") or "/usr/sbin/dovecot"
    process = subprocess.Popen([dovecot, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    vault = create_vault(root / "vault.db", "bench passphrase")
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        me = add_identity(vault, label="Me", emails=["jane@mail.example"])
        save_account(vault, me, check_account(address="jane@mail.example", username=USER,
                                              smtp=f"127.0.0.1:{port}", imap=f"127.0.0.1:{port}",
                                              security="starttls", password_store="vault"), password=PASSWORD)
        account_id = account_of_identity(vault, me).id
        _bare_fetch(port, [1])  # Dovecot indexes the maildir once, for both sides

        def forget(last_uid: int) -> None:
            with vault.transaction() as connection:
                connection.execute("DELETE FROM mail_message WHERE uid > ?", (last_uid,))
                connection.execute("UPDATE mail_account SET last_uid = ? WHERE id = ?", (last_uid, account_id))

        def first() -> None:
            forget(0)
            assert fetch_new(vault, me) == MESSAGES - NEW

        first_ours = best_of(first, repeat=1)
        first_base = best_of(lambda: _bare_fetch(port, list(range(1, MESSAGES - NEW + 1))), repeat=1)
        _fill(maildir, MESSAGES - NEW, NEW)
        _bare_fetch(port, [MESSAGES])  # index the new ones

        def incremental() -> None:
            forget(MESSAGES - NEW)
            assert fetch_new(vault, me) == NEW

        new_ours = best_of(incremental, repeat=5)
        new_base = best_of(lambda: _bare_fetch(port, list(range(MESSAGES - NEW + 1, MESSAGES + 1))), repeat=5)
    finally:
        vault.close()
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)
    return [(f"fetch {NEW} new of {MESSAGES:,} (last UID kept)", new_ours, new_base),
            (f"first fetch of {MESSAGES - NEW:,} messages", first_ours, first_base)]


if __name__ == "__main__":
    for label, ours, baseline in run():
        print(f"{label}: {ours * 1000:.1f} ms vs baseline {baseline * 1000:.1f} ms = {ours / baseline:.1f}x")
