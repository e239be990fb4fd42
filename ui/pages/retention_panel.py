"""A controller's retention periods (what it keeps, how many months, on what basis): add, edit, remove."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import Context
from ui.dialogs.controller import RetentionPeriodDialog
from ui.widgets.record_table import RecordTable, saved_id_of
from vault.organisations.controllers import get_retention_period, remove_retention_period, retention_periods


class RetentionPanel(QWidget):
    """The periods of the controller set with ``set_controller``."""

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.controller_id: int | None = None
        self._what: dict[int, str] = {}
        self.table = RecordTable([self.tr("What is kept"), self.tr("Months"), self.tr("Basis")],
                                 self.tr("Retention periods"))
        self.table.table.setColumnWidth(0, 260)
        self.table.table.setColumnWidth(1, 70)
        self.add_button = self.table.add_button(self.tr("Add…"), self.tr("Add a retention period"), self.add, False)
        self.edit_button = self.table.add_button(self.tr("Edit…"), self.tr("Edit the selected retention period"),
                                                 self.edit)
        self.remove_button = self.table.add_button(self.tr("Remove…"),
                                                   self.tr("Remove the selected retention period"), self.remove)
        self.table.activated.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.set_controller(None)

    def set_controller(self, controller_id: int | None) -> None:
        self.controller_id = controller_id
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        if self.controller_id is None:
            self._what = {}
            self.table.clear()
            self.table.set_enabled_all(False)
            return
        periods = retention_periods(self.context.vault, self.controller_id)
        self._what = {p.id: p.what for p in periods}
        self.table.set_rows([(p.id, [p.what, str(p.months), p.basis]) for p in periods], select_id)
        self.table.set_enabled_all(True)

    def clear(self) -> None:
        self.controller_id = None
        self._what = {}
        self.table.clear()

    def add(self) -> None:
        if self.controller_id is None:
            return
        dialog = RetentionPeriodDialog(self.context.vault, self.controller_id, self)
        if dialog.exec():
            self._changed(dialog.saved_id)

    def edit(self) -> None:
        if self.controller_id is None:
            return
        saved = self.table.edit_selected(
            lambda i: get_retention_period(self.context.vault, i),
            lambda period: saved_id_of(RetentionPeriodDialog(self.context.vault, self.controller_id, self, period)))
        if saved is not None:
            self._changed(saved)

    def remove(self) -> None:
        if self.table.remove_selected(
                self.tr("Remove"),
                lambda i: self.tr("Remove the retention period “%1”?").replace("%1", self._what.get(i, "")),
                lambda i: remove_retention_period(self.context.vault, i)):
            self._changed(None)

    def _changed(self, select_id: int | None) -> None:
        self.refresh(select_id)
        self.context.events.changed.emit("retention")
