"""The pages of the main window, in sidebar order. Phase 2 adds its pages here.

A page is a QWidget built from the session's ``Context``. The main window calls, when the
page has them, ``search_box()`` (Ctrl+F focuses it) and ``clear()`` (on lock: drop every
piece of vault data shown). Pages refresh themselves on ``context.events.changed``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import Context
from ui.pages.consents import ConsentsPage
from ui.pages.controllers import ControllersPage
from ui.pages.dashboard import DashboardPage
from ui.pages.identities import IdentitiesPage
from ui.pages.requests import RequestsPage


@dataclass(frozen=True)
class PageSpec:
    """One sidebar entry: a stable key, its title (marked for translation), how to build the page."""

    key: str
    title_source: str  # QT_TRANSLATE_NOOP("Pages", ...), so lupdate finds it
    build: Callable[[Context], QWidget]

    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.title_source)


def default_pages() -> list[PageSpec]:
    """The pages every session shows (phase 2: dashboard first, then requests, consents, ...)."""
    return [
        PageSpec("dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"), DashboardPage),
        PageSpec("requests", QT_TRANSLATE_NOOP("Pages", "Requests"), RequestsPage),
        PageSpec("controllers", QT_TRANSLATE_NOOP("Pages", "Controllers"), ControllersPage),
        PageSpec("identities", QT_TRANSLATE_NOOP("Pages", "Identities"), IdentitiesPage),
        PageSpec("consents", QT_TRANSLATE_NOOP("Pages", "Consents"), ConsentsPage),
    ]
