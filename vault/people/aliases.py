"""Aliases: one e-mail address per controller, generated from the identity's pattern.

A pattern is an e-mail address with placeholders: ``{controller}`` (a readable slug of the
controller's name) and ``{random}`` (unguessable, from ``secrets``), e.g. plus-addressing
``me+{controller}@mail.example`` or a catch-all domain ``{controller}.{random}@me.example``.
Without a pattern, plus-addressing on the identity's first e-mail address is used. A
controller keeps the alias it was given: asking again returns the same one.
"""
from __future__ import annotations

import json
import re
import secrets
import unicodedata
from datetime import date

from vault import validation as check
from vault.errors import InvalidInput
from vault.people.identifiers import insert_identifier
from vault.storage.records import fetch_one
from vault.storage.store import Vault

PLACEHOLDERS = ("controller", "random")
SLUG_LENGTH = 30
RANDOM_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # 32 symbols: 5 bits each, no 0/o or 1/l
RANDOM_LENGTH = 10  # 50 bits
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_TRIES = 20
# Letters NFKD does not decompose into ASCII.
_FOLD = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O",
                       "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D"})


def controller_slug(name: str) -> str:
    """A readable slug: accents folded, lowercase ASCII, other characters as '-', at most 30 characters."""
    folded = unicodedata.normalize("NFKD", (name or "").translate(_FOLD))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:SLUG_LENGTH].rstrip("-")


def random_part(length: int = RANDOM_LENGTH) -> str:
    """An unguessable lowercase token (``secrets``), safe in any part of an address."""
    return "".join(secrets.choice(RANDOM_ALPHABET) for _ in range(length))


def render_alias(pattern: str, slug: str, random: str) -> str:
    """The pattern with its placeholders filled in (no other formatting is applied)."""
    return _PLACEHOLDER.sub(lambda m: slug if m.group(1) == "controller" else random, pattern)


def check_alias_pattern(pattern: str) -> str:
    """A usable pattern, trimmed: an address with only {controller} and {random}, at least one of them."""
    text = check.clean_line(pattern, "alias pattern", required=True)
    names = _PLACEHOLDER.findall(text)
    unknown = sorted({n for n in names if n not in PLACEHOLDERS})
    if unknown:
        raise InvalidInput(f"The alias pattern may only use {{controller}} and {{random}}, not "
                           f"{', '.join('{' + n + '}' for n in unknown)}.")
    if "{" in _PLACEHOLDER.sub("", text) or "}" in _PLACEHOLDER.sub("", text):
        raise InvalidInput("The alias pattern has an unmatched '{' or '}'.")
    if "@" not in text:
        raise InvalidInput("The alias pattern must be an e-mail address, with an '@'.")
    if not names:
        raise InvalidInput("The alias pattern must contain {controller} or {random}, or every "
                           "controller would get the same address.")
    example = render_alias(text, "x" * SLUG_LENGTH, random_part())
    try:
        check.check_email(example)
    except InvalidInput:
        raise InvalidInput(f"The alias pattern '{text}' does not give a valid e-mail address "
                           f"(it would give '{example}').") from None
    return text


def plus_pattern(email: str) -> str:
    """Plus-addressing on an address: me@x.org → me+{controller}@x.org (an existing tag is replaced)."""
    local, _, domain = email.strip().rpartition("@")
    return f"{local.split('+', 1)[0]}+{{controller}}@{domain}"


def _pattern_of(vault: Vault, identity_id: int) -> str:
    identity = fetch_one(vault, "identity", identity_id, "identity")
    if identity["alias_pattern"]:
        return check_alias_pattern(identity["alias_pattern"])
    emails = json.loads(identity["emails"] or "[]")
    if not emails:
        raise InvalidInput(f"The identity '{identity['label']}' has no e-mail address and no alias pattern; "
                           "add an address (identity edit --email) or a pattern (identity edit "
                           "--alias-pattern me+{controller}@mail.example) first.")
    return check_alias_pattern(plus_pattern(emails[0]))


def generated_alias(vault: Vault, identity_id: int, controller_id: int) -> str | None:
    """The alias already generated for this identity and controller, if any."""
    row = vault.query_one(
        "SELECT value FROM identifier WHERE identity_id = ? AND controller_id = ? AND kind = 'email' "
        "AND generated = 1 ORDER BY id LIMIT 1", (identity_id, controller_id))
    return row["value"] if row else None


def new_alias(vault: Vault, identity_id: int, controller_id: int, *, on: date | None = None) -> str:
    """The controller's alias for this identity: the one it already has, else a new one, recorded
    as an identifier (e-mail, generated, given to the controller on ``on``, default today)."""
    pattern = _pattern_of(vault, identity_id)
    controller = fetch_one(vault, "controller", controller_id, "controller")
    given = check.parse_date(on or date.today(), "date it was given", allow_future=False)
    slug = controller_slug(controller["name"]) or f"controller-{controller_id}"
    has_random = "{random}" in pattern
    with vault.transaction() as connection:
        existing = connection.execute(
            "SELECT value FROM identifier WHERE identity_id = ? AND controller_id = ? AND kind = 'email' "
            "AND generated = 1 ORDER BY id LIMIT 1", (identity_id, controller_id)).fetchone()
        if existing:
            return str(existing["value"])
        for attempt in range(_TRIES):
            # A clash (another controller with the same slug, another identity with the same
            # pattern) is resolved with a new random part, or a numbered slug without one.
            tried = slug if has_random or attempt == 0 else f"{slug[:SLUG_LENGTH - 4]}-{attempt + 1}"
            alias = check.check_email(render_alias(pattern, tried, random_part()), "alias")
            owners = connection.execute("SELECT id, identity_id, controller_id FROM identifier "
                                        "WHERE value = ? COLLATE NOCASE", (alias,)).fetchall()
            if owners and all(o["identity_id"] == identity_id and o["controller_id"] in (None, controller_id)
                              for o in owners):
                mine = next((o for o in owners if o["controller_id"] == controller_id), owners[0])
                connection.execute(  # entered by hand earlier: it becomes this controller's alias
                    "UPDATE identifier SET generated = 1, controller_id = ?, given_on = coalesce(given_on, ?) "
                    "WHERE id = ?", (controller_id, given.isoformat() if given else None, mine["id"]))
                return alias
            if not owners:
                insert_identifier(connection, identity_id, "email", alias, controller_id=controller_id,
                                  given_on=given.isoformat() if given else None, generated=True)
                return alias
    raise InvalidInput(f"No free alias could be made from the pattern '{pattern}'; add {{random}} to it.")
