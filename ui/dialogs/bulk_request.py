"""File ▸ New requests for a category…: one draft request, with its own letter, per controller chosen.

Controllers come from a directory category (with counts) or are ticked by hand; the requests
are made in the background by ``vault.cases.bulk.create_requests`` behind a progress bar.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.dialogs.progress import ProgressRun, run_with_progress
from ui.models.request_words import language_name, right_name
from ui.widgets.controller_picker import ControllerPicker
from vault.cases.bulk import BulkReport, create_requests
from vault.cases.requests import LANGUAGES, RIGHTS
from vault.organisations.controllers import controller_ids, controllers_by_ids
from vault.organisations.directory_import import category_counts
from vault.people.identities import list_identities


class BulkRequestDialog(QDialog):
    """Which controllers, which identity, which right and language, optional details."""

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New requests for several controllers"))
        self.setAccessibleName(self.tr("New requests for several controllers"))
        vault = context.vault
        self.by_category = QRadioButton(self.tr("Every controller in a category"))
        self.by_hand = QRadioButton(self.tr("The controllers I tick"))
        group = QButtonGroup(self)
        group.addButton(self.by_category)
        group.addButton(self.by_hand)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for name, count in category_counts(vault):
            self.category.addItem(self.tr("%1 (%2)").replace("%1", name).replace("%2", str(count)), name)
        self.picker = ControllerPicker(vault, checkable=True)
        self.picker.setMinimumHeight(200)
        self.identity = QComboBox()
        self.identity.setAccessibleName(self.tr("Identity"))
        for identity in list_identities(vault):
            self.identity.addItem(identity.label, identity.id)
        self.right = QComboBox()
        self.right.setAccessibleName(self.tr("Right"))
        for right in RIGHTS:
            self.right.addItem(right_name(right), right)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Each controller's language"), None)
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.details = QPlainTextEdit()
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(70)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setPlaceholderText(self.tr("Optional: what exactly you ask, added to every letter"))
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAccessibleName(self.tr("How many requests"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create requests"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Identity:"), self.identity)
        form.addRow(self.tr("Right:"), self.right)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Details:"), self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.by_category)
        layout.addWidget(self.category)
        layout.addWidget(self.by_hand)
        layout.addWidget(self.picker, 1)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        (self.by_category if self.category.count() else self.by_hand).setChecked(True)
        self.by_category.setEnabled(self.category.count() > 0)
        group.buttonToggled.connect(lambda *_: self._update())
        self.category.currentIndexChanged.connect(lambda _i: self._update())
        self.picker.ticks_changed.connect(self._update)
        self.identity.currentIndexChanged.connect(lambda _i: self._update())
        self._update()
        self.resize(560, 680)

    def controller_ids(self) -> list[int]:
        if self.by_category.isChecked():
            category = self.category.currentData()
            return controller_ids(self.context.vault, category=category) if category else []
        return self.picker.ticked_ids()

    def _update(self) -> None:
        self.category.setEnabled(self.by_category.isChecked())
        self.picker.setEnabled(self.by_hand.isChecked())
        count = len(self.controller_ids())
        self.count.setText(self.tr("%n draft request(s) will be created, each with its own letter.", "", count))
        self.create_button.setEnabled(count > 0 and self.identity.currentData() is not None)

    def _confirm(self) -> None:
        count = len(self.controller_ids())
        question = self.tr("Create %n draft request(s) as “%1”?", "", count).replace("%1", self.identity.currentText())
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.accept()

    def start(self) -> ProgressRun:
        """Create the requests in the background (after the dialog was accepted)."""
        vault, ids = self.context.vault, self.controller_ids()
        identity_id, right = self.identity.currentData(), self.right.currentData()
        lang, details = self.language.currentData(), self.details.toPlainText().strip()
        parent = self.parentWidget() or self
        return run_with_progress(
            parent, self.context, self.tr("Creating the requests…"),
            lambda report: create_requests(vault, identity_id=identity_id, controller_ids=ids, right=right,
                                           lang=lang, details=details, progress=report),
            lambda result: self._finished(parent, result))

    def _finished(self, parent: QWidget, report: BulkReport) -> None:
        self.context.events.changed.emit("request")
        show_bulk_summary(parent, self.context, report)


def show_bulk_summary(parent: QWidget, context: Context, report: BulkReport) -> QMessageBox:
    text = QCoreApplication.translate("BulkRequests", "Created %1 draft request(s); %2 could not be created.") \
        .replace("%1", str(len(report.created))).replace("%2", str(len(report.failed)))
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("BulkRequests", "Requests created"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if report.failed:
        names = {c.id: c.name for c in controllers_by_ids(context.vault, [i for i, _ in report.failed])}
        box.setDetailedText("\n".join(f"{names.get(i, i)}: {reason}" for i, reason in report.failed))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def new_bulk_requests(parent: QWidget, context: Context) -> None:
    """Open the dialog; when accepted, create the requests with a progress bar."""
    dialog = BulkRequestDialog(context, parent)
    if dialog.exec():
        dialog.start()
