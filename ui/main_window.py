"""The main window: a sidebar of pages, the menus, and the vault-wide actions (backup, restore, …).

The pages come from ``ui.pages.registry.default_pages()``; ``add_page`` adds one at run time. A page is
any QWidget; the window calls, when the page has them, ``search_box()`` (Ctrl+F focuses it)
and ``clear()`` (on lock).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ui.context import Context
from ui.dialogs.busy import run_with_busy_dialog
from ui.dialogs.passphrase import BackupPassphraseDialog, NewPassphraseDialog
from ui.dialogs.settings import SettingsDialog
from ui.pages.registry import PageSpec, default_pages
from ui.tools_menu import add_tools
from vault.storage.backup import backup_vault, change_passphrase
from vault.storage.settings import backup_is_due, get_setting, set_setting

GEOMETRY_KEY = "main_window"


class MainWindow(QMainWindow):
    """Pages in a sidebar; File, View and Help menus; signals for what the session must do."""

    lock_requested = Signal()
    quit_requested = Signal()
    settings_changed = Signal()
    restore_requested = Signal(str, str)  # the backup file, its passphrase

    def __init__(self, context: Context, icon: QIcon, tray_available: bool = False,
                 pages: Sequence[PageSpec] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._tray_available = tray_available
        self.quitting = False
        self._dismissed = False
        # The vault file's name, never its folder nor anything from inside the vault.
        self.setWindowTitle(context.vault.path.stem)
        self.setWindowIcon(icon)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setMinimumWidth(140)
        self.sidebar.setSpacing(3)
        self.sidebar.setWordWrap(True)  # long titles (French, German) wrap instead of scrolling
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self._show_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 900])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._page_keys: list[str] = []
        self._unbuilt: dict[str, Callable[[], QWidget]] = {}  # pages built when first shown
        self.menu_actions: dict[str, QAction] = {}
        self._build_menus()
        add_tools(self)  # imports, bulk requests, who leaked this?
        for spec in default_pages() if pages is None else pages:
            self.add_page(spec.key, spec.title(), lambda build=spec.build: build(context))
        if self._page_keys:
            self.show_page(self._page_keys[0])
        # Wide enough for the longest page title in the current language (French is longest).
        widest = max((self.sidebar.fontMetrics().horizontalAdvance(self.sidebar.item(row).text())
                      for row in range(self.sidebar.count())), default=140)
        splitter.setSizes([max(180, widest + 40), 900])
        self.backup_reminder = self._backup_reminder()
        self.statusBar().addPermanentWidget(self.backup_reminder)
        geometry = context.preferences.window_geometry(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 700)

    # -- pages ---------------------------------------------------------------------------
    def add_page(self, key: str, title: str, page: QWidget | Callable[[], QWidget], index: int | None = None) -> None:
        """Add a page to the sidebar (at ``index``, default last); Ctrl+1… follow the order.

        ``page`` is the widget, or a function that builds it the first time it is shown (or
        asked for with ``page(key)``): the window opens on its first page without building,
        nor reading the vault for, the others.
        """
        position = len(self._page_keys) if index is None else index
        self._page_keys.insert(position, key)
        if not isinstance(page, QWidget):
            self._unbuilt[key] = page
            page = QWidget()  # stands in until the page is built
        self.stack.insertWidget(position, page)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.sidebar.insertItem(position, item)
        page.setObjectName(f"page_{key}")
        self._update_page_shortcuts()

    def page(self, key: str) -> QWidget:
        """The page of ``key``, built now if it was not yet."""
        index = self._page_keys.index(key)
        build = self._unbuilt.pop(key, None)
        if build is not None:
            stand_in = self.stack.widget(index)
            page = build()
            page.setObjectName(f"page_{key}")
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return self.stack.widget(index)

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(self._page_keys.index(key))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._page_keys):
            self.stack.setCurrentWidget(self.page(self._page_keys[row]))

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def pages(self) -> list[QWidget]:
        """The pages built so far (a page never shown holds no vault data)."""
        return [self.stack.widget(i) for i, key in enumerate(self._page_keys) if key not in self._unbuilt]

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the current page's search box, if it has one."""
        page = self.current_page()
        box = page.search_box() if page is not None and hasattr(page, "search_box") else None
        if box is not None:
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()

    def clear(self) -> None:
        """Drop every piece of vault data the pages show (before the vault is closed)."""
        for page in self.pages():
            if hasattr(page, "clear"):
                page.clear()

    # -- menus ---------------------------------------------------------------------------
    def _action(self, key: str, text: str, slot, shortcut: QKeySequence | str | None = None,  # noqa: ANN001
                enabled: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setEnabled(enabled)
        if slot is not None:
            action.triggered.connect(slot)
        self.menu_actions[key] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action("new_request", self.tr("&New request…"), self.new_request, "Ctrl+N"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("backup", self.tr("&Backup…"), self.backup))
        file_menu.addAction(self._action("restore", self.tr("&Restore…"), self.restore))
        file_menu.addAction(self._action("change_passphrase", self.tr("Change &passphrase…"), self.change_passphrase))
        file_menu.addSeparator()
        preferences_key = QKeySequence(QKeySequence.StandardKey.Preferences)
        file_menu.addAction(self._action("settings", self.tr("&Settings…"), self.open_settings,
                                         preferences_key if not preferences_key.isEmpty() else "Ctrl+,"))
        file_menu.addSeparator()
        lock = self._action("lock", self.tr("&Lock"), self.lock_requested, "Ctrl+L")
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from any window of the app
        file_menu.addAction(lock)
        file_menu.addAction(self._action("quit", self.tr("&Quit"), self._quit, "Ctrl+Q"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self._action("search", self.tr("&Search"), self.focus_search, "Ctrl+F"))
        self.view_menu.addSeparator()
        self._pages_separator = self.view_menu.addSeparator()
        tray = self._action("close_to_tray", self.tr("Keep running in the &tray when closed"), None,
                            enabled=self._tray_available)
        tray.setCheckable(True)
        tray.setChecked(self._tray_available and self.context.preferences.close_to_tray())
        tray.toggled.connect(self.context.preferences.set_close_to_tray)
        self.view_menu.addAction(tray)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action("guide", self.tr("&Guide"), self.show_guide, "F1"))
        help_menu.addSeparator()
        help_menu.addAction(self._action("about", self.tr("&About Privacy Vault"), self.about))
        help_menu.addAction(self._action("about_qt", self.tr("About &Qt"), QApplication.aboutQt))
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        """The three things people look for first: write a request, back up, lock."""
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()
        for key, icon in (("new_request", QStyle.StandardPixmap.SP_FileIcon),
                          ("backup", QStyle.StandardPixmap.SP_DialogSaveButton),
                          ("lock", QStyle.StandardPixmap.SP_BrowserStop)):
            action = self.menu_actions[key]
            action.setIcon(style.standardIcon(icon))
            toolbar.addAction(action)

    def _update_page_shortcuts(self) -> None:
        for key in [k for k in self.menu_actions if k.startswith("page:")]:
            self.view_menu.removeAction(self.menu_actions.pop(key))
        for number, key in enumerate(self._page_keys, start=1):
            title = self.sidebar.item(number - 1).text()
            action = self._action(f"page:{key}", title, lambda _=False, k=key: self.show_page(k),
                                  f"Ctrl+{number}" if number <= 9 else None)
            self.view_menu.insertAction(self._pages_separator, action)

    # -- vault-wide actions --------------------------------------------------------------
    def backup(self) -> None:
        folder = get_setting(self.context.vault, "backup_folder") or str(Path.home())
        suggested = str(Path(folder) / f"privacy-vault-{date.today().isoformat()}.db")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Backup the vault"), suggested,
                                              self.tr("Vault files (%1)").replace("%1", "*.db"))
        if not path:
            return
        vault = self.context.vault
        def written(target: object) -> None:
            set_setting(vault, "last_backup_on", date.today().isoformat())
            self.backup_reminder.hide()
            self.statusBar().showMessage(self.tr("Backup written to %1.").replace("%1", str(target)), 10_000)

        run_with_busy_dialog(self, self.tr("Writing the backup…"), lambda: backup_vault(vault, path, replace=True), written,
                             tracker=self.context.jobs)

    def _backup_reminder(self) -> QWidget:
        """A quiet note in the status bar, shown when the last backup is old (or there is none)."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("No recent backup.")))
        button = QPushButton(self.tr("Back up now"))
        button.setAutoDefault(False)
        button.clicked.connect(self.backup)
        row.addWidget(button)
        box.hide()
        return box

    def remind_backup(self, *, created: bool = False) -> None:
        """Right after creating a vault, offer a backup; later, say when the last one is old."""
        if created:
            # Not a blocking exec(): the window stays usable and nothing waits on the answer.
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Make a backup?"),
                              self.tr("Your vault is ready. It exists only on this computer: a backup on another "
                                      "drive (a USB stick, another disk) protects it against a lost or broken "
                                      "computer. Make a backup now?"),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setObjectName("backup_offer")
            box.setDefaultButton(QMessageBox.StandardButton.Yes)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.accepted.connect(self.backup)  # Yes has the accept role
            box.open()
            return
        if backup_is_due(self.context.vault, date.today()):
            self.backup_reminder.show()

    def restore(self) -> None:
        folder = get_setting(self.context.vault, "backup_folder") or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), folder,
                                              self.tr("Vault files (%1);;All files (*)").replace("%1", "*.db"))
        if not path:
            return
        dialog = BackupPassphraseDialog(self)
        if dialog.exec():
            self.restore_requested.emit(path, dialog.passphrase())

    def change_passphrase(self) -> None:
        dialog = NewPassphraseDialog(self)
        if not dialog.exec() or dialog.passphrase() is None:
            return
        vault, passphrase = self.context.vault, dialog.passphrase()
        dialog.fields.clear()
        run_with_busy_dialog(self, self.tr("Encrypting the vault with the new passphrase…"),
                             lambda: change_passphrase(vault, passphrase),
                             lambda _: self.statusBar().showMessage(self.tr("The passphrase was changed."), 10_000),
                             tracker=self.context.jobs)

    def new_request(self) -> None:
        """Ctrl+N: the wizard; from the controllers page, for the controller selected there."""
        from ui.wizard.request_wizard import run_request_wizard  # the wizard loads only when asked for

        page = self.current_page()
        chosen = page.selected_id() if page is not None and page.objectName() == "page_controllers" else None
        run_request_wizard(self.context, self, controller_id=chosen)

    def open_settings(self) -> None:
        if SettingsDialog(self.context, self).exec():
            self.settings_changed.emit()

    def show_guide(self) -> None:
        """Help ▸ Guide (F1): the built-in guide, in the UI language."""
        from ui.dialogs.help_guide import HelpGuideDialog  # loaded when asked for

        HelpGuideDialog(self).exec()

    def about(self) -> None:
        try:
            version = metadata.version("privacy-vault")
        except metadata.PackageNotFoundError:
            version = "?"
        text = self.tr("Privacy Vault keeps what you need to exercise your data-protection rights in one "
                       "encrypted file on this computer. Nothing leaves it unless you export it.")
        text += "\n\n" + self.tr("Version %1").replace("%1", version)
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Privacy Vault"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.exec()

    # -- closing -------------------------------------------------------------------------
    def save_geometry(self) -> None:
        self.context.preferences.save_window_geometry(GEOMETRY_KEY, self.saveGeometry())

    def dismiss(self) -> None:
        """Close without quitting (the session is locking or rebuilding the window)."""
        self._dismissed = True
        self.save_geometry()
        self.close()

    def _quit(self) -> None:
        self.quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._dismissed:
            event.accept()
            return
        self.save_geometry()
        if not self.quitting and self._tray_available and self.context.preferences.close_to_tray():
            event.ignore()
            self.hide()
            return
        event.accept()
        self.quit_requested.emit()
