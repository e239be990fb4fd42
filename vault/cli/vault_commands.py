"""Commands on the vault file itself: init, backup, restore, passwd, export, settings."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from vault.errors import InvalidInput
from vault.storage.backup import backup_vault, change_passphrase, restore_vault
from vault.storage.export import export_everything
from vault.storage.files import write_atomic
from vault.storage.settings import all_settings, set_setting
from vault.storage.store import create_vault

from .main import NEW_PASSPHRASE_ENV, Context, print_json


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    p = commands.add_parser("init", help="create a new, empty vault")
    p.set_defaults(handler=init)

    p = commands.add_parser("backup", help="write an encrypted copy of the vault")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(handler=backup)

    p = commands.add_parser("restore", help="replace the vault by a backup (the old one is kept as .bak-<time>)")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=restore)

    p = commands.add_parser("passwd", help="change the passphrase")
    p.set_defaults(handler=passwd)

    p = commands.add_parser("export", help="write everything in the vault, readable and unencrypted, as JSON")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=export)

    p = commands.add_parser("settings", help="show or change the settings kept in the vault")
    p.add_argument("--set", nargs=2, action="append", metavar=("NAME", "VALUE"), default=[])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=settings)


def init(context: Context) -> int:
    path = context.vault_path
    if path.exists():
        raise InvalidInput(f"A vault already exists at {path}.")
    vault = create_vault(path, context.passphrase(prompt="New passphrase: ", twice=True))
    vault.close()
    print(f"Created a new vault at {path}.")
    return 0


def backup(context: Context) -> int:
    written = backup_vault(context.vault(), context.args.file, replace=context.args.force)
    print(f"Backup written to {written}.")
    return 0


def restore(context: Context) -> int:
    passphrase = context.passphrase()
    context.confirm(f"Replace the vault at {context.vault_path} by {context.args.file}?")
    kept = restore_vault(context.vault_path, context.args.file, passphrase)
    print(f"Restored. The previous vault is kept at {kept}." if kept else "Restored.")
    return 0


def passwd(context: Context) -> int:
    vault = context.vault()
    new = context.passphrase(env=NEW_PASSPHRASE_ENV, prompt="New passphrase: ", twice=True)
    change_passphrase(vault, new)
    print("Passphrase changed.")
    return 0


def export(context: Context) -> int:
    vault = context.vault()
    context.confirm(f"Write all your data, unencrypted, to {context.args.output}?")
    data = json.dumps(export_everything(vault), ensure_ascii=False, indent=2).encode("utf-8")
    write_atomic(Path(context.args.output), data)
    print(f"Everything written to {context.args.output}.")
    return 0


def settings(context: Context) -> int:
    vault = context.vault()
    for name, value in context.args.set:
        set_setting(vault, name, value)
    values = all_settings(vault)
    if context.args.json:
        print_json(values)
    else:
        for name, value in values.items():
            print(f"{name}: {value}")
    return 0
