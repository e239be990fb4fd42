"""identifier add | list | remove | who | ask;  alias new;  consent add | list | withdraw"""
from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from vault.cases.consent_withdrawal import withdraw_consent
from vault.cases.leak_requests import ask_about_leak
from vault.errors import NotFound
from vault.people.aliases import new_alias
from vault.people.consents import add_consent, list_consents
from vault.people.identifiers import KINDS, add_identifier, get_identifier, list_identifiers, remove_identifier
from vault.people.leaks import never_given_out, who_all
from vault.storage.attachments import attachment_from_file
from vault.validation import parse_date

from .main import Context, print_json
from .output import print_table


def register(commands: argparse._SubParsersAction) -> None:
    """Add the identifier, alias and consent commands to the parser."""
    group = commands.add_parser("identifier", help="addresses, numbers and names you gave out, and to whom")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", help="record an identifier; prints its id")
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--value", required=True, metavar="TEXT")
    p.add_argument("--controller", type=int, metavar="ID", help="the controller it was given to")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="when it was given")
    p.add_argument("--note", default="", metavar="TEXT")
    p.set_defaults(handler=identifier_add)
    p = sub.add_parser("list", help="list identifiers")
    p.add_argument("--identity", type=int, metavar="ID")
    p.add_argument("--controller", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=identifier_list)
    p = sub.add_parser("remove", help="delete an identifier")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true")
    p.set_defaults(handler=identifier_remove)
    p = sub.add_parser("who", help="whose address or number is this, who got it and when")
    p.add_argument("value", help='as pasted, e.g. \'"Shop" <me+shop@mail.example>\'')
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=identifier_who)
    p = sub.add_parser("ask", help="ask the controller that got it for recipients and source; prints the request id")
    p.add_argument("value")
    p.add_argument("--seen-in", default="", metavar="TEXT", help="where it turned up, e.g. 'spam from x.example'")
    p.set_defaults(handler=identifier_ask)

    group = commands.add_parser("alias", help="one e-mail alias per controller")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("new", help="the controller's alias (made once, then the same); prints it")
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.add_argument("--controller", type=int, required=True, metavar="ID")
    p.set_defaults(handler=alias_new)

    group = commands.add_parser("consent", help="what you consented to, and withdrawing it")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", help="record a consent; prints its id")
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.add_argument("--controller", type=int, required=True, metavar="ID")
    p.add_argument("--purpose", required=True, metavar="TEXT")
    p.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="when it was given")
    p.add_argument("--how", default="", metavar="TEXT", help="web form, checkbox, app, paper, ...")
    p.add_argument("--evidence", metavar="FILE", help="a screenshot or PDF, kept encrypted in the vault")
    p.set_defaults(handler=consent_add)
    p = sub.add_parser("list", help="list consents")
    p.add_argument("--identity", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=consent_list)
    p = sub.add_parser("withdraw", help="withdraw a consent (art. 7(3)); prints the new request id(s)")
    p.add_argument("id", type=int)
    p.add_argument("--also-object", action="store_true", help="also object to direct marketing (art. 21(2))")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the withdrawal date (default today)")
    p.set_defaults(handler=consent_withdraw)


def identifier_add(context: Context) -> int:
    a = context.args
    print(add_identifier(context.vault(), a.identity, a.kind, a.value, controller_id=a.controller,
                         given_on=a.on, note=a.note))
    return 0


def identifier_list(context: Context) -> int:
    a = context.args
    identifiers = list_identifiers(context.vault(), identity_id=a.identity, controller_id=a.controller)
    if a.json:
        print_json([asdict(i) for i in identifiers])
    else:
        print_table(["id", "identity", "kind", "value", "controller", "given on", "generated"],
                    [[i.id, i.identity_id, i.kind, i.value, i.controller_id, i.given_on,
                      "yes" if i.generated else ""] for i in identifiers])
    return 0


def identifier_remove(context: Context) -> int:
    vault = context.vault()
    identifier = get_identifier(vault, context.args.id)
    context.confirm(f"Delete identifier {identifier.id} ({identifier.kind})?")
    remove_identifier(vault, identifier.id)
    return 0


def identifier_who(context: Context) -> int:
    leaks = who_all(context.vault(), context.args.value)
    if not leaks:
        raise NotFound(never_given_out(context.args.value))
    best = leaks[0]
    others = [{"controller_id": k.controller_id, "controller_name": k.controller_name, "given_on": k.given_on,
               "identifier_id": k.identifier_id} for k in leaks[1:] if k.identity_id == best.identity_id]
    record: dict[str, Any] = {**asdict(best), "also_given_to": others}
    if context.args.json:
        print_json(record)
        return 0
    if best.controller_id is None:
        print(f"{best.value} belongs to '{best.identity_label}' and is not recorded as given to any controller.")
    else:
        when = f" on {best.given_on}" if best.given_on else ""
        guess = " (guessed from the address's +tag)" if best.match == "plus-tag" else ""
        print(f"{best.value} belongs to '{best.identity_label}'; given to {best.controller_name} "
              f"(controller {best.controller_id}){when}{guess}.")
    for other in others:
        if other["controller_id"] is not None:
            print(f"Also given to {other['controller_name']} (controller {other['controller_id']}).")
    return 0


def identifier_ask(context: Context) -> int:
    print(ask_about_leak(context.vault(), context.args.value, seen_in=context.args.seen_in))
    return 0


def alias_new(context: Context) -> int:
    print(new_alias(context.vault(), context.args.identity, context.args.controller))
    return 0


def consent_add(context: Context) -> int:
    a = context.args
    evidence = attachment_from_file(a.evidence) if a.evidence else None
    print(add_consent(context.vault(), a.identity, a.controller, a.purpose, a.on, how=a.how, evidence=evidence))
    return 0


def consent_list(context: Context) -> int:
    consents = list_consents(context.vault(), identity_id=context.args.identity)
    if context.args.json:
        print_json([asdict(c) for c in consents])
    else:
        print_table(["id", "identity", "controller", "purpose", "given on", "status", "withdrawn on"],
                    [[c.id, c.identity_id, c.controller_id, c.purpose, c.given_on, c.status, c.withdrawn_on or ""]
                     for c in consents])
    return 0


def consent_withdraw(context: Context) -> int:
    on = parse_date(context.args.on, "withdrawal date")
    for request_id in withdraw_consent(context.vault(), context.args.id, also_object=context.args.also_object,
                                       on=on):
        print(request_id)
    return 0

