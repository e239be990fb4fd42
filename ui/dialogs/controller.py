"""Adding and editing a controller, and one of its retention periods."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ui.dialogs import field_checks
from ui.dialogs.record import RecordDialog
from ui.widgets.country_box import CountryBox
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
        intro = QLabel(self.tr("A controller is the organisation that decides what is done with your data: a "
                               "company, an administration, an association. Your requests are addressed to it."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.country = CountryBox(c.country)
        self._widgets: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {
            "name": self.add_line(self.tr("Name *"), c.name, self.tr("e.g. ACME SAS")),
            "legal_form": self.add_line(self.tr("Legal form"), c.legal_form, self.tr("e.g. SA, GmbH, Ltd")),
            "registration_number": self.add_line(
                self.tr("Registration number"), c.registration_number,
                help_text=self.tr("Its number in the company register (SIREN, Handelsregister…), if you know it.")),
            "address": self.add_text(self.tr("Postal address"), c.address),
            "country": self.country,
            "region": self.add_line(self.tr("Region (public holidays)"), c.region),
            "sector": self.add_choice(
                self.tr("Sector"),
                [(self.tr("Unknown"), None), (self.tr("Private"), "private"), (self.tr("Public body"), "public")],
                c.sector),
            "representative": self.add_text(self.tr("EU representative (Art. 27 GDPR)"), c.representative),
            "dpo_name": self.add_line(self.tr("DPO name"), c.dpo_name),
            "dpo_email": self.add_line(
                self.tr("DPO e-mail address"), c.dpo_email,
                help_text=self.tr("Requests by e-mail go to this address first, when there is one.")),
            "emails": self.add_list(self.tr("Other e-mail addresses"), c.emails),
            "web_form": self.add_line(self.tr("Web form"), c.web_form, "https://",
                                      self.tr("The page where the organisation takes privacy requests, if it has "
                                              "one.")),
            "web": self.add_line(self.tr("Web site"), c.web, "https://"),
            "phone": self.add_line(self.tr("Phone"), c.phone),
            "authority": self.add_line(
                self.tr("Supervisory authority"), c.authority,
                help_text=self.tr("The public data-protection body that watches over this organisation (e.g. "
                                  "the CNIL in France); complaints go there.")),
            "transfers_outside_eu": self.add_choice(
                self.tr("Transfers outside the EU"),
                [(self.tr("Unknown"), None), (self.tr("Yes"), True), (self.tr("No"), False)],
                c.transfers_outside_eu,
                self.tr("Whether its privacy policy says your data is sent to countries outside the EU.")),
            "notes": self.add_text(self.tr("Notes"), c.notes),
        }
        # The country is a list of names, placed where the field was.
        self.form.insertRow(self.form.getWidgetPosition(self._widgets["address"])[0] + 1, self.tr("Country"),
                            self.country)
        self.country.setAccessibleName(self.tr("Country"))
        self.explain(self.country, self.tr("Where the organisation is established: it sets the letter's "
                                           "language and the public holidays counted in the deadline."))
        self.country.currentIndexChanged.connect(self._field_changed)
        self.explain(self._widgets["region"], self.tr(
            "Only where public holidays differ by region: the region's short code, e.g. BY for Bavaria, 57 for "
            "Moselle. Leave it empty if unsure."))
        self.explain(self._widgets["dpo_name"], self.tr(
            "DPO: data protection officer, the person the organisation names to answer questions about "
            "personal data."))
        for name in ("web_form", "web"):
            edit = self._widgets[name]
            edit.editingFinished.connect(lambda e=edit: self._complete(e))
        self.add_check(self._widgets["name"], lambda: field_checks.required(self._widgets["name"].text()))
        self.add_check(self._widgets["region"], lambda: field_checks.region_problem(self._widgets["region"].text()))
        self.add_check(self._widgets["dpo_email"],
                       lambda: field_checks.email_problem(self._widgets["dpo_email"].text()))
        self.add_check(self._widgets["emails"],
                       lambda: field_checks.emails_problem(self.lines_of(self._widgets["emails"])))
        for name in ("web_form", "web"):
            self.add_check(self._widgets[name],
                           lambda n=name: field_checks.web_address_problem(self._widgets[n].text()))
        self._initial = self._values()

    @staticmethod
    def _complete(edit: QLineEdit) -> None:
        """"acme.example" becomes "https://acme.example" when the person leaves the field."""
        completed = field_checks.completed_web_address(edit.text())
        if completed != edit.text().strip():
            edit.setText(completed)

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self._widgets.items():
            if isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif name == "emails":
                values[name] = self.lines_of(widget)  # type: ignore[arg-type]
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText().strip()
            elif name in ("web", "web_form"):
                values[name] = field_checks.completed_web_address(widget.text())
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
        intro = QLabel(self.tr("A retention period is how long the organisation says it keeps one kind of your "
                               "data; once it has passed, the app suggests asking for erasure."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.what = self.add_line(self.tr("What is kept *"), period.what if period else "",
                                  self.tr("e.g. invoices, account data"))
        self.months = self.add_number(self.tr("Months"), period.months if period else 12, 0, 1200)
        self.basis = self.add_line(self.tr("Basis"), period.basis if period else "",
                                   self.tr("e.g. the law or the policy that says so"))
        self.add_check(self.what, lambda: field_checks.required(self.what.text()))

    def save(self) -> int:
        if self._period is not None:
            return edit_retention_period(self._vault, self._period.id, {
                "what": self.what.text(), "months": self.months.value(), "basis": self.basis.text()}).id
        return add_retention_period(self._vault, self._controller_id, self.what.text(), self.months.value(),
                                    self.basis.text())
