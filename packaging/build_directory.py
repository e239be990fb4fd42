"""Build ``resources/directory/companies.json`` (the built-in starter directory).

Usage::

    python packaging/build_directory.py PATH/TO/datenanfragen-data [-o resources/directory/companies.json]

The source is the ``companies/`` folder of the datarequests.org open data (repository
``datenanfragen/data``, CC0 1.0): one JSON object per file. Records are copied unchanged and
written as one compact JSON array sorted by slug, so rebuilding gives byte-identical output.
Every regular file in the folder is read, not only ``*.json``: at commit 0a29c3d6 one record
(``mdm-de``) has no extension. A file that is not a JSON object stops the build: the starter
directory must never ship a record the importer would have to skip.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def record_files(folder: Path) -> list[Path]:
    """The record files of ``folder``: regular files, hidden ones and non-JSON documents excluded."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(".") and p.suffix in ("", ".json"))


def build(checkout: Path) -> list[dict]:
    """Every company record, sorted by slug."""
    folder = checkout / "companies"
    files = record_files(folder)
    if not files:
        raise SystemExit(f"No records found in {folder}.")
    records = []
    for path in files:
        record = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(record, dict) or not isinstance(record.get("slug"), str):
            raise SystemExit(f"{path.name} is not a company record.")
        records.append(record)
    records.sort(key=lambda r: r["slug"])
    slugs = [r["slug"] for r in records]
    if len(set(slugs)) != len(slugs):
        raise SystemExit("Two records share a slug; fix the source first.")
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path, help="folder of a datenanfragen/data checkout")
    parser.add_argument("-o", "--output", type=Path, default=Path("resources/directory/companies.json"))
    args = parser.parse_args(argv)
    records = build(args.checkout)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"{len(records)} records written to {args.output} ({len(text.encode()) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
