"""Letters: the text of every rights request, follow-up and reply, in English, French and German.

Templates are data (``resources/templates/<lang>/<kind>.txt.j2``) rendered in a Jinja2
*immutable sandbox*: users may edit their own copies, and a copy is untrusted input. The first
non-empty line a template produces is the subject; the rest is the body (paragraphs separated
by blank lines). Addresses, place and date are laid out here, not in templates, because every
output format (text, PDF, ODT, e-mail) places them itself (see ``LetterDocument``).

Data never becomes template code: values are passed as variables, so "{{ 7*7 }}" typed in a
detail is printed as it is. Autoescape is off because the output is plain text, not HTML.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Any

from jinja2 import FunctionLoader, StrictUndefined, pass_context
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateSyntaxError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from vault.errors import InvalidInput
from vault.law.authorities import Authority
from vault.letters.document import LetterDocument

LANGUAGES = ("en", "fr", "de")
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "objection",
          "objection_marketing", "automated_decision", "withdraw_consent", "post_mortem")
FOLLOW_UPS = ("reminder", "complaint")
OBSTACLES = ("obstacle_id_demand", "obstacle_excessive_or_fee", "obstacle_language_or_partial",
             "obstacle_channel_or_form", "obstacle_no_data", "obstacle_forwarded_no_answer")
# Letters that go with something sent for a request (not requests themselves): the cover
# letter of an identity document copy (vault.cases.id_copies).
ENCLOSURES = ("id_copy_cover",)
KINDS = RIGHTS + FOLLOW_UPS + OBSTACLES + ENCLOSURES
# Letters that answer or follow an earlier request, and so must know when it was sent.
NEEDS_ORIGINAL = FOLLOW_UPS + OBSTACLES + ENCLOSURES

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
_ATTN = {  # (without a DPO name, with one)
    "en": ("Attn: Data Protection Officer", "Attn: {name}, Data Protection Officer"),
    "fr": ("À l'attention du délégué à la protection des données",
           "À l'attention de {name}, délégué(e) à la protection des données"),
    "de": ("– Datenschutzbeauftragte(r) –", "{name}, Datenschutzbeauftragte(r)"),
}
# Swiss cantons whose majority language is French. Fribourg (FR) and Valais (VS) are bilingual
# with a French-speaking majority, so they count as French; Bern (BE) has a German majority.
_FRENCH_CANTONS = frozenset({"GE", "VD", "NE", "JU", "FR", "VS"})
# Bounds for the sandbox: a template may not build huge strings or numbers (memory exhaustion).
_MAX_SEQUENCE = 100_000
_MAX_EXPONENT = 100
_MAX_OUTPUT = 1_000_000  # characters; a letter is a few thousand


@dataclass(kw_only=True)
class LetterContext:
    """Everything a letter may say, as plain data (the caller gathers it from the vault).

    Give only the identifiers the controller already knows: the letter prints all of them.
    """

    sender_name: str
    controller_name: str
    letter_date: date
    sender_address_lines: list[str] = field(default_factory=list)
    sender_email: str = ""             # where the answer should go; also printed under the address
    identifiers: list[tuple[str, str]] = field(default_factory=list)  # (label, value) the controller knows
    controller_address_lines: list[str] = field(default_factory=list)
    controller_country: str = ""       # ISO 3166-1; "GB" makes English letters cite the UK GDPR
    dpo_name: str = ""
    dpo_email: str = ""
    contact_email: str = ""
    place: str = ""                    # where the letter is written ("Paris")
    reference: str = ""                # our reference for this letter
    details: str = ""                  # what the person typed: what to rectify, evidence, ...
    # The request a follow-up or obstacle reply refers to.
    original_right: str = ""           # one of RIGHTS
    original_sent_on: date | None = None
    original_received_on: date | None = None
    original_due_on: date | None = None
    original_reference: str = ""
    answer_received_on: date | None = None   # date of the controller's reply (obstacle replies)
    # The case's facts (vault.cases.case_facts): what follow-ups may state and nothing else.
    original_received_is_estimate: bool = False   # the receipt date is the app's estimate
    original_extended_due_on: date | None = None  # a valid extension's deadline
    original_extension_on: date | None = None     # when the valid extension was announced
    original_late_extension_on: date | None = None  # an extension announced after the first month
    original_answer_kind: str = ""                # answered | partly-answered | refused | id-requested | ...
    earlier_reminders: list[tuple[date, str]] = field(default_factory=list)  # (sent on, reference)
    reminder_due_on: date | None = None           # the last day a reminder gives (a calendar date)
    deadline_passed: bool = False                 # the (extended) deadline is over on the letter's date
    # Complaints: which authority and why, and what authorities ask for.
    authority_role: str = ""                      # own | controller | chosen
    controller_outside_eea: bool = False
    representative_lines: list[str] = field(default_factory=list)  # art. 27 representative
    processing_continues: str = "unknown"         # yes | no | unknown
    share_consent: bool = True                    # the complaint may be shared with the controller
    # Complaints.
    authority: Authority | Mapping[str, Any] | None = None
    chronology: list[tuple[date, str]] = field(default_factory=list)
    annexes: list[str] = field(default_factory=list)
    # What the controller's privacy policy says (issue 16), for the access letter to ask about.
    policy_read_on: date | None = None
    policy_categories: list[str] = field(default_factory=list)
    policy_purposes: list[tuple[str, str]] = field(default_factory=list)   # (purpose, "6(1)(f)" or "")
    policy_recipients: list[str] = field(default_factory=list)


def format_date(day: date, lang: str) -> str:
    """A date as written in letters: "23 November 2026", "23 novembre 2026", "23.11.2026"."""
    if not isinstance(day, date):
        raise TypeError(f"expected a date, got {type(day).__name__}")
    if lang == "de":  # DIN 5008 numeric form
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {_MONTHS['fr'][day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS['en'][day.month - 1]} {day.year}"


@pass_context
def _date_filter(context: Context, value: date) -> str:
    return format_date(value, context.get("lang", "en"))


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, also refusing arithmetic that would exhaust memory."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > _MAX_EXPONENT:
            raise SecurityError("the exponent is too large")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (isinstance(seq, (str, list, tuple)) and isinstance(times, int)
                        and len(seq) * times > _MAX_SEQUENCE):
                    raise SecurityError("the result would be too long")
        return super().call_binop(context, operator, left, right)


_TEMPLATE_NAME = re.compile(r"^(en|fr|de)/_?[a-z_]+\.txt\.j2$")


def _load(name: str) -> str | None:
    """Built-in templates only, by exact name: an import in a user template cannot wander."""
    if not _TEMPLATE_NAME.match(name):
        return None
    lang, filename = name.split("/")
    resource = files("resources") / "templates" / lang / filename
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


def _load_named(name: str) -> tuple[str, str, Any] | None:
    # Named after the template, so error lines can tell a built-in from the user's template.
    source = _load(name)
    return None if source is None else (source, name, lambda: True)


@lru_cache(maxsize=1)
def _environment() -> _Sandbox:
    env = _Sandbox(loader=FunctionLoader(_load_named), undefined=StrictUndefined, autoescape=False,
                   trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    env.filters["date"] = _date_filter
    return env


def _check_kind_lang(kind: str, lang: str) -> None:
    if kind not in KINDS:
        raise InvalidInput(f"{kind!r} is not a kind of letter; use one of {', '.join(KINDS)}.")
    if lang not in LANGUAGES:
        raise InvalidInput(f"{lang!r} is not a letter language; use one of {', '.join(LANGUAGES)}.")


def template_source(kind: str, lang: str) -> str:
    """The built-in template text, for the user to copy and edit."""
    _check_kind_lang(kind, lang)
    source = _load(f"{lang}/{kind}.txt.j2")
    if source is None:  # a packaging error, not a user error
        raise FileNotFoundError(f"built-in template {lang}/{kind}.txt.j2 is missing")
    return source


def default_language(country: str | None, region: str | None = None) -> str:
    """The letter language for a controller's country (and Swiss canton): "en", "fr" or "de"."""
    code = (country or "").strip().upper()
    if code in ("FR", "BE", "LU", "MC"):
        return "fr"
    if code in ("DE", "AT", "LI"):
        return "de"
    if code == "CH":
        canton = (region or "").strip().upper().removeprefix("CH-")
        return "fr" if canton in _FRENCH_CANTONS else "de"
    return "en"


