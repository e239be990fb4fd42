"""The "Follow-up ▸" menu: a reminder, a complaint, or a reply to what the controller answered."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui.models.request_words import obstacle_situation
from vault.cases.follow_ups import OBSTACLES

ID_COPY = "id-copy"  # not a follow-up letter: opens the ID copy dialog (ui.dialogs.id_copy)


class FollowUpMenu(QMenu):
    """Emits ``chosen`` with the follow-up kind (``reminder``, ``complaint``, ``obstacle_…``, or ``id-copy``)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Follow-up"))
        self.setAccessibleName(self.tr("Follow-up"))
        self.setToolTipsVisible(True)
        self.kind_actions: dict[str, QAction] = {}
        self._add("reminder", self.tr("Send a reminder…"),
                  self.tr("The deadline passed without an answer (Art. 12(3) and 12(4) GDPR)."))
        self._add("complaint", self.tr("File a complaint with the supervisory authority…"),
                  self.tr("A complaint with the whole case attached as a chronology (Art. 77 GDPR)."))
        self.addSection(self.tr("Reply to the controller’s answer"))
        for kind in OBSTACLES:
            self._add(kind, obstacle_situation(kind) + "…", "")
            if kind == "obstacle_id_demand":
                self._add(ID_COPY, self.tr("Send a redacted copy of an identity document…"),
                          self.tr("When the demand is justified, or you prefer to comply: a copy only this "
                                  "controller can use."))

    def allow_reminder(self, allowed: bool) -> None:
        """Offer a reminder only once the (extended) deadline has passed: before, it would say something false."""
        action = self.kind_actions["reminder"]
        action.setEnabled(allowed)
        action.setToolTip(self.tr("The deadline passed without an answer (Art. 12(3) and 12(4) GDPR).") if allowed
                          else self.tr("Not yet: a reminder can be sent the day after the deadline."))

    def _add(self, kind: str, text: str, tip: str) -> None:
        action = self.addAction(text)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _=False, k=kind: self.chosen.emit(k))
        self.kind_actions[kind] = action
