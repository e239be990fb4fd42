"""template show | set | reset: the person's own copy of a letter template, kept in the vault."""
from __future__ import annotations

import argparse
from pathlib import Path

from vault.cases.letter_context import set_user_template
from vault.cases.letter_store import remove_user_template, user_template
from vault.errors import InvalidInput
from vault.letters.rendering import KINDS, LANGUAGES, template_source

from .main import Context


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    group = commands.add_parser("template", help="your own letter templates (Jinja2, sandboxed)")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help_text in (("show", "print the template in use (yours, else the built-in one)"),
                            ("set", "use your own template for this kind of letter and language"),
                            ("reset", "go back to the built-in template")):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
        p.add_argument("lang", choices=LANGUAGES)
        if name == "show":
            p.add_argument("--built-in", action="store_true", help="the built-in template even if you have your own")
        if name == "set":
            p.add_argument("--file", required=True, metavar="FILE")
        p.set_defaults(handler={"show": show, "set": set_, "reset": reset}[name])


def show(context: Context) -> int:
    args = context.args
    own = None if args.built_in else user_template(context.vault(), args.kind, args.lang)
    print(own if own is not None else template_source(args.kind, args.lang), end="")
    return 0


def set_(context: Context) -> int:
    args = context.args
    try:
        text = Path(args.file).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(f"{args.file} cannot be read as UTF-8 text.") from None
    set_user_template(context.vault(), args.kind, args.lang, text)
    print(f"Your template for {args.kind} ({args.lang}) will be used for new letters.")
    return 0


def reset(context: Context) -> int:
    remove_user_template(context.vault(), context.args.kind, context.args.lang)
    print(f"The built-in template for {context.args.kind} ({context.args.lang}) is used again.")
    return 0
