"""File dialogs that open where the person last was, with names that say what the file is.

QSettings keeps only the last folder's path (``Preferences.last_folder``), never a file name: a
name like "PV-2026-00001 ACME SAS Access.pdf" tells who was asked, and stays out of settings.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui.models.request_words import right_name
from ui.preferences import Preferences
from vault.cases.letter_store import reference_for
from vault.cases.queries import request_ids
from vault.cases.requests import get_request
from vault.errors import VaultError
from vault.organisations.controllers import get_controller
from vault.storage.store import Vault

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')  # refused by Windows, macOS or Linux file systems
MAX_NAME = 120


def safe_file_name(text: str) -> str:
    """``text`` without the characters file systems refuse, spaces collapsed, no leading or trailing dot."""
    cleaned = " ".join(_UNSAFE.sub(" ", text).split()).strip(" .")
    return cleaned[:MAX_NAME].rstrip(" .")


def request_file_name(vault: Vault, reference: str, what: str | None = None) -> str:
    """"PV-2026-00001 ACME SAS Access" for the request with this reference (``what`` replaces the right),
    or the reference alone when the request cannot be found."""
    try:
        request = next((get_request(vault, found) for found in request_ids(vault, search=reference)
                        if reference_for(get_request(vault, found)) == reference), None)
        if request is not None:
            controller = get_controller(vault, request.controller_id).name
            return safe_file_name(f"{reference} {controller} {what or right_name(request.right)}") or reference
    except VaultError:
        pass
    return safe_file_name(reference) or "letter"


def start_folder(preferences: Preferences | None) -> Path:
    """The last folder used, while it still exists; else the home folder."""
    folder = Path(preferences.last_folder()) if preferences is not None and preferences.last_folder() else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def _remember(preferences: Preferences | None, path: str) -> None:
    if path and preferences is not None:
        preferences.remember_folder(str(Path(path).parent))


def ask_save_path(parent: QWidget | None, preferences: Preferences | None, title: str, name: str,
                  file_filter: str = "") -> str:
    """Where to save ``name`` ("" if cancelled); the dialog starts in the last folder used."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(preferences) / name), file_filter)
    _remember(preferences, path)
    return path


def ask_open_path(parent: QWidget | None, preferences: Preferences | None, title: str,
                  file_filter: str = "") -> str:
    """One file to read ("" if cancelled), from the last folder used."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(preferences)), file_filter)
    _remember(preferences, path)
    return path


def ask_open_paths(parent: QWidget | None, preferences: Preferences | None, title: str,
                   file_filter: str = "") -> list[str]:
    """Files to read ([] if cancelled), from the last folder used."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(preferences)), file_filter)
    if paths:
        _remember(preferences, paths[0])
    return paths


def _context_of(widget: QWidget | None):  # noqa: ANN202 - a ui.context.Context, or None
    """The session's context, from the window a widget sits in (the letter dialog and the wizard carry one)."""
    window = widget.window() if widget is not None else None
    for holder in (widget, window, window.parentWidget() if window is not None else None):
        context = getattr(holder, "context", None)
        if context is not None and hasattr(context, "preferences"):
            return context
    return None


def preferences_of(widget: QWidget | None) -> Preferences | None:
    """The session's preferences, for a widget that was not given them (the letter export bar)."""
    context = _context_of(widget)
    return context.preferences if context is not None else None


def vault_of(widget: QWidget | None) -> Vault | None:
    """The open vault, for a widget that was not given it (the letter export bar names files from it)."""
    context = _context_of(widget)
    return getattr(context, "vault", None)
