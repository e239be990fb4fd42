"""The CLI contract scripts rely on: output, JSON keys, confirmations, exit codes, one-line errors."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vault.storage.store import PAGE_SIZE, open_vault

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[3]
IDENTITY_KEYS = {"id", "kind", "label", "name", "emails", "phones", "address", "birth_date"}
CONTROLLER_KEYS = {"id", "name", "address", "country", "region", "dpo_email", "emails", "web_form", "authority"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(err: str) -> None:
    assert err.startswith("privacy-vault: ") and err.endswith("\n"), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


def command() -> list[str]:
    """The installed ``privacy-vault`` script, or the same entry point through this interpreter."""
    script = Path(sys.executable).with_name("privacy-vault")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main(sys.argv[1:]))"]


def run(vault_path: Path, *args: str, passphrase: str | None = PASSPHRASE,
        extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """A real process, with no terminal: stdin is /dev/null."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRIVACY_VAULT_")}
    env["PRIVACY_VAULT_KDF_PROFILE"] = "0"
    if passphrase is not None:
        env["PRIVACY_VAULT_PASSPHRASE"] = passphrase
    env.update(extra_env or {})
    return subprocess.run([*command(), "--vault", str(vault_path), *args], cwd=ROOT, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)


# -- output of add / list / show / edit / remove -----------------------------------------------

def test_identity_add_prints_the_id_alone_and_list_json_has_the_contract_keys(cli) -> None:  # noqa: ANN001
    first = cli.ok("identity", "add", "--label", "Me", "--name", "Jeanne Dupont", "--email", "jeanne@example.org",
                   "--email", "j.d@example.net", "--phone", "+33 1 23 45 67 89", "--address", "12 rue X\\n75011 Paris",
                   "--birth-date", "1980-05-17")
    assert first.out == "1\n"
    second = cli.ok("identity", "add", "--label", "Shopping", "--pseudonym")
    assert second.out == "2\n"
    listed = cli.ok("identity", "list", "--json").json()
    assert isinstance(listed, list) and len(listed) == 2
    for item in listed:
        assert IDENTITY_KEYS <= set(item)
    me, shopping = listed
    assert {key: me[key] for key in IDENTITY_KEYS} == {
        "id": 1, "kind": "real", "label": "Me", "name": "Jeanne Dupont",
        "emails": ["jeanne@example.org", "j.d@example.net"], "phones": ["+33 1 23 45 67 89"],
        "address": "12 rue X\n75011 Paris", "birth_date": "1980-05-17"}
    assert {key: shopping[key] for key in IDENTITY_KEYS} == {
        "id": 2, "kind": "pseudonym", "label": "Shopping", "name": "", "emails": [], "phones": [],
        "address": "", "birth_date": None}


def test_controller_add_prints_the_id_alone_and_list_json_has_the_contract_keys(cli) -> None:  # noqa: ANN001
    added = cli.ok("controller", "add", "--name", "Société Générale", "--address", "29 bd Haussmann\\n75009 Paris",
                   "--country", "fr", "--region", "75", "--dpo-email", "dpo@sg.example", "--email", "a@sg.example",
                   "--email", "b@sg.example", "--web-form", "https://sg.example/rgpd", "--authority", "CNIL")
    assert added.out == "1\n"
    cli.ok("controller", "add", "--name", "Acme Data", "--address", "Société Road")
    [item] = [c for c in cli.ok("controller", "list", "--json").json() if c["id"] == 1]
    assert CONTROLLER_KEYS <= set(item)
    assert {key: item[key] for key in CONTROLLER_KEYS} == {
        "id": 1, "name": "Société Générale", "address": "29 bd Haussmann\n75009 Paris", "country": "FR",
        "region": "75", "dpo_email": "dpo@sg.example", "emails": ["a@sg.example", "b@sg.example"],
        "web_form": "https://sg.example/rgpd", "authority": "CNIL"}
    found = cli.ok("controller", "list", "--json", "--search", "societe").json()
    assert [c["name"] for c in found] == ["Société Générale", "Acme Data"]  # name match first
    assert cli.ok("controller", "list", "--json", "--search", "nothing-like-it").json() == []


def test_show_edit_remove(cli) -> None:  # noqa: ANN001
    cli.ok("identity", "add", "--label", "Me", "--name", "Jeanne")
    cli.ok("controller", "add", "--name", "Acme", "--country", "DE")
    assert cli.ok("identity", "show", "1", "--json").json()["name"] == "Jeanne"
    assert "label: Me" in cli.ok("identity", "show", "1").out
    assert cli.ok("identity", "edit", "1", "--name", "Jeanne Dupont", "--pseudonym").out == ""
    shown = cli.ok("identity", "show", "1", "--json").json()
    assert (shown["label"], shown["name"], shown["kind"]) == ("Me", "Jeanne Dupont", "pseudonym")
    cli.ok("controller", "edit", "1", "--country", "uk", "--email", "dpo@acme.example")
    shown = cli.ok("controller", "show", "1", "--json").json()
    assert (shown["name"], shown["country"], shown["emails"]) == ("Acme", "GB", ["dpo@acme.example"])
    assert "name: Acme" in cli.ok("controller", "show", "1").out
    cli.ok("identity", "remove", "1", "--yes")
    cli.ok("controller", "remove", "1", "--yes")
    assert cli.ok("identity", "list", "--json").json() == []
    assert cli.ok("controller", "list", "--json").json() == []


