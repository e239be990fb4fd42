"""Plain-text output for people (``--json`` is for scripts)."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Columns padded to their widest cell; newlines in cells shown as ' / '."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c).replace("\n", " / ") for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


def print_record(record: dict[str, Any]) -> None:
    """One object as 'field: value' lines."""
    for key, value in record.items():
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, str) and "\n" in value:
            value = value.replace("\n", "\n    ")
        print(f"{key}: {'' if value is None else value}")


def print_json_array(items: Iterable[Any]) -> None:
    """A JSON array written item by item, the same text as ``print_json`` of the list: memory stays flat."""
    out = sys.stdout
    out.write("[")
    empty = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2, default=str)
        out.write(("\n  " if empty else ",\n  ") + text.replace("\n", "\n  "))
        empty = False
    out.write("]\n" if empty else "\n]\n")
