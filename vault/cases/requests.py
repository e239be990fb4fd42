"""Rights requests: who asks which controller for what, in which language, and where it stands.

A request is created as a draft with its letter (``vault.cases.drafts``); marking it sent
freezes the letter and starts the legal clock (``vault.cases.lifecycle``). Follow-ups (reminder,
complaint, replies to a controller's obstacle) are requests of their own, linked by
``follow_up_of``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vault.errors import InvalidInput
from vault.letters import rendering as letters
from vault.organisations.controllers import get_controller
from vault.storage.records import fetch_one, from_row

RIGHTS = letters.RIGHTS
FOLLOW_UP_KINDS = letters.FOLLOW_UPS + letters.OBSTACLES
KINDS = RIGHTS + FOLLOW_UP_KINDS
LANGUAGES = letters.LANGUAGES
OPEN_STATUSES = ("sent", "acknowledged", "id-requested", "id-provided", "extended", "reminder-sent",
                 "complaint-filed")
STATUSES = ("draft",) + OPEN_STATUSES + ("answered", "partly-answered", "refused", "closed")
JSON_FIELDS = ("id", "identity_id", "controller_id", "right", "lang", "status", "channel", "sent_on",
               "received_on", "due_on", "extended_due_on", "closed_on", "follow_up_of")


@dataclass
class Request:
    """One request (or follow-up) as stored."""

    id: int
    identity_id: int
    controller_id: int
    right: str
    lang: str
    status: str = "draft"
    channel: str | None = None
    details: str = ""
    created_on: str = ""
    sent_on: str | None = None
    received_on: str | None = None
    received_is_estimate: bool = False
    due_on: str | None = None
    extended_due_on: str | None = None
    closed_on: str | None = None
    follow_up_of: int | None = None
    authority: str | None = None       # complaints: the authority chosen (slug), None = the person's own
    options: str = "{}"                # complaints: JSON of what the authority asks (processing continues...)

    @property
    def effective_due(self) -> str | None:
        """The deadline that stands: the extended one when the controller extended in time."""
        return self.extended_due_on or self.due_on

    def is_overdue(self, today: date) -> bool:
        """Past its deadline with no answer yet (derived, never stored)."""
        due = self.effective_due
        return self.status in OPEN_STATUSES and due is not None and date.fromisoformat(due) < today

    def to_json(self) -> dict[str, Any]:
        """The fields scripts rely on (``request list --json``), plus details."""
        record = {name: getattr(self, name) for name in JSON_FIELDS}
        record["details"] = self.details
        record["received_is_estimate"] = self.received_is_estimate
        if self.authority:
            record["authority"] = self.authority
        return record


def _decoded(row: Any) -> Request:
    request = from_row(Request, row)
    request.received_is_estimate = bool(request.received_is_estimate)
    return request


def get_request(vault: Any, request_id: int) -> Request:
    """One request, or NotFound."""
    return _decoded(fetch_one(vault, "request", request_id, "request"))


def list_requests(vault: Any, *, status: str | None = None, controller_id: int | None = None,
                  identity_id: int | None = None, follow_up_of: int | None = None,
                  limit: int | None = None, offset: int = 0) -> list[Request]:
    """Requests, newest first, filtered as asked."""
    where, params = _filters(status=status, controller_id=controller_id, identity_id=identity_id,
                             follow_up_of=follow_up_of)
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""
    rows = vault.query(f"SELECT * FROM request{where} ORDER BY id DESC{page}", params)
    return [_decoded(row) for row in rows]


def _filters(**values: Any) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for column, value in values.items():
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def default_language_for(vault: Any, controller_id: int) -> str:
    """The controller's language by its country, unless the person set a default language."""
    from vault.storage.settings import get_setting

    chosen = get_setting(vault, "default_language")
    if chosen:
        return chosen
    controller = get_controller(vault, controller_id)
    requested = str(controller.directory.get("request-language") or "").lower()
    if requested in LANGUAGES:
        return requested
    return letters.default_language(controller.country, controller.region)


def get_request_in(connection: Any, request_id: int) -> Request:
    """Read a request inside an open transaction (it may not be committed yet)."""
    return _decoded(connection.execute("SELECT * FROM request WHERE id = ?", (request_id,)).fetchone())


def same_request_on(vault: Any, controller_id: int, right: str, day: date) -> Request | None:
    """A first request (not a follow-up) for the same right to the same controller created that day.

    Writing it twice is usually a slip (a double click, a wizard run again): the app asks first.
    """
    row = vault.query_one("SELECT * FROM request WHERE controller_id = ? AND right = ? AND created_on = ? "
                          "AND follow_up_of IS NULL ORDER BY id LIMIT 1", (controller_id, right, day.isoformat()))
    return None if row is None else _decoded(row)


def request_identifier_ids(vault: Any, request_id: int) -> list[int]:
    """The identifiers this request's letter carries."""
    rows = vault.query("SELECT identifier_id FROM request_identifier WHERE request_id = ? ORDER BY identifier_id",
                       (request_id,))
    return [row[0] for row in rows]


def chain(vault: Any, request_id: int) -> list[Request]:
    """The request's case from the first request to this one (follow_up_of links)."""
    cases: list[Request] = []
    current: int | None = request_id
    while current is not None and len(cases) < 100:
        request = get_request(vault, current)
        cases.append(request)
        current = request.follow_up_of
    return list(reversed(cases))


def follow_ups(vault: Any, request_id: int) -> list[Request]:
    """Requests that follow this one directly, oldest first."""
    return list(reversed(list_requests(vault, follow_up_of=request_id)))


def remove_request(vault: Any, request_id: int) -> None:
    """Delete a request with its letters and events; refused while follow-ups refer to it."""
    get_request(vault, request_id)
    if follow_ups(vault, request_id):
        raise InvalidInput("This request has follow-ups; remove them first.")
    with vault.transaction() as connection:
        connection.execute("UPDATE consent SET withdrawal_request_id = NULL WHERE withdrawal_request_id = ?",
                           (request_id,))
        connection.execute("DELETE FROM request WHERE id = ?", (request_id,))
