"""File ▸ Import privacy policy…: read the policy in the background, then a form of what it says.

Every field is editable and shows beneath it the sentence it was read from, the value
highlighted. Saving creates the controller (source "privacy policy", the text kept) with its
retention periods through ``vault.policies.controller_draft.save_policy_controller``.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.dialogs import field_checks
from ui.dialogs.busy import run_with_busy_dialog
from ui.dialogs.file_choice import ask_open_path
from ui.dialogs.record import RecordDialog
from ui.models.request_words import right_name
from ui.widgets.country_box import CountryBox
from ui.widgets.evidence_view import EvidenceView
from vault.errors import InvalidInput
from vault.policies.address import COUNTRY_NAMES
from vault.policies.controller_draft import save_policy_controller
from vault.policies.findings import RIGHTS, extract_policy
from vault.policies.text import policy_text_from_bytes

MAX_POLICY_FILE = 50_000_000  # bytes; a policy saved as PDF with images stays far below
# Durations as policies write them (FR, EN, DE), highlighted in the retention snippets.
DURATION = QRegularExpression(
    r"\b\d+(?:[.,]\d+)?\s?(?:mois|ans?|années?|jours?|semaines?|months?|years?|days?|weeks?|"
    r"Monate?n?|Jahre?n?|Tage?n?|Wochen?)\b", QRegularExpression.PatternOption.CaseInsensitiveOption
    | QRegularExpression.PatternOption.UseUnicodePropertiesOption)


def read_policy(path: str) -> tuple[str, dict[str, Any]]:
    """The policy's text and its findings (``PolicyFindings.to_json()``); runs on a worker thread."""
    from ui.rendering.pdf_text import pdf_to_text

    file = Path(path)
    try:
        if file.stat().st_size > MAX_POLICY_FILE:
            raise InvalidInput(f"The file {file.name} is too large to be a privacy policy.")
        data = file.read_bytes()
    except OSError as error:
        raise InvalidInput(f"The file {file.name} cannot be read: {error.strerror or error}.") from None
    text = policy_text_from_bytes(data, file.name, pdf_to_text=pdf_to_text)
    return text, extract_policy(text).to_json()


_BASIS = re.compile(r"^[69]\([12]\)\([a-j]\)$")


def _purpose_line(purpose: dict[str, Any]) -> str:
    """A purpose as one editable line: "Newsletter | 6(1)(a)"."""
    basis = purpose.get("legal_basis")
    return f"{purpose.get('purpose', '')} | {basis}" if basis else str(purpose.get("purpose", ""))


def _purpose_of(line: str) -> dict[str, Any]:
    """The line back as a purpose; a basis not written like "6(1)(f)" is kept with the purpose."""
    purpose, _bar, basis = line.rpartition(" | ")
    if purpose and _BASIS.match(basis.strip()):
        return {"purpose": purpose.strip(), "legal_basis": basis.strip()}
    return {"purpose": line.strip(), "legal_basis": None}


