"""``privacy-vault --vault PATH`` opens the window on that vault; SIGTERM (a logout) keeps an open letter's edit."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from ui.launcher import gui_vault_path
from vault.cases.drafts import create_request
from vault.cases.letter_store import current_letter
from vault.organisations.controllers import add_controller
from vault.people.identities import add_identity
from vault.storage.store import create_vault, open_vault

SCRIPT = r"""
import os, signal, sys
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
from ui import launcher

def windows(name):
    return [w for w in QApplication.topLevelWidgets() if type(w).__name__ == name and w.isVisible()]

def unlock():
    window = windows("UnlockWindow")[0]
    print("unlocking", window.vault_path().name, flush=True)
    window.passphrase.setText(sys.argv[2])
    window.unlock()
    wait_for_main_window()

def wait_for_main_window():
    found = windows("MainWindow")
    if not found:
        QTimer.singleShot(50, wait_for_main_window)
        return
    from ui.dialogs.letter import LetterDialog
    dialog = LetterDialog(found[0].context, int(sys.argv[3]), found[0])
    dialog.show()
    dialog.editor.body.setPlainText("Edited just before the session ended.")
    print("edited", flush=True)
    QTimer.singleShot(100, lambda: os.kill(os.getpid(), signal.SIGTERM))

from ui import app as app_module
create_application = app_module.create_application

def create_and_drive(argv):  # the timers need the application that run() creates
    application = create_application(argv)
    QTimer.singleShot(200, unlock)
    QTimer.singleShot(60_000, application.quit)  # never hang the test
    return application

app_module.create_application = create_and_drive
print("exit", launcher.main(["--vault", sys.argv[1]]), flush=True)
"""


def test_vault_option_alone_is_the_window_not_a_usage_error():
    assert gui_vault_path([]) is None
    assert gui_vault_path(["--vault", "~/v.db"]) == Path("~/v.db").expanduser()
    assert gui_vault_path(["--vault=/tmp/v.db"]) == Path("/tmp/v.db")
    assert gui_vault_path(["--vault", "/tmp/v.db", "request", "list"]) is False
    assert gui_vault_path(["--help"]) is False


def test_sigterm_with_a_letter_open_keeps_the_edit(tmp_path: Path):
    path = tmp_path / "elsewhere.db"
    vault = create_vault(path, PASSPHRASE)
    me = add_identity(vault, label="Me", name="Jane Martin")
    acme = add_controller(vault, name="ACME SAS", country="FR")
    request_id = create_request(vault, identity_id=me, controller_id=acme, right="access")
    vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("PRIVACY_VAULT_PATH", None)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(path), PASSPHRASE, str(request_id)], env=env,
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert "unlocking elsewhere.db" in done.stdout, done.stderr  # --vault PATH opened that vault's window
    assert "edited" in done.stdout, done.stderr
    assert "exit 0" in done.stdout, done.stderr  # SIGTERM ended the app like Quit
    vault = open_vault(path, PASSPHRASE)
    try:
        assert current_letter(vault, request_id).document.body == "Edited just before the session ended."
    finally:
        vault.close()
