"""Shared fixtures: real vault files on disk (with the cheap test KDF profile), the CLI in-process."""
from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

# Argon2id at full strength costs ~0.4 s per unlock; the suite opens hundreds of vaults.
# Profile 0 is the same code path with cheap parameters. bench/ measures profile 1.
os.environ["PRIVACY_VAULT_KDF_PROFILE"] = "0"
os.environ.pop("PRIVACY_VAULT_PASSPHRASE", None)
os.environ.pop("PRIVACY_VAULT_PATH", None)

from vault.storage.store import Vault, create_vault  # noqa: E402

PASSPHRASE = "correct horse battery staple"
DATA = Path(__file__).parent / "data"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """Where a test's vault lives (not created yet)."""
    return tmp_path / "vault.db"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """A new, empty, unlocked vault on disk."""
    opened = create_vault(vault_path, PASSPHRASE)
    yield opened
    opened.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self):  # noqa: ANN201 - whatever the command printed
        return json.loads(self.out)


class Cli:
    """Runs ``privacy-vault --vault PATH ...`` in this process, as a script would."""

    def __init__(self, path: Path, monkeypatch: pytest.MonkeyPatch):
        self.path = path
        self.monkeypatch = monkeypatch
        monkeypatch.setenv("PRIVACY_VAULT_PASSPHRASE", PASSPHRASE)

    def __call__(self, *args: str, stdin: str = "") -> CliResult:
        from ui.launcher import main

        out, err = io.StringIO(), io.StringIO()
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--vault", str(self.path), *args])
        return CliResult(code, out.getvalue(), err.getvalue())

    def ok(self, *args: str) -> CliResult:
        """Run and insist on exit 0."""
        result = self(*args)
        assert result.code == 0, result.err
        return result


@pytest.fixture
def cli(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """The CLI on a fresh vault (created by ``init``)."""
    runner = Cli(vault_path, monkeypatch)
    runner.ok("init")
    return runner
