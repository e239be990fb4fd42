"""The controller directory: bulk import of the datarequests.org company records.

A record (one JSON object, format in the project's ``schema.json``) becomes a controller with
``source = 'directory'``, keyed by its ``slug``. Re-importing updates by slug and never touches
a field the person edited (``controller.edited_fields``). Everything a record says about *how*
to reach the company and identify the person, which has no column of its own, is kept in the
``directory`` dict under the record's own key names (``request-language``, ``required-elements``,
...), so letters and the UI read one vocabulary, the upstream one.

A bad record is skipped with one sentence naming the file (or array index); it never stops the
others. Mapping lives in ``vault.organisations.directory_records``; this module reads sources and writes.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from vault.errors import InvalidInput
from vault.organisations.controllers import (
    Controller,
    insert_controller,
    list_controllers,
    list_controllers_with_category,
)
from vault.organisations.directory_records import _SLUG, contact_for_right, map_record, required_identity_fields  # noqa: F401 - public here too
from vault.organisations.directory_repairs import repair_record
from vault.organisations.search_index import changed
from vault.storage.store import Vault

CHUNK = 500                         # records per transaction: the vault stays responsive between chunks
PROGRESS_EVERY = 100                # progress is reported at least this often (in records)
MAX_RECORD_FILE = 1_000_000         # bytes; real records are < 10 kB
MAX_ARRAY_FILE = 200_000_000        # bytes; the whole upstream directory is ~2 MB
# Columns compared to decide "unchanged"; created_at and edited_fields belong to the vault.
_COMPARED = ("name", "address", "country", "emails", "web", "web_form", "phone", "runs", "categories",
             "directory", "source", "source_text", "slug")

Progress = Callable[[int, int], None]


@dataclass
class ImportReport:
    """What an import did. ``skipped`` and ``warnings`` hold (file name or index, sentence)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # Fields dropped from records that were still imported (a malformed home page URL, ...).
    warnings: list[tuple[str, str]] = field(default_factory=list)
    # Mechanical repairs made before the record was read (directory_repairs): not errors.
    repaired: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.skipped)

    def summary(self) -> str:
        """``Added N, updated M, unchanged K, skipped S`` (the CLI prints this)."""
        return (f"Added {self.added}, updated {self.updated}, unchanged {self.unchanged}, "
                f"skipped {len(self.skipped)}")


# An entry is (label, loader): files are read lazily so a 3,000-file folder is never all in memory.
_Entry = tuple[str, Callable[[], Any]]


def _parse_json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput(f"{what} is not UTF-8 text.") from None
    except json.JSONDecodeError as err:
        raise InvalidInput(f"{what} is not valid JSON ({err.msg}, line {err.lineno}).") from None
    except (ValueError, RecursionError):  # huge integers, absurd nesting
        raise InvalidInput(f"{what} is not JSON this importer can read.") from None


def _read(path: Path, limit: int, what: str) -> bytes:
    try:
        if path.stat().st_size > limit:
            raise InvalidInput(f"{what} is larger than {limit // 1_000_000} MB.")
        return path.read_bytes()
    except OSError as err:
        raise InvalidInput(f"{what} cannot be read: {err.strerror}.") from None


def _record_files(folder: Path) -> list[Path]:
    """``*.json`` files, and extension-less ones: upstream has a record without the suffix."""
    try:
        return sorted(p for p in folder.iterdir()
                      if p.suffix.lower() in (".json", "") and not p.name.startswith(".") and p.is_file())
    except OSError as err:
        raise InvalidInput(f"The folder {folder} cannot be read: {err.strerror}.") from None


def _file_entry(path: Path) -> _Entry:
    return path.name, lambda: _parse_json(_read(path, MAX_RECORD_FILE, "The file"), "The file")


def _array_entries(value: Any, name: str) -> list[_Entry]:
    if isinstance(value, dict):  # a single record is a list of one
        return [(name, lambda: value)]
    if not isinstance(value, list):
        raise InvalidInput(f"{name} holds neither a company record nor a list of them.")
    prefix = f"{name} " if name else ""
    return [(f"{prefix}[{index}]{_slug_hint(item)}", lambda item=item: item) for index, item in enumerate(value)]


def _slug_hint(item: Any) -> str:
    """' (slug)' when the item has a plausible slug: an index alone is hard to find in 2 MB."""
    slug = item.get("slug") if isinstance(item, dict) else None
    return f" ({slug})" if isinstance(slug, str) and _SLUG.match(slug) else ""


def builtin_records() -> list[Any]:
    """The starter directory shipped with the app (3,070 records, CC0; see resources/directory)."""
    text = (files("resources") / "directory" / "companies.json").read_text(encoding="utf-8")
    return json.loads(text)


