"""Adding and editing an identifier: an address, number or name given to a controller."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QLabel, QWidget

from ui.dialogs import field_checks
from ui.dialogs.record import RecordDialog
from ui.widgets.controller_picker import ControllerField
from ui.widgets.optional_date import OptionalDate
from vault.people.identifiers import KINDS, Identifier, add_identifier, edit_identifier
from vault.storage.store import Vault


def kind_title(kind: str) -> str:
    """The translated name of an identifier kind."""
    titles = {
        "email": QCoreApplication.translate("Identifiers", "E-mail address"),
        "phone": QCoreApplication.translate("Identifiers", "Phone number"),
        "username": QCoreApplication.translate("Identifiers", "Username"),
        "customer-number": QCoreApplication.translate("Identifiers", "Customer number"),
    }
    return titles.get(kind, kind)


class IdentifierDialog(RecordDialog):
    """Kind, value, the controller it was given to and when, a note."""

    def __init__(self, vault: Vault, identity_id: int, identifier: Identifier | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("New identifier") if identifier is None else self.tr("Edit identifier"), parent)
        self._vault = vault
        self._identity_id = identity_id
        self._identifier = identifier
        i = identifier or Identifier(id=0, identity_id=identity_id, kind="email", value="")
        intro = QLabel(self.tr("An identifier is what an organisation knows you by: an e-mail address, a phone "
                               "number, a username or a customer number. Your letters quote it so the "
                               "organisation finds your data."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.kind = self.add_choice(self.tr("Kind"), [(kind_title(k), k) for k in KINDS], i.kind)
        self.value = self.add_line(self.tr("Value *"), i.value, self.tr("e.g. me+shop@mail.example"))
        self.controller = ControllerField(vault, i.controller_id)
        self._add(self.tr("Given to"), self.controller,
                  self.tr("The organisation you gave it to, if it was only one."))
        self.given_on = OptionalDate(i.given_on, latest=QDate.currentDate())
        self._add(self.tr("Given on"), self.given_on)
        self.note = self.add_text(self.tr("Note"), i.note)
        self.add_check(self.value, self._value_problem)
        self.kind.currentIndexChanged.connect(self._field_changed)
        self._initial = self._values()

    def _value_problem(self) -> str:
        if self.kind.currentData() == "email" and self.value.text().strip():
            return field_checks.email_problem(self.value.text())
        return field_checks.required(self.value.text())

    def _values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "value": self.value.text().strip(),
            "controller_id": self.controller.controller_id,
            "given_on": self.given_on.value(),
            "note": self.note.toPlainText().strip(),
        }

    def save(self) -> int:
        values = self._values()
        if self._identifier is None:
            return add_identifier(self._vault, self._identity_id, **values)
        changes = {name: value for name, value in values.items() if value != self._initial[name]}
        return edit_identifier(self._vault, self._identifier.id, changes).id
