"""Small shared pieces for turning rows into records and records into JSON."""
from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import datetime, timezone
from typing import Any, TypeVar

from vault.errors import InvalidInput, NotFound

T = TypeVar("T")


def now_iso() -> str:
    """The current time in UTC, ISO 8601, to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def from_row(cls: type[T], row: Any, *, json_fields: tuple[str, ...] = ()) -> T:
    """Build dataclass ``cls`` from a row, decoding the JSON-text columns named."""
    values = {}
    keys = row.keys()
    for field in fields(cls):  # type: ignore[arg-type]
        if field.name in keys:
            value = row[field.name]
            values[field.name] = json.loads(value) if field.name in json_fields else value
    return cls(**values)


def record_json(record: Any) -> dict[str, Any]:
    """A dataclass record as a JSON-ready dict."""
    return asdict(record)


def fetch_one(vault: Any, table: str, record_id: int, noun: str) -> Any:
    """The row ``record_id`` of ``table`` or NotFound naming the noun."""
    row = vault.query_one(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    if row is None:
        raise NotFound(f"There is no {noun} with id {record_id}.")
    return row


def unknown_fields(changes: dict[str, Any], allowed: set[str], noun: str) -> None:
    """Refuse edits of fields that do not exist or may not be edited."""
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise InvalidInput(f"A {noun} has no editable field named {', '.join(unknown)}.")
