"""Relationships and the retention watch."""
from __future__ import annotations

import os
from datetime import date

import pytest

from vault.errors import InvalidInput, NotFound
from vault.organisations.controllers import add_controller, add_retention_period
from vault.people.identities import add_identity
from vault.people.relationships import (
    add_relationship,
    edit_relationship,
    get_relationship,
    list_relationships,
    remove_relationship,
    retention_due,
)
from vault.storage.store import open_vault

TODAY = date(2025, 6, 15)


@pytest.fixture
def ids(vault):
    identity = add_identity(vault, label="me", name="Ada Example")
    shop = add_controller(vault, name="Shop SA", country="FR")
    add_retention_period(vault, shop, "customer account", 36)
    add_retention_period(vault, shop, "invoices", 120)
    bank = add_controller(vault, name="Bank AG", country="DE")
    add_retention_period(vault, bank, "marketing data", 12)
    return identity, shop, bank


def test_add_list_edit_remove(vault, ids):
    identity, shop, bank = ids
    first = add_relationship(vault, identity, shop, since="2019-01-10", ended="2021-05-31", note="closed online")
    second = add_relationship(vault, identity, bank, since=date(2018, 1, 1), last_contact="2024-02-29")
    assert [r.id for r in list_relationships(vault)] == [second, first]  # oldest first
    assert [r.id for r in list_relationships(vault, controller_id=shop)] == [first]
    assert [r.id for r in list_relationships(vault, identity_id=identity, controller_id=bank)] == [second]
    assert get_relationship(vault, first).note == "closed online"
    edited = edit_relationship(vault, first, {"ended": None, "last_contact": "2022-01-01"})
    assert (edited.ended, edited.last_contact, edited.since) == (None, "2022-01-01", "2019-01-10")
    remove_relationship(vault, first)
    with pytest.raises(NotFound):
        get_relationship(vault, first)


@pytest.mark.parametrize("fields, message", [
    ({"since": "2021-02-30"}, "not a real date"),
    ({"ended": "yesterday"}, "not a real date"),
    ({"since": "2099-01-01"}, "in the future"),
    ({"since": "2020-01-02", "ended": "2020-01-01"}, "before the start date"),
])
def test_dates_are_checked(vault, ids, fields, message):
    identity, shop, _ = ids
    with pytest.raises(InvalidInput, match=message):
        add_relationship(vault, identity, shop, **fields)
    assert list_relationships(vault) == []


def test_edit_keeps_dates_in_order_and_refuses_unknown_fields(vault, ids):
    identity, shop, _ = ids
    rid = add_relationship(vault, identity, shop, since="2020-01-01", ended="2021-01-01")
    with pytest.raises(InvalidInput, match="before the start date"):
        edit_relationship(vault, rid, {"since": "2022-01-01"})
    with pytest.raises(InvalidInput, match="no editable field"):
        edit_relationship(vault, rid, {"controller_id": 1})


def test_unknown_identity_or_controller(vault, ids):
    identity, shop, _ = ids
    with pytest.raises(NotFound):
        add_relationship(vault, identity + 99, shop)
    with pytest.raises(NotFound):
        add_relationship(vault, identity, shop + 99)


def test_retention_due_from_end_date(vault, ids):
    identity, shop, _ = ids
    add_relationship(vault, identity, shop, since="2015-03-01", ended="2022-06-15")
    # 36 months after 2022-06-15 is 2025-06-15: due on that very day, not the day before.
    assert retention_due(vault, date(2025, 6, 14)) == []
    due = retention_due(vault, TODAY)
    assert len(due) == 1  # the 120-month invoice period has not run out
    item = due[0]
    assert (item.controller_name, item.what, item.months) == ("Shop SA", "customer account", 36)
    assert (item.since_date, item.since_kind, item.expired_on) == ("2022-06-15", "ended", "2025-06-15")
    assert (item.suggested_right, item.alternative_right) == ("erasure", "access")
    assert item.customer_since == "2015-03-01" and item.identity_id == identity
    assert item.to_json()["controller"] == "Shop SA"


def test_retention_due_from_last_contact_suggests_access(vault, ids):
    identity, _, bank = ids
    add_relationship(vault, identity, bank, since="2010-01-01", last_contact="2024-01-31")
    add_relationship(vault, identity, bank)  # no date: the clock has not started
    [item] = retention_due(vault, date(2025, 1, 31))
    assert (item.since_kind, item.expired_on, item.suggested_right) == ("last_contact", "2025-01-31", "access")


def test_month_end_counts_like_the_regulation(vault, ids):
    identity, _, bank = ids
    add_relationship(vault, identity, bank, ended="2024-02-29")
    assert retention_due(vault, date(2025, 2, 27)) == []
    assert retention_due(vault, date(2025, 2, 28))[0].expired_on == "2025-02-28"


def test_a_request_after_expiry_clears_the_item(vault, ids):
    identity, _, bank = ids
    add_relationship(vault, identity, bank, ended="2023-01-10")
    assert len(retention_due(vault, TODAY)) == 1
    with vault.transaction() as connection:  # a request from before the expiry does not count
        connection.execute("INSERT INTO request (identity_id, controller_id, right, lang, created_on) "
                           "VALUES (?, ?, 'access', 'de', '2023-06-01')", (identity, bank))
    assert len(retention_due(vault, TODAY)) == 1
    with vault.transaction() as connection:
        connection.execute("INSERT INTO request (identity_id, controller_id, right, lang, created_on) "
                           "VALUES (?, ?, 'erasure', 'de', '2024-03-01')", (identity, bank))
    assert retention_due(vault, TODAY) == []


def test_cli_relationship_and_retention(cli, vault_path):
    identity = int(cli.ok("identity", "add", "--label", "me").out)
    controller = int(cli.ok("controller", "add", "--name", "Shop SA").out)
    with open_vault(vault_path, os.environ["PRIVACY_VAULT_PASSPHRASE"]) as opened:
        add_retention_period(opened, controller, "customer account", 24)
    rid = cli.ok("relationship", "add", "--identity", str(identity), "--controller", str(controller),
                 "--since", "2019-01-01", "--ended", "2022-03-31", "--note", "closed").out.strip()
    [listed] = cli.ok("relationship", "list", "--json").json()
    assert listed == {"id": int(rid), "identity_id": identity, "controller_id": controller,
                      "since": "2019-01-01", "ended": "2022-03-31", "last_contact": None, "note": "closed"}
    assert cli.ok("retention", "--json", "--today", "2024-03-30").json() == []
    [item] = cli.ok("retention", "--json", "--today", "2024-03-31").json()
    assert (item["controller"], item["expired_on"], item["suggested_right"]) == ("Shop SA", "2024-03-31", "erasure")
    bad = cli("relationship", "add", "--identity", str(identity), "--controller", str(controller),
              "--since", "2020-01-01", "--ended", "2019-01-01")
    assert bad.code == 1 and "before the start date" in bad.err and "Traceback" not in bad.err
    cli.ok("relationship", "edit", rid, "--ended", "")
    assert cli.ok("retention", "--json", "--today", "2030-01-01").json() == []
    cli.ok("relationship", "remove", rid)
    assert cli.ok("relationship", "list", "--json").json() == []
