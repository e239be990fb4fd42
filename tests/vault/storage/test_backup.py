"""Backup, restore and passphrase change: whole new files, swapped in atomically, never half done."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vault.errors import InvalidInput, NotFound, VaultDamaged, VaultInUse, WrongPassphrase
from vault.organisations.controllers import add_controller, edit_controller, list_controllers
from vault.people.identities import add_identity, list_identities, remove_identity
from vault.storage.backup import KEPT_BACKUPS, backup_vault, change_passphrase, kept_vaults, restore_vault
from vault.storage.export import export_everything
from vault.storage.settings import set_setting
from vault.storage.store import PAGE_SIZE, Vault, create_vault, open_vault

PASSPHRASE = "correct horse battery staple"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def fill(vault: Vault) -> None:
    me = add_identity(vault, label="Me", name="Jeanne Dupont", emails=["jeanne@example.org"],
                      birth_date="1980-05-17", address="12 rue des Lilas\n75011 Paris")
    add_identity(vault, label="Shopping", kind="pseudonym", emails=["shop@example.net"])
    company = add_controller(vault, name="Société Générale", country="FR", dpo_email="dpo@sg.example",
                             emails=["contact@sg.example"], source="policy", source_text="Our policy…")
    add_controller(vault, name="Acme Data", address="1 Main Street\nDublin", country="IE")
    set_setting(vault, "default_place", "Paris")
    blob = bytes(range(256)) * 40
    with vault.transaction() as connection:
        connection.execute("INSERT INTO attachment (name, mime_type, sha256, size, data, created_at) "
                           "VALUES ('id.pdf', 'application/pdf', ?, ?, ?, '2024-01-01')",
                           (hashlib.sha256(blob).hexdigest(), len(blob), blob))
        connection.execute("INSERT INTO identifier (identity_id, kind, value, controller_id) "
                           "VALUES (?, 'email', 'jeanne+sg@example.org', ?)", (me, company))


@pytest.fixture
def filled(vault: Vault) -> Vault:
    fill(vault)
    return vault


def test_backup_then_restore_gives_back_exactly_the_same_data(filled: Vault, vault_path: Path,
                                                             tmp_path: Path) -> None:
    saved = export_everything(filled)
    (tmp_path / "backups").mkdir()
    backup = backup_vault(filled, tmp_path / "backups" / "vault-backup.db")
    assert backup.exists()
    # later changes, then the restore brings the saved state back
    add_identity(filled, label="Added after the backup")
    edit_controller(filled, 1, {"name": "Renamed"})
    changed = export_everything(filled)
    filled.close()

    kept = restore_vault(vault_path, backup, PASSPHRASE)
    assert kept is not None and re.fullmatch(r"vault\.db\.bak-\d{8}T\d{6}Z", kept.name)
    with open_vault(vault_path, PASSPHRASE) as restored:
        assert export_everything(restored) == saved
        assert [c.name for c in list_controllers(restored, search="generale")] == ["Société Générale"]
    kept.rename(tmp_path / "kept.db")  # the replaced vault is kept whole and still opens
    with open_vault(tmp_path / "kept.db", PASSPHRASE) as previous:
        assert export_everything(previous) == changed
    assert (tmp_path / "kept.db").stat().st_mode & 0o077 == 0


def test_a_backup_is_a_complete_vault_that_opens_on_its_own(filled: Vault, tmp_path: Path) -> None:
    saved = export_everything(filled)
    backup = backup_vault(filled, tmp_path / "copy.db")
    assert backup.stat().st_mode & 0o077 == 0
    with open_vault(backup, PASSPHRASE) as copy:
        assert export_everything(copy) == saved
        assert [i.label for i in list_identities(copy)] == ["Me", "Shopping"]


def test_backup_is_atomic_and_leaves_no_temporary_file(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "backup.db"
    target.write_bytes(b"an older backup")
    backup_vault(filled, target, replace=True)
    assert names(out) == ["backup.db"]  # replaced in one step, no leftovers
    assert target.read_bytes()[:16] == filled.salt
    assert names(tmp_path) == ["out", "vault.db", "vault.db.lock"]


def test_backup_refuses_to_overwrite_the_vault(filled: Vault, vault_path: Path) -> None:
    before = export_everything(filled)
    with pytest.raises(InvalidInput):
        backup_vault(filled, vault_path)
    with pytest.raises(InvalidInput, match="does not exist"):
        backup_vault(filled, vault_path.parent / "missing" / "b.db")
    assert export_everything(filled) == before


@pytest.fixture
def backup_and_closed_vault(filled: Vault, vault_path: Path, tmp_path: Path) -> tuple[Path, str]:
    backup = backup_vault(filled, tmp_path / "backup.db")
    add_identity(filled, label="Only in the current vault")
    filled.close()
    return backup, sha256(vault_path)


def _assert_current_vault_untouched(vault_path: Path, digest: str) -> None:
    assert sha256(vault_path) == digest
    assert names(vault_path.parent) == ["backup.db", "vault.db", "vault.db.lock"]  # no .bak, no temp file


def test_restore_refuses_a_damaged_backup(backup_and_closed_vault: tuple[Path, str], vault_path: Path) -> None:
    backup, digest = backup_and_closed_vault
    data = bytearray(backup.read_bytes())
    data[len(data) - PAGE_SIZE // 2] ^= 0x10
    backup.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        restore_vault(vault_path, backup, PASSPHRASE)
    _assert_current_vault_untouched(vault_path, digest)


def test_restore_refuses_a_backup_that_is_not_a_vault(backup_and_closed_vault: tuple[Path, str],
                                                       vault_path: Path) -> None:
    backup, digest = backup_and_closed_vault
    backup.write_text("not a vault at all\n")
    with pytest.raises(VaultDamaged):
        restore_vault(vault_path, backup, PASSPHRASE)
    _assert_current_vault_untouched(vault_path, digest)


def test_restore_of_a_missing_backup_says_so(backup_and_closed_vault: tuple[Path, str], vault_path: Path) -> None:
    backup, digest = backup_and_closed_vault
    with pytest.raises(NotFound, match="no backup file"):
        restore_vault(vault_path, backup.with_name("typo.db"), PASSPHRASE)
    _assert_current_vault_untouched(vault_path, digest)


def test_restore_refuses_a_wrong_passphrase(backup_and_closed_vault: tuple[Path, str], vault_path: Path) -> None:
    backup, digest = backup_and_closed_vault
    with pytest.raises(WrongPassphrase):
        restore_vault(vault_path, backup, "not the passphrase")
    _assert_current_vault_untouched(vault_path, digest)


def test_restore_refuses_while_the_vault_is_open(backup_and_closed_vault: tuple[Path, str],
                                                  vault_path: Path) -> None:
    backup, digest = backup_and_closed_vault
    with open_vault(vault_path, PASSPHRASE):
        with pytest.raises(VaultInUse):
            restore_vault(vault_path, backup, PASSPHRASE)
    _assert_current_vault_untouched(vault_path, digest)


def test_restore_keeps_the_replaced_vault_as_bak(backup_and_closed_vault: tuple[Path, str],
                                                 vault_path: Path) -> None:
    backup, digest = backup_and_closed_vault
    kept = restore_vault(vault_path, backup, PASSPHRASE)
    assert kept is not None and sha256(kept) == digest
    assert names(vault_path.parent) == ["backup.db", "vault.db", kept.name, "vault.db.lock"]
    with open_vault(vault_path, PASSPHRASE) as restored:
        assert "Only in the current vault" not in [i.label for i in list_identities(restored)]


def test_restore_onto_a_missing_vault_creates_it(filled: Vault, tmp_path: Path) -> None:
    backup = backup_vault(filled, tmp_path / "backup.db")
    target = tmp_path / "new" / "vault.db"
    assert restore_vault(target, backup, PASSPHRASE) is None
    with open_vault(target, PASSPHRASE) as restored:
        assert export_everything(restored) == export_everything(filled)


def test_passwd_new_salt_old_passphrase_fails_new_one_works(filled: Vault, vault_path: Path) -> None:
    saved = export_everything(filled)
    old_salt = filled.salt
    change_passphrase(filled, "a brand new passphrase")
    assert filled.salt != old_salt
    assert vault_path.read_bytes()[:16] == filled.salt
    # the open vault keeps working on the new file, with the same settings as at open
    assert export_everything(filled) == saved
    assert filled.query_one("PRAGMA foreign_keys")[0] == 1
    assert filled.query_one("PRAGMA temp_store")[0] == 2
    remove_identity(filled, 1)  # its identifiers go with it (ON DELETE CASCADE)
    assert filled.query_one("SELECT count(*) FROM identifier")[0] == 0
    after = export_everything(filled)
    filled.close()
    assert names(vault_path.parent) == ["vault.db", "vault.db.lock"]
    before = sha256(vault_path)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)
    assert sha256(vault_path) == before
    with open_vault(vault_path, "a brand new passphrase") as reopened:
        assert export_everything(reopened) == after


def test_passwd_refuses_an_empty_passphrase(filled: Vault, vault_path: Path) -> None:
    before = sha256(vault_path)
    with pytest.raises(InvalidInput):
        change_passphrase(filled, "")
    assert sha256(vault_path) == before


def test_a_fresh_vault_can_be_backed_up_and_restored(vault_path: Path, tmp_path: Path) -> None:
    with create_vault(vault_path, PASSPHRASE) as vault:
        backup = backup_vault(vault, tmp_path / "empty-backup.db")
        empty = export_everything(vault)
        add_identity(vault, label="Me")
    restore_vault(vault_path, backup, PASSPHRASE)
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert export_everything(vault) == empty


_FULL_DISK = """
import json, os, resource, signal, sys
from pathlib import Path
from vault.storage.backup import backup_vault, change_passphrase
from vault.errors import VaultError
from vault.people.identities import add_identity
from vault.storage.store import open_vault
vault = open_vault(sys.argv[1], sys.argv[2])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))  # files cannot grow past 64 KiB
out = {}
for name, action in (("backup", lambda: backup_vault(vault, sys.argv[3], replace=True)),
                     ("passwd", lambda: change_passphrase(vault, "new passphrase"))):
    try:
        action()
        out[name] = "done"
    except VaultError as err:
        out[name] = str(err)
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
out["added"] = add_identity(vault, label="still usable")
vault.close()
print(json.dumps(out))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE and SIGXFSZ as on Linux")
def test_a_full_disk_gives_a_clear_error_and_changes_nothing(filled: Vault, vault_path: Path, tmp_path: Path) -> None:
    for i in range(60):
        add_identity(filled, label=f"filler {i}", address="x" * 900, notes="y" * 2000)
    filled.close()
    assert vault_path.stat().st_size > 128 * 1024
    old_backup = tmp_path / "backup.db"
    old_backup.write_bytes(b"the previous backup")
    result = subprocess.run([sys.executable, "-c", _FULL_DISK, str(vault_path), PASSPHRASE, str(old_backup)],
                            cwd=Path(__file__).resolve().parents[3], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["backup"].startswith("The backup could not be written")
    assert out["passwd"].startswith("The passphrase could not be changed")
    assert old_backup.read_bytes() == b"the previous backup"
    assert names(tmp_path) == ["backup.db", "vault.db", "vault.db.lock"]
    with open_vault(vault_path, PASSPHRASE) as vault:  # the old passphrase still opens it, nothing lost
        assert len(list_identities(vault)) == 63


def test_backup_refuses_an_existing_file_unless_told_to_replace_it(filled: Vault, tmp_path: Path) -> None:
    target = tmp_path / "backup.db"
    target.write_bytes(b"last week's backup")
    with pytest.raises(InvalidInput, match="already exists"):
        backup_vault(filled, target)
    assert target.read_bytes() == b"last week's backup"
    backup_vault(filled, target, replace=True)
    with open_vault(target, PASSPHRASE) as copy:
        assert export_everything(copy) == export_everything(filled)


def test_a_backup_is_the_vault_file_byte_for_byte(filled: Vault, vault_path: Path, tmp_path: Path) -> None:
    backup = backup_vault(filled, tmp_path / "backup.db")
    assert sha256(backup) == sha256(vault_path)  # a copy of the encrypted file, no re-encryption


def test_a_backup_of_a_damaged_vault_is_refused_and_no_file_is_left(filled: Vault, vault_path: Path,
                                                                     tmp_path: Path) -> None:
    data = bytearray(vault_path.read_bytes())
    data[len(data) - PAGE_SIZE // 2] ^= 0x10  # a page the copy carries but no query has read
    with vault_path.open("r+b") as handle:
        handle.write(bytes(data))
    with pytest.raises(VaultDamaged):
        backup_vault(filled, tmp_path / "backup.db")
    assert names(tmp_path) == ["vault.db", "vault.db.lock"]


def test_restores_keep_the_most_recent_previous_vaults_only(filled: Vault, vault_path: Path,
                                                            tmp_path: Path) -> None:
    backup = backup_vault(filled, tmp_path / "backup.db")
    filled.close()
    kept = [restore_vault(vault_path, backup, PASSPHRASE) for _ in range(KEPT_BACKUPS + 2)]
    assert len(set(kept)) == len(kept)  # two restores in one second still keep both
    assert kept_vaults(vault_path) == list(reversed(kept))[:KEPT_BACKUPS]
    assert all(not path.exists() for path in kept[:2])


def test_an_interrupted_restore_leaves_a_file_that_the_next_open_removes(filled: Vault, vault_path: Path,
                                                                          tmp_path: Path) -> None:
    backup = backup_vault(filled, tmp_path / "backup.db")
    filled.close()
    # What a restore killed midway leaves: a copy beside the vault, named for a process now gone.
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = vault_path.with_name(f".vault.db.tmp-{int(child.stdout)}")
    stale.write_bytes(backup.read_bytes())
    unrelated = vault_path.with_name(".other.db.tmp-1")
    unrelated.write_bytes(b"not ours")
    with open_vault(vault_path, PASSPHRASE):
        pass
    assert not stale.exists() and unrelated.exists()
