"""The consent registry: records, encrypted evidence, withdrawal with its request(s)."""
from __future__ import annotations

import os
from datetime import date, timedelta

import pytest

from vault.cases.consent_withdrawal import withdraw_consent
from vault.errors import InvalidInput, NotFound
from vault.organisations.controllers import add_controller
from vault.people.consents import (
    add_consent,
    consent_evidence,
    edit_consent,
    get_consent,
    list_consents,
    remove_consent,
)
from vault.people.identifiers import add_identifier
from vault.people.identities import add_identity


@pytest.fixture
def setup(vault):
    me = add_identity(vault, label="Me", name="Ada Lovelace", emails=["ada@mail.example"])
    shop = add_controller(vault, name="Shop SA", country="FR")
    news = add_controller(vault, name="News Ltd", country="IE")
    return vault, me, shop, news


def test_add_get_list_edit_remove(setup):
    vault, me, shop, news = setup
    first = add_consent(vault, me, shop, "Newsletter", "2024-01-10", how="checkbox")
    second = add_consent(vault, me, news, "Partner offers", date(2023, 5, 1))
    consent = get_consent(vault, first)
    assert (consent.purpose, consent.given_on, consent.how, consent.status, consent.evidence_id) == (
        "Newsletter", "2024-01-10", "checkbox", "active", None)
    assert [c.id for c in list_consents(vault)] == [first, second]  # newest first
    assert [c.id for c in list_consents(vault, identity_id=me, status="active")] == [first, second]
    assert list_consents(vault, status="withdrawn") == []
    assert [c.id for c in list_consents(vault, controller_id=news)] == [second]
    edited = edit_consent(vault, first, {"purpose": "Weekly newsletter", "how": "web form"})
    assert (edited.purpose, edited.how) == ("Weekly newsletter", "web form")
    remove_consent(vault, second)
    with pytest.raises(NotFound):
        get_consent(vault, second)


@pytest.mark.parametrize(("purpose", "given_on"), [
    ("", "2024-01-01"), ("Newsletter", ""), ("Newsletter", "2024-13-01"),
    ("Newsletter", (date.today() + timedelta(days=2)).isoformat()),
])
def test_bad_input_refused(setup, purpose, given_on):
    vault, me, shop, _ = setup
    with pytest.raises(InvalidInput):
        add_consent(vault, me, shop, purpose, given_on)
    assert list_consents(vault) == []


def test_bad_status_and_fields(setup):
    vault, me, shop, _ = setup
    with pytest.raises(InvalidInput, match="active, withdrawn"):
        list_consents(vault, status="maybe")
    consent_id = add_consent(vault, me, shop, "Newsletter", "2024-01-10")
    with pytest.raises(InvalidInput, match="no editable field"):
        edit_consent(vault, consent_id, {"withdrawn_on": "2024-02-01"})
    with pytest.raises(NotFound):
        add_consent(vault, me, 999, "Newsletter", "2024-01-10")


def test_evidence_is_stored_encrypted_and_replaced(setup, vault_path):
    vault, me, shop, _ = setup
    marker = b"SCREENSHOT-OF-CHECKBOX-" + os.urandom(6).hex().encode()
    consent_id = add_consent(vault, me, shop, "Newsletter", "2024-01-10", evidence=("shot.png", marker * 40))
    meta, data = consent_evidence(vault, consent_id)
    assert data == marker * 40 and meta.name == "shot.png" and meta.mime_type == "image/png"
    raw = b"".join(p.read_bytes() for p in vault_path.parent.iterdir() if p.is_file())
    assert marker not in raw
    old = meta.id
    edit_consent(vault, consent_id, {"evidence": ("proof.pdf", b"%PDF-1.4 new")})
    assert consent_evidence(vault, consent_id)[0].name == "proof.pdf"
    assert vault.query_one("SELECT count(*) FROM attachment WHERE id = ?", (old,))[0] == 0
    remove_consent(vault, consent_id)
    assert vault.query_one("SELECT count(*) FROM attachment")[0] == 0


