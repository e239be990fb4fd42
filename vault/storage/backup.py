"""Backup, restore and passphrase change: each writes a whole new file and swaps it in.

The file in use is never overwritten in place: a new encrypted file is written beside the
target, flushed to disk, checked, then renamed over it in one step. A backup and a restore
copy the encrypted file as it is (same key, same salt); a passphrase change re-encrypts it
(``sqlcipher_export``) under the new key.
"""
from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlcipher3

from vault.errors import InvalidInput, NotFound, VaultError
from vault.storage import kdf, schema
from vault.storage.file_lock import FileLock
from vault.storage.store import Vault, check_file, fsync_dir, fsync_file, open_verified, read_salt

KEPT_BACKUPS = 3  # previous vaults a restore keeps beside the vault, newest first


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


def backup_vault(vault: Vault, destination: Path | str, *, replace: bool = False) -> Path:
    """Write an encrypted copy of the vault (same passphrase) to ``destination``, atomically.

    The copy is the vault file itself, byte for byte, taken while no write can happen: this
    process holds the connection's guard and the file lock keeps every other process out, and
    no transaction is open, so the file on disk is whole (rollback journal, synchronous FULL).
    It is flushed to disk, then checked once, page by page, before it takes the name
    ``destination``. An existing file there is replaced only with ``replace=True``.
    """
    destination = Path(destination).expanduser()
    if destination.resolve() == vault.path.resolve():
        raise InvalidInput("The backup cannot be written over the vault itself; choose another file.")
    if destination.is_dir():
        raise InvalidInput(f"{destination} is a folder; give a file name for the backup.")
    if not destination.parent.is_dir():
        raise InvalidInput(f"The folder {destination.parent} does not exist.")
    if destination.exists() and not replace:
        raise InvalidInput(f"A file already exists at {destination}; choose another name, "
                           "or replace it on purpose (--force).")
    temporary = _temporary_beside(destination)
    try:
        _copy_consistent(vault, temporary)
        check_file(temporary, vault._key, vault.salt).close()  # noqa: SLF001 - same wing, the key never leaves it
        os.replace(temporary, destination)
        fsync_dir(destination.parent)
    except (OSError, sqlcipher3.Error) as err:  # a full or failing disk shows up as either
        raise VaultError(f"The backup could not be written: {_reason(err)}.") from None
    finally:
        temporary.unlink(missing_ok=True)
    return destination


def _copy_consistent(vault: Vault, destination: Path) -> None:
    """Copy the vault file while nothing writes to it, then flush the copy to disk."""
    destination.unlink(missing_ok=True)
    old_umask = os.umask(0o077)
    try:
        with vault.raw_connection() as connection:
            if connection.in_transaction:  # never: transactions end inside the guard
                raise VaultError("The vault is being written; try the backup again.")
            shutil.copyfile(vault.path, destination)  # the kernel copies (copy_file_range/sendfile)
    finally:
        os.umask(old_umask)
    os.chmod(destination, 0o600)
    fsync_file(destination)


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

    Returns the backup's (key, salt).
    """
    backup_file = Path(backup_file).expanduser()
    if not backup_file.exists():
        raise NotFound(f"There is no backup file at {backup_file}.")
    salt = read_salt(backup_file)
    key = kdf.derive_key(passphrase, salt)
    check_file(backup_file, key, salt).close()
    return key, salt


@dataclass
class PreparedRestore:
    """A backup copied beside the vault and checked whole, ready to take the vault's place."""

    vault_path: Path
    temporary: Path
    key: bytes
    salt: bytes

    def discard(self) -> None:
        """Remove the prepared copy (after the restore, or when it is abandoned)."""
        self.temporary.unlink(missing_ok=True)


