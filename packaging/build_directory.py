"""Build ``resources/directory/companies.json`` (the built-in starter directory), validated and repaired.

Usage (from the repository root, with the project's virtual environment)::

    python packaging/build_directory.py PATH/TO/datenanfragen-data [-o resources/directory/companies.json]
    python packaging/build_directory.py companies.json            # an export: one JSON array of records

The source is the ``companies/`` folder of the datarequests.org open data (repository
``datenanfragen/data``, CC0 1.0): one JSON object per file, or an export of it as one JSON
array. Every regular file in the folder is read, not only ``*.json``: at commit 0a29c3d6 one
record (``mdm-de``) has no extension.

Every record is checked against the schema's required fields, repaired where the repair is
mechanical (``vault.organisations.directory_repairs``: a misspelt URL scheme, invisible
characters, ...) and then validated by the importer itself (``map_record``): a record that
still fails is dropped, and a field the importer would leave out is removed here. What was
changed and why is written to ``packaging/directory-build-report.md``, so the app never shows
a person a data error from the data it ships. Output is one compact JSON array sorted by slug:
rebuilding gives byte-identical output.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from a checkout

from vault.errors import InvalidInput  # noqa: E402
from vault.organisations.directory_records import map_record  # noqa: E402
from vault.organisations.directory_repairs import missing_required, repair_record  # noqa: E402

REPORT = Path(__file__).resolve().parent / "directory-build-report.md"


def record_files(folder: Path) -> list[Path]:
    """The record files of ``folder``: regular files, hidden ones and non-JSON documents excluded."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(".") and p.suffix in ("", ".json"))


def read_records(source: Path) -> list[object]:
    """The records of a checkout (its ``companies/`` folder), a folder of records, or a JSON array file."""
    if source.is_file():
        value = json.loads(source.read_text(encoding="utf-8"))
        return value if isinstance(value, list) else [value]
    folder = source / "companies" if (source / "companies").is_dir() else source
    files = record_files(folder)
    if not files:
        raise SystemExit(f"No records found in {folder}.")
    return [json.loads(path.read_text(encoding="utf-8")) for path in files]


def build(records: list[object]) -> tuple[list[dict], list[tuple[str, str]], list[tuple[str, str]]]:
    """(kept records sorted by slug, [(slug, change)], [(slug or index, why dropped)])."""
    kept: dict[str, dict] = {}
    changed: list[tuple[str, str]] = []
    dropped: list[tuple[str, str]] = []
    for index, record in enumerate(records):
        label = record.get("slug") if isinstance(record, dict) and isinstance(record.get("slug"), str) else f"#{index}"
        repaired, changes = repair_record(record)
        missing = missing_required(repaired)
        if missing:
            dropped.append((label, f"It lacks the required field(s) {', '.join(missing)}."))
            continue
        try:
            _values, warnings = map_record(repaired)
        except InvalidInput as err:
            dropped.append((label, f"The importer refuses it: {err}"))
            continue
        if warnings and "web" in repaired:  # the only field map_record leaves out is the home page
            changes.append(f"Left out the home page '{repaired.pop('web')}': {warnings[0]}")
        if label in kept:
            dropped.append((label, "Another record has the same slug."))
            continue
        kept[label] = repaired
        changed.extend((label, change) for change in changes)
    return [kept[slug] for slug in sorted(kept)], changed, dropped


def report(total: int, kept: int, changed: list[tuple[str, str]], dropped: list[tuple[str, str]]) -> str:
    """The build report (Markdown)."""
    lines = ["# Directory build report", "",
             "Written by `packaging/build_directory.py`: what the build changed in the datarequests.org records "
             "and why. Known problems that need a person to check them (a domain that looks misspelt, a phone "
             "number too long to dial) are in `directory-quality.md`; they are not changed here.", "",
             f"Records read: {total}; kept: {kept}; changed: {len({slug for slug, _ in changed})}; "
             f"dropped: {len(dropped)}.", "", "## Changed", ""]
    lines += [f"- `{slug}`: {change}" for slug, change in changed] or ["Nothing."]
    lines += ["", "## Dropped", ""]
    lines += [f"- `{slug}`: {why}" for slug, why in dropped] or ["Nothing."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a datenanfragen/data checkout, its companies/ folder, "
                                                  "or one JSON array of records")
    parser.add_argument("-o", "--output", type=Path, default=Path("resources/directory/companies.json"))
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    records = read_records(args.source)
    kept, changed, dropped = build(records)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(kept, ensure_ascii=False, separators=(",", ":"))
    args.output.write_text(text + "\n", encoding="utf-8")
    args.report.write_text(report(len(records), len(kept), changed, dropped), encoding="utf-8")
    print(f"{len(kept)} records written to {args.output} ({len(text.encode()) / 1e6:.1f} MB); "
          f"{len(changed)} change(s), {len(dropped)} dropped: see {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
