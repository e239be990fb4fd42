"""Requests and their letters: created as drafts, the right identifiers, frozen when sent."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from vault.cases import letter_context as request_letters, letter_store, lifecycle
from vault.cases.drafts import create_request
from vault.cases.requests import RIGHTS, get_request, list_requests, remove_request
from vault.errors import InvalidInput
from vault.organisations.controllers import add_controller
from vault.people.identifiers import add_identifier
from vault.people.identities import add_identity, edit_identity

TODAY = date(2026, 11, 23)


@pytest.fixture
def case(vault):
    """Jane (real) and her pseudonym, a French, a German and a US controller, and who knows what."""
    jane = add_identity(vault, label="Me", name="Jane Martin", address="3 rue des Lilas\n75011 Paris",
                        emails=["jane@example.org"])
    alias = add_identity(vault, label="Shopping", name="J. M.", kind="pseudonym", emails=["shop@alias.example"])
    acme = add_controller(vault, name="ACME SAS", country="FR", dpo_email="dpo@acme.example",
                          address="1 avenue de l'Opéra\n75001 Paris")
    kaufhaus = add_controller(vault, name="Kaufhaus GmbH", country="DE", region="BY",
                              emails=["datenschutz@kaufhaus.example"], address="Marienplatz 1\n80331 München")
    shop = add_controller(vault, name="Shop Inc.", country="US", emails=["privacy@shop.example"])
    jane_at_acme = add_identifier(vault, jane, "customer-number", "C-12345", controller_id=acme)
    alias_at_acme = add_identifier(vault, alias, "email", "shop+acme@alias.example", controller_id=acme)
    jane_other = add_identifier(vault, jane, "email", "jane+kaufhaus@example.org", controller_id=kaufhaus)
    return SimpleNamespace(vault=vault, jane=jane, alias=alias, acme=acme, kaufhaus=kaufhaus, shop=shop,
                           jane_at_acme=jane_at_acme, alias_at_acme=alias_at_acme, jane_other=jane_other)


def letter_text(vault, request_id: int) -> str:
    return letter_store.current_letter(vault, request_id).document.as_text()


@pytest.mark.parametrize("right", RIGHTS)
def test_every_right_makes_a_draft_with_its_letter(case, right):
    request_id = create_request(case.vault, identity_id=case.jane, controller_id=case.acme, right=right,
                                details="my old address", today=TODAY)
    request = get_request(case.vault, request_id)
    assert (request.status, request.right, request.lang) == ("draft", right, "fr")
    text = letter_text(case.vault, request_id)
    assert "ACME SAS" in text and "Jane Martin" in text and "C-12345" in text


def test_language_follows_the_controller_country_unless_chosen(case):
    german = create_request(case.vault, identity_id=case.jane, controller_id=case.kaufhaus, right="access")
    american = create_request(case.vault, identity_id=case.jane, controller_id=case.shop, right="access")
    chosen = create_request(case.vault, identity_id=case.jane, controller_id=case.acme, right="access", lang="en")
    assert [get_request(case.vault, i).lang for i in (german, american, chosen)] == ["de", "en", "en"]
    assert "Art. 15" in letter_text(case.vault, german)


def test_letter_names_only_the_identifiers_that_controller_knows(case):
    request_id = create_request(case.vault, identity_id=case.jane, controller_id=case.acme, right="erasure")
    text = letter_text(case.vault, request_id)
    assert "C-12345" in text
    assert "shop+acme@alias.example" not in text  # the pseudonym's address: never linked to Jane
    assert "jane+kaufhaus@example.org" not in text  # given to another controller


def test_another_identity_identifier_is_refused(case):
    with pytest.raises(InvalidInput, match="another identity"):
        create_request(case.vault, identity_id=case.jane, controller_id=case.acme, right="access",
                       identifier_ids=[case.alias_at_acme])
    assert list_requests(case.vault) == []


def test_unknown_right_and_language_are_refused(case):
    with pytest.raises(InvalidInput):
        create_request(case.vault, identity_id=case.jane, controller_id=case.acme, right="be_forgotten_now")
    with pytest.raises(InvalidInput):
        create_request(case.vault, identity_id=case.jane, controller_id=case.acme, right="access", lang="it")


def test_sent_letter_is_frozen_and_later_edits_make_a_new_version(case):
    vault = case.vault
    request_id = create_request(vault, identity_id=case.jane, controller_id=case.acme, right="access", today=TODAY)
    letter_store.edit_letter(vault, request_id, "Madame, Monsieur,\n\nTexte revu.\n\nJane Martin")
    assert len(letter_store.letters_of(vault, request_id)) == 1  # drafts are edited in place
    lifecycle.mark_sent(vault, request_id, on=TODAY, channel="email", today=TODAY)
    sent_text = letter_text(vault, request_id)

    edit_identity(vault, case.jane, {"name": "Jane Dupont", "address": "elsewhere"})
    request_letters.set_user_template(vault, "access", "fr", "Objet : autre\n\nTout autre texte {{ sender_name }}")
    assert letter_text(vault, request_id) == sent_text
    with pytest.raises(InvalidInput):
        request_letters.regenerate_letter(vault, request_id)

    letter_store.edit_letter(vault, request_id, "A corrected letter.")
    versions = letter_store.letters_of(vault, request_id)
    assert len(versions) == 2 and versions[0].frozen and not versions[1].frozen
    assert versions[0].document.as_text() == sent_text
    assert letter_store.sent_letter(vault, request_id).document.as_text() == sent_text


def test_user_template_is_used_for_new_letters_and_a_broken_one_is_refused(case):
    vault = case.vault
    request_letters.set_user_template(vault, "access", "en", "My subject\n\nDear {{ controller_name }},\nplease.")
    request_id = create_request(vault, identity_id=case.jane, controller_id=case.shop, right="access")
    document = letter_store.current_letter(vault, request_id).document
    assert document.subject == "My subject" and "Dear Shop Inc.," in document.body
    with pytest.raises(InvalidInput, match="line 2"):
        request_letters.set_user_template(vault, "access", "en", "Subject\n{{ broken ")
    with pytest.raises(InvalidInput):
        request_letters.set_user_template(vault, "access", "en", "S\n{{ ''.__class__.__mro__[1].__subclasses__() }}")


def test_draft_letter_follows_the_identity_when_regenerated(case):
    vault = case.vault
    request_id = create_request(vault, identity_id=case.jane, controller_id=case.acme, right="access")
    edit_identity(vault, case.jane, {"name": "Jane Dupont"})
    assert "Jane Martin" in letter_text(vault, request_id)
    request_letters.regenerate_letter(vault, request_id)
    assert "Jane Dupont" in letter_text(vault, request_id)


def test_markup_in_details_stays_literal(case):
    request_id = create_request(case.vault, identity_id=case.jane, controller_id=case.acme, right="rectification",
                                details="{{ 7*7 }} <b>x</b>")
    text = letter_text(case.vault, request_id)
    assert "{{ 7*7 }} <b>x</b>" in text and "49" not in text


def test_remove_refused_while_follow_ups_exist(case):
    from vault.cases.follow_ups import create_follow_up

    vault = case.vault
    request_id = create_request(vault, identity_id=case.jane, controller_id=case.acme, right="access", today=TODAY)
    lifecycle.mark_sent(vault, request_id, on=TODAY, channel="email", today=TODAY)
    reminder = create_follow_up(vault, request_id, "obstacle_no_data", today=TODAY)
    with pytest.raises(InvalidInput, match="follow-ups"):
        remove_request(vault, request_id)
    remove_request(vault, reminder)
    remove_request(vault, request_id)
    assert list_requests(vault) == []


def test_the_letter_sent_carries_the_sending_date(case):
    vault = case.vault
    request_id = create_request(vault, identity_id=case.jane, controller_id=case.acme, right="access",
                                today=date(2026, 11, 2))
    assert letter_store.current_letter(vault, request_id).document.place_date == "Le 2 novembre 2026"
    letter_store.edit_letter(vault, request_id, "Madame, Monsieur,\n\nMon texte.\n\nJane Martin")
    lifecycle.mark_sent(vault, request_id, on="2026-11-20", channel="post", today=TODAY)
    sent = letter_store.sent_letter(vault, request_id).document
    assert sent.place_date == "Le 20 novembre 2026" and "Mon texte." in sent.body
