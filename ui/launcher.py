"""The ``privacy-vault`` command: the desktop app with no arguments, the CLI with a command."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def _lazy(module: str, name: str) -> Any:
    """A function of a ui module, imported (with Qt) only when first called."""
    def call(*args: Any, **kwargs: Any) -> Any:
        from importlib import import_module

        return getattr(import_module(module), name)(*args, **kwargs)

    return call


def qt_renderers() -> dict[str, Any]:
    """The work only Qt can do for the CLI: PDF/ODT letters, PDF dossiers, text from PDF files, ID copies."""
    return {"write_letter": _lazy("ui.rendering.letter_formats", "write_letter"),
            "letter_pdf_bytes": _lazy("ui.rendering.letter_formats", "letter_pdf_bytes"),
            "write_dossier_pdf": _lazy("ui.rendering.dossier", "write_dossier_pdf"),
            "pdf_to_text": _lazy("ui.rendering.pdf_text", "pdf_to_text"),
            "id_copy_renderer": _lazy("ui.rendering.id_copy", "renderer")}


def gui_vault_path(args: Sequence[str]) -> Path | None | bool:
    """``--vault PATH`` (or ``--vault=PATH``) and nothing else: the window, on that vault.

    Returns the path, None for no arguments at all (the default vault), or False when the
    arguments are a CLI command.
    """
    if not args:
        return None
    if len(args) == 2 and args[0] == "--vault" and not args[1].startswith("-"):
        return Path(args[1]).expanduser()
    if len(args) == 1 and args[0].startswith("--vault=") and len(args[0]) > len("--vault="):
        return Path(args[0].removeprefix("--vault=")).expanduser()
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI, or run one CLI command and return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    vault_path = gui_vault_path(args)
    if vault_path is not False:
        from ui.app import run

        return run(vault_path=vault_path)
    from vault.cli.main import main as cli_main

    code = cli_main(args, load_renderers=qt_renderers)
    sys.exit(code) if argv is None else None
    return code
