"""The dashboard's questions on 100,000 requests, each against the same question in raw SQL.

The vault is filled directly (one transaction) with 100,000 requests spread over ten years:
most closed, some open with due dates around today, some drafts. Each dashboard function
(``vault.cases.dashboard``) is timed against a bare ``SELECT`` of the same rows on the same
connection, so the ratio shows what our query shape and record decoding cost.

Run ``python -m bench.bench_dashboard``.
"""
from __future__ import annotations

import os
import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from bench.timing import best_of
from vault.cases import dashboard
from vault.organisations.controllers import add_controller
from vault.people.identities import add_identity
from vault.storage.store import PROFILE_ENV, Vault, create_vault

REQUESTS = 100_000
TODAY = date(2026, 11, 23)
_STATUSES = ["closed"] * 60 + ["answered"] * 20 + ["sent"] * 12 + ["acknowledged"] * 4 + ["draft"] * 4


def fill(vault: Vault, count: int = REQUESTS, seed: int = 7) -> None:
    """``count`` requests over 50 controllers, with plausible dates and statuses."""
    rng = random.Random(seed)
    identity = add_identity(vault, label="Bench", name="Bench Person")
    controllers = [add_controller(vault, name=f"Controller {n}", country="FR") for n in range(50)]
    rows = []
    for _ in range(count):
        status = rng.choice(_STATUSES)
        sent = TODAY - timedelta(days=rng.randint(0, 3650))
        due = sent + timedelta(days=31)
        rows.append((identity, rng.choice(controllers), "access", "fr", "email", status, sent.isoformat(),
                     None if status == "draft" else sent.isoformat(),
                     None if status == "draft" else due.isoformat(),
                     due.isoformat() if status == "closed" else None, int(rng.random() < 0.01)))
    with vault.transaction() as connection:
        connection.executemany(
            "INSERT INTO request (identity_id, controller_id, right, lang, channel, status, created_on, sent_on, "
            "due_on, closed_on, received_is_estimate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        connection.execute("ANALYZE")


_RAW_OVERDUE = ("SELECT r.*, c.name FROM request r JOIN controller c ON c.id = r.controller_id "
                "WHERE r.status IN ('sent', 'acknowledged') AND r.due_on < ? ORDER BY r.due_on")
_RAW_SOON = ("SELECT r.*, c.name FROM request r JOIN controller c ON c.id = r.controller_id "
             "WHERE r.status IN ('sent', 'acknowledged') AND r.due_on BETWEEN ? AND ? ORDER BY r.due_on")
_RAW_DRAFTS = ("SELECT r.*, c.name FROM request r JOIN controller c ON c.id = r.controller_id "
               "WHERE r.status = 'draft' ORDER BY r.id DESC")


def run() -> list[tuple[str, float, float]]:
    """(label, ours, raw SQL) for each dashboard question on 100,000 requests."""
    old = os.environ.get(PROFILE_ENV)
    os.environ[PROFILE_ENV] = "0"
    try:
        with tempfile.TemporaryDirectory() as folder:
            vault = create_vault(Path(folder) / "bench.db", "bench")
            try:
                fill(vault)
                today, soon = TODAY.isoformat(), (TODAY + timedelta(days=7)).isoformat()
                pairs = [
                    ("overdue (100k requests)", lambda: dashboard.overdue(vault, TODAY),
                     lambda: vault.query(_RAW_OVERDUE, (today,))),
                    ("due within 7 days", lambda: dashboard.due_soon(vault, TODAY, 7),
                     lambda: vault.query(_RAW_SOON, (today, soon))),
                    ("drafts (first 200)", lambda: dashboard.drafts(vault, TODAY, limit=200),
                     lambda: vault.query(_RAW_DRAFTS + " LIMIT 200")),
                    ("waiting for delivery", lambda: dashboard.waiting_for_delivery(vault, TODAY),
                     lambda: vault.query("SELECT * FROM request WHERE status IN ('sent', 'acknowledged') "
                                         "AND received_is_estimate = 1")),
                    ("answered this month", lambda: dashboard.answered_this_month(vault, TODAY),
                     lambda: vault.query("SELECT request_id FROM event WHERE kind = 'answered' AND on_date >= ?",
                                         (TODAY.replace(day=1).isoformat(),))),
                ]
                return [(label, best_of(ours, 5), best_of(raw, 5)) for label, ours, raw in pairs]
            finally:
                vault.close()
    finally:
        if old is None:
            os.environ.pop(PROFILE_ENV, None)
        else:
            os.environ[PROFILE_ENV] = old


if __name__ == "__main__":
    for label, ours, baseline in run():
        print(f"{label}: {ours * 1e3:.1f} ms vs raw SQL {baseline * 1e3:.1f} ms ({ours / baseline:.2f}x)")
