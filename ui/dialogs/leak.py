"""“Who leaked this?”: paste what a spam mail was sent to, see who got it, ask them where it went.

The answer comes from ``vault.people.leaks.who_all``; asking creates a draft access request
(art. 15(1)(c) recipients, 15(1)(g) source) through ``vault.people.leaks.ask_about_leak``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.dialogs.busy import run_with_busy_dialog
from ui.errors import show_error
from ui.models.dates import date_text
from ui.widgets.plain_label import plain_label
from vault.cases.leak_requests import ask_about_leak
from vault.people.leaks import Leak, who_all

LOOKUP_DELAY_MS = 250
MAX_SHOWN = 5


class LeakDialog(QDialog):
    """A search box for one address or number, what the vault knows about it, and “Ask them”."""

    request_created = Signal(int)

    def __init__(self, context: Context, parent: QWidget | None = None, value: str = ""):
        super().__init__(parent)
        self.context = context
        self.leaks: list[Leak] = []
        self.setWindowTitle(self.tr("Who leaked this?"))
        self.setAccessibleName(self.tr("Who leaked this?"))
        intro = plain_label(self.tr("Paste the address or phone number a spam message was sent to "
                                    "(a whole To: line works too)."))
        self.value = QLineEdit(value)
        self.value.setClearButtonEnabled(True)
        self.value.setPlaceholderText(self.tr("e.g. To: \"Shop\" <me+shop@mail.example>"))
        self.value.setAccessibleName(self.tr("Address or number"))
        self.result = plain_label()
        self.result.setAccessibleName(self.tr("Result"))
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.seen_in = QLineEdit()
        self.seen_in.setPlaceholderText(self.tr("optional, e.g. spam about car insurance"))
        self.seen_in.setAccessibleName(self.tr("Where it was seen"))
        self.ask_button = QPushButton(self.tr("Ask them where they got it…"))
        self.ask_button.setAccessibleName(self.tr("Create an access request asking where they got it"))
        self.ask_button.clicked.connect(self.ask)
        self.created = plain_label()
        self.created.setAccessibleName(self.tr("Request created"))
        self.created.setVisible(False)
        ask_form = QFormLayout()
        ask_form.addRow(self.tr("Seen in:"), self.seen_in)
        ask_row = QHBoxLayout()
        ask_row.addStretch(1)
        ask_row.addWidget(self.ask_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.value)
        layout.addWidget(self.result)
        layout.addLayout(ask_form)
        layout.addLayout(ask_row)
        layout.addWidget(self.created)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.value.textChanged.connect(self._timer.start)
        self.value.returnPressed.connect(self.look_up)
        self.look_up()

    def look_up(self) -> None:
        """Say whose value this is, who got it and when — or that it was never given out."""
        self._timer.stop()
        text = self.value.text().strip()
        self.created.setVisible(False)
        self.leaks = who_all(self.context.vault, text) if text else []
        if not text:
            self.result.setText(self.tr("Nothing to look up yet."))
        elif not self.leaks:
            self.result.setText(self.tr("Never given out: no identity in this vault has “%1”.").replace("%1", text))
        else:
            self.result.setText("\n\n".join(self._describe(leak) for leak in self.leaks[:MAX_SHOWN]))
        asked = bool(self.leaks) and self.leaks[0].controller_id is not None
        self.adjustSize()
        self.ask_button.setEnabled(asked)
        self.seen_in.setEnabled(asked)
        if self.leaks and not asked:
            self.result.setText(self.result.text() + "\n\n" + self.tr(
                "No controller is recorded for it, so there is nobody to ask. Record who got it on the "
                "Identities page first."))

    def _describe(self, leak: Leak) -> str:
        lines = [self.tr("Identity: %1").replace("%1", leak.identity_label),
                 self.tr("Value: %1").replace("%1", leak.value)]
        if leak.controller_name is not None:
            lines.append(self.tr("Given to: %1").replace("%1", leak.controller_name))
        else:
            lines.append(self.tr("Given to: no controller recorded"))
        lines.append(self.tr("Given on: %1").replace("%1", date_text(leak.given_on)) if leak.given_on
                     else self.tr("Given on: not recorded"))
        if leak.match == "identity-email":
            lines.append(self.tr("This is one of the identity's own addresses, not one given to a single controller."))
        elif leak.match == "plus-tag":
            lines.append(self.tr("Guessed from the tag after “+”: this address itself was never recorded."))
        return "\n".join(lines)

    def ask(self) -> None:
        """Create the access request in the background, then offer to show it."""
        if not self.leaks or self.leaks[0].controller_id is None:
            return
        vault, value, seen_in = self.context.vault, self.value.text().strip(), self.seen_in.text().strip()
        controller = self.leaks[0].controller_name or ""
        self.ask_button.setEnabled(False)
        run_with_busy_dialog(self, self.tr("Writing the request…"),
                             lambda: ask_about_leak(vault, value, seen_in=seen_in),
                             lambda request_id: self._asked(request_id, controller),
                             self._failed, tracker=self.context.jobs)

    def _failed(self, error: BaseException) -> None:
        self.ask_button.setEnabled(True)
        show_error(self, error)

    def _asked(self, request_id: int, controller: str) -> None:
        self.context.events.changed.emit("request")
        self.request_created.emit(request_id)
        self.created.setText(self.tr("Draft access request no. %1 to %2 created: it asks who received your data "
                                     "and where it came from (art. 15(1)(c) and (g) GDPR).")
                             .replace("%1", str(request_id)).replace("%2", controller))
        self.created.setVisible(True)
        self.adjustSize()
        self._offer_to_open(request_id)

    def _offer_to_open(self, request_id: int) -> None:
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        try:
            page = window.page("requests") if window is not None and hasattr(window, "page") else None
        except ValueError:
            page = None
        if page is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Request created"),
                          self.tr("Open request no. %1 now?").replace("%1", str(request_id)),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if box.exec() != QMessageBox.StandardButton.Open:
            return
        window.show_page("requests")
        for name in ("show_request", "open_request", "select_request"):
            if hasattr(page, name):
                getattr(page, name)(request_id)
                break
        else:
            if hasattr(page, "refresh"):
                page.refresh(select_id=request_id)
        self.accept()


def show_leak_dialog(context: Context, parent: QWidget | None) -> None:
    """Open the dialog (modal: it closes when the vault locks)."""
    dialog = LeakDialog(context, parent)
    dialog.exec()
    dialog.deleteLater()

