"""Schema versions: an old vault is migrated on open; each migration is all-or-nothing."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from vault.errors import NewerVaultVersion
from vault.organisations.controllers import list_controllers, retention_periods
from vault.people.identities import add_identity, get_identity, list_identities
from vault.storage import kdf, schema
from vault.storage.settings import get_setting
from vault.storage.store import open_vault

FIXTURE = Path(__file__).resolve().parents[2] / "data" / "vault-v1.db"
FIXTURE_PASSPHRASE = "fixture passphrase"


def keyed_connection(path: Path, salt: bytes | None = None, passphrase: str = "migration test") -> object:
    """A SQLCipher connection keyed exactly as vault.storage.store keys a vault."""
    salt = salt or (path.read_bytes()[:kdf.SALT_SIZE] if path.exists() else kdf.new_salt(0))
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = {kdf.sqlcipher_key_pragma_value(kdf.derive_key(passphrase, salt), salt)}")
    return connection


def columns(connection, table: str) -> set[str]:  # noqa: ANN001
    return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}


def tables(connection) -> set[str]:  # noqa: ANN001
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_the_fixture_is_still_a_version_1_vault() -> None:
    assert FIXTURE.read_bytes()[0] == 0  # KDF profile 0: cheap for tests
    connection = keyed_connection(FIXTURE, passphrase=FIXTURE_PASSPHRASE)
    try:
        assert schema.schema_version(connection) == 1
    finally:
        connection.close()


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    copy = tmp_path / "vault.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_opening_a_version_1_vault_migrates_it_and_keeps_every_row(old_vault: Path) -> None:
    with open_vault(old_vault, FIXTURE_PASSPHRASE) as vault:
        assert schema.schema_version_of(vault) == schema.SCHEMA_VERSION
        me, shopping = list_identities(vault)
        assert (me.id, me.kind, me.label, me.name, me.birth_date, me.emails, me.phones, me.address) == (
            1, "real", "Me", "Jeanne Dupont", "1980-05-17", ["jeanne@example.org"], ["+33 1 23 45 67 89"],
            "12 rue des Lilas\n75011 Paris")
        assert (shopping.kind, shopping.label, shopping.emails, shopping.alias_pattern) == (
            "pseudonym", "Shopping", ["shop@example.net"], None)
        [bakery] = list_controllers(vault)
        assert (bakery.name, bakery.country, bakery.dpo_email, bakery.emails, bakery.authority) == (
            "Boulangerie Légère SARL", "FR", "dpo@boulangerie.example",
            ["contact@boulangerie.example", "rgpd@boulangerie.example"], "CNIL")
        assert [(r.what, r.months) for r in retention_periods(vault, bakery.id)] == [("loyalty card data", 36)]
        assert get_setting(vault, "auto_lock_minutes") == 10
        # the full-text index is built from the rows that were there before the migration
        for words in ("boulangerie", "legere", "Légère", "boulan", "rgpd", "lyon"):
            assert [c.id for c in list_controllers(vault, search=words)] == [bakery.id], words
        # and the new columns are usable
        new = add_identity(vault, label="Newsletter", alias_pattern="jeanne+{controller}@example.org")
        assert get_identity(vault, new).alias_pattern == "jeanne+{controller}@example.org"
    with open_vault(old_vault, FIXTURE_PASSPHRASE) as vault:  # a second open finds nothing to do
        assert schema.schema_version_of(vault) == schema.SCHEMA_VERSION
        assert len(list_identities(vault)) == 3


def test_migrate_runs_each_step_in_order_and_is_idempotent(tmp_path: Path) -> None:
    connection = keyed_connection(tmp_path / "vault.db")
    try:
        assert schema.migrate(connection, target=1) == 1
        assert "alias_pattern" not in columns(connection, "identity")
        assert schema.migrate(connection) == schema.SCHEMA_VERSION
        assert "alias_pattern" in columns(connection, "identity")
        assert schema.migrate(connection) == schema.SCHEMA_VERSION
    finally:
        connection.close()


def test_a_failing_migration_changes_nothing(tmp_path: Path) -> None:
    connection = keyed_connection(tmp_path / "vault.db")
    try:
        schema.migrate(connection, target=1)
        # a table the next migration creates is already there: its CREATE fails halfway through
        connection.execute("CREATE TABLE request_identifier (x)")
        with pytest.raises(sqlcipher3.OperationalError):
            schema.migrate(connection)
        assert schema.schema_version(connection) == 1
        assert not connection.in_transaction
        # the ALTERs that ran before the failing statement were rolled back with it
        assert "alias_pattern" not in columns(connection, "identity")
        assert "slug" not in columns(connection, "controller")
        assert "controller_fts" not in tables(connection)
        connection.execute("DROP TABLE request_identifier")
        assert schema.migrate(connection) == schema.SCHEMA_VERSION
    finally:
        connection.close()


def test_a_failing_first_migration_leaves_version_0(tmp_path: Path) -> None:
    connection = keyed_connection(tmp_path / "vault.db")
    try:
        connection.execute("CREATE TABLE letter (x)")
        with pytest.raises(sqlcipher3.OperationalError):
            schema.migrate(connection)
        assert schema.schema_version(connection) == 0
        assert tables(connection) == {"letter"}
    finally:
        connection.close()


def test_migrate_refuses_a_newer_schema(tmp_path: Path) -> None:
    connection = keyed_connection(tmp_path / "vault.db")
    try:
        connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
        with pytest.raises(NewerVaultVersion):
            schema.migrate(connection)
        assert schema.schema_version(connection) == schema.SCHEMA_VERSION + 1
        assert tables(connection) == set()
    finally:
        connection.close()
