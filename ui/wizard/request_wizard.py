"""The new-request wizard: controller → identity → right → language → letter → export → sent.

The request is created (as a draft, with the letter rendered by ``vault/``) when the person
leaves the language page; going back and changing a choice writes it again. Cancelling
later asks whether to keep the draft (found under Drafts on the dashboard) or discard it;
locking keeps it, with the letter's edits.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.context import Context
from ui.dialogs.letter_export import ExportBar
from ui.dialogs.request_actions import keep_draft
from ui.dialogs.sent import SentForm
from ui.dismissal import dismissed_by_session
from ui.errors import show_error
from ui.lock_shortcut import add_lock_shortcut
from ui.widgets.letter_editor import LetterEditor
from ui.wizard.steps import ControllerPage, IdentityPage, LanguagePage, RightPage
from vault.cases.drafts import create_request
from vault.cases.letter_store import current_letter, reference_for
from vault.cases.requests import get_request, remove_request, same_request_on


class LetterPage(QWizardPage):
    """The letter as written, editable (subject and text)."""

    def __init__(self, wizard: "RequestWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Letter"))
        self.setSubTitle(self.tr("Read the letter and change what you want. It is saved as a draft."))
        self.editor = LetterEditor(wizard.vault)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.editor.load(self.wizard_.request_id)

    def validatePage(self) -> bool:  # noqa: N802
        return self.editor.save()


class ExportPage(QWizardPage):
    """Save, print or copy the letter, to send it by e-mail, post or web form."""

    def __init__(self, wizard: "RequestWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Export"))
        self.setSubTitle(self.tr("Save or print the letter, then send it yourself. Nothing leaves this computer "
                                 "unless you do."))
        self.export = ExportBar(lambda: current_letter(wizard.vault, wizard.request_id).document,
                                wizard.context.clipboard)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.export.exported.connect(self.status.setText)
        # The clipboard was cleared: a note saying it holds the letter is stale.
        self.export.copy_note_expired.connect(lambda note: self.status.clear() if self.status.text() == note else None)
        tips = QLabel(self.tr("E-mail: the .eml file opens in your mail program, addressed to the controller.\n"
                              "Post: print the letter (the address fits a window envelope); registered post "
                              "gives you a delivery date.\nWeb form: copy the text and paste it into the form."))
        tips.setWordWrap(True)
        self.mail = QPushButton(self.tr("Send by e-mail…"))
        self.mail.setAccessibleName(self.tr("Send the letter by e-mail"))
        self.mail.clicked.connect(self._send_by_email)
        layout = QVBoxLayout(self)
        layout.addWidget(self.export)
        layout.addWidget(self.mail)
        layout.addWidget(self.status)
        layout.addWidget(tips)
        layout.addStretch(1)


    def _send_by_email(self) -> None:
        from ui.dialogs.send_mail import send_by_email

        if send_by_email(self.wizard_.context, self, self.wizard_.request_id):
            self.status.setText(self.tr("Sent by e-mail; the request is marked sent."))
            self.mail.setEnabled(False)


class SentPage(QWizardPage):
    """Mark it sent now (date, channel, delivery date), or keep it as a draft."""

    def __init__(self, wizard: "RequestWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Sent?"))
        self.setSubTitle(self.tr("Marking the request sent freezes the letter and starts the legal deadline."))
        self.sent = QRadioButton(self.tr("I have sent it"))
        self.sent.setAccessibleName(self.tr("The letter was sent"))
        self.draft = QRadioButton(self.tr("Keep it as a draft; I will send it later"))
        self.draft.setAccessibleName(self.tr("Keep the letter as a draft"))
        group = QButtonGroup(self)
        group.addButton(self.sent)
        group.addButton(self.draft)
        self.form = SentForm(wizard.vault)
        self.sent.toggled.connect(self.form.setEnabled)
        self.draft.setChecked(True)
        self.form.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sent)
        layout.addWidget(self.form)
        layout.addWidget(self.draft)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        self.form.set_request(self.wizard_.request_id)

    def validatePage(self) -> bool:  # noqa: N802
        if not self.sent.isChecked() or get_request(self.wizard_.vault, self.wizard_.request_id).status != "draft":
            return True  # kept as a draft, or already sent by e-mail
        try:
            self.form.mark_sent(self.wizard_.request_id)
        except Exception as error:  # noqa: BLE001 - shown to the user; the page stays
            show_error(self, error)
            return False
        return True


class RequestWizard(QWizard):
    """A new request from start to sent; ``request_id`` is set once the letter is written."""

    def __init__(self, context: Context, *, controller_id: int | None = None, identity_id: int | None = None,
                 right: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.vault = context.vault
        self.request_id: int | None = None
        self._written: dict[str, Any] | None = None  # the choices the draft was written from
        self.choice: dict[str, Any] = {"controller_id": controller_id, "identity_id": identity_id,
                                       "identifier_ids": None, "right": right, "details": "", "lang": None}
        self.setWindowTitle(self.tr("New request"))
        self.setAccessibleName(self.tr("New request"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.pages = {
            "controller": ControllerPage(self), "identity": IdentityPage(self), "right": RightPage(self),
            "language": LanguagePage(self), "letter": LetterPage(self), "export": ExportPage(self),
            "sent": SentPage(self),
        }
        for page in self.pages.values():
            self.addPage(page)
        if controller_id is not None:
            self.pages["controller"].fill()
        self.resize(760, 680)
        add_lock_shortcut(self)

    def write_request(self) -> bool:
        """Create the draft from the choices (again, if they changed since); False if refused."""
        wanted = dict(self.choice)
        if self.request_id is not None and wanted == self._written:
            return True
        if self.request_id is None and not self._confirm_not_a_duplicate(wanted):
            return False
        try:
            if self.request_id is not None and get_request(self.vault, self.request_id).status == "draft":
                remove_request(self.vault, self.request_id)  # written from other choices: write it anew
                self.request_id = None
            self.request_id = create_request(
                self.vault, identity_id=wanted["identity_id"], controller_id=wanted["controller_id"],
                right=wanted["right"], lang=wanted["lang"], details=wanted["details"],
                identifier_ids=wanted["identifier_ids"])
        except Exception as error:  # noqa: BLE001 - shown to the user; the wizard stays on the page
            show_error(self, error)
            return False
        self._written = wanted
        self.context.events.changed.emit("request")
        return True

    def _confirm_not_a_duplicate(self, wanted: dict[str, Any]) -> bool:
        """Ask before writing the same right to the same controller twice in a day."""
        try:
            earlier = same_request_on(self.vault, wanted["controller_id"], wanted["right"], date.today())
        except Exception:  # noqa: BLE001 - the check is a courtesy; writing goes on and reports its own errors
            return True
        if earlier is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Write it again?"),
            self.tr("You already wrote this request to this organisation today (%1). Write another one?")
            .replace("%1", reference_for(earlier)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        """Finishing keeps the draft; cancelling asks whether to keep it (locking keeps it silently)."""
        self.pages["controller"]._timer.stop()
        if self.request_id is not None and result != QWizard.DialogCode.Accepted:
            self.pages["letter"].editor.save(quiet=True)
            # Asked only of a person at the (modal) wizard: not when the session locks or a view is torn down.
            if (self.isModal() and not dismissed_by_session(self)
                    and get_request(self.vault, self.request_id).status == "draft"
                    and not keep_draft(self)):
                remove_request(self.vault, self.request_id)
                self.request_id = None
                self.context.events.changed.emit("request")
        super().done(result)
        if self.request_id is not None:
            self.context.events.changed.emit("request")


def run_request_wizard(context: Context, parent: QWidget, *, controller_id: int | None = None,
                       identity_id: int | None = None, right: str | None = None) -> int | None:
    """The wizard over ``parent``; then the request list shows the new request. Returns its id."""
    from ui.dialogs.request_actions import show_in_requests_page, vault_is_open

    wizard = RequestWizard(context, controller_id=controller_id, identity_id=identity_id, right=right, parent=parent)
    wizard.exec()
    if wizard.request_id is not None and vault_is_open(context.vault):
        show_in_requests_page(parent, wizard.request_id)
    return wizard.request_id
