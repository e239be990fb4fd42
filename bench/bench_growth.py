"""The figures of issue #15, on vaults built through the API (``bench.corpus``), 1k → 10k → 100k.

Each figure is measured at each size against its floor, measured in the same run on the same
file: the same work done the plainest way, with raw SQLCipher and the raw key.

* read one request (``request show ID``, in process): the CLI's whole run (open with the KDF,
  the reads, the output) against the KDF plus, on a raw connection, exactly the SELECTs the
  CLI ran (recorded with SQLite's trace callback, then replayed).
* dashboard ``gather``: what the dashboard reads, against the same statements replayed raw
  (same page cache: the floor does the same work, not less).
* GUI Enter → dashboard painted, in a fresh process: against the same on an empty vault; the
  peak resident memory of that process is reported too.
* backup / restore: against copying the file and fsync; the KDF runs and full checks counted.
* bulk request of 31 letters (CLI, in process) on a copy of the vault: against the KDF, 31
  letters rendered and 31 requests with their letters inserted in one transaction, raw.
* ``--help`` / ``--version``: against ``python -c 'import sqlcipher3'`` (one row; no vault).
* ``request list --json`` peak memory: against a raw script writing the same rows as JSON.

``BENCH_LARGE=1`` (``make bench-large``) adds the 1M vault.
"""
from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import corpus
from bench.replay import raw_connection, reads_of, recorded, replay
from vault.storage import kdf, store

ROOT = Path(__file__).resolve().parents[1]
GOALS = {
    "read one request (CLI, open + show)": 1.3,
    "dashboard gather": 1.5,
    "GUI Enter → dashboard painted (vs empty vault)": 1.5,
    "backup": 2.0,
    "restore": 2.0,
    "bulk 31 letters (CLI)": 1.5,
    "--help": 3.0,
    "--version": 3.0,
    "peak RSS (MiB): request list --json": 1.2,
}
_GUI = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from ui.app import app_icon, create_application
from ui.preferences import Preferences
from ui.session import Session
from ui.translations import Translations

application = create_application(sys.argv[:1])
path, passphrase, settings = sys.argv[1], sys.argv[2], sys.argv[3]
session = Session(Preferences(QSettings(settings, QSettings.Format.IniFormat)), Translations(application),
                  app_icon(), vault_path=Path(path), use_tray=False)
session.start()
window = session.unlock_window
window.passphrase.setText(passphrase)
result = {}

def painted():
    session.main_window.repaint()
    result["t"] = time.perf_counter()
    application.quit()

def unlocked():
    session.main_window.page("dashboard").refreshed.connect(painted)

session.unlocked.connect(unlocked)
start = time.perf_counter()
QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
application.exec()
status = {line.split(":")[0]: int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("Vm")}
print(result["t"] - start, status["VmHWM"] / 1024, status["VmRSS"] / 1024)
session.shutdown()
"""
_RAW_LIST = r"""
import json, sys, sqlcipher3
from vault.storage import kdf  # the passphrase's KDF (Argon2id, 128 MiB): no unlock avoids its memory
salt = open(sys.argv[1], "rb").read(kdf.SALT_SIZE)
key = kdf.derive_key(sys.argv[2], salt)
connection = sqlcipher3.connect(sys.argv[1])
connection.execute(f"PRAGMA key = {kdf.sqlcipher_key_pragma_value(key, salt)}")
out = sys.stdout
out.write("[")
cursor = connection.execute("SELECT * FROM request ORDER BY id DESC")
names = [d[0] for d in cursor.description]
for number, row in enumerate(cursor):
    out.write(("," if number else "") + json.dumps(dict(zip(names, row))))
