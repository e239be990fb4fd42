"""Search ranks what people type: names, punctuation, accents, former names, domains, typos."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vault.organisations.controllers import add_controller, controller_ids, edit_controller, list_controllers
from vault.organisations.directory_import import import_directory
from vault.organisations.name_folding import core_name, fold, host_of, spellings
from vault.organisations.search_index import ranked_ids
from vault.storage.store import Vault, create_vault

QUERIES = Path(__file__).parents[2] / "data" / "search_queries.json"


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    """One vault with the whole shipped directory, shared by the tests of this module (read only)."""
    opened = create_vault(tmp_path_factory.mktemp("directory") / "vault.db", "correct horse battery staple")
    import_directory(opened)
    yield opened
    opened.close()


def _slugs(vault: Vault, ids: list[int]) -> list[str]:
    slug = {row["id"]: row["slug"] for row in vault.query("SELECT id, slug FROM controller")}
    return [slug[i] for i in ids]


def test_folding_keeps_ampersands_and_drops_accents_and_case() -> None:
    assert fold("C&A Mode GmbH & Co. KG") == "c&a mode gmbh&co kg"
    assert fold("H & M") == fold("h&m") == "h&m"
    assert fold("TELEFÓNICA") == "telefonica"
    assert spellings("Müller") == {"muller", "mueller"}
    assert core_name(fold("Zalando SE")) == "zalando"
    assert host_of("https://www.zalando.de/damen/") == "zalando.de"
    assert host_of("datenschutz@schufa.de") == host_of("@schufa.de") == "schufa.de"
    assert host_of("Deutsche Bahn") is None


def test_the_query_set_scores_at_least_95_percent_top_1(directory: Vault) -> None:
    queries = json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]
    assert len(queries) >= 50
    right = [q["query"] for q in queries
             if (found := ranked_ids(directory, q["query"])) and _slugs(directory, found[:1])[0] in q["expected"]]
    assert len(right) / len(queries) >= 0.95, sorted(set(q["query"] for q in queries) - set(right))


def test_exact_name_with_ampersand_beats_a_longer_name_sharing_a_word(directory: Vault) -> None:
    found = _slugs(directory, ranked_ids(directory, "1&1 Internet"))
    assert found[0] == "1und1"
    assert found.index("1und1") < found.index("amorelie")  # Sonoma Internet GmbH


def test_a_pasted_address_finds_the_variant_of_that_site(directory: Vault) -> None:
    assert _slugs(directory, ranked_ids(directory, "amazon.fr"))[0] == "amazon-fr"
    assert _slugs(directory, ranked_ids(directory, "https://www.zalando.de/damen/"))[0] == "zalando"
    assert _slugs(directory, ranked_ids(directory, "datenschutz@schufa.de"))[0] == "schufa"


def test_a_typo_still_finds_the_company(directory: Vault) -> None:
    assert _slugs(directory, ranked_ids(directory, "zalanod"))[0] == "zalando"


def test_the_index_follows_edits_additions_and_the_listing(vault: Vault) -> None:
    first = add_controller(vault, name="Acme Data")
    assert ranked_ids(vault, "acme") == [first]
    edit_controller(vault, first, {"name": "Brisk Data"})
    assert ranked_ids(vault, "acme") == []
    assert ranked_ids(vault, "brisk") == [first]
    second = add_controller(vault, name="Acme", web="https://acme.example")
    assert [c.id for c in list_controllers(vault, "acme.example")] == [second]
    assert controller_ids(vault, "data", sort="name") == [first]


def test_an_index_kept_up_to_date_answers_like_a_fresh_one(directory: Vault, tmp_path: Path) -> None:
    from vault.organisations.controllers import remove_controller
    from vault.organisations.search_index import _COLUMNS, SearchIndex, search_index

    opened = create_vault(tmp_path / "small.db", "correct horse battery staple")
    import_directory(opened, [r for r in json.loads(
        (Path(__file__).parents[3] / "resources" / "directory" / "companies.json").read_text(encoding="utf-8"))
        if r["slug"].startswith(("amazon", "google", "zal", "vinted", "1und1"))])
    queries = ["amazon", "amazon.fr", "google", "zalndo", "vinted", "Amazon Europe Core SARL", "acme", "1&1"]
    search_index(opened)  # built once; every change below is taken in alone
    extra = add_controller(opened, name="Amazon Europe Core SARL", web="https://www.amazon.pl")
    acme = add_controller(opened, name="Acme Zalando Friends", emails=["x@zalando.de"])
    edit_controller(opened, acme, {"name": "Acme Data"})
    vinted = opened.query_one("SELECT id FROM controller WHERE slug = 'vinted-uab-pl'")["id"]
    remove_controller(opened, vinted)
    kept = search_index(opened)
    fresh = SearchIndex(opened.query(_COLUMNS))
    for query in queries:
        assert kept.search(query) == fresh.search(query), query
    assert extra in kept.groups[kept.entries[extra].brand_key] and vinted not in kept.entries
    opened.close()
