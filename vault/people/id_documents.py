"""Identity documents: the person's scans or photos of an ID card, passport, residence permit
or driving licence (front and back), kept as attachments of one identity.

The originals never leave the vault through this module: a copy sent to a controller is made
by ``vault.cases.id_copies`` (grey-scale, reduced, redacted, watermarked) and only that copy
is written out. The files are checked to be JPEG, PNG or PDF by their first bytes, so a
renamed document of another kind is refused before it is stored.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault.errors import InvalidInput, NotFound
from vault.law.countries import normalise_country
from vault.people.identities import get_identity
from vault.storage.attachments import Attachment, attachment_info, read_attachment, store_attachment
from vault.storage.records import from_row, now_iso
from vault.storage.store import Vault
from vault.validation import clean_line

KINDS = ("national_id", "passport", "residence_permit", "driving_licence")
KIND_NAMES = {"national_id": "national identity card", "passport": "passport",
              "residence_permit": "residence permit", "driving_licence": "driving licence"}
# The file types a scan or photo may have, recognised by their signature (first bytes).
_SIGNATURES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"%PDF-", "application/pdf"))


@dataclass
class IdDocument:
    """One identity document of one identity; its files are attachments (front, maybe back)."""

    id: int
    identity_id: int
    kind: str
    country: str
    label: str = ""
    front_id: int = 0
    back_id: int | None = None
    created_at: str = ""

    @property
    def attachment_ids(self) -> list[int]:
        """The document's files in order: front, then back when there is one."""
        return [self.front_id] + ([self.back_id] if self.back_id is not None else [])

    def describe(self) -> str:
        """"national identity card (DE)", with the label when the person gave one."""
        text = f"{KIND_NAMES.get(self.kind, self.kind)} ({self.country})"
        return f"{self.label}: {text}" if self.label else text


def file_type(name: str, data: bytes) -> str:
    """The MIME type of a scan or photo (JPEG, PNG or PDF); one sentence for anything else."""
    for signature, mime in _SIGNATURES:
        if bytes(data[: len(signature)]) == signature:
            return mime
    raise InvalidInput(f"The file '{name}' is not a JPEG, PNG or PDF; scan or photograph the document into one of those.")


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise InvalidInput(f"The document kind is one of {', '.join(KINDS)}.")
    return kind


def add_id_document(vault: Vault, identity_id: int, kind: str, country: str, front: tuple[str, bytes],
                    back: tuple[str, bytes] | None = None, *, label: str = "") -> int:
    """Store a document's front (and back) for an identity, in one transaction; returns its id."""
    get_identity(vault, identity_id)
    _check_kind(kind)
    code = normalise_country(country)
    if code is None:
        raise InvalidInput("Give the country that issued the document (for example DE, FR, GB).")
    label = clean_line(label, "label")
    files = [front] + ([back] if back is not None else [])
    types = [file_type(name, data) for name, data in files]
    with vault.transaction() as connection:
        ids = [store_attachment(connection, name, data, mime) for (name, data), mime in zip(files, types)]
        cursor = connection.execute(
            "INSERT INTO id_document (identity_id, kind, country, label, front_id, back_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (identity_id, kind, code, label, ids[0], ids[1] if len(ids) > 1 else None, now_iso()))
        return int(cursor.lastrowid)


def get_id_document(vault: Vault, document_id: int) -> IdDocument:
    """One document, or NotFound."""
    row = vault.query_one("SELECT * FROM id_document WHERE id = ?", (document_id,))
    if row is None:
        raise NotFound(f"There is no identity document with id {document_id}.")
    return from_row(IdDocument, row)


def list_id_documents(vault: Vault, identity_id: int | None = None) -> list[IdDocument]:
    """Every document, or those of one identity, oldest first."""
    if identity_id is None:
        rows = vault.query("SELECT * FROM id_document ORDER BY id")
    else:
        rows = vault.query("SELECT * FROM id_document WHERE identity_id = ? ORDER BY id", (identity_id,))
    return [from_row(IdDocument, row) for row in rows]


def document_files(vault: Vault, document_id: int) -> list[tuple[Attachment, bytes]]:
    """The document's files (front, then back) with their bytes, checked against their SHA-256."""
    return [read_attachment(vault, attachment_id) for attachment_id in get_id_document(vault, document_id).attachment_ids]


def document_file_info(vault: Vault, document_id: int) -> list[Attachment]:
    """Name, type, size and hash of the document's files, without reading them."""
    return [attachment_info(vault, attachment_id) for attachment_id in get_id_document(vault, document_id).attachment_ids]


def remove_id_document(vault: Vault, document_id: int) -> None:
    """Delete a document and its files (copies already sent stay with their requests)."""
    get_id_document(vault, document_id)
    with vault.transaction() as connection:
        connection.execute("DELETE FROM id_document WHERE id = ?", (document_id,))


def id_document_json(document: IdDocument, files: list[Attachment] | None = None) -> dict[str, Any]:
    """A document as JSON for scripts: its fields and its files' names, types and sizes."""
    data: dict[str, Any] = {"id": document.id, "identity_id": document.identity_id, "kind": document.kind,
                            "country": document.country, "label": document.label,
                            "created_at": document.created_at}
    if files is not None:
        data["files"] = [{"attachment_id": f.id, "name": f.name, "mime_type": f.mime_type, "size": f.size,
                          "sha256": f.sha256} for f in files]
    return data
