"""Which record of an organisation: its country variants, and its EU controller for people in the EEA.

Under a list of organisations (one line per brand), ``OrganisationChoice`` shows the variants
of the selected one (web domain and countries served, the person's country pre-selected) and,
when the overlay says that people in the EEA address an EU controller (Google Ireland Limited
rather than Google LLC), says so with its source and offers to write there, ticked by default.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.country_box import country_name
from vault.organisations.brands import Organisation
from vault.organisations.eu_controllers import redirects


def organisation_title(organisation: Organisation) -> str:
    """One list line: the brand (and the record's name when it differs), its country, how many variants."""
    chosen = organisation.chosen
    name = chosen.name if organisation.brand == chosen.name else f"{organisation.brand} — {chosen.name}"
    text = f"{name} ({country_name(chosen.country)})" if chosen.country else name
    if len(organisation.variants) > 1:
        sites = ", ".join(v.web for v in organisation.variants if v.web)
        text += f"  · {sites}" if sites else ""
    return text


class OrganisationChoice(QWidget):
    """The variant chooser and the EU-controller note for one organisation."""

    changed = Signal()

    def __init__(self, offer_switch: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._offer_switch = offer_switch  # False: a record is picked as it is (the note still says why)
        self._organisation: Organisation | None = None
        self._country: str | None = None
        self.variants = QComboBox()
        self.variants.setAccessibleName(self.tr("Country variant"))
        self.variant_label = QLabel(self.tr("Variant:"))
        self.variant_label.setBuddy(self.variants)
        self.eu_note = QLabel()
        self.eu_note.setTextFormat(Qt.TextFormat.PlainText)
        self.eu_note.setWordWrap(True)
        self.eu_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_eu = QCheckBox()
        self.use_eu.setChecked(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.variant_label)
        row.addWidget(self.variants, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.eu_note)
        layout.addWidget(self.use_eu)
        self.variants.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.use_eu.toggled.connect(lambda _on: self.changed.emit())
        self.set_organisation(None, None)

    def set_organisation(self, organisation: Organisation | None, country: str | None) -> None:
        """Show ``organisation``'s variants (its chosen one selected) and, where it applies, its EU controller."""
        self._organisation, self._country = organisation, country
        self.variants.blockSignals(True)
        self.variants.clear()
        for variant in organisation.variants if organisation else []:
            self.variants.addItem(variant.label(), variant.id)
            if variant.id == organisation.chosen.id:
                self.variants.setCurrentIndex(self.variants.count() - 1)
        self.variants.blockSignals(False)
        several = organisation is not None and len(organisation.variants) > 1
        self.variants.setVisible(several)
        self.variant_label.setVisible(several)
        overlay = organisation.overlay if organisation else None
        switch = redirects(overlay, organisation.chosen.name if organisation else None, country)
        if switch:
            eu = overlay.eu_controller
            self.eu_note.setText(
                self.tr("For people in the EEA, the controller of %1 is %2 (%3), as its privacy policy says "
                        "(%4, checked %5). A complaint can go to its lead authority or to your own.")
                .replace("%1", overlay.brand).replace("%2", eu.get("name") or "").replace("%3", eu.get("country") or "")
                .replace("%4", overlay.source_url).replace("%5", overlay.checked))
            self.use_eu.setText(self.tr("Write to %1").replace("%1", eu.get("name") or ""))
        else:
            self.eu_note.clear()
        self.eu_note.setVisible(switch)
        self.use_eu.setVisible(switch and self._offer_switch)
        self.changed.emit()

    def organisation(self) -> Organisation | None:
        return self._organisation

    def variant_id(self) -> int | None:
        """The controller id of the variant chosen, or None when no organisation is shown."""
        if self._organisation is None:
            return None
        data = self.variants.currentData()
        return int(data) if data is not None else self._organisation.chosen.id

    def writes_to_eu_controller(self) -> bool:
        """True when the request should go to the overlay's EU controller."""
        return self._organisation is not None and self._offer_switch and self.use_eu.isChecked() \
            and redirects(self._organisation.overlay, self._organisation.chosen.name, self._country)
