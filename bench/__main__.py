"""``python -m bench`` (``make bench``): run every ``bench/bench_*.py`` and print one table.

Each module offers ``run() -> list[tuple[str, float, float]]``: (label, our seconds, baseline
seconds), the baseline measured in the same run on the same machine (a label containing
"(MiB)" holds memory sizes instead). The table shows both and
their ratio; ratios, not absolute times, compare between machines. ``python -m bench store``
runs only the modules whose name contains ``store``.
"""
from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # some benchmarks render with Qt


def discover(only: Sequence[str] = ()) -> list[str]:
    """The ``bench.bench_*`` module names, sorted, filtered by the words given."""
    folder = str(Path(__file__).resolve().parent)
    names = sorted(m.name for m in pkgutil.iter_modules([folder]) if m.name.startswith("bench_"))
    return [f"bench.{n}" for n in names if not only or any(word in n for word in only)]


def seconds(value: float) -> str:
    """A duration, readable: s, ms or µs."""
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.1f} ms"
    return f"{value * 1e6:.0f} µs"


def mebibytes(value: float) -> str:
    """A memory size given in MiB."""
    return f"{value:.1f} MiB"


def table(rows: list[tuple[str, str, float, float]]) -> str:
    """The results as aligned columns: benchmark, ours, baseline, ratio."""
    cells = [("module", "benchmark", "ours", "baseline", "ratio")]
    for module, label, ours, baseline in rows:
        ratio = f"{ours / baseline:.2f}x" if baseline > 0 else "n/a"
        unit = mebibytes if "(MiB)" in label else seconds  # a memory row says so in its label
        cells.append((module, label, unit(ours), unit(baseline), ratio))
    widths = [max(len(row[i]) for row in cells) for i in range(5)]
    lines = []
    for index, row in enumerate(cells):
        left = [row[i].ljust(widths[i]) for i in range(2)]
        right = [row[i].rjust(widths[i]) for i in range(2, 5)]
        lines.append("  ".join(left + right).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    only = list(sys.argv[1:] if argv is None else argv)
    names = discover(only)
    if not names:
        print("No benchmark found.", file=sys.stderr)
        return 1
    rows: list[tuple[str, str, float, float]] = []
    failed: list[str] = []
    for name in names:
        short = name.removeprefix("bench.")
        started = time.perf_counter()
        print(f"== {short}", flush=True)
        try:
            module = importlib.import_module(name)
            run = getattr(module, "run", None)
            if not callable(run):
                print("   (no run(): skipped)")
                continue
            results = run()
            for label, ours, baseline in results:
                rows.append((short, str(label), float(ours), float(baseline)))
        except Exception:  # one broken benchmark must not hide the others
            failed.append(short)
            print(f"   FAILED:\n{traceback.format_exc()}", flush=True)
            continue
        print(f"   done in {time.perf_counter() - started:.1f} s", flush=True)
    print()
    print(table(rows))
    if failed:
        print(f"\nFailed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
