"""The consent registry: who agreed to what, with whom, when and how — and withdrawing it."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ui.context import Context
from ui.dialogs.consent import ConsentDialog, WithdrawDialog
from ui.dialogs.file_choice import ask_save_path, safe_file_name
from ui.errors import show_error
from ui.models.dates import date_text
from ui.models.request_words import how_name
from ui.models.table_model import Column
from ui.models.text_width import fit_width
from ui.pages.detail_pane import Field
from ui.pages.list_page import ListPage
from vault.errors import NotFound, VaultError
from vault.organisations.controllers import controllers_by_ids
from vault.people.consents import HOWS, Consent, get_consent, list_consents, remove_consent
from vault.people.identities import list_identities
from vault.storage.attachments import attachment_info, save_attachment_to


@dataclass
class ConsentRow:
    """A consent with the names it is shown with."""

    id: int
    consent: Consent
    identity: str
    controller: str


class ConsentsPage(ListPage):
    """Search, list, details, add, edit, remove, withdraw, save the evidence."""

    noun = "consent"
    watches = frozenset({"identity", "controller", "request"})

    def __init__(self, context: Context, parent: QWidget | None = None):
        self._identities: dict[int, str] = {}
        self._controllers: dict[int, str] = {}
        super().__init__(context, parent)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected consent"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.evidence_button = QPushButton(self.tr("Save evidence…"))
        self.evidence_button.setAccessibleName(self.tr("Save the evidence file of the selected consent"))
        self.evidence_button.clicked.connect(self.save_evidence)
        self.detail.actions.addWidget(self.withdraw_button)
        self.detail.actions.addWidget(self.evidence_button)
        self._show_selected()

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Purpose"), lambda r: r.consent.purpose.replace("\n", " ")),
            Column(self.tr("Identity"), lambda r: r.identity, 100),
            Column(self.tr("Controller"), lambda r: r.controller, 130),
            Column(self.tr("Given on"), lambda r: date_text(r.consent.given_on), 90),
            Column(self.tr("How"), lambda r: how_name(r.consent.how), fit_width(80, *map(how_name, HOWS))),
            Column(self.tr("Status"), lambda r: self._status_text(r.consent), 160),
        ]

    def load_ids(self, search: str) -> list[int]:
        # A person records tens or hundreds of consents: listed whole, searched here.
        vault = self.context.vault
        consents = list_consents(vault)
        self._identities = {i.id: i.label for i in list_identities(vault)}
        self._controllers = {c.id: c.name for c in controllers_by_ids(vault, [c.controller_id for c in consents])}
        words = search.casefold().split()
        return [c.id for c in consents if all(word in self._haystack(c) for word in words)]

    def load_rows(self, ids: list[int]) -> Sequence[Any]:
        rows = []
        for consent_id in ids:
            try:
                consent = get_consent(self.context.vault, consent_id)
            except NotFound:
                continue
            rows.append(ConsentRow(consent.id, consent, self._identities.get(consent.identity_id, ""),
                                   self._controllers.get(consent.controller_id, "")))
        return rows

    def describe(self, record: ConsentRow) -> tuple[str, list[Field]]:
        consent = record.consent
        evidence = ""
        if consent.evidence_id:
            try:
                info = attachment_info(self.context.vault, consent.evidence_id)
                evidence = self.tr("%1 (%2 kB)").replace("%1", info.name).replace("%2", str(max(1, info.size // 1024)))
            except NotFound:
                evidence = ""
        request = (self.tr("no. %1").replace("%1", str(consent.withdrawal_request_id))
                   if consent.withdrawal_request_id else "")
        return consent.purpose, [
            Field(self.tr("Identity"), record.identity),
            Field(self.tr("Controller"), record.controller),
            Field(self.tr("Given on"), date_text(consent.given_on)),
            Field(self.tr("How"), how_name(consent.how)),
            Field(self.tr("Status"), self._status_text(consent)),
            Field(self.tr("Withdrawal request"), request),
            Field(self.tr("Evidence"), evidence),
            Field(self.tr("Notes"), consent.notes),
        ]

    def edit(self, record: ConsentRow | None) -> int | None:
        dialog = ConsentDialog(self.context.vault, record.consent if record else None, self)
        return dialog.saved_id if dialog.exec() else None

    def remove(self, record: ConsentRow) -> None:
        remove_consent(self.context.vault, record.id)

    def removal_question(self, record: ConsentRow) -> str:
        return (self.tr("Remove the consent “%1” given to %2, with its evidence? This does not withdraw it; "
                        "use Withdraw… for that.")
                .replace("%1", record.consent.purpose).replace("%2", record.controller))

    def search_placeholder(self) -> str:
        return self.tr("Search consents (purpose, identity, controller, how)")

    def add_text(self) -> str:
        return self.tr("Record a consent")

    def count_text(self, count: int) -> str:
        return self.tr("%n consent(s)", "", count)

    # -- withdrawing, evidence -----------------------------------------------------------
    def withdraw_selected(self) -> list[int]:
        """Ask for the date and the objection, withdraw, and say which requests were created."""
        record = self.selected_record()
        if record is None or record.consent.withdrawn_on:
            return []
        summary = self.tr("Withdraw the consent “%1” given to %2 on %3?").replace("%1", record.consent.purpose) \
            .replace("%2", record.controller).replace("%3", date_text(record.consent.given_on))
        dialog = WithdrawDialog(self.context.vault, record.consent, summary, self)
        if not dialog.exec():
            return []
        ids = dialog.request_ids
        self.refresh(select_id=record.id)
        self._announce()
        self.context.events.changed.emit("request")
        numbers = ", ".join(str(i) for i in ids)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Consent withdrawn"),
                          self.tr("Draft request(s) created: no. %1. Send them from the Requests page.")
                          .replace("%1", numbers), QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return ids

    def save_evidence(self) -> None:
        record = self.selected_record()
        if record is None or not record.consent.evidence_id:
            return
        try:
            info = attachment_info(self.context.vault, record.consent.evidence_id)
            path = ask_save_path(self, self.context.preferences, self.tr("Save the evidence"),
                                 safe_file_name(info.name) or "evidence")
            if path:
                save_attachment_to(self.context.vault, info.id, path, overwrite=True)  # the dialog asked
        except VaultError as error:
            show_error(self, error)

    def _show_selected(self) -> None:
        super()._show_selected()
        if hasattr(self, "withdraw_button"):
            record = self.selected_record()
            self.withdraw_button.setEnabled(record is not None and not record.consent.withdrawn_on)
            self.evidence_button.setEnabled(record is not None and bool(record.consent.evidence_id))

    def _status_text(self, consent: Consent) -> str:
        if consent.withdrawn_on:
            return self.tr("Withdrawn on %1").replace("%1", date_text(consent.withdrawn_on))
        return self.tr("Active")

    def _haystack(self, consent: Consent) -> str:
        return " ".join([consent.purpose, consent.how, how_name(consent.how), consent.notes, self._identities.get(consent.identity_id, ""),
                         self._controllers.get(consent.controller_id, "")]).casefold()
