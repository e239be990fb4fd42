"""identifier / alias / consent commands, as a script would run them."""
from __future__ import annotations

import pytest


@pytest.fixture
def ids(cli):
    me = cli.ok("identity", "add", "--label", "Me", "--name", "Ada", "--email", "ada@mail.example").out.strip()
    persona = cli.ok("identity", "add", "--label", "Shopper", "--pseudonym",
                     "--alias-pattern", "{controller}.{random}@me.example").out.strip()
    shop = cli.ok("controller", "add", "--name", "Shop SA", "--country", "FR").out.strip()
    bank = cli.ok("controller", "add", "--name", "Bank AG", "--country", "DE").out.strip()
    return me, persona, shop, bank


def test_identifier_add_list_remove(cli, ids):
    me, persona, shop, _ = ids
    first = cli.ok("identifier", "add", "--identity", me, "--kind", "email", "--value", "ada+shop@mail.example",
                   "--controller", shop, "--on", "2024-03-01", "--note", "signup").out.strip()
    cli.ok("identifier", "add", "--identity", persona, "--kind", "username", "--value", "shopper42")
    listed = cli.ok("identifier", "list", "--identity", me, "--json").json()
    assert [(i["id"], i["value"], i["controller_id"], i["given_on"], i["note"]) for i in listed] == [
        (int(first), "ada+shop@mail.example", int(shop), "2024-03-01", "signup")]
    assert len(cli.ok("identifier", "list", "--json").json()) == 2
    assert [i["id"] for i in cli.ok("identifier", "list", "--controller", shop, "--json").json()] == [int(first)]
    assert "ada+shop@mail.example" in cli.ok("identifier", "list").out
    refused = cli("identifier", "remove", first)
    assert refused.code == 2 and "--yes" in refused.err
    cli.ok("identifier", "remove", first, "--yes")
    assert cli.ok("identifier", "list", "--identity", me, "--json").json() == []


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--kind", "email", "--value", "nope"], 1, "does not look like"),
    (["--kind", "fax", "--value", "1234567"], 2, "invalid choice"),
    (["--kind", "phone", "--value", "0612345678", "--on", "2024-02-30"], 1, "not a real date"),
    (["--kind", "username", "--value", "x", "--controller", "99"], 1, "no controller with id 99"),
])
def test_identifier_add_errors_are_one_sentence(cli, ids, args, code, message):
    result = cli("identifier", "add", "--identity", ids[0], *args)
    assert result.code == code and message in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_duplicate_names_the_owner(cli, ids):
    me, persona, *_ = ids
    cli.ok("identifier", "add", "--identity", me, "--kind", "phone", "--value", "+33 6 12 34 56 78")
    result = cli("identifier", "add", "--identity", persona, "--kind", "phone", "--value", "06 12 34 56 78")
    assert result.code == 1 and "'Me'" in result.err


def test_alias_then_who_then_ask(cli, ids):
    _, persona, shop, bank = ids
    alias = cli.ok("alias", "new", "--identity", persona, "--controller", shop).out.strip()
    assert alias.startswith("shop-sa.") and alias.endswith("@me.example")
    assert cli.ok("alias", "new", "--identity", persona, "--controller", shop).out.strip() == alias
    assert cli.ok("alias", "new", "--identity", persona, "--controller", bank).out.strip() != alias
    found = cli.ok("identifier", "who", f'"Shop" <{alias.upper()}>', "--json").json()
    assert (found["identity_id"], found["controller_id"], found["identity_label"], found["controller_name"]) == (
        int(persona), int(shop), "Shopper", "Shop SA")
    assert found["given_on"] and found["also_given_to"] == []
    assert "Shop SA" in cli.ok("identifier", "who", f"mailto:{alias}").out
    request_id = cli.ok("identifier", "ask", alias, "--seen-in", "spam from casino.example").out.strip()
    shown = cli.ok("request", "show", request_id, "--json").json()
    assert shown["right"] == "access" and "casino.example" in shown["details"]


def test_who_never_given_out(cli, ids):
    result = cli("identifier", "who", "stranger@elsewhere.example", "--json")
    assert result.code == 1 and "never given out" in result.err and result.out == ""
    asked = cli("identifier", "ask", "stranger@elsewhere.example")
    assert asked.code == 1 and "never given out" in asked.err


def test_alias_without_email_or_pattern(cli):
    me = cli.ok("identity", "add", "--label", "Bare").out.strip()
    shop = cli.ok("controller", "add", "--name", "Shop").out.strip()
    result = cli("alias", "new", "--identity", me, "--controller", shop)
    assert result.code == 1 and "no e-mail address and no alias pattern" in result.err


def test_consent_add_list_withdraw(cli, ids, tmp_path):
    me, _, shop, bank = ids
    evidence = tmp_path / "checkbox.png"
    evidence.write_bytes(b"\x89PNG fake screenshot")
    first = cli.ok("consent", "add", "--identity", me, "--controller", shop, "--purpose", "Newsletter",
                   "--on", "2024-01-10", "--how", "checkbox", "--evidence", str(evidence)).out.strip()
    second = cli.ok("consent", "add", "--identity", me, "--controller", bank, "--purpose", "Offers",
                    "--on", "2023-01-10").out.strip()
    listed = cli.ok("consent", "list", "--json").json()
    assert [(c["id"], c["status"], c["evidence_id"] is not None) for c in listed] == [
        (int(first), "active", True), (int(second), "active", False)]
    assert len(cli.ok("consent", "list", "--json", "--identity", me).json()) == 2
    assert "Newsletter" in cli.ok("consent", "list").out
    out = cli.ok("consent", "withdraw", first, "--on", "2024-06-01").out.split()
    assert len(out) == 1 and out[0].isdigit()
    withdrawn = {c["id"]: c for c in cli.ok("consent", "list", "--json").json()}[int(first)]
    assert (withdrawn["status"], withdrawn["withdrawn_on"], withdrawn["withdrawal_request_id"]) == (
        "withdrawn", "2024-06-01", int(out[0]))
    two = cli.ok("consent", "withdraw", second, "--also-object").out.split()
    assert len(two) == 2
    again = cli("consent", "withdraw", first)
    assert again.code == 1 and "already withdrawn" in again.err


def test_consent_errors(cli, ids, tmp_path):
    me, _, shop, _ = ids
    missing = cli("consent", "add", "--identity", me, "--controller", shop, "--purpose", "x", "--on", "2024-01-01",
                  "--evidence", str(tmp_path / "nope.png"))
    assert missing.code == 1 and "not there" in missing.err
    assert cli("consent", "add", "--identity", me, "--controller", shop, "--purpose", "x").code == 2
    bad_date = cli("consent", "withdraw", "1", "--on", "tomorrow")
    assert bad_date.code == 1 and "not a real date" in bad_date.err
    assert cli.ok("consent", "list", "--json").json() == []