_UK_LAW = {  # UK GDPR as amended by the Data (Use and Access) Act 2025, read with the DPA 2018
    "en": "the UK GDPR, read with the Data Protection Act 2018",
    "fr": "du UK GDPR, lu conjointement avec le Data Protection Act 2018",
    "de": "der UK GDPR in Verbindung mit dem Data Protection Act 2018",
}
_EU_LAW = {
    "en": "the General Data Protection Regulation (GDPR)",
    "fr": "du règlement général sur la protection des données (RGPD)",
    "de": "der Datenschutz-Grundverordnung (DSGVO)",
}


UK_S165_FROM = date(2026, 6, 19)


def is_uk(country: str) -> bool:
    """True for a controller in the United Kingdom, under the UK GDPR and the DPA 2018."""
    return country.strip().upper() in ("GB", "UK")


def _law_name(lang: str, country: str) -> str:
    if is_uk(country):
        return "UK GDPR"  # in every language: the RGPD/DSGVO do not bind a UK controller
    if lang == "fr":
        return "RGPD"
    if lang == "de":
        return "DSGVO"
    return "UK GDPR" if country.strip().upper() in ("GB", "UK") else "GDPR"


def _authority_vars(authority: Authority | Mapping[str, Any] | None) -> dict | None:
    """Templates see the authority as a dict with at least name, address_lines, email, webform."""
    if authority is None:
        return None
    data = authority.as_dict() if isinstance(authority, Authority) else dict(authority)
    if "address_lines" not in data:
        data["address_lines"] = [ln for ln in str(data.get("address", "")).splitlines() if ln.strip()]
    for key in ("name", "email", "webform", "web"):
        data.setdefault(key, "")
    return data


