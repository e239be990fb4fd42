"""File ▸ Import controller directory…: the starter directory or chosen records, with progress and a summary.

The records are the datarequests.org company records (CC0). ``import_directory`` is
idempotent: importing again updates by slug and keeps the person's own edits.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.dialogs.progress import ProgressRun, run_with_progress
from vault.organisations.directory_import import ImportReport, import_directory

MAX_DETAILS = 500  # lines of skipped records and warnings shown in the summary


class DirectorySourceDialog(QDialog):
    """Where the records come from: the built-in directory, a folder of record files, or one JSON file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import controller directory"))
        self.setAccessibleName(self.tr("Import controller directory"))
        intro = QLabel(self.tr("Company records from the datarequests.org project (public domain): addresses, "
                               "privacy contacts and how each company wants requests. Importing again updates "
                               "them and keeps your own edits."))
        intro.setWordWrap(True)
        self.builtin = QRadioButton(self.tr("The starter directory shipped with the app"))
        self.folder = QRadioButton(self.tr("A folder of record files (*.json)"))
        self.file = QRadioButton(self.tr("One JSON file (a list of records)"))
        self.builtin.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.builtin, self.folder, self.file):
            group.addButton(button)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Folder or file"))
        self.path.setPlaceholderText(self.tr("Folder or file"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the folder or file"))
        self.browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.path.textChanged.connect(lambda _text: self.problem.setVisible(False))  # said about the old path
        group.buttonToggled.connect(lambda *_: self.problem.setVisible(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.builtin, self.folder, self.file):
            layout.addWidget(button)
        layout.addLayout(path_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        group.buttonToggled.connect(lambda *_: self._update())
        self._update()
        self.setMinimumWidth(520)

    def source(self) -> Path | None:
        """None for the built-in directory, else the chosen folder or file."""
        return None if self.builtin.isChecked() else Path(self.path.text().strip()).expanduser()

    def _update(self) -> None:
        own = not self.builtin.isChecked()
        self.path.setEnabled(own)
        self.browse.setEnabled(own)

    def _browse(self) -> None:
        if self.folder.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder of company records"))
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("File of company records"), "",
                                                    self.tr("JSON files (*.json);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def _accept(self) -> None:
        source = self.source()
        if source is not None and (not self.path.text().strip() or not source.exists()):
            self.problem.setText(self.tr("Choose an existing folder or file first."))
            self.problem.setVisible(True)
            return
        self.accept()


def summary_text(report: ImportReport) -> str:
    """The counts, translated."""
    return (QCoreApplication.translate("DirectoryImport", "Added %1, updated %2, unchanged %3, skipped %4.")
            .replace("%1", str(report.added)).replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged)).replace("%4", str(len(report.skipped))))


def details_text(report: ImportReport) -> str:
    """Each skipped record with its reason, then the fields dropped from imported ones (plain text)."""
    lines = []
    if report.skipped:
        lines.append(QCoreApplication.translate("DirectoryImport", "Skipped:"))
        lines.extend(f"  {label}: {reason}" for label, reason in report.skipped)
    if report.warnings:
        lines.append(QCoreApplication.translate("DirectoryImport", "Imported without some fields:"))
        lines.extend(f"  {label}: {warning}" for label, warning in report.warnings)
    if len(lines) > MAX_DETAILS:
        lines = lines[:MAX_DETAILS] + ["…"]
    return "\n".join(lines)


def show_summary(parent: QWidget, report: ImportReport) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("DirectoryImport", "Directory imported"), summary_text(report),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    details = details_text(report)
    if details:
        box.setDetailedText(details)  # always plain text
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def start_directory_import(parent: QWidget, context: Context, source: Path | None) -> ProgressRun:
    """Import in the background with a progress bar; the summary follows, the controllers page refreshes."""
    vault = context.vault

    def done(report: ImportReport) -> None:
        context.events.changed.emit("controller")
        show_summary(parent, report)

    return run_with_progress(parent, context, QCoreApplication.translate("DirectoryImport", "Importing company records…"),
                             lambda report: import_directory(vault, source, progress=report), done)


def import_directory_dialog(parent: QWidget, context: Context) -> None:
    """Ask for the source, then import it."""
    dialog = DirectorySourceDialog(parent)
    if dialog.exec():
        start_directory_import(parent, context, dialog.source())
