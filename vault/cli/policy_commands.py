"""import-policy FILE [--json] [--save]"""
from __future__ import annotations

import argparse
from pathlib import Path

from vault.errors import InvalidInput
from vault.policies.controller_draft import save_policy_controller
from vault.policies.findings import extract_policy
from vault.policies.text import policy_text_from_bytes

from .main import Context, print_json
from .output import print_record

MAX_POLICY_BYTES = 20 * 1024 * 1024


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    p = commands.add_parser("import-policy", help="read a privacy policy (text, HTML or PDF) into a controller draft")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.add_argument("--save", action="store_true", help="save the controller as found (needs the vault)")
    p.set_defaults(handler=import_policy)


def import_policy(context: Context) -> int:
    path = Path(context.args.file).expanduser()
    try:
        if path.stat().st_size > MAX_POLICY_BYTES:
            raise InvalidInput(f"{path} is larger than 20 MB; a privacy policy is much smaller.")
        data = path.read_bytes()
    except OSError as err:
        raise InvalidInput(f"{path} cannot be read: {err.strerror}.") from None
    pdf_to_text = context.load_renderers().get("pdf_to_text")
    text = policy_text_from_bytes(data, path.name, pdf_to_text=pdf_to_text)
    findings = extract_policy(text).to_json()
    if context.args.save:
        findings["controller_id"] = save_policy_controller(context.vault(), findings, text)
    if context.args.json:
        print_json(findings)
    else:
        evidence = findings.pop("evidence")
        print_record(findings)
        for field, snippet in evidence.items():
            print(f"\n[{field}] {snippet}")
    return 0
