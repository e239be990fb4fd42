"""The vault file on disk: unlock, refusal of wrong keys and damaged files, the lock, no plaintext.

Real SQLCipher files in a temporary folder; nothing of the storage is mocked.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import sqlcipher3

from vault.errors import InvalidInput, NewerVaultVersion, NotFound, VaultDamaged, VaultInUse, WrongPassphrase
from vault.organisations.controllers import add_controller, add_retention_period, get_controller, list_controllers
from vault.people.identities import add_identity, get_identity, list_identities
from vault.storage import kdf, schema
from vault.storage.settings import get_setting, set_setting
from vault.storage.store import PAGE_SIZE, create_vault, open_vault

PASSPHRASE = "correct horse battery staple"
RESERVED = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
ROOT = Path(__file__).resolve().parents[3]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def run_python(code: str, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, **kwargs)


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("template") / "vault.db"
    with create_vault(path, PASSPHRASE) as vault:
        for i in range(40):
            add_identity(vault, label=f"Persona {i}", name="Jeanne Dupont " * 10,
                         emails=[f"p{i}@example.org"], address="12 rue des Lilas\n75011 Paris")
            add_controller(vault, name=f"Controller {i}", address="1 Main Street " * 15,
                           country="FR", emails=[f"dpo{i}@example.com"])
    return path.read_bytes()


@pytest.fixture
def closed_vault(vault_path: Path, _template: bytes) -> Path:
    """A closed vault with enough rows that its schema and data span many pages."""
    vault_path.write_bytes(_template)
    assert vault_path.stat().st_size >= 30 * PAGE_SIZE
    return vault_path


# -- round trip ------------------------------------------------------------------------------

def test_create_close_open_round_trip(vault_path: Path) -> None:
    with create_vault(vault_path, PASSPHRASE) as vault:
        person = add_identity(vault, label="Me", name="Jeanne Dupont", emails=["jeanne@example.org"],
                              phones=["+33 1 23 45 67 89"], address="12 rue des Lilas\n75011 Paris",
                              birth_date="1980-05-17")
        company = add_controller(vault, name="Société Générale", country="fr", emails=["dpo@sg.example"])
        set_setting(vault, "auto_lock_minutes", 12)
    with open_vault(vault_path, PASSPHRASE) as vault:
        identity = get_identity(vault, person)
        assert (identity.label, identity.name, identity.emails, identity.phones, identity.address,
                identity.birth_date) == ("Me", "Jeanne Dupont", ["jeanne@example.org"], ["+33 1 23 45 67 89"],
                                         "12 rue des Lilas\n75011 Paris", "1980-05-17")
        controller = get_controller(vault, company)
        assert (controller.name, controller.country, controller.emails) == ("Société Générale", "FR",
                                                                            ["dpo@sg.example"])
        assert get_setting(vault, "auto_lock_minutes") == 12
        assert schema.schema_version_of(vault) == schema.SCHEMA_VERSION


def test_vault_file_is_private_to_the_user(vault: object, vault_path: Path) -> None:
    assert vault_path.stat().st_mode & 0o077 == 0


def test_first_16_bytes_are_the_salt_with_the_profile_in_byte_0(vault_path: Path, tmp_path: Path) -> None:
    with create_vault(vault_path, PASSPHRASE) as vault:
        salt = vault.salt
    head = vault_path.read_bytes()[:kdf.SALT_SIZE]
    assert head == salt
    assert head[0] == int(os.environ["PRIVACY_VAULT_KDF_PROFILE"]) == 0
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert vault.salt == head
    with create_vault(tmp_path / "other.db", PASSPHRASE) as other:
        assert other.salt != salt  # a fresh random salt per vault


def test_new_vaults_get_the_current_profile_and_older_profiles_still_open(tmp_path: Path, monkeypatch) -> None:
    """Raising the KDF parameters must not lock anybody out of a vault made before."""
    monkeypatch.delenv("PRIVACY_VAULT_KDF_PROFILE")
    with create_vault(tmp_path / "new.db", PASSPHRASE):
        pass
    assert (tmp_path / "new.db").read_bytes()[0] == kdf.CURRENT_PROFILE
    for profile in sorted(kdf.PROFILES):
        monkeypatch.setenv("PRIVACY_VAULT_KDF_PROFILE", str(profile))
        path = tmp_path / f"profile-{profile}.db"
        with create_vault(path, PASSPHRASE) as made:
            made.query("SELECT 1")
        assert path.read_bytes()[0] == profile
        with open_vault(path, PASSPHRASE) as reopened:
            assert reopened.salt[0] == profile


def test_create_refuses_an_existing_file(vault_path: Path) -> None:
    vault_path.write_bytes(b"keep me")
    with pytest.raises(Exception, match="already exists"):
        create_vault(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == b"keep me"


def test_a_failed_transaction_leaves_nothing_and_the_vault_usable(vault) -> None:  # noqa: ANN001
    add_identity(vault, label="Kept")
    with pytest.raises(RuntimeError):
        with vault.transaction() as connection:
            connection.execute("INSERT INTO identity (kind, label, created_at) VALUES ('real', 'Dropped', '')")
            raise RuntimeError("the caller gave up")
    # a COMMIT that fails (here a deferred foreign key) must not leave the transaction open
    with pytest.raises(sqlcipher3.IntegrityError):
        with vault.transaction() as connection:
            connection.execute("PRAGMA defer_foreign_keys = ON")
            connection.execute("INSERT INTO identity (kind, label, created_at) VALUES ('real', 'Dropped too', '')")
            connection.execute("INSERT INTO identifier (identity_id, kind, value) VALUES (999, 'email', 'x@y.org')")
    assert add_identity(vault, label="Later") > 0
    assert [i.label for i in list_identities(vault)] == ["Kept", "Later"]
    assert vault.query_one("SELECT count(*) FROM identifier")[0] == 0


# -- wrong passphrase and damage --------------------------------------------------------------

def test_wrong_passphrase_is_refused_and_the_file_is_untouched(closed_vault: Path) -> None:
    before = sha256(closed_vault)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        open_vault(closed_vault, "correct horse battery stapler")
    assert sha256(closed_vault) == before
    with open_vault(closed_vault, PASSPHRASE) as vault:  # the failed attempt left no lock behind
        assert len(list_identities(vault)) == 40


def _page_offsets(size: int) -> dict[str, int]:
    pages = size // PAGE_SIZE
    middle, last = pages // 2, pages - 1
    return {
        "page 2": PAGE_SIZE + 100,
        "page 2, first byte": PAGE_SIZE,
        "middle page": middle * PAGE_SIZE + 2000,
        "last page": last * PAGE_SIZE + 1000,
        "last byte of the file": pages * PAGE_SIZE - 1,
        "page 2 IV": 2 * PAGE_SIZE - RESERVED + 3,
        "middle page HMAC": (middle + 1) * PAGE_SIZE - 20,
        "last page HMAC": pages * PAGE_SIZE - 40,
    }


@pytest.mark.parametrize("where", list(_page_offsets(64 * PAGE_SIZE)))
def test_a_flipped_byte_after_page_1_is_damage_and_the_file_is_untouched(closed_vault: Path, where: str) -> None:
    flip(closed_vault, _page_offsets(closed_vault.stat().st_size)[where])
    before = sha256(closed_vault)
    with pytest.raises(VaultDamaged, match="damaged"):
        open_vault(closed_vault, PASSPHRASE)
    assert sha256(closed_vault) == before


def test_a_flipped_byte_in_any_page_after_page_1_is_found_at_unlock(closed_vault: Path) -> None:
    """Every page, including those holding the schema: damage is never mistaken for a wrong key."""
    original = closed_vault.read_bytes()
    pages = len(original) // PAGE_SIZE
    for page in range(1, pages):
        offset = page * PAGE_SIZE + (page * 997) % PAGE_SIZE
        damaged = bytearray(original)
        damaged[offset] ^= 0x40
        closed_vault.write_bytes(bytes(damaged))
        with pytest.raises(VaultDamaged):
            open_vault(closed_vault, PASSPHRASE)
        assert closed_vault.read_bytes() == bytes(damaged), f"page {page + 1} was modified"
    closed_vault.write_bytes(original)
    open_vault(closed_vault, PASSPHRASE).close()


@pytest.mark.parametrize("offset", [16, 17, 100, 2048, PAGE_SIZE - RESERVED, PAGE_SIZE - 1])
def test_a_flipped_byte_in_page_1_reads_as_wrong_passphrase_or_damage(closed_vault: Path, offset: int) -> None:
    flip(closed_vault, offset)
    before = sha256(closed_vault)
    with pytest.raises(WrongPassphrase, match="^Wrong passphrase, or the file is damaged"):
        open_vault(closed_vault, PASSPHRASE)
    assert sha256(closed_vault) == before


def test_a_changed_salt_reads_as_wrong_passphrase_or_damage(closed_vault: Path) -> None:
    flip(closed_vault, 7)
    before = sha256(closed_vault)
    with pytest.raises(WrongPassphrase):
        open_vault(closed_vault, PASSPHRASE)
    assert sha256(closed_vault) == before


def test_an_unknown_kdf_profile_byte_is_not_a_vault(closed_vault: Path) -> None:
    data = bytearray(closed_vault.read_bytes())
    data[0] = 0xEE
    closed_vault.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged, match="not a privacy vault"):
        open_vault(closed_vault, PASSPHRASE)
    assert closed_vault.read_bytes() == bytes(data)


def _plain_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE identity (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO identity (name) VALUES ('Jeanne')")
    connection.commit()
    connection.close()


NOT_VAULTS = {
    "plain SQLite": _plain_sqlite,
    "empty file": lambda path: path.write_bytes(b""),
    "text file": lambda path: path.write_text("name,email\nJeanne,jeanne@example.org\n"),
    "a page of zeros but one": lambda path: path.write_bytes(b"\x7f" + bytes(PAGE_SIZE - 1)),
}


@pytest.mark.parametrize("kind", list(NOT_VAULTS))
def test_files_that_are_not_vaults_are_refused_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "vault.db"
    NOT_VAULTS[kind](path)
    before = sha256(path)
    with pytest.raises(VaultDamaged, match="not a privacy vault"):
        open_vault(path, PASSPHRASE)
    assert sha256(path) == before


@pytest.mark.parametrize("cut", ["mid-page", "whole pages", "one page left"])
def test_a_truncated_vault_is_refused_untouched(closed_vault: Path, cut: str) -> None:
    size = closed_vault.stat().st_size
    keep = {"mid-page": size - 100, "whole pages": size - 3 * PAGE_SIZE, "one page left": PAGE_SIZE}[cut]
    closed_vault.write_bytes(closed_vault.read_bytes()[:keep])
    before = sha256(closed_vault)
    with pytest.raises(VaultDamaged) as caught:
        open_vault(closed_vault, PASSPHRASE)
    if cut == "mid-page":
        assert "not a privacy vault" in str(caught.value)
    assert sha256(closed_vault) == before


def test_a_missing_vault_is_not_found_and_nothing_is_created(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no vault"):
        open_vault(tmp_path / "vault.db", PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultDamaged):
        open_vault(tmp_path, PASSPHRASE)


# -- one writer ---------------------------------------------------------------------------------

def test_a_second_open_in_the_same_process_is_refused(vault: object, vault_path: Path) -> None:
    with pytest.raises(VaultInUse, match="open in another"):
        open_vault(vault_path, PASSPHRASE)
    vault.close()  # type: ignore[attr-defined]
    open_vault(vault_path, PASSPHRASE).close()


_OPEN_IN_CHILD = """
import sys
from vault.errors import VaultError
from vault.storage.store import open_vault
try:
    open_vault(sys.argv[1], sys.argv[2]).close()
    print("opened")
