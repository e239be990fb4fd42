"""The main window's actions for controllers and leaks: imports, bulk requests, “Who leaked this?”.

``add_tools(window)`` puts them in the File and View menus the window built (found by the
actions they hold, so the window's own menu code stays as it is) and registers them in
``window.menu_actions``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.dialogs.bulk_request import new_bulk_requests
from ui.dialogs.check_mail import check_mail, start_mail_timer
from ui.dialogs.directory import import_directory_dialog
from ui.dialogs.leak import show_leak_dialog
from ui.dialogs.policy import import_policy

WHO_LEAKED_SHORTCUT = "Ctrl+Shift+L"  # Ctrl+L locks


def _menu_holding(window: QMainWindow, action: QAction | None) -> QMenu | None:
    for item in window.menuBar().actions():
        menu = item.menu()
        if menu is not None and action in menu.actions():
            return menu
    return None


def add_tools(window: QMainWindow) -> None:
    """Add the actions to ``window`` (a ``MainWindow``: it has ``context`` and ``menu_actions``)."""
    context = window.context
    actions = window.menu_actions

    def action(key: str, text: str, slot, shortcut: str | None = None) -> QAction:  # noqa: ANN001
        made = QAction(text, window)
        if shortcut:
            made.setShortcut(QKeySequence(shortcut))
        made.triggered.connect(slot)
        actions[key] = made
        return made

    policy = action("import_policy", QCoreApplication.translate("ToolsMenu", "Import privacy &policy…"),
                    lambda: import_policy(window, context), "Ctrl+I")
    directory = action("import_directory", QCoreApplication.translate("ToolsMenu", "Import controller &directory…"),
                       lambda: import_directory_dialog(window, context))
    bulk = action("bulk_requests", QCoreApplication.translate("ToolsMenu", "New requests for a &category…"),
                  lambda: new_bulk_requests(window, context), "Ctrl+Shift+N")
    leaked = action("who_leaked", QCoreApplication.translate("ToolsMenu", "&Who leaked this?…"),
                    lambda: show_leak_dialog(context, window), WHO_LEAKED_SHORTCUT)
    leaked.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    mail = action("check_mail", QCoreApplication.translate("ToolsMenu", "Check &mail…"),
                  lambda: check_mail(window, context), "Ctrl+Shift+M")
    start_mail_timer(window, context)
    file_menu = _menu_holding(window, actions.get("backup"))
    if file_menu is not None:
        items = file_menu.actions()
        new_request = actions.get("new_request")
        after_new = items[items.index(new_request) + 1] if new_request in items[:-1] else actions["backup"]
        file_menu.insertAction(after_new, bulk)  # beside New request…
        for item in (policy, directory):
            file_menu.insertAction(actions["backup"], item)
        file_menu.insertSeparator(actions["backup"])
    view_menu = _menu_holding(window, actions.get("search"))
    if view_menu is not None:
        following = view_menu.actions()[view_menu.actions().index(actions["search"]) + 1:]
        view_menu.insertAction(following[0] if following else None, leaked)
        view_menu.insertAction(following[0] if following else None, mail)
