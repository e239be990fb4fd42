"""The supervisory-authority table and the choice of the competent authority."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from vault.errors import InvalidInput
from vault.law.authorities import GERMAN_LANDS, all_authorities, authority_by_slug, authority_for

ROOT = Path(__file__).resolve().parents[3]


def test_all_57_records_load_with_their_contact_details() -> None:
    authorities = all_authorities()
    assert len(authorities) == 57
    assert len({a.slug for a in authorities}) == 57
    for a in authorities:
        assert a.name and a.address_lines and a.countries
        assert a.email or a.webform or a.web, a.slug
    data = json.loads((files("resources") / "authorities.json").read_text(encoding="utf-8"))
    assert data["licence"] == "CC0-1.0" and data["commit"]


def test_source_and_licence_ship_beside_the_table() -> None:
    assert "CC0" in (files("resources") / "LICENSE-datarequests-CC0.txt").read_text(encoding="utf-8")
    source = (ROOT / "resources" / "AUTHORITIES-SOURCE.md").read_text(encoding="utf-8")
    assert "datenanfragen/data" in source and "0a29c3d6feee53b02e73204a3dbd312eafe56629" in source


@pytest.mark.parametrize(("country", "region", "slug"), [
    ("FR", None, "frcnil"),
    ("fr", None, "frcnil"),
    ("IE", None, "iedpc"),
    ("GB", None, "gbico"),
    ("UK", None, "gbico"),
    ("CH", "GE", "chedoeb"),
    ("AT", None, "atdsb"),
    ("GR", None, "grdpa"),
    ("EL", None, "grdpa"),
    ("DE", "BY", "debaylda"),      # Bavaria: the private-sector authority
    ("DE", "DE-BY", "debaylda"),
    ("DE", "BE", "deberlbdi"),
    ("DE", "NW", "denrwldi"),
    ("DE", "hh", "dehmbbfdi"),
])
def test_authority_for(country: str, region: str | None, slug: str) -> None:
    assert authority_for(country, region).slug == slug


def test_cnil_and_ico_details() -> None:
    cnil = authority_for("FR")
    assert "CNIL" in cnil.name and cnil.address_lines[-1] == "France" and cnil.complaint_language == "fr"
    assert cnil.webform.startswith("https://")
    ico = authority_for("GB")
    assert ico.address_lines[-1] == "United Kingdom" and ico.complaint_language == "en"


def test_every_german_land_has_its_authority() -> None:
    for code in GERMAN_LANDS:
        authority = authority_for("DE", code)
        assert authority.land == code and authority.scope == "land"
    assert authority_by_slug("debayldb").sector == "public"
    assert authority_by_slug("debfdi").scope == "federal"


def test_germany_without_land_asks_for_it() -> None:
    with pytest.raises(InvalidInput, match="Land"):
        authority_for("DE")
    with pytest.raises(InvalidInput, match="Land"):
        authority_for("DE", "XX")


@pytest.mark.parametrize("country", ["US", "ZZ", "", "France"])
def test_unknown_country_is_refused(country: str) -> None:
    with pytest.raises(InvalidInput):
        authority_for(country)


def test_unknown_slug_is_refused() -> None:
    with pytest.raises(InvalidInput):
        authority_by_slug("nope")


def test_build_script_reproduces_the_table(tmp_path: Path) -> None:
    """The shipped table is exactly what the build script makes from a checkout."""
    checkout = tmp_path / "data"
    (checkout / "supervisory-authorities").mkdir(parents=True)
    shipped = json.loads((files("resources") / "authorities.json").read_text(encoding="utf-8"))
    for record in shipped["authorities"]:
        source = {k: v for k, v in record.items() if k not in ("scope", "land", "sector")}
        source["sources"] = ["https://example.org"]
        (checkout / "supervisory-authorities" / f"{record['slug']}.json").write_text(
            json.dumps(source, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "authorities.json"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_authorities.py"), str(checkout),
                    "-o", str(out), "--commit", shipped["commit"]], check=True, capture_output=True)
    assert json.loads(out.read_text(encoding="utf-8")) == shipped