def test_plain_lists_are_tables(cli) -> None:  # noqa: ANN001
    cli.ok("identity", "add", "--label", "Me", "--name", "Jeanne")
    lines = cli.ok("identity", "list").out.splitlines()
    assert lines[0].split() == ["id", "kind", "label", "name"] and lines[1].split() == ["1", "real", "Me", "Jeanne"]


# -- exit codes -------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ("identity", "show", "42"),
    ("identity", "add", "--label", "Me", "--birth-date", "1980-02-30"),
    ("identity", "add", "--label", "Me", "--email", "not-an-email"),
    ("controller", "add", "--name", " "),
    ("controller", "add", "--name", "Acme", "--country", "XX"),
    ("controller", "edit", "42", "--name", "x"),
    ("init",),
])
def test_errors_exit_1_with_one_line(cli, args: tuple[str, ...]) -> None:  # noqa: ANN001
    result = cli(*args)
    assert result.code == 1 and result.out == ""
    assert_one_line_error(result.err)
    assert cli.ok("identity", "list", "--json").json() == []


@pytest.mark.parametrize("args", [
    ("frobnicate",),
    ("identity",),
    ("identity", "add"),
    ("identity", "show", "one"),
    ("identity", "list", "--jsn"),
    ("controller", "add", "--country", "FR"),
])
def test_usage_errors_exit_2_with_one_line(cli, args: tuple[str, ...]) -> None:  # noqa: ANN001
    result = cli(*args)
    assert result.code == 2
    assert_one_line_error(result.err)


def test_help_exits_0(cli) -> None:  # noqa: ANN001
    assert cli("--help").code == 0


def test_wrong_passphrase_exits_3(cli) -> None:  # noqa: ANN001
    cli.monkeypatch.setenv("PRIVACY_VAULT_PASSPHRASE", "not it")
    result = cli("identity", "list", "--json")
    assert result.code == 3 and result.out == ""
    assert_one_line_error(result.err)
    assert "Wrong passphrase" in result.err


