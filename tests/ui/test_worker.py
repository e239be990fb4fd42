"""Background work: results, errors and progress come back on the GUI thread."""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from ui.worker import JobTracker, run_in_background


def test_result_on_the_gui_thread(qtbot):
    seen = {}
    gui = QThread.currentThread()

    def work():
        seen["worker_thread"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(result):
        seen["result"] = result
        seen["on_gui"] = QThread.currentThread() is gui

    tracker = JobTracker()
    with qtbot.waitSignal(tracker.idle, timeout=5_000):
        run_in_background(work, done, tracker=tracker)
        assert tracker.busy
    assert seen == {"worker_thread": True, "result": 42, "on_gui": True}
    assert not tracker.busy


def test_error_and_progress(qtbot):
    steps, errors = [], []

    def work(report):
        for step in range(3):
            report(step + 1, 3)
        raise ValueError("boom")

    job = run_in_background(work, on_error=errors.append, progress=lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=5_000):
        pass
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert isinstance(errors[0], ValueError)


def test_error_text():
    from ui.errors import error_text
    from vault.errors import InvalidInput

    assert error_text(InvalidInput("The name cannot be empty.")) == "The name cannot be empty."
    # anything else is a bug: a generic sentence, never the exception's own text (it may quote data)
    assert error_text(RuntimeError("secret 1234")).startswith("Something unexpected went wrong")
    assert "secret" not in error_text(RuntimeError("secret 1234"))
