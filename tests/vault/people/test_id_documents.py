"""Identity documents in the vault: stored encrypted as attachments, checked, listed, removed."""
from __future__ import annotations

import pytest

from tests import id_specimen as card
from vault.errors import InvalidInput, NotFound
from vault.people.id_documents import (
    add_id_document,
    document_file_info,
    document_files,
    get_id_document,
    list_id_documents,
    remove_id_document,
)
from vault.people.identities import add_identity, remove_identity
from vault.people.redaction_presets import preset_areas
from vault.storage.store import open_vault
from tests.conftest import PASSPHRASE


def _attachments(vault) -> int:
    return vault.query_one("SELECT count(*) FROM attachment")[0]


def test_front_and_back_are_kept_as_given_and_never_in_clear_on_disk(vault, vault_path):
    me = add_identity(vault, label="Me", name="Erika Mustermann")
    front, back = card.front_png(), card.back_jpeg()
    document_id = add_id_document(vault, me, "national_id", "de", ("front.png", front), ("back.jpg", back),
                                  label="Perso")
    document = get_id_document(vault, document_id)
    assert (document.kind, document.country, document.label) == ("national_id", "DE", "Perso")
    assert [data for _, data in document_files(vault, document_id)] == [front, back]
    assert [f.mime_type for f in document_file_info(vault, document_id)] == ["image/png", "image/jpeg"]
    assert [d.id for d in list_id_documents(vault, me)] == [document_id]
    vault.close()
    raw = vault_path.read_bytes()
    assert front[100:164] not in raw and back[100:164] not in raw  # encrypted like every attachment
    with open_vault(vault_path, PASSPHRASE) as reopened:
        assert document_files(reopened, document_id)[0][1] == front


@pytest.mark.parametrize(("name", "data", "message"), [
    ("notes.txt", b"hello, this is not a scan", "not a JPEG, PNG or PDF"),
    ("empty.png", b"", "empty"),
])
def test_a_file_that_is_not_a_scan_is_refused_and_nothing_is_stored(vault, name, data, message):
    me = add_identity(vault, label="Me")
    with pytest.raises(InvalidInput, match=message):
        add_id_document(vault, me, "passport", "FR", ("front.png", card.front_png()), (name, data))
    assert list_id_documents(vault) == [] and _attachments(vault) == 0


@pytest.mark.parametrize(("kind", "country", "message"), [
    ("library_card", "FR", "document kind"),
    ("passport", "XX", "country code"),
    ("passport", "", "issued"),
])
def test_kind_and_country_are_checked(vault, kind, country, message):
    me = add_identity(vault, label="Me")
    with pytest.raises(InvalidInput, match=message):
        add_id_document(vault, me, kind, country, ("front.png", card.front_png()))
    with pytest.raises(NotFound):
        add_id_document(vault, 999, "passport", "FR", ("front.png", card.front_png()))


def test_removing_a_document_or_its_identity_removes_its_files(vault):
    me = add_identity(vault, label="Me")
    first = add_id_document(vault, me, "passport", "FR", ("p.png", card.front_png()))
    add_id_document(vault, me, "national_id", "DE", ("f.png", card.front_png()), ("b.jpg", card.back_jpeg()))
    assert _attachments(vault) == 3
    remove_id_document(vault, first)
    assert _attachments(vault) == 2
    with pytest.raises(NotFound):
        get_id_document(vault, first)
    remove_identity(vault, me)
    assert list_id_documents(vault) == [] and _attachments(vault) == 0


def test_presets_propose_the_fields_per_kind_and_country():
    german = {(a.side, a.field) for a in preset_areas("national_id", "DE")}
    assert german == {("front", "serial_number"), ("front", "can"), ("back", "mrz")}
    optional = {a.field for a in preset_areas("national_id", "DE", include_optional=True)} - {a[1] for a in german}
    assert optional == {"photo", "height", "eye_colour"}
    assert {a.field for a in preset_areas("national_id", "FR")} == {"card_number", "mrz"}
    assert {a.field for a in preset_areas("passport", "GB")} == {"document_number", "mrz"}
    for kind in ("national_id", "passport", "residence_permit", "driving_licence"):
        for area in preset_areas(kind, "IT", include_optional=True):
            x, y, w, h = area.rect
            assert 0 <= x and 0 <= y and x + w <= 1.0001 and y + h <= 1.0001
