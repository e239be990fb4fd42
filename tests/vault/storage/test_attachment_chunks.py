"""Large attachments: stored and saved in chunks inside the vault, never whole in memory, checked."""
from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

import pytest

from vault.errors import InvalidInput, VaultDamaged
from vault.storage import attachment_chunks
from vault.storage.attachments import (
    MAX_SIZE,
    attachment_info,
    attachment_source,
    delete_attachment_if_unused,
    read_attachment,
    save_attachment_to,
    store_attachment,
)
from vault.storage.store import open_vault

from tests.conftest import PASSPHRASE


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    path = tmp_path / "takeout.zip"
    path.write_bytes(os.urandom(3 * attachment_chunks.CHUNK_SIZE + 12_345))  # four chunks, the last short
    return path


def _store(vault, path: Path) -> int:  # noqa: ANN001
    with vault.transaction() as connection:
        return store_attachment(connection, path.name, path)


def test_a_file_is_stored_in_chunks_and_saved_back_identical(vault, vault_path: Path, export_file: Path,
                                                            tmp_path: Path) -> None:
    attachment_id = _store(vault, export_file)
    meta = attachment_info(vault, attachment_id)
    assert (meta.name, meta.mime_type, meta.size) == ("takeout.zip", "application/zip", export_file.stat().st_size)
    assert meta.sha256 == hashlib.sha256(export_file.read_bytes()).hexdigest()
    assert vault.query_one("SELECT count(*) FROM attachment_chunk WHERE attachment_id = ?", (attachment_id,))[0] == 4
    vault.close()
    with open_vault(vault_path, PASSPHRASE) as reopened:  # kept in the encrypted file
        saved = save_attachment_to(reopened, attachment_id, tmp_path / "out")
        assert saved.read_bytes() == export_file.read_bytes()
        assert saved.stat().st_mode & 0o077 == 0
        assert read_attachment(reopened, attachment_id)[1] == export_file.read_bytes()
    assert export_file.read_bytes()[:4096] not in vault_path.read_bytes()  # encrypted with the vault's key


def test_storing_and_saving_never_hold_the_whole_file(vault, tmp_path: Path) -> None:
    big = tmp_path / "export.tar"
    with big.open("wb") as handle:
        for _ in range(24):
            handle.write(os.urandom(attachment_chunks.CHUNK_SIZE))
    tracemalloc.start()
    try:
        attachment_id = _store(vault, big)
        save_attachment_to(vault, attachment_id, tmp_path / "back.tar")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 6 * attachment_chunks.CHUNK_SIZE  # a few chunks at a time, not 24 MiB
    assert hashlib.sha256((tmp_path / "back.tar").read_bytes()).hexdigest() == attachment_info(vault, attachment_id).sha256


def test_a_damaged_chunk_is_refused_and_no_file_appears(vault, export_file: Path, tmp_path: Path) -> None:
    attachment_id = _store(vault, export_file)
    with vault.transaction() as connection:
        connection.execute("UPDATE attachment_chunk SET data = zeroblob(length(data)) WHERE attachment_id = ? "
                           "AND seq = 2", (attachment_id,))
    target = tmp_path / "saved.zip"
    with pytest.raises(VaultDamaged):
        save_attachment_to(vault, attachment_id, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["takeout.zip", "vault.db", "vault.db.lock"])


def test_removing_the_attachment_removes_its_chunks(vault, export_file: Path) -> None:
    attachment_id = _store(vault, export_file)
    with vault.transaction() as connection:
        delete_attachment_if_unused(connection, attachment_id)
    assert vault.query_one("SELECT count(*) FROM attachment_chunk")[0] == 0


def test_large_files_are_streamed_small_ones_read_and_limits_said_in_a_sentence(tmp_path: Path) -> None:
    small = tmp_path / "reply.pdf"
    small.write_bytes(b"%PDF-1.4 reply")
    assert attachment_source(small) == ("reply.pdf", b"%PDF-1.4 reply")
    large = tmp_path / "export.zip"
    with large.open("wb") as handle:
        handle.truncate(MAX_SIZE + 1)  # sparse: no disk used
    assert attachment_source(large) == ("export.zip", large)
    with large.open("wb") as handle:
        handle.truncate(attachment_chunks.MAX_STREAMED + 1)
    with pytest.raises(InvalidInput, match="limited to 4.0 GB"):
        attachment_source(large)
    (tmp_path / "empty.bin").write_bytes(b"")
    with pytest.raises(InvalidInput, match="empty"):
        attachment_source(tmp_path / "empty.bin")


def test_a_data_export_through_the_cli_in_and_out(cli, tmp_path: Path) -> None:  # noqa: ANN001
    cli.ok("identity", "add", "--label", "Me")
    cli.ok("controller", "add", "--name", "Big Platform", "--country", "IE", "--dpo-email", "dpo@big.example")
    request_id = cli.ok("request", "new", "--identity", "1", "--controller", "1", "--right", "access").out.strip()
    cli.ok("request", "sent", request_id, "--on", "2026-01-05", "--channel", "email")
    export = tmp_path / "takeout.zip"
    with export.open("wb") as handle:  # above the 50 MB read whole: streamed
        handle.write(os.urandom(1000))
        handle.truncate(MAX_SIZE + 1000)
    cli.ok("request", "event", request_id, "--kind", "answered", "--on", "2026-01-20", "--attach", str(export))
    shown = cli.ok("attachment", "show", "1", "--json").json()
    assert (shown["name"], shown["size"]) == ("takeout.zip", MAX_SIZE + 1000)
    cli.ok("attachment", "save", "1", str(tmp_path / "out.zip"))
    assert hashlib.sha256((tmp_path / "out.zip").read_bytes()).hexdigest() == shown["sha256"]
    refused = cli("attachment", "save", "1", str(tmp_path / "out.zip"))
    assert refused.code == 1 and "already exists" in refused.err
