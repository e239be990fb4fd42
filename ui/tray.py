"""The tray icon: show, lock and quit from the panel, and say when requests fall due."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

MAX_NAMES = 5


class Tray(QObject):
    """A QSystemTrayIcon when the desktop has a tray; otherwise a silent stand-in."""

    show_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None):
        super().__init__(parent)
        self._icon: QSystemTrayIcon | None = None
        self.last_message = ""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self._menu = QMenu()
        self._show_action = QAction(self.tr("Show Privacy Vault"), self._menu)
        self._show_action.triggered.connect(self.show_requested)
        self._lock_action = QAction(self.tr("Lock"), self._menu)
        self._lock_action.triggered.connect(self.lock_requested)
        quit_action = QAction(self.tr("Quit"), self._menu)
        quit_action.triggered.connect(self.quit_requested)
        self._menu.addActions([self._show_action, self._lock_action])
        self._menu.addSeparator()
        self._menu.addAction(quit_action)
        self._icon = QSystemTrayIcon(icon, self)
        self._icon.setToolTip(self.tr("Privacy Vault"))
        self._icon.setContextMenu(self._menu)
        self._icon.activated.connect(self._activated)
        self._icon.show()

    @property
    def available(self) -> bool:
        return self._icon is not None

    def set_unlocked(self, unlocked: bool) -> None:
        if self._icon is not None:
            self._lock_action.setEnabled(unlocked)

    def message_for(self, count: int, controller_names: Sequence[str]) -> str:
        """The notification text: a count and controller names only, never letter text."""
        names = list(controller_names)
        text = self.tr("%n request(s) fall due.", "", count)
        if names:
            shown = ", ".join(names[:MAX_NAMES])
            if len(names) > MAX_NAMES:
                shown = self.tr("%1 and %n more", "", len(names) - MAX_NAMES).replace("%1", shown)
            text += " " + shown
        return text

    def notify(self, count: int, controller_names: Sequence[str]) -> str:
        """Show a notification that ``count`` requests fall due (phase 2's scheduler calls this)."""
        self.last_message = self.message_for(count, controller_names)
        if self._icon is not None and count > 0:
            self._icon.showMessage(self.tr("Privacy Vault"), self.last_message,
                                   QSystemTrayIcon.MessageIcon.Information, 10_000)
        return self.last_message

    def hide(self) -> None:
        if self._icon is not None:
            self._icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_requested.emit()
