"""Background work: run a function on the thread pool, get its result back on the GUI thread.

Unlocking (Argon2), backup, restore and passphrase change take long enough to freeze a window;
they run here. The vault guards its connection with a lock, so a worker may use it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

ProgressReport = Callable[[int, int], None]


class _TaskSignals(QObject):
    """Lives in the GUI thread; the worker thread emits, the GUI thread receives (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, function: Callable[..., Any], signals: _TaskSignals, reports_progress: bool):
        super().__init__()
        self._function = function
        self._signals = signals
        self._reports_progress = reports_progress

    def run(self) -> None:
        try:
            if self._reports_progress:
                result = self._function(self._signals.progressed.emit)
            else:
                result = self._function()
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)


class Job(QObject):
    """One piece of background work; ``finished`` is emitted on the GUI thread after the callbacks."""

    finished = Signal()

    def __init__(self, on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None,
                 progress: ProgressReport | None):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._progress = progress
        self.running = True
        self.signals = _TaskSignals()
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.progressed.connect(self._progressed)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        try:
            if self._on_error is not None:
                self._on_error(error)
            else:
                raise error
        finally:
            self._finish()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)

    def _finish(self) -> None:
        self.running = False
        self.finished.emit()
        # Qt deletes the job (and its signal object) once this event is over; Python lets go of
        # them after that. Freeing them from Python inside the delivery crashes PySide now and then.
        self.destroyed.connect(lambda: _RUNNING.discard(self))
        self.signals.deleteLater()
        self.deleteLater()


_RUNNING: set[Job] = set()  # keeps jobs (and their signal objects) alive until they finish


def run_in_background(function: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      progress: ProgressReport | None = None, *, tracker: "JobTracker | None" = None) -> Job:
    """Run ``function`` on the global thread pool.

    Args:
        function: called on a worker thread; when ``progress`` is given it receives one argument,
            ``report(done, total)``, to call as it advances.
        on_done: called on the GUI thread with the result.
        on_error: called on the GUI thread with the exception (default: re-raised there).
        progress: called on the GUI thread with ``(done, total)``.
        tracker: counts the job while it runs (the session waits for it before locking).
    """
    job = Job(on_done, on_error, progress)
    _RUNNING.add(job)
    if tracker is not None:
        tracker.add(job)
    QThreadPool.globalInstance().start(_Task(function, job.signals, progress is not None))
    return job


class JobTracker(QObject):
    """How many background jobs of one session are running; ``idle`` when the last one ends."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: set[Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def add(self, job: Job) -> None:
        self._jobs.add(job)
        job.finished.connect(lambda: self._ended(job))

    def _ended(self, job: Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self.idle.emit()
