"""The ``privacy-vault`` command: the desktop app with no arguments, the CLI with a command."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any


def qt_renderers() -> dict[str, Any]:
    """The output formats only Qt can produce, loaded when a command needs them."""
    from . import letter_formats, pdf_text

    return {"write_letter": letter_formats.write_letter, "pdf_to_text": pdf_text.pdf_to_text,
            "write_dossier_pdf": __import__("ui.dossier", fromlist=["write_dossier_pdf"]).write_dossier_pdf}


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI, or run one CLI command and return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from .app import run

        return run()
    from vault.cli.main import main as cli_main

    code = cli_main(args, load_renderers=qt_renderers)
    sys.exit(code) if argv is None else None
    return code
