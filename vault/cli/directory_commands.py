"""import-directory | relationship add/list/edit/remove | retention | directory categories/list"""
from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from vault.organisations.directory_import import category_counts, import_directory, list_controllers_in_category
from vault.people.relationships import (
    add_relationship,
    edit_relationship,
    list_relationships,
    remove_relationship,
    retention_due,
)
from vault.validation import parse_date

from .main import Context, print_json
from .output import print_table


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    p = commands.add_parser("import-directory", help="import company records (datarequests.org format)")
    p.add_argument("path", nargs="?", type=Path,
                   help="a folder of record files or one JSON array (default: the built-in starter directory)")
    p.set_defaults(handler=import_)

    group = commands.add_parser("relationship", help="when you became, or stopped being, a customer")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", help="record a relationship; prints its id")
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.add_argument("--controller", type=int, required=True, metavar="ID")
    _dates(p)
    p.set_defaults(handler=relationship_add)
    p = sub.add_parser("list", help="list relationships")
    p.add_argument("--identity", type=int, metavar="ID")
    p.add_argument("--controller", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=relationship_list)
    p = sub.add_parser("edit", help="change a relationship (an empty date clears it)")
    p.add_argument("id", type=int)
    _dates(p)
    p.set_defaults(handler=relationship_edit)
    p = sub.add_parser("remove", help="delete a relationship")
    p.add_argument("id", type=int)
    p.set_defaults(handler=relationship_remove)

    p = commands.add_parser("retention", help="retention periods that have run out, with the step to take")
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="count as if today were this date")
    p.set_defaults(handler=retention)

    group = commands.add_parser("directory", help="browse controllers by category")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("categories", help="categories with their number of controllers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=categories)
    p = sub.add_parser("list", help="controllers in one category")
    p.add_argument("--category", required=True, metavar="CAT", help="e.g. 'credit agency', addresses")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--limit", type=int, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=category_list)


def _dates(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="DATE", help="customer since (YYYY-MM-DD)")
    p.add_argument("--ended", metavar="DATE", help="account closed on")
    p.add_argument("--last-contact", metavar="DATE")
    p.add_argument("--note", metavar="TEXT")


class _Counter:
    """A one-line ``\\r`` progress counter on stderr, shown only when stderr is a terminal."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if self.shown:
            print(f"\rImporting {done}/{total} records", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def import_(context: Context) -> int:
    counter = _Counter()
    try:
        report = import_directory(context.vault(), context.args.path, progress=counter)
    finally:
        counter.finish()
    print(report.summary())
    for label, reason in report.skipped:
        print(f"  skipped {label}: {reason}")
    for label, reason in report.warnings:
        print(f"  note {label}: {reason}")
    return 0


def _date_changes(args: argparse.Namespace) -> dict[str, Any]:
    mapping = {"since": args.since, "ended": args.ended, "last_contact": args.last_contact, "note": args.note}
    return {key: value for key, value in mapping.items() if value is not None}


def relationship_add(context: Context) -> int:
    args = context.args
    print(add_relationship(context.vault(), args.identity, args.controller, **_date_changes(args)))
    return 0


def relationship_list(context: Context) -> int:
    found = list_relationships(context.vault(), identity_id=context.args.identity,
                               controller_id=context.args.controller)
    if context.args.json:
        print_json([asdict(r) for r in found])
    else:
        print_table(["id", "identity", "controller", "since", "ended", "last contact", "note"],
                    [[r.id, r.identity_id, r.controller_id, r.since or "", r.ended or "", r.last_contact or "",
                      r.note] for r in found])
    return 0


def relationship_edit(context: Context) -> int:
    edit_relationship(context.vault(), context.args.id, _date_changes(context.args))
    return 0


def relationship_remove(context: Context) -> int:
    remove_relationship(context.vault(), context.args.id)
    return 0


def retention(context: Context) -> int:
    today = parse_date(context.args.today, "date given with --today") or date.today()
    due = retention_due(context.vault(), today)
    if context.args.json:
        print_json([item.to_json() for item in due])
    else:
        print_table(["controller", "what", "months", "from", "expired", "suggested", "or"],
                    [[d.controller_name, d.what, d.months, f"{d.since_date} ({d.since_kind.replace('_', ' ')})",
                      d.expired_on, d.suggested_right, d.alternative_right] for d in due])
    return 0


def categories(context: Context) -> int:
    counts = category_counts(context.vault())
    if context.args.json:
        print_json([{"category": name, "controllers": n} for name, n in counts])
    else:
        print_table(["category", "controllers"], counts)
    return 0


def category_list(context: Context) -> int:
    args = context.args
    found = list_controllers_in_category(context.vault(), args.category, args.search, limit=args.limit)
    if args.json:
        print_json([{k: v for k, v in asdict(c).items() if k != "source_text"} for c in found])
    else:
        print_table(["id", "name", "country", "contact"],
                    [[c.id, c.name, c.country or "", c.contact_email() or c.web_form or ""] for c in found])
    return 0
