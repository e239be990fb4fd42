"""Choosing controllers: a search box over the vault's organisations, its best matches in a list.

One line per organisation (records sharing a name are its country variants); under the list,
the variants of the selected one, the person's country pre-selected. Only the first ``limit``
organisations are read, so the picker stays quick with 10,000 directory records. With ``checkable`` the rows have tick boxes and the ticks
survive new searches. ``ControllerField`` is the one-line form field built on it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.organisation_choice import OrganisationChoice, organisation_title
from vault.errors import NotFound
from vault.organisations.brands import Organisation, count_organisations, organisations
from vault.organisations.controllers import Controller, get_controller
from vault.people.residence import person_country
from vault.storage.store import Vault

LIMIT = 200
SEARCH_DELAY_MS = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2


def controller_title(controller: Controller) -> str:
    """Name, then country, as a list row shows it (plain text)."""
    return f"{controller.name} ({controller.country})" if controller.country else controller.name


class ControllerPicker(QWidget):
    """Search and pick one controller (``activated`` on double click / Enter) or tick several."""

    activated = Signal(int)
    ticks_changed = Signal()

    def __init__(self, vault: Vault, checkable: bool = False, limit: int = LIMIT, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._checkable = checkable
        self._limit = limit
        self._ticked: dict[int, str] = {}  # id -> name, in the order ticked
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search controllers (name, web site, e-mail, address)"))
        self.search.setAccessibleName(self.tr("Search controllers"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Controllers"))
        self.list.setUniformItemSizes(True)
        self.choice = OrganisationChoice(offer_switch=False)  # a record is picked as it is; the wizard switches
        self._found: list[Organisation] = []
        self._country = person_country(vault)
        self.more = QLabel()
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.choice)
        layout.addWidget(self.more)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.reload)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemChanged.connect(self._item_changed)
        self.reload()

    def reload(self) -> None:
        """Show the best matches for what is typed (by name when nothing is), one line per organisation."""
        self._timer.stop()
        search = self.search.text() or None
        self._found = organisations(self._vault, search, country=self._country, limit=self._limit)
        total = count_organisations(self._vault, search) if len(self._found) >= self._limit else len(self._found)
        self.list.blockSignals(True)
        self.list.clear()
        for index, organisation in enumerate(self._found):
            item = QListWidgetItem(organisation_title(organisation))
            item.setData(ID_ROLE, organisation.chosen.id)
            item.setData(INDEX_ROLE, index)
            if self._checkable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if organisation.chosen.id in self._ticked
                                   else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._selected()
        shown = len(self._found)
        self.more.setText(self.tr("No controller matches.") if not total else
                          self.tr("Showing the first %1 of %2; type to narrow the list.")
                          .replace("%1", str(shown)).replace("%2", str(total)) if total > shown else "")
        self.more.setVisible(bool(self.more.text()))

    def _selected(self) -> None:
        item = self.list.currentItem()
        self.choice.set_organisation(self._found[item.data(INDEX_ROLE)] if item is not None else None, self._country)
        several = self.choice.variants.count() > 1
        self.choice.setVisible(not self._checkable and item is not None and (several or self.choice.eu_note.text() != ""))

    def current_id(self) -> int | None:
        """The controller of the selected organisation: the variant chosen under the list."""
        return self.choice.variant_id() if self.list.currentItem() is not None else None

    def ticked_ids(self) -> list[int]:
        return list(self._ticked)

    def set_ticked(self, controller_id: int, ticked: bool = True) -> None:
        if ticked:
            self._ticked.setdefault(controller_id, "")
        else:
            self._ticked.pop(controller_id, None)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == controller_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.ticks_changed.emit()

    def _activated(self, item: QListWidgetItem) -> None:
        self.activated.emit(int(item.data(ID_ROLE)))

    def _item_changed(self, item: QListWidgetItem) -> None:
        controller_id = int(item.data(ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked.setdefault(controller_id, item.text())
        else:
            self._ticked.pop(controller_id, None)
        self.ticks_changed.emit()


class ControllerPickerDialog(QDialog):
    """A picker with OK and Cancel."""

    def __init__(self, vault: Vault, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.picker = ControllerPicker(vault)
        self.picker.activated.connect(lambda _id: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.resize(460, 420)


def pick_controller(vault: Vault, parent: QWidget | None, title: str) -> int | None:
    """Ask for one controller; its id, or None when cancelled."""
    dialog = ControllerPickerDialog(vault, title, parent)
    return dialog.picker.current_id() if dialog.exec() else None


class ControllerField(QWidget):
    """A form field holding one controller (or none): its name, "Choose…" and "None"."""

    changed = Signal()

    def __init__(self, vault: Vault, controller_id: int | None = None, optional: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.controller_id: int | None = None
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setAccessibleName(self.tr("Controller"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose the controller"))
        self.choose.clicked.connect(self._choose)
        self.none = QPushButton(self.tr("None"))
        self.none.setAccessibleName(self.tr("No controller"))
        self.none.clicked.connect(lambda: self.set_controller(None))
        self.none.setVisible(optional)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.none)
        self.set_controller(controller_id)

    def set_controller(self, controller_id: int | None) -> None:
        name = ""
        if controller_id is not None:
            try:
                name = get_controller(self._vault, controller_id).name
            except NotFound:
                controller_id = None
        self.controller_id = controller_id
        self.name.setText(name or self.tr("(none)"))
        self.none.setEnabled(controller_id is not None)
        self.changed.emit()

    def _choose(self) -> None:
        chosen = pick_controller(self._vault, self, self.tr("Choose a controller"))
        if chosen is not None:
            self.set_controller(chosen)
