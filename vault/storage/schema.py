"""The vault's tables, as an ordered ladder of migrations.

``PRAGMA user_version`` holds how many migrations a vault has had. Each migration runs in
its own transaction; a vault whose version is above ``SCHEMA_VERSION`` was written by a
newer app and is refused. Never edit a released migration: append a new one.
"""
from __future__ import annotations

from typing import Any

from vault.errors import NewerVaultVersion

# Version 1: the first schema (tests/data/vault-v1.db is a vault at this version).
_V1 = """
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE identity (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('real', 'pseudonym')),
    label      TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    address    TEXT NOT NULL DEFAULT '',
    emails     TEXT NOT NULL DEFAULT '[]',
    phones     TEXT NOT NULL DEFAULT '[]',
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE controller (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    legal_form          TEXT NOT NULL DEFAULT '',
    registration_number TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    country             TEXT,
    region              TEXT,
    dpo_name            TEXT NOT NULL DEFAULT '',
    dpo_email           TEXT,
    emails              TEXT NOT NULL DEFAULT '[]',
    web_form            TEXT,
    authority           TEXT NOT NULL DEFAULT '',
    transfers_outside_eu INTEGER,
    source              TEXT NOT NULL DEFAULT 'manual',
    source_text         TEXT,
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL
);
CREATE TABLE retention_period (
    id            INTEGER PRIMARY KEY,
    controller_id INTEGER NOT NULL REFERENCES controller(id) ON DELETE CASCADE,
    what          TEXT NOT NULL,
    months        INTEGER NOT NULL CHECK (months >= 0),
    basis         TEXT NOT NULL DEFAULT ''
);
CREATE TABLE identifier (
    id            INTEGER PRIMARY KEY,
    identity_id   INTEGER NOT NULL REFERENCES identity(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    value         TEXT NOT NULL,
    controller_id INTEGER REFERENCES controller(id) ON DELETE SET NULL,
    given_on      TEXT,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE TABLE attachment (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE consent (
    id                    INTEGER PRIMARY KEY,
    identity_id           INTEGER NOT NULL REFERENCES identity(id) ON DELETE CASCADE,
    controller_id         INTEGER NOT NULL REFERENCES controller(id) ON DELETE CASCADE,
    purpose               TEXT NOT NULL,
    given_on              TEXT NOT NULL,
    how                   TEXT NOT NULL DEFAULT '',
    evidence_id           INTEGER REFERENCES attachment(id) ON DELETE SET NULL,
    withdrawn_on          TEXT,
    withdrawal_request_id INTEGER
);
CREATE TABLE request (
    id              INTEGER PRIMARY KEY,
    identity_id     INTEGER NOT NULL REFERENCES identity(id),
    controller_id   INTEGER NOT NULL REFERENCES controller(id),
    right           TEXT NOT NULL,
    lang            TEXT NOT NULL,
    channel         TEXT,
    details         TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'draft',
    created_on      TEXT NOT NULL,
    sent_on         TEXT,
    received_on     TEXT,
    due_on          TEXT,
    extended_due_on TEXT,
    closed_on       TEXT,
    follow_up_of    INTEGER REFERENCES request(id)
);
CREATE TABLE event (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    on_date    TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE event_attachment (
    event_id      INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    attachment_id INTEGER NOT NULL REFERENCES attachment(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, attachment_id)
);
CREATE TABLE letter (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,
    document   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    frozen_at  TEXT
);
"""

