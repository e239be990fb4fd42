"""``attachment save ID FILE``: a file kept in the vault (a reply, a data export) written back out."""
from __future__ import annotations

import argparse

from vault.storage.attachments import attachment_info, save_attachment_to

from .main import Context, print_json


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    group = commands.add_parser("attachment", help="files kept in the vault: replies, data exports")
    sub = group.add_subparsers(dest="attachment_command", metavar="ACTION", required=True)
    p = sub.add_parser("show", help="name, type, size and SHA-256 of an attachment")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=show)
    p = sub.add_parser("save", help="write an attachment to a file (streamed; checked before it takes the name)")
    p.add_argument("id", type=int)
    p.add_argument("file", help="a file, or a folder to save it under its own name")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(handler=save)


def show(context: Context) -> int:
    info = attachment_info(context.vault(), context.args.id)
    if context.args.json:
        print_json(vars(info))
    else:
        print(f"{info.name} ({info.mime_type}), {info.size:,} bytes, SHA-256 {info.sha256}")
    return 0


def save(context: Context) -> int:
    written = save_attachment_to(context.vault(), context.args.id, context.args.file, overwrite=context.args.force)
    print(f"Saved to {written}.")
    return 0
