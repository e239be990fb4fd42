"""Thousands of background jobs in a row: the process must not crash when a finished job is freed.

Freeing a job (a QObject) from Python while Qt was still delivering its "finished" signal made
PySide crash within a few thousand jobs; the dashboard refreshes in the background each time
the vault changes, so a long session runs that many. Run in a child process: a crash is a
failed test, not a dead test run.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from ui.worker import _RUNNING, run_in_background

app = QApplication(sys.argv)
done = []
for i in range(4000):
    loop = QEventLoop()
    run_in_background(lambda i=i: {"i": i, "rows": list(range(50))}, lambda r, loop=loop: (done.append(r["i"]), loop.quit()))
    loop.exec()
app.processEvents()
print("done", len(done), "kept", len(_RUNNING))
"""


def test_many_jobs_do_not_crash_and_are_released():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr[-2000:]
    count, kept = result.stdout.split()[1], int(result.stdout.split()[3])
    assert count == "4000" and kept <= 2
