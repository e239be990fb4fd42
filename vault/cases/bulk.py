"""One request per controller in one step: a category of the directory, or a hand-made list."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vault.cases.drafts import create_request
from vault.cases.requests import RIGHTS
from vault.errors import InvalidInput, VaultError
from vault.organisations.controllers import get_controller
from vault.people.identities import get_identity


@dataclass
class BulkReport:
    """What a bulk run made, and what it could not, with the reason for each."""

    created: list[tuple[int, int]] = field(default_factory=list)   # (controller_id, request_id)
    failed: list[tuple[int, str]] = field(default_factory=list)    # (controller_id, sentence)

    def summary(self) -> str:
        """One line for people."""
        return f"Created {len(self.created)} request(s); {len(self.failed)} could not be created."


def create_requests(vault: Any, *, identity_id: int, controller_ids: list[int], right: str,
                    lang: str | None = None, details: str = "", today: date | None = None,
                    progress: Callable[[int, int], None] | None = None) -> BulkReport:
    """Create one draft request (with its own letter) per controller, in one transaction; a failure skips only that one."""
    if right not in RIGHTS:
        raise InvalidInput(f"'{right}' is not a right; choose one of {', '.join(RIGHTS)}.")
    unique = list(dict.fromkeys(controller_ids))
    if not unique:
        raise InvalidInput("Choose at least one controller.")
    get_identity(vault, identity_id)  # a wrong identity fails the whole run, not each request
    report = BulkReport()
    # One transaction for the run (one write to disk, not one per letter); each request is a
    # savepoint inside it, so a request that fails is undone alone and the others stay.
    with vault.transaction():
        for done, controller_id in enumerate(unique, start=1):
            try:
                get_controller(vault, controller_id)
                request_id = create_request(vault, identity_id=identity_id, controller_id=controller_id,
                                            right=right, lang=lang, details=details, today=today)
            except VaultError as err:
                report.failed.append((controller_id, str(err)))
            else:
                report.created.append((controller_id, request_id))
            if progress is not None:
                progress(done, len(unique))
    return report
