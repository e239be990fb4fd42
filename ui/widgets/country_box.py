"""Choosing a country by its name, in the UI language; the vault keeps the two-letter code (FR, DE)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from vault.law.countries import ISO_3166_ALPHA2

# Qt names territories in English only: the countries people meet most in this app (the EU and EEA,
# where the GDPR applies, and their neighbours) are translated here; the rest keep Qt's English name.
_NAMES = {
    "AT": QT_TRANSLATE_NOOP("Countries", "Austria"), "BE": QT_TRANSLATE_NOOP("Countries", "Belgium"),
    "BG": QT_TRANSLATE_NOOP("Countries", "Bulgaria"), "CY": QT_TRANSLATE_NOOP("Countries", "Cyprus"),
    "CZ": QT_TRANSLATE_NOOP("Countries", "Czechia"), "DE": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "DK": QT_TRANSLATE_NOOP("Countries", "Denmark"), "EE": QT_TRANSLATE_NOOP("Countries", "Estonia"),
    "ES": QT_TRANSLATE_NOOP("Countries", "Spain"), "FI": QT_TRANSLATE_NOOP("Countries", "Finland"),
    "FR": QT_TRANSLATE_NOOP("Countries", "France"), "GR": QT_TRANSLATE_NOOP("Countries", "Greece"),
    "HR": QT_TRANSLATE_NOOP("Countries", "Croatia"), "HU": QT_TRANSLATE_NOOP("Countries", "Hungary"),
    "IE": QT_TRANSLATE_NOOP("Countries", "Ireland"), "IT": QT_TRANSLATE_NOOP("Countries", "Italy"),
    "LT": QT_TRANSLATE_NOOP("Countries", "Lithuania"), "LU": QT_TRANSLATE_NOOP("Countries", "Luxembourg"),
    "LV": QT_TRANSLATE_NOOP("Countries", "Latvia"), "MT": QT_TRANSLATE_NOOP("Countries", "Malta"),
    "NL": QT_TRANSLATE_NOOP("Countries", "Netherlands"), "PL": QT_TRANSLATE_NOOP("Countries", "Poland"),
    "PT": QT_TRANSLATE_NOOP("Countries", "Portugal"), "RO": QT_TRANSLATE_NOOP("Countries", "Romania"),
    "SE": QT_TRANSLATE_NOOP("Countries", "Sweden"), "SI": QT_TRANSLATE_NOOP("Countries", "Slovenia"),
    "SK": QT_TRANSLATE_NOOP("Countries", "Slovakia"), "IS": QT_TRANSLATE_NOOP("Countries", "Iceland"),
    "LI": QT_TRANSLATE_NOOP("Countries", "Liechtenstein"), "NO": QT_TRANSLATE_NOOP("Countries", "Norway"),
    "CH": QT_TRANSLATE_NOOP("Countries", "Switzerland"), "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "US": QT_TRANSLATE_NOOP("Countries", "United States"), "CA": QT_TRANSLATE_NOOP("Countries", "Canada"),
    "AU": QT_TRANSLATE_NOOP("Countries", "Australia"), "JP": QT_TRANSLATE_NOOP("Countries", "Japan"),
    "CN": QT_TRANSLATE_NOOP("Countries", "China"), "IN": QT_TRANSLATE_NOOP("Countries", "India"),
    "BR": QT_TRANSLATE_NOOP("Countries", "Brazil"), "MC": QT_TRANSLATE_NOOP("Countries", "Monaco"),
}


def country_name(code: str) -> str:
    """The country's name in the UI language where we have it, else Qt's (English) name, else the code."""
    if code in _NAMES:
        return QCoreApplication.translate("Countries", _NAMES[code])
    territory = QLocale.codeToTerritory(code)
    return QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code


class CountryBox(QComboBox):
    """Every country by name, sorted for the UI language, "not given" first; type to jump to one."""

    def __init__(self, code: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.addItem(self.tr("(not given)"), None)
        for name, country in sorted(((country_name(c), c) for c in ISO_3166_ALPHA2),
                                    key=lambda item: collator.sortKey(item[0])):
            self.addItem(name, country)
        self.set_code(code)

    def code(self) -> str | None:
        """The chosen country's two-letter code, or None."""
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code.upper()) if code else 0
        self.setCurrentIndex(max(index, 0))
