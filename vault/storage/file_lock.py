"""One writer per vault: an OS lock on ``<vault>.lock`` beside the vault file.

The lock dies with the process (kill -9 included), so a crash never leaves the vault
locked. The lock file holds nothing but the owner's process id.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from vault.errors import VaultInUse

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class FileLock:
    """A held lock; ``release()`` lets the next process in."""

    def __init__(self, path: Path, handle: IO[str]):
        self.path = path
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, vault_path: Path) -> "FileLock":
        """Take the lock for ``vault_path`` or raise VaultInUse at once."""
        lock_path = vault_path.with_name(vault_path.name + ".lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(lock_path, "a+", encoding="ascii")
        try:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            handle.close()
            raise VaultInUse("This vault is open in another window or process; close it there first.") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        return cls(lock_path, handle)

    def release(self) -> None:
        """Let go of the lock (closing the file releases the OS lock)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
