"""Identifiers: validation, one value per identity, what each controller knows, leak tracing."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from vault.cases.leak_requests import ask_about_leak
from vault.errors import InvalidInput, NotFound
from vault.organisations.controllers import add_controller
from vault.people.identifiers import (
    KINDS,
    add_identifier,
    edit_identifier,
    get_identifier,
    identifiers_known_to,
    list_identifiers,
    remove_identifier,
    reveal_warning,
    same_phone,
)
from vault.people.identities import add_identity
from vault.people.leaks import pasted_values, who, who_all


@pytest.fixture
def people(vault):
    """A real identity, a pseudonym, and two controllers."""
    me = add_identity(vault, label="Me", name="Ada Lovelace", emails=["ada@mail.example"])
    shopper = add_identity(vault, label="Shopper", kind="pseudonym", emails=["shopper@alias.example"])
    shop = add_controller(vault, name="Shop SA", country="FR")
    bank = add_controller(vault, name="Bank AG", country="DE")
    return vault, me, shopper, shop, bank


# ---------------------------------------------------------------- validation and records


def test_add_get_list_edit_remove(people):
    vault, me, _, shop, _ = people
    ident = add_identifier(vault, me, "email", "  ada+shop@mail.example ", controller_id=shop,
                           given_on="2024-03-01", note="newsletter")
    record = get_identifier(vault, ident)
    assert (record.value, record.controller_id, record.given_on, record.note, record.generated) == (
        "ada+shop@mail.example", shop, "2024-03-01", "newsletter", False)
    assert [i.id for i in list_identifiers(vault, identity_id=me)] == [ident]
    assert [i.id for i in list_identifiers(vault, controller_id=shop)] == [ident]
    assert list_identifiers(vault, identity_id=me + 100) == []
    edited = edit_identifier(vault, ident, {"note": "sales", "given_on": "2024-03-02"})
    assert (edited.note, edited.given_on, edited.value) == ("sales", "2024-03-02", "ada+shop@mail.example")
    remove_identifier(vault, ident)
    with pytest.raises(NotFound):
        get_identifier(vault, ident)


@pytest.mark.parametrize(("kind", "value"), [
    ("email", "not-an-address"), ("email", "a@b"), ("phone", "call me"), ("phone", "12"),
    ("phone", "+33 6 12 34 56 78 90 12 34 5"), ("username", "   "), ("customer-number", ""),
    ("username", "two\nlines"), ("fax", "123456"),
])
def test_bad_values_are_refused_with_a_sentence(people, kind, value):
    vault, me, *_ = people
    with pytest.raises(InvalidInput) as err:
        add_identifier(vault, me, kind, value)
    assert str(err.value).endswith(".")
    assert list_identifiers(vault) == []


@pytest.mark.parametrize("given_on", ["2024-02-30", "yesterday", (date.today() + timedelta(days=1)).isoformat()])
def test_given_on_must_be_a_real_past_date(people, given_on):
    vault, me, *_ = people
    with pytest.raises(InvalidInput):
        add_identifier(vault, me, "username", "ada", given_on=given_on)


def test_unknown_identity_or_controller(people):
    vault, me, *_ = people
    with pytest.raises(NotFound):
        add_identifier(vault, 999, "username", "ada")
    with pytest.raises(NotFound):
        add_identifier(vault, me, "username", "ada", controller_id=999)


def test_one_value_belongs_to_one_identity_and_the_error_names_it(people):
    vault, me, shopper, shop, bank = people
    add_identifier(vault, me, "email", "Ada@Mail.example", controller_id=shop)
    with pytest.raises(InvalidInput, match="'Me'"):
        add_identifier(vault, shopper, "email", "ada@mail.EXAMPLE")
    add_identifier(vault, me, "phone", "+33 6 12 34 56 78")
    with pytest.raises(InvalidInput, match="'Me'"):
        add_identifier(vault, shopper, "phone", "06.12.34.56.78")
    # The same identity may give the same address to several controllers, but not twice to one.
    add_identifier(vault, me, "email", "ada@mail.example", controller_id=bank)
    with pytest.raises(InvalidInput, match="already recorded"):
        add_identifier(vault, me, "email", "ADA@mail.example", controller_id=bank)


def test_edit_cannot_create_a_duplicate(people):
    vault, me, shopper, *_ = people
    add_identifier(vault, me, "username", "ada")
    other = add_identifier(vault, shopper, "username", "shopper")
    with pytest.raises(InvalidInput, match="'Me'"):
        edit_identifier(vault, other, {"value": "ADA"})
    with pytest.raises(InvalidInput, match="no editable field"):
        edit_identifier(vault, other, {"identity_id": me})
    assert get_identifier(vault, other).value == "shopper"


def test_phone_comparison():
    assert same_phone("+33 6 12 34 56 78", "06 12 34 56 78")
    assert same_phone("0033612345678", "+33612345678")
    assert same_phone("+39 06 1234 5678", "06 1234 5678")  # Italy keeps the leading 0
    assert not same_phone("+33 6 12 34 56 78", "06 12 34 56 79")
    assert not same_phone("", "0612345678")


# ---------------------------------------------------------------- what a controller knows


def test_identifiers_known_to_is_exactly_that_identity_and_controller(people):
    vault, me, shopper, shop, bank = people
    mine = add_identifier(vault, me, "email", "ada+shop@mail.example", controller_id=shop)
    add_identifier(vault, me, "email", "ada+bank@mail.example", controller_id=bank)
    add_identifier(vault, me, "phone", "+33 6 12 34 56 78")  # given to nobody in particular
    add_identifier(vault, shopper, "username", "shopper42", controller_id=shop)
    assert [i.id for i in identifiers_known_to(vault, me, shop)] == [mine]


KIND_VALUES = {"email": "u{}@x.example", "phone": "+4930123{:04d}", "username": "user{}",
               "customer-number": "C-{}"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(identity_kinds=st.lists(st.sampled_from(["real", "pseudonym"]), min_size=1, max_size=4),
       controllers=st.integers(min_value=1, max_value=4),
       assignments=st.lists(st.tuples(st.integers(0, 3), st.one_of(st.none(), st.integers(0, 3)),
                                      st.sampled_from(KINDS)), max_size=25))
def test_known_to_never_returns_another_identitys_identifiers(vault, identity_kinds, controllers, assignments):
    with vault.transaction() as connection:
        for table in ("identifier", "identity", "controller"):
            connection.execute(f"DELETE FROM {table}")
    identities = [add_identity(vault, label=f"P{n}", kind=kind) for n, kind in enumerate(identity_kinds)]
    controller_ids = [add_controller(vault, name=f"C{n}") for n in range(controllers)]
    expected: dict[tuple[int, int], set[int]] = {}
    for number, (who_index, controller_index, kind) in enumerate(assignments):
        identity = identities[who_index % len(identities)]
        controller = None if controller_index is None else controller_ids[controller_index % controllers]
        ident = add_identifier(vault, identity, kind, KIND_VALUES[kind].format(number), controller_id=controller)
        if controller is not None:
            expected.setdefault((identity, controller), set()).add(ident)
    for identity in identities:
        for controller in controller_ids:
            known = identifiers_known_to(vault, identity, controller)
            assert all(i.identity_id == identity and i.controller_id == controller for i in known)
            assert {i.id for i in known} == expected.get((identity, controller), set())


def test_letters_never_carry_another_identitys_identifiers(people):
    from vault.cases.drafts import create_request
    from vault.cases.letter_store import current_letter
    from vault.cases.requests import request_identifier_ids

    vault, me, shopper, shop, _ = people
    mine = add_identifier(vault, me, "customer-number", "CUST-0001", controller_id=shop)
    add_identifier(vault, shopper, "email", "shopper+shop@alias.example", controller_id=shop)
    add_identifier(vault, shopper, "username", "shopper42", controller_id=shop)
    request_id = create_request(vault, identity_id=me, controller_id=shop, right="access")
    assert request_identifier_ids(vault, request_id) == [mine]
    text = current_letter(vault, request_id).document.as_text()
    assert "CUST-0001" in text
    assert "shopper" not in text.lower()


# ---------------------------------------------------------------- reveal warnings


def test_reveal_warning(people):
    vault, me, shopper, shop, bank = people
    assert reveal_warning(vault, me, shop) is None  # the controller knows nothing yet
    add_identifier(vault, shopper, "email", "shopper+shop@alias.example", controller_id=shop)
    warning = reveal_warning(vault, me, shop)
    assert warning and "real identity" in warning and "'Shopper'" in warning and "Shop SA" in warning
    assert reveal_warning(vault, shopper, shop) is None  # writing as the persona it knows
    add_identifier(vault, me, "email", "ada@mail.example", controller_id=bank)
    linking = reveal_warning(vault, shopper, bank)
    assert linking and "link" in linking and "'Me'" in linking
    assert reveal_warning(vault, me, bank) is None
    add_identifier(vault, me, "username", "ada", controller_id=shop)  # now it knows both
    assert reveal_warning(vault, me, shop) is None


def test_reveal_warning_counts_consents_and_sent_requests(people):
    from vault.cases.drafts import create_request
    from vault.people.consents import add_consent

    vault, me, shopper, shop, bank = people
    add_consent(vault, shopper, shop, "Newsletter", "2024-01-01")
    assert "real identity" in reveal_warning(vault, me, shop)
    request_id = create_request(vault, identity_id=me, controller_id=bank, right="access")
    assert reveal_warning(vault, shopper, bank) is None  # a draft tells the controller nothing
    with vault.transaction() as connection:
        connection.execute("UPDATE request SET sent_on = '2024-02-01' WHERE id = ?", (request_id,))
    assert "'Me'" in reveal_warning(vault, shopper, bank)


# ---------------------------------------------------------------- who leaked this?


@pytest.mark.parametrize("pasted", [
    "ada+shop@mail.example", '"Shop" <ADA+Shop@mail.example>', "mailto:Ada+Shop@Mail.Example",
    "<mailto:ada+shop@mail.example?subject=Hi>", "To: Ada <ada+shop@mail.example>", "  ada+shop@mail.example.  ",
])
def test_who_finds_pasted_forms(people, pasted):
    vault, me, _, shop, _ = people
    ident = add_identifier(vault, me, "email", "ada+shop@mail.example", controller_id=shop, given_on="2024-05-06")
    leak = who(vault, pasted)
    assert leak is not None
    assert (leak.identity_id, leak.identity_label, leak.controller_id, leak.controller_name, leak.given_on,
            leak.identifier_id, leak.match) == (me, "Me", shop, "Shop SA", "2024-05-06", ident, "exact")


def test_who_never_given_out(people):
    vault, me, _, shop, _ = people
    add_identifier(vault, me, "email", "ada+shop@mail.example", controller_id=shop)
    assert who(vault, "stranger@elsewhere.example") is None
    assert who(vault, "") is None
    assert who(vault, "   ") is None


def test_who_phone_with_national_or_international_prefix(people):
    vault, _, shopper, _, bank = people
    add_identifier(vault, shopper, "phone", "06 12 34 56 78", controller_id=bank, given_on="2023-01-02")
    leak = who(vault, "+33 6 12 34 56 78")
    assert leak and (leak.identity_id, leak.controller_id) == (shopper, bank)


def test_who_catch_all_alias_differs_only_by_case(people):
    vault, _, shopper, shop, _ = people
    add_identifier(vault, shopper, "email", "shop-sa.k7m2p9qx@me.example", controller_id=shop)
    leak = who(vault, "Shop-SA.K7M2P9QX@ME.example")
    assert leak and leak.controller_id == shop and leak.identity_id == shopper


def test_who_plus_tag_guess_and_identity_email(people):
    vault, me, _, shop, _ = people
    leak = who(vault, "ada+shop-sa@mail.example")  # never recorded, but the tag names the controller
    assert leak and (leak.identity_id, leak.controller_id, leak.identifier_id, leak.match) == (
        me, shop, None, "plus-tag")
    own = who(vault, "ADA@mail.example")
    assert own and (own.identity_id, own.controller_id, own.match) == (me, None, "identity-email")
    assert who(vault, "bob+shop-sa@mail.example") is None


def test_who_prefers_the_generated_alias_and_lists_others(people):
    vault, me, _, shop, bank = people
    add_identifier(vault, me, "username", "ada-l", controller_id=bank, given_on="2020-01-01")
    add_identifier(vault, me, "username", "ada-l", controller_id=shop, given_on="2021-01-01")
    leaks = who_all(vault, "ADA-L")
    assert [k.controller_id for k in leaks] == [bank, shop]


def test_pasted_values():
    assert pasted_values('"Shop, Inc." <a@b.example>, c@d.example') == ["a@b.example", "c@d.example"]
    assert pasted_values("MAILTO:a@b.example") == ["a@b.example"]
    assert pasted_values(" 06 12 34 56 78 ") == ["06 12 34 56 78"]


def test_ask_about_leak_creates_an_access_request(people):
    from vault.cases.requests import get_request, request_identifier_ids

    vault, me, _, shop, _ = people
    ident = add_identifier(vault, me, "email", "ada+shop@mail.example", controller_id=shop, given_on="2024-05-06")
    request_id = ask_about_leak(vault, '"X" <ADA+shop@mail.example>', seen_in="spam from casino.example")
    request = get_request(vault, request_id)
    assert (request.right, request.identity_id, request.controller_id, request.lang) == ("access", me, shop, "fr")
    assert "ada+shop@mail.example" in request.details and "casino.example" in request.details
    assert "15, paragraphe 1, point c" in request.details and "point g" in request.details
    assert "6 mai 2024" in request.details and "personne d’autre" in request.details
    assert request_identifier_ids(vault, request_id) == [ident]


def test_ask_about_leak_refuses_unknown_or_unassigned(people):
    vault, me, *_ = people
    with pytest.raises(NotFound, match="never given out"):
        ask_about_leak(vault, "nobody@nowhere.example")
    add_identifier(vault, me, "username", "ada")
    with pytest.raises(InvalidInput, match="not recorded as given"):
        ask_about_leak(vault, "ada")
