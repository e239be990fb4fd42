"""The stored letters of a request: every version, the one sent frozen as it went out.

What was sent is kept exactly (``frozen_at``); an edit after that makes a new version. A
person's own templates are stored here too.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vault.errors import InvalidInput
from vault.letters import rendering as letters
from vault.letters.document import LetterDocument
from vault.storage.records import now_iso
from vault.storage.settings import get_setting
from vault.validation import clean_text


@dataclass
class StoredLetter:
    """One version of a request's letter."""

    id: int
    request_id: int
    document: LetterDocument
    created_at: str
    frozen_at: str | None

    @property
    def frozen(self) -> bool:
        """Sent as it is: never changed again."""
        return self.frozen_at is not None


def reference_for(request: Any) -> str:
    """Our reference for a request, printed on its letters: PV-<year>-<id>."""
    return f"PV-{request.created_on[:4]}-{request.id:05d}"


def user_template(vault: Any, kind: str, lang: str) -> str | None:
    """The person's own template for this kind and language, if they stored one."""
    row = vault.query_one("SELECT body FROM user_template WHERE kind = ? AND lang = ?", (kind, lang))
    return None if row is None else row[0]


def remove_user_template(vault: Any, kind: str, lang: str) -> None:
    """Go back to the built-in template."""
    with vault.transaction() as connection:
        connection.execute("DELETE FROM user_template WHERE kind = ? AND lang = ?", (kind, lang))


def store_letter(connection: Any, request_id: int, document: LetterDocument) -> int:
    """Add a letter version inside an open transaction."""
    cursor = connection.execute("INSERT INTO letter (request_id, document, created_at) VALUES (?, ?, ?)",
                                (request_id, document.to_json(), now_iso()))
    return int(cursor.lastrowid)


def _decoded(row: Any) -> StoredLetter:
    return StoredLetter(row["id"], row["request_id"], LetterDocument.from_json(row["document"]),
                        row["created_at"], row["frozen_at"])


def letters_of(vault: Any, request_id: int) -> list[StoredLetter]:
    """Every version of a request's letter, oldest first."""
    rows = vault.query("SELECT * FROM letter WHERE request_id = ? ORDER BY id", (request_id,))
    return [_decoded(row) for row in rows]


def current_letter(vault: Any, request_id: int) -> StoredLetter:
    """The newest version: the one to send (or the one sent)."""
    versions = letters_of(vault, request_id)
    if not versions:
        raise InvalidInput(f"Request {request_id} has no letter.")
    return versions[-1]


def sent_letter(vault: Any, request_id: int) -> StoredLetter | None:
    """The letter as it was sent, if it was."""
    frozen = [letter for letter in letters_of(vault, request_id) if letter.frozen]
    return frozen[-1] if frozen else None


def letter_of_record(vault: Any, request_id: int, version: int | None = None) -> StoredLetter:
    """The letter a request stands for: as sent once it was sent, else the draft.

    Versions after the sent one are drafts, reached by ``version`` (1 = the oldest).
    """
    versions = letters_of(vault, request_id)
    if not versions:
        raise InvalidInput(f"Request {request_id} has no letter.")
    if version is not None:
        if not 1 <= version <= len(versions):
            raise InvalidInput(f"Request {request_id} has letter versions 1 to {len(versions)}.")
        return versions[version - 1]
    return sent_letter(vault, request_id) or versions[-1]


def edit_letter(vault: Any, request_id: int, body: str, subject: str | None = None) -> int:
    """Change the letter's text; a frozen (sent) letter stays as it is and a new version is made."""
    body = clean_text(body, "letter", required=True, max_length=200_000)
    current = current_letter(vault, request_id)
    document = current.document
    changed = LetterDocument(**{**document.__dict__, "body": body,
                                "subject": clean_text(subject, "subject", required=True)
                                if subject is not None else document.subject})
    with vault.transaction() as connection:
        if current.frozen:
            return store_letter(connection, request_id, changed)
        connection.execute("UPDATE letter SET document = ? WHERE id = ?", (changed.to_json(), current.id))
        return current.id


def freeze_current_letter(vault: Any, connection: Any, request_id: int, sent_on: date) -> None:
    """Date the newest letter with its sending day and mark it as sent, inside the sending transaction."""
    row = connection.execute("SELECT id, document, frozen_at FROM letter WHERE request_id = ? ORDER BY id DESC LIMIT 1",
                             (request_id,)).fetchone()
    if row is None or row["frozen_at"] is not None:
        return
    document = LetterDocument.from_json(row["document"])
    # A draft written days ago carries its creation date; the letter sent carries the day it went out.
    dated = LetterDocument(**{**document.__dict__, "place_date": letters.place_and_date(
        document.lang, get_setting(vault, "default_place"), sent_on)})
    connection.execute("UPDATE letter SET document = ?, frozen_at = ? WHERE id = ?",
                       (dated.to_json(), now_iso(), row["id"]))
