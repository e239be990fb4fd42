"""Files the person asked for (letters, exports, saved attachments), written all at once.

A reader sees the old file or the new one, never half of it: the bytes go to a hidden file
beside the target, are flushed to disk, then renamed over it. A new file is readable by its
owner only (it holds personal data); a replaced file keeps its permissions. No folder is
ever created: a file goes only where the person said.
"""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from vault.errors import InvalidInput
from vault.storage.store import fsync_dir


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` in one step; returns the path written."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give a file name.")
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} does not exist.")
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
        temporary = None
        fsync_dir(target.parent)
    except OSError as err:
        raise InvalidInput(f"{target} cannot be written: {err.strerror or err}.") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return target
