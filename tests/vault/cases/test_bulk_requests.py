"""Bulk requests over a directory category, and letters that ask with exactly what a record requires."""
from __future__ import annotations

from pathlib import Path

import pytest

from vault.cases import letter_store
from vault.cases.bulk import create_requests
from vault.cases.requests import get_request, list_requests
from vault.errors import InvalidInput, NotFound
from vault.organisations.controllers import list_controllers
from vault.organisations.directory_import import import_directory, list_controllers_in_category
from vault.people.identities import add_identity

SAMPLE = Path(__file__).parents[2] / "data" / "directory"


@pytest.fixture
def directory(vault):
    import_directory(vault, SAMPLE)
    jane = add_identity(vault, label="Me", name="Jana Beispiel", address="Musterweg 1\n12345 Musterstadt",
                        emails=["jana@example.org"], birth_date="1985-06-15")
    return vault, jane


def by_slug(vault, slug):
    return next(c for c in list_controllers(vault) if c.slug == slug)


def test_one_request_per_controller_of_a_category(directory):
    vault, jane = directory
    agencies = [c.id for c in list_controllers_in_category(vault, "addresses")]
    assert len(agencies) >= 2
    report = create_requests(vault, identity_id=jane, controller_ids=agencies + agencies[:1], right="access")
    assert sorted(controller for controller, _ in report.created) == sorted(agencies)  # duplicates once
    assert report.failed == []
    for controller_id, request_id in report.created:
        request = get_request(vault, request_id)
        assert (request.controller_id, request.status, request.right) == (controller_id, "draft", "access")
        letter = letter_store.current_letter(vault, request_id).document
        assert by_slug_name(vault, controller_id) in " ".join(letter.recipient_lines)


def by_slug_name(vault, controller_id):
    return next(c.name for c in list_controllers(vault) if c.id == controller_id)


def test_a_missing_controller_is_reported_and_the_others_are_made(directory):
    vault, jane = directory
    good = by_slug(vault, "schufa").id
    report = create_requests(vault, identity_id=jane, controller_ids=[good, 999_999], right="erasure")
    assert [c for c, _ in report.created] == [good]
    assert report.failed[0][0] == 999_999 and "999999" in report.failed[0][1]


def test_unknown_identity_or_right_creates_nothing(directory):
    vault, _ = directory
    with pytest.raises(NotFound):
        create_requests(vault, identity_id=12345, controller_ids=[by_slug(vault, "schufa").id], right="access")
    with pytest.raises(InvalidInput):
        create_requests(vault, identity_id=1, controller_ids=[by_slug(vault, "schufa").id], right="complaint")
    assert list_requests(vault) == []


def test_letters_ask_with_exactly_the_required_elements(directory):
    vault, jane = directory
    report = create_requests(vault, identity_id=jane, right="access",
                             controller_ids=[by_slug(vault, "arag-de").id, by_slug(vault, "1und1-gmx").id])
    insurer, mail = (letter_store.current_letter(vault, r).document for _, r in report.created)
    # ARAG asks for name, address and date of birth.
    assert "Musterweg 1" in insurer.sender_lines and "15.06.1985" in insurer.body
    # GMX asks for name and e-mail only: the postal address stays out of the letter.
    assert "Musterweg 1" not in mail.as_text() and "jana@example.org" in mail.as_text()
    assert "1985" not in mail.as_text()


def test_bulk_from_the_cli(cli, tmp_path):
    cli.ok("import-directory", str(SAMPLE))
    identity = cli.ok("identity", "add", "--label", "Me", "--name", "Jana", "--email", "jana@example.org").out.strip()
    refused = cli("request", "bulk", "--identity", identity, "--right", "access", "--category", "addresses")
    assert refused.code == 2 and "--yes" in refused.err
    made = cli.ok("request", "bulk", "--identity", identity, "--right", "access", "--category", "addresses", "--yes")
    ids = made.out.split()
    assert ids and all(i.isdigit() for i in ids)
    assert len(cli.ok("request", "list", "--json").json()) == len(ids)
    assert cli("request", "bulk", "--identity", identity, "--right", "access", "--category", "no such").code == 1
