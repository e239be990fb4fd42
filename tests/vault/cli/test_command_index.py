"""The CLI's command index: what ``--help`` lists without importing the command modules."""
from __future__ import annotations

import argparse
import subprocess
import sys
from importlib import import_module
from pathlib import Path

from vault.cli import COMMAND_MODULES
from vault.cli.command_index import INDEX
from vault.cli.main import command_word

ROOT = Path(__file__).resolve().parents[3]


def test_the_index_lists_exactly_what_the_modules_register() -> None:
    registered: dict[str, tuple[str, str]] = {}
    for name in COMMAND_MODULES:
        commands = argparse.ArgumentParser().add_subparsers()
        import_module(f"vault.cli.{name}").register(commands)
        registered.update({action.dest: (name, action.help) for action in commands._choices_actions})
    assert INDEX == registered


def test_help_and_version_import_no_command_module() -> None:
    code = ("import sys; from vault.cli.main import main\n"
            "for argv in (['--help'], ['--version']):\n"
            "    assert main(argv) == 0\n"
            "loaded = sorted(m for m in sys.modules if m.endswith('_commands'))\n"
            "print('LOADED', loaded)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout
    assert "backup" in result.stdout and "privacy-vault 0.1.0" in result.stdout


def test_a_command_imports_its_own_module_only() -> None:
    code = ("import sys; from vault.cli.main import main\n"
            "main(['--vault', '/nonexistent/v.db', 'backup', '/tmp/x.db'])\n"
            "print('LOADED', sorted(m for m in sys.modules if m.endswith('_commands')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={"PATH": "/usr/bin:/bin", "PRIVACY_VAULT_PASSPHRASE": "x"})
    assert "LOADED ['vault.cli.vault_commands']" in result.stdout, result.stderr


def test_the_command_word_skips_global_options_and_their_values() -> None:
    assert command_word(["--vault", "request", "deadlines"]) == "deadlines"
    assert command_word(["--passphrase-file", "f", "--vault=x", "request", "list"]) == "request"
    assert command_word(["--help"]) is None