# Version 2: directory records, aliases, relationships, per-request identifiers,
# user templates, full-text search and the indexes the dashboard needs.
_V2 = """
ALTER TABLE identity ADD COLUMN alias_pattern TEXT;
ALTER TABLE identifier ADD COLUMN generated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE controller ADD COLUMN slug TEXT;
ALTER TABLE controller ADD COLUMN web TEXT;
ALTER TABLE controller ADD COLUMN phone TEXT;
ALTER TABLE controller ADD COLUMN runs TEXT NOT NULL DEFAULT '[]';
ALTER TABLE controller ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';
ALTER TABLE controller ADD COLUMN directory TEXT NOT NULL DEFAULT '{}';
ALTER TABLE controller ADD COLUMN edited_fields TEXT NOT NULL DEFAULT '[]';
ALTER TABLE request ADD COLUMN received_is_estimate INTEGER NOT NULL DEFAULT 0;
ALTER TABLE event ADD COLUMN flag TEXT NOT NULL DEFAULT '';
ALTER TABLE consent ADD COLUMN notes TEXT NOT NULL DEFAULT '';

CREATE UNIQUE INDEX controller_slug ON controller(slug) WHERE slug IS NOT NULL;
CREATE INDEX identifier_identity ON identifier(identity_id);
CREATE INDEX identifier_value ON identifier(value COLLATE NOCASE);
CREATE INDEX identifier_controller ON identifier(controller_id);
CREATE INDEX request_status_due ON request(status, due_on);
CREATE INDEX request_controller ON request(controller_id);
CREATE INDEX request_identity ON request(identity_id);
CREATE INDEX request_follow_up ON request(follow_up_of);
CREATE INDEX request_closed ON request(closed_on);
CREATE INDEX event_request ON event(request_id, on_date);
CREATE INDEX letter_request ON letter(request_id);
CREATE INDEX consent_identity ON consent(identity_id);
CREATE INDEX retention_controller ON retention_period(controller_id);

CREATE TABLE request_identifier (
    request_id    INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,
    identifier_id INTEGER NOT NULL REFERENCES identifier(id) ON DELETE CASCADE,
    PRIMARY KEY (request_id, identifier_id)
);
CREATE TABLE relationship (
    id            INTEGER PRIMARY KEY,
    identity_id   INTEGER NOT NULL REFERENCES identity(id) ON DELETE CASCADE,
    controller_id INTEGER NOT NULL REFERENCES controller(id) ON DELETE CASCADE,
    since         TEXT,
    ended         TEXT,
    last_contact  TEXT,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE TABLE user_template (
    kind TEXT NOT NULL,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (kind, lang)
);

CREATE VIRTUAL TABLE controller_fts USING fts5(
    name, runs, web, emails, address,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO controller_fts(rowid, name, runs, web, emails, address)
    SELECT id, name, runs, coalesce(web, ''), emails || ' ' || coalesce(dpo_email, ''), address FROM controller;
CREATE TRIGGER controller_fts_insert AFTER INSERT ON controller BEGIN
    INSERT INTO controller_fts(rowid, name, runs, web, emails, address)
    VALUES (new.id, new.name, new.runs, coalesce(new.web, ''),
            new.emails || ' ' || coalesce(new.dpo_email, ''), new.address);
END;
CREATE TRIGGER controller_fts_delete AFTER DELETE ON controller BEGIN
    DELETE FROM controller_fts WHERE rowid = old.id;
END;
CREATE TRIGGER controller_fts_update AFTER UPDATE ON controller BEGIN
    DELETE FROM controller_fts WHERE rowid = old.id;
    INSERT INTO controller_fts(rowid, name, runs, web, emails, address)
    VALUES (new.id, new.name, new.runs, coalesce(new.web, ''),
            new.emails || ' ' || coalesce(new.dpo_email, ''), new.address);
END;
"""

# Version 3: the dashboard's deadline questions stay fast on 100,000 requests. The partial
# index's WHERE must match vault.cases.dashboard's open-status test word for word.
_V3 = """
CREATE INDEX request_open_due ON request(coalesce(extended_due_on, due_on))
    WHERE status IN ('sent', 'acknowledged', 'id-requested', 'id-provided', 'extended', 'reminder-sent', 'complaint-filed');
CREATE INDEX event_kind_date ON event(kind, on_date);
"""

# Version 4: identity documents (scans of an ID card, passport, ...), kept as attachments.
# Deleting a document (or its identity) deletes its files unless an event or consent uses them.
_V4_ID_DOCUMENTS = """
CREATE TABLE id_document (
    id          INTEGER PRIMARY KEY,
    identity_id INTEGER NOT NULL REFERENCES identity(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('national_id', 'passport', 'residence_permit', 'driving_licence')),
    country     TEXT NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    front_id    INTEGER NOT NULL REFERENCES attachment(id),
    back_id     INTEGER REFERENCES attachment(id),
    created_at  TEXT NOT NULL
);
CREATE INDEX id_document_identity ON id_document(identity_id);
CREATE TRIGGER id_document_files AFTER DELETE ON id_document BEGIN
    DELETE FROM attachment WHERE id IN (old.front_id, old.back_id)
        AND id NOT IN (SELECT attachment_id FROM event_attachment)
        AND id NOT IN (SELECT evidence_id FROM consent WHERE evidence_id IS NOT NULL)
        AND id NOT IN (SELECT front_id FROM id_document)
        AND id NOT IN (SELECT back_id FROM id_document WHERE back_id IS NOT NULL);
END;
"""


