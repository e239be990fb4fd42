"""The vault file: create, unlock, lock against a second writer, transactions, close.

One SQLCipher 4 file. Its key is derived with Argon2id (``vault.storage.kdf``) from the passphrase
and the 16-byte salt SQLCipher keeps in clear at the start of the file. Opening checks the
HMAC of every page, so damage anywhere is found at unlock and never later; nothing is written
to the file until every check has passed.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from vault.errors import InvalidInput, NotFound, VaultDamaged, VaultError, WrongPassphrase
from vault.storage import kdf, schema, tuning
from vault.storage.file_lock import FileLock

PAGE_SIZE = 4096
PROFILE_ENV = "PRIVACY_VAULT_KDF_PROFILE"  # tests only: a cheap KDF profile for new vaults
_NOT_A_VAULT = "This file is not a privacy vault, or it is damaged."
_DAMAGED = "The vault file is damaged or has been tampered with; restore it from a backup."
_WRONG = "Wrong passphrase, or the file is damaged."
_SQLITE_NOTADB = 26


class Vault:
    """An unlocked vault: one connection, guarded so one thread at a time uses it."""

    def __init__(self, path: Path, connection: Any, key: bytes, salt: bytes, lock: FileLock):
        self.path = path
        self._connection = connection
        self._key = key
        self._salt = salt
        self._file_lock = lock
        self._guard = threading.RLock()

    # -- reading and writing -------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        """Run a read query; rows support ``row["column"]``."""
        with self._guard:
            return self._connection.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any | None:
        """The first row of a read query, or None."""
        with self._guard:
            return self._connection.execute(sql, params).fetchone()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction: committed (and on disk) when the block ends, rolled back on error."""
        with self._guard:
            connection = self._connection
            if connection.in_transaction:  # inside another: a savepoint, committed with the outer one
                with self._savepoint(connection):
                    yield connection
                return
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException:
                # Also when COMMIT itself fails (a deferred constraint, a full disk): SQLite
                # then keeps the transaction open, and every later write would be refused.
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise

    @staticmethod
    @contextmanager
    def _savepoint(connection: Any) -> Iterator[None]:
        connection.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            connection.execute("ROLLBACK TO nested")  # undo this part only; the outer one goes on
            connection.execute("RELEASE nested")
            raise
        connection.execute("RELEASE nested")

    @contextmanager
    def raw_connection(self) -> Iterator[Any]:
        """The connection itself, for the few operations that cannot run inside a transaction."""
        with self._guard:
            yield self._connection

    @property
    def salt(self) -> bytes:
        """The file's salt (its first 16 bytes)."""
        return self._salt

    def key_pragma_value(self) -> str:
        """The raw-key literal for ATTACH ... KEY (backups reuse key and salt)."""
        return kdf.sqlcipher_key_pragma_value(self._key, self._salt)

    def replace_connection(self, path_replaced: Path, key: bytes, salt: bytes) -> None:
        """After the file was replaced on disk: reopen it with its (possibly new) key."""
        with self._guard:
            self._connection.close()
            self._connection = _connect(path_replaced, key, salt)
            _configure(self._connection)  # foreign keys, durability, no temp files, as at open
            tuning.size_page_cache(self._connection, path_replaced)
            self._key, self._salt = key, salt

    def close(self) -> None:
        """Close the connection, forget the key and release the lock."""
        with self._guard:
            if self._connection is not None:
                tuning.optimize(self._connection)  # statistics for the next open's queries
                self._connection.close()
                self._connection = None
            self._key = b""
            self._file_lock.release()

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_vault_path() -> Path:
    """``PRIVACY_VAULT_PATH`` if set, else ``vault.db`` in the platform's user data folder."""
    override = os.environ.get("PRIVACY_VAULT_PATH")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("privacy-vault", appauthor=False)) / "vault.db"


def _connect(path: Path, key: bytes, salt: bytes) -> Any:
    connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    # SQLCipher would print decryption failures on stderr; errors reach the user as sentences.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {kdf.sqlcipher_key_pragma_value(key, salt)}")
    connection.row_factory = sqlcipher3.Row
    return connection


def _configure(connection: Any) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = FULL")  # a reported save survives kill -9
    connection.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
    connection.execute("PRAGMA secure_delete = ON")


