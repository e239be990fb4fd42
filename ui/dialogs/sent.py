"""Marking a request sent: the day, the channel, and for post the delivery date when known.

Marking sent freezes the letter as it is and starts the legal clock; the deadline follows
from the channel (e-mail and web forms: the day sent; post: the delivery date, estimated
until it is entered).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ui.dialogs.event import date_edit, iso
from ui.dialogs.record import RecordDialog
from ui.lock_shortcut import add_lock_shortcut
from ui.models.request_words import channel_name
from vault.cases.lifecycle import CHANNELS
from vault.cases.requests import get_request
from vault.cases.sending import send
from vault.organisations.controllers import get_controller
from vault.storage.store import Vault

POSTAL = ("post", "registered-post")


class SentForm(QWidget):
    """Date sent, channel, delivery date (post only); used by the dialog and the wizard."""

    def __init__(self, vault: Vault, request_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.sent_on = date_edit(date.today())
        self.sent_on.setAccessibleName(self.tr("Date sent"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        for code in CHANNELS:
            self.channel.addItem(channel_name(code), code)
        self.delivered = QCheckBox(self.tr("Delivery date known"))
        self.delivered.setAccessibleName(self.tr("The delivery date is known"))
        self.delivered_on = date_edit(date.today())
        self.delivered_on.setAccessibleName(self.tr("Delivery date"))
        self.tracking = QLineEdit()
        self.tracking.setAccessibleName(self.tr("Tracking number of the registered letter"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Sent on"), self.sent_on)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.delivered, self.delivered_on)
        form.addRow(self.tr("Tracking number"), self.tracking)
        form.addRow(self.hint)
        self.channel.currentIndexChanged.connect(self._update)
        self.delivered.toggled.connect(self._update)
        if request_id is not None:
            self.set_request(request_id)
        self._update()

    def set_request(self, request_id: int) -> None:
        """Suggest the channel the controller can be reached by (e-mail when it has an address)."""
        request = get_request(self._vault, request_id)
        controller = get_controller(self._vault, request.controller_id)
        suggested = "email" if controller.contact_email() else ("web-form" if controller.web_form else "post")
        self.channel.setCurrentIndex(self.channel.findData(suggested))

    def channel_code(self) -> str:
        return self.channel.currentData()

    def _update(self) -> None:
        postal = self.channel_code() in POSTAL
        self.delivered.setEnabled(postal)
        self.tracking.setEnabled(self.channel_code() == "registered-post")
        self.delivered_on.setEnabled(postal and self.delivered.isChecked())
        if postal and not self.delivered.isChecked():
            self.hint.setText(self.tr("Until you enter the delivery date, the deadline is counted from an "
                                      "estimate: three working days after sending."))
        elif postal:
            self.hint.setText(self.tr("The deadline is counted from the delivery date."))
        else:
            self.hint.setText(self.tr("The deadline is counted from the day sent."))

    def mark_sent(self, request_id: int) -> None:
        """Mark the request sent with what the form says (raises VaultError if refused)."""
        postal = self.channel_code() in POSTAL
        delivered = iso(self.delivered_on) if postal and self.delivered.isChecked() else None
        tracking = self.tracking.text().strip() if self.channel_code() == "registered-post" else ""
        send(self._vault, request_id, on=iso(self.sent_on), channel=self.channel_code(), delivered_on=delivered,
             note=f"tracking: {tracking}" if tracking else "")


class SentDialog(RecordDialog):
    """"Mark sent…": the form, and the letter frozen when saved."""

    def __init__(self, vault: Vault, request_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Mark as sent"), parent)
        self._request_id = request_id
        note = QLabel(self.tr("The letter is kept exactly as it is now; later changes make a new letter."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.sent_form = SentForm(vault, request_id)
        self.form.addRow(self.sent_form)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Mark sent"))
        add_lock_shortcut(self)

    def save(self) -> int:
        self.sent_form.mark_sent(self._request_id)
        return self._request_id
