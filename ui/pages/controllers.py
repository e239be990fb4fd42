"""The controllers: the organisations that hold the person's data."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from ui.context import Context
from ui.dialogs.controller import ControllerDialog
from ui.models.table_model import Column
from ui.pages.detail_pane import Field
from ui.pages.layout import add_detail_tabs, put_beside_search
from ui.pages.list_page import ListPage
from ui.pages.relationship_panel import RelationshipsPanel
from ui.pages.retention_panel import RetentionPanel
from ui.widgets.country_box import country_name
from vault.organisations.brands import countries_of
from vault.organisations.controllers import (
    Controller,
    controller_ids,
    controllers_by_ids,
    remove_controller,
    retention_periods,
)
from vault.organisations.directory_import import category_counts
from vault.organisations.eu_controllers import overlay_of
from vault.organisations.name_folding import host_of


class ControllersPage(ListPage):
    """Search (and a category filter), list, details; retention periods and relationships in tabs."""

    noun = "controller"
    watches = frozenset({"retention"})

    def __init__(self, context: Context, parent: QWidget | None = None):
        self.category = QComboBox()  # load_ids reads it during the base class's first refresh
        super().__init__(context, parent)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.setMinimumContentsLength(14)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.currentIndexChanged.connect(lambda _index: self.refresh())
        put_beside_search(self, self.category)
        self.retention = RetentionPanel(context)
        self.relationships = RelationshipsPanel(context, "controller")
        self.tabs = add_detail_tabs(self, [
            (self.tr("Retention periods"), self.retention,
             self.tr("How long the organisation says it keeps each kind of your data.")),
            (self.tr("Relationships"), self.relationships,
             self.tr("Which of your identities deal with this organisation, and since when."))])
        context.events.changed.connect(self._reload_categories)
        self._reload_categories()
        self._show_owner()

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Country"), lambda c: c.country or "", 70),
            # Records sharing a name (amazon.de, amazon.fr, ...) differ by their site.
            Column(self.tr("Web site"), lambda c: host_of(c.web) or "", 140),
            Column(self.tr("Privacy contact"), lambda c: c.contact_email() or "", 190),
            Column(self.tr("Source"), lambda c: self._source_text(c.source), 120),
        ]

    def load_ids(self, search: str) -> list[int]:
        return controller_ids(self.context.vault, search or None, self.category.currentData())

    def load_rows(self, ids: list[int]) -> Sequence[Any]:
        return controllers_by_ids(self.context.vault, ids)  # one query a page; removed ones left out

    def describe(self, record: Controller) -> tuple[str, list[Field]]:
        transfers = {None: "", True: self.tr("Yes"), False: self.tr("No")}[record.transfers_outside_eu]
        periods = retention_periods(self.context.vault, record.id)
        period_lines = "\n".join(
            self.tr("%1: %n month(s)", "", p.months).replace("%1", p.what) + (f" ({p.basis})" if p.basis else "")
            for p in periods)
        country = " / ".join(part for part in (country_name(record.country) if record.country else "",
                                               record.region or "") if part)
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
            Field(self.tr("Countries served"), ", ".join(countries_of(record))),
            Field(self.tr("EU controller"), self._eu_controller_text(record)),
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

    def _eu_controller_text(self, record: Controller) -> str:
        overlay = overlay_of(record)
        if overlay is None or not overlay.eu_controller:
            return ""
        eu = overlay.eu_controller
        return self.tr("%1 (%2), from its privacy policy: %3 (checked %4)").replace("%1", eu.get("name") or "") \
            .replace("%2", eu.get("country") or "").replace("%3", overlay.source_url).replace("%4", overlay.checked)

    def _source_text(self, source: str) -> str:
        return {"manual": self.tr("Entered by hand"), "policy": self.tr("Privacy policy"),
                "directory": self.tr("Directory")}.get(source, source)

    def _reload_categories(self, noun: str = "controller") -> None:
        """The directory's categories with their counts; the current choice is kept."""
        if noun != "controller":
            return
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for name, count in category_counts(self.context.vault):
            self.category.addItem(self.tr("%1 (%2)").replace("%1", name).replace("%2", str(count)), name)
        found = self.category.findData(current) if current is not None else 0
        self.category.setCurrentIndex(max(found, 0))
        self.category.blockSignals(False)
        self.category.setVisible(self.category.count() > 1)
        if current is not None and found < 0:
            self.refresh()

    def _show_selected(self) -> None:
        super()._show_selected()
        self._show_owner()

    def _show_owner(self) -> None:
        if hasattr(self, "retention"):  # the base class shows a first selection before the panels exist
            selected = self.selected_id()
            self.retention.set_controller(selected)
            self.relationships.set_owner(selected)

    def refresh(self, select_id: int | None = None) -> None:
        super().refresh(select_id)
        self._show_owner()

    def clear(self) -> None:
        super().clear()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.blockSignals(False)
        if hasattr(self, "retention"):
            self.retention.clear()
            self.relationships.clear()
