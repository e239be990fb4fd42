"""request new | list | show | edit-letter | sent | send | event | follow-up | dossier | remove; letter; deadlines; calendar"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from vault.cases import dashboard, letter_store, lifecycle
from vault.cases.calendar import CalendarDeadline, deadlines_to_ics
from vault.cases.drafts import create_request
from vault.cases.follow_ups import create_follow_up, next_step
from vault.cases.queries import iter_requests
from vault.cases.requests import FOLLOW_UP_KINDS, RIGHTS, get_request, list_requests, remove_request
from vault.errors import InvalidInput, UsageError
from vault.letters.files import TEXT_FORMATS, text_letter_bytes
from vault.storage.attachments import attachment_from_file, attachment_source, guess_mime_type
from vault.storage.files import write_atomic
from vault.validation import parse_date

from .main import Context, print_json
from .output import print_json_array, print_table

FORMATS = ("txt", "html", "pdf", "odt", "eml")


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    group = commands.add_parser("request", help="your rights requests and their follow-ups")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = sub.add_parser("new", help="write a request and its letter; prints its id")
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.add_argument("--controller", type=int, required=True, metavar="ID")
    p.add_argument("--right", required=True, choices=RIGHTS, metavar="RIGHT", help=", ".join(RIGHTS))
    p.add_argument("--lang", choices=("en", "fr", "de"))
    p.add_argument("--details", default="", metavar="TEXT", help="what to rectify, which processing, ...")
    p.add_argument("--identifier", type=int, action="append", metavar="ID",
                   help="an identifier to name in the letter (default: those this controller knows)")
    p.set_defaults(handler=new)

    p = sub.add_parser("bulk", help="one request per controller of a category or a list; prints the new ids")
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.add_argument("--right", required=True, choices=RIGHTS, metavar="RIGHT", help=", ".join(RIGHTS))
    chosen = p.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--category", metavar="CAT", help="a directory category, e.g. credit-agency")
    chosen.add_argument("--controller", type=int, action="append", metavar="ID", help="repeat for each controller")
    p.add_argument("--lang", choices=("en", "fr", "de"))
    p.add_argument("--details", default="")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=bulk)

    p = sub.add_parser("list", help="list requests")
    p.add_argument("--json", action="store_true")
    p.add_argument("--status")
    p.set_defaults(handler=list_)

    p = sub.add_parser("show", help="a request with its letter and history")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=show)

    p = sub.add_parser("edit-letter", help="replace the letter's text (a sent letter is kept; a new version is made)")
    p.add_argument("id", type=int)
    p.add_argument("--body-file", required=True, metavar="FILE")
    p.add_argument("--subject")
    p.set_defaults(handler=edit_letter)

    p = sub.add_parser("sent", help="record that the letter was sent; starts the deadline")
    p.add_argument("id", type=int)
    p.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--channel", required=True, choices=lifecycle.CHANNELS)
    p.add_argument("--delivered-on", metavar="YYYY-MM-DD", help="for post: the delivery date, if known")
    p.add_argument("--tracking", default="", metavar="NUMBER", help="registered post: the tracking number")
    p.set_defaults(handler=sent)

    p = sub.add_parser("send", help="send the letter by e-mail from the identity's mail account; prints the Message-ID")
    p.add_argument("id", type=int)
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help="a file to attach (repeat)")
    p.set_defaults(handler=send)

    p = sub.add_parser("event", help="record what the controller did")
    p.add_argument("id", type=int)
    p.add_argument("--kind", required=True, choices=lifecycle.EVENT_KINDS)
    p.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--note", default="")
    p.add_argument("--attach", action="append", default=[], metavar="FILE")
    p.set_defaults(handler=event)

    p = sub.add_parser("follow-up", help="a reminder, a complaint, or a reply to an obstacle; prints its id")
    p.add_argument("id", type=int)
    p.add_argument("--kind", required=True, choices=FOLLOW_UP_KINDS, metavar="KIND", help=", ".join(FOLLOW_UP_KINDS))
    p.add_argument("--details", default="")
    p.add_argument("--lang", choices=("en", "fr", "de"))
    p.add_argument("--authority", metavar="AUTHORITY_ID",
                   help="complaints: 'own' (your residence, the default), 'controller', or an id from 'authorities list'")
    p.add_argument("--processing-continues", choices=("yes", "no", "unknown"), default="unknown",
                   help="complaints: whether the controller still processes the data")
    p.add_argument("--no-share-consent", action="store_true",
                   help="complaints: do not agree that the complaint is shared with the controller")
    p.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(handler=follow_up)

    p = sub.add_parser("dossier", help="the case as one PDF: chronology and the letters sent")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=dossier)

    p = sub.add_parser("remove", help="delete a request with its letters and history")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true")
    p.set_defaults(handler=remove)

    p = commands.add_parser("letter", help="write a request's letter to a file")
    p.add_argument("id", type=int)
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help="for eml: a file to attach")
    p.add_argument("--version", type=int, metavar="N", help="a given version (see 'request show'); default: as sent")
    p.set_defaults(handler=letter)

    p = commands.add_parser("deadlines", help="open deadlines, soonest first")
    p.add_argument("--json", action="store_true")
    p.add_argument("--within", type=int, metavar="DAYS")
    p.add_argument("--today", metavar="YYYY-MM-DD")
    p.set_defaults(handler=deadlines)

    p = commands.add_parser("calendar", help="all open deadlines as an iCalendar file")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.set_defaults(handler=calendar)


def new(context: Context) -> int:
    from vault.people.identifiers import reveal_warning

    vault, args = context.vault(), context.args
    from vault.cases.national_rules import new_request_warning

    warning = reveal_warning(vault, args.identity, args.controller)
    if warning:
        print(f"privacy-vault: warning: {warning}", file=sys.stderr)
    national = new_request_warning(vault, args.identity, args.controller, args.right, date.today())
    if national:
        print(f"privacy-vault: warning: {national}", file=sys.stderr)
    print(create_request(vault, identity_id=args.identity, controller_id=args.controller, right=args.right,
                         lang=args.lang, details=args.details, identifier_ids=args.identifier))
    return 0


def bulk(context: Context) -> int:
    from vault.cases.bulk import create_requests
    from vault.organisations.directory_import import list_controllers_in_category

    vault, args = context.vault(), context.args
    if args.category:
        controller_ids = [c.id for c in list_controllers_in_category(vault, args.category)]
        if not controller_ids:
            raise InvalidInput(f"No controller is in the category '{args.category}'; "
                               "see 'directory categories'.")
        context.confirm(f"Create {len(controller_ids)} {args.right} requests, one per controller in '{args.category}'?")
    else:
        controller_ids = args.controller
    report = create_requests(vault, identity_id=args.identity, controller_ids=controller_ids, right=args.right,
                             lang=args.lang, details=args.details)
    for _, request_id in report.created:
        print(request_id)
    for controller_id, reason in report.failed:
        print(f"privacy-vault: controller {controller_id}: {reason}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 0 if report.created else 1


def list_(context: Context) -> int:
    if context.args.json:  # streamed: 100,000 requests never sit in memory at once
        print_json_array(r.to_json() for r in iter_requests(context.vault(), status=context.args.status))
        return 0
    requests = list_requests(context.vault(), status=context.args.status)
    print_table(["id", "right", "status", "controller", "due"],
                [[r.id, r.right, r.status, r.controller_id, r.effective_due or ""] for r in requests])
    return 0


def show(context: Context) -> int:
    vault, today = context.vault(), date.today()
    request = get_request(vault, context.args.id)
    record: dict[str, Any] = request.to_json()
    record["overdue"] = request.is_overdue(today)
    record["next_step"] = next_step(vault, request, today)
    shown = letter_store.letter_of_record(vault, request.id)
    record["letter_versions"] = [{"version": number, "created_at": stored.created_at,
                                  "sent": stored.frozen, "shown": stored.id == shown.id}
                                 for number, stored in enumerate(letter_store.letters_of(vault, request.id), 1)]
    record["letter"] = shown.document.as_text()
    record["events"] = [{"kind": e.kind, "on": e.on_date, "note": e.note, "flag": e.flag,
                         "attachments": [name for _, name, _ in lifecycle.event_attachments(vault, e.id)]}
                        for e in lifecycle.events_of(vault, request.id)]
    if context.args.json:
        print_json(record)
    else:
        letter_text = record.pop("letter")
        for key, value in record.items():
            print(f"{key}: {'' if value is None else value}")
        print("\n" + letter_text)
    return 0


def _read_text(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InvalidInput(f"The {what} {path} cannot be read as UTF-8 text"
                           f"{': ' + err.strerror if isinstance(err, OSError) and err.strerror else ''}.") from None


def edit_letter(context: Context) -> int:
    letter_store.edit_letter(context.vault(), context.args.id, _read_text(context.args.body_file, "file"),
                                context.args.subject)
    return 0


def sent(context: Context) -> int:
    args = context.args
    from vault.cases.sending import send

    request = send(context.vault(), args.id, on=args.on, channel=args.channel, delivered_on=args.delivered_on,
                   note=f"tracking: {args.tracking.strip()}" if args.tracking.strip() else "")
    estimate = " (estimated delivery)" if request.received_is_estimate else ""
    if request.due_on:
        print(f"Sent. The answer is due by {request.due_on}{estimate}.")
    else:
        print("Sent.")
    return 0


def send(context: Context) -> int:
    from .mail_commands import send_request

    return send_request(context)


def event(context: Context) -> int:
    args = context.args
    files = [attachment_source(Path(path)) for path in args.attach]  # a large export is streamed
    lifecycle.add_event(context.vault(), args.id, args.kind, on=args.on, note=args.note, attachments=files)
    request = get_request(context.vault(), args.id)
    print(f"Recorded. Status: {request.status}.")
    return 0


def follow_up(context: Context) -> int:
    from vault.cases.follow_ups import complaint_authority

    args, vault = context.args, context.vault()
    today = parse_date(args.today, "date given with --today") or date.today()
    if args.authority and args.kind != "complaint":
        raise UsageError("--authority is for complaints only.")
    follow_up_id = create_follow_up(vault, args.id, args.kind, details=args.details, lang=args.lang, today=today,
                                    authority=args.authority, processing_continues=args.processing_continues,
                                    share_consent=not args.no_share_consent)
    print(follow_up_id)
    if args.kind == "complaint":
        choice = complaint_authority(vault, follow_up_id, get_request(vault, follow_up_id).authority)
        if choice.authority.slug == "gbico" and not _complained_to_controller(vault, args.id):
            # DPA 2018 s.164A (from 19 June 2026) and the ICO's own page: complain to the organisation first.
            print("privacy-vault: warning: the ICO expects you to have complained to the organisation first "
                  "(s.164A Data Protection Act 2018): send a reminder before this complaint.", file=sys.stderr)
        channels = choice.authority.accepted_channels()
        how = {"web-form": f"its web form {choice.authority.webform}", "email": f"e-mail to {choice.authority.email}",
               "post": "post to " + ", ".join(choice.authority.address_lines)}
        print(f"The complaint goes to {choice.authority.name}; it takes complaints by "
              + "; or ".join(how[c] for c in channels if c in how) + ".", file=sys.stderr)
    return 0


def _complained_to_controller(vault: Any, request_id: int) -> bool:
    from vault.cases.case_facts import case_facts

    return bool(case_facts(vault, request_id).reminders)


def _qt(context: Context, name: str) -> Any:
    renderer = context.load_renderers().get(name)
    if renderer is None:
        raise UsageError("PDF and ODT need the app's Qt part; run the 'privacy-vault' command, not 'python -m vault'.")
    return renderer


def dossier(context: Context) -> int:
    from vault.cases.dossier import case_dossier

    case = case_dossier(context.vault(), context.args.id)
    _ensure_folder(context.args.output)
    _qt(context, "write_dossier_pdf")(case.title_lines, case.chronology, case.letters, context.args.output,
                                      lang=case.lang)
    print(f"Dossier written to {context.args.output}.")
    return 0


def _ensure_folder(path: str) -> None:
    if not Path(path).expanduser().parent.is_dir():
        raise InvalidInput(f"The folder {Path(path).parent} does not exist.")


def remove(context: Context) -> int:
    vault = context.vault()
    request = get_request(vault, context.args.id)
    context.confirm(f"Delete request {request.id} ({request.right}) with its letters and history?")
    remove_request(vault, request.id)
    return 0


def letter(context: Context) -> int:
    args, vault = context.args, context.vault()
    document = letter_store.letter_of_record(vault, args.id, args.version).document
    output = Path(args.output).expanduser()
    _ensure_folder(args.output)
    if args.attach and args.format != "eml":
        raise UsageError("Only e-mail (--format eml) can carry attachments.")
    if args.format in TEXT_FORMATS:
        files = [attachment_from_file(Path(path)) for path in args.attach]
        attachments = [(name, guess_mime_type(name), data) for name, data in files]
        write_atomic(output, text_letter_bytes(document, args.format, attachments=attachments))
    else:
        _qt(context, "write_letter")(document, args.format, output)
    print(f"Letter written to {output}.")
    return 0


def deadlines(context: Context) -> int:
    args = context.args
    today = parse_date(args.today, "date given with --today") or date.today()
    if args.within is not None and args.within < 0:
        raise InvalidInput("--within takes a number of days, 0 or more.")
    vault = context.vault()
    rows = dashboard.with_next_steps(vault, dashboard.open_deadlines(vault, today, within_days=args.within), today)
    retention = _retention(vault, today)
    if args.json:
        print_json([row.to_json() for row in rows] + retention)
    else:
        print_table(["request", "controller", "right", "due", "days left", "next step"],
                    [[r.request_id, r.controller, r.right, r.due_on, r.days_left, r.next_step or ""] for r in rows])
        for item in retention:
            print(f"Retention passed: {item['controller']} ({item['what']}) since {item['expired_on']}: "
                  f"consider a request for {item['suggested_right']}.")
    return 0


def _retention(vault: Any, today: date) -> list[dict[str, Any]]:
    """Retention periods that have run out, as extra entries (kind 'retention')."""
    try:
        from vault.people.relationships import retention_due
    except ImportError:
        return []
    return [{"kind": "retention", **item.to_json()} for item in retention_due(vault, today)]


def calendar(context: Context) -> int:
    vault, today = context.vault(), date.today()
    rows = dashboard.open_deadlines(vault, today)
    items = [CalendarDeadline(row.request_id, f"GDPR answer due: {row.controller} ({row.right})",
                              date.fromisoformat(row.due_on),
                              f"Request {row.request_id}, status {row.status}.") for row in rows]
    _ensure_folder(context.args.output)
    write_atomic(Path(context.args.output), deadlines_to_ics(items))
    print(f"{len(items)} deadline(s) written to {context.args.output}.")
    return 0
