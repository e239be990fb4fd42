"""One run of the app: locked (the unlock window) or unlocked (the main window), and the moves between.

Locking clears every view, takes our value back from the clipboard, closes the vault (which
forgets the key) and shows the unlock window again.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui.auto_lock import AutoLock
from ui.clipboard import CLEAR_AFTER_MS, SecureClipboard
from ui.context import Context, VaultEvents
from ui.dialogs.busy import run_with_busy_dialog
from ui.dismissal import dismiss_modal_dialogs
from ui.errors import error_text, show_error
from ui.preferences import Preferences
from ui.translations import Translations, resolve_language
from ui.tray import Tray
from ui.unlock_window import UnlockWindow
from ui.worker import JobTracker
from vault.storage.backup import PreparedRestore, finish_restore, prepare_restore
from vault.storage.file_lock import FileLock
from vault.storage.settings import get_setting
from vault.storage.store import Vault

if TYPE_CHECKING:  # the main window and its pages load after the unlock window is up
    from ui.main_window import MainWindow

PRELOAD_AFTER_MS = 300


class Session(QObject):
    """Owns the vault while it is unlocked, and the windows."""

    unlocked = Signal()
    locked = Signal()

    def __init__(self, preferences: Preferences, translations: Translations, icon: QIcon, *,
                 vault_path: Path | None = None, auto_lock_ms: int | None = None,
                 clipboard_clear_ms: int = CLEAR_AFTER_MS, use_tray: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.preferences = preferences
        self.translations = translations
        self.icon = icon
        self.vault: Vault | None = None
        self.context: Context | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self._vault_path = vault_path
        self._auto_lock_override = auto_lock_ms
        self._lock_pending = False
        self._page_at_lock: str | None = None  # unlocking returns to the page the person was on
        self.clipboard = SecureClipboard(clear_after_ms=clipboard_clear_ms, parent=self)
        self.jobs = JobTracker(self)
        self.jobs.idle.connect(self._lock_if_pending)
        self.auto_lock = AutoLock(auto_lock_ms or AutoLock.minutes_to_ms(5), self)
        self.auto_lock.timed_out.connect(self.lock)
        self.tray = Tray(icon, self) if use_tray else None
        if self.tray is not None:
            self.tray.set_unlocked(False)
            self.tray.show_requested.connect(self.show_current_window)
            self.tray.lock_requested.connect(self.lock)
            self.tray.quit_requested.connect(self.quit)

    # -- locked ---------------------------------------------------------------------------
    def start(self) -> None:
        self.show_unlock()
        QTimer.singleShot(PRELOAD_AFTER_MS, _load_main_window)  # while the passphrase is typed

    def show_unlock(self, message: str = "", visible: bool = True) -> UnlockWindow:
        window = UnlockWindow(self.preferences, self.icon, self._vault_path, message)
        window.unlocked.connect(self._on_unlocked)
        window.closed.connect(lambda: self._unlock_window_closed(window))
        self.unlock_window = window
        if visible:
            window.show()
            window.raise_()
            window.activateWindow()
        return window

    def _unlock_window_closed(self, window: UnlockWindow) -> None:
        if window is self.unlock_window:  # the user closed it (not the session, after unlocking)
            self.quit()

    def _on_unlocked(self, vault: Vault) -> None:
        self.vault = vault
        self._vault_path = vault.path
        language = get_setting(vault, "ui_language")
        self.preferences.set_ui_language(language)
        if resolve_language(language) != self.translations.language:
            self.translations.apply(language)
        self.clipboard.set_clear_after_ms(int(get_setting(vault, "clipboard_clear_seconds")) * 1000)
        self.context = Context(vault, self.preferences, self.clipboard, VaultEvents(self), self.jobs, self.tray)
        created = self.unlock_window is not None and self.unlock_window.created_new
        old_window = self.main_window
        main_window = self._show_main_window(self._page_at_lock)
        if old_window is not None:
            old_window.dismiss()
            old_window.deleteLater()
        if self.unlock_window is not None:
            window, self.unlock_window = self.unlock_window, None
            window.close()
            window.deleteLater()
        self._start_auto_lock()
        if self.tray is not None:
            self.tray.set_unlocked(True)
        self.unlocked.emit()
        main_window.remind_backup(created=created)

    # -- unlocked -------------------------------------------------------------------------
    def _show_main_window(self, page: str | None = None) -> MainWindow:
        assert self.context is not None
        main_window_class = _load_main_window()
        tray_available = self.tray is not None and self.tray.available
        window = main_window_class(self.context, self.icon, tray_available=tray_available)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.settings_changed.connect(self._settings_changed)
        window.restore_requested.connect(self.restore)
        if page is not None:
            window.show_page(page)
        self.main_window = window
        window.show()
        return window

    def _start_auto_lock(self) -> None:
        if self.vault is None:
            return
        minutes = int(get_setting(self.vault, "auto_lock_minutes"))
        self.auto_lock.set_interval_ms(self._auto_lock_override or AutoLock.minutes_to_ms(minutes))
        self.auto_lock.start()

    def _settings_changed(self) -> None:
        self._start_auto_lock()
        assert self.vault is not None
        self.clipboard.set_clear_after_ms(int(get_setting(self.vault, "clipboard_clear_seconds")) * 1000)
        language = get_setting(self.vault, "ui_language")
        if resolve_language(language) != self.translations.language:
            self.translations.apply(language)
            self._rebuild_main_window()

    def _rebuild_main_window(self) -> None:
        """Build the window again in the new language (views are built in code, once)."""
        old = self.main_window
        assert old is not None
        old.save_geometry()
        page = old.current_page()
        key = page.objectName().removeprefix("page_") if page is not None else None
        self._show_main_window(key)
        old.dismiss()
        old.deleteLater()

    def show_current_window(self) -> None:
        window = self.main_window or self.unlock_window
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()

    # -- locking --------------------------------------------------------------------------
    def lock(self, message: str = "") -> None:
        """Clear every view, close the vault and show the unlock window (after running jobs end)."""
        if self.vault is None:
            return
        if self.jobs.busy:  # a backup or passphrase change is using the vault: lock right after it
            self._lock_pending = True
            return
        self._lock_pending = False
        self.auto_lock.stop()
        self.save_open_work()
        dismiss_modal_dialogs()
        window = self.main_window
        self.main_window = None
        if window is not None and window.current_page() is not None:
            self._page_at_lock = window.current_page().objectName().removeprefix("page_")
        self.show_unlock(message, visible=window is None or window.isVisible())
        if window is not None:
            window.clear()
            window.dismiss()
            window.deleteLater()
        self._close_vault()
        self.locked.emit()

    def save_open_work(self) -> None:
        """Store what the person typed in open letter editors before the views go (lock, quit, logout)."""
        from ui.widgets.letter_editor import LetterEditor

        for widget in QApplication.allWidgets():
            if isinstance(widget, LetterEditor) and widget.is_modified():
                widget.save(quiet=True)

    def _lock_if_pending(self) -> None:
        if self._lock_pending:
            self.lock()

    def _close_vault(self) -> None:
        self.clipboard.clear_if_ours()
        self.context = None
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()
        if self.tray is not None:
            self.tray.set_unlocked(False)

    def restore(self, backup_file: str, passphrase: str) -> None:
        """Copy and check the backup while the vault stays open; then lock, swap it in, and open it.

        One key derivation and one full check in all: the check runs on the copy that becomes
        the vault, and the restored vault opens with the key already derived.
        """
        if self.vault is None or self.main_window is None:
            return
        window, vault_path = self.main_window, self.vault.path

        def refused(error: BaseException) -> None:  # the vault stays open and untouched
            show_error(window, error)

        run_with_busy_dialog(window, self.tr("Checking the backup…"),
                             lambda: prepare_restore(vault_path, backup_file, passphrase),
                             self._replace_by_backup, refused, tracker=self.jobs)

    def _replace_by_backup(self, prepared: PreparedRestore) -> None:
        if self.vault is None or self.main_window is None:
            prepared.discard()
            return
        path = self.vault.path
        self.auto_lock.stop()
        window = self.main_window
        window.clear()
        self._close_vault()

        def work() -> Vault:
            lock = FileLock.acquire(path)
            try:
                _kept, vault = finish_restore(prepared, lock, open_after=True)
            except BaseException:
                lock.release()
                raise
            finally:
                prepared.discard()
            assert vault is not None  # open_after=True
            return vault

        def failed(error: BaseException) -> None:
            self.main_window = None
            self.show_unlock(self.tr("The backup was not restored: %1 Unlock the vault to continue.")
                             .replace("%1", error_text(error)))
            window.dismiss()
            window.deleteLater()

        run_with_busy_dialog(window, self.tr("Restoring the backup…"), work, self._on_unlocked, failed,
                             tracker=self.jobs)

    def quit(self) -> None:
        """Close the vault and leave."""
        self.auto_lock.stop()
        if self.vault is not None:
            self.save_open_work()
        dismiss_modal_dialogs()
        if self.main_window is not None:
            self.main_window.clear()
            self.main_window.dismiss()
            self.main_window = None
        if self.unlock_window is not None:
            window, self.unlock_window = self.unlock_window, None
            window.close()
        self._close_vault()
        if self.tray is not None:
            self.tray.hide()
        QApplication.quit()

    def shutdown(self) -> None:
        """At exit, whatever happened: the vault is closed and the clipboard is ours no more."""
        self.auto_lock.stop()
        self._close_vault()


def _load_main_window() -> type[MainWindow]:
    from ui.main_window import MainWindow

    return MainWindow
