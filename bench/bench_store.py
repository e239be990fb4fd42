"""The vault file against plain ``sqlcipher3`` doing the same work in the same run.

* unlock: ``open_vault`` of ``bench.corpus``'s 100k vault (built through the API, 867 MiB) vs
  the same KDF, then a plain ``sqlcipher3`` connection with the raw key and one query;
* the KDF alone: Argon2id with the current profile vs PBKDF2-SHA512 x 256,000 (the design
  target is 0.3–1.0 s on a 2-core machine; a warning line is printed outside it);
* 10,000 identities, one transaction each: ``add_identity`` (validation, JSON, a durable
  commit per call) vs 10,000 single-row ``INSERT`` + ``COMMIT`` of the same rows;
* 10,000 identities in one transaction: validated rows inserted inside ``vault.transaction()``
  vs ``executemany`` of the same rows in one transaction;
* listing them: ``list_identities`` (decoded records) vs ``SELECT *`` + ``fetchall``.

Both sides use the same schema (``vault.storage.schema``), the same page size and synchronous=FULL.
Run ``python -m bench.bench_store`` alone, or ``make bench`` for every benchmark.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.timing import best_of
from vault.people.identities import _validated, add_identity, list_identities
from vault.storage import kdf, schema
from vault.storage.records import now_iso
from vault.storage.store import PROFILE_ENV, Vault, create_vault, open_vault

PASSPHRASE = "bench: correct horse battery staple"
COUNT = 10_000
TARGET = (0.3, 1.0)  # seconds per unlock, DESIGN.md


def _once(fn: Callable[[], object]) -> float:
    return best_of(fn, repeat=1)


@contextmanager
def _real_profile() -> Iterator[None]:
    """New vaults with the real KDF profile, whatever the environment says (tests set a cheap one)."""
    previous = os.environ.pop(PROFILE_ENV, None)
    try:
        yield
    finally:
        if previous is not None:
            os.environ[PROFILE_ENV] = previous


def _people() -> list[dict[str, Any]]:
    return [{"label": f"Persona {i}", "name": f"Jeanne Dupont {i}", "kind": "pseudonym" if i % 3 else "real",
             "emails": [f"jeanne.{i}@example.org"], "phones": ["+33 1 23 45 67 89"],
             "address": f"{i} rue des Lilas\n75011 Paris", "birth_date": "1980-05-17"} for i in range(COUNT)]


_COLUMNS = ("kind", "label", "name", "emails", "phones", "address", "birth_date", "created_at")
_INSERT = f"INSERT INTO identity ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"


def _plain_rows(people: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The same rows, already serialised: the baseline does no validation and no JSON."""
    created = now_iso()
    return [(p["kind"], p["label"], p["name"], json.dumps(p["emails"]), json.dumps(p["phones"]), p["address"],
             p["birth_date"], created) for p in people]


def _plain_connection(path: Path, *, create: bool = False) -> Any:
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")  # SQLCipher's own PBKDF2 key derivation
    if create:
        schema.migrate(connection)
    return connection


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(16)


def _commit_each(connection: Any, rows: list[tuple[Any, ...]]) -> None:
    for row in rows:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(_INSERT, row)
        connection.execute("COMMIT")


def _kdf_rows() -> list[tuple[str, float, float]]:
    salt = kdf.new_salt(kdf.CURRENT_PROFILE)
    argon = best_of(lambda: kdf.derive_key(PASSPHRASE, salt), repeat=5)
    pbkdf2 = best_of(lambda: hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256_000, 32), repeat=5)
    profile = kdf.PROFILES[kdf.CURRENT_PROFILE]
    print(f"   KDF profile {kdf.CURRENT_PROFILE}: Argon2id t={profile.iterations}, m={profile.memory_kib // 1024} MiB, "
          f"p={profile.lanes}: {argon:.3f} s (target {TARGET[0]}–{TARGET[1]} s; {os.cpu_count()} CPUs)")
    if not TARGET[0] <= argon <= TARGET[1]:
        print(f"   WARNING: the KDF takes {argon:.3f} s here, outside {TARGET[0]}–{TARGET[1]} s; "
              "retune vault.storage.kdf.PROFILES if this machine is typical.")
    return [(f"KDF: Argon2id profile {kdf.CURRENT_PROFILE} vs PBKDF2-SHA512 x256k", argon, pbkdf2)]