def test_damaged_vault_and_not_a_vault_exit_4(cli, vault_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    data = bytearray(vault_path.read_bytes())
    data[len(data) - PAGE_SIZE + 10] ^= 1
    vault_path.write_bytes(bytes(data))
    result = cli("identity", "list")
    assert result.code == 4
    assert_one_line_error(result.err)
    text = tmp_path / "notes.txt"
    text.write_text("hello\n")
    result = cli("--vault", str(text), "identity", "list")
    assert result.code == 4 and "not a privacy vault" in result.err
    assert_one_line_error(result.err)


def test_missing_vault_exits_1(cli, tmp_path: Path) -> None:  # noqa: ANN001
    result = cli("--vault", str(tmp_path / "nowhere.db"), "identity", "list")
    assert result.code == 1 and "init" in result.err
    assert_one_line_error(result.err)


def test_vault_in_use_exits_5(cli, vault_path: Path) -> None:  # noqa: ANN001
    with open_vault(vault_path, PASSPHRASE):
        result = cli("identity", "add", "--label", "Me")
        assert result.code == 5
        assert_one_line_error(result.err)
        process = run(vault_path, "identity", "add", "--label", "Me")
        assert process.returncode == 5, process.stderr
        assert_one_line_error(process.stderr)
    assert cli.ok("identity", "list", "--json").json() == []


def test_no_passphrase_and_no_terminal_exits_2(cli) -> None:  # noqa: ANN001
    cli.monkeypatch.delenv("PRIVACY_VAULT_PASSPHRASE")
    result = cli("identity", "list")
    assert result.code == 2 and "PRIVACY_VAULT_PASSPHRASE" in result.err
    assert_one_line_error(result.err)


# -- confirmations -------------------------------------------------------------------------------

def test_remove_without_terminal_or_yes_refuses_and_changes_nothing(cli, vault_path: Path) -> None:  # noqa: ANN001
    cli.ok("identity", "add", "--label", "Me")
    cli.ok("controller", "add", "--name", "Acme")
    before = sha256(vault_path)
    for kind in ("identity", "controller"):
        result = cli(kind, "remove", "1")
        assert result.code == 2 and "--yes" in result.err
        assert_one_line_error(result.err)
    assert sha256(vault_path) == before
    assert len(cli.ok("identity", "list", "--json").json()) == 1
    assert len(cli.ok("controller", "list", "--json").json()) == 1


def test_export_needs_yes_and_then_writes_everything_readable(cli, tmp_path: Path) -> None:  # noqa: ANN001
    cli.ok("identity", "add", "--label", "Me", "--name", "Jeanne Dupont")
    cli.ok("controller", "add", "--name", "Société Générale")
    out = tmp_path / "export.json"
    result = cli("export", "-o", str(out))
    assert result.code == 2 and "--yes" in result.err
    assert_one_line_error(result.err)
    assert not out.exists()
    cli.ok("export", "-o", str(out), "--yes")
    assert out.stat().st_mode & 0o077 == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "privacy-vault-export"
    assert [row["name"] for row in data["tables"]["identity"]] == ["Jeanne Dupont"]
    assert [row["name"] for row in data["tables"]["controller"]] == ["Société Générale"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json", "vault.db", "vault.db.lock"]


def test_backup_restore_through_the_cli(cli, vault_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    cli.ok("identity", "add", "--label", "Me")
    backup = tmp_path / "backup.db"
    cli.ok("backup", str(backup))
    saved = tmp_path / "saved.json"
    cli.ok("export", "-o", str(saved), "--yes")
    cli.ok("identity", "add", "--label", "After the backup")
    before = sha256(vault_path)
    result = cli("restore", str(backup))
    assert result.code == 2 and "--yes" in result.err
    assert_one_line_error(result.err)
    assert sha256(vault_path) == before and not list(vault_path.parent.glob("vault.db.bak*"))
    result = cli.ok("restore", str(backup), "--yes")
    kept = list(vault_path.parent.glob("vault.db.bak-*"))
    assert len(kept) == 1 and sha256(kept[0]) == before and str(kept[0]) in result.out
    refused = cli("backup", str(backup))
    assert refused.code == 1 and "--force" in refused.err
    cli.ok("backup", str(backup), "--force")
    restored = tmp_path / "restored.json"
    cli.ok("export", "-o", str(restored), "--yes")
    assert json.loads(restored.read_text()) == json.loads(saved.read_text())


def test_restore_of_a_bad_backup_exits_4_and_keeps_the_vault(cli, vault_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"\x00" * PAGE_SIZE)
    before = sha256(vault_path)
    result = cli("restore", str(bogus), "--yes")
    assert result.code in (3, 4)  # an all-zero page 1: wrong key and damage look the same
    assert_one_line_error(result.err)
    assert sha256(vault_path) == before and not list(vault_path.parent.glob("vault.db.bak*"))


def test_passwd_through_the_cli(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    cli.ok("identity", "add", "--label", "Me")
    result = cli("passwd")  # no new passphrase and no terminal to ask it on
    assert result.code == 2 and "PRIVACY_VAULT_NEW_PASSPHRASE" in result.err
    monkeypatch.setenv("PRIVACY_VAULT_NEW_PASSPHRASE", "the new one")
    cli.ok("passwd")
    monkeypatch.delenv("PRIVACY_VAULT_NEW_PASSPHRASE")
    assert cli("identity", "list").code == 3
    monkeypatch.setenv("PRIVACY_VAULT_PASSPHRASE", "the new one")
    assert [i["label"] for i in cli.ok("identity", "list", "--json").json()] == ["Me"]


def test_passphrase_file(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("PRIVACY_VAULT_PASSPHRASE")
    good = tmp_path / "pass.txt"
    good.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert cli.ok("--passphrase-file", str(good), "identity", "add", "--label", "Me").out == "1\n"
    bad = tmp_path / "bad.txt"
    bad.write_text("nope\n", encoding="utf-8")
    assert cli("--passphrase-file", str(bad), "identity", "list").code == 3
    result = cli("--passphrase-file", str(tmp_path / "missing.txt"), "identity", "list")
    assert result.code == 1
    assert_one_line_error(result.err)


# -- real processes -----------------------------------------------------------------------------

def test_the_installed_command_end_to_end(tmp_path: Path) -> None:
    vault_path = tmp_path / "vault.db"
    created = run(vault_path, "init")
    assert created.returncode == 0, created.stderr
    added = run(vault_path, "identity", "add", "--label", "Me", "--email", "jeanne@example.org")
    assert (added.returncode, added.stdout, added.stderr) == (0, "1\n", "")
    listed = run(vault_path, "identity", "list", "--json")
    assert listed.returncode == 0 and IDENTITY_KEYS <= set(json.loads(listed.stdout)[0])

    before = sha256(vault_path)
    refused = run(vault_path, "identity", "remove", "1")  # no terminal, no --yes
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert_one_line_error(refused.stderr)
    wrong = run(vault_path, "identity", "list", passphrase="wrong")
    assert wrong.returncode == 3
    assert_one_line_error(wrong.stderr)
    assert sha256(vault_path) == before

    data = bytearray(vault_path.read_bytes())
    data[PAGE_SIZE + 50] ^= 0x80
    vault_path.write_bytes(bytes(data))
    damaged = run(vault_path, "identity", "list")
    assert damaged.returncode == 4
    assert_one_line_error(damaged.stderr)
    assert vault_path.read_bytes() == bytes(data)


def test_the_installed_command_passwd(cli, vault_path: Path) -> None:  # noqa: ANN001
    cli.ok("identity", "add", "--label", "Me")
    changed = run(vault_path, "passwd", extra_env={"PRIVACY_VAULT_NEW_PASSPHRASE": "new words"})
    assert changed.returncode == 0, changed.stderr
    with open_vault(vault_path, "new words") as vault:
        assert vault.query_one("SELECT label FROM identity")[0] == "Me"
