"""controller add | list | show | edit | remove (list: one row per organisation, its variants and EU controller)"""
from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from vault.organisations.brands import countries_of, organisation_of, organisations, variants_of
from vault.organisations.controllers import (
    add_controller,
    edit_controller,
    get_controller,
    remove_controller,
    retention_periods,
)
from vault.organisations.eu_controllers import overlay_of
from vault.people.residence import person_country

from .main import Context, print_json
from .output import print_record, print_table


def _fields(p: argparse.ArgumentParser, *, editing: bool) -> None:
    p.add_argument("--name", required=not editing)
    p.add_argument("--address", help="postal address (use \\n or real newlines between lines)")
    p.add_argument("--country", metavar="CC", help="ISO 3166-1 code, e.g. FR")
    p.add_argument("--region", metavar="CODE", help="e.g. BY for Bavaria, 57 for Moselle")
    p.add_argument("--dpo-name")
    p.add_argument("--dpo-email", metavar="E")
    p.add_argument("--email", action="append", metavar="E", help="a contact address (repeat for more)")
    p.add_argument("--web-form", metavar="URL")
    p.add_argument("--web", metavar="URL")
    p.add_argument("--authority", metavar="TEXT", help="the supervisory authority")
    p.add_argument("--sector", choices=("public", "private"), help="public body or private company")
    p.add_argument("--representative", metavar="TEXT", help="its representative in the EU (Art. 27 GDPR): name and address")
    p.add_argument("--legal-form")
    p.add_argument("--registration-number")
    p.add_argument("--notes")


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    group = commands.add_parser("controller", help="organisations that hold data on you")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", help="record a controller; prints its id")
    _fields(p, editing=False)
    p.set_defaults(handler=add)
    p = sub.add_parser("list", help="list or search organisations, one row per brand (best matches first)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--search", metavar="TEXT", help="name, former name, web address, e-mail or address")
    p.add_argument("--country", metavar="CC", help="choose the variant serving this country (default: yours)")
    p.add_argument("--limit", type=int, metavar="N")
    p.set_defaults(handler=list_)
    p = sub.add_parser("show", help="show one controller")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=show)
    p = sub.add_parser("edit", help="change a controller")
    p.add_argument("id", type=int)
    _fields(p, editing=True)
    p.set_defaults(handler=edit)
    p = sub.add_parser("remove", help="delete a controller")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true")
    p.set_defaults(handler=remove)


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    mapping = {"name": args.name, "address": args.address.replace("\\n", "\n") if args.address else args.address,
               "country": args.country, "region": args.region, "dpo_name": args.dpo_name,
               "dpo_email": args.dpo_email, "emails": args.email, "web_form": args.web_form, "web": args.web,
               "authority": args.authority, "legal_form": args.legal_form,
               "registration_number": args.registration_number, "notes": args.notes, "sector": args.sector,
               "representative": args.representative.replace("\\n", "\n") if args.representative else args.representative}
    return {key: value for key, value in mapping.items() if value is not None}


def add(context: Context) -> int:
    changes = _changes(context.args)
    print(add_controller(context.vault(), **changes))
    return 0


def list_(context: Context) -> int:
    vault = context.vault()
    country = context.args.country or person_country(vault)
    found = organisations(vault, context.args.search, country=country, limit=context.args.limit)
    if context.args.json:
        print_json([o.as_dict() for o in found])
    else:
        print_table(["id", "name", "country", "contact", "variants"],
                    [[o.chosen.id, o.chosen.name, o.chosen.country or "",
                      o.chosen.contact_email() or o.chosen.web_form or "",
                      len(o.variants) if len(o.variants) > 1 else ""] for o in found])
    return 0


def show(context: Context) -> int:
    vault = context.vault()
    controller = get_controller(vault, context.args.id)
    record = asdict(controller)
    record["retention_periods"] = [asdict(r) for r in retention_periods(vault, context.args.id)]
    overlay = overlay_of(controller)
    record["brand"] = organisation_of(vault, controller.id).brand
    record["countries"] = countries_of(controller)
    record["variants"] = [asdict(v) for v in variants_of(vault, controller.id)]
    record["eu_controller"] = overlay.as_dict() if overlay else None
    print_json(record) if context.args.json else print_record(record)
    return 0


def edit(context: Context) -> int:
    edit_controller(context.vault(), context.args.id, _changes(context.args))
    return 0


def remove(context: Context) -> int:
    vault = context.vault()
    controller = get_controller(vault, context.args.id)
    context.confirm(f"Delete controller {controller.id} ({controller.name})?")
    remove_controller(vault, controller.id)
    return 0