out.write("]\n")
"""


def best(function: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def sizes() -> list[str]:
    """1k, 10k, 100k; and 1M with BENCH_LARGE=1 (BENCH_SIZES="1k 10k" picks others)."""
    if os.environ.get("BENCH_SIZES"):
        return os.environ["BENCH_SIZES"].split()
    return ["1k", "10k", "100k"] + (["1M"] if os.environ.get("BENCH_LARGE") else [])


def cli(*argv: str) -> None:
    """The CLI in this process (output swallowed); raises if it fails."""
    from vault.cli.main import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(list(argv))
    if code:
        raise RuntimeError(f"privacy-vault {' '.join(argv)} exited {code}: {err.getvalue().strip()}")


# -- the figures --------------------------------------------------------------------------------
def read_one(path: Path, key_literal: str) -> tuple[float, float]:
    """``request show ID --json`` in process vs KDF + the same SELECTs on a raw connection."""
    request_id = str(raw_connection(path, key_literal).execute(
        "SELECT max(id) / 2 FROM request WHERE status = 'closed'").fetchone()[0])
    os.environ["PRIVACY_VAULT_PASSPHRASE"] = corpus.PASSPHRASE
    cli("--vault", str(path), "request", "show", request_id, "--json")  # warm the OS cache and the imports
    with recorded() as statements:
        cli("--vault", str(path), "request", "show", request_id, "--json")
    reads = reads_of(statements)
    ours = best(lambda: cli("--vault", str(path), "request", "show", request_id, "--json"))
    salt = _salt(path)

    def floor() -> None:
        key = kdf.derive_key(corpus.PASSPHRASE, salt)
        connection = raw_connection(path, kdf.sqlcipher_key_pragma_value(key, salt))
        replay(connection, reads)
        connection.close()

    return ours, best(floor)


def _salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(kdf.SALT_SIZE)


def dashboard(path: Path, key_literal: str) -> tuple[float, float]:
    """``ui.pages.dashboard.gather`` vs the same statements replayed raw."""
    from ui.pages.dashboard import gather

    with recorded() as statements:
        vault = store.open_vault(path, corpus.PASSPHRASE)
    try:
        gather(vault, corpus.TODAY)
        statements.clear()
        gather(vault, corpus.TODAY)
        reads = reads_of(statements)
        vault._connection.set_trace_callback(None)  # noqa: SLF001
        ours = best(lambda: gather(vault, corpus.TODAY))
    finally:
        vault.close()
    connection = raw_connection(path, key_literal)
    replay(connection, reads)
    floor = best(lambda: replay(connection, reads))
    connection.close()
    return ours, floor


def gui(path: Path, empty: Path, home: Path) -> tuple[float, float, float, float]:
    """(seconds Enter → dashboard painted, same on an empty vault, peak and then resident MiB), fresh processes."""
    def once(vault_file: Path) -> tuple[float, float, float]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"), PYTHONPATH=str(ROOT))
        done = subprocess.run([sys.executable, "-c", _GUI, str(vault_file), corpus.PASSPHRASE, str(home / "s.ini")],
                              env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
        if done.returncode:
            raise RuntimeError(done.stderr[-2000:])
        seconds, peak, resident = done.stdout.split()[-3:]
        return float(seconds), float(peak), float(resident)

    full = min((once(path) for _ in range(2)), key=lambda r: r[0])
    bare = min((once(empty) for _ in range(2)), key=lambda r: r[0])
    return full[0], bare[0], full[1], full[2]


def copy_and_fsync(source: Path, target: Path) -> None:
    """The floor of a backup or a restore: copy the bytes, flush them."""
    shutil.copyfile(source, target)
    store.fsync_file(target)


def backup_restore(path: Path, work: Path) -> tuple[float, float, float, float, str]:
    """(backup, restore, copy + fsync, copy + fsync + KDF, what the restore derived and checked).

    A restore must derive the backup's key to prove it opens: its floor includes one KDF.
    """
    from vault.storage import backup

    target = work / "vault.db"
    copy_and_fsync(path, target)
    with store.open_vault(target, corpus.PASSPHRASE) as vault:
        ours_backup = best(lambda: backup.backup_vault(vault, work / "backup.db", replace=True))
    floor = best(lambda: copy_and_fsync(path, work / "copy.db"))
    (work / "copy.db").unlink()
    salt = _salt(path)
    kdf_time = best(lambda: kdf.derive_key(corpus.PASSPHRASE, salt))
    counts = {"KDF": 0, "check": 0}
    derive, check = kdf.derive_key, backup.check_file

    def counted_derive(*args: Any) -> bytes:
        counts["KDF"] += 1
        return derive(*args)

    def counted_check(*args: Any) -> Any:
        counts["check"] += 1
        return check(*args)

    kdf.derive_key, backup.check_file = counted_derive, counted_check
    try:
        times = []
        for _ in range(2):
            counts.update(KDF=0, check=0)
            start = time.perf_counter()
            backup.restore_vault(target, work / "backup.db", corpus.PASSPHRASE)
            times.append(time.perf_counter() - start)
    finally:
        kdf.derive_key, backup.check_file = derive, check
    for kept in backup.kept_vaults(target):
        kept.unlink()
    return (ours_backup, min(times), floor, floor + kdf_time,
            f"{counts['KDF']} KDF, {counts['check']} full check; its floor: copy + fsync + one KDF")


def bulk(path: Path, work: Path) -> tuple[float, float]:
    """``request bulk --category 'credit agency'`` on a copy vs KDF + render + 31 inserts in one transaction."""
    from vault.cases.letter_context import context_for
    from vault.cases.requests import get_request
    from vault.letters.rendering import render_letter

    target = work / "vault.db"
    if not target.exists():
        copy_and_fsync(path, target)
    os.environ["PRIVACY_VAULT_PASSPHRASE"] = corpus.PASSPHRASE
    args = ("--vault", str(target), "request", "bulk", "--identity", "1", "--right", "access",
            "--category", corpus.BULK_CATEGORY, "--yes")
    ours = best(lambda: cli(*args))
    with store.open_vault(target, corpus.PASSPHRASE) as vault:  # contexts of 31 requests like those (app work)
        ids = [row[0] for row in vault.query("SELECT id FROM request ORDER BY id DESC LIMIT 31")]
        contexts = [(get_request(vault, i), context_for(vault, get_request(vault, i), today=corpus.TODAY)) for i in ids]
    salt = _salt(target)

    def floor() -> None:
        key = kdf.derive_key(corpus.PASSPHRASE, salt)
        connection = raw_connection(target, kdf.sqlcipher_key_pragma_value(key, salt))
        connection.execute("BEGIN IMMEDIATE")
        for request, context in contexts:
            document = render_letter(request.right, request.lang, context)
            new_id = connection.execute(
                "INSERT INTO request (identity_id, controller_id, right, lang, status, created_on) "
                "VALUES (?, ?, ?, ?, 'draft', '2026-11-02')",
                (request.identity_id, request.controller_id, request.right, request.lang)).lastrowid
            connection.execute("INSERT INTO letter (request_id, document, created_at) VALUES (?, ?, '')",
                               (new_id, document.body))
        connection.execute("ROLLBACK")  # the same writes, not kept (the journal is written all the same)
        connection.close()

    return ours, best(floor)


def start_up() -> list[tuple[str, float, float]]:
    """``--help`` and ``--version`` vs ``python -c 'import sqlcipher3'``, fresh processes, best of 5."""
    executable = str(Path(sys.executable).with_name("privacy-vault"))

    def run(*argv: str) -> float:
        return best(lambda: subprocess.run(argv, capture_output=True, check=True), repeat=5)

    floor = run(sys.executable, "-c", "import sqlcipher3")
    return [("--help", run(executable, "--help"), floor), ("--version", run(executable, "--version"), floor)]


def list_memory(path: Path, key_literal: str) -> tuple[float, float]:
    """Peak RSS (MiB) of ``request list --json`` vs a raw script streaming the same rows as JSON."""
    executable = str(Path(sys.executable).with_name("privacy-vault"))
    env = dict(os.environ, PRIVACY_VAULT_PASSPHRASE=corpus.PASSPHRASE)

    def peak(argv: list[str]) -> float:
        # GNU time reports the child's own peak: a child's ru_maxrss read here would start from
        # this (large) process's, as the high-water mark survives fork and exec on Linux.
        with open(os.devnull, "w") as sink:
            done = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], stdout=sink, stderr=subprocess.PIPE,
                                  env=env, text=True, check=True)
        return int(done.stderr.strip().splitlines()[-1]) / 1024  # KiB

    ours = peak([executable, "--vault", str(path), "request", "list", "--json"])
    floor = peak([sys.executable, "-c", _RAW_LIST, str(path), corpus.PASSPHRASE])
    return ours, floor


def growth_table(results: dict[str, dict[str, tuple[float, float]]], notes: dict[str, str]) -> str:
    """Figures × sizes: ours / floor = ratio, with the goal beside."""
    columns = sizes()
    lines = [f"{'figure':48}" + "".join(f"{size:>30}" for size in columns) + "   goal"]
    lines.append("-" * len(lines[0]))
    for figure, by_size in results.items():
        memory = "(MiB)" in figure
        cells = []
        for size in columns:
            if size not in by_size:
                cells.append(f"{'':>30}")
                continue
            ours, floor = by_size[size]
            shown = (f"{ours:.0f}/{floor:.0f} MiB" if memory else f"{_s(ours)}/{_s(floor)}")
            cells.append(f"{shown + f' = {ours / floor:.2f}x':>30}")
        goal = GOALS.get(figure)
        met = all(o / f <= goal for o, f in by_size.values()) if goal else None
        mark = "" if goal is None else f"≤ {goal}x {'met' if met else 'NOT met'}"
        lines.append(f"{figure[:48]:48}" + "".join(cells) + f"   {mark}")
    for figure, note in notes.items():
        lines.append(f"  {figure}: {note}")
    return "\n".join(lines)


def _s(seconds: float) -> str:
    return f"{seconds:.2f}s" if seconds >= 1 else f"{seconds * 1e3:.0f}ms"


def run() -> list[tuple[str, float, float]]:
    """Every figure at every size; prints the growth table, returns the rows for the summary."""
    results: dict[str, dict[str, tuple[float, float]]] = {}
    notes: dict[str, str] = {}
    gui_memory: dict[str, tuple[float, float]] = {}
    empty = corpus.cache_dir() / f"vault-empty-v{corpus.CORPUS_VERSION}.db"
    if not empty.exists():
        store.create_vault(empty, corpus.PASSPHRASE).close()
    for size in sizes():
        path = corpus.vault_path(size)
        key_literal = corpus.raw_key(path)
        print(f"   {size}: {path.stat().st_size / 2**20:.0f} MiB", flush=True)
        results.setdefault("read one request (CLI, open + show)", {})[size] = read_one(path, key_literal)
        results.setdefault("dashboard gather", {})[size] = dashboard(path, key_literal)
        with tempfile.TemporaryDirectory(prefix="bench-growth-", dir=corpus.cache_dir()) as folder:
            work = Path(folder)
            full, bare, peak, resident = gui(path, empty, work)
            results.setdefault("GUI Enter → dashboard painted (vs empty vault)", {})[size] = (full, bare)
            gui_memory[size] = (peak, resident)
            ours_backup, ours_restore, floor, floor_with_kdf, counted = backup_restore(path, work)
            results.setdefault("backup", {})[size] = (ours_backup, floor)
            results.setdefault("restore", {})[size] = (ours_restore, floor_with_kdf)
            notes["restore"] = counted
            results.setdefault("bulk 31 letters (CLI)", {})[size] = bulk(path, work)
        results.setdefault("peak RSS (MiB): request list --json", {})[size] = list_memory(path, key_literal)
    for label, ours, floor in start_up():
        results[label] = {size: (ours, floor) for size in sizes()[:1]}
    notes["GUI memory"] = ", ".join(f"{size}: peak {peak:.0f} MiB, {resident:.0f} MiB once shown"
                                    for size, (peak, resident) in gui_memory.items()) + \
        " (goal: peak ≤ 200 MiB at 100k; the peak includes the KDF's 128 MiB, freed after unlock)"
    notes["open"] = ("main's open_vault checks every page (check_file) on every open: that is most of "
                     "'read one request', 'GUI Enter', 'bulk' and the list's time at 100k; issue #14 removes it")
    print()
    print(growth_table(results, notes))
    print()
    return [(f"{figure} @ {size}", ours, floor) for figure, by_size in results.items()
            for size, (ours, floor) in by_size.items()]
