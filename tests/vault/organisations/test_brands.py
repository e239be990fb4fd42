"""One line per organisation with its country variants, and the EU controller of non-EU companies."""
from __future__ import annotations

import json
from importlib.resources import files

import pytest

from vault.law.authorities import authority_for
from vault.organisations.brands import choose_variant, eu_controller_id, organisation_of, organisations
from vault.organisations.controllers import get_controller
from vault.organisations.directory_import import import_directory
from vault.organisations.eu_controllers import applies_to, overlay_of, overlays
from vault.storage.store import Vault, create_vault


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    opened = create_vault(tmp_path_factory.mktemp("brands") / "vault.db", "correct horse battery staple")
    import_directory(opened)
    yield opened
    opened.close()


def test_amazon_is_one_organisation_with_its_country_variants(directory: Vault) -> None:
    found = organisations(directory, "amazon", country="FR")
    amazon = [o for o in found if o.brand == "Amazon"]
    assert len(amazon) == 1
    [line] = amazon
    assert {v.web for v in line.variants} == {"amazon.de", "amazon.fr", "amazon.it", "amazon.es", "amazon.nl",
                                              "amazon.co.uk"}
    assert line.chosen.slug == "amazon-fr"
    assert organisations(directory, "amazon", country="IT")[0].chosen.slug == "amazon-it"


def test_a_pasted_site_chooses_its_variant_whatever_the_country(directory: Vault) -> None:
    assert organisations(directory, "amazon.fr", country="DE")[0].chosen.slug == "amazon-fr"


def test_a_country_no_variant_serves_falls_back_to_one_of_them(directory: Vault) -> None:
    [vinted] = organisations(directory, "Vinted UAB", country="IT", limit=1)
    assert len(vinted.variants) == 6
    assert vinted.chosen.id in {v.id for v in vinted.variants}
    assert choose_variant(vinted.variants, "PL").web == "vinted.pl"


def test_google_leads_to_google_ireland_whose_complaint_goes_to_the_irish_dpc(directory: Vault) -> None:
    [google, *_] = organisations(directory, "google", country="DE")
    assert google.brand == "Google"
    eu = google.eu_controller
    assert eu["name"] == "Google Ireland Limited" and eu["source_url"].startswith("https://policies.google.com/")
    assert eu["checked"]
    assert applies_to(google.overlay, "DE") and not applies_to(google.overlay, "US")
    controller_id = eu_controller_id(directory, google.overlay)
    assert eu_controller_id(directory, google.overlay) == controller_id  # found again, not added twice
    controller = get_controller(directory, controller_id)
    assert controller.country == "IE" and "policies.google.com" in controller.notes
    assert authority_for(controller.country, controller.region).slug == "iedpc"


def test_the_overlay_covers_30_non_eu_companies_each_with_a_source_and_a_date() -> None:
    raw = json.loads((files("resources") / "directory" / "eu_controllers.json").read_text(encoding="utf-8"))
    assert len(overlays()) == len(raw["entries"]) >= 30
    for entry in overlays():
        assert entry.source_url.startswith("https://") and entry.checked[:2] == "20"
        if entry.uses_eu_controller:
            assert entry.eu_controller["name"] and entry.eu_controller["country"]


def test_organisation_of_a_variant_keeps_that_variant(directory: Vault) -> None:
    amazon_de = directory.query_one("SELECT id FROM controller WHERE slug = 'amazon-de'")["id"]
    organisation = organisation_of(directory, amazon_de, country="FR")
    assert organisation.chosen.id == amazon_de and len(organisation.variants) == 6
    assert overlay_of(organisation.chosen).brand == "Amazon"
