"""Directory import and controller search, each against a baseline measured in the same run.

* import: ``import_directory`` of the 3,070 starter records into a new vault vs a plain
  ``sqlcipher3`` ``executemany`` of the same 3,070 names into an encrypted file (the floor:
  no validation, no JSON, no search index);
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
import secrets
import tempfile
from pathlib import Path

import sqlcipher3

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


def _plain_names(folder: Path, name: str, names: list[str]) -> None:
    connection = sqlcipher3.connect(str(folder / name), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    connection.execute("PRAGMA synchronous = FULL")  # as the vault does
    connection.execute("CREATE TABLE controller (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO controller (name) VALUES (?)", [(n,) for n in names])
    connection.execute("COMMIT")
    connection.close()


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
    names = [r["name"] for r in records]
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        counter = iter(range(100))

        def one_import() -> None:
            with _new_vault(folder, f"import-{next(counter)}.db") as vault:
                import_directory(vault, records)

        imported = best_of(one_import)
        plain = best_of(lambda: _plain_names(folder, f"plain-{next(counter)}.db", names))
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
