"""Adding and editing an identity (the person's real one, or a pseudonym)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QWidget

from ui.dialogs import field_checks
from ui.dialogs.record import RecordDialog
from ui.widgets.optional_date import OptionalDate
from vault.people.identities import Identity, add_identity, edit_identity, record_own_contacts
from vault.storage.store import Vault


class IdentityDialog(RecordDialog):
    """The identity's fields; only the fields changed are sent when editing."""

    def __init__(self, vault: Vault, identity: Identity | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("New identity") if identity is None else self.tr("Edit identity"), parent)
        self._vault = vault
        self._identity = identity
        i = identity or Identity(id=0, kind="real", label="")
        intro = QLabel(self.tr("An identity is who writes the letters: you under your real name, or a "
                               "pseudonym you use with some organisations."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.kind = self.add_choice(self.tr("Kind"), [(self.tr("Real identity"), "real"),
                                                      (self.tr("Pseudonym"), "pseudonym")], i.kind,
                                    self.tr("A pseudonym is another name you give some organisations instead of "
                                            "your own."))
        self.label = self.add_line(self.tr("Label *"), i.label, self.tr("e.g. Me, Shopping alias"),
                                   self.tr("A short name for this identity, seen only by you."))
        self.name = self.add_line(self.tr("Full name"), i.name)
        self.birth_date = OptionalDate(i.birth_date, default=QDate(1980, 1, 1), latest=QDate.currentDate())
        self._add(self.tr("Birth date"), self.birth_date,
                  self.tr("Some organisations ask for it to find your data; tick “Known” to give it."))
        self.address = self.add_text(self.tr("Postal address"), i.address)
        self.country = self.add_line(self.tr("Country of residence"), i.country,
                                     self.tr("Two-letter code, e.g. FR: your own supervisory authority"))
        self.region = self.add_line(self.tr("Region of residence"), i.region, self.tr("e.g. BY for Bavaria"))
        self.emails = self.add_list(self.tr("E-mail addresses"), i.emails)
        self.phones = self.add_list(self.tr("Phone numbers"), i.phones)
        self.notes = self.add_text(self.tr("Notes"), i.notes)
        self.add_check(self.label, lambda: field_checks.required(self.label.text()))
        self.add_check(self.emails, lambda: field_checks.emails_problem(self.lines_of(self.emails)))
        self._initial = self._values()

    def _values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "label": self.label.text().strip(),
            "name": self.name.text().strip(),
            "birth_date": self.birth_date.value(),
            "address": self.address.toPlainText().strip(),
            "country": self.country.text().strip() or None,
            "region": self.region.text().strip() or None,
            "emails": self.lines_of(self.emails),
            "phones": self.lines_of(self.phones),
            "notes": self.notes.toPlainText().strip(),
        }

    def save(self) -> int:
        values = self._values()
        if self._identity is None:
            identity_id = add_identity(self._vault, **values)
        else:
            changes = {name: value for name, value in values.items() if value != self._initial[name]}
            identity_id = edit_identity(self._vault, self._identity.id, changes).id
        # The addresses and numbers typed here are offered in letters as identifiers at once.
        record_own_contacts(self._vault, identity_id)
        return identity_id
