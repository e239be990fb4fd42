"""The dashboard's questions on the 100k vault built through the API, each against the same SQL raw.

The vault is ``bench.corpus``'s (100,000 requests with their letters, about 230,000 events,
5,000 attachments; no ANALYZE beyond what the app runs itself). Each function of
``vault.cases.dashboard`` (and the counts of ``vault.cases.queries``) is timed against exactly
the statements it ran, recorded with SQLite's trace callback and replayed on a raw SQLCipher
connection with the raw key and the same page cache: the ratio is what our Python around the
SQL costs, not a different query.

Run ``python -m bench dashboard``.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bench import corpus
from bench.replay import raw_connection, reads_of, replay
from bench.timing import best_of
from vault.cases import dashboard
from vault.cases.queries import dashboard_counts
from vault.storage.store import open_vault

SIZE = "100k"


def run() -> list[tuple[str, float, float]]:
    """(label, ours, the same statements raw) for each dashboard question."""
    path = corpus.vault_path(SIZE)
    today = corpus.TODAY
    questions: list[tuple[str, Callable[[Any], Any]]] = [
        ("overdue (all)", lambda v: dashboard.overdue(v, today)),
        ("due within 7 days", lambda v: dashboard.due_soon(v, today, 7)),
        ("drafts (first 200)", lambda v: dashboard.drafts(v, today, limit=200)),
        ("waiting for delivery", lambda v: dashboard.waiting_for_delivery(v, today)),
        ("answered this month", lambda v: dashboard.answered_this_month(v, today)),
        ("the five counts", lambda v: dashboard_counts(v, today)),
        ("next steps of 20 overdue rows", lambda v: dashboard.with_next_steps(
            v, dashboard.overdue(v, today, limit=20), today)),
    ]
    results = []
    statements: list[str] = []
    vault = open_vault(path, corpus.PASSPHRASE)
    try:
        raw = raw_connection(path, corpus.raw_key(path))
        for label, question in questions:
            statements.clear()
            with vault.raw_connection() as connection:  # record what the question runs, then stop
                connection.set_trace_callback(statements.append)
            rows = question(vault)
            with vault.raw_connection() as connection:
                connection.set_trace_callback(None)
            reads = reads_of(statements)
            replay(raw, reads)  # warm the raw connection's cache as ours is
            ours = best_of(lambda q=question: q(vault), 5)
            floor = best_of(lambda r=reads: replay(raw, r), 5)
            count = len(rows) if isinstance(rows, list) else 1
            results.append((f"{label} ({count:,} rows, {SIZE} vault)", ours, floor))
        raw.close()
    finally:
        vault.close()
    return results


if __name__ == "__main__":
    for label, ours, baseline in run():
        print(f"{label}: {ours * 1e3:.1f} ms vs raw SQL {baseline * 1e3:.1f} ms ({ours / baseline:.2f}x)")
