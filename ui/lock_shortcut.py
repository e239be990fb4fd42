"""Ctrl+L from inside a modal dialog: Qt blocks the main window's shortcuts while a dialog is modal.

The dialog gets its own shortcut that triggers the main window's Lock action (found through
the dialog's parents, no global); locking then closes the dialog with everything else.
"""
from __future__ import annotations

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget


def add_lock_shortcut(dialog: QWidget) -> QShortcut | None:
    """Give ``dialog`` the main window's lock shortcut, if it has a main window above it."""
    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else None
    action = getattr(window, "menu_actions", {}).get("lock") if window is not None else None
    if action is None:
        return None
    return QShortcut(action.shortcut(), dialog, action.trigger)

