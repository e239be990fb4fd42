"""Recording a consent (with its evidence file), editing it, and withdrawing it (art. 7(3))."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.dialogs import field_checks
from ui.dialogs.file_choice import ask_open_path, preferences_of
from ui.dialogs.record import RecordDialog
from ui.models.dates import date_format
from ui.models.request_words import how_code, how_name
from ui.widgets.controller_picker import ControllerField
from ui.widgets.optional_date import OptionalDate
from vault.cases.consent_withdrawal import withdraw_consent
from vault.errors import InvalidInput, NotFound
from vault.people.consents import HOWS, Consent, add_consent, edit_consent
from vault.people.identities import list_identities
from vault.storage.attachments import attachment_from_file, attachment_info
from vault.storage.store import Vault


class EvidenceField(QWidget):
    """The evidence file: its name, "Choose file…" and "Remove" (read when chosen, stored on save)."""

    def __init__(self, current_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.chosen: tuple[str, bytes] | None = None  # a new file (name, bytes)
        self.removed = False
        self._current = current_name
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setAccessibleName(self.tr("Evidence file"))
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.setAccessibleName(self.tr("Choose an evidence file (screenshot, PDF)"))
        self.choose.clicked.connect(self._choose)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove the evidence file"))
        self.remove.clicked.connect(self._remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        self._show()

    def choose_file(self, path: str) -> None:
        """Read the file now (so a problem is said at once); InvalidInput if it cannot be used."""
        self.chosen = attachment_from_file(path)
        self.removed = False
        self._show()

    def changed(self) -> bool:
        return self.chosen is not None or self.removed

    def value(self) -> tuple[str, bytes] | None:
        return self.chosen

    def _choose(self) -> None:
        path = ask_open_path(self, preferences_of(self), self.tr("Choose the evidence"),
                             self.tr("Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)"))
        if not path:
            return
        try:
            self.choose_file(path)
        except InvalidInput as error:
            self.name.setText(str(error))

    def _remove(self) -> None:
        self.chosen = None
        self.removed = bool(self._current)
        self._show()

    def _show(self) -> None:
        if self.chosen is not None:
            self.name.setText(self.chosen[0])
        elif self._current and not self.removed:
            self.name.setText(self._current)
        else:
            self.name.setText(self.tr("(none)"))
        self.remove.setEnabled(self.chosen is not None or (bool(self._current) and not self.removed))


class ConsentDialog(RecordDialog):
    """Identity and controller (fixed once saved), purpose, date, how, evidence, notes."""

    def __init__(self, vault: Vault, consent: Consent | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("New consent") if consent is None else self.tr("Edit consent"), parent)
        self._vault = vault
        self._consent = consent
        c = consent or Consent(id=0, identity_id=0, controller_id=0, purpose="", given_on=date.today().isoformat())
        self.identity = self.add_choice(self.tr("Identity *"), [(i.label, i.id) for i in list_identities(vault)],
                                        c.identity_id, self.tr("Who gave the consent: you, or one of your "
                                                               "pseudonyms."))
        self.identity.setEnabled(consent is None)
        self.controller = ControllerField(vault, c.controller_id or None, optional=False)
        self.controller.choose.setEnabled(consent is None)
        self._add(self.tr("Controller *"), self.controller,
                  self.tr("The organisation you agreed with (a controller decides what is done with your data)."))
        self.purpose = self.add_text(self.tr("Purpose *"), c.purpose,
                                     self.tr("What you agreed your data may be used for."))
        self.purpose.setPlaceholderText(self.tr("e.g. newsletter, personalised offers"))
        self.given_on = OptionalDate(c.given_on, required=True, latest=QDate.currentDate())
        self._add(self.tr("Given on *"), self.given_on)
        self.how = QComboBox()
        self.how.setEditable(True)
        self.how.addItem("")
        self.how.addItems([how_name(how) for how in HOWS])
        self.how.setCurrentText(how_name(c.how))
        self._add(self.tr("How"), self.how, self.tr("How you gave it: ticked a box, signed a paper form, …; "
                                                    "choose one or type your own."))
        self.add_check(self.identity, lambda: field_checks.choice_problem(
            self.identity.currentData(), self.tr("Add an identity first.")))
        self.add_check(self.controller, lambda: field_checks.choice_problem(
            self.controller.controller_id, self.tr("Choose the controller the consent was given to.")))
        self.add_check(self.purpose, lambda: field_checks.required(self.purpose.toPlainText()))
        evidence_name = ""
        if c.evidence_id:
            try:
                evidence_name = attachment_info(vault, c.evidence_id).name
            except NotFound:
                evidence_name = ""
        self.evidence = EvidenceField(evidence_name)
        self._add(self.tr("Evidence"), self.evidence)
        self.notes = self.add_text(self.tr("Notes"), c.notes)
        self._initial = self._values()

    def _values(self) -> dict[str, Any]:
        return {"purpose": self.purpose.toPlainText().strip(), "given_on": self.given_on.value(),
                "how": how_code(self.how.currentText()), "notes": self.notes.toPlainText().strip()}

    def save(self) -> int:
        values = self._values()
        if self._consent is not None:
            changes = {name: value for name, value in values.items() if value != self._initial[name]}
            if self.evidence.changed():
                changes["evidence"] = self.evidence.value()
            return edit_consent(self._vault, self._consent.id, changes).id
        return add_consent(self._vault, self.identity.currentData(), self.controller.controller_id,
                           evidence=self.evidence.value(), **values)


class WithdrawDialog(RecordDialog):
    """The withdrawal date and, optionally, an objection to direct marketing; creates the requests."""

    def __init__(self, vault: Vault, consent: Consent, summary: str, parent: QWidget | None = None):
        super().__init__(self.tr("Withdraw consent"), parent)
        self._vault = vault
        self._consent = consent
        self.request_ids: list[int] = []
        about = QLabel(summary)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        self.form.addRow(about)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(date_format())
        self.on.setMaximumDate(QDate.currentDate())
        self.on.setMinimumDate(QDate.fromString(consent.given_on, "yyyy-MM-dd"))
        self._add(self.tr("Withdrawn on"), self.on)
        self.also_object = QCheckBox(self.tr("Also object to direct marketing (art. 21(2) GDPR)"))
        self._add(self.tr("Objection"), self.also_object)
        note = QLabel(self.tr("A draft withdrawal request with its letter (art. 7(3) GDPR) is created; "
                              "send it from the Requests page."))
        note.setWordWrap(True)
        self.form.addRow(note)
        withdraw = self.buttons.button(self.buttons.StandardButton.Save)
        withdraw.setText(self.tr("Withdraw"))
        withdraw.setIcon(QIcon())

    def save(self) -> int:
        self.request_ids = withdraw_consent(self._vault, self._consent.id, also_object=self.also_object.isChecked(),
                                            on=self.on.date().toPython())
        return self._consent.id