def _variables(kind: str, lang: str, ctx: LetterContext) -> dict[str, Any]:
    values = {f.name: getattr(ctx, f.name) for f in fields(ctx)}
    # Tuples rather than lists: nothing a template does can change the caller's data.
    for key in ("sender_address_lines", "controller_address_lines", "annexes", "representative_lines",
                "earlier_reminders", "policy_categories", "policy_recipients"):
        values[key] = tuple(values[key])
    values["identifiers"] = tuple((str(k), str(v)) for k, v in ctx.identifiers)
    values["chronology"] = tuple((d, str(text)) for d, text in ctx.chronology)
    values["policy_purposes"] = tuple((str(p), str(b or "")) for p, b in ctx.policy_purposes)
    values["authority"] = _authority_vars(ctx.authority)
    uk = is_uk(ctx.controller_country)
    values.update(kind=kind, lang=lang, gdpr=_law_name(lang, ctx.controller_country), uk=uk,
                  # From 19 June 2026 UK complaints to the ICO rest on DPA 2018 s.165 (UK GDPR Art. 77
                  # omitted by DUAA 2025 s.103(6); in force per SI 2026/82 reg. 3).
                  s165=ctx.letter_date >= UK_S165_FROM,
                  gdpr_full=(_UK_LAW if uk else _EU_LAW)[lang])
    return values


def _without_none(ctx: LetterContext) -> LetterContext:
    """Text fields left as None by a caller (a column never filled) count as empty."""
    text_fields = [f.name for f in fields(ctx) if f.default == ""]
    return replace(ctx, **{name: "" for name in text_fields if getattr(ctx, name) is None})


def _check_context(kind: str, ctx: LetterContext) -> None:
    if not ctx.sender_name.strip() or not ctx.controller_name.strip():
        raise InvalidInput("A letter needs the sender's name and the controller's name.")
    if kind in NEEDS_ORIGINAL and ctx.original_sent_on is None:
        raise InvalidInput("This letter refers to an earlier request: give the date it was sent.")
    if kind == "complaint" and ctx.authority is None:
        raise InvalidInput("A complaint needs the supervisory authority it is addressed to.")


