"""Backup, restore and passphrase change: each writes a whole new file and swaps it in.

The file in use is never overwritten in place: a new encrypted file is written beside the
target (``sqlcipher_export``), flushed to disk, then renamed over it in one step.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import sqlcipher3

from vault.errors import InvalidInput, NotFound, VaultError
from vault.storage import kdf, schema
from vault.storage.file_lock import FileLock
from vault.storage.store import Vault, check_file, fsync_dir, fsync_file, read_salt


def _reason(err: Exception) -> str:
    return getattr(err, "strerror", None) or str(err)


def _temporary_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.tmp-{os.getpid()}")


def _export_to(vault: Vault, destination: Path, key_literal: str) -> None:
    """Write a complete encrypted copy of ``vault`` to ``destination`` (a new file)."""
    destination.unlink(missing_ok=True)
    old_umask = os.umask(0o077)
    try:
        with vault.raw_connection() as connection:
            connection.execute(f"ATTACH DATABASE ? AS copy KEY {key_literal}", (str(destination),))
            try:
                connection.execute("SELECT sqlcipher_export('copy')")
                version = schema.schema_version(connection)
                connection.execute(f"PRAGMA copy.user_version = {version}")
            finally:
                connection.execute("DETACH DATABASE copy")
    finally:
        os.umask(old_umask)
    fsync_file(destination)


def backup_vault(vault: Vault, destination: Path | str) -> Path:
    """Write an encrypted copy of the vault (same passphrase) to ``destination``, atomically."""
    destination = Path(destination).expanduser()
    if destination.resolve() == vault.path.resolve():
        raise InvalidInput("The backup cannot be written over the vault itself; choose another file.")
    if destination.is_dir():
        raise InvalidInput(f"{destination} is a folder; give a file name for the backup.")
    if not destination.parent.is_dir():
        raise InvalidInput(f"The folder {destination.parent} does not exist.")
    temporary = _temporary_beside(destination)
    try:
        _export_to(vault, temporary, vault.key_pragma_value())
        os.replace(temporary, destination)
        fsync_dir(destination.parent)
    except (OSError, sqlcipher3.Error) as err:  # a full or failing disk shows up as either
        raise VaultError(f"The backup could not be written: {_reason(err)}.") from None
    finally:
        temporary.unlink(missing_ok=True)
    return destination


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    """Re-encrypt the vault under a new passphrase and a new salt; swap the file atomically."""
    if not new_passphrase:
        raise InvalidInput("The new passphrase cannot be empty.")
    salt = kdf.new_salt()
    key = kdf.derive_key(new_passphrase, salt)
    temporary = _temporary_beside(vault.path)
    # Hold the vault from the copy to the reconnection: a write in between would be lost.
    with vault.raw_connection():
        try:
            _export_to(vault, temporary, kdf.sqlcipher_key_pragma_value(key, salt))
            check_file(temporary, key, salt).close()
            os.replace(temporary, vault.path)
            fsync_dir(vault.path.parent)
        except (OSError, sqlcipher3.Error) as err:
            raise VaultError(f"The passphrase could not be changed ({_reason(err)}); "
                             "the vault keeps its old passphrase.") from None
        finally:
            temporary.unlink(missing_ok=True)
        vault.replace_connection(vault.path, key, salt)


def check_backup(backup_file: Path | str, passphrase: str) -> tuple[bytes, bytes]:
    """Prove a backup unlocks with ``passphrase`` and every page is intact; nothing is written.

    Returns the backup's (key, salt), so a restore need not derive the key again.
    """
    backup_file = Path(backup_file).expanduser()
    if not backup_file.exists():
        raise NotFound(f"There is no backup file at {backup_file}.")
    salt = read_salt(backup_file)
    key = kdf.derive_key(passphrase, salt)
    check_file(backup_file, key, salt).close()
    return key, salt


def restore_vault(vault_path: Path | str, backup_file: Path | str, passphrase: str) -> Path | None:
    """Replace the vault at ``vault_path`` by ``backup_file``.

    The backup must unlock with ``passphrase`` and pass the integrity check first. The
    replaced vault is kept beside it as ``<name>.bak``; returns that path (None when there
    was no vault yet). The vault must not be open anywhere else.
    """
    vault_path, backup_file = Path(vault_path).expanduser(), Path(backup_file).expanduser()
    if vault_path.exists() and backup_file.resolve() == vault_path.resolve():
        raise InvalidInput("The backup is the vault itself; choose a backup file.")
    key, salt = check_backup(backup_file, passphrase)  # nothing is replaced unless the backup is sound
    vault_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = FileLock.acquire(vault_path)
    temporary = _temporary_beside(vault_path)
    kept: Path | None = None
    try:
        shutil.copyfile(backup_file, temporary)
        os.chmod(temporary, 0o600)
        fsync_file(temporary)
        check_file(temporary, key, salt).close()
        if vault_path.exists():
            kept = vault_path.with_name(vault_path.name + ".bak")
            kept_temporary = _temporary_beside(kept)
            shutil.copyfile(vault_path, kept_temporary)
            os.chmod(kept_temporary, 0o600)
            fsync_file(kept_temporary)
            os.replace(kept_temporary, kept)
        os.replace(temporary, vault_path)
        fsync_dir(vault_path.parent)
    except OSError as err:
        raise VaultError(f"The backup could not be restored: {err.strerror}.") from None
    finally:
        temporary.unlink(missing_ok=True)
        lock.release()
    return kept
