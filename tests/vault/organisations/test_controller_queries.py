"""Id-only controller queries (search, category, sort), rows by ids, and retention period edits."""
from __future__ import annotations

import pytest

from vault.errors import InvalidInput, NotFound
from vault.organisations.controllers import (
    add_controller,
    add_retention_period,
    controller_ids,
    controllers_by_ids,
    edit_retention_period,
    get_retention_period,
    list_controllers,
    remove_controller,
    remove_retention_period,
    retention_periods,
)


@pytest.fixture
def three(vault):
    a = add_controller(vault, name="Beta Credit", country="DE", categories=["credit agency"])
    b = add_controller(vault, name="alpha Mail", country="FR", categories=["email", "Credit Agency"])
    c = add_controller(vault, name="Gamma Shop", emails=["privacy@gamma-credit.example"])
    return a, b, c


def test_ids_by_name_category_and_sort(vault, three):
    a, b, c = three
    assert controller_ids(vault) == [b, a, c]
    assert controller_ids(vault) == [x.id for x in list_controllers(vault)]
    assert controller_ids(vault, category="credit agency") == [b, a]
    assert controller_ids(vault, category="email") == [b]
    assert controller_ids(vault, category="nothing") == []
    assert controller_ids(vault, sort="country") == [a, b, c]
    assert controller_ids(vault, sort="created") == [c, b, a]
    with pytest.raises(InvalidInput):
        controller_ids(vault, sort="size")


def test_ids_with_search_match_list_controllers(vault, three):
    a, b, c = three
    assert controller_ids(vault, "credit") == [x.id for x in list_controllers(vault, "credit")]
    assert set(controller_ids(vault, "credit")) == {a, c}
    assert controller_ids(vault, "credit", category="credit agency") == [a]
    assert controller_ids(vault, "credit", sort="name") == [a, c]
    assert controller_ids(vault, "!!!") == []


def test_rows_by_ids_keep_order_and_skip_removed(vault, three):
    a, b, c = three
    rows = controllers_by_ids(vault, [c, a, b, a])
    assert [r.id for r in rows] == [c, a, b]
    assert rows[1].categories == ["credit agency"] and rows[1].source_text is None
    remove_controller(vault, a)
    assert [r.id for r in controllers_by_ids(vault, [a, c])] == [c]
    assert controllers_by_ids(vault, []) == []


def test_many_ids_in_one_call(vault):
    ids = [add_controller(vault, name=f"C{n:04d}") for n in range(1000)]
    assert [r.id for r in controllers_by_ids(vault, list(reversed(ids)))] == list(reversed(ids))


def test_edit_and_remove_retention_period(vault, three):
    a = three[0]
    period = add_retention_period(vault, a, "invoices", 120, "law")
    edited = edit_retention_period(vault, period, {"what": "bills", "months": 60})
    assert (edited.what, edited.months, edited.basis) == ("bills", 60, "law")
    assert edit_retention_period(vault, period, {}).what == "bills"
    for bad in ({"months": -1}, {"months": True}, {"what": " "}, {"size": 1}):
        with pytest.raises(InvalidInput):
            edit_retention_period(vault, period, bad)
    assert get_retention_period(vault, period).months == 60
    remove_retention_period(vault, period)
    assert retention_periods(vault, a) == []
    with pytest.raises(NotFound):
        remove_retention_period(vault, period)
