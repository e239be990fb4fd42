"""kill -9 at any moment: nothing reported as saved is lost, and the vault still opens."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vault.errors import WrongPassphrase
from vault.people.identities import add_identity, list_identities
from vault.storage.store import create_vault, open_vault

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# Adds identities for ever, printing each id once the call that saved it has returned.
_WRITER = """
import sys
vault_path, mode = sys.argv[1], sys.argv[2]
if mode == "api":
    from vault.people.identities import add_identity
    from vault.storage.store import open_vault
    vault = open_vault(vault_path, sys.argv[3])
    i = 0
    while True:
        saved = add_identity(vault, label=f"crash {i}", address="x" * (i % 40 * 25), emails=[f"c{i}@example.org"])
        print(saved, flush=True)
        i += 1
else:  # the CLI, as a script would call it: 'identity add' prints the id once saved
    from vault.cli.main import main
    i = 0
    while True:
        if main(["--vault", vault_path, "identity", "add", "--label", f"crash {i}"]) != 0:
            sys.exit(1)
        i += 1
"""


def _kill_while_writing(vault_path: Path, mode: str, rng: random.Random) -> list[int]:
    """Start a writer, let it report some ids, SIGKILL it at a random moment; return every id it reported."""
    env = dict(os.environ, PRIVACY_VAULT_PASSPHRASE=PASSPHRASE)
    writer = subprocess.Popen([sys.executable, "-u", "-c", _WRITER, str(vault_path), mode, PASSPHRASE],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wanted = rng.randint(2, 25 if mode == "api" else 4)
    reported: list[int] = []
    try:
        assert writer.stdout is not None
        while len(reported) < wanted:
            line = writer.stdout.readline()
            assert line.endswith(b"\n"), f"the writer stopped: {writer.stderr.read().decode()}"  # type: ignore[union-attr]
            reported.append(int(line))
        time.sleep(rng.uniform(0, 0.015))  # somewhere inside a later insert or commit
    finally:
        writer.send_signal(signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    # whole lines printed before the kill count too; a torn last line was never fully reported
    reported += [int(line) for line in rest.decode().split("\n")[:-1]]
    return reported


def test_kill_9_loses_nothing_that_was_reported_saved(vault_path: Path) -> None:
    create_vault(vault_path, PASSPHRASE).close()
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    reported: set[int] = set()
    for round_ in range(4):
        mode = "cli" if round_ == 1 else "api"
        ids = _kill_while_writing(vault_path, mode, rng)
        assert ids and len(ids) == len(set(ids))
        reported |= set(ids)
        with open_vault(vault_path, PASSPHRASE) as vault:  # it opens: every page verified
            assert vault.query("PRAGMA integrity_check")[0][0] == "ok"
            present = {identity.id for identity in list_identities(vault)}
        assert reported <= present, f"seed {seed}, round {round_}: lost {sorted(reported - present)}"
    # A kill before the journal's first sync leaves a journal whose header is still zero: SQLite
    # ignores it (nothing to roll back) and removes it at the next write.
    with open_vault(vault_path, PASSPHRASE) as vault:
        add_identity(vault, label="after the crashes")
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["vault.db", "vault.db.lock"]


_HOLD_OPEN_TRANSACTION = """
import os, sys
from vault.storage.store import open_vault
vault = open_vault(sys.argv[1], sys.argv[2])
with vault.raw_connection() as connection:  # a small cache spills the 12 MB into the file: a hot journal
    connection.execute("PRAGMA cache_size = 100")
with vault.transaction() as connection:
    connection.execute("UPDATE identity SET name = 'uncommitted'")
    connection.execute("INSERT INTO attachment (name, mime_type, sha256, size, data, created_at) "
                       "VALUES ('a', 'b', 'c', 1, ?, 'd')", (os.urandom(12_000_000),))
    print("ready", flush=True)
    sys.stdin.readline()
"""


def test_killed_inside_a_transaction_then_a_wrong_passphrase_loses_nothing(vault_path: Path) -> None:
    with create_vault(vault_path, PASSPHRASE) as vault:
        for i in range(20):
            add_identity(vault, label=f"kept {i}", name="committed")
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_OPEN_TRANSACTION, str(vault_path), PASSPHRASE],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"ready\n"
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=30)
    assert vault_path.with_name("vault.db-journal").exists()  # a hot journal is left behind
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, "a mistyped passphrase")
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert [(i.label, i.name) for i in list_identities(vault)] == sorted(
            ((f"kept {i}", "committed") for i in range(20)), key=lambda pair: pair[0].lower())
        assert vault.query_one("SELECT count(*) FROM attachment")[0] == 0
        assert vault.query("PRAGMA integrity_check")[0][0] == "ok"
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["vault.db", "vault.db.lock"]
