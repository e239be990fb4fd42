"""Attachments: bytes kept only inside the vault, checked by SHA-256, saved only where asked."""
from __future__ import annotations

import hashlib
import os

import pytest

from vault.errors import InvalidInput, NotFound, VaultDamaged
from vault.storage import attachments
from vault.storage.attachments import (
    add_attachment,
    attachment_from_file,
    attachment_info,
    clean_name,
    get_attachment,
    read_attachment,
    save_attachment_to,
    store_attachment,
)

PDF = b"%PDF-1.4\n" + os.urandom(3000) + b"\n%%EOF"


def test_roundtrip_with_sha256_size_and_type(vault):
    attachment_id = add_attachment(vault, "scan.pdf", PDF)
    meta, data = read_attachment(vault, attachment_id)
    assert data == PDF
    assert (meta.name, meta.mime_type, meta.size, meta.sha256) == (
        "scan.pdf", "application/pdf", len(PDF), hashlib.sha256(PDF).hexdigest())
    assert attachment_info(vault, attachment_id) == meta
    assert get_attachment(vault, attachment_id) == (meta, PDF)


def test_store_inside_a_transaction_rolls_back_with_it(vault):
    with pytest.raises(RuntimeError):
        with vault.transaction() as connection:
            store_attachment(connection, "a.png", b"\x89PNG....")
            raise RuntimeError
    assert vault.query_one("SELECT count(*) FROM attachment")[0] == 0
    with vault.transaction() as connection:
        attachment_id = store_attachment(connection, "a.png", b"\x89PNG....", "IMAGE/PNG")
    assert read_attachment(vault, attachment_id)[0].mime_type == "image/png"


@pytest.mark.parametrize(("name", "clean"), [
    ("../../etc/passwd", "passwd"), ("C:\\Users\\me\\scan.jpg", "scan.jpg"), ("", "attachment"),
    ("..", "attachment"), ("bad\x00name\n.txt", "badname.txt"), ("x" * 300 + ".pdf", "x" * 251 + ".pdf"),
])
def test_names_are_sanitised_to_a_base_name(name, clean):
    assert clean_name(name) == clean


def test_unknown_type_and_bad_type(vault):
    meta, _ = read_attachment(vault, add_attachment(vault, "blob.unknownext", b"abc"))
    assert meta.mime_type == "application/octet-stream"
    with pytest.raises(InvalidInput, match="file type"):
        add_attachment(vault, "a.txt", b"abc", mime_type="not a type")


def test_empty_and_too_big_are_refused(vault, monkeypatch):
    with pytest.raises(InvalidInput, match="empty"):
        add_attachment(vault, "a.txt", b"")
    monkeypatch.setattr(attachments, "MAX_SIZE", 10)
    with pytest.raises(InvalidInput, match="limited to"):
        add_attachment(vault, "a.txt", b"x" * 11)
    assert vault.query_one("SELECT count(*) FROM attachment")[0] == 0


def test_attachment_from_file(tmp_path, monkeypatch):
    file = tmp_path / "evidence.png"
    file.write_bytes(b"\x89PNG\r\n")
    assert attachment_from_file(file) == ("evidence.png", b"\x89PNG\r\n")
    with pytest.raises(InvalidInput, match="not there"):
        attachment_from_file(tmp_path / "missing.pdf")
    with pytest.raises(InvalidInput, match="folder"):
        attachment_from_file(tmp_path)
    monkeypatch.setattr(attachments, "MAX_SIZE", 3)
    with pytest.raises(InvalidInput, match="limited to"):
        attachment_from_file(file)


def test_save_to_where_asked_atomically(vault, tmp_path):
    attachment_id = add_attachment(vault, "scan.pdf", PDF)
    target = save_attachment_to(vault, attachment_id, tmp_path / "out.pdf")
    assert target.read_bytes() == PDF
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert (target.stat().st_mode & 0o777) == 0o600
    with pytest.raises(InvalidInput, match="already exists"):
        save_attachment_to(vault, attachment_id, target)
    folder = tmp_path / "folder"
    folder.mkdir()
    assert save_attachment_to(vault, attachment_id, folder) == folder / "scan.pdf"
    with pytest.raises(InvalidInput, match="does not exist"):
        save_attachment_to(vault, attachment_id, tmp_path / "nowhere" / "x.pdf")


def test_bytes_are_absent_from_the_raw_file(vault, vault_path):
    marker = b"VERY-SECRET-SCAN-" + os.urandom(8).hex().encode()
    add_attachment(vault, "secret-scan-name.txt", marker * 50)
    raw = b"".join(p.read_bytes() for p in vault_path.parent.iterdir() if p.is_file())
    assert marker not in raw and b"secret-scan-name" not in raw


def test_missing_and_tampered(vault):
    with pytest.raises(NotFound):
        read_attachment(vault, 42)
    attachment_id = add_attachment(vault, "a.txt", b"hello")
    with vault.transaction() as connection:
        connection.execute("UPDATE attachment SET data = ? WHERE id = ?", (b"hellp", attachment_id))
    with pytest.raises(VaultDamaged):
        read_attachment(vault, attachment_id)