def read_salt(path: Path) -> bytes:
    """The salt at the head of a vault file, after checking the file can be a vault at all."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(kdf.SALT_SIZE)
    except FileNotFoundError:
        raise NotFound(f"There is no vault at {path}; create one with 'init'.") from None
    except IsADirectoryError:
        raise VaultDamaged(f"{path} is a folder, not a vault file.") from None
    except OSError as err:
        raise VaultError(f"The vault file cannot be read: {err.strerror}.") from None
    if size == 0 or size % PAGE_SIZE or head.startswith(b"SQLite format 3"):
        raise VaultDamaged(_NOT_A_VAULT)
    if head[0] not in kdf.PROFILES:
        raise VaultDamaged(_NOT_A_VAULT)
    return head


def check_file(path: Path, key: bytes, salt: bytes) -> Any:
    """Open a connection and prove the key right and every page intact; nothing is written."""
    connection = _connect(path, key, salt)
    try:
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as err:
            # A wrong key (or a damaged page 1) is "not a database". The schema may span
            # later pages too: damage there, or a truncated file, is "malformed" instead.
            if getattr(err, "sqlite_errorcode", _SQLITE_NOTADB) != _SQLITE_NOTADB:
                raise VaultDamaged(_DAMAGED) from None
            raise WrongPassphrase(_WRONG) from None
        try:
            failures = connection.execute("PRAGMA cipher_integrity_check").fetchall()
            if not failures:
                failures = [r for r in connection.execute("PRAGMA quick_check").fetchall()
                            if r[0] != "ok"]
        except sqlcipher3.DatabaseError:
            raise VaultDamaged(_DAMAGED) from None
        if failures:
            raise VaultDamaged(_DAMAGED)
        schema.check_not_newer(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def open_vault(path: Path | str, passphrase: str) -> Vault:
    """Unlock an existing vault. Raises WrongPassphrase, VaultDamaged, VaultInUse, NotFound."""
    path = Path(path)
    salt = read_salt(path)
    lock = FileLock.acquire(path)
    try:
        tuning.remove_stale_temporaries(path)  # left by a run killed midway; ours now, under the lock
        key = kdf.derive_key(passphrase, salt)
        connection = check_file(path, key, salt)
        try:
            _configure(connection)
            tuning.size_page_cache(connection, path)
            schema.migrate(connection)
        except sqlcipher3.DatabaseError:
            connection.close()
            raise VaultDamaged(_DAMAGED) from None
    except BaseException:
        lock.release()
        raise
    return Vault(path, connection, key, salt, lock)


def open_verified(path: Path, key: bytes, salt: bytes, lock: FileLock) -> Vault:
    """Open a file this process has just checked whole with ``key`` (a restore), under ``lock``.

    No second key derivation and no second check: the caller held the lock from its check
    to here. Takes over ``lock`` (released when the vault closes, or here on failure).
    """
    try:
        connection = _connect(path, key, salt)
        try:
            _configure(connection)
            tuning.size_page_cache(connection, path)
            schema.check_not_newer(connection)
            schema.migrate(connection)
        except sqlcipher3.DatabaseError:
            connection.close()
            raise VaultDamaged(_DAMAGED) from None
        except BaseException:
            connection.close()
            raise
    except BaseException:
        lock.release()
        raise
    return Vault(path, connection, key, salt, lock)


def create_vault(path: Path | str, passphrase: str) -> Vault:
    """Create a new, empty vault at ``path`` (refused if a file is there already)."""
    path = Path(path)
    if not passphrase:
        raise InvalidInput("The passphrase cannot be empty.")
    if path.exists():
        raise InvalidInput(f"A file already exists at {path}; choose another place.")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = FileLock.acquire(path)
    temporary = path.with_name(f".{path.name}.new")
    try:
        salt = kdf.new_salt(_profile_for_new_vaults())
        key = kdf.derive_key(passphrase, salt)
        temporary.unlink(missing_ok=True)
        old_umask = os.umask(0o077)
        try:
            connection = _connect(temporary, key, salt)
        finally:
            os.umask(old_umask)
        _configure(connection)
        schema.migrate(connection)
        connection.close()
        fsync_file(temporary)
        os.replace(temporary, path)  # a vault appears whole or not at all
        fsync_dir(path.parent)
        connection = _connect(path, key, salt)
        _configure(connection)
        tuning.size_page_cache(connection, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        lock.release()
        raise
    return Vault(path, connection, key, salt, lock)


def _profile_for_new_vaults() -> int:
    value = os.environ.get(PROFILE_ENV)
    if value is None:
        return kdf.CURRENT_PROFILE
    if not value.isdigit() or int(value) not in kdf.PROFILES:
        raise InvalidInput(f"{PROFILE_ENV} must be one of {sorted(kdf.PROFILES)}.")
    return int(value)


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to disk."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Flush a folder entry (a rename) to disk, where the OS allows it."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
