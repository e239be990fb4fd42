"""Settings kept inside the vault (personal data never goes to QSettings)."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from vault.errors import InvalidInput
from vault.storage.store import Vault

# name → (default, checker returning the value to store or raising InvalidInput)
DEFAULTS: dict[str, Any] = {
    "auto_lock_minutes": 5,
    "default_language": "",      # "" = follow the controller's country
    "default_place": "",         # the town printed before the letter's date
    "backup_folder": "",
    "ui_language": "",           # "" = follow the system
    "clipboard_clear_seconds": 30,  # a copied value leaves the clipboard after this delay
    "last_backup_on": "",        # ISO date of the last backup written from this vault ("" = never)
}
BACKUP_REMINDER_DAYS = 30  # an older backup (or none, once there are requests) is worth a reminder


def _check(name: str, value: Any) -> Any:
    if name not in DEFAULTS:
        raise InvalidInput(f"There is no setting named '{name}'.")
    if name == "auto_lock_minutes":
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            raise InvalidInput("Auto-lock is a whole number of minutes.") from None
        if not 1 <= minutes <= 240:
            raise InvalidInput("Auto-lock must be between 1 and 240 minutes.")
        return minutes
    if name == "clipboard_clear_seconds":
        try:
            seconds = int(value)
        except (TypeError, ValueError):
            raise InvalidInput("The clipboard delay is a whole number of seconds.") from None
        if not 5 <= seconds <= 600:
            raise InvalidInput("The clipboard delay must be between 5 and 600 seconds.")
        return seconds
    if name == "last_backup_on" and value:
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise InvalidInput("The last backup date is a date (YYYY-MM-DD).") from None
    if name in ("default_language", "ui_language") and value not in ("", "en", "fr", "de"):
        raise InvalidInput("The language is one of en, fr, de (or empty for automatic).")
    return str(value)


def get_setting(vault: Vault, name: str) -> Any:
    """A setting's value, or its default."""
    if name not in DEFAULTS:
        raise InvalidInput(f"There is no setting named '{name}'.")
    row = vault.query_one("SELECT value FROM setting WHERE key = ?", (name,))
    return DEFAULTS[name] if row is None else json.loads(row[0])


def set_setting(vault: Vault, name: str, value: Any) -> Any:
    """Check and store a setting; returns the stored value."""
    stored = _check(name, value)
    with vault.transaction() as connection:
        connection.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           (name, json.dumps(stored)))
    return stored


def all_settings(vault: Vault) -> dict[str, Any]:
    """Every setting with its current value."""
    return {name: get_setting(vault, name) for name in DEFAULTS}


def backup_is_due(vault: Vault, today: date) -> bool:
    """True when the vault holds requests and its last backup is missing or older than the reminder delay."""
    last = get_setting(vault, "last_backup_on")
    if not last:
        return vault.query_one("SELECT count(*) FROM request")[0] > 0
    return (today - date.fromisoformat(last)).days > BACKUP_REMINDER_DAYS
