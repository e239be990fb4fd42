"""What every page and dialog of an unlocked session is given (no global window or registry)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.clipboard import SecureClipboard
from ui.preferences import Preferences
from ui.tray import Tray
from ui.worker import Job, JobTracker, ProgressReport, run_in_background
from vault.storage.store import Vault


class VaultEvents(QObject):
    """Pages say what they changed; the others decide themselves whether to refresh."""

    changed = Signal(str)  # the noun that changed: "controller", "identity", "setting", ...


@dataclass
class Context:
    """The unlocked vault and the session's shared services."""

    vault: Vault
    preferences: Preferences
    clipboard: SecureClipboard
    events: VaultEvents
    jobs: JobTracker
    tray: Tray | None = None  # phase 2's due-date check calls ``tray.notify(count, names)``

    def run(self, function: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            progress: ProgressReport | None = None) -> Job:
        """Run ``function`` in the background, counted so locking waits for it."""
        return run_in_background(function, on_done, on_error, progress, tracker=self.jobs)
