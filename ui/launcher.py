"""The ``privacy-vault`` command: the desktop app with no arguments, the CLI with a command."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any


def _lazy(module: str, name: str) -> Any:
    """A function of a ui module, imported (with Qt) only when first called."""
    def call(*args: Any, **kwargs: Any) -> Any:
        from importlib import import_module

        return getattr(import_module(module), name)(*args, **kwargs)

    return call


def qt_renderers() -> dict[str, Any]:
    """The work only Qt can do for the CLI: PDF/ODT letters, PDF dossiers, text from PDF files."""
    return {"write_letter": _lazy("ui.rendering.letter_formats", "write_letter"),
            "letter_pdf_bytes": _lazy("ui.rendering.letter_formats", "letter_pdf_bytes"),
            "write_dossier_pdf": _lazy("ui.rendering.dossier", "write_dossier_pdf"),
            "pdf_to_text": _lazy("ui.rendering.pdf_text", "pdf_to_text")}


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI, or run one CLI command and return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from ui.app import run

        return run()
    from vault.cli.main import main as cli_main

    code = cli_main(args, load_renderers=qt_renderers)
    sys.exit(code) if argv is None else None
    return code
