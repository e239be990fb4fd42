"""Read-only queries the request list and the dashboard need: ids in order, rows by ids, counts.

A list of 100,000 requests is shown by holding only the ids (``request_ids``, filtered,
searched and sorted in SQL) and reading the rows a page at a time (``request_rows``). Nothing
here writes to the vault.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from vault.cases.requests import OPEN_STATUSES, Request, chain, follow_ups
from vault.storage.records import from_row

# Must read exactly like the partial index ``request_open_due`` (vault/schema.py) to use it.
_OPEN = "r.status IN (" + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + ")"
_DUE = "coalesce(r.extended_due_on, r.due_on)"
SORT_KEYS: dict[str, str] = {
    "id": "r.id",
    "controller": "c.name COLLATE NOCASE",
    "identity": "i.label COLLATE NOCASE",
    "right": "r.right",
    "status": "r.status",
    "created_on": "r.created_on",
    "sent_on": "r.sent_on",
    "channel": "r.channel",
    "due_on": _DUE,
}
_ROW_SELECT = (
    "SELECT r.id, r.identity_id, i.label AS identity, r.controller_id, c.name AS controller, r.right, r.lang, "
    f"r.status, r.channel, r.created_on, r.sent_on, {_DUE} AS due_on, r.received_is_estimate, r.follow_up_of "
    "FROM request r JOIN controller c ON c.id = r.controller_id JOIN identity i ON i.id = r.identity_id ")
_REFERENCE = re.compile(r"^\s*(?:#|PV-\d{4}-)?0*(\d{1,9})\s*$", re.IGNORECASE)
_CHUNK = 500


@dataclass
class RequestRow:
    """What one line of the request list shows."""

    id: int
    identity_id: int
    identity: str
    controller_id: int
    controller: str
    right: str
    lang: str
    status: str
    channel: str | None
    created_on: str
    sent_on: str | None
    due_on: str | None  # the deadline that stands (extended when the controller extended in time)
    received_is_estimate: bool
    follow_up_of: int | None

    def days_left(self, today: date) -> int | None:
        """Days until the deadline (negative: overdue), or None without one."""
        return (date.fromisoformat(self.due_on) - today).days if self.due_on else None

    def is_overdue(self, today: date) -> bool:
        """Open and past its deadline (derived, never stored)."""
        return self.status in OPEN_STATUSES and self.due_on is not None and self.due_on < today.isoformat()


@dataclass
class DashboardCounts:
    """How many requests each dashboard section holds (the sections show only the first few)."""

    overdue: int
    due_soon: int
    waiting_for_delivery: int
    drafts: int
    answered_this_month: int


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(search: str | None, statuses: Sequence[str] | None, rights: Sequence[str] | None,
           overdue_only: bool, today: date | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    text = (search or "").strip()
    if text:
        match = _REFERENCE.match(text)
        clause = "r.controller_id IN (SELECT id FROM controller WHERE name LIKE ? ESCAPE '\\')"
        params.append(_like_pattern(text))
        if match:  # a reference (PV-2026-00042, #42, 42) finds that request too
            clause = f"({clause} OR r.id = ?)"
            params.append(int(match.group(1)))
        clauses.append(clause)
    if statuses:
        clauses.append("r.status IN (" + ", ".join("?" * len(statuses)) + ")")
        params.extend(statuses)
    if rights:
        clauses.append("r.right IN (" + ", ".join("?" * len(rights)) + ")")
        params.extend(rights)
    if overdue_only:
        clauses.append(f"{_OPEN} AND {_DUE} < ?")
        params.append((today or date.today()).isoformat())
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def request_ids(vault: Any, *, search: str | None = None, statuses: Sequence[str] | None = None,
                rights: Sequence[str] | None = None, overdue_only: bool = False, today: date | None = None,
                sort: str = "id", descending: bool = True) -> list[int]:
    """The ids of the requests to list, filtered and sorted in SQL.

    Args:
        vault: the open vault.
        search: part of the controller's name (any case); a reference such as ``PV-2026-00042``,
            ``#42`` or ``42`` also finds that request.
        statuses: keep these statuses only (None or empty: all).
        rights: keep these rights or follow-up kinds only (None or empty: all).
        overdue_only: keep open requests whose deadline is before ``today``.
        today: the day overdue is counted from (default: today).
        sort: one of ``SORT_KEYS``; ties are ordered by id. Requests without the value sort last.
        descending: newest / largest first.

    Returns:
        Request ids in display order.
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    where, params = _where(search, statuses, rights, overdue_only, today)
    direction = "DESC" if descending else "ASC"
    key = SORT_KEYS[sort]
    joins = ""
    if sort == "controller":
        joins = " JOIN controller c ON c.id = r.controller_id"
    elif sort == "identity":
        joins = " JOIN identity i ON i.id = r.identity_id"
    nulls_last = f"{key} IS NULL, " if sort in ("sent_on", "due_on", "channel") else ""
    rows = vault.query(f"SELECT r.id FROM request r{joins}{where} ORDER BY {nulls_last}{key} {direction}, "
                       f"r.id {direction}", params)
    return [row[0] for row in rows]


