"""A date that may be left empty: a calendar drop-down and a "Known" box that gives or takes it away."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from ui.models.dates import date_format

EARLIEST = QDate(1900, 1, 1)


class OptionalDate(QWidget):
    """``value()`` is the ISO date, or None while "Known" is not ticked (or ``required``: always a date)."""

    changed = Signal()

    def __init__(self, value: str | None = None, default: QDate | None = None, required: bool = False,
                 latest: QDate | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        given = QDate.fromString(value or "", "yyyy-MM-dd")
        self.edit = QDateEdit(given if given.isValid() else (default or QDate.currentDate()))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())  # the UI language's order, the year in full
        self.edit.setMinimumDate(EARLIEST)
        if latest is not None:
            self.edit.setMaximumDate(latest)
        self.known = QCheckBox(self.tr("Known"))
        self.known.setAccessibleName(self.tr("The date is known"))
        self.known.setChecked(given.isValid() or required)
        self.known.setVisible(not required)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(lambda _=False: self.changed.emit())
        self.edit.setEnabled(self.known.isChecked())
        self.edit.dateChanged.connect(lambda _=None: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setToolTip(text)
        self.edit.setToolTip(text)

    def value(self) -> str | None:
        return self.edit.date().toString("yyyy-MM-dd") if self.known.isChecked() else None

    def set_value(self, value: str | date | None) -> None:
        """Show ``value`` (ISO text or a date), or leave the date out for None."""
        if value is None or value == "":
            self.known.setChecked(False)
            return
        day = QDate(value.year, value.month, value.day) if isinstance(value, date) \
            else QDate.fromString(value, "yyyy-MM-dd")
        self.edit.setDate(day)
        self.known.setChecked(True)
