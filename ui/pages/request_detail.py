"""The pane beside the request list: one request's fields, deadline, next step, timeline and case.

Every value from the vault is shown as plain text. The buttons act on the request shown
(``ui.dialogs.request_actions``); files dropped on the timeline become an event's attachments.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.dialogs import request_actions as actions
from ui.errors import show_error
from ui.models.dates import date_text
from ui.models.request_words import (
    channel_name,
    days_left_text,
    due_text,
    language_name,
    next_step_name,
    right_name,
    status_name,
    today,
)
from ui.pages.timeline import Timeline
from ui.widgets.follow_up_menu import ID_COPY, FollowUpMenu
from ui.widgets.plain_label import plain_label
from vault.cases.follow_ups import next_step, reminder_refusal
from vault.cases.letter_store import reference_for
from vault.cases.queries import case_requests
from vault.cases.requests import Request, get_request, remove_request
from vault.organisations.controllers import get_controller
from vault.people.identities import get_identity


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class RequestDetail(QScrollArea):
    """Fields, actions, timeline and case of the request shown; ``changed`` after any action."""

    changed = Signal(int)            # the request (or the new follow-up) to select afterwards
    open_requested = Signal(int)     # another request of the case was chosen

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.request: Request | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Request details"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = _bold(plain_label(), 1.3)
        self.title.setAccessibleName(self.tr("Title"))
        self.placeholder = QLabel(self.tr("Select a request to see its letter, deadline and history."))
        self.placeholder.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        # Actions first, then the fields: the buttons stay in the same place from one request to the next
        # (fields vary in height: a long deadline note, multi-line details).
        content_layout.addLayout(self._build_actions())
        content_layout.addLayout(self.form)
        content_layout.addWidget(_bold(QLabel(self.tr("Timeline"))))
        self.timeline = Timeline(context.vault)
        self.timeline.files_dropped.connect(self._files_dropped)
        content_layout.addWidget(self.timeline)
        content_layout.addWidget(_bold(QLabel(self.tr("Case (request and follow-ups)"))))
        self.case = QListWidget()
        self.case.setAccessibleName(self.tr("Requests of this case"))
        self.case.setMaximumHeight(110)
        self.case.setWordWrap(True)  # a long status (German, French) wraps instead of being cut
        self.case.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        content_layout.addWidget(self.case)
        layout.addWidget(self.title)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content, 1)
        self.setWidget(body)
        self.clear()

    def _button(self, text: str, accessible: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _build_actions(self) -> QGridLayout:
        self.letter_button = self._button(self.tr("Letter…"), self.tr("Preview, edit and export the letter"),
                                          self.open_letter)
        self.sent_button = self._button(self.tr("Mark sent…"), self.tr("Record that the letter was sent"),
                                        self.open_letter)
        self.event_button = self._button(self.tr("Add event…"), self.tr("Record what happened: an answer, a "
                                                                        "delivery, …"), lambda: self._add_event())
        self.follow_up_menu = FollowUpMenu(self)
        self.follow_up_menu.chosen.connect(self._follow_up)
        self.follow_up_button = QToolButton()
        self.follow_up_button.setText(self.tr("Follow-up"))
        self.follow_up_button.setAccessibleName(self.tr("Follow-up: reminder, complaint, or a reply"))
        self.follow_up_button.setMenu(self.follow_up_menu)
        self.follow_up_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.follow_up_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.follow_up_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.dossier_button = self._button(self.tr("Dossier PDF…"), self.tr("Save the whole case as one PDF"),
                                           self._dossier)
        self.remove_button = self._button(self.tr("Remove…"), self.tr("Remove this request"), self.remove_request)
        self.mail_button = self._button(self.tr("Send by e-mail…"), self.tr("Send the letter by e-mail"),
                                        self._send_by_email)
        self.next_button = self._button("", "", self._next_step)
        grid = QGridLayout()
        for index, widget in enumerate((self.letter_button, self.sent_button, self.event_button,
                                        self.follow_up_button, self.dossier_button, self.remove_button,
                                        self.mail_button)):
            grid.addWidget(widget, index // 3, index % 3)
        grid.addWidget(self.next_button, 3, 0, 1, 3)
        return grid

    # -- showing -------------------------------------------------------------------------
    def show_request(self, request_id: int) -> None:
        """Show one request (its fields, actions, timeline and case)."""
        vault = self.context.vault
        request = self.request = get_request(vault, request_id)
        controller = get_controller(vault, request.controller_id)
        identity = get_identity(vault, request.identity_id)
        now = today()
        self.title.setText(f"{right_name(request.right)} — {controller.name}")
        self.title.setVisible(True)
        self.placeholder.setVisible(False)
        self.content.setVisible(True)
        due = request.effective_due
        days = (date.fromisoformat(due) - now).days if due and request.status not in (
            "draft", "answered", "partly-answered", "refused", "closed") else None
        self._step = next_step(vault, request, now)
        received = date_text(request.received_on)
        if received and request.received_is_estimate:
            received = self.tr("%1 (estimate: enter the delivery date when you know it)").replace("%1", received)
        deadline = due_text(due, request.received_is_estimate)
        if deadline and days is not None:
            deadline += f" — {days_left_text(days)}"
        if request.extended_due_on:
            first = self.tr("extended by the controller (first deadline %1)")
            deadline += "\n" + first.replace("%1", date_text(request.due_on))
        self._set_fields([
            (self.tr("Reference"), reference_for(request)),
            (self.tr("Status"), status_name(request.status)),
            (self.tr("Deadline"), deadline),
            (self.tr("Next step"), next_step_name(self._step) if self._step else ""),
            (self.tr("Identity"), identity.label),
            (self.tr("Language"), language_name(request.lang)),
            (self.tr("Channel"), channel_name(request.channel)),
            (self.tr("Created"), date_text(request.created_on)),
            (self.tr("Sent"), date_text(request.sent_on)),
            (self.tr("Received"), received),
            (self.tr("Closed"), date_text(request.closed_on)),
            (self.tr("Details"), request.details),
        ])
        draft = request.status == "draft"
        self.sent_button.setEnabled(draft)
        self.mail_button.setEnabled(draft and bool(controller.contact_email()))
        self.event_button.setEnabled(not draft)
        self.follow_up_button.setEnabled(not draft)
        if not draft:
            self.follow_up_menu.allow_reminder(reminder_refusal(vault, request.id, now) is None)
        # Disabled rather than hidden, so nothing below it moves.
        self.next_button.setEnabled(self._step is not None)
        self.next_button.setText(next_step_name(self._step) if self._step else self.tr("No next step"))
        self.next_button.setAccessibleName(next_step_name(self._step))
        self.timeline.show_request(request.id)
        self._fill_case(request.id)

    def _set_fields(self, fields: list[tuple[str, str]]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = {}
        for caption, value in fields:
            if not value:
                continue
            label = plain_label(value)
            label.setAccessibleName(caption)
            self.values[caption] = label
            self.form.addRow(_bold(QLabel(caption)), label)

    def _fill_case(self, request_id: int) -> None:
        self.case.clear()
        for member in case_requests(self.context.vault, request_id):
            text = f"{reference_for(member)}  {right_name(member.right)} — {status_name(member.status)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.case.addItem(item)
            if member.id == request_id:
                item.setSelected(True)
                font = item.font()
                font.setBold(True)
                item.setFont(font)

    def clear(self) -> None:
        """Show nothing of any request (no selection, or the vault is being locked)."""
        self.request = None
        self._step = None
        self.title.clear()
        self.title.setVisible(False)
        self._set_fields([])
        self.timeline.clear()
        self.case.clear()
        self.content.setVisible(False)
        self.placeholder.setVisible(True)

    # -- acting --------------------------------------------------------------------------
    def _after(self, select_id: int | None = None) -> None:
        if self.request is not None and actions.vault_is_open(self.context.vault):
            self.changed.emit(select_id or self.request.id)

    def open_letter(self) -> None:
        if self.request is not None:
            actions.open_letter(self.context, self, self.request.id)
            self._after()

    def _add_event(self, kind: str | None = None, files: list[str] | None = None) -> None:
        if self.request is not None and actions.add_event(self.context, self, self.request.id, kind, files):
            self._after()

    def _files_dropped(self, files: list[str]) -> None:
        if self.request is None:
            return
        if self.request.status == "draft":
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Attachments"),
                              self.tr("Mark the request as sent before recording what happened to it."),
                              QMessageBox.StandardButton.Ok, self)
            box.exec()
            return
        self._add_event(None, files)

    def _follow_up(self, kind: str) -> None:
        if self.request is not None and kind == ID_COPY:
            if actions.make_id_copy(self.context, self, self.request.id):
                self._after()
            return
        if self.request is not None:
            new_id = actions.start_follow_up(self.context, self, self.request.id, kind)
            self._after(new_id)

    def _next_step(self) -> None:
        if self.request is not None:
            actions.perform_next_step(self.context, self, self.request.id, self._step)
            self._after()

    def _send_by_email(self) -> None:
        from ui.dialogs.send_mail import send_by_email

        if self.request is not None and send_by_email(self.context, self, self.request.id):
            self._after()

    def _dossier(self) -> None:
        if self.request is not None:
            actions.write_dossier(self.context, self, self.request.id)

    def remove_request(self) -> None:
        if self.request is None:
            return
        question = self.tr("Remove the request %1 with its letters and history? This cannot be undone.") \
            .replace("%1", reference_for(self.request))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_request(self.context.vault, self.request.id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        self.clear()
        self.context.events.changed.emit("request")
