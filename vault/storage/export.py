"""Everything in the vault as readable JSON: the person's own copy of their data."""
from __future__ import annotations

import base64
import json
from typing import Any

from vault.storage import schema
from vault.storage.store import Vault

FORMAT = "privacy-vault-export"
# Secrets that would sit in clear in the exported file: left out (a mail password kept in the vault).
_SECRET_COLUMNS = {("mail_account", "password")}
_JSON_COLUMNS = {"emails", "phones", "runs", "categories", "directory", "edited_fields", "document"}


def _tables(vault: Vault) -> list[str]:
    rows = vault.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE 'controller_fts%' ORDER BY name")
    return [row[0] for row in rows]


def _readable(column: str, value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if column in _JSON_COLUMNS and isinstance(value, str):
        return json.loads(value)
    return value


def export_everything(vault: Vault) -> dict[str, Any]:
    """Every table, every row, in id order; attachment bytes in base64. Same vault, same output."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in _tables(vault):
        columns = [row[1] for row in vault.query(f"PRAGMA table_info({table})")]
        order = "id" if "id" in columns else ", ".join(columns)
        rows = vault.query(f"SELECT * FROM {table} ORDER BY {order}")
        tables[table] = [{c: None if (table, c) in _SECRET_COLUMNS else _readable(c, row[c]) for c in columns}
                         for row in rows]
    return {"format": FORMAT, "schema_version": schema.schema_version_of(vault), "tables": tables}
