"""Withdrawing a consent (art. 7(3)): the withdrawal request, optionally an objection to marketing.

The consent is recorded by ``vault.people.consents``; withdrawing it creates requests, so it is
a case operation.
"""
from __future__ import annotations

from datetime import date

from vault import validation as check
from vault.cases.drafts import create_request
from vault.cases.requests import default_language_for
from vault.errors import InvalidInput
from vault.letters.rendering import format_date
from vault.people.consents import Consent, get_consent
from vault.storage.store import Vault


def consent_details(consent: Consent, lang: str) -> str:
    """What a withdrawal (or objection) letter says the consent was: purpose, date given, how."""
    given = format_date(date.fromisoformat(consent.given_on), lang)
    how = consent.how
    if lang == "fr":
        return f"{consent.purpose} (consentement donné le {given}{f', par : {how}' if how else ''})"
    if lang == "de":
        return f"{consent.purpose} (Einwilligung erteilt am {given}{f', über: {how}' if how else ''})"
    return f"{consent.purpose} (consent given on {given}{f' via {how}' if how else ''})"


def _discard(vault: Vault, consent_id: int, request_ids: list[int]) -> None:
    """Undo the requests made by a withdrawal that failed half-way; the consent is as before."""
    if not request_ids:
        return
    marks = ", ".join("?" * len(request_ids))
    with vault.transaction() as connection:
        connection.execute(f"UPDATE consent SET withdrawn_on = NULL, withdrawal_request_id = NULL "
                           f"WHERE id = ? AND withdrawal_request_id IN ({marks})", (consent_id, *request_ids))
        connection.execute(f"DELETE FROM request WHERE id IN ({marks})", request_ids)


def withdraw_consent(vault: Vault, consent_id: int, *, also_object: bool = False,
                     on: date | None = None) -> list[int]:
    """Withdraw a consent: a ``withdraw_consent`` request (and, with ``also_object``, an
    ``objection_marketing`` one) with its letter; the consent records the date and the request.
    Returns the new request ids, the withdrawal first. On any failure nothing is changed."""
    consent = get_consent(vault, consent_id)
    if consent.withdrawn_on:
        raise InvalidInput(f"Consent {consent_id} was already withdrawn on {consent.withdrawn_on}.")
    day = check.parse_date(on or date.today(), "withdrawal date", allow_future=False) or date.today()
    if day.isoformat() < consent.given_on:
        raise InvalidInput(f"A consent given on {consent.given_on} cannot be withdrawn before that date.")
    lang = default_language_for(vault, consent.controller_id)
    details = consent_details(consent, lang)
    created: list[int] = []
    try:
        for right in ("withdraw_consent", "objection_marketing") if also_object else ("withdraw_consent",):
            created.append(create_request(vault, identity_id=consent.identity_id, controller_id=consent.controller_id,
                                          right=right, lang=lang, details=details, consent_id=consent.id))
        with vault.transaction() as connection:
            cursor = connection.execute(
                "UPDATE consent SET withdrawn_on = ?, withdrawal_request_id = ? "
                "WHERE id = ? AND (withdrawn_on IS NULL OR withdrawal_request_id = ?)",
                (day.isoformat(), created[0], consent_id, created[0]))
            if cursor.rowcount != 1:
                raise InvalidInput(f"Consent {consent_id} was withdrawn meanwhile; nothing was changed.")
    except BaseException:
        try:
            _discard(vault, consent_id, created)
        except Exception:  # the first error is the one to report
            pass
        raise
    return created
