"""Directory import and controller search, each against a baseline measured in the same run.

* import: ``import_directory`` of the 3,070 starter records into a new vault vs exactly the
  INSERTs it ran (recorded with the trace callback, parameters bound), replayed in one
  transaction on a raw copy of an empty vault: the same rows, columns, indexes and search
  index, without the reading, validation and mapping of the records;
* search: ``list_controllers(vault, text)`` (FTS5, ranked, decoded into records) over 10,000
  controllers vs a plain ``LIKE '%text%'`` scan of the same five columns returning raw rows,
  per query, averaged over typical queries (a name, a former name, a domain, an e-mail);
* broad search: a word in thousands of records ("gmbh"), limited to 50 results as a list
  view asks, vs the same LIKE scan with ``LIMIT 50``.

Run ``python -m bench.bench_directory``; ratios, not absolute times, are comparable between
machines. The design target is < 30 ms per search on 10,000 controllers.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from bench.replay import raw_connection, writes_of
from bench.timing import best_of
from vault.organisations.controllers import list_controllers
from vault.organisations.directory_import import builtin_records, import_directory
from vault.storage.store import PROFILE_ENV, Vault, create_vault

QUERIES = ("klarna", "Sofortüberweisung", "rundfunkbeitrag.de", "datenschutz@schufa.de", "amazon marketplace",
           "Deutsche Post")
_LIKE = ("name LIKE :q OR runs LIKE :q OR coalesce(web, '') LIKE :q OR emails LIKE :q "
         "OR address LIKE :q")


def _new_vault(folder: Path, name: str) -> Vault:
    # The KDF is not what is measured here: use the cheap test profile for vault creation.
    previous = os.environ.get(PROFILE_ENV)
    os.environ[PROFILE_ENV] = "0"
    try:
        return create_vault(folder / name, "bench passphrase")
    finally:
        if previous is None:
            os.environ.pop(PROFILE_ENV, None)
        else:
            os.environ[PROFILE_ENV] = previous


def _replay_writes(empty: Path, target: Path, key_literal: str, writes: list[str]) -> float:
    """Seconds to run ``writes`` in one transaction on a raw copy of an empty vault (same schema)."""
    shutil.copyfile(empty, target)
    connection = raw_connection(target, key_literal)
    connection.execute("PRAGMA synchronous = FULL")  # as the vault does
    start = time.perf_counter()
    connection.execute("BEGIN")
    for statement in writes:
        connection.execute(statement)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def _ten_thousand(records: list[dict]) -> list[dict]:
    """The directory three times under other slugs, topped up with invented records to 10,000."""
    many = [{**r, "slug": f"{r['slug']}-{copy}"} if copy else r for copy in range(3) for r in records]
    for i in range(10_000 - len(many)):
        many.append({"slug": f"generated-{i}", "name": f"Generated Company {i} GmbH",
                     "address": f"Musterweg {i}\n{10000 + i} Berlin\nDeutschland", "relevant-countries": ["de"],
                     "email": f"privacy@generated-{i}.example", "web": f"https://generated-{i}.example",
                     "sources": ["https://example.org"], "quality": "scraped"})
    return many


def run() -> list[tuple[str, float, float]]:
    """``(label, seconds, baseline seconds)`` for the import and the searches."""
    records = builtin_records()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        counter = iter(range(100))

        def one_import() -> float:
            with _new_vault(folder, f"import-{next(counter)}.db") as vault:
                start = time.perf_counter()
                import_directory(vault, records)
                return time.perf_counter() - start

        imported = min(one_import() for _ in range(3))
        with _new_vault(folder, "recorded.db") as vault:  # the statements the import runs, as executed
            statements: list[str] = []
            with vault.raw_connection() as connection:
                connection.set_trace_callback(statements.append)
            import_directory(vault, records)
        empty = _new_vault(folder, "empty.db")
        key_literal = empty.key_pragma_value()
        empty.close()
        # SQLite's trace reports a statement again when its trigger (the search index) runs; the
        # rows are unique by slug, so each distinct INSERT is one record.
        writes = list(dict.fromkeys(writes_of(statements)))
        plain = min(_replay_writes(folder / "empty.db", folder / f"plain-{n}.db", key_literal, writes)
                    for n in range(3))
        with _new_vault(folder, "search.db") as vault:
            import_directory(vault, _ten_thousand(records))
            assert vault.query_one("SELECT count(*) FROM controller")[0] == 10_000
            list_controllers(vault, "warm up")

            def like(query: str, limit: str = "") -> list:
                return vault.query(f"SELECT * FROM controller WHERE {_LIKE}{limit}", {"q": f"%{query}%"})

            search = best_of(lambda: [list_controllers(vault, q) for q in QUERIES]) / len(QUERIES)
            scan = best_of(lambda: [like(q) for q in QUERIES]) / len(QUERIES)
            broad = best_of(lambda: list_controllers(vault, "gmbh", limit=50))
            broad_scan = best_of(lambda: like("gmbh", " LIMIT 50"))
    return [("directory import, 3,070 records", imported, plain),
            ("FTS search, 10,000 controllers, per query", search, scan),
            ("FTS search 'gmbh' (thousands of hits), first 50", broad, broad_scan)]


def main() -> None:
    for label, seconds, baseline in run():
        print(f"{label}: {seconds * 1000:.1f} ms vs baseline {baseline * 1000:.1f} ms "
              f"= {seconds / baseline:.2f}x")


if __name__ == "__main__":
    main()
