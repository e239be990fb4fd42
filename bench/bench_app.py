"""The desktop app: time to the first window, and the request list over 100,000 requests.

* start to unlock window: a new Python process runs ``ui.app.run()`` and the time is taken,
  from the parent, until the unlock window is on screen (exposed); the baseline is a process
  that shows a bare ``QWidget`` the same way. Both off-screen, best of five.
* memory: a process opens a vault of 100,000 requests and shows the requests page (the model
  keeps ids only and fetches the rows it paints); its resident memory (VmRSS) against the same
  process on an empty vault. Shown in MiB.
* the requests page over 100,000 requests: building it and painting the first rows, against
  the same on an empty vault; the ids in SQL order (``request_ids`` sorted by controller,
  overdue only, searched) and one page of rows as the list scrolls (``request_rows``), each
  against exactly the statements it ran, recorded and replayed on a raw connection with the
  raw key (what the dashboard reads is in ``bench_growth``, against its SQL raw too).

The vault is ``bench.corpus``'s 100k vault, built through the API (letters, events,
attachments) and cached. Run ``python -m bench app``.
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import corpus
from bench.replay import raw_connection, reads_of, replay
from vault.cases.queries import request_ids, request_rows
from vault.storage.store import Vault, create_vault, open_vault

REQUESTS = 100_000
ROOT = Path(__file__).resolve().parents[1]

# Polls until a visible top-level window of the given class is exposed, prints, and leaves.
_WAIT_SHOWN = r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def _wait_shown(class_name):
    def look():
        for widget in QApplication.topLevelWidgets():
            handle = widget.windowHandle()
            if type(widget).__name__ == class_name and widget.isVisible() and handle and handle.isExposed():
                print("shown", flush=True)
                QApplication.exit(0)
                return
        QTimer.singleShot(1, look)
    QTimer.singleShot(0, look)
"""
_APP = _WAIT_SHOWN + r"""
import sys
from ui import app
app.create_application(sys.argv)
_wait_shown("UnlockWindow")
sys.exit(app.run())
"""
_BARE = _WAIT_SHOWN + r"""
import sys
from PySide6.QtWidgets import QWidget
application = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("Bare")
window.resize(560, 300)
window.show()
_wait_shown("QWidget")
sys.exit(application.exec())
"""
_MEMORY = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.preferences import Preferences
from ui.pages.requests import RequestsPage
from ui.worker import JobTracker
from vault.storage.store import open_vault

application = QApplication(sys.argv)
path, passphrase, settings = sys.argv[1], sys.argv[2], sys.argv[3]
vault = open_vault(path, passphrase)
context = Context(vault, Preferences(QSettings(settings, QSettings.Format.IniFormat)), SecureClipboard(),
                  VaultEvents(), JobTracker())
start = time.perf_counter()
page = RequestsPage(context)
page.resize(1200, 800)
page.show()
while page.model.rowCount() and page.model.fetched_rows == 0:
    application.processEvents()
application.processEvents()
built = time.perf_counter() - start
rss = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:"))
print(page.model.rowCount(), page.model.fetched_rows, built, rss / 1024)
page.clear()
vault.close()
"""


def _env(home: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                XDG_DATA_HOME=str(home / "data"), PRIVACY_VAULT_PATH=str(home / "none.db"),
                PYTHONPATH=str(ROOT))


def _time_to_window(script: str, home: Path, repeat: int = 5) -> float:
    """Best time from starting the process to its window being on screen."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", script], env=_env(home), cwd=ROOT, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        child.wait(timeout=60)
        if line.strip() != "shown":
            raise RuntimeError("the window was not shown")
        best = min(best, elapsed)
    return best


def _page_in_process(path: Path, home: Path) -> tuple[int, float, float]:
    """(rows, seconds to build and paint the requests page, RSS MiB) in a fresh process."""
    done = subprocess.run([sys.executable, "-c", _MEMORY, str(path), corpus.PASSPHRASE, str(home / "s.ini")],
                          env=_env(home), cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    rows, _, built, rss = done.stdout.split()
    return int(rows), float(built), float(rss)


def _recorded(vault: Vault, query) -> list[str]:  # noqa: ANN001
    """The SELECTs ``query`` runs on ``vault``, as executed."""
    statements: list[str] = []
    with vault.raw_connection() as connection:
        connection.set_trace_callback(statements.append)
    try:
        query()
    finally:
        with vault.raw_connection() as connection:
            connection.set_trace_callback(None)
    return reads_of(statements)


def _best(function, repeat: int = 5) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def run() -> list[tuple[str, float, float]]:
    """``(label, ours, baseline)``: seconds, except the memory row (MiB, labelled so)."""
    results: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-app-") as temporary:
        home = Path(temporary)
        ours = _time_to_window(_APP, home)
        bare = _time_to_window(_BARE, home)
        results.append(("start to unlock window vs bare PySide6 window", ours, bare))

        full_path = corpus.vault_path("100k")  # built through the API, with letters, events, attachments
        empty_path = corpus.cache_dir() / f"vault-empty-v{corpus.CORPUS_VERSION}.db"
        if not empty_path.exists():
            create_vault(empty_path, corpus.PASSPHRASE).close()
        rows, built_full, rss_full = min((_page_in_process(full_path, home) for _ in range(3)),
                                         key=lambda result: result[1])
        _, built_empty, rss_empty = min((_page_in_process(empty_path, home) for _ in range(3)),
                                        key=lambda result: result[1])
        assert rows == REQUESTS
        print(f"   requests page: {rss_full:.0f} MiB resident with {rows:,} requests, {rss_empty:.0f} MiB empty "
              f"(+{(rss_full - rss_empty) * 1024 * 1024 / rows:.0f} bytes per request)")
        results.append((f"requests page over {REQUESTS:,} requests vs empty vault: build + first paint",
                        built_full, built_empty))
        results.append((f"memory (MiB): requests page over {REQUESTS:,} requests vs empty vault", rss_full, rss_empty))

        raw = raw_connection(full_path, corpus.raw_key(full_path))
        with open_vault(full_path, corpus.PASSPHRASE) as vault:
            # Each list query against exactly its own SQL replayed raw (the same rows, no Python around).
            for label, query in (("request_ids sorted by controller", lambda: request_ids(vault, sort="controller")),
                                 ("request_ids overdue only", lambda: request_ids(vault, overdue_only=True,
                                                                                  today=corpus.TODAY)),
                                 ("request_ids search 'data 1'", lambda: request_ids(vault, search="data 1"))):
                statements = _recorded(vault, query)
                results.append((f"{label} ({REQUESTS:,}) vs its SQL raw", _best(query),
                                _best(lambda s=statements: replay(raw, s))))
            ids = vault.query("SELECT id FROM request ORDER BY id DESC")
            pages = [[row[0] for row in ids[start:start + 100]] for start in range(0, REQUESTS, 100)]
            rng = random.Random(3)
            picked = [rng.choice(pages) for _ in range(200)]
            statements = _recorded(vault, lambda: [request_rows(vault, page) for page in picked])
            rows_time = _best(lambda: [request_rows(vault, page) for page in picked], repeat=3) / len(picked)
            raw_time = _best(lambda: replay(raw, statements), repeat=3) / len(picked)
        raw.close()
        results.append(("one page of 100 rows while scrolling: request_rows vs its SQL raw", rows_time, raw_time))
    return results


if __name__ == "__main__":
    for label, value, baseline in run():
        print(f"{label}: {value:.3f} vs {baseline:.3f}")
