"""The person's identities: the real one and the pseudonyms controllers know."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.context import Context
from ui.dialogs.identity import IdentityDialog
from ui.dialogs.leak import show_leak_dialog
from ui.dialogs.mail_account import edit_mail_account
from ui.models.table_model import Column
from ui.pages.detail_pane import Field
from ui.pages.id_document_panel import IdDocumentsPanel
from ui.pages.identifier_panel import IdentifiersPanel
from ui.pages.layout import add_detail_tabs, put_beside_search
from ui.pages.list_page import ListPage
from ui.pages.relationship_panel import RelationshipsPanel
from vault.errors import NotFound
from vault.people.identities import Identity, get_identity, list_identities, remove_identity


class IdentitiesPage(ListPage):
    """Search, list, details, add, edit, remove; the identity's identifiers and relationships in tabs."""

    noun = "identity"
    watches = frozenset({"identifier", "controller"})

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.identifiers = IdentifiersPanel(context)
        self.relationships = RelationshipsPanel(context, "identity")
        self.documents = IdDocumentsPanel(context)
        self.tabs = add_detail_tabs(self, [
            (self.tr("Identifiers"), self.identifiers,
             self.tr("What each organisation knows you by: e-mail addresses, phone numbers, usernames, customer "
                     "numbers. Your letters quote them.")),
            (self.tr("Relationships"), self.relationships,
             self.tr("Since when you deal with each organisation, and when it ended.")),
            (self.tr("Identity documents"), self.documents,
             self.tr("Scans of your ID card or passport, kept in the vault; a redacted copy is made for one "
                     "request when a controller asks for proof of identity."))], sizes=(560, 560))
        self.leak_button = QPushButton(self.tr("Who leaked this?…"))
        self.leak_button.setAccessibleName(self.tr("Find who got an address or number"))
        self.leak_button.clicked.connect(lambda: show_leak_dialog(context, self))
        self.mail_button = QPushButton(self.tr("Mail account…"))
        self.mail_button.setAccessibleName(self.tr("The selected identity's mail account"))
        self.mail_button.clicked.connect(lambda: edit_mail_account(context, self, self.selected_id()))
        beside = QWidget()
        row = QHBoxLayout(beside)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.leak_button)
        row.addWidget(self.mail_button)
        put_beside_search(self, beside)
        self._show_owner()

    def _show_selected(self) -> None:
        super()._show_selected()
        self._show_owner()

    def _show_owner(self) -> None:
        if hasattr(self, "identifiers"):  # the base class shows a first selection before the panels exist
            selected = self.selected_id()
            self.identifiers.set_identity(selected)
            self.relationships.set_owner(selected)
            self.documents.set_identity(selected)

    def refresh(self, select_id: int | None = None) -> None:
        super().refresh(select_id)
        self._show_owner()

    def clear(self) -> None:
        super().clear()
        if hasattr(self, "identifiers"):
            self.identifiers.clear()
            self.relationships.clear()
            self.documents.clear()

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Label"), lambda i: i.label),
            Column(self.tr("Kind"), lambda i: self._kind_text(i.kind), 95),
            Column(self.tr("Full name"), lambda i: i.name, 140),
            Column(self.tr("E-mail addresses"), lambda i: ", ".join(i.emails), 185),
        ]

    def load_ids(self, search: str) -> list[int]:
        # A person has a handful of identities: vault/ lists them all and the search is done here.
        words = search.casefold().split()
        return [identity.id for identity in list_identities(self.context.vault)
                if all(word in self._haystack(identity) for word in words)]

    def load_rows(self, ids: list[int]) -> Sequence[Any]:
        rows = []
        for identity_id in ids:
            try:
                rows.append(get_identity(self.context.vault, identity_id))
            except NotFound:
                continue
        return rows

    def describe(self, record: Identity) -> tuple[str, list[Field]]:
        return record.label, [
            Field(self.tr("Kind"), self._kind_text(record.kind)),
            Field(self.tr("Full name"), record.name, copyable=True),
            Field(self.tr("Birth date"), record.birth_date or "", copyable=True),
            Field(self.tr("Postal address"), record.address, copyable=True),
            Field(self.tr("E-mail addresses"), "\n".join(record.emails), copyable=True),
            Field(self.tr("Phone numbers"), "\n".join(record.phones), copyable=True),
            Field(self.tr("Alias pattern"), record.alias_pattern or ""),
            Field(self.tr("Notes"), record.notes),
        ]

    def edit(self, record: Identity | None) -> int | None:
        dialog = IdentityDialog(self.context.vault, record, self)
        return dialog.saved_id if dialog.exec() else None

    def remove(self, record: Identity) -> None:
        remove_identity(self.context.vault, record.id)

    def removal_question(self, record: Identity) -> str:
        return self.tr("Remove the identity “%1” with its identifiers and consents?").replace("%1", record.label)

    def search_placeholder(self) -> str:
        return self.tr("Search identities (label, name, e-mail, phone)")

    def add_text(self) -> str:
        return self.tr("Add an identity")

    def count_text(self, count: int) -> str:
        return self.tr("%n identity(-ies)", "", count)

    def _kind_text(self, kind: str) -> str:
        return self.tr("Real identity") if kind == "real" else self.tr("Pseudonym")

    @staticmethod
    def _haystack(identity: Identity) -> str:
        return " ".join([identity.label, identity.name, identity.address, *identity.emails,
                         *identity.phones]).casefold()