class PolicyImportDialog(RecordDialog):
    """The findings as a form, each field above its evidence; Save creates the controller."""

    controller_saved = Signal(int, str)  # its id and name, once saved

    def __init__(self, context: Context, findings: dict[str, Any], source_text: str, parent: QWidget | None = None):
        super().__init__(self.tr("Import privacy policy"), parent)
        self.context = context
        self.source_text = source_text
        self.findings = findings
        self.evidence_views: dict[str, EvidenceView] = {}
        self.review_marks: dict[str, QLabel] = {}
        evidence = findings.get("evidence") or {}
        body = QWidget()
        self.fields = QFormLayout(body)
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        intro = QLabel(self.tr("Check each field against the sentence it was read from (shown beneath it), "
                               "correct what is wrong, then save."))
        intro.setWordWrap(True)
        self.fields.addRow(intro)
        self.name = self._line("controller_name", self.tr("Name *"), findings.get("controller_name"))
        self.address = self._text("postal_address", self.tr("Postal address"), findings.get("postal_address"))
        self.country = CountryBox(findings.get("country"))
        self._row("country", self.tr("Country"), self.country)
        self.dpo_email = self._line("dpo_email", self.tr("DPO e-mail address"), findings.get("dpo_email"))
        emails = findings.get("contact_emails") or []
        self.emails = self._text("contact_emails", self.tr("Contact e-mail addresses"), "\n".join(emails))
        self.emails.setPlaceholderText(self.tr("One per line"))
        self.rights = self._rights(findings.get("rights_mentioned") or [])
        self.retention = self._retention(findings.get("retention_periods") or [])
        self.authority = self._line("supervisory_authority", self.tr("Supervisory authority"),
                                    findings.get("supervisory_authority"))
        self.transfers = QComboBox()
        for text, value in ((self.tr("Not said"), None), (self.tr("Yes"), True), (self.tr("No"), False)):
            self.transfers.addItem(text, value)
        self.transfers.setCurrentIndex(self.transfers.findData(findings.get("transfers_outside_eu")))
        self._row("transfers_outside_eu", self.tr("Transfers outside the EU/EEA"), self.transfers)
        # What the policy says it does with data (issue 16): the access letter asks about it.
        self.web = self._line("web", self.tr("Web site"), findings.get("web"))
        self.categories = self._text("data_categories", self.tr("Data collected (one per line)"),
                                     "\n".join(findings.get("data_categories") or []))
        self.purposes = self._text("purposes", self.tr("Purposes | legal basis (one per line)"),
                                   "\n".join(_purpose_line(p) for p in findings.get("purposes") or []))
        self.recipients = self._text("recipients", self.tr("Recipients (one per line)"),
                                     "\n".join(findings.get("recipients") or []))
        self.joint = self._text("joint_controllers", self.tr("Joint controllers (one per line)"),
                                "\n".join(findings.get("joint_controllers") or []))
        self.representative = self._line("representative", self.tr("EU representative"), findings.get("representative"))
        for key, view in self.evidence_views.items():
            view.show_snippet(evidence.get(key, ""), self._values_to_mark(key), self._patterns_to_mark(key))
            view.setVisible(bool(evidence.get(key)))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.layout().insertWidget(0, scroll, 1)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Save controller"))
        self.add_check(self.name, lambda: field_checks.required(self.name.text()))
        self.add_check(self.dpo_email, lambda: field_checks.email_problem(self.dpo_email.text()))
        self.add_check(self.emails, lambda: field_checks.emails_problem(self.lines_of(self.emails)))
        for editor in (self.name, self.dpo_email):
            editor.textChanged.connect(self._field_changed)
        self.emails.textChanged.connect(self._field_changed)
        self.resize(820, 720)

    # -- building ------------------------------------------------------------------------
    def _row(self, key: str, label: str, editor: QWidget) -> None:
        editor.setAccessibleName(label.rstrip(" *"))
        view = EvidenceView()
        view.setAccessibleName(self.tr("Where the policy says it: %1").replace("%1", label.rstrip(" *")))
        self.evidence_views[key] = view
        missing = QLabel(self.tr("Not found in the policy."))
        missing.setEnabled(False)
        missing.setVisible(not (self.findings.get("evidence") or {}).get(key))
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(2)
        column.addWidget(editor)
        if key in (self.findings.get("review") or []):
            # A value read from a weak cue (issue 16): the person checks it before saving.
            review = QLabel(self.tr("Uncertain: check this against the policy before saving."))
            review.setObjectName("reviewMark")
            review.setStyleSheet("color: #a15c00; font-weight: bold;")
            editor.setToolTip(review.text())
            self.review_marks[key] = review
            column.addWidget(review)
        column.addWidget(view)
        column.addWidget(missing)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.fields.addRow(caption, cell)

    def _line(self, key: str, label: str, value: str | None) -> QLineEdit:
        edit = QLineEdit(value or "")
        self._row(key, label, edit)
        return edit

    def _text(self, key: str, label: str, value: str | None) -> QPlainTextEdit:
        edit = QPlainTextEdit(value or "")
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(70)
        self._row(key, label, edit)
        return edit

    def _rights(self, mentioned: list[str]) -> dict[str, QCheckBox]:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        checks = {}
        for index, right in enumerate(RIGHTS):
            check = QCheckBox(right_name(right))
            check.setChecked(right in mentioned)
            grid.addWidget(check, index // 2, index % 2)
            checks[right] = check
        self._row("rights_mentioned", self.tr("Rights mentioned"), box)
        return checks

    def _retention(self, periods: list[dict[str, Any]]) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("What is kept"), self.tr("Months")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setMinimumHeight(150)
        for period in periods:
            self._add_period(table, str(period.get("what") or ""), int(period.get("months") or 0))
        add = QPushButton(self.tr("Add period"))
        add.setAccessibleName(self.tr("Add a retention period"))
        add.clicked.connect(lambda: self._add_period(table, "", 12, edit=True))
        remove = QPushButton(self.tr("Remove period"))
        remove.setAccessibleName(self.tr("Remove the selected retention period"))
        remove.clicked.connect(lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        column.addLayout(buttons)
        self._row("retention_periods", self.tr("Retention periods"), box)
        table.setAccessibleName(self.tr("Retention periods"))
        return table

    def _add_period(self, table: QTableWidget, what: str, months: int, edit: bool = False) -> None:
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(what))
        spin = QSpinBox()
        spin.setRange(0, 1200)
        spin.setValue(max(0, min(1200, months)))
        spin.setAccessibleName(self.tr("Months"))
        table.setCellWidget(row, 1, spin)
        if edit:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    def _values_to_mark(self, key: str) -> list[str]:
        value = self.findings.get(key)
        if key == "retention_periods":
            return [str(p.get("what") or "") for p in value or []]
        if key in ("rights_mentioned", "transfers_outside_eu", "country"):
            return []  # a code or a yes/no: the words in the sentence differ from the value
        if key == "purposes":
            return [str(p.get("purpose") or "") for p in value or [] if isinstance(p, dict)]
        if isinstance(value, list):
            return [str(v) for v in value]
        return [str(value)] if value else []

    def _patterns_to_mark(self, key: str) -> list[QRegularExpression]:
        if key == "retention_periods":
            return [DURATION]
        country = self.findings.get("country")
        if key == "country" and country:
            names = sorted((name for name, code in COUNTRY_NAMES.items() if code == country), key=len, reverse=True)
            if names:
                return [QRegularExpression(r"\b(?:" + "|".join(QRegularExpression.escape(n) for n in names) + r")\b",
                                           QRegularExpression.PatternOption.CaseInsensitiveOption
                                           | QRegularExpression.PatternOption.UseUnicodePropertiesOption)]
        return []

    # -- saving --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form as findings (the keys of ``PolicyFindings.to_json()``)."""
        periods = []
        for row in range(self.retention.rowCount()):
            item = self.retention.item(row, 0)
            what = item.text().strip() if item is not None else ""
            if what:
                periods.append({"what": what, "months": self.retention.cellWidget(row, 1).value()})
        return {
            "controller_name": self.name.text().strip(),
            "postal_address": self.address.toPlainText().strip(),
            "country": self.country.code(),
            "dpo_email": self.dpo_email.text().strip() or None,
            "contact_emails": self.lines_of(self.emails),
            "rights_mentioned": [right for right, check in self.rights.items() if check.isChecked()],
            "retention_periods": periods,
            "supervisory_authority": self.authority.text().strip() or None,
            "transfers_outside_eu": self.transfers.currentData(),
            "web": self.web.text().strip() or None,
            "data_categories": self.lines_of(self.categories),
            "purposes": [_purpose_of(line) for line in self.lines_of(self.purposes)],
            "recipients": self.lines_of(self.recipients),
            "joint_controllers": self.lines_of(self.joint),
            "representative": self.representative.text().strip() or None,
        }

    def save(self) -> int:
        values = self.values()
        controller_id = save_policy_controller(self.context.vault, values, self.source_text)
        self.context.events.changed.emit("controller")
        self.controller_saved.emit(controller_id, values["controller_name"])
        return controller_id


def import_policy(parent: QWidget, context: Context, path: str | None = None) -> None:
    """Ask for a policy file (unless ``path``), read it in the background, then open the form."""
    if path is None:
        path = ask_open_path(
            parent, context.preferences, QCoreApplication.translate("PolicyImport", "Import a privacy policy"),
            QCoreApplication.translate("PolicyImport", "Privacy policies (*.txt *.html *.htm *.mhtml *.mht *.pdf);;"
                                                       "All files (*)"))
        if not path:
            return

    def show_form(result: tuple[str, dict[str, Any]]) -> None:
        text, findings = result
        dialog = PolicyImportDialog(context, findings, text, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.controller_saved.connect(lambda saved_id, name: show_saved_controller(parent, saved_id, name))
        dialog.open()  # window-modal, not blocking: the session closes it when the vault locks

    run_with_busy_dialog(parent, QCoreApplication.translate("PolicyImport", "Reading the policy…"),
                         lambda: read_policy(path), show_form, tracker=context.jobs)


def show_saved_controller(parent: QWidget | None, controller_id: int | None, name: str) -> None:
    """After "Save controller": say so, and show the new controller selected on the Controllers page."""
    window = parent.window() if parent is not None else None
    if controller_id is None or window is None or not hasattr(window, "show_page"):
        return
    try:
        page = window.page("controllers")
    except ValueError:
        page = None
    if page is not None:
        window.show_page("controllers")
        page.refresh(select_id=controller_id)
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(QCoreApplication.translate(
            "PolicyImport", "The controller “%1” is saved and selected on the Controllers page.").replace("%1", name),
            15_000)
