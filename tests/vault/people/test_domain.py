"""Identities, controllers and settings: validation, editing, removal and search, as the CLI and GUI use them."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from vault.errors import InvalidInput, NotFound
from vault.law.countries import normalise_country
from vault.organisations.controllers import (
    add_controller,
    add_retention_period,
    controller_values,
    edit_controller,
    get_controller,
    list_controllers,
    remove_controller,
    retention_periods,
)
from vault.people.identities import add_identity, edit_identity, get_identity, list_identities, remove_identity
from vault.storage.settings import all_settings, get_setting, set_setting
from vault.storage.store import Vault


def search(vault: Vault, text: str) -> list[str]:
    return [c.name for c in list_controllers(vault, search=text)]


# -- identities --------------------------------------------------------------------------------

@pytest.mark.parametrize("born", ["2021-02-29", "1980-13-01", "1980-04-31", "17/05/1980", "1980-5-17x", "yesterday"])
def test_a_birth_date_must_be_a_real_date(vault: Vault, born: str) -> None:
    with pytest.raises(InvalidInput, match="not a real date"):
        add_identity(vault, label="Me", birth_date=born)
    assert list_identities(vault) == []


def test_real_dates_are_accepted_and_future_birth_dates_refused(vault: Vault) -> None:
    leap = add_identity(vault, label="Leap", birth_date="2020-02-29")
    assert get_identity(vault, leap).birth_date == "2020-02-29"
    assert get_identity(vault, add_identity(vault, label="None", birth_date="")).birth_date is None
    with pytest.raises(InvalidInput, match="future"):
        add_identity(vault, label="Later", birth_date=(date.today() + timedelta(days=1)).isoformat())


@pytest.mark.parametrize("email", ["jeanne", "jeanne@", "@example.org", "jeanne@example", "jean ne@example.org",
                                   "a@b@example.org", "jeanne@example.org, x@y.org", "<jeanne@example.org>"])
def test_emails_must_look_like_emails(vault: Vault, email: str) -> None:
    with pytest.raises(InvalidInput, match="does not look like"):
        add_identity(vault, label="Me", emails=[email])
    with pytest.raises(InvalidInput):
        add_controller(vault, name="Acme", dpo_email=email)
    assert list_identities(vault) == [] and list_controllers(vault) == []


def test_emails_are_trimmed_and_duplicates_dropped(vault: Vault) -> None:
    person = add_identity(vault, label="Me", emails=[" jeanne@example.org ", "JEANNE@example.org",
                                                      "j.dupont+shop@mail.example.co.uk"])
    assert get_identity(vault, person).emails == ["jeanne@example.org", "j.dupont+shop@mail.example.co.uk"]


def test_identity_needs_a_label_and_a_known_kind(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="label"):
        add_identity(vault, label="   ")
    with pytest.raises(InvalidInput, match="real"):
        add_identity(vault, label="Me", kind="alias")
    with pytest.raises(InvalidInput, match="one line"):
        add_identity(vault, label="Me\nYou")
    with pytest.raises(InvalidInput, match="control characters"):
        add_identity(vault, label="Me", name="Jeanne\x00Dupont")


def test_identities_are_listed_real_first_then_by_label(vault: Vault) -> None:
    add_identity(vault, label="zeta", kind="pseudonym")
    add_identity(vault, label="Alpha", kind="pseudonym")
    add_identity(vault, label="me")
    assert [(i.kind, i.label) for i in list_identities(vault)] == [("real", "me"), ("pseudonym", "Alpha"),
                                                                  ("pseudonym", "zeta")]


def test_edit_identity_changes_only_what_is_given(vault: Vault) -> None:
    person = add_identity(vault, label="Me", name="Jeanne Dupont", emails=["jeanne@example.org"],
                          phones=["+33 1 23"], address="Paris")
    edited = edit_identity(vault, person, {"label": "Myself", "phones": ["+33 6 00"]})
    assert (edited.label, edited.name, edited.emails, edited.phones, edited.address) == (
        "Myself", "Jeanne Dupont", ["jeanne@example.org"], ["+33 6 00"], "Paris")
    assert get_identity(vault, person) == edited


def test_a_bad_edit_changes_nothing(vault: Vault) -> None:
    person = add_identity(vault, label="Me", birth_date="1980-05-17")
    before = get_identity(vault, person)
    with pytest.raises(InvalidInput):
        edit_identity(vault, person, {"label": "New", "birth_date": "1980-02-30"})
    with pytest.raises(InvalidInput, match="no editable field"):
        edit_identity(vault, person, {"created_at": "1999-01-01"})
    assert get_identity(vault, person) == before
    with pytest.raises(NotFound):
        edit_identity(vault, 999, {"label": "x"})


def test_remove_identity_takes_its_identifiers_with_it(vault: Vault) -> None:
    person = add_identity(vault, label="Me")
    other = add_identity(vault, label="Other")
    with vault.transaction() as connection:
        connection.execute("INSERT INTO identifier (identity_id, kind, value) VALUES (?, 'email', 'me@x.org')",
                           (person,))
        connection.execute("INSERT INTO identifier (identity_id, kind, value) VALUES (?, 'email', 'o@x.org')",
                           (other,))
    remove_identity(vault, person)
    with pytest.raises(NotFound, match="no identity"):
        get_identity(vault, person)
    assert [row[0] for row in vault.query("SELECT value FROM identifier")] == ["o@x.org"]
    with pytest.raises(NotFound):
        remove_identity(vault, person)


def test_remove_is_refused_while_a_request_names_it(vault: Vault) -> None:
    person = add_identity(vault, label="Me")
    company = add_controller(vault, name="Acme")
    with vault.transaction() as connection:
        connection.execute("INSERT INTO request (identity_id, controller_id, right, lang, created_on) "
                           "VALUES (?, ?, 'access', 'en', '2024-01-01')", (person, company))
    with pytest.raises(InvalidInput, match="request"):
        remove_identity(vault, person)
    with pytest.raises(InvalidInput, match="request"):
        remove_controller(vault, company)
    assert get_identity(vault, person).label == "Me" and get_controller(vault, company).name == "Acme"


# -- controllers -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["", "   ", None])
def test_a_controller_needs_a_name(vault: Vault, name: str | None) -> None:
    with pytest.raises(InvalidInput, match="name"):
        add_controller(vault, name=name)  # type: ignore[arg-type]
    assert list_controllers(vault) == []


def test_controller_values_without_a_name_are_refused() -> None:
    with pytest.raises(InvalidInput, match="needs a name"):
        controller_values(address="somewhere")


@pytest.mark.parametrize(("given", "stored"), [("fr", "FR"), (" de ", "DE"), ("uk", "GB"), ("UK", "GB"),
                                               ("gb", "GB"), ("", None), (None, None)])
def test_countries_are_iso_codes(vault: Vault, given: str | None, stored: str | None) -> None:
    assert get_controller(vault, add_controller(vault, name="Acme", country=given)).country == stored


@pytest.mark.parametrize("country", ["XX", "FRA", "France", "EU", "F", "12"])
def test_unknown_countries_are_refused(vault: Vault, country: str) -> None:
    with pytest.raises(InvalidInput, match="ISO 3166-1"):
        add_controller(vault, name="Acme", country=country)
    with pytest.raises(InvalidInput):
        normalise_country(country)


def test_regions_and_urls_are_checked(vault: Vault) -> None:
    company = add_controller(vault, name="Acme", country="DE", region="by", web_form="https://acme.example/dsr")
    assert get_controller(vault, company).region == "BY"
    with pytest.raises(InvalidInput, match="region"):
        add_controller(vault, name="Acme", region="Bavaria!")
    with pytest.raises(InvalidInput, match="https://"):
        add_controller(vault, name="Acme", web_form="javascript:alert(1)")
    with pytest.raises(InvalidInput, match="no editable field"):
        add_controller(vault, name="Acme", id=5)


def test_markup_in_names_is_stored_literally(vault: Vault) -> None:
    name = "<b>Evil</b> & Co <script>alert('x')</script> &amp; \"quoted\""
    company = add_controller(vault, name=name, address="<i>1</i> Main St")
    person = add_identity(vault, label="<img src=x onerror=alert(1)>", name="O'Brien; DROP TABLE identity;--")
    assert get_controller(vault, company).name == name
    assert get_controller(vault, company).address == "<i>1</i> Main St"
    assert get_identity(vault, person).label == "<img src=x onerror=alert(1)>"
    assert get_identity(vault, person).name == "O'Brien; DROP TABLE identity;--"
    assert search(vault, "evil") == [name]


def test_edit_controller_and_search_follows(vault: Vault) -> None:
    company = add_controller(vault, name="Old Name Ltd", country="GB", emails=["a@old.example"])
    edited = edit_controller(vault, company, {"name": "Brand New plc", "emails": ["b@new.example"]})
    assert (edited.name, edited.country, edited.emails) == ("Brand New plc", "GB", ["b@new.example"])
    assert search(vault, "brand") == ["Brand New plc"]
    assert search(vault, "old") == []
    with pytest.raises(InvalidInput):
        edit_controller(vault, company, {"name": ""})
    assert get_controller(vault, company).name == "Brand New plc"


def test_remove_controller_removes_it_from_search_and_its_retention_periods(vault: Vault) -> None:
    company = add_controller(vault, name="Acme Data")
    add_retention_period(vault, company, "invoices", 120, "tax law")
    assert [(r.what, r.months, r.basis) for r in retention_periods(vault, company)] == [("invoices", 120, "tax law")]
    remove_controller(vault, company)
    assert search(vault, "acme") == [] and list_controllers(vault) == []
    assert vault.query_one("SELECT count(*) FROM retention_period")[0] == 0
    with pytest.raises(NotFound, match="no controller"):
        get_controller(vault, company)


def test_retention_periods_are_checked(vault: Vault) -> None:
    company = add_controller(vault, name="Acme")
    for months in (-1, 1201, 1.5, "12"):
        with pytest.raises(InvalidInput):
            add_retention_period(vault, company, "invoices", months)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        add_retention_period(vault, company, "  ", 12)
    with pytest.raises(NotFound):
        add_retention_period(vault, 999, "invoices", 12)


# -- search ---------------------------------------------------------------------------------

def test_a_name_match_ranks_above_an_address_match(vault: Vault) -> None:
    add_controller(vault, name="Harbour Logistics", address="12 Acme Road\nLeeds")
    add_controller(vault, name="Zeta Insurance", emails=["privacy@acme-group.example"])
    add_controller(vault, name="Acme Data Ltd", address="1 Main Street")
    assert search(vault, "acme")[0] == "Acme Data Ltd"
    assert set(search(vault, "acme")) == {"Acme Data Ltd", "Harbour Logistics", "Zeta Insurance"}


def test_search_ignores_accents_and_case_and_matches_prefixes(vault: Vault) -> None:
    add_controller(vault, name="Société Générale", dpo_email="protection.donnees@sg.example")
    add_controller(vault, name="Müller GmbH", address="Hauptstraße 1\nMünchen")
    for text in ("societe", "Société", "SOCIETE", "générale", "generale", "soc", "gén", "societe gen",
                 "protection", "donnees"):
        assert search(vault, text) == ["Société Générale"], text
    for text in ("muller", "müller", "munchen", "hauptstr"):
        assert search(vault, text) == ["Müller GmbH"], text
    assert search(vault, "societe muller") == []  # every word must match


@pytest.mark.parametrize("text", ['"', "*", "acme\" OR \"x", "NEAR(a b)", "AND", "-", "acme:", "^acme", "()",
                                  "a" * 1000, "💥"])
def test_search_never_fails_on_odd_input(vault: Vault, text: str) -> None:
    add_controller(vault, name="Acme")
    assert isinstance(list_controllers(vault, search=text), list)


def test_an_empty_search_lists_everything_by_name(vault: Vault) -> None:
    for name in ("beta", "Alpha", "gamma"):
        add_controller(vault, name=name)
    assert search(vault, "") == search(vault, "   ") == ["Alpha", "beta", "gamma"]
    assert [c.name for c in list_controllers(vault, limit=2)] == ["Alpha", "beta"]


# -- settings ---------------------------------------------------------------------------------

def test_settings_have_defaults_and_are_checked(vault: Vault) -> None:
    assert get_setting(vault, "auto_lock_minutes") == 5
    assert set_setting(vault, "auto_lock_minutes", "15") == 15
    assert get_setting(vault, "auto_lock_minutes") == 15
    for bad in ("0", "241", "soon"):
        with pytest.raises(InvalidInput):
            set_setting(vault, "auto_lock_minutes", bad)
    with pytest.raises(InvalidInput):
        set_setting(vault, "default_language", "xx")
    with pytest.raises(InvalidInput, match="no setting"):
        set_setting(vault, "theme", "dark")
    assert all_settings(vault)["auto_lock_minutes"] == 15
