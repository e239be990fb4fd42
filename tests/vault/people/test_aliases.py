"""Aliases: one per controller, stable, readable slug, unguessable random part."""
from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import PASSPHRASE
from vault.errors import InvalidInput
from vault.organisations.controllers import add_controller
from vault.people.aliases import (
    RANDOM_LENGTH,
    check_alias_pattern,
    controller_slug,
    generated_alias,
    new_alias,
    plus_pattern,
)
from vault.people.identifiers import add_identifier, identifiers_known_to, list_identifiers
from vault.people.identities import add_identity, edit_identity, get_identity
from vault.people.leaks import who
from vault.storage.store import create_vault


@pytest.mark.parametrize(("name", "slug"), [
    ("Société Générale", "societe-generale"), ("  Shop & Co. GmbH ", "shop-co-gmbh"), ("Ça Ÿ ß", "ca-y-ss"),
    ("ÆON Łódź", "aeon-lodz"), ("", ""), ("株式会社", ""), ("A" * 50, "a" * 30),
    ("abc " + "x" * 26 + " y", "abc-" + "x" * 26),
])
def test_controller_slug(name, slug):
    assert controller_slug(name) == slug


def test_plus_addressing_on_the_first_email(vault):
    me = add_identity(vault, label="Me", emails=["Ada@mail.example", "other@mail.example"])
    shop = add_controller(vault, name="Boulangerie Sœur & Fils")
    alias = new_alias(vault, me, shop, on=date(2024, 1, 2))
    assert alias == "Ada+boulangerie-soeur-fils@mail.example"
    [record] = identifiers_known_to(vault, me, shop)
    assert (record.kind, record.value, record.generated, record.given_on) == ("email", alias, True, "2024-01-02")
    assert plus_pattern("me+old@x.org") == "me+{controller}@x.org"


def test_alias_is_stable_per_controller_and_differs_between_controllers(vault):
    me = add_identity(vault, label="Me", emails=["me@mail.example"])
    shop, bank = add_controller(vault, name="Shop"), add_controller(vault, name="Bank")
    first = new_alias(vault, me, shop)
    assert new_alias(vault, me, shop) == first == generated_alias(vault, me, shop)
    second = new_alias(vault, me, bank)
    assert second != first
    assert len(list_identifiers(vault, identity_id=me)) == 2
    leak = who(vault, second.upper())
    assert leak and leak.controller_id == bank


def test_catch_all_pattern_with_random_part(vault):
    me = add_identity(vault, label="Shopper", kind="pseudonym",
                      alias_pattern="{controller}.{random}@me.example")
    shop = add_controller(vault, name="Shop SA")
    alias = new_alias(vault, me, shop)
    assert re.fullmatch(rf"shop-sa\.[a-z2-9]{{{RANDOM_LENGTH}}}@me\.example", alias)
    assert new_alias(vault, me, shop) == alias  # the pattern is random, the alias is not re-rolled


def test_random_part_is_unguessable_across_identities_and_vaults(tmp_path):
    seen = set()
    for n in range(3):
        with create_vault(tmp_path / f"v{n}.db", PASSPHRASE) as vault:
            shop = add_controller(vault, name="Shop")
            for label in ("A", "B"):
                identity = add_identity(vault, label=label, alias_pattern=f"{label.lower()}.{{random}}@me.example")
                seen.add(new_alias(vault, identity, shop).split("@")[0].split(".")[1])
    assert len(seen) == 6


def test_same_slug_for_two_controllers_gives_two_aliases(vault):
    me = add_identity(vault, label="Me", emails=["me@mail.example"])
    first, second = add_controller(vault, name="Shop!"), add_controller(vault, name="Shop?")
    a, b = new_alias(vault, me, first), new_alias(vault, me, second)
    assert a == "me+shop@mail.example" and b == "me+shop-2@mail.example"
    assert who(vault, b).controller_id == second


def test_another_identity_with_the_same_pattern_is_not_given_its_alias(vault):
    one = add_identity(vault, label="One", alias_pattern="{controller}@me.example")
    two = add_identity(vault, label="Two", kind="pseudonym", alias_pattern="{controller}@me.example")
    shop = add_controller(vault, name="Shop")
    assert new_alias(vault, one, shop) == "shop@me.example"
    assert new_alias(vault, two, shop) == "shop-2@me.example"
    assert [i.identity_id for i in identifiers_known_to(vault, two, shop)] == [two]


def test_an_alias_entered_by_hand_is_adopted(vault):
    me = add_identity(vault, label="Me", emails=["me@mail.example"])
    shop = add_controller(vault, name="Shop")
    ident = add_identifier(vault, me, "email", "ME+shop@mail.example")  # recorded before, without controller
    assert new_alias(vault, me, shop) == "me+shop@mail.example"
    [record] = list_identifiers(vault, identity_id=me)
    assert (record.id, record.controller_id, record.generated) == (ident, shop, True)


def test_unnamed_controller_gets_a_numbered_slug(vault):
    me = add_identity(vault, label="Me", emails=["me@mail.example"])
    shop = add_controller(vault, name="株式会社")
    assert new_alias(vault, me, shop) == f"me+controller-{shop}@mail.example"


def test_no_email_and_no_pattern(vault):
    me = add_identity(vault, label="Me")
    shop = add_controller(vault, name="Shop")
    with pytest.raises(InvalidInput, match="no e-mail address and no alias pattern"):
        new_alias(vault, me, shop)
    assert list_identifiers(vault) == []


@pytest.mark.parametrize(("pattern", "message"), [
    ("me.example", "'@'"), ("me@mail.example", "{controller} or {random}"),
    ("me+{shop}@mail.example", "not {shop}"), ("me+{controller@mail.example", "unmatched"),
    ("{controller}@{random}", "valid e-mail"), ("me {controller}@x.example", "valid e-mail"),
])
def test_bad_patterns(vault, pattern, message):
    with pytest.raises(InvalidInput) as err:
        check_alias_pattern(pattern)
    assert message in str(err.value)
    me = add_identity(vault, label="Me", emails=["me@mail.example"])
    with pytest.raises(InvalidInput):  # refused when saved, not only when an alias is made
        edit_identity(vault, me, {"alias_pattern": pattern})
    assert get_identity(vault, me).alias_pattern is None
    alias = new_alias(vault, me, add_controller(vault, name="Shop"))
    assert alias == "me+shop@mail.example"  # the plus-addressing default still applies


def test_future_date_refused(vault):
    me = add_identity(vault, label="Me", emails=["me@mail.example"])
    with pytest.raises(InvalidInput, match="future"):
        new_alias(vault, me, add_controller(vault, name="Shop"), on=date(2999, 1, 1))
