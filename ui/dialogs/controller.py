"""Adding and editing a controller, and one of its retention periods."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ui.dialogs.record import RecordDialog
from vault.organisations.controllers import (
    Controller,
    RetentionPeriod,
    add_controller,
    add_retention_period,
    edit_controller,
    edit_retention_period,
)
from vault.storage.store import Vault


class ControllerDialog(RecordDialog):
    """The controller's fields; only the fields changed are sent when editing."""

    def __init__(self, vault: Vault, controller: Controller | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("New controller") if controller is None else self.tr("Edit controller"), parent)
        self._vault = vault
        self._controller = controller
        c = controller or Controller(id=0, name="")
        self._widgets: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {
            "name": self.add_line(self.tr("Name *"), c.name),
            "legal_form": self.add_line(self.tr("Legal form"), c.legal_form, self.tr("e.g. SA, GmbH, Ltd")),
            "registration_number": self.add_line(self.tr("Registration number"), c.registration_number),
            "address": self.add_text(self.tr("Postal address"), c.address),
            "country": self.add_line(self.tr("Country"), c.country, self.tr("Two-letter code, e.g. FR, DE")),
            "region": self.add_line(self.tr("Region"), c.region, self.tr("e.g. BY, 57")),
            "sector": self.add_choice(
                self.tr("Sector"),
                [(self.tr("Unknown"), None), (self.tr("Private"), "private"), (self.tr("Public body"), "public")],
                c.sector),
            "representative": self.add_text(self.tr("EU representative (Art. 27 GDPR)"), c.representative),
            "dpo_name": self.add_line(self.tr("DPO name"), c.dpo_name),
            "dpo_email": self.add_line(self.tr("DPO e-mail address"), c.dpo_email),
            "emails": self.add_list(self.tr("Other e-mail addresses"), c.emails),
            "web_form": self.add_line(self.tr("Web form"), c.web_form, "https://"),
            "web": self.add_line(self.tr("Web site"), c.web, "https://"),
            "phone": self.add_line(self.tr("Phone"), c.phone),
            "authority": self.add_line(self.tr("Supervisory authority"), c.authority),
            "transfers_outside_eu": self.add_choice(
                self.tr("Transfers outside the EU"),
                [(self.tr("Unknown"), None), (self.tr("Yes"), True), (self.tr("No"), False)],
                c.transfers_outside_eu),
            "notes": self.add_text(self.tr("Notes"), c.notes),
        }
        self._initial = self._values()

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self._widgets.items():
            if isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif name == "emails":
                values[name] = self.lines_of(widget)  # type: ignore[arg-type]
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText().strip()
            else:
                values[name] = widget.text().strip()
        return values

    def save(self) -> int:
        values = self._values()
        if self._controller is None:
            return add_controller(self._vault, **values)
        changes = {name: value for name, value in values.items() if value != self._initial[name]}
        return edit_controller(self._vault, self._controller.id, changes).id


class RetentionPeriodDialog(RecordDialog):
    """How long the controller says it keeps one kind of data (a new period, or ``period`` to edit)."""

    def __init__(self, vault: Vault, controller_id: int, parent: QWidget | None = None,
                 period: RetentionPeriod | None = None):
        super().__init__(self.tr("New retention period") if period is None else self.tr("Edit retention period"),
                         parent)
        self._vault = vault
        self._controller_id = controller_id
        self._period = period
        self.what = self.add_line(self.tr("What is kept *"), period.what if period else "",
                                  self.tr("e.g. invoices, account data"))
        self.months = self.add_number(self.tr("Months"), period.months if period else 12, 0, 1200)
        self.basis = self.add_line(self.tr("Basis"), period.basis if period else "",
                                   self.tr("e.g. the law or the policy that says so"))

    def save(self) -> int:
        if self._period is not None:
            return edit_retention_period(self._vault, self._period.id, {
                "what": self.what.text(), "months": self.months.value(), "basis": self.basis.text()}).id
        return add_retention_period(self._vault, self._controller_id, self.what.text(), self.months.value(),
                                    self.basis.text())