# Version 5 (issue 13, follow-ups): where the person lives (their own supervisory authority,
# GDPR art. 77(1)), a controller's sector (public bodies have other authorities in Germany)
# and its art. 27 representative, and for a follow-up the authority chosen and its options.
_V5_FOLLOW_UPS = """
ALTER TABLE identity ADD COLUMN country TEXT;
ALTER TABLE identity ADD COLUMN region TEXT;
ALTER TABLE controller ADD COLUMN sector TEXT;
ALTER TABLE controller ADD COLUMN representative TEXT NOT NULL DEFAULT '';
ALTER TABLE request ADD COLUMN authority TEXT;
ALTER TABLE request ADD COLUMN options TEXT NOT NULL DEFAULT '{}';
"""


# Version 6 (issue 19): mail accounts per identity (the password only when kept in the vault rather than the OS
# keyring), the Message-IDs of requests sent by e-mail, and the messages read from an inbox
# waiting for the person to accept or dismiss what they were matched to.
_V6_MAIL = """
CREATE TABLE mail_account (
    id             INTEGER PRIMARY KEY,
    identity_id    INTEGER NOT NULL UNIQUE REFERENCES identity(id) ON DELETE CASCADE,
    address        TEXT NOT NULL,
    username       TEXT NOT NULL,
    smtp_host      TEXT NOT NULL,
    smtp_port      INTEGER NOT NULL,
    smtp_security  TEXT NOT NULL CHECK (smtp_security IN ('tls', 'starttls', 'none')),
    imap_host      TEXT NOT NULL,
    imap_port      INTEGER NOT NULL,
    imap_security  TEXT NOT NULL CHECK (imap_security IN ('tls', 'starttls', 'none')),
    password_store TEXT NOT NULL CHECK (password_store IN ('keyring', 'vault')),
    password       TEXT,
    mailbox        TEXT NOT NULL DEFAULT 'INBOX',
    uid_validity   INTEGER,
    last_uid       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);
CREATE TABLE mail_sent (
    message_id TEXT PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,
    recipient  TEXT NOT NULL,
    sent_at    TEXT NOT NULL
);
CREATE INDEX mail_sent_request ON mail_sent(request_id);
CREATE TABLE mail_message (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES mail_account(id) ON DELETE CASCADE,
    uid_validity   INTEGER NOT NULL,
    uid            INTEGER NOT NULL,
    message_id     TEXT NOT NULL DEFAULT '',
    from_addr      TEXT NOT NULL DEFAULT '',
    subject        TEXT NOT NULL DEFAULT '',
    sent_date      TEXT NOT NULL DEFAULT '',
    request_id     INTEGER REFERENCES request(id) ON DELETE SET NULL,
    matched_by     TEXT NOT NULL DEFAULT '',
    suggested_kind TEXT,
    raw_id         INTEGER REFERENCES attachment(id) ON DELETE SET NULL,
    state          TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'accepted', 'dismissed')),
    event_id       INTEGER REFERENCES event(id) ON DELETE SET NULL,
    fetched_at     TEXT NOT NULL,
    UNIQUE (account_id, uid_validity, uid)
);
"""



# Version 7: large attachments (data exports up to 4 GB) kept in 1 MiB chunks, streamed in and
# out (vault.storage.attachment_chunks); the attachment row keeps name, size and SHA-256.
_V7_ATTACHMENT_CHUNKS = """
CREATE TABLE attachment_chunk (
    attachment_id INTEGER NOT NULL REFERENCES attachment(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    data          BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);
"""


MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4_ID_DOCUMENTS, _V5_FOLLOW_UPS, _V6_MAIL, _V7_ATTACHMENT_CHUNKS)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(connection: Any) -> int:
    """The vault's ``user_version``."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def schema_version_of(vault: Any) -> int:
    """The ``user_version`` of an open ``Vault``."""
    return int(vault.query_one("PRAGMA user_version")[0])


def check_not_newer(connection: Any) -> None:
    """Refuse a vault written by a newer app before touching it."""
    if schema_version(connection) > SCHEMA_VERSION:
        raise NewerVaultVersion(
            "This vault was written by a newer version of privacy-vault; update the app to open it.")


def migrate(connection: Any, *, target: int = SCHEMA_VERSION) -> int:
    """Run the migrations a vault has not had yet, one transaction each; return the new version."""
    check_not_newer(connection)
    version = schema_version(connection)
    while version < target:
        script = MIGRATIONS[version]
        # executescript commits first; BEGIN inside makes each step all-or-nothing.
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version + 1};\nCOMMIT;")
        except Exception:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        version += 1
    return version