def _error_line(exc: BaseException, filename: str) -> int | None:
    """The line of ``filename`` where ``exc`` happened (Jinja rewrites tracebacks to templates)."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _user_error(exc: BaseException, filename: str) -> InvalidInput:
    line = exc.lineno if isinstance(exc, TemplateSyntaxError) else _error_line(exc, filename)
    where = f" on line {line}" if line else ""
    reason = (exc.message if isinstance(exc, TemplateSyntaxError) else str(exc)) or type(exc).__name__
    reason = reason.strip().rstrip(".")
    if isinstance(exc, SecurityError):
        reason = f"it uses something templates may not reach ({reason})"
    elif isinstance(exc, TemplateNotFound):
        reason = f"there is no built-in template named {exc.name!r}"
    return InvalidInput(f"Your template has an error{where}: {reason}.")


def _render_user(template_text: str, variables: dict[str, Any]) -> str:
    """Render the user's own template; every failure becomes one clear InvalidInput."""
    filename = "<template>"
    try:
        template = _environment().from_string(template_text)
        parts: list[str] = []
        size = 0
        # Streamed so that a runaway loop stops at the cap instead of filling memory.
        for part in template.generate(variables):
            size += len(part)
            if size > _MAX_OUTPUT:
                raise InvalidInput("Your template produces far more text than a letter; check its loops.")
            parts.append(part)
        return "".join(parts)
    except InvalidInput:
        raise
    except Exception as exc:  # noqa: BLE001 - any error in untrusted template code is the user's to fix
        raise _user_error(exc, filename) from None


def _split(text: str) -> tuple[str, str]:
    """First non-empty line → subject; the rest → body, with at most one blank line in a row."""
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise InvalidInput("The template produced no text: its first line must be the subject.")
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines[1:])).strip()
    return lines[0].strip(), body


def _recipient_lines(kind: str, lang: str, ctx: LetterContext, authority: dict | None) -> list[str]:
    if kind == "complaint" and authority is not None:
        name = ctx.authority.letter_name(lang) if isinstance(ctx.authority, Authority) else authority["name"]
        return [name, *authority["address_lines"]]
    without_name, with_name = _ATTN[lang]
    attn = with_name.format(name=ctx.dpo_name) if ctx.dpo_name.strip() else without_name
    return [ctx.controller_name, attn, *ctx.controller_address_lines]


def _place_date(lang: str, ctx: LetterContext) -> str:
    return place_and_date(lang, ctx.place, ctx.letter_date)


def place_and_date(lang: str, place: str, day: date) -> str:
    """The line above the subject: "Paris, le 23 novembre 2026", "Berlin, 23.11.2026"."""
    when = format_date(day, lang)
    if place.strip():
        return f"{place}, le {when}" if lang == "fr" else f"{place}, {when}"
    return f"Le {when}" if lang == "fr" else when


def render_letter(kind: str, lang: str, ctx: LetterContext, *,
                  user_template: str | None = None) -> LetterDocument:
    """Render one letter; ``user_template`` replaces the built-in template of ``kind``/``lang``.

    Raises ``InvalidInput`` for an unknown kind or language, missing context (a follow-up
    without the original date, a complaint without an authority) or a faulty user template.
    """
    _check_kind_lang(kind, lang)
    ctx = _without_none(ctx)
    _check_context(kind, ctx)
    variables = _variables(kind, lang, ctx)
    if user_template is None:
        text = _environment().get_template(f"{lang}/{kind}.txt.j2").render(variables)
    else:
        text = _render_user(user_template, variables)
    subject, body = _split(text)
    authority = variables["authority"]
    if kind == "complaint":
        recipient_email = authority.get("complaint_email", authority["email"]) if authority else ""
    else:
        recipient_email = ctx.dpo_email or ctx.contact_email
    sender_lines = [ctx.sender_name, *ctx.sender_address_lines]
    if ctx.sender_email:
        sender_lines.append(ctx.sender_email)
    return LetterDocument(
        lang=lang,
        sender_lines=sender_lines,
        recipient_lines=_recipient_lines(kind, lang, ctx, authority),
        place_date=_place_date(lang, ctx),
        reference=ctx.reference,
        subject=subject,
        body=body,
        recipient_email=recipient_email,
        sender_email=ctx.sender_email,
        annexes=list(ctx.annexes),
        recipient_web_form=(authority.get("webform", "") if kind == "complaint" and authority
                            and "web-form" in authority.get("channels", ["web-form"]) else ""),
    )
