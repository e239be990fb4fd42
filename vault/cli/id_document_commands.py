"""id-document add | list | areas | remove, and id-copy (a redacted, watermarked copy for one request)."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vault.cases import id_copies
from vault.errors import InvalidInput, UsageError
from vault.letters.files import TEXT_FORMATS, text_letter_bytes
from vault.people.id_documents import (
    KINDS,
    add_id_document,
    document_file_info,
    get_id_document,
    id_document_json,
    list_id_documents,
    remove_id_document,
)
from vault.people.redaction_presets import FIELD_NAMES
from vault.storage.attachments import attachment_from_file
from vault.storage.files import write_atomic

from .main import Context, print_json
from .output import print_table

_LETTER_FORMATS = TEXT_FORMATS + ("pdf", "odt")


def register(commands: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser."""
    group = commands.add_parser("id-document", help="scans of your identity documents (kept in the vault)")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("add", help="store a document's front (and back); prints its id")
    p.add_argument("--identity", type=int, required=True, metavar="ID")
    p.add_argument("--kind", required=True, choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    p.add_argument("--country", required=True, metavar="CC", help="the issuing country, e.g. DE, FR")
    p.add_argument("--label", default="", help="how you call it, e.g. 'ID card 2031'")
    p.add_argument("front", metavar="FILE", help="the front (JPEG, PNG or PDF)")
    p.add_argument("back", nargs="?", metavar="FILE_BACK", help="the back, if it is a separate file")
    p.set_defaults(handler=add)
    p = sub.add_parser("list", help="list identity documents")
    p.add_argument("--identity", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_)
    p = sub.add_parser("areas", help="the pages' sizes and what the preset blacks out, in pixels")
    p.add_argument("id", type=int)
    p.add_argument("--optional", action="store_true", help="also the optional areas (photo, height, ...)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=areas)
    p = sub.add_parser("remove", help="delete a document and its files")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true")
    p.set_defaults(handler=remove)

    p = commands.add_parser("id-copy", help="a redacted, watermarked copy of a document for one request")
    p.add_argument("id", type=int, metavar="DOC_ID")
    p.add_argument("--request", type=int, required=True, metavar="REQ")
    p.add_argument("--redact", action="append", default=[], metavar="[PAGE:]X,Y,W,H",
                   help="an area to black out, in pixels of the upright page (page 1 is the front; a PDF page at "
                        "200 dpi; 'id-document areas' shows the sizes); repeat for more")
    p.add_argument("--preset", action="store_true", help="black out the preset's areas for this kind and country")
    p.add_argument("--preset-optional", action="store_true", help="with --preset: also the photo, height, eye colour")
    p.add_argument("--format", choices=id_copies.FORMATS, help="pdf or png (default: from -o, else pdf)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--letter", metavar="FILE", help="also write the cover letter (.txt, .html, .eml with the copy, .pdf, .odt)")
    p.set_defaults(handler=copy)


def add(context: Context) -> int:
    args = context.args
    front = attachment_from_file(Path(args.front))
    back = attachment_from_file(Path(args.back)) if args.back else None
    print(add_id_document(context.vault(), args.identity, args.kind, args.country, front, back, label=args.label))
    return 0


def list_(context: Context) -> int:
    vault = context.vault()
    documents = list_id_documents(vault, context.args.identity)
    if context.args.json:
        print_json([id_document_json(d, document_file_info(vault, d.id)) for d in documents])
    else:
        print_table(["id", "identity", "kind", "country", "label", "files"],
                    [[d.id, d.identity_id, d.kind, d.country, d.label, len(d.attachment_ids)] for d in documents])
    return 0


def _renderer(context: Context) -> Any:
    make = context.load_renderers().get("id_copy_renderer")
    if make is None:
        raise UsageError("Copies of identity documents need the app's Qt part; run the 'privacy-vault' command, "
                         "not 'python -m vault'.")
    return make()


def areas(context: Context) -> int:
    args, vault = context.args, context.vault()
    document = get_id_document(vault, args.id)
    sizes = _renderer(context).page_sizes(id_copies.document_pages(vault, document.id))
    proposed = id_copies.proposed_redactions(document, sizes, include_optional=args.optional)
    if args.json:
        print_json({"pages": [{"page": i + 1, "width": w, "height": h} for i, (w, h) in enumerate(sizes)],
                    "preset": [{"page": a.page + 1, "field": a.field, "x": a.x, "y": a.y, "width": a.width,
                                "height": a.height} for a in proposed]})
        return 0
    for index, (width, height) in enumerate(sizes):
        print(f"page {index + 1}: {width} × {height} pixels")
    print_table(["page", "field", "--redact"],
                [[a.page + 1, FIELD_NAMES.get(a.field, a.field), f"{a.page + 1}:{a.x},{a.y},{a.width},{a.height}"]
                 for a in proposed])
    return 0


def remove(context: Context) -> int:
    vault = context.vault()
    document = get_id_document(vault, context.args.id)
    context.confirm(f"Delete identity document {document.id} ({document.describe()}) and its files?")
    remove_id_document(vault, document.id)
    return 0


def _check_target(path: str, what: str) -> Path:
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} for the {what} does not exist.")
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give a file name for the {what}.")
    return target


def _letter_format(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in _LETTER_FORMATS:
        raise UsageError(f"The letter's file name ends in one of .{', .'.join(_LETTER_FORMATS)}.")
    return fmt


def copy(context: Context) -> int:
    args = context.args
    output = _check_target(args.output, "copy")
    fmt = args.format or (output.suffix.lower().lstrip(".") if output.suffix.lower() in (".pdf", ".png") else "pdf")
    letter_path = _check_target(args.letter, "letter") if args.letter else None
    letter_fmt = _letter_format(letter_path) if letter_path else None
    if args.preset_optional and not args.preset:
        raise UsageError("--preset-optional goes with --preset.")
    redactions = [id_copies.parse_redaction(text) for text in args.redact]
    if not redactions and not args.preset:
        raise UsageError("Say what to black out: --preset, --redact X,Y,W,H, or both.")
    renderer = _renderer(context)
    made = id_copies.make_id_copy(context.vault(), args.request, args.id, renderer, redactions=redactions,
                                  preset=args.preset, include_optional=args.preset_optional, fmt=fmt)
    write_atomic(output, made.data)
    print(f"Copy written to {output} ({len(made.redactions)} area(s) blacked out; watermark: {made.watermark}).")
    print(f"Recorded on request {made.request_id} as 'id-provided' (event {made.event_id}).")
    if letter_path is not None:
        if letter_fmt in TEXT_FORMATS:
            attached = [(made.file_name, made.mime_type, made.data)] if letter_fmt == "eml" else []
            write_atomic(letter_path, text_letter_bytes(made.letter, letter_fmt, attachments=attached))
        else:
            write_letter = context.load_renderers()["write_letter"]
            write_letter(made.letter, letter_fmt, letter_path)
        print(f"Cover letter written to {letter_path}.")
    return 0
