"""Attachments: files kept inside the vault (consent evidence, scans, data exports received).

The bytes live only in the encrypted database: nothing is written to a temporary file, and a
copy reaches the disk only where the person asks (``save_attachment_to``). Each attachment
records its name, MIME type, size and SHA-256, checked again when it is read.
"""
from __future__ import annotations

import hashlib
import mimetypes
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from vault.errors import InvalidInput, NotFound, VaultDamaged
from vault.storage import attachment_chunks
from vault.storage.files import write_atomic
from vault.storage.records import from_row, now_iso
from vault.storage.store import Vault

MAX_SIZE = 50 * 1024 * 1024  # kept inline and read whole; larger files go in chunks (attachment_chunks)
_MIME = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")
_META = "id, name, mime_type, sha256, size, created_at"


@dataclass
class Attachment:
    """What is known about a stored file (its bytes are read separately)."""

    id: int
    name: str
    mime_type: str
    sha256: str
    size: int
    created_at: str = ""


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def clean_name(name: str) -> str:
    """A file's base name only: no folders (either slash), no control characters, at most 255 characters."""
    base = PureWindowsPath(PurePosixPath(str(name or "")).name).name
    base = _UNSAFE.sub("", base).strip()
    if base in ("", ".", ".."):
        return "attachment"
    if len(base) > 255:
        stem, suffix = os.path.splitext(base)
        base = stem[: 255 - len(suffix[:20])] + suffix[:20]
    return base


def _check_data(name: str, data: bytes) -> bytes:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InvalidInput(f"The content of '{name}' is not a file's bytes.")
    data = bytes(data)
    if not data:
        raise InvalidInput(f"The file '{name}' is empty.")
    if len(data) > MAX_SIZE:
        raise InvalidInput(f"The file '{name}' is {_megabytes(len(data))}; attachments are limited to "
                           f"{_megabytes(MAX_SIZE)}.")
    return data


def guess_mime_type(name: str) -> str:
    """The file type a name suggests, or application/octet-stream."""
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"


def _mime(name: str, mime_type: str | None) -> str:
    if mime_type:
        value = mime_type.strip().lower()
        if not _MIME.match(value):
            raise InvalidInput(f"'{mime_type}' is not a file type such as application/pdf.")
        return value
    return guess_mime_type(name)


def store_attachment(connection: Any, name: str, data: bytes | Path | attachment_chunks.StreamedFile,
                     mime_type: str | None = None) -> int:
    """Store a file inside an open transaction (``with vault.transaction() as connection``); returns its id.

    ``data`` is the file's bytes, or the path of a large file (up to 4 GB), read in chunks
    (a ``StreamedFile`` also reports the progress).
    """
    name = clean_name(name)
    if isinstance(data, attachment_chunks.StreamedFile):
        return attachment_chunks.store_file(connection, name, _mime(name, mime_type), data.path,
                                            progress=data.progress)
    if isinstance(data, Path):
        return attachment_chunks.store_file(connection, name, _mime(name, mime_type), data)
    data = _check_data(name, data)
    cursor = connection.execute(
        "INSERT INTO attachment (name, mime_type, sha256, size, data, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (name, _mime(name, mime_type), hashlib.sha256(data).hexdigest(), len(data), data, now_iso()))
    return int(cursor.lastrowid)


def add_attachment(vault: Vault, name: str, data: bytes, mime_type: str | None = None) -> int:
    """Store a file in its own transaction; returns its id."""
    with vault.transaction() as connection:
        return store_attachment(connection, name, data, mime_type)


def attachment_info(vault: Vault, attachment_id: int) -> Attachment:
    """The name, type, size and hash of an attachment, without reading its bytes."""
    row = vault.query_one(f"SELECT {_META} FROM attachment WHERE id = ?", (attachment_id,))
    if row is None:
        raise NotFound(f"There is no attachment with id {attachment_id}.")
    return from_row(Attachment, row)


def read_attachment(vault: Vault, attachment_id: int) -> tuple[Attachment, bytes]:
    """An attachment and its bytes, checked against the recorded SHA-256."""
    row = vault.query_one(f"SELECT {_META}, data FROM attachment WHERE id = ?", (attachment_id,))
    if row is None:
        raise NotFound(f"There is no attachment with id {attachment_id}.")
    meta, data = from_row(Attachment, row), bytes(row["data"])
    if not data and meta.size:  # a large file, kept in chunks
        if meta.size > MAX_SIZE:
            raise InvalidInput(f"'{meta.name}' is {_megabytes(meta.size)}, too large to open here; save it to a file.")
        data = b"".join(attachment_chunks.chunks(vault, attachment_id))
    if hashlib.sha256(data).hexdigest() != meta.sha256 or len(data) != meta.size:
        raise VaultDamaged(f"The attachment '{meta.name}' does not match its recorded checksum.")
    return meta, data


get_attachment = read_attachment


def attachment_from_file(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """A file's base name and bytes, ready for ``store_attachment``; one sentence if it cannot be used."""
    file = Path(path).expanduser()
    try:
        if not file.is_file():
            what = "a folder" if file.is_dir() else "not there"
            raise InvalidInput(f"The file {file} is {what}; choose an existing file.")
        size = file.stat().st_size
        if size > MAX_SIZE:
            raise InvalidInput(f"The file {file.name} is {_megabytes(size)}; attachments are limited to "
                               f"{_megabytes(MAX_SIZE)}.")
        with file.open("rb") as handle:
            data = handle.read(MAX_SIZE + 1)
    except OSError as err:
        raise InvalidInput(f"The file {file} cannot be read: {err.strerror or err}.") from None
    return clean_name(file.name), _check_data(file.name, data)


def attachment_source(path: str | os.PathLike[str]) -> tuple[str, bytes | Path]:
    """A file to attach: its name and bytes, or, above 50 MB (a data export), its path to be streamed."""
    file = attachment_chunks.checked_source(path)
    if file.stat().st_size > MAX_SIZE:
        return clean_name(file.name), file
    return attachment_from_file(file)


def save_attachment_to(vault: Vault, attachment_id: int, path: str | os.PathLike[str], *,
                       overwrite: bool = False) -> Path:
    """Write an attachment where the person asked (into a folder: under its own name); atomic.

    The bytes go to a hidden file beside the target, are flushed to disk, then renamed over it.
    """
    meta = attachment_info(vault, attachment_id)
    target = Path(path).expanduser()
    if target.is_dir():
        target = target / meta.name
    if target.exists() and not overwrite:
        raise InvalidInput(f"{target} already exists; choose another name.")
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} does not exist.")
    if attachment_chunks.is_chunked(vault, attachment_id):  # streamed: never whole in memory
        return attachment_chunks.save_streamed(vault, attachment_id, target)
    return write_atomic(target, read_attachment(vault, attachment_id)[1])


def delete_attachment_if_unused(connection: Any, attachment_id: int | None) -> None:
    """Inside a transaction: delete an attachment no consent or event refers to any more."""
    if attachment_id is None:
        return
    used = connection.execute(
        "SELECT (SELECT count(*) FROM consent WHERE evidence_id = ?) + "
        "(SELECT count(*) FROM event_attachment WHERE attachment_id = ?)",
        (attachment_id, attachment_id)).fetchone()[0]
    if not used:
        connection.execute("DELETE FROM attachment WHERE id = ?", (attachment_id,))
