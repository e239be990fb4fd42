"""identity add | list | show | edit | remove"""
from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from vault.people.identities import add_identity, edit_identity, get_identity, list_identities, remove_identity

from .main import Context, print_json
from .output import print_record, print_table


def _fields(p: argparse.ArgumentParser, *, editing: bool) -> None:
    p.add_argument("--label", required=not editing, help="how you call this persona, e.g. 'Me' or 'Shopping alias'")
    p.add_argument("--name", help="the name controllers know")
    p.add_argument("--email", action="append", metavar="E", help="an e-mail address (repeat for more)")
    p.add_argument("--phone", action="append", metavar="P", help="a phone number (repeat for more)")
    p.add_argument("--address", help="postal address (use \\n or real newlines between lines)")
    p.add_argument("--birth-date", metavar="YYYY-MM-DD")
    p.add_argument("--notes")
    p.add_argument("--country", metavar="CC", help="where you live (ISO 3166-1, e.g. FR): your own supervisory authority")
    p.add_argument("--region", metavar="CODE", help="e.g. BY: the German Land you live in")
    p.add_argument("--alias-pattern", metavar="TEXT", help="e.g. me+{controller}@mail.example")
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--pseudonym", action="store_true", help="a pseudonymous persona")
    if editing:
        kind.add_argument("--real", action="store_true", help="the real identity")


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    group = commands.add_parser("identity", help="your identities and pseudonyms")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", help="record an identity; prints its id")
    _fields(p, editing=False)
    p.set_defaults(handler=add)
    p = sub.add_parser("list", help="list identities")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_)
    p = sub.add_parser("show", help="show one identity")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=show)
    p = sub.add_parser("edit", help="change an identity")
    p.add_argument("id", type=int)
    _fields(p, editing=True)
    p.set_defaults(handler=edit)
    p = sub.add_parser("remove", help="delete an identity")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true")
    p.set_defaults(handler=remove)


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    mapping = {"label": args.label, "name": args.name, "emails": args.email, "phones": args.phone,
               "address": args.address.replace("\\n", "\n") if args.address else args.address,
               "birth_date": args.birth_date, "notes": args.notes, "alias_pattern": args.alias_pattern,
               "country": args.country, "region": args.region}
    changes = {key: value for key, value in mapping.items() if value is not None}
    if args.pseudonym:
        changes["kind"] = "pseudonym"
    elif getattr(args, "real", False):
        changes["kind"] = "real"
    return changes


def add(context: Context) -> int:
    changes = _changes(context.args)
    label = changes.pop("label")
    print(add_identity(context.vault(), label=label, **changes))
    return 0


def list_(context: Context) -> int:
    identities = list_identities(context.vault())
    if context.args.json:
        print_json([asdict(i) for i in identities])
    else:
        print_table(["id", "kind", "label", "name"], [[i.id, i.kind, i.label, i.name] for i in identities])
    return 0


def show(context: Context) -> int:
    identity = get_identity(context.vault(), context.args.id)
    print_json(asdict(identity)) if context.args.json else print_record(asdict(identity))
    return 0


def edit(context: Context) -> int:
    edit_identity(context.vault(), context.args.id, _changes(context.args))
    return 0


def remove(context: Context) -> int:
    vault = context.vault()
    identity = get_identity(vault, context.args.id)
    context.confirm(f"Delete identity {identity.id} ({identity.label}) with its identifiers and consents?")
    remove_identity(vault, identity.id)
    return 0