except VaultError as err:
    print(type(err).__name__)
"""


def test_a_second_process_is_refused_while_the_vault_is_open(vault: object, vault_path: Path) -> None:
    result = run_python(_OPEN_IN_CHILD, str(vault_path), PASSPHRASE)
    assert result.stdout.strip() == "VaultInUse", result.stderr
    vault.close()  # type: ignore[attr-defined]
    result = run_python(_OPEN_IN_CHILD, str(vault_path), PASSPHRASE)
    assert result.stdout.strip() == "opened", result.stderr


def test_this_process_is_refused_while_another_holds_the_vault(closed_vault: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from vault.storage.store import open_vault\n"
         "v = open_vault(sys.argv[1], sys.argv[2]); print('ready', flush=True); sys.stdin.readline(); v.close()",
         str(closed_vault), PASSPHRASE],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = sha256(closed_vault)
        with pytest.raises(VaultInUse):
            open_vault(closed_vault, PASSPHRASE)
        assert sha256(closed_vault) == before
    finally:
        holder.communicate("\n", timeout=30)
    open_vault(closed_vault, PASSPHRASE).close()


# -- schema version ------------------------------------------------------------------------

def test_a_vault_from_a_newer_version_is_refused(closed_vault: Path) -> None:
    salt = closed_vault.read_bytes()[:kdf.SALT_SIZE]
    key = kdf.derive_key(PASSPHRASE, salt)
    connection = sqlcipher3.connect(str(closed_vault))
    connection.execute(f"PRAGMA key = {kdf.sqlcipher_key_pragma_value(key, salt)}")
    connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    connection.close()
    before = sha256(closed_vault)
    with pytest.raises(NewerVaultVersion, match="newer version"):
        open_vault(closed_vault, PASSPHRASE)
    assert sha256(closed_vault) == before
    assert NewerVaultVersion.exit_code == 4


# -- no plaintext on disk --------------------------------------------------------------------

def _canary() -> str:
    return "zq" + uuid.uuid4().hex  # lower case: FTS stores lower-cased tokens


def _fill_every_field(vault, canary: str) -> None:  # noqa: ANN001
    email = f"{canary}@example.org"
    identity = add_identity(vault, label=f"label {canary}", name=f"name {canary}", kind="pseudonym",
                            emails=[email], phones=[f"+33 {canary}"], address=f"{canary} street\n{canary} town",
                            birth_date="1980-05-17", notes=f"notes {canary}",
                            alias_pattern=f"me+{{controller}}@{canary}.example.org")
    controller = add_controller(
        vault, name=f"Controller {canary}", legal_form=f"SA {canary}", registration_number=f"RCS {canary}",
        address=f"1 {canary} square", country="FR", region="75", dpo_name=f"DPO {canary}",
        dpo_email=f"dpo.{canary}@example.com", emails=[email], web_form=f"https://example.com/{canary}",
        web=f"https://{canary}.example.com", authority=f"CNIL {canary}", notes=f"notes {canary}",
        phone=f"+33 {canary}", runs=[f"brand {canary}"], categories=[f"category {canary}"],
        directory={"comment": f"directory {canary}"}, source="policy",
        source_text=f"Privacy policy text mentioning {canary} at length.", slug=f"slug-{canary}")
    add_retention_period(vault, controller, f"what {canary}", 12, f"basis {canary}")
    set_setting(vault, "default_place", f"Paris {canary}")
    set_setting(vault, "backup_folder", f"/home/{canary}/backups")
    blob = f"scan of ID {canary}".encode("utf-8") + f"scan of ID {canary}".encode("utf-16le")
    with vault.transaction() as connection:
        attachment = connection.execute(
            "INSERT INTO attachment (name, mime_type, sha256, size, data, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (f"{canary}.pdf", f"application/{canary}", hashlib.sha256(blob).hexdigest(), len(blob), blob,
             "2024-01-01T00:00:00+00:00")).lastrowid
        connection.execute("INSERT INTO identifier (identity_id, kind, value, controller_id, note) "
                           "VALUES (?, 'email', ?, ?, ?)", (identity, email, controller, f"note {canary}"))
        connection.execute("INSERT INTO consent (identity_id, controller_id, purpose, given_on, how, evidence_id) "
                           "VALUES (?, ?, ?, '2024-01-01', ?, ?)",
                           (identity, controller, f"purpose {canary}", f"how {canary}", attachment))
        request = connection.execute(
            "INSERT INTO request (identity_id, controller_id, right, lang, details, created_on) "
            "VALUES (?, ?, 'access', 'en', ?, '2024-01-01')", (identity, controller, f"details {canary}")).lastrowid
        connection.execute("INSERT INTO event (request_id, kind, on_date, note, created_at) "
                           "VALUES (?, 'sent', '2024-01-02', ?, '2024-01-02')", (request, f"event {canary}"))
        connection.execute("INSERT INTO letter (request_id, document, created_at) VALUES (?, ?, '2024-01-02')",
                           (request, json.dumps({"body": f"Dear {canary}"})))


def _plaintext_found(folder: Path, canary: str) -> list[str]:
    needles = {canary.encode("utf-8"), canary.encode("utf-16le"), canary.upper().encode("utf-8")}
    found = []
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        found += [f"{path.name}: {needle!r}" for needle in needles if needle in data]
    return found


def test_no_field_is_stored_in_plaintext(vault, vault_path: Path) -> None:  # noqa: ANN001
    canary = _canary()
    _fill_every_field(vault, canary)
    assert list_controllers(vault, search=canary)  # the full-text index holds it too
    vault.close()
    assert _plaintext_found(vault_path.parent, canary) == []
    with open_vault(vault_path, PASSPHRASE) as reopened:
        assert get_identity(reopened, 1).name == f"name {canary}"
    assert _plaintext_found(vault_path.parent, canary) == []


def test_no_plaintext_on_disk_while_a_transaction_is_open(vault, vault_path: Path) -> None:  # noqa: ANN001
    committed, pending = _canary(), _canary()
    _fill_every_field(vault, committed)
    big = (f"{pending} " * 1_000_000).encode("utf-8")  # ~ 35 MB: a small page cache spills to disk
    with vault.raw_connection() as connection:  # the vault's cache (64 MiB+) would hold it all in memory
        connection.execute("PRAGMA cache_size = 100")
    with vault.transaction() as connection:
        connection.execute("UPDATE identity SET name = ?, notes = ?", (f"name {pending}", f"notes {pending}"))
        connection.execute("UPDATE controller SET name = ?, source_text = ?", (f"C {pending}", pending * 100))
        connection.execute("INSERT INTO attachment (name, mime_type, sha256, size, data, created_at) "
                           "VALUES (?, 'text/plain', '', ?, ?, '')", (pending, len(big), big))
        connection.execute("INSERT INTO setting (key, value) VALUES ('x', ?)", (json.dumps(pending),))
        sidecars = [p.name for p in vault_path.parent.iterdir() if p.name.startswith(vault_path.name + "-")]
        assert sidecars, "expected a rollback journal while the transaction is open"
        assert vault_path.stat().st_size > len(big) // 2, "expected the cache to have spilled into the file"
        assert _plaintext_found(vault_path.parent, committed) == []
        assert _plaintext_found(vault_path.parent, pending) == []
    assert _plaintext_found(vault_path.parent, pending) == []


def test_no_other_file_appears_beside_the_vault(vault_path: Path, tmp_path: Path) -> None:
    with create_vault(vault_path, PASSPHRASE) as vault:
        _fill_every_field(vault, _canary())
        list_controllers(vault, search="controller")
    with open_vault(vault_path, PASSPHRASE) as vault:
        add_identity(vault, label="Again")
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, "not it")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.db", "vault.db.lock"]
    assert vault_path.with_name("vault.db.lock").read_text().isdigit()  # the owner's pid, nothing else


def test_a_transaction_inside_another_is_undone_alone_and_committed_with_the_outer(vault) -> None:  # noqa: ANN001
    with vault.transaction() as connection:
        connection.execute("INSERT INTO setting (key, value) VALUES ('kept', '1')")
        with pytest.raises(InvalidInput):
            with vault.transaction() as inner:
                inner.execute("INSERT INTO setting (key, value) VALUES ('undone', '1')")
                raise InvalidInput("this part fails")
        with vault.transaction() as inner:
            inner.execute("INSERT INTO setting (key, value) VALUES ('also kept', '1')")
    assert [row[0] for row in vault.query("SELECT key FROM setting WHERE key IN ('kept', 'undone', 'also kept') "
                                          "ORDER BY key")] == ["also kept", "kept"]


def test_the_page_cache_is_sized_for_the_vault_within_its_cap(vault_path: Path) -> None:
    from vault.storage.tuning import MAX_CACHE, MIN_CACHE, cache_bytes

    with create_vault(vault_path, PASSPHRASE) as vault:
        add_identity(vault, label="Me")
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert vault.query_one("PRAGMA cache_size")[0] == -MIN_CACHE // 1024  # a small vault may grow into it
    assert cache_bytes(100 * 1024 * 1024) == 100 * 1024 * 1024
    assert cache_bytes(5 * 1024 ** 3) == MAX_CACHE  # gigabytes of evidence: capped