def run() -> list[tuple[str, float, float]]:
    """``(label, seconds, baseline seconds)`` for unlock, inserts and listing."""
    people = _people()
    rows = _plain_rows(people)
    results = _kdf_rows()
    with tempfile.TemporaryDirectory(prefix="bench-store-") as temporary, _real_profile():
        folder = Path(temporary)

        # -- unlock: the 100k vault built through the API (867 MiB), not a file of a few pages ----
        from bench import corpus
        from vault.storage import kdf

        big = corpus.vault_path("100k")
        salt = _head(big)

        def floor() -> None:  # the same KDF, then the raw key and one query on the same file
            key = kdf.derive_key(corpus.PASSPHRASE, salt)
            connection = sqlcipher3.connect(str(big))
            connection.execute(f"PRAGMA key = {kdf.sqlcipher_key_pragma_value(key, salt)}")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            connection.close()

        unlock = best_of(lambda: open_vault(big, corpus.PASSPHRASE).close(), repeat=3)
        results.append(("unlock the 100k vault: open_vault vs KDF + raw key + 1 query", unlock, best_of(floor, 3)))

        # -- 10,000 inserts, one transaction each -------------------------------------------------
        # A durable commit costs fsyncs, which other work on the machine slows down: the two
        # sides alternate in chunks of 1,000 so that both meet the same conditions.
        plain = _plain_connection(folder / "plain-each.db", create=True)
        each = plain_each = 0.0
        with create_vault(folder / "each.db", PASSPHRASE) as vault:
            for start in range(0, COUNT, 1000):
                each += _once(lambda: [add_identity(vault, **person) for person in people[start:start + 1000]])
                plain_each += _once(lambda: _commit_each(plain, rows[start:start + 1000]))
            assert vault.query_one("SELECT count(*) FROM identity")[0] == COUNT
        assert plain.execute("SELECT count(*) FROM identity").fetchone()[0] == COUNT
        plain.close()
        results.append((f"{COUNT:,} inserts, a commit each: add_identity vs INSERT+COMMIT", each, plain_each))

        # -- 10,000 inserts, one transaction ---------------------------------------------------
        def ours_bulk(vault: Vault) -> None:
            with vault.transaction() as connection:
                for person in people:
                    values = _validated(person)
                    values["created_at"] = now_iso()
                    connection.execute(f"INSERT INTO identity ({', '.join(values)}) "
                                       f"VALUES ({', '.join('?' * len(values))})", tuple(values.values()))

        with create_vault(folder / "bulk.db", PASSPHRASE) as vault:
            bulk = _once(lambda: ours_bulk(vault))
            assert vault.query_one("SELECT count(*) FROM identity")[0] == COUNT
            # -- listing them ----------------------------------------------------------------
            listing = best_of(lambda: list_identities(vault))
            assert len(list_identities(vault)) == COUNT
        plain = _plain_connection(folder / "plain-bulk.db", create=True)

        def plain_bulk() -> None:
            plain.execute("BEGIN IMMEDIATE")
            plain.executemany(_INSERT, rows)
            plain.execute("COMMIT")

        plain_bulk_time = _once(plain_bulk)
        plain_listing = best_of(lambda: plain.execute("SELECT * FROM identity").fetchall())
        assert len(plain.execute("SELECT * FROM identity").fetchall()) == COUNT
        plain.close()
        results.append((f"{COUNT:,} inserts, one transaction: validated vs executemany", bulk, plain_bulk_time))
        results.append((f"list {COUNT:,}: list_identities vs SELECT * fetchall", listing, plain_listing))
    return results


def main() -> None:
    for label, seconds, baseline in run():
        print(f"{label}: {seconds * 1000:.1f} ms vs baseline {baseline * 1000:.1f} ms = {seconds / baseline:.2f}x")


if __name__ == "__main__":
    main()
