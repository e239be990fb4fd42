"""Plain-text output for people (``--json`` is for scripts)."""
from __future__ import annotations

from collections.abc import Sequence
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
