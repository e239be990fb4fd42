"""What to black out on a copy of an identity document: presets per document kind and country.

The presets are data (``resources/id_redaction_presets.json``): rectangles as fractions of the
page, placed where the fields sit on current models, for the person to move and resize.

Why these fields. PAuswG § 20(2) (https://www.gesetze-im-internet.de/pauswg/__20.html, verified
in docs/law-sources.md § 4.3) requires only that a copy of a German identity card be "eindeutig
und dauerhaft als Kopie erkennbar" (the watermark does that); it says nothing about blacking out.
The blacking out follows the Federal Ministry of the Interior's guidance on its Personalausweisportal
(https://www.personalausweisportal.de/DE/Buergerinnen-und-Buerger/Der-Personalausweis/Ausweis_kopieren/ausweis_kopieren_node.html):
"Ausweisdaten, die nicht zur Identifizierung benötigt werden, können und sollen auf der Kopie vom
Ausweisinhaber geschwärzt werden. Das gilt insbesondere für die auf dem Ausweis aufgedruckte
Zugangsnummer sowie die Seriennummer [...]", and, for every country, data minimisation:
GDPR art. 5(1)(c), personal data shall be "adequate, relevant and limited to what is necessary in
relation to the purposes for which they are processed" (docs/law-sources.md § 2.17).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from vault.errors import InvalidInput

SIDES = ("front", "back")
# The fields a preset may name, as the CLI prints them (the UI translates its own).
FIELD_NAMES = {
    "serial_number": "serial number", "can": "access number (CAN)", "photo": "photo", "height": "height",
    "eye_colour": "eye colour", "mrz": "machine-readable zone", "card_number": "card number",
    "document_number": "document number", "licence_number": "licence number",
}


@dataclass(frozen=True)
class PresetArea:
    """One field to black out: which side, and where as fractions (x, y, width, height) of that side."""

    field: str
    side: str
    rect: tuple[float, float, float, float]
    optional: bool = False

    @property
    def name(self) -> str:
        """The field's name in English."""
        return FIELD_NAMES.get(self.field, self.field)


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    text = (files("resources") / "id_redaction_presets.json").read_text(encoding="utf-8")
    return json.loads(text)["presets"]


def _area(entry: dict[str, Any], side: str) -> PresetArea:
    x, y, w, h = (float(v) for v in entry["rect"])
    if not (0 <= x < 1 and 0 <= y < 1 and 0 < w <= 1 - x + 1e-9 and 0 < h <= 1 - y + 1e-9):
        raise ValueError(f"preset rectangle {entry['rect']} leaves the page")  # a packaging error
    return PresetArea(entry["field"], side, (x, y, w, h), bool(entry.get("optional", False)))


def preset_areas(kind: str, country: str, *, include_optional: bool = False) -> list[PresetArea]:
    """The areas proposed for a document of ``kind`` issued by ``country`` (its own preset, else '*')."""
    by_country = _table().get(kind)
    if by_country is None:
        raise InvalidInput(f"There is no redaction preset for the document kind '{kind}'.")
    preset = by_country.get(country.upper(), by_country.get("*", {}))
    areas = [_area(entry, side) for side in SIDES for entry in preset.get(side, [])]
    return [area for area in areas if include_optional or not area.optional]
