"""The request list's queries: ids filtered, searched and sorted in SQL; rows by ids; dashboard counts."""
from __future__ import annotations

from datetime import date

import pytest

from vault.cases import dashboard, lifecycle
from vault.cases.drafts import create_request
from vault.cases.follow_ups import create_follow_up
from vault.cases.queries import SORT_KEYS, case_requests, dashboard_counts, iter_requests, request_ids, request_rows
from vault.cases.requests import OPEN_STATUSES, list_requests, remove_request
from vault.cli.main import print_json
from vault.cli.output import print_json_array
from vault.organisations.controllers import add_controller
from vault.people.identities import add_identity

TODAY = date(2026, 6, 15)


@pytest.fixture
def case(vault):
    """Four requests: an overdue access to ACME, a sent erasure to Zeta (due later), a draft, an answered one."""
    jane = add_identity(vault, label="Me", name="Jane Martin", emails=["jane@example.org"])
    acme = add_controller(vault, name="ACME SAS", country="FR", dpo_email="dpo@acme.example")
    zeta = add_controller(vault, name="Zeta_100% GmbH", country="DE", emails=["dsb@zeta.example"])
    beta = add_controller(vault, name="beta ltd", country="GB", emails=["privacy@beta.example"])

    def new(controller: int, right: str) -> int:
        return create_request(vault, identity_id=jane, controller_id=controller, right=right, today=date(2026, 1, 2))

    overdue = new(acme, "access")
    lifecycle.mark_sent(vault, overdue, on="2026-04-01", channel="email", today=TODAY)
    later = new(zeta, "erasure")
    lifecycle.mark_sent(vault, later, on="2026-06-10", channel="post", today=TODAY)
    draft = new(beta, "portability")
    answered = new(acme, "rectification")
    lifecycle.mark_sent(vault, answered, on="2026-05-20", channel="email", today=TODAY)
    lifecycle.add_event(vault, answered, "answered", on="2026-06-02", today=TODAY)
    return vault, dict(overdue=overdue, later=later, draft=draft, answered=answered, acme=acme)


def test_default_order_is_newest_first(case):
    vault, ids = case
    assert request_ids(vault) == sorted(ids[k] for k in ("overdue", "later", "draft", "answered"))[::-1]


def test_search_by_controller_name_any_case_and_literal_wildcards(case):
    vault, ids = case
    assert set(request_ids(vault, search="acme")) == {ids["overdue"], ids["answered"]}
    assert request_ids(vault, search="BETA") == [ids["draft"]]
    assert request_ids(vault, search="_100%") == [ids["later"]]
    assert request_ids(vault, search="a_m") == []  # "_" is a letter here, not a wildcard
    assert request_ids(vault, search="nobody") == []


def test_search_by_reference(case):
    vault, ids = case
    assert ids["draft"] in request_ids(vault, search=f"PV-2026-{ids['draft']:05d}")
    assert ids["draft"] in request_ids(vault, search=f"#{ids['draft']}")


def test_filters(case):
    vault, ids = case
    assert request_ids(vault, statuses=["draft"]) == [ids["draft"]]
    assert set(request_ids(vault, statuses=OPEN_STATUSES)) == {ids["overdue"], ids["later"]}
    assert request_ids(vault, rights=["erasure"]) == [ids["later"]]
    assert request_ids(vault, overdue_only=True, today=TODAY) == [ids["overdue"]]
    assert request_ids(vault, overdue_only=True, today=date(2026, 4, 2)) == []
    assert request_ids(vault, search="acme", statuses=["answered"]) == [ids["answered"]]


@pytest.mark.parametrize("key", sorted(SORT_KEYS))
def test_every_sort_key_orders_both_ways(case, key):
    vault, _ = case
    ascending = request_ids(vault, sort=key, descending=False)
    descending = request_ids(vault, sort=key, descending=True)
    assert sorted(ascending) == sorted(descending) and len(ascending) == 4


def test_sort_by_controller_ignores_case_and_due_dates_put_none_last(case):
    vault, ids = case
    rows = request_rows(vault, request_ids(vault, sort="controller", descending=False))
    assert [r.controller for r in rows] == ["ACME SAS", "ACME SAS", "beta ltd", "Zeta_100% GmbH"]
    by_due = request_rows(vault, request_ids(vault, sort="due_on", descending=False))
    assert by_due[-1].id == ids["draft"] and by_due[-1].due_on is None
    assert by_due[0].id == ids["overdue"]


def test_unknown_sort_key_is_a_bug():
    with pytest.raises(ValueError):
        request_ids(None, sort="name; DROP TABLE request")


def test_rows_keep_the_order_asked_and_skip_removed_ids(case):
    vault, ids = case
    order = [ids["draft"], ids["overdue"], 99_999, ids["later"]]
    rows = request_rows(vault, order)
    assert [r.id for r in rows] == [ids["draft"], ids["overdue"], ids["later"]]
    overdue = rows[1]
    assert (overdue.controller, overdue.identity, overdue.right, overdue.status) == ("ACME SAS", "Me", "access", "sent")
    assert overdue.is_overdue(TODAY) and overdue.days_left(TODAY) < 0
    assert rows[2].received_is_estimate and rows[2].channel == "post"
    remove_request(vault, ids["draft"])
    assert [r.id for r in request_rows(vault, order)] == [ids["overdue"], ids["later"]]


def test_rows_in_many_chunks(case):
    vault, ids = case
    many = [ids["overdue"]] * 1200
    assert len(request_rows(vault, many)) == 1200


def test_dashboard_counts_match_the_dashboard_lists(case):
    vault, _ = case
    counts = dashboard_counts(vault, TODAY)
    assert counts.overdue == len(dashboard.overdue(vault, TODAY)) == 1
    assert counts.due_soon == len(dashboard.due_soon(vault, TODAY)) == 0
    assert counts.waiting_for_delivery == len(dashboard.waiting_for_delivery(vault, TODAY)) == 1
    assert counts.drafts == len(dashboard.drafts(vault, TODAY)) == 1
    assert counts.answered_this_month == len(dashboard.answered_this_month(vault, TODAY)) == 1


def test_case_requests_is_the_whole_case_from_any_of_its_requests(case):
    vault, ids = case
    reminder = create_follow_up(vault, ids["overdue"], "reminder", today=TODAY)
    lifecycle.mark_sent(vault, reminder, on=TODAY, channel="email", today=TODAY)
    complaint = create_follow_up(vault, reminder, "complaint", today=TODAY)
    expected = [ids["overdue"], reminder, complaint]
    assert [r.id for r in case_requests(vault, complaint)] == expected
    assert [r.id for r in case_requests(vault, ids["overdue"])] == expected
    assert [r.id for r in case_requests(vault, ids["draft"])] == [ids["draft"]]


def test_streamed_requests_are_the_listed_ones_in_batches(case):
    vault, _ids = case
    for batch in (1, 2, 3, 1000):
        assert list(iter_requests(vault, batch=batch)) == list_requests(vault)
        assert list(iter_requests(vault, status="sent", batch=batch)) == list_requests(vault, status="sent")


def test_the_streamed_json_array_is_the_same_text_as_the_whole_list(capsys):
    samples = [[], [{"a": 1}], [{"letter": "line 1\nline 2", "n": None, "list": [1, 2]}, {"é": "ü"}, 3]]
    for items in samples:
        print_json(items)
        whole = capsys.readouterr().out
        print_json_array(iter(items))
        assert capsys.readouterr().out == whole
