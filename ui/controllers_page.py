"""The controllers: the organisations that hold the person's data."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from vault.controllers import Controller, get_controller, list_controllers, remove_controller, retention_periods
from vault.errors import NotFound

from .context import Context
from .controller_dialog import ControllerDialog, RetentionPeriodDialog
from .detail_pane import Field
from .list_page import ListPage
from .table_model import Column


class ControllersPage(ListPage):
    """Search, list, details (with retention periods), add, edit, remove."""

    noun = "controller"

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.add_period_button = QPushButton(self.tr("Add retention period…"))
        self.add_period_button.setAccessibleName(self.tr("Add a retention period to this controller"))
        self.add_period_button.clicked.connect(self._add_retention_period)
        self.detail.actions.addWidget(self.add_period_button)
        self.add_period_button.setVisible(self.selected_record() is not None)

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Country"), lambda c: c.country or "", 70),
            Column(self.tr("DPO e-mail"), lambda c: c.contact_email() or "", 190),
            Column(self.tr("Source"), lambda c: self._source_text(c.source), 120),
        ]

    def load_ids(self, search: str) -> list[int]:
        # vault/ has no id-only query yet: the records are read once here, only ids are kept.
        return [controller.id for controller in list_controllers(self.context.vault, search or None)]

    def load_rows(self, ids: list[int]) -> Sequence[Any]:
        rows = []
        for controller_id in ids:
            try:
                rows.append(get_controller(self.context.vault, controller_id))
            except NotFound:
                continue  # removed since the list was read
        return rows

    def describe(self, record: Controller) -> tuple[str, list[Field]]:
        transfers = {None: "", True: self.tr("Yes"), False: self.tr("No")}[record.transfers_outside_eu]
        periods = retention_periods(self.context.vault, record.id)
        period_lines = "\n".join(
            self.tr("%1: %n month(s)", "", p.months).replace("%1", p.what) + (f" ({p.basis})" if p.basis else "")
            for p in periods)
        country = " / ".join(part for part in (record.country or "", record.region or "") if part)
        return record.name, [
            Field(self.tr("Legal form"), record.legal_form),
            Field(self.tr("Registration number"), record.registration_number, copyable=True),
            Field(self.tr("Postal address"), record.address, copyable=True),
            Field(self.tr("Country"), country),
            Field(self.tr("DPO name"), record.dpo_name),
            Field(self.tr("DPO e-mail address"), record.dpo_email or "", copyable=True),
            Field(self.tr("Other e-mail addresses"), "\n".join(record.emails), copyable=True),
            Field(self.tr("Web form"), record.web_form or "", copyable=True),
            Field(self.tr("Web site"), record.web or "", copyable=True),
            Field(self.tr("Phone"), record.phone or "", copyable=True),
            Field(self.tr("Supervisory authority"), record.authority),
            Field(self.tr("Transfers outside the EU"), transfers),
            Field(self.tr("Retention periods"), period_lines),
            Field(self.tr("Source"), self._source_text(record.source)),
            Field(self.tr("Notes"), record.notes),
        ]

    def edit(self, record: Controller | None) -> int | None:
        dialog = ControllerDialog(self.context.vault, record, self)
        return dialog.saved_id if dialog.exec() else None

    def remove(self, record: Controller) -> None:
        remove_controller(self.context.vault, record.id)

    def removal_question(self, record: Controller) -> str:
        return self.tr("Remove the controller “%1” and its retention periods?").replace("%1", record.name)

    def search_placeholder(self) -> str:
        return self.tr("Search controllers (name, web site, e-mail, address)")

    def add_text(self) -> str:
        return self.tr("Add a controller")

    def count_text(self, count: int) -> str:
        return self.tr("%n controller(s)", "", count)

    def _source_text(self, source: str) -> str:
        return {"manual": self.tr("Entered by hand"), "policy": self.tr("Privacy policy"),
                "directory": self.tr("Directory")}.get(source, source)

    def _add_retention_period(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        dialog = RetentionPeriodDialog(self.context.vault, record.id, self)
        if dialog.exec():
            self.refresh(select_id=record.id)
            self._show_selected()
