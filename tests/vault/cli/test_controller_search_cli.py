"""controller list --search ranks one row per organisation; controller show has its variants and EU controller."""
from __future__ import annotations


def test_list_search_json_rows_have_brand_web_countries_and_eu_controller(cli) -> None:  # noqa: ANN001
    cli.ok("import-directory")
    rows = cli.ok("controller", "list", "--search", "amazon", "--country", "FR", "--json").json()
    amazon = [row for row in rows if row["brand"] == "Amazon"]
    assert len(amazon) == 1
    [row] = amazon
    assert {"id", "name", "brand", "web", "countries", "eu_controller"} <= set(row)
    assert (row["name"], row["web"], row["countries"]) == ("Amazon Europe Core SARL", "https://www.amazon.fr", ["FR"])
    assert row["eu_controller"]["source_url"].startswith("https://")
    assert len(row["variants"]) == 6
    google = cli.ok("controller", "list", "--search", "google", "--json").json()[0]
    assert google["eu_controller"]["name"] == "Google Ireland Limited"
    first = cli.ok("controller", "list", "--search", "1&1 Internet", "--json").json()[0]
    assert first["name"] == "1&1 Internet SE" and first["eu_controller"] is None


def test_show_json_has_the_variants_and_the_overlay_with_its_source(cli) -> None:  # noqa: ANN001
    cli.ok("import-directory")
    amazon_fr = cli.ok("controller", "list", "--search", "amazon.fr", "--json").json()[0]["id"]
    shown = cli.ok("controller", "show", str(amazon_fr), "--json").json()
    assert shown["brand"] == "Amazon" and shown["countries"] == ["FR"]
    assert sorted(v["web"] for v in shown["variants"]) == ["amazon.co.uk", "amazon.de", "amazon.es", "amazon.fr",
                                                           "amazon.it", "amazon.nl"]
    assert shown["eu_controller"]["eu_controller"]["name"] == "Amazon Europe Core SARL"
    assert shown["eu_controller"]["source_url"] and shown["eu_controller"]["checked"]