def prepare_restore(vault_path: Path | str, backup_file: Path | str, passphrase: str) -> PreparedRestore:
    """Copy ``backup_file`` beside the vault and check the copy: one key derivation, one full check.

    The check runs on the copy that will become the vault, so what is checked is what is
    restored. The vault itself is not touched, and may stay open meanwhile.
    """
    vault_path, backup_file = Path(vault_path).expanduser(), Path(backup_file).expanduser()
    if vault_path.exists() and backup_file.resolve() == vault_path.resolve():
        raise InvalidInput("The backup is the vault itself; choose a backup file.")
    if not backup_file.exists():
        raise NotFound(f"There is no backup file at {backup_file}.")
    salt = read_salt(backup_file)
    key = kdf.derive_key(passphrase, salt)
    vault_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = _temporary_beside(vault_path)
    try:
        temporary.unlink(missing_ok=True)
        old_umask = os.umask(0o077)
        try:
            shutil.copyfile(backup_file, temporary)
        finally:
            os.umask(old_umask)
        os.chmod(temporary, 0o600)
        fsync_file(temporary)
        check_file(temporary, key, salt).close()
    except OSError as err:
        temporary.unlink(missing_ok=True)
        raise VaultError(f"The backup could not be restored: {_reason(err)}.") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return PreparedRestore(vault_path, temporary, key, salt)


def finish_restore(prepared: PreparedRestore, lock: FileLock, *, open_after: bool = False
                   ) -> tuple[Path | None, Vault | None]:
    """Put the prepared copy in the vault's place under ``lock``; returns (kept vault, opened vault).

    The replaced vault is kept beside it as ``<name>.bak-<UTC time>`` (the ``KEPT_BACKUPS``
    most recent are kept). With ``open_after`` the restored vault is opened with the key
    already derived, and takes over ``lock``; otherwise ``lock`` is left to the caller.
    """
    vault_path = prepared.vault_path
    kept: Path | None = None
    try:
        if vault_path.exists():
            kept = _keep_previous(vault_path)
        os.replace(prepared.temporary, vault_path)
        fsync_dir(vault_path.parent)
    except OSError as err:
        prepared.discard()
        raise VaultError(f"The backup could not be restored: {_reason(err)}.") from None
    _prune_kept(vault_path)
    if not open_after:
        return kept, None
    return kept, open_verified(vault_path, prepared.key, prepared.salt, lock)


def _keep_previous(vault_path: Path) -> Path:
    """Keep the current vault as ``<name>.bak-<UTC time>``: a hard link (instant), else a copy."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    kept = vault_path.with_name(f"{vault_path.name}.bak-{stamp}")
    same_second = [p for p in kept_vaults(vault_path) if p.name.startswith(kept.name)]
    if same_second:  # newest first: count on from it, so names keep the order of the restores
        number = int(same_second[0].name.removeprefix(kept.name).lstrip("-") or 1)
        kept = vault_path.with_name(f"{kept.name}-{number + 1}")
    try:
        os.link(vault_path, kept)  # the old file keeps this name once the vault's is replaced
    except OSError:  # a file system without hard links
        kept_temporary = _temporary_beside(kept)
        shutil.copyfile(vault_path, kept_temporary)
        os.chmod(kept_temporary, 0o600)
        fsync_file(kept_temporary)
        os.replace(kept_temporary, kept)
    return kept


def kept_vaults(vault_path: Path) -> list[Path]:
    """The previous vaults a restore kept beside ``vault_path``, newest first."""
    pattern = re.compile(rf"{re.escape(vault_path.name)}\.bak(?:-(\d{{8}}T\d{{6}}Z(?:-(\d+))?))?")
    found = []
    for path in vault_path.parent.iterdir():
        match = pattern.fullmatch(path.name)
        if match:  # the older plain ".bak" counts as the oldest
            found.append(((match.group(1) or "")[:16], int(match.group(2) or 1), path))
    return [path for *_, path in sorted(found, reverse=True)]


def _prune_kept(vault_path: Path) -> None:
    for old in kept_vaults(vault_path)[KEPT_BACKUPS:]:
        try:
            old.unlink()
        except OSError:
            pass  # an old copy left over is no reason to call the restore failed


def restore_vault(vault_path: Path | str, backup_file: Path | str, passphrase: str) -> Path | None:
    """Replace the vault at ``vault_path`` by ``backup_file``.

    The backup must unlock with ``passphrase`` and pass the integrity check first (one key
    derivation, one check, on the copy that becomes the vault). The replaced vault is kept
    beside it as ``<name>.bak-<UTC time>``; returns that path (None when there was no vault
    yet). The vault must not be open anywhere else.
    """
    vault_path = Path(vault_path).expanduser()
    vault_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = FileLock.acquire(vault_path)
    try:
        prepared = prepare_restore(vault_path, backup_file, passphrase)
        try:
            kept, _ = finish_restore(prepared, lock)
        finally:
            prepared.discard()
    finally:
        lock.release()
    return kept
