"""The directory build repairs what is mechanical, drops what the importer refuses; a fresh import shows no error."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from vault.organisations.controllers import edit_controller, get_controller
from vault.organisations.directory_import import builtin_records, import_directory
from vault.organisations.directory_repairs import repair_record, repaired_url

ROOT = Path(__file__).parents[3]


def _builder():
    spec = importlib.util.spec_from_file_location("build_directory", ROOT / "packaging" / "build_directory.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record(slug: str, **fields: object) -> dict:
    record = {"slug": slug, "name": f"Company {slug}", "address": "Hauptstraße 1\n10115 Berlin\nDeutschland",
              "relevant-countries": ["de"], "email": f"privacy@{slug}.example", "sources": ["https://x.example"],
              "quality": "verified"}
    record.update(fields)
    return record


def test_a_fresh_import_of_the_shipped_directory_shows_no_data_error(vault) -> None:  # noqa: ANN001
    report = import_directory(vault)
    assert report.added == len(builtin_records()) >= 3000
    assert (report.skipped, report.warnings, report.repaired) == ([], [], [])


def test_mechanical_repairs_keep_the_meaning_of_each_field() -> None:
    assert repaired_url("httsp://www.asos.com") == "https://www.asos.com"
    assert repaired_url("www.example.org/x") == "https://www.example.org/x"
    assert repaired_url("ftp://files.example.org") == "ftp://files.example.org"  # not a typo of http
    fixed, changes = repair_record(_record("a", email="daten\u00adschutz@a.example", phone="+49 531 603167",
                                           fax="+49 (531) 603167", web="http://www.st.-marien.example/"))
    assert fixed["email"] == "datenschutz@a.example"
    assert "fax" not in fixed and "web" not in fixed and fixed["phone"] == "+49 531 603167"
    assert len(changes) == 3


def test_the_build_repairs_drops_and_reports(tmp_path: Path) -> None:
    source = [_record("ok"), _record("typo", web="httsp://typo.example"), _record("nameless", name=""),
              _record("bad-mail", email="not an address"), {"slug": "no-sources", "name": "X"}, "junk"]
    (tmp_path / "export.json").write_text(json.dumps(source), encoding="utf-8")
    out, report = tmp_path / "companies.json", tmp_path / "report.md"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_directory.py"), str(tmp_path / "export.json"),
                    "-o", str(out), "--report", str(report)], check=True, capture_output=True)
    built = json.loads(out.read_text(encoding="utf-8"))
    assert [r["slug"] for r in built] == ["ok", "typo"]
    assert built[1]["web"] == "https://typo.example"
    text = report.read_text(encoding="utf-8")
    for slug in ("typo", "nameless", "bad-mail", "no-sources", "#5"):
        assert f"`{slug}`" in text


def test_the_shipped_directory_is_what_the_build_makes_of_it() -> None:
    records = builtin_records()
    kept, changed, dropped = _builder().build(records)
    assert (len(kept), changed, dropped) == (len(records), [], [])


def test_updating_from_a_newer_export_keeps_the_persons_edits(vault, tmp_path: Path) -> None:  # noqa: ANN001
    import_directory(vault, [_record("acme", web="https://acme.example")])
    acme = vault.query_one("SELECT id FROM controller WHERE slug = 'acme'")["id"]
    edit_controller(vault, acme, {"dpo_email": "mine@acme.example", "address": "My corrected address"})
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps([_record("acme", web="httsp://www.acme.example", address="New street\nBerlin"),
                                 _record("beta")]), encoding="utf-8")
    report = import_directory(vault, newer)
    assert (report.added, report.updated, report.skipped, report.warnings) == (1, 1, [], [])
    assert report.repaired and "httsp" in report.repaired[0][1]
    updated = get_controller(vault, acme)
    assert (updated.address, updated.dpo_email, updated.web) == ("My corrected address", "mine@acme.example",
                                                                 "https://www.acme.example")
