"""import-policy from the command line: JSON without a vault, --save into one."""
from __future__ import annotations

from pathlib import Path

POLICIES = Path(__file__).parents[2] / "data" / "policies"
KEYS = {"controller_name", "postal_address", "country", "dpo_email", "contact_emails", "rights_mentioned",
        "retention_periods", "supervisory_authority", "transfers_outside_eu", "evidence",
        "web", "joint_controllers", "representative", "data_categories", "purposes", "recipients", "confidence", "review"}


def test_json_without_a_vault(cli, tmp_path):
    cli.path = tmp_path / "no-vault-here.db"
    found = cli.ok("import-policy", str(POLICIES / "opendatasoft-fr.txt"), "--json").json()
    assert set(found) == KEYS
    assert (found["controller_name"], found["country"], found["dpo_email"]) == ("OpenDataSoft", "FR", "cil@opendatasoft.com")
    assert not cli.path.exists()


def test_save_creates_the_controller_with_its_retention_periods(cli):
    found = cli.ok("import-policy", str(POLICIES / "opendatasoft-fr.txt"), "--json", "--save").json()
    shown = cli.ok("controller", "show", str(found["controller_id"]), "--json").json()
    assert shown["name"] == "OpenDataSoft" and shown["source"] == "policy"
    assert shown["dpo_email"] == "cil@opendatasoft.com" and shown["transfers_outside_eu"] is True
    assert [p["months"] for p in shown["retention_periods"]] == [p["months"] for p in found["retention_periods"]]
    assert "OpenDataSoft" in shown["source_text"]
    assert shown["directory"]["rights-mentioned"] == found["rights_mentioned"] and "portability" in found["rights_mentioned"]


def test_unreadable_input_is_one_sentence(cli, tmp_path):
    missing = cli("import-policy", str(tmp_path / "nope.txt"), "--json")
    assert missing.code == 1 and "cannot be read" in missing.err and "Traceback" not in missing.err
    binary = tmp_path / "policy.docx"
    binary.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 10)
    result = cli("import-policy", str(binary), "--json")
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1


def test_access_letter_asks_about_what_the_policy_says(cli):
    # A real policy (a German association's, made with a generator): imported and saved, then
    # an access request to that controller quotes its categories, purposes and recipients.
    policy = POLICIES / "corpus" / "de-kinderbuchvielfalt.txt"
    found = cli.ok("import-policy", str(policy), "--json", "--save").json()
    assert found["data_categories"] and found["purposes"]
    identity = cli.ok("identity", "add", "--label", "Me", "--name", "Jeanne Durand", "--email", "jeanne@example.org").out.strip()
    request = cli.ok("request", "new", "--identity", identity, "--controller", str(found["controller_id"]),
                     "--right", "access").out.strip()
    letter = cli.ok("request", "show", request, "--json").json()["letter"]
    assert "Ihre Datenschutzerklärung, wie ich sie am" in letter
    assert found["data_categories"][0] in letter
    purpose = found["purposes"][0]
    assert f"{purpose['purpose']} (Art. {purpose['legal_basis']} DSGVO)" in letter
    for recipient in found["recipients"][:3]:
        assert recipient in letter
    assert "welche dieser Kategorien Sie über mich gespeichert haben" in letter


def test_access_letter_without_an_imported_policy_is_unchanged(cli):
    identity = cli.ok("identity", "add", "--label", "Me", "--name", "Jeanne Durand").out.strip()
    controller = cli.ok("controller", "add", "--name", "Beispiel GmbH", "--country", "DE").out.strip()
    request = cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right", "access").out.strip()
    assert "Datenschutzerklärung" not in cli.ok("request", "show", request, "--json").json()["letter"]
