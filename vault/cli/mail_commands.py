"""mail account add | list | remove; mail test; mail fetch; mail accept; mail dismiss; and ``request send``."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from vault.errors import InvalidInput, UsageError
from vault.mail import accounts, inbox
from vault.mail.connection import check_servers
from vault.mail.passwords import keyring_available, password_for, store_in_keyring
from vault.mail.sending import build_request_mail, send_request_mail
from vault.storage.attachments import attachment_from_file

from .main import Context, print_json
from .output import print_table


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    group = commands.add_parser("mail", help="send requests and read the answers: one mail account per identity")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    account = sub.add_parser("account", help="an identity's mail account").add_subparsers(
        dest="account_action", metavar="ACTION", required=True)
    p = account.add_parser("add", help="set up (or replace) an identity's mail account")
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.add_argument("--address", required=True, metavar="ADDRESS")
    p.add_argument("--smtp", required=True, metavar="HOST:PORT")
    p.add_argument("--imap", required=True, metavar="HOST:PORT")
    p.add_argument("--user", default="", metavar="NAME", help="the login (default: the address)")
    p.add_argument("--security", choices=accounts.SECURITIES,
                   help="tls or starttls for both servers (default: from the ports); none only for this computer")
    p.add_argument("--password-file", metavar="FILE", help="read the password from this file (else a prompt)")
    p.add_argument("--password-store", choices=accounts.PASSWORD_STORES,
                   help="where the password is kept (default: the keyring when there is one, else the vault)")
    p.set_defaults(handler=account_add)
    p = account.add_parser("list", help="the mail accounts (never their passwords)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=account_list)
    p = account.add_parser("remove", help="forget an identity's mail account")
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.set_defaults(handler=account_remove)

    p = sub.add_parser("test", help="log in to both servers and say what failed")
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.set_defaults(handler=test)

    p = sub.add_parser("fetch", help="read new messages and propose the request each answers")
    p.add_argument("--identity", type=int, metavar="ID", help="only this identity's inbox (default: every account)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=fetch)

    p = sub.add_parser("accept", help="record a message read as an event of a request, with its files")
    p.add_argument("uid", type=int)
    p.add_argument("--request", type=int, required=True, metavar="ID")
    p.add_argument("--kind", required=True, metavar="KIND", help="acknowledged, id-requested, extended, answered, "
                                                                  "refused, not-delivered, ...")
    p.set_defaults(handler=accept)

    p = sub.add_parser("dismiss", help="leave a message read out of every case")
    p.add_argument("uid", type=int)
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.set_defaults(handler=dismiss)


def _password(context: Context, address: str) -> str:
    path = context.args.password_file
    if path:
        try:
            lines = Path(path).expanduser().read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            raise InvalidInput(f"The password file {path} cannot be read as UTF-8 text.") from None
        password = lines[0] if lines else ""
    else:
        if not sys.stdin.isatty():
            raise UsageError("No password given: use --password-file, or run in a terminal to be asked.")
        password = getpass.getpass(f"Password of {address}: ")
    if not password:
        raise InvalidInput("The password cannot be empty.")
    return password


def account_add(context: Context) -> int:
    args, vault = context.args, context.vault()
    store = args.password_store or ("keyring" if keyring_available() else "vault")
    if store == "keyring" and not keyring_available():
        raise InvalidInput("There is no keyring on this system; use --password-store vault.")
    values = accounts.check_account(address=args.address, username=args.user, smtp=args.smtp, imap=args.imap,
                                    security=args.security, password_store=store)
    password = _password(context, values["address"])
    account = accounts.save_account(vault, args.identity, values, password=password)
    if store == "keyring":
        store_in_keyring(account, password)
    print(f"Mail account {account.address} saved for identity {args.identity}; password kept in the {store}.")
    return 0


def account_list(context: Context) -> int:
    found = accounts.list_accounts(context.vault())
    if context.args.json:
        print_json([a.to_json() for a in found])
    else:
        print_table(["identity", "address", "smtp", "imap", "password in"],
                    [[a.identity_id, a.address, f"{a.smtp_host}:{a.smtp_port} {a.smtp_security}",
                      f"{a.imap_host}:{a.imap_port} {a.imap_security}", a.password_store] for a in found])
    return 0


def account_remove(context: Context) -> int:
    from vault.mail.passwords import forget_from_keyring

    removed = accounts.remove_account(context.vault(), context.args.identity)
    if removed.password_store == "keyring":
        forget_from_keyring(removed)
    print(f"Mail account {removed.address} removed.")
    return 0


def test(context: Context) -> int:
    vault = context.vault()
    account = accounts.account_of_identity(vault, context.args.identity)
    results = check_servers(account, password_for(vault, account))
    for result in results:
        print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if all(r.ok for r in results) else 1


def fetch(context: Context) -> int:
    vault, identity = context.vault(), context.args.identity
    identities = [identity] if identity is not None else [a.identity_id for a in accounts.list_accounts(vault)]
    if not identities:
        raise InvalidInput("No identity has a mail account; add one with 'mail account add'.")
    read = sum(inbox.fetch_new(vault, i) for i in identities)
    pending = [m for i in identities for m in inbox.pending_messages(vault, i)]
    if context.args.json:
        print_json([m.to_json() for m in pending])
    else:
        print(f"{read} new message(s) read; {len(pending)} waiting for you.", file=sys.stderr)
        print_table(["uid", "from", "subject", "request", "suggested"],
                    [[m.uid, m.from_addr, m.subject, m.request_id or "", m.suggested_kind or ""] for m in pending])
        for m in pending:
            if m.advice:
                print(f"UID {m.uid}: {m.advice}")
    return 0


def accept(context: Context) -> int:
    from vault.cases.requests import get_request

    args, vault = context.args, context.vault()
    inbox.accept_message(vault, args.uid, request_id=args.request, kind=args.kind)
    print(f"Recorded. Status: {get_request(vault, args.request).status}.")
    return 0


def dismiss(context: Context) -> int:
    inbox.dismiss_message(context.vault(), context.args.uid, identity_id=context.args.identity)
    return 0


def send_request(context: Context) -> int:
    """``request send ID``: the letter by e-mail from the identity's account; prints the Message-ID."""
    args, vault = context.args, context.vault()
    render = context.load_renderers().get("letter_pdf_bytes")
    if render is None:
        raise UsageError("The letter's PDF needs the app's Qt part; run the 'privacy-vault' command, "
                         "not 'python -m vault'.")
    files = [attachment_from_file(Path(path)) for path in args.attach]
    mail = build_request_mail(vault, args.id, pdf=render, attachments=files)
    sent = send_request_mail(vault, mail)
    print(sent.message_id)
    print(f"Sent to {mail.recipient}; the server answered {sent.server_reply}. "
          f"The answer is due by {sent.request.due_on}.", file=sys.stderr)
    return 0
