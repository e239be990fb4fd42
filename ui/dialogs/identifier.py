"""Adding and editing an identifier: an address, number or name given to a controller."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.dialogs.record import RecordDialog
from ui.widgets.controller_picker import ControllerField
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
        self.kind = self.add_choice(self.tr("Kind"), [(kind_title(k), k) for k in KINDS], i.kind)
        self.value = self.add_line(self.tr("Value *"), i.value, self.tr("e.g. me+shop@mail.example"))
        self.controller = ControllerField(vault, i.controller_id)
        self._add(self.tr("Given to"), self.controller)
        self.given_on = self.add_line(self.tr("Given on"), i.given_on, self.tr("YYYY-MM-DD"))
        self.note = self.add_text(self.tr("Note"), i.note)
        self._initial = self._values()

    def _values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "value": self.value.text().strip(),
            "controller_id": self.controller.controller_id,
            "given_on": self.given_on.text().strip() or None,
            "note": self.note.toPlainText().strip(),
        }

    def save(self) -> int:
        values = self._values()
        if self._identifier is None:
            return add_identifier(self._vault, self._identity_id, **values)
        changes = {name: value for name, value in values.items() if value != self._initial[name]}
        return edit_identifier(self._vault, self._identifier.id, changes).id