def request_rows(vault: Any, ids: Sequence[int]) -> list[RequestRow]:
    """The list rows of ``ids``, in the same order; ids removed since are left out."""
    found: dict[int, RequestRow] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for row in vault.query(f"{_ROW_SELECT}WHERE r.id IN ({marks})", chunk):
            found[row["id"]] = RequestRow(
                id=row["id"], identity_id=row["identity_id"], identity=row["identity"],
                controller_id=row["controller_id"], controller=row["controller"], right=row["right"],
                lang=row["lang"], status=row["status"], channel=row["channel"], created_on=row["created_on"],
                sent_on=row["sent_on"], due_on=row["due_on"], received_is_estimate=bool(row["received_is_estimate"]),
                follow_up_of=row["follow_up_of"])
    return [found[i] for i in wanted if i in found]


def dashboard_counts(vault: Any, today: date, days: int = 7) -> DashboardCounts:
    """How many requests are overdue, due within ``days``, waiting for delivery, drafts, answered this month.

    Counted with the same conditions as ``vault.cases.dashboard``'s lists, in one pass each.
    """
    def count(sql: str, params: Sequence[Any] = ()) -> int:
        return int(vault.query_one(sql, params)[0])

    soon = (today + timedelta(days=days)).isoformat()
    return DashboardCounts(
        overdue=count(f"SELECT count(*) FROM request r WHERE {_OPEN} AND {_DUE} < ?", (today.isoformat(),)),
        due_soon=count(f"SELECT count(*) FROM request r WHERE {_OPEN} AND {_DUE} BETWEEN ? AND ?",
                       (today.isoformat(), soon)),
        waiting_for_delivery=count(f"SELECT count(*) FROM request r WHERE {_OPEN} AND r.received_is_estimate = 1"),
        drafts=count("SELECT count(*) FROM request r WHERE r.status = 'draft'"),
        answered_this_month=count(
            "SELECT count(DISTINCT request_id) FROM event WHERE kind IN ('answered', 'partly-answered', 'refused') "
            "AND on_date >= ?", (today.replace(day=1).isoformat(),)),
    )


def case_requests(vault: Any, request_id: int) -> list[Request]:
    """The whole case of a request: its first request, then every follow-up, in creation order."""
    root = chain(vault, request_id)[0]
    case: list[Request] = []
    pending = [root]
    while pending and len(case) < 1000:
        current = pending.pop(0)
        case.append(current)
        pending.extend(follow_ups(vault, current.id))
    return sorted(case, key=lambda request: request.id)


def iter_requests(vault: Any, *, status: str | None = None, batch: int = 1000) -> Iterator[Request]:
    """Every request (or those of one ``status``), newest first, read ``batch`` rows at a time.

    For output that streams (``request list --json``): memory holds one batch, not the vault.
    Each batch is its own query (keyset on id), so the connection is never held between them.
    """
    before: int | None = None
    while True:
        clauses, params = [], []
        if status is not None:
            clauses.append("status = ?")
            params.append(status)
        if before is not None:
            clauses.append("id < ?")
            params.append(before)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = vault.query(f"SELECT * FROM request{where} ORDER BY id DESC LIMIT {int(batch)}", params)
        for row in rows:
            request = from_row(Request, row)
            request.received_is_estimate = bool(request.received_is_estimate)
            yield request
        if len(rows) < batch:
            return
        before = rows[-1]["id"]
