"""authorities list: the supervisory authorities a complaint can go to, with their channels."""
from __future__ import annotations

import argparse

from vault.law.authorities import all_authorities

from .main import Context, print_json
from .output import print_table


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    group = commands.add_parser("authorities", help="the data-protection supervisory authorities")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="every authority with its complaint channels")
    p.add_argument("--json", action="store_true")
    p.add_argument("--country", metavar="CC", help="only this country's authorities")
    p.set_defaults(handler=list_)


def list_(context: Context) -> int:
    country = (context.args.country or "").strip().upper()
    rows = [a for a in all_authorities() if not country or country in a.countries]
    records = [{"id": a.slug, "name": a.name, "country": a.countries[0] if a.countries else "",
                "region": a.land or "", "sector": a.sector, "scope": a.scope, "email": a.complaint_email,
                "web_form": a.webform, "postal_address": "\n".join(a.address_lines),
                "channels": list(a.accepted_channels())} for a in rows]
    if context.args.json:
        print_json(records)
    else:
        print_table(["id", "country", "region", "sector", "channels", "name"],
                    [[r["id"], r["country"], r["region"], r["sector"], ", ".join(r["channels"]), r["name"]]
                     for r in records])
    return 0
