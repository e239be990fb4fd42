"""vault/ is the Qt-free core: the CLI, scripts and tests use it without a display or PySide6."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_IMPORT_ALL = """
import importlib, pkgutil, sys
import vault
names = []
for module in pkgutil.walk_packages(vault.__path__, "vault."):
    if module.name.rsplit(".", 1)[-1] == "__main__":
        continue  # running it would start the CLI
    importlib.import_module(module.name)
    names.append(module.name)
    if any(name == "PySide6" or name.startswith("PySide6.") for name in sys.modules):
        print("PySide6 imported by", module.name)
        sys.exit(1)
print(len(names))
"""


def test_no_module_under_vault_imports_pyside6() -> None:
    result = subprocess.run([sys.executable, "-c", _IMPORT_ALL], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.strip()) >= 15  # store, kdf, schema, backup, identities, controllers, cli...
