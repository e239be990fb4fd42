"""Choosing a country by its name, in the UI language; the vault keeps the two-letter code (FR, DE)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from vault.law.countries import ISO_3166_ALPHA2

# Every officially assigned code (vault.law.countries) with its English name, translated like any UI
# string (Qt itself names territories in English only).
_NAMES = {
    "AD": QT_TRANSLATE_NOOP("Countries", "Andorra"), "AE": QT_TRANSLATE_NOOP("Countries", "United Arab Emirates"),
    "AF": QT_TRANSLATE_NOOP("Countries", "Afghanistan"), "AG": QT_TRANSLATE_NOOP("Countries", "Antigua and Barbuda"),
    "AI": QT_TRANSLATE_NOOP("Countries", "Anguilla"), "AL": QT_TRANSLATE_NOOP("Countries", "Albania"),
    "AM": QT_TRANSLATE_NOOP("Countries", "Armenia"), "AO": QT_TRANSLATE_NOOP("Countries", "Angola"),
    "AQ": QT_TRANSLATE_NOOP("Countries", "Antarctica"), "AR": QT_TRANSLATE_NOOP("Countries", "Argentina"),
    "AS": QT_TRANSLATE_NOOP("Countries", "American Samoa"), "AT": QT_TRANSLATE_NOOP("Countries", "Austria"),
    "AU": QT_TRANSLATE_NOOP("Countries", "Australia"), "AW": QT_TRANSLATE_NOOP("Countries", "Aruba"),
    "AX": QT_TRANSLATE_NOOP("Countries", "Åland Islands"), "AZ": QT_TRANSLATE_NOOP("Countries", "Azerbaijan"),
    "BA": QT_TRANSLATE_NOOP("Countries", "Bosnia and Herzegovina"), "BB": QT_TRANSLATE_NOOP("Countries", "Barbados"),
    "BD": QT_TRANSLATE_NOOP("Countries", "Bangladesh"), "BE": QT_TRANSLATE_NOOP("Countries", "Belgium"),
    "BF": QT_TRANSLATE_NOOP("Countries", "Burkina Faso"), "BG": QT_TRANSLATE_NOOP("Countries", "Bulgaria"),
    "BH": QT_TRANSLATE_NOOP("Countries", "Bahrain"), "BI": QT_TRANSLATE_NOOP("Countries", "Burundi"),
    "BJ": QT_TRANSLATE_NOOP("Countries", "Benin"), "BL": QT_TRANSLATE_NOOP("Countries", "Saint Barthélemy"),
    "BM": QT_TRANSLATE_NOOP("Countries", "Bermuda"), "BN": QT_TRANSLATE_NOOP("Countries", "Brunei"),
    "BO": QT_TRANSLATE_NOOP("Countries", "Bolivia"), "BQ": QT_TRANSLATE_NOOP("Countries", "Caribbean Netherlands"),
    "BR": QT_TRANSLATE_NOOP("Countries", "Brazil"), "BS": QT_TRANSLATE_NOOP("Countries", "Bahamas"),
    "BT": QT_TRANSLATE_NOOP("Countries", "Bhutan"), "BV": QT_TRANSLATE_NOOP("Countries", "Bouvet Island"),
    "BW": QT_TRANSLATE_NOOP("Countries", "Botswana"), "BY": QT_TRANSLATE_NOOP("Countries", "Belarus"),
    "BZ": QT_TRANSLATE_NOOP("Countries", "Belize"), "CA": QT_TRANSLATE_NOOP("Countries", "Canada"),
    "CC": QT_TRANSLATE_NOOP("Countries", "Cocos (Keeling) Islands"),
    "CD": QT_TRANSLATE_NOOP("Countries", "Congo (Kinshasa)"),
    "CF": QT_TRANSLATE_NOOP("Countries", "Central African Republic"),
    "CG": QT_TRANSLATE_NOOP("Countries", "Congo (Brazzaville)"), "CH": QT_TRANSLATE_NOOP("Countries", "Switzerland"),
    "CI": QT_TRANSLATE_NOOP("Countries", "Côte d’Ivoire"), "CK": QT_TRANSLATE_NOOP("Countries", "Cook Islands"),
    "CL": QT_TRANSLATE_NOOP("Countries", "Chile"), "CM": QT_TRANSLATE_NOOP("Countries", "Cameroon"),
    "CN": QT_TRANSLATE_NOOP("Countries", "China"), "CO": QT_TRANSLATE_NOOP("Countries", "Colombia"),
    "CR": QT_TRANSLATE_NOOP("Countries", "Costa Rica"), "CU": QT_TRANSLATE_NOOP("Countries", "Cuba"),
    "CV": QT_TRANSLATE_NOOP("Countries", "Cape Verde"), "CW": QT_TRANSLATE_NOOP("Countries", "Curaçao"),
    "CX": QT_TRANSLATE_NOOP("Countries", "Christmas Island"), "CY": QT_TRANSLATE_NOOP("Countries", "Cyprus"),
    "CZ": QT_TRANSLATE_NOOP("Countries", "Czechia"), "DE": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "DJ": QT_TRANSLATE_NOOP("Countries", "Djibouti"), "DK": QT_TRANSLATE_NOOP("Countries", "Denmark"),
    "DM": QT_TRANSLATE_NOOP("Countries", "Dominica"), "DO": QT_TRANSLATE_NOOP("Countries", "Dominican Republic"),
    "DZ": QT_TRANSLATE_NOOP("Countries", "Algeria"), "EC": QT_TRANSLATE_NOOP("Countries", "Ecuador"),
    "EE": QT_TRANSLATE_NOOP("Countries", "Estonia"), "EG": QT_TRANSLATE_NOOP("Countries", "Egypt"),
    "EH": QT_TRANSLATE_NOOP("Countries", "Western Sahara"), "ER": QT_TRANSLATE_NOOP("Countries", "Eritrea"),
    "ES": QT_TRANSLATE_NOOP("Countries", "Spain"), "ET": QT_TRANSLATE_NOOP("Countries", "Ethiopia"),
    "FI": QT_TRANSLATE_NOOP("Countries", "Finland"), "FJ": QT_TRANSLATE_NOOP("Countries", "Fiji"),
    "FK": QT_TRANSLATE_NOOP("Countries", "Falkland Islands"), "FM": QT_TRANSLATE_NOOP("Countries", "Micronesia"),
    "FO": QT_TRANSLATE_NOOP("Countries", "Faroe Islands"), "FR": QT_TRANSLATE_NOOP("Countries", "France"),
    "GA": QT_TRANSLATE_NOOP("Countries", "Gabon"), "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "GD": QT_TRANSLATE_NOOP("Countries", "Grenada"), "GE": QT_TRANSLATE_NOOP("Countries", "Georgia"),
    "GF": QT_TRANSLATE_NOOP("Countries", "French Guiana"), "GG": QT_TRANSLATE_NOOP("Countries", "Guernsey"),
    "GH": QT_TRANSLATE_NOOP("Countries", "Ghana"), "GI": QT_TRANSLATE_NOOP("Countries", "Gibraltar"),
    "GL": QT_TRANSLATE_NOOP("Countries", "Greenland"), "GM": QT_TRANSLATE_NOOP("Countries", "Gambia"),
    "GN": QT_TRANSLATE_NOOP("Countries", "Guinea"), "GP": QT_TRANSLATE_NOOP("Countries", "Guadeloupe"),
    "GQ": QT_TRANSLATE_NOOP("Countries", "Equatorial Guinea"), "GR": QT_TRANSLATE_NOOP("Countries", "Greece"),
    "GS": QT_TRANSLATE_NOOP("Countries", "South Georgia and the South Sandwich Islands"),
    "GT": QT_TRANSLATE_NOOP("Countries", "Guatemala"), "GU": QT_TRANSLATE_NOOP("Countries", "Guam"),
    "GW": QT_TRANSLATE_NOOP("Countries", "Guinea-Bissau"), "GY": QT_TRANSLATE_NOOP("Countries", "Guyana"),
    "HK": QT_TRANSLATE_NOOP("Countries", "Hong Kong"),
    "HM": QT_TRANSLATE_NOOP("Countries", "Heard Island and McDonald Islands"),
    "HN": QT_TRANSLATE_NOOP("Countries", "Honduras"), "HR": QT_TRANSLATE_NOOP("Countries", "Croatia"),
    "HT": QT_TRANSLATE_NOOP("Countries", "Haiti"), "HU": QT_TRANSLATE_NOOP("Countries", "Hungary"),
    "ID": QT_TRANSLATE_NOOP("Countries", "Indonesia"), "IE": QT_TRANSLATE_NOOP("Countries", "Ireland"),
    "IL": QT_TRANSLATE_NOOP("Countries", "Israel"), "IM": QT_TRANSLATE_NOOP("Countries", "Isle of Man"),
    "IN": QT_TRANSLATE_NOOP("Countries", "India"),
    "IO": QT_TRANSLATE_NOOP("Countries", "British Indian Ocean Territory"),
    "IQ": QT_TRANSLATE_NOOP("Countries", "Iraq"), "IR": QT_TRANSLATE_NOOP("Countries", "Iran"),
    "IS": QT_TRANSLATE_NOOP("Countries", "Iceland"), "IT": QT_TRANSLATE_NOOP("Countries", "Italy"),
    "JE": QT_TRANSLATE_NOOP("Countries", "Jersey"), "JM": QT_TRANSLATE_NOOP("Countries", "Jamaica"),
    "JO": QT_TRANSLATE_NOOP("Countries", "Jordan"), "JP": QT_TRANSLATE_NOOP("Countries", "Japan"),
    "KE": QT_TRANSLATE_NOOP("Countries", "Kenya"), "KG": QT_TRANSLATE_NOOP("Countries", "Kyrgyzstan"),
    "KH": QT_TRANSLATE_NOOP("Countries", "Cambodia"), "KI": QT_TRANSLATE_NOOP("Countries", "Kiribati"),
    "KM": QT_TRANSLATE_NOOP("Countries", "Comoros"), "KN": QT_TRANSLATE_NOOP("Countries", "Saint Kitts and Nevis"),
    "KP": QT_TRANSLATE_NOOP("Countries", "North Korea"), "KR": QT_TRANSLATE_NOOP("Countries", "South Korea"),
    "KW": QT_TRANSLATE_NOOP("Countries", "Kuwait"), "KY": QT_TRANSLATE_NOOP("Countries", "Cayman Islands"),
    "KZ": QT_TRANSLATE_NOOP("Countries", "Kazakhstan"), "LA": QT_TRANSLATE_NOOP("Countries", "Laos"),
    "LB": QT_TRANSLATE_NOOP("Countries", "Lebanon"), "LC": QT_TRANSLATE_NOOP("Countries", "Saint Lucia"),
    "LI": QT_TRANSLATE_NOOP("Countries", "Liechtenstein"), "LK": QT_TRANSLATE_NOOP("Countries", "Sri Lanka"),
    "LR": QT_TRANSLATE_NOOP("Countries", "Liberia"), "LS": QT_TRANSLATE_NOOP("Countries", "Lesotho"),
    "LT": QT_TRANSLATE_NOOP("Countries", "Lithuania"), "LU": QT_TRANSLATE_NOOP("Countries", "Luxembourg"),
    "LV": QT_TRANSLATE_NOOP("Countries", "Latvia"), "LY": QT_TRANSLATE_NOOP("Countries", "Libya"),
    "MA": QT_TRANSLATE_NOOP("Countries", "Morocco"), "MC": QT_TRANSLATE_NOOP("Countries", "Monaco"),
    "MD": QT_TRANSLATE_NOOP("Countries", "Moldova"), "ME": QT_TRANSLATE_NOOP("Countries", "Montenegro"),
    "MF": QT_TRANSLATE_NOOP("Countries", "Saint Martin"), "MG": QT_TRANSLATE_NOOP("Countries", "Madagascar"),
    "MH": QT_TRANSLATE_NOOP("Countries", "Marshall Islands"), "MK": QT_TRANSLATE_NOOP("Countries", "North Macedonia"),
    "ML": QT_TRANSLATE_NOOP("Countries", "Mali"), "MM": QT_TRANSLATE_NOOP("Countries", "Myanmar"),
    "MN": QT_TRANSLATE_NOOP("Countries", "Mongolia"), "MO": QT_TRANSLATE_NOOP("Countries", "Macao"),
    "MP": QT_TRANSLATE_NOOP("Countries", "Northern Mariana Islands"),
    "MQ": QT_TRANSLATE_NOOP("Countries", "Martinique"), "MR": QT_TRANSLATE_NOOP("Countries", "Mauritania"),
    "MS": QT_TRANSLATE_NOOP("Countries", "Montserrat"), "MT": QT_TRANSLATE_NOOP("Countries", "Malta"),
    "MU": QT_TRANSLATE_NOOP("Countries", "Mauritius"), "MV": QT_TRANSLATE_NOOP("Countries", "Maldives"),
    "MW": QT_TRANSLATE_NOOP("Countries", "Malawi"), "MX": QT_TRANSLATE_NOOP("Countries", "Mexico"),
    "MY": QT_TRANSLATE_NOOP("Countries", "Malaysia"), "MZ": QT_TRANSLATE_NOOP("Countries", "Mozambique"),
    "NA": QT_TRANSLATE_NOOP("Countries", "Namibia"), "NC": QT_TRANSLATE_NOOP("Countries", "New Caledonia"),
    "NE": QT_TRANSLATE_NOOP("Countries", "Niger"), "NF": QT_TRANSLATE_NOOP("Countries", "Norfolk Island"),
    "NG": QT_TRANSLATE_NOOP("Countries", "Nigeria"), "NI": QT_TRANSLATE_NOOP("Countries", "Nicaragua"),
    "NL": QT_TRANSLATE_NOOP("Countries", "Netherlands"), "NO": QT_TRANSLATE_NOOP("Countries", "Norway"),
    "NP": QT_TRANSLATE_NOOP("Countries", "Nepal"), "NR": QT_TRANSLATE_NOOP("Countries", "Nauru"),
    "NU": QT_TRANSLATE_NOOP("Countries", "Niue"), "NZ": QT_TRANSLATE_NOOP("Countries", "New Zealand"),
    "OM": QT_TRANSLATE_NOOP("Countries", "Oman"), "PA": QT_TRANSLATE_NOOP("Countries", "Panama"),
    "PE": QT_TRANSLATE_NOOP("Countries", "Peru"), "PF": QT_TRANSLATE_NOOP("Countries", "French Polynesia"),
    "PG": QT_TRANSLATE_NOOP("Countries", "Papua New Guinea"), "PH": QT_TRANSLATE_NOOP("Countries", "Philippines"),
    "PK": QT_TRANSLATE_NOOP("Countries", "Pakistan"), "PL": QT_TRANSLATE_NOOP("Countries", "Poland"),
    "PM": QT_TRANSLATE_NOOP("Countries", "Saint Pierre and Miquelon"),
    "PN": QT_TRANSLATE_NOOP("Countries", "Pitcairn Islands"), "PR": QT_TRANSLATE_NOOP("Countries", "Puerto Rico"),
    "PS": QT_TRANSLATE_NOOP("Countries", "Palestinian Territories"), "PT": QT_TRANSLATE_NOOP("Countries", "Portugal"),
    "PW": QT_TRANSLATE_NOOP("Countries", "Palau"), "PY": QT_TRANSLATE_NOOP("Countries", "Paraguay"),
    "QA": QT_TRANSLATE_NOOP("Countries", "Qatar"), "RE": QT_TRANSLATE_NOOP("Countries", "Réunion"),
    "RO": QT_TRANSLATE_NOOP("Countries", "Romania"), "RS": QT_TRANSLATE_NOOP("Countries", "Serbia"),
    "RU": QT_TRANSLATE_NOOP("Countries", "Russia"), "RW": QT_TRANSLATE_NOOP("Countries", "Rwanda"),
    "SA": QT_TRANSLATE_NOOP("Countries", "Saudi Arabia"), "SB": QT_TRANSLATE_NOOP("Countries", "Solomon Islands"),
    "SC": QT_TRANSLATE_NOOP("Countries", "Seychelles"), "SD": QT_TRANSLATE_NOOP("Countries", "Sudan"),
    "SE": QT_TRANSLATE_NOOP("Countries", "Sweden"), "SG": QT_TRANSLATE_NOOP("Countries", "Singapore"),
    "SH": QT_TRANSLATE_NOOP("Countries", "Saint Helena"), "SI": QT_TRANSLATE_NOOP("Countries", "Slovenia"),
    "SJ": QT_TRANSLATE_NOOP("Countries", "Svalbard and Jan Mayen"), "SK": QT_TRANSLATE_NOOP("Countries", "Slovakia"),
    "SL": QT_TRANSLATE_NOOP("Countries", "Sierra Leone"), "SM": QT_TRANSLATE_NOOP("Countries", "San Marino"),
    "SN": QT_TRANSLATE_NOOP("Countries", "Senegal"), "SO": QT_TRANSLATE_NOOP("Countries", "Somalia"),
    "SR": QT_TRANSLATE_NOOP("Countries", "Suriname"), "SS": QT_TRANSLATE_NOOP("Countries", "South Sudan"),
    "ST": QT_TRANSLATE_NOOP("Countries", "São Tomé and Príncipe"),
    "SV": QT_TRANSLATE_NOOP("Countries", "El Salvador"), "SX": QT_TRANSLATE_NOOP("Countries", "Sint Maarten"),
    "SY": QT_TRANSLATE_NOOP("Countries", "Syria"), "SZ": QT_TRANSLATE_NOOP("Countries", "Eswatini"),
    "TC": QT_TRANSLATE_NOOP("Countries", "Turks and Caicos Islands"), "TD": QT_TRANSLATE_NOOP("Countries", "Chad"),
    "TF": QT_TRANSLATE_NOOP("Countries", "French Southern Territories"), "TG": QT_TRANSLATE_NOOP("Countries", "Togo"),
    "TH": QT_TRANSLATE_NOOP("Countries", "Thailand"), "TJ": QT_TRANSLATE_NOOP("Countries", "Tajikistan"),
    "TK": QT_TRANSLATE_NOOP("Countries", "Tokelau"), "TL": QT_TRANSLATE_NOOP("Countries", "Timor-Leste"),
    "TM": QT_TRANSLATE_NOOP("Countries", "Turkmenistan"), "TN": QT_TRANSLATE_NOOP("Countries", "Tunisia"),
    "TO": QT_TRANSLATE_NOOP("Countries", "Tonga"), "TR": QT_TRANSLATE_NOOP("Countries", "Türkiye"),
    "TT": QT_TRANSLATE_NOOP("Countries", "Trinidad and Tobago"), "TV": QT_TRANSLATE_NOOP("Countries", "Tuvalu"),
    "TW": QT_TRANSLATE_NOOP("Countries", "Taiwan"), "TZ": QT_TRANSLATE_NOOP("Countries", "Tanzania"),
    "UA": QT_TRANSLATE_NOOP("Countries", "Ukraine"), "UG": QT_TRANSLATE_NOOP("Countries", "Uganda"),
    "UM": QT_TRANSLATE_NOOP("Countries", "United States Minor Outlying Islands"),
    "US": QT_TRANSLATE_NOOP("Countries", "United States"), "UY": QT_TRANSLATE_NOOP("Countries", "Uruguay"),
    "UZ": QT_TRANSLATE_NOOP("Countries", "Uzbekistan"), "VA": QT_TRANSLATE_NOOP("Countries", "Vatican City"),
    "VC": QT_TRANSLATE_NOOP("Countries", "Saint Vincent and the Grenadines"),
    "VE": QT_TRANSLATE_NOOP("Countries", "Venezuela"), "VG": QT_TRANSLATE_NOOP("Countries", "British Virgin Islands"),
    "VI": QT_TRANSLATE_NOOP("Countries", "United States Virgin Islands"),
    "VN": QT_TRANSLATE_NOOP("Countries", "Vietnam"), "VU": QT_TRANSLATE_NOOP("Countries", "Vanuatu"),
    "WF": QT_TRANSLATE_NOOP("Countries", "Wallis and Futuna"), "WS": QT_TRANSLATE_NOOP("Countries", "Samoa"),
    "YE": QT_TRANSLATE_NOOP("Countries", "Yemen"), "YT": QT_TRANSLATE_NOOP("Countries", "Mayotte"),
    "ZA": QT_TRANSLATE_NOOP("Countries", "South Africa"), "ZM": QT_TRANSLATE_NOOP("Countries", "Zambia"),
    "ZW": QT_TRANSLATE_NOOP("Countries", "Zimbabwe"),
}


def country_name(code: str) -> str:
    """The country's name in the UI language; Qt's English name for a code not in our table, else the code."""
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