def test_bad_evidence_leaves_nothing(setup):
    vault, me, shop, _ = setup
    with pytest.raises(InvalidInput, match="empty"):
        add_consent(vault, me, shop, "Newsletter", "2024-01-10", evidence=("shot.png", b""))
    assert list_consents(vault) == [] and vault.query_one("SELECT count(*) FROM attachment")[0] == 0


def test_withdraw_creates_the_request_and_records_the_date(setup):
    from vault.cases.letter_store import current_letter
    from vault.cases.requests import get_request, request_identifier_ids

    vault, me, shop, _ = setup
    ident = add_identifier(vault, me, "email", "ada+shop@mail.example", controller_id=shop)
    consent_id = add_consent(vault, me, shop, "Newsletter hebdomadaire", "2024-01-10", how="case à cocher")
    [request_id] = withdraw_consent(vault, consent_id, on=date(2024, 6, 1))
    consent = get_consent(vault, consent_id)
    assert (consent.status, consent.withdrawn_on, consent.withdrawal_request_id) == (
        "withdrawn", "2024-06-01", request_id)
    request = get_request(vault, request_id)
    assert (request.right, request.identity_id, request.controller_id, request.lang) == (
        "withdraw_consent", me, shop, "fr")
    assert "Newsletter hebdomadaire" in request.details and "10 janvier 2024" in request.details
    assert request_identifier_ids(vault, request_id) == [ident]
    text = current_letter(vault, request_id).document.as_text()
    assert "Newsletter hebdomadaire" in text and "ada+shop@mail.example" in text
    assert [c.id for c in list_consents(vault, status="withdrawn")] == [consent_id]
    with pytest.raises(InvalidInput, match="already withdrawn"):
        withdraw_consent(vault, consent_id)


def test_withdraw_also_objects_to_marketing(setup):
    from vault.cases.requests import get_request

    vault, me, _, news = setup
    consent_id = add_consent(vault, me, news, "Partner offers", "2023-05-01")
    ids = withdraw_consent(vault, consent_id, also_object=True)
    assert [get_request(vault, i).right for i in ids] == ["withdraw_consent", "objection_marketing"]
    assert all("Partner offers" in get_request(vault, i).details for i in ids)
    consent = get_consent(vault, consent_id)
    assert consent.withdrawal_request_id == ids[0] and consent.withdrawn_on == date.today().isoformat()


@pytest.mark.parametrize("on", [date(2023, 12, 31), date.today() + timedelta(days=1)])
def test_withdraw_dates_checked(setup, on):
    vault, me, shop, _ = setup
    consent_id = add_consent(vault, me, shop, "Newsletter", "2024-01-10")
    with pytest.raises(InvalidInput):
        withdraw_consent(vault, consent_id, on=on)
    assert get_consent(vault, consent_id).status == "active"
    assert vault.query_one("SELECT count(*) FROM request")[0] == 0


def _patch_create_request(monkeypatch, fake):
    import vault.cases.consent_withdrawal as module
    monkeypatch.setattr(module, "create_request", fake)


@pytest.mark.parametrize("fail_at", [1, 2])
def test_a_failing_request_leaves_the_consent_untouched(setup, monkeypatch, fail_at):
    vault, me, shop, _ = setup
    consent_id = add_consent(vault, me, shop, "Newsletter", "2024-01-10")
    calls = []

    def fake(vault_, **kwargs):
        calls.append(kwargs)
        if len(calls) == fail_at:
            raise InvalidInput("The letter could not be made.")
        with vault_.transaction() as connection:
            return int(connection.execute(
                "INSERT INTO request (identity_id, controller_id, right, lang, created_on) VALUES (?, ?, ?, 'en', ?)",
                (kwargs["identity_id"], kwargs["controller_id"], kwargs["right"], "2024-06-01")).lastrowid)

    _patch_create_request(monkeypatch, fake)
    before = get_consent(vault, consent_id)
    with pytest.raises(InvalidInput, match="letter could not"):
        withdraw_consent(vault, consent_id, also_object=True)
    assert get_consent(vault, consent_id) == before
    assert vault.query_one("SELECT count(*) FROM request")[0] == 0  # a half-made withdrawal is undone
    assert calls[0]["consent_id"] == consent_id and calls[0]["right"] == "withdraw_consent"
