"""``ui.app.run()`` in a separate process: the first window, its title, memory protection."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import ctypes, sys
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
from ui import app

def look():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    print("windows", [type(w).__name__ for w in windows])
    print("titles", [w.windowTitle() for w in windows])
    print("creating", windows[0].creating())
    print("dumpable", ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
    QApplication.quit()

app.create_application(sys.argv)
QTimer.singleShot(300, look)
sys.exit(app.run())
"""


def test_run_opens_the_create_window_and_protects_memory(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PRIVACY_VAULT_PATH=str(tmp_path / "vault.db"), PRIVACY_VAULT_KDF_PROFILE="0")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert "windows ['UnlockWindow']" in done.stdout
    assert "titles ['vault (locked)']" in done.stdout  # the file's name, never its folder
    assert "creating True" in done.stdout
    if sys.platform.startswith("linux"):
        assert "dumpable 0" in done.stdout
    assert not (tmp_path / "vault.db").exists()