def _entries(source: Path | str | list[Any] | None) -> list[_Entry]:
    if source is None:
        return _array_entries(builtin_records(), "")
    if isinstance(source, list):
        return _array_entries(source, "")
    path = Path(source).expanduser()
    if path.is_dir():
        found = _record_files(path)
        if not found:
            raise InvalidInput(f"The folder {path} holds no record files (*.json).")
        return [_file_entry(p) for p in found]
    if not path.exists():
        raise InvalidInput(f"There is no file or folder at {path}.")
    what = f"The file {path.name}"
    return _array_entries(_parse_json(_read(path, MAX_ARRAY_FILE, what), what), path.name)


def _existing(vault: Vault) -> dict[str, dict[str, Any]]:
    """slug -> stored row (the compared columns, id, edited_fields), in one query."""
    rows = vault.query(f"SELECT id, edited_fields, {', '.join(_COMPARED)} FROM controller WHERE slug IS NOT NULL")
    return {row["slug"]: dict(zip(row.keys(), tuple(row))) for row in rows}


def _chunks(entries: list[_Entry]) -> Iterator[list[_Entry]]:
    for start in range(0, len(entries), CHUNK):
        yield entries[start:start + CHUNK]


def import_directory(vault: Vault, source: Path | str | list[Any] | None = None, *,
                     progress: Progress | None = None) -> ImportReport:
    """Import company records into the vault; returns what was added, updated, kept and skipped.

    ``source``: a folder of record files, one JSON file (an array of records, or one record),
    a list of record dicts, or None for the built-in starter directory. ``progress(done, total)``
    is called with (0, total) first, at least every ``PROGRESS_EVERY`` records, and with
    (total, total) last. Raises InvalidInput only when the source as a whole cannot be read.

    Each chunk of ``CHUNK`` records is one transaction; if the import fails midway (disk full),
    earlier chunks stay, and running it again completes it (the import is idempotent).
    """
    entries = _entries(source)
    total = len(entries)
    report = ImportReport()
    stored = _existing(vault)
    seen: set[str] = set()
    done = 0
    if progress:
        progress(0, total)
    for chunk in _chunks(entries):
        with vault.transaction() as connection:
            for label, load in chunk:
                _import_one(connection, label, load, stored, seen, report)
                done += 1
                if progress and done % PROGRESS_EVERY == 0 and done < total:
                    progress(done, total)
    changed(vault)
    if progress:
        progress(total, total)
    return report


def _import_one(connection: Any, label: str, load: Callable[[], Any], stored: dict[str, dict[str, Any]],
                seen: set[str], report: ImportReport) -> None:
    try:
        record, repairs = repair_record(load())
        values, warnings = map_record(record)
    except InvalidInput as err:
        report.skipped.append((label, str(err)))
        return
    slug = values["slug"]
    if slug in seen:
        report.skipped.append((label, f"Another record in this import has the slug '{slug}'."))
        return
    seen.add(slug)
    report.repaired.extend((label, repair) for repair in repairs)
    report.warnings.extend((label, warning) for warning in warnings)
    current = stored.get(slug)
    if current is None:
        controller_id = insert_controller(connection, values)
        stored[slug] = {**{c: values.get(c) for c in _COMPARED}, "id": controller_id, "edited_fields": "[]"}
        report.added += 1
        return
    kept = set(json.loads(current["edited_fields"] or "[]"))  # the person's edits win
    changes = {c: values.get(c) for c in _COMPARED if c not in kept and values.get(c) != current[c]}
    if not changes:
        report.unchanged += 1
        return
    assignments = ", ".join(f"{column} = ?" for column in changes)
    connection.execute(f"UPDATE controller SET {assignments} WHERE id = ?", (*changes.values(), current["id"]))
    current.update(changes)
    report.updated += 1


def list_controllers_in_category(vault: Vault, category: str, search: str | None = None, *,
                                 limit: int | None = None) -> list[Controller]:
    """Controllers whose ``categories`` include ``category`` (e.g. 'credit agency'), best matches first.

    The category is matched ignoring case (``casefold``, so 'KREDITAUSKUNFTEI' finds
    'Kreditauskunftei'): the vault's few distinct spellings are compared in Python, then the
    controllers carrying them are read in SQL, without decoding the rest of the table.
    """
    wanted = category.strip().casefold()
    if search and search.strip():  # the full-text search narrows first and ranks
        found = [c for c in list_controllers(vault, search) if wanted in (x.casefold() for x in c.categories)]
        return found[:limit] if limit else found
    spellings = [name for name, _count in category_counts(vault) if name.casefold() == wanted]
    return list_controllers_with_category(vault, spellings, limit=limit)


def category_counts(vault: Vault) -> list[tuple[str, int]]:
    """Every category in the vault with how many controllers carry it, most common first."""
    rows = vault.query("SELECT j.value AS category, count(*) AS n FROM controller, json_each(controller.categories) j "
                       "WHERE json_valid(controller.categories) GROUP BY j.value ORDER BY n DESC, j.value")
    return [(str(row["category"]), int(row["n"])) for row in rows]


def directory_size(vault: Vault) -> int:
    """How many controllers in the vault came from a directory import."""
    return int(vault.query_one("SELECT count(*) FROM controller WHERE source = 'directory'")[0])
