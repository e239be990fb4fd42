"""What the app remembers outside the vault: recent vault paths, window geometry, UI language.

Nothing personal goes here (QSettings is a plain file): names, addresses and letters stay in
the vault. Tests pass their own QSettings so the user's file is never touched.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 6
LANGUAGES = ("", "en", "fr", "de")  # "" follows the system


def default_qsettings() -> QSettings:
    """The app's settings file (an INI file in the user's config folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "privacy-vault", "privacy-vault")


class Preferences:
    """Typed access to the few non-personal things kept in QSettings."""

    def __init__(self, settings: QSettings | None = None):
        self.settings = settings if settings is not None else default_qsettings()

    def recent_vault_paths(self) -> list[str]:
        """Vault files opened lately, most recent first."""
        value = self.settings.value("vault/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(path) for path in value or [] if path][:MAX_RECENT]

    def remember_vault_path(self, path: str) -> None:
        paths = [path] + [p for p in self.recent_vault_paths() if p != path]
        self.settings.setValue("vault/recent", paths[:MAX_RECENT])
        self.settings.sync()

    def forget_vault_path(self, path: str) -> None:
        self.settings.setValue("vault/recent", [p for p in self.recent_vault_paths() if p != path])
        self.settings.sync()

    def ui_language(self) -> str:
        value = str(self.settings.value("ui/language", "") or "")
        return value if value in LANGUAGES else ""

    def set_ui_language(self, code: str) -> None:
        self.settings.setValue("ui/language", code if code in LANGUAGES else "")
        self.settings.sync()

    def close_to_tray(self) -> bool:
        return str(self.settings.value("ui/close_to_tray", "false")).lower() == "true"

    def set_close_to_tray(self, enabled: bool) -> None:
        self.settings.setValue("ui/close_to_tray", "true" if enabled else "false")
        self.settings.sync()

    def window_geometry(self, window: str) -> QByteArray | None:
        value = self.settings.value(f"geometry/{window}")
        return value if isinstance(value, QByteArray) else None

    def save_window_geometry(self, window: str, geometry: QByteArray) -> None:
        self.settings.setValue(f"geometry/{window}", geometry)
        self.settings.sync()

    def last_folder(self) -> str:
        """The folder of the last file chosen in a file dialog (a path only: never a file's name)."""
        return str(self.settings.value("files/last_folder", "") or "")

    def remember_folder(self, folder: str) -> None:
        self.settings.setValue("files/last_folder", folder)
        self.settings.sync()
