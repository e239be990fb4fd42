"""Relationships (customer since, ended, last contact) of one identity or one controller.

The same panel serves both sides: on an identity it lists the controllers it deals with, on a
controller the identities that deal with it. The retention watch (dashboard) reads these dates.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import Context
from ui.dialogs import field_checks
from ui.dialogs.record import RecordDialog
from ui.models.dates import date_text
from ui.widgets.controller_picker import ControllerField
from ui.widgets.optional_date import OptionalDate
from ui.widgets.record_table import RecordTable, saved_id_of
from vault.organisations.controllers import controllers_by_ids
from vault.people.identities import list_identities
from vault.people.relationships import (
    Relationship,
    add_relationship,
    edit_relationship,
    get_relationship,
    list_relationships,
    remove_relationship,
)
from vault.storage.store import Vault


class RelationshipDialog(RecordDialog):
    """The other party (the side not fixed by the panel), the three dates and a note."""

    def __init__(self, vault: Vault, *, identity_id: int | None = None, controller_id: int | None = None,
                 relationship: Relationship | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("New relationship") if relationship is None else self.tr("Edit relationship"),
                         parent)
        self._vault = vault
        self._relationship = relationship
        r = relationship or Relationship(id=0, identity_id=identity_id or 0, controller_id=controller_id or 0)
        self.identity = self.add_choice(self.tr("Identity"), [(i.label, i.id) for i in list_identities(vault)],
                                        r.identity_id)
        self.identity.setEnabled(relationship is None and identity_id is None)
        self.controller = ControllerField(vault, r.controller_id or None, optional=False)
        self.controller.choose.setEnabled(relationship is None and controller_id is None)
        self._add(self.tr("Controller *"), self.controller)
        today = QDate.currentDate()
        self.since = OptionalDate(r.since, latest=today)
        self._add(self.tr("Customer since"), self.since)
        self.ended = OptionalDate(r.ended, latest=today)
        self._add(self.tr("Ended (account closed) on"), self.ended,
                  self.tr("When the account was closed: from then on, the organisation may keep your data only as "
                          "long as its retention periods allow."))
        self.last_contact = OptionalDate(r.last_contact, latest=today)
        self._add(self.tr("Last contact"), self.last_contact)
        self.note = self.add_text(self.tr("Note"), r.note)
        self.add_check(self.identity, lambda: field_checks.choice_problem(
            self.identity.currentData(), self.tr("Add an identity first.")))
        self.add_check(self.controller, lambda: field_checks.choice_problem(
            self.controller.controller_id, self.tr("Choose the controller.")))
        self.add_check(self.ended, lambda: self.tr("The end comes before the start (customer since).")
                       if self.since.value() and self.ended.value() and self.ended.value() < self.since.value() else "")
        self._initial = self._values()

    def _values(self) -> dict[str, Any]:
        return {"since": self.since.value(), "ended": self.ended.value(),
                "last_contact": self.last_contact.value(), "note": self.note.toPlainText().strip()}

    def save(self) -> int:
        values = self._values()
        if self._relationship is not None:
            changes = {name: value for name, value in values.items() if value != self._initial[name]}
            return edit_relationship(self._vault, self._relationship.id, changes).id
        return add_relationship(self._vault, self.identity.currentData(), self.controller.controller_id, **values)


class RelationshipsPanel(QWidget):
    """The relationships of an identity (``side="identity"``) or of a controller (``side="controller"``)."""

    def __init__(self, context: Context, side: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.side = side
        self.owner_id: int | None = None
        other = self.tr("Controller") if side == "identity" else self.tr("Identity")
        self.table = RecordTable([other, self.tr("Customer since"), self.tr("Ended"), self.tr("Last contact"),
                                  self.tr("Note")], self.tr("Relationships"))
        self.table.table.setColumnWidth(0, 160)
        self.add_button = self.table.add_button(self.tr("Add…"), self.tr("Add a relationship"), self.add, False)
        self.edit_button = self.table.add_button(self.tr("Edit…"), self.tr("Edit the selected relationship"),
                                                 self.edit)
        self.remove_button = self.table.add_button(self.tr("Remove…"), self.tr("Remove the selected relationship"),
                                                   self.remove)
        self.table.activated.connect(self.edit)
        self._names: dict[int, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.set_owner(None)

    def set_owner(self, owner_id: int | None) -> None:
        self.owner_id = owner_id
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        if self.owner_id is None:
            self.table.clear()
            self.table.set_enabled_all(False)
            return
        vault = self.context.vault
        if self.side == "identity":
            rows = list_relationships(vault, identity_id=self.owner_id)
            names = {c.id: c.name for c in controllers_by_ids(vault, [r.controller_id for r in rows])}
            other = [names.get(r.controller_id, "") for r in rows]
        else:
            rows = list_relationships(vault, controller_id=self.owner_id)
            labels = {i.id: i.label for i in list_identities(vault)}
            other = [labels.get(r.identity_id, "") for r in rows]
        self._names = {r.id: name for r, name in zip(rows, other)}
        self.table.set_rows([(r.id, [name, date_text(r.since), date_text(r.ended), date_text(r.last_contact), r.note])
                             for r, name in zip(rows, other)], select_id)
        self.table.set_enabled_all(True)

    def clear(self) -> None:
        self.owner_id = None
        self._names = {}
        self.table.clear()

    def add(self) -> None:
        if self.owner_id is None:
            return
        fixed = {"identity_id": self.owner_id} if self.side == "identity" else {"controller_id": self.owner_id}
        dialog = RelationshipDialog(self.context.vault, parent=self, **fixed)
        if dialog.exec():
            self._changed(dialog.saved_id)

    def edit(self) -> None:
        saved = self.table.edit_selected(
            lambda i: get_relationship(self.context.vault, i),
            lambda relationship: saved_id_of(RelationshipDialog(self.context.vault, relationship=relationship,
                                                                parent=self)))
        if saved is not None:
            self._changed(saved)

    def remove(self) -> None:
        if self.table.remove_selected(
                self.tr("Remove"),
                lambda i: self.tr("Remove the relationship with “%1”?").replace("%1", self._names.get(i, "")),
                lambda i: remove_relationship(self.context.vault, i)):
            self._changed(None)

    def _changed(self, select_id: int | None) -> None:
        self.refresh(select_id)
        self.context.events.changed.emit("relationship")
