"""The editor dialog shared by every kind of record: a form, an error line, OK and Cancel.

Subclasses add fields with ``add_line`` / ``add_text`` / ``add_list`` / ``add_choice`` (each with an
optional one-line explanation in plain words), attach checks with ``add_check``, and implement
``save()``, which calls ``vault/`` and may raise ``InvalidInput``. Every field's problem is listed at
once and the fields are marked; a message goes as soon as what it complained about is changed.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error
from vault.errors import VaultError

# Marked fields: a thick border in a colour told apart by colour-blind people (Okabe–Ito vermilion);
# the label's "⚠" and the listed message say it without colour.
PROBLEM_STYLE = '*[problem="true"] { border: 2px solid #d55e00; border-radius: 3px; }'
PROBLEM_MARK = "⚠ "
CHANGE_SIGNALS = ("changed", "textChanged", "currentTextChanged", "valueChanged", "dateChanged", "toggled")


class RecordDialog(QDialog):
    """A form whose OK button saves through ``save()`` and reports problems in place."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.saved_id: int | None = None
        self._checks: list[tuple[QWidget, Callable[[], str]]] = []
        self._marked: dict[QWidget, str] = {}  # marked field → its label's text before the mark
        self._tried = False  # Save was pressed once: from now on the message follows the fields
        self.setStyleSheet(PROBLEM_STYLE)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long French/German labels
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setVisible(False)
        font = self.error.font()
        font.setBold(True)
        self.error.setFont(font)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls when it is taller than the screen (long forms with their explanations).
        body = QWidget()
        body.setLayout(self.form)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(body)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    # -- building the form ---------------------------------------------------------------
    def add_line(self, label: str, value: str | None = "", placeholder: str = "", help_text: str = "") -> QLineEdit:
        edit = QLineEdit(value or "")
        edit.setPlaceholderText(placeholder)
        self._add(label, edit, help_text)
        return edit

    def add_text(self, label: str, value: str | None = "", help_text: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(value or "")
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(90)
        self._add(label, edit, help_text)
        return edit

    def add_list(self, label: str, values: Sequence[str] | None, help_text: str = "") -> QPlainTextEdit:
        """A multi-line box, one value per line."""
        edit = self.add_text(label, "\n".join(values or []), help_text)
        edit.setPlaceholderText(self.tr("One per line"))
        return edit

    def add_choice(self, label: str, choices: Sequence[tuple[str, Any]], current: Any,
                   help_text: str = "") -> QComboBox:
        combo = QComboBox()
        for text, data in choices:
            combo.addItem(text, data)
        index = next((i for i, (_, data) in enumerate(choices) if data == current), 0)
        combo.setCurrentIndex(index)
        self._add(label, combo, help_text)
        return combo

    def add_number(self, label: str, value: int, minimum: int, maximum: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        spin.setValue(value)
        spin.setSuffix(suffix)
        self._add(label, spin)
        return spin

    def _add(self, label: str, widget: QWidget, help_text: str = "") -> None:
        widget.setAccessibleName(label.rstrip(" *:"))
        self.form.addRow(label, widget)
        if help_text:
            self.explain(widget, help_text)
        for name in CHANGE_SIGNALS:
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(self._field_changed)
                break

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The first time: as tall as the form, but never taller than the screen (then it scrolls)."""
        if not self._sized:
            self._sized = True
            self.form_scroll.setVisible(self.form.rowCount() > 0)
            if self.form.rowCount():
                body = self.form_scroll.widget().sizeHint()
                screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
                extra = self.sizeHint().height() - self.form_scroll.sizeHint().height()
                height = min(body.height() + extra + 8, int(screen.height() * 0.9))
                self.resize(max(self.width(), body.width() + 40), max(self.height(), height))
        super().showEvent(event)

    def explain(self, widget: QWidget, text: str) -> QLabel:
        """A one-line explanation in plain words: under the field (dimmed), as its tooltip and description."""
        widget.setToolTip(text)
        widget.setAccessibleDescription(text)
        label = self.form.labelForField(widget)
        if isinstance(label, QLabel):
            label.setToolTip(text)
        note = QLabel(text)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setEnabled(False)  # dimmed by the platform style, no colour of ours
        font = note.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        note.setFont(font)
        row, _ = self.form.getWidgetPosition(widget)
        self.form.insertRow(row + 1 if row >= 0 else self.form.rowCount(), "", note)  # right under its field
        return note

    def add_check(self, widget: QWidget, check: Callable[[], str]) -> None:
        """``check()`` returns what is wrong with ``widget``'s value in one sentence, or ""."""
        self._checks.append((widget, check))

    # -- reading it back -----------------------------------------------------------------
    @staticmethod
    def lines_of(edit: QPlainTextEdit) -> list[str]:
        return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def field_problems(self) -> list[tuple[QWidget, str]]:
        """Every field's problem, in the order of the form: (field, sentence)."""
        problems = []
        for widget, check in self._checks:
            text = check()
            if text:
                problems.append((widget, text))
        return problems

    def _field_name(self, widget: QWidget) -> str:
        label = self.form.labelForField(widget)
        text = self._marked.get(widget) or (label.text() if isinstance(label, QLabel) else widget.accessibleName())
        return text.replace("&", "").rstrip(" *:")

    def _show_field_problems(self, problems: list[tuple[QWidget, str]]) -> None:
        """One message listing each field's problem; the fields marked (border, "⚠" on the label)."""
        lines = [self.tr("Please correct:")]
        line = self.tr("• %1: %2")  # French puts a space before the colon
        lines += [line.replace("%1", self._field_name(widget)).replace("%2", text) for widget, text in problems]
        for widget in list(self._marked):
            if widget not in [w for w, _ in problems]:
                self._mark(widget, False)
        for widget, text in problems:
            self._mark(widget, True, text)
        self.show_problem("\n".join(lines))

    def _mark(self, widget: QWidget, marked: bool, text: str = "") -> None:
        label = self.form.labelForField(widget)
        if marked and widget not in self._marked:
            self._marked[widget] = label.text() if isinstance(label, QLabel) else ""
            if isinstance(label, QLabel):
                label.setText(PROBLEM_MARK + label.text())
        elif not marked and widget in self._marked:
            original = self._marked.pop(widget)
            if isinstance(label, QLabel):
                label.setText(original)
        widget.setProperty("problem", marked)
        widget.setAccessibleDescription(text if marked else widget.toolTip())
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _field_changed(self) -> None:
        """Once Save was pressed: the message follows what is typed (a fixed field loses its mark)."""
        if not self._tried:
            return
        problems = self.field_problems()
        if problems:
            self._show_field_problems(problems)
        else:
            for widget in list(self._marked):
                self._mark(widget, False)
            self.show_problem("")

    def save(self) -> int:
        """Write the form to the vault and return the record's id (raise VaultError if refused)."""
        raise NotImplementedError

    def done(self, result: int) -> None:
        """Closed: the checks (closures over this dialog) are dropped, so a dialog deleted on close is freed."""
        self._checks = []
        super().done(result)

    def _save(self) -> None:
        self._tried = True
        problems = self.field_problems()
        if problems:
            self._show_field_problems(problems)
            return
        try:
            self.saved_id = self.save()
        except VaultError as error:
            self.show_problem(str(error))
            return
        except Exception as error:  # noqa: BLE001 - a bug: tell the user, keep the form
            show_error(self, error)
            return
        self.accept()
