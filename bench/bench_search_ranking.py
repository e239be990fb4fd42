"""Search ranking: top-1 accuracy on the query set, and latency on 10,000 organisations.

* accuracy: each query of ``tests/data/search_queries.json`` (people's spellings, typos,
  domains, e-mail addresses) against the shipped directory; right when the first
  organisation's chosen record is one the set expects. Printed, goal >= 0.95.
* latency: ``organisations(vault, text, limit=50)`` (ranked, one line per brand, the 50 lines a
  picker shows decoded) over 10,000 controllers, per query of the set, with the index warm, vs the plainest search in raw SQL on
  the same vault: ``LIKE '%text%'`` over name, former names, web, e-mail and address.
  Goal < 30 ms per query.
* one controller added, then searched: the index takes in that one record (vs the LIKE scan).
* index build: the first search after unlocking or an import (10,000 controllers) vs reading
  the same columns in raw SQL.

Run ``python -m bench search`` alone; ratios, not absolute times, compare between machines.
"""
from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from bench.bench_directory import _new_vault, _ten_thousand
from bench.timing import best_of
from vault.organisations.brands import organisations
from vault.organisations.controllers import add_controller
from vault.organisations.directory_import import builtin_records, import_directory
from vault.organisations.search_index import _COLUMNS, SearchIndex, search_index

LIST = 50  # lines a picker shows
QUERIES = Path(__file__).resolve().parents[1] / "tests" / "data" / "search_queries.json"
_LIKE = ("SELECT * FROM controller WHERE name LIKE :q OR runs LIKE :q OR coalesce(web, '') LIKE :q "
         "OR emails LIKE :q OR address LIKE :q")


def accuracy(vault: object, queries: list[dict]) -> tuple[int, list[str]]:
    """(right answers, the queries answered wrongly) with the first organisation's chosen record."""
    misses = []
    for query in queries:
        found = organisations(vault, query["query"], limit=1)
        if not found or found[0].chosen.slug not in query["expected"]:
            misses.append(query["query"])
    return len(queries) - len(misses), misses


def run() -> list[tuple[str, float, float]]:
    """Print the top-1 accuracy; return the latency rows."""
    queries = json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]
    records = builtin_records()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        with _new_vault(folder, "directory.db") as vault:
            import_directory(vault, records)
            right, misses = accuracy(vault, queries)
        print(f"   top-1 accuracy: {right}/{len(queries)} = {right / len(queries):.3f} (goal >= 0.95)"
              + (f"; missed: {', '.join(repr(m) for m in misses)}" if misses else ""))
        with _new_vault(folder, "ten-thousand.db") as vault:
            import_directory(vault, _ten_thousand(records))
            texts = [q["query"] for q in queries]
            started = time.perf_counter()
            search_index(vault)
            print(f"   index build, 10,000 controllers: {(time.perf_counter() - started) * 1000:.0f} ms")
            ours = best_of(lambda: [organisations(vault, t, limit=LIST) for t in texts]) / len(texts)
            plain = best_of(lambda: [vault.query(_LIKE, {"q": f"%{t}%"}) for t in texts]) / len(texts)
            print(f"   ranked search, 10,000 organisations: {ours * 1000:.1f} ms per query (goal < 30 ms)")
            counter = iter(range(100))

            def add_then_search() -> None:
                add_controller(vault, name=f"Benchmark Added {next(counter)} GmbH", web="https://added.example")
                organisations(vault, "benchmark added", limit=LIST)

            added = best_of(add_then_search)
            added_plain = best_of(lambda: (vault.query(_LIKE, {"q": "%benchmark added%"})))
            build = best_of(lambda: SearchIndex(vault.query(_COLUMNS)))
            read = best_of(lambda: vault.query(_COLUMNS))
    return [("ranked search (warm index), 10,000 controllers, per query", ours, plain),
            ("add one controller, then search it (index updated, not rebuilt)", added, added_plain),
            ("search index build, 10,000 controllers", build, read)]


def main() -> None:
    for label, seconds, baseline in run():
        print(f"{label}: {seconds * 1000:.1f} ms vs baseline {baseline * 1000:.1f} ms = {seconds / baseline:.2f}x")


if __name__ == "__main__":
    main()
