"""How the vault's connection is tuned for its size: the page cache, the planner's statistics,
and the temporary files an interrupted run leaves beside the vault.

SQLCipher decrypts and authenticates (HMAC) every page it reads from disk. Its default cache
holds 2,000 pages (8 MiB), so on a vault of a few hundred MB the dashboard's queries read the
same pages from disk and decrypt them again and again. A cache sized for the file keeps them
decrypted in memory; SQLite allocates it as pages are read, so a small vault pays nothing for
a large limit.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

MIN_CACHE = 64 * 1024 * 1024   # what any vault may use: a small vault never reaches it
MAX_CACHE = 256 * 1024 * 1024  # the cap, so a vault of gigabytes of evidence stays within RAM
ANALYSIS_LIMIT = 400           # rows sampled per index by ANALYZE: bounded, even on 1M requests


def cache_bytes(file_size: int) -> int:
    """The page cache for a vault of ``file_size`` bytes: the file itself, within 64–256 MiB."""
    return max(MIN_CACHE, min(MAX_CACHE, file_size))


def size_page_cache(connection: Any, path: Path) -> None:
    """Give the connection a page cache sized for the vault file at ``path``."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    # A negative cache_size is in KiB rather than pages (SQLite's PRAGMA cache_size).
    connection.execute(f"PRAGMA cache_size = -{cache_bytes(size) // 1024}")


def optimize(connection: Any) -> None:
    """Refresh the planner's statistics where queries showed they are missing or stale.

    ``PRAGMA optimize`` is what SQLite advises running before a connection closes: it runs
    ANALYZE only on the tables that need it, sampling at most ``ANALYSIS_LIMIT`` rows, so it
    costs milliseconds. Failure is harmless (a read-only or damaged file): the statistics only
    help the planner.
    """
    try:
        connection.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        connection.execute("PRAGMA optimize")
    except Exception:  # noqa: BLE001 - statistics are an optimisation, never a reason to fail a close
        pass


def stale_temporaries(vault_path: Path) -> list[Path]:
    """Temporary files a killed backup, restore or passphrase change left beside the vault.

    Only files named after this vault (``.vault.db.tmp-1234``, ``.vault.db.new``,
    ``.vault.db.bak.tmp-1234``): called with the vault's lock held, so no one else is writing them.
    """
    folder, name = vault_path.parent, vault_path.name
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    pattern = re.compile(rf"\.{re.escape(name)}(?:\.new|(?:\.bak[-0-9TZ]*)?\.tmp-(\d+))")
    found = []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        if match.group(1) and _running(int(match.group(1))):
            continue  # a restore being prepared by a process that is still at work
        found.append(Path(entry.path))
    return found


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process holds the lock now: nothing of ours is in progress
    if os.name != "posix":
        return True  # os.kill would end the process on Windows: leave the file alone
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # exists under another user, or cannot tell: leave the file alone
    return True


def remove_stale_temporaries(vault_path: Path) -> None:
    """Delete what ``stale_temporaries`` finds (they hold encrypted pages only, never plaintext)."""
    for path in stale_temporaries(vault_path):
        try:
            path.unlink()
        except OSError:
            pass  # another day: a leftover file is not a reason to refuse opening
