"""Make ``vault-v1.db``: a vault at schema version 1, as the first release wrote it.

Run once from the repository root (``.venv/bin/python tests/data/make_vault_v1.py``); the
file is committed and ``tests/vault/test_schema.py`` migrates a copy of it. Re-running makes
a new file with a new salt (same content), which is fine.

The file is keyed exactly as ``vault.storage.store`` keys a vault: Argon2id raw key + the 16-byte
salt (byte 0 = KDF profile 0, the cheap test profile), given as ``PRAGMA key = "x'..'"``.
Only ``MIGRATIONS[0]`` runs; the rows are written with the version-1 columns.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from vault import schema  # noqa: E402
from vault.storage import kdf

PASSPHRASE = "fixture passphrase"
TARGET = Path(__file__).with_name("vault-v1.db")


def main() -> None:
    TARGET.unlink(missing_ok=True)
    salt = kdf.new_salt(0)
    key = kdf.derive_key(PASSPHRASE, salt)
    connection = sqlcipher3.connect(str(TARGET), isolation_level=None)
    connection.execute(f"PRAGMA key = {kdf.sqlcipher_key_pragma_value(key, salt)}")
    connection.execute("PRAGMA foreign_keys = ON")
    assert schema.migrate(connection, target=1) == 1
    created = "2024-01-15T10:00:00+00:00"
    connection.execute("BEGIN")
    connection.execute(
        "INSERT INTO identity (id, kind, label, name, birth_date, address, emails, phones, notes, created_at) "
        "VALUES (1, 'real', 'Me', 'Jeanne Dupont', '1980-05-17', '12 rue des Lilas\n75011 Paris', ?, ?, '', ?)",
        (json.dumps(["jeanne@example.org"]), json.dumps(["+33 1 23 45 67 89"]), created))
    connection.execute(
        "INSERT INTO identity (id, kind, label, name, emails, created_at) "
        "VALUES (2, 'pseudonym', 'Shopping', 'J. D.', ?, ?)",
        (json.dumps(["shop@example.net"]), created))
    connection.execute(
        "INSERT INTO controller (id, name, address, country, dpo_email, emails, web_form, authority, created_at) "
        "VALUES (1, 'Boulangerie Légère SARL', '3 place du Marché\n69001 Lyon', 'FR', 'dpo@boulangerie.example', "
        "?, 'https://boulangerie.example/privacy', 'CNIL', ?)",
        (json.dumps(["contact@boulangerie.example", "rgpd@boulangerie.example"]), created))
    connection.execute("INSERT INTO retention_period (controller_id, what, months, basis) "
                       "VALUES (1, 'loyalty card data', 36, 'legitimate interest')")
    connection.execute("INSERT INTO setting (key, value) VALUES ('auto_lock_minutes', '10')")
    connection.execute("COMMIT")
    assert schema.schema_version(connection) == 1
    connection.close()
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
