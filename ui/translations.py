"""UI languages: English built in, French and German from .qm files compiled from resources/translations."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("en", "fr", "de")


def translations_folder() -> Path:
    """Where the compiled .qm files are (a folder on disk, also in a PyInstaller bundle)."""
    return Path(str(files("resources") / "translations"))


def resolve_language(code: str) -> str:
    """``code`` if supported, else the first supported language the system asks for, else English."""
    if code in SUPPORTED:
        return code
    for name in QLocale.system().uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in SUPPORTED:
            return language
    return "en"


class Translations:
    """The translators installed in the application; ``apply`` switches language."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, code: str) -> str:
        """Install the translations for ``code`` ("" = follow the system); returns the language used."""
        language = resolve_language(code)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        ours = QTranslator(self._app)  # English has one too: its plural forms ("1 controller", "2 controllers")
        if ours.load(f"privacy_vault_{language}", str(translations_folder())):
            self._install(ours)
        elif language != "en":
            language = "en"  # .qm not built: stay consistent, everything in English
        if language != "en":
            qt_own = QTranslator(self._app)  # Qt's standard buttons (OK, Cancel, ...)
            if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._install(qt_own)
        QLocale.setDefault(QLocale(language))
        self.language = language
        return language

    def clear(self) -> None:
        """Remove every translator installed here (tests; the source strings show again)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = "en"

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
