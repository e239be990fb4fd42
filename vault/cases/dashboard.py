"""The dashboard's questions: what is overdue, due soon, waiting, drafted, answered."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from vault.cases.next_steps import next_steps
from vault.cases.requests import OPEN_STATUSES

# Word for word the WHERE of the partial index request_open_due (schema v3), so SQLite can use it.
_OPEN = "status IN (" + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + ")"
_EFFECTIVE_DUE = "coalesce(r.extended_due_on, r.due_on)"
_SELECT = ("SELECT r.id, r.controller_id, c.name AS controller, r.right, r.status, r.channel, r.sent_on, "
           f"{_EFFECTIVE_DUE} AS due_on, r.received_is_estimate, r.follow_up_of "
           "FROM request r JOIN controller c ON c.id = r.controller_id ")


@dataclass
class DeadlineRow:
    """One open deadline, as the dashboard and ``deadlines --json`` show it."""

    request_id: int
    controller_id: int
    controller: str
    right: str
    status: str
    due_on: str | None
    days_left: int | None
    overdue: bool
    received_is_estimate: bool
    next_step: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The fields scripts rely on."""
        return dict(self.__dict__)


def _rows(vault: Any, sql: str, params: tuple, today: date) -> list[DeadlineRow]:
    result = []
    days_to: dict[str, int] = {}  # thousands of rows share a few hundred due dates: parse each once
    for request_id, controller_id, controller, right, status, _channel, _sent, due, estimate, _follow in \
            vault.query(sql, params):
        days_left = None
        if due:
            days_left = days_to.get(due)
            if days_left is None:
                days_left = days_to[due] = (date.fromisoformat(due) - today).days
        result.append(DeadlineRow(request_id, controller_id, controller, right, status, due, days_left,
                                  days_left is not None and days_left < 0, bool(estimate)))
    return result


def open_deadlines(vault: Any, today: date, *, within_days: int | None = None, limit: int | None = None) -> list[DeadlineRow]:
    """Open requests with a deadline, soonest first; ``within_days`` keeps overdue and due within N days."""
    sql = _SELECT + f"WHERE r.{_OPEN} AND {_EFFECTIVE_DUE} IS NOT NULL"
    params: tuple = ()
    if within_days is not None:
        sql += f" AND {_EFFECTIVE_DUE} <= ?"
        params = ((today + timedelta(days=within_days)).isoformat(),)
    sql += f" ORDER BY {_EFFECTIVE_DUE}, r.id" + (f" LIMIT {int(limit)}" if limit else "")
    return _rows(vault, sql, params, today)


def overdue(vault: Any, today: date, *, limit: int | None = None) -> list[DeadlineRow]:
    """Open requests whose deadline has passed."""
    sql = (_SELECT + f"WHERE r.{_OPEN} AND {_EFFECTIVE_DUE} < ? ORDER BY {_EFFECTIVE_DUE}, r.id"
           + (f" LIMIT {int(limit)}" if limit else ""))
    return _rows(vault, sql, (today.isoformat(),), today)


def due_soon(vault: Any, today: date, days: int = 7, *, limit: int | None = None) -> list[DeadlineRow]:
    """Open requests due from today to ``days`` ahead."""
    sql = (_SELECT + f"WHERE r.{_OPEN} AND {_EFFECTIVE_DUE} BETWEEN ? AND ? ORDER BY {_EFFECTIVE_DUE}, r.id"
           + (f" LIMIT {int(limit)}" if limit else ""))
    return _rows(vault, sql, (today.isoformat(), (today + timedelta(days=days)).isoformat()), today)


def waiting_for_delivery(vault: Any, today: date, *, limit: int | None = None) -> list[DeadlineRow]:
    """Letters sent by post whose delivery date is still an estimate."""
    sql = (_SELECT + f"WHERE r.{_OPEN} AND r.received_is_estimate = 1 ORDER BY r.sent_on, r.id"
           + (f" LIMIT {int(limit)}" if limit else ""))
    return _rows(vault, sql, (), today)


def drafts(vault: Any, today: date, *, limit: int | None = None) -> list[DeadlineRow]:
    """Requests written but not sent."""
    sql = _SELECT + "WHERE r.status = 'draft' ORDER BY r.id DESC" + (f" LIMIT {int(limit)}" if limit else "")
    return _rows(vault, sql, (), today)


def answered_this_month(vault: Any, today: date, *, limit: int | None = None) -> list[DeadlineRow]:
    """Requests answered (fully, partly, or refused) since the first of this month."""
    sql = (_SELECT + "WHERE r.id IN (SELECT request_id FROM event WHERE kind IN ('answered', 'partly-answered', "
           "'refused') AND on_date >= ?) ORDER BY r.id DESC" + (f" LIMIT {int(limit)}" if limit else ""))
    return _rows(vault, sql, (today.replace(day=1).isoformat(),), today)


def with_next_steps(vault: Any, rows: list[DeadlineRow], today: date) -> list[DeadlineRow]:
    """Fill in what to do next for each row (a reminder, a complaint...), read for all rows at once."""
    steps = next_steps(vault, (row.request_id for row in rows), today)
    for row in rows:
        row.next_step = steps.get(row.request_id)
    return rows
