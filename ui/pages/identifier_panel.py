"""The identifiers of one identity: which value each controller got and when; copy, alias, edit."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from ui.context import Context
from ui.dialogs.identifier import IdentifierDialog, kind_title
from ui.errors import show_error
from ui.models.dates import date_text
from ui.widgets.controller_picker import pick_controller
from ui.widgets.record_table import RecordTable, saved_id_of
from vault.errors import VaultError
from vault.organisations.controllers import controllers_by_ids
from vault.people.aliases import new_alias
from vault.people.identifiers import Identifier, get_identifier, list_identifiers, remove_identifier


class IdentifiersPanel(QWidget):
    """A table of the identity's identifiers with Add, Edit, Remove, Copy and New alias."""

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.identity_id: int | None = None
        self._values: dict[int, str] = {}
        self.table = RecordTable([self.tr("Kind"), self.tr("Value"), self.tr("Given to"), self.tr("Given on"),
                                  self.tr("Note")], self.tr("Identifiers"))
        for column, width in enumerate((95, 205, 115, 85)):
            self.table.table.setColumnWidth(column, width)
        self.table.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends of an address matter
        self.add_button = self.table.add_button(self.tr("Add…"), self.tr("Add an identifier"), self.add, False)
        self.edit_button = self.table.add_button(self.tr("Edit…"), self.tr("Edit the selected identifier"),
                                                 self.edit)
        self.remove_button = self.table.add_button(self.tr("Remove…"), self.tr("Remove the selected identifier"),
                                                   self.remove)
        self.copy_button = self.table.add_button(self.tr("Copy"), self.tr("Copy the selected identifier"),
                                                 self.copy)
        self.copy_button.setToolTip(self.tr("Copy (cleared from the clipboard after %n second(s))", "",
                                            context.clipboard.clear_after_seconds()))
        self.alias_button = self.table.add_button(self.tr("New alias…"),
                                                  self.tr("New alias for a controller…"), self.make_alias, False)
        self.alias_button.setToolTip(self.tr("New alias for a controller: an e-mail address only it gets"))
        self.table.activated.connect(self.edit)
        QShortcut(QKeySequence.StandardKey.Copy, self.table.table, self.copy)
        QShortcut(QKeySequence.StandardKey.Delete, self.table.table, self.remove)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self._clipboard_note = ""  # the status while it announces the clipboard's clearing
        context.clipboard.cleared.connect(self._clipboard_cleared)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.set_identity(None)

    def set_identity(self, identity_id: int | None) -> None:
        """Show the identifiers of this identity (None: nothing)."""
        if identity_id != self.identity_id:
            self.status.clear()
        self.identity_id = identity_id
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        if self.identity_id is None:
            self._values = {}
            self.table.clear()
            self.table.set_enabled_all(False)
            return
        identifiers = list_identifiers(self.context.vault, identity_id=self.identity_id)
        names = {c.id: c.name for c in controllers_by_ids(
            self.context.vault, [i.controller_id for i in identifiers if i.controller_id is not None])}
        self._values = {i.id: i.value for i in identifiers}
        self.table.set_rows([(i.id, self._cells(i, names)) for i in identifiers], select_id)
        self.table.set_enabled_all(True)

    def clear(self) -> None:
        self.identity_id = None
        self._values = {}
        self.status.clear()
        self.table.clear()

    def _cells(self, identifier: Identifier, names: dict[int, str]) -> list[str]:
        kind = self.tr("E-mail alias") if identifier.generated else kind_title(identifier.kind)
        given_to = names.get(identifier.controller_id, "") if identifier.controller_id is not None else ""
        return [kind, identifier.value, given_to, date_text(identifier.given_on), identifier.note]

    # -- actions -------------------------------------------------------------------------
    def add(self) -> None:
        if self.identity_id is None:
            return
        dialog = IdentifierDialog(self.context.vault, self.identity_id, parent=self)
        if dialog.exec():
            self._changed(dialog.saved_id)

    def edit(self) -> None:
        if self.identity_id is None:
            return
        saved = self.table.edit_selected(
            lambda i: get_identifier(self.context.vault, i),
            lambda identifier: saved_id_of(IdentifierDialog(self.context.vault, self.identity_id, identifier, self)))
        if saved is not None:
            self._changed(saved)

    def remove(self) -> None:
        if self.table.remove_selected(
                self.tr("Remove"),
                lambda i: self.tr("Remove the identifier “%1”?").replace("%1", self._values.get(i, "")),
                lambda i: remove_identifier(self.context.vault, i)):
            self._changed(None)

    def copy(self) -> None:
        selected = self.table.selected_id()
        if selected is None:
            return
        self.context.clipboard.copy(self._values[selected])
        self._show_clipboard_note(self.tr("Copied. It will be cleared from the clipboard in %n second(s).", "",
                                          self.context.clipboard.clear_after_seconds()))

    def make_alias(self) -> None:
        if self.identity_id is None:
            return
        controller_id = pick_controller(self.context.vault, self, self.tr("New alias for which controller?"))
        if controller_id is None:
            return
        try:
            alias = new_alias(self.context.vault, self.identity_id, controller_id)
        except VaultError as error:
            show_error(self, error)
            return
        self.context.clipboard.copy(alias)
        select = next((i.id for i in list_identifiers(self.context.vault, identity_id=self.identity_id)
                       if i.value == alias), None)
        self._changed(select)
        self._show_clipboard_note(self.tr("The alias %1 is recorded and copied (cleared from the clipboard in "
                                          "%n second(s)).", "", self.context.clipboard.clear_after_seconds())
                                  .replace("%1", alias))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("New alias"),
                          self.tr("Give this address to the controller:") + "\n\n" + alias,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _show_clipboard_note(self, text: str) -> None:
        self._clipboard_note = text
        self.status.setText(text)

    def _clipboard_cleared(self) -> None:
        """The copy left the clipboard: a note saying it will is stale, so it goes."""
        if self._clipboard_note and self.status.text() == self._clipboard_note:
            self.status.clear()
        self._clipboard_note = ""

    def _changed(self, select_id: int | None) -> None:
        self.refresh(select_id)
        self.context.events.changed.emit("identifier")
