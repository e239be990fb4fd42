"""New requests: a draft with its letter, for one identity, one controller and one right."""
from __future__ import annotations

from datetime import date
from typing import Any

from vault.cases.letter_context import render_for
from vault.cases.letter_store import store_letter
from vault.cases.requests import (
    FOLLOW_UP_KINDS,
    KINDS,
    LANGUAGES,
    RIGHTS,
    default_language_for,
    get_request,
    get_request_in,
)
from vault.errors import InvalidInput
from vault.organisations.controllers import get_controller
from vault.people.identifiers import get_identifier, identifiers_known_to
from vault.people.identities import get_identity
from vault.validation import clean_text


def create_request(vault: Any, *, identity_id: int, controller_id: int, right: str,
                   lang: str | None = None, details: str = "", identifier_ids: list[int] | None = None,
                   follow_up_of: int | None = None, consent_id: int | None = None,
                   today: date | None = None, authority: str | None = None, options: str = "{}") -> int:
    """Create a draft request with its letter; returns the new id.

    ``identifier_ids`` default to exactly the identifiers this identity gave this controller.
    """
    if right not in KINDS:
        raise InvalidInput(f"'{right}' is not a right; choose one of {', '.join(RIGHTS)}.")
    if right in FOLLOW_UP_KINDS and follow_up_of is None:
        raise InvalidInput("A follow-up must name the request it follows.")
    identity = get_identity(vault, identity_id)
    controller = get_controller(vault, controller_id)
    if right == "post_mortem" and "FR" not in (controller.country, identity.country):
        # Directives after death exist under French law only (loi 78-17 art. 85), which applies to a
        # controller established in France or, per art. 3-II of that law, where the person resides in
        # France. NOT verified against Légifrance (docs/law-sources.md §7.1-7.2 could not find the
        # enacted text in search): check art. 3-II before relying on more than this rule.
        raise InvalidInput("Directives after death (art. 85 of the French Data Protection Act) apply only under "
                           "French law: to a controller in France, or if you live in France (identity edit ID "
                           "--country FR).")
    if follow_up_of is not None:
        original = get_request(vault, follow_up_of)
        if (original.identity_id, original.controller_id) != (identity_id, controller_id):
            raise InvalidInput("A follow-up must be for the same identity and controller as its request.")
    if consent_id is not None:
        consent = vault.query_one("SELECT identity_id, controller_id FROM consent WHERE id = ?", (consent_id,))
        if consent is None or tuple(consent) != (identity_id, controller_id):
            raise InvalidInput("That consent was not given by this identity to this controller.")
    lang = (lang or default_language_for(vault, controller_id)).lower()
    if lang not in LANGUAGES:
        raise InvalidInput(f"Letters are written in {', '.join(LANGUAGES)}; '{lang}' is not one of them.")
    details = clean_text(details, "details", max_length=20_000)
    if identifier_ids is None:
        identifier_ids = [i.id for i in identifiers_known_to(vault, identity_id, controller_id)]
    for identifier_id in identifier_ids:
        if get_identifier(vault, identifier_id).identity_id != identity.id:
            raise InvalidInput(f"Identifier {identifier_id} belongs to another identity; "
                               "a letter only carries this identity's identifiers.")
    created = (today or date.today()).isoformat()
    with vault.transaction() as connection:
        request_id = int(connection.execute(
            "INSERT INTO request (identity_id, controller_id, right, lang, details, status, created_on, follow_up_of, "
            "authority, options) VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)",
            (identity_id, controller_id, right, lang, details, created, follow_up_of, authority, options)).lastrowid)
        connection.executemany("INSERT INTO request_identifier (request_id, identifier_id) VALUES (?, ?)",
                               [(request_id, i) for i in dict.fromkeys(identifier_ids)])
        document = render_for(vault, get_request_in(connection, request_id), today=today)
        store_letter(connection, request_id, document)
    return request_id
