"""Large attachments (a platform's data export: hundreds of MB, up to 4 GB), streamed in chunks.

The bytes are read from the file 1 MiB at a time and kept as rows of ``attachment_chunk``
inside the vault, so they are encrypted with the vault's key like every other page, and are
never whole in memory: neither when stored nor when saved back to a file. The attachment's row
keeps its name, type, size and SHA-256 (its ``data`` stays empty); saving checks the SHA-256
before the file takes its name.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.errors import InvalidInput, NotFound, VaultDamaged
from vault.storage.records import now_iso
from vault.storage.store import Vault, fsync_dir

CHUNK_SIZE = 1024 * 1024
MAX_STREAMED = 4 * 1024 ** 3  # 4 GiB: the largest data export we take
Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


@dataclass(frozen=True)
class StreamedFile:
    """A large file to store, with whom to tell how far the storing is (a progress bar)."""

    path: Path
    progress: Progress | None = None

    def __fspath__(self) -> str:
        return str(self.path)


def _gigabytes(size: int) -> str:
    return f"{size / 1024 ** 3:.1f} GB"


def checked_source(path: str | os.PathLike[str]) -> Path:
    """A file that can be stored streamed: there, not empty, at most 4 GB; one sentence if not."""
    file = Path(path).expanduser()
    try:
        if not file.is_file():
            what = "a folder" if file.is_dir() else "not there"
            raise InvalidInput(f"The file {file} is {what}; choose an existing file.")
        size = file.stat().st_size
    except OSError as err:
        raise InvalidInput(f"The file {file} cannot be read: {err.strerror or err}.") from None
    if size == 0:
        raise InvalidInput(f"The file '{file.name}' is empty.")
    if size > MAX_STREAMED:
        raise InvalidInput(f"The file {file.name} is {_gigabytes(size)}; attachments are limited to "
                           f"{_gigabytes(MAX_STREAMED)}.")
    return file


def store_file(connection: Any, name: str, mime_type: str, path: str | os.PathLike[str], *,
               progress: Progress | None = None) -> int:
    """Inside an open transaction: store the file at ``path`` in chunks; returns the attachment id.

    ``name`` and ``mime_type`` are already checked (``vault.storage.attachments`` does it).
    """
    file = checked_source(path)
    total = file.stat().st_size
    attachment_id = int(connection.execute(
        "INSERT INTO attachment (name, mime_type, sha256, size, data, created_at) VALUES (?, ?, '', ?, X'', ?)",
        (name, mime_type, total, now_iso())).lastrowid)
    digest, done = hashlib.sha256(), 0
    try:
        with file.open("rb") as handle:
            for seq, chunk in enumerate(iter(lambda: handle.read(CHUNK_SIZE), b"")):
                digest.update(chunk)
                connection.execute("INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?, ?, ?)",
                                   (attachment_id, seq, chunk))
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
    except OSError as err:
        raise InvalidInput(f"The file {file} cannot be read: {err.strerror or err}.") from None
    if done != total:
        raise InvalidInput(f"The file {file.name} changed while it was being stored; try again.")
    connection.execute("UPDATE attachment SET sha256 = ? WHERE id = ?", (digest.hexdigest(), attachment_id))
    return attachment_id


def is_chunked(vault: Vault, attachment_id: int) -> bool:
    """Whether the attachment's bytes are kept in chunks (a large file)."""
    return vault.query_one("SELECT 1 FROM attachment_chunk WHERE attachment_id = ? LIMIT 1",
                           (attachment_id,)) is not None


def chunks(vault: Vault, attachment_id: int) -> Iterator[bytes]:
    """The attachment's bytes, one chunk at a time, each read by its own query (the GUI is never held).

    Raises VaultDamaged at the end if the bytes do not match the recorded size and SHA-256.
    """
    row = vault.query_one("SELECT name, sha256, size FROM attachment WHERE id = ?", (attachment_id,))
    if row is None:
        raise NotFound(f"There is no attachment with id {attachment_id}.")
    digest, done, seq = hashlib.sha256(), 0, 0
    while True:
        found = vault.query_one("SELECT data FROM attachment_chunk WHERE attachment_id = ? AND seq = ?",
                                (attachment_id, seq))
        if found is None:
            break
        chunk = bytes(found["data"])
        digest.update(chunk)
        done += len(chunk)
        seq += 1
        yield chunk
    if done != row["size"] or digest.hexdigest() != row["sha256"]:
        raise VaultDamaged(f"The attachment '{row['name']}' does not match its recorded checksum.")


def save_streamed(vault: Vault, attachment_id: int, target: Path, *, progress: Progress | None = None) -> Path:
    """Write a chunked attachment to ``target``: a hidden file beside it, checked, flushed, renamed."""
    size = int(vault.query_one("SELECT size FROM attachment WHERE id = ?", (attachment_id,))[0])
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    old_umask = os.umask(0o077)
    try:
        with temporary.open("wb") as handle:
            done = 0
            for chunk in chunks(vault, attachment_id):  # raises before the rename if damaged
                handle.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, size)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        fsync_dir(target.parent)
    except OSError as err:
        raise InvalidInput(f"The file {target} could not be written: {err.strerror or err}.") from None
    finally:
        os.umask(old_umask)
        temporary.unlink(missing_ok=True)
    return target
