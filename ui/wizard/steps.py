"""The first pages of the new-request wizard: controller, identity and identifiers, right, language.

Each page reads the vault through ``vault/`` and keeps its choice on the wizard
(``wizard.choice``), so going back and forth keeps what was chosen.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWizardPage,
)

from ui.dialogs.controller import ControllerDialog
from ui.dialogs.identifier import kind_title
from ui.dialogs.identity import IdentityDialog
from ui.dialogs.request_actions import vault_is_open
from ui.models.request_words import details_placeholder, language_name, right_explanation, right_name
from ui.widgets.organisation_choice import OrganisationChoice, organisation_title
from vault.cases.requests import LANGUAGES, RIGHTS, default_language_for
from vault.errors import VaultError
from vault.organisations.brands import eu_controller_id, organisation_of, organisations
from vault.organisations.controllers import get_controller
from vault.organisations.directory_import import directory_size
from vault.people.identifiers import identifiers_known_to, list_identifiers, reveal_warning
from vault.people.identities import identity_known_to, list_identities
from vault.people.residence import person_country

ID_ROLE = Qt.ItemDataRole.UserRole


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ControllerPage(QWizardPage):
    """Search the organisations as you type (one line per brand), choose its variant, or add one.

    The variant for the person's country is pre-selected; for a non-EU company whose EU
    controller the overlay knows, the request goes there by default, and the page says why.
    """

    def __init__(self, wizard: Any):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Controller"))
        self.setSubTitle(self.tr("Which organisation holds your data? The law calls it the “controller”: the "
                                 "organisation that decides what is done with your data."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, a web site or an e-mail address"))
        self.search.setAccessibleName(self.tr("Search controllers"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Controllers found"))
        add = QPushButton(self.tr("Add controller…"))
        add.setAccessibleName(self.tr("Add a controller that is not in the list"))
        add.clicked.connect(self._add_controller)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.fill)
        self.search.textChanged.connect(self._timer.start)
        self.results.currentItemChanged.connect(self._organisation_changed)
        self.choice = OrganisationChoice()
        self.choice.changed.connect(self._chosen)
        self._found: list[Any] = []
        self._country: str | None = None
        # A new vault knows no organisation: offer the built-in directory right where it is missed.
        self.directory_note = _note(self.tr("Your vault has no organisations from the directory yet."))
        self.directory_button = QPushButton(self.tr("Import the directory (3,070 organisations)"))
        self.directory_button.setAccessibleName(self.tr("Import the built-in directory of organisations"))
        self.directory_button.clicked.connect(self._import_directory)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.choice)
        row = QHBoxLayout()
        row.addWidget(self.directory_note, 1)
        row.addWidget(self.directory_button)
        row.addSpacing(12)
        row.addWidget(add)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._show_directory_offer()
        self.fill()

    def _show_directory_offer(self) -> None:
        empty = vault_is_open(self.wizard_.vault) and directory_size(self.wizard_.vault) == 0
        self.directory_note.setVisible(empty)
        self.directory_button.setVisible(empty)

    def _import_directory(self) -> None:
        from ui.dialogs.directory import start_directory_import

        run = start_directory_import(self, self.wizard_.context, None)
        run.succeeded.connect(lambda _report: (self._show_directory_offer(), self.fill()))

    def fill(self) -> None:
        """The first 50 organisations matching (or by name), keeping the chosen one selected."""
        self._timer.stop()
        vault = self.wizard_.vault
        if not vault_is_open(vault):  # locked while the search was pending
            return
        chosen = self.wizard_.choice.get("controller_id")
        self._country = person_country(vault, self.wizard_.choice.get("identity_id"))
        found = organisations(vault, self.search.text() or None, country=self._country, limit=50)
        if chosen is not None and not self.search.text() \
                and all(chosen not in [v.id for v in o.variants] for o in found):
            found.insert(0, organisation_of(vault, chosen, self._country))
        self._found = found
        self.results.blockSignals(True)
        self.results.clear()
        current = None
        for index, organisation in enumerate(found):
            item = QListWidgetItem(organisation_title(organisation))
            item.setData(ID_ROLE, index)
            self.results.addItem(item)
            if chosen in [v.id for v in organisation.variants]:
                if organisation.chosen.id != chosen:  # the variant chosen before, not the country's
                    organisation.chosen = get_controller(vault, chosen)
                current = item
        if current is not None:
            self.results.setCurrentItem(current)
        self.results.blockSignals(False)
        self._organisation_changed()

    def _organisation_changed(self) -> None:
        item = self.results.currentItem()
        organisation = self._found[item.data(ID_ROLE)] if item is not None else None
        self.choice.set_organisation(organisation, self._country)

    def _chosen(self) -> None:
        self.wizard_.choice["controller_id"] = self.choice.variant_id()
        self.completeChanged.emit()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Going on: the EU controller replaces the company abroad when the person keeps that ticked."""
        organisation = self.choice.organisation()
        if organisation is not None and self.choice.writes_to_eu_controller():
            try:
                self.wizard_.choice["controller_id"] = eu_controller_id(self.wizard_.vault, organisation.overlay)
            except VaultError:
                return True  # the variant stays chosen
            self.wizard_.context.events.changed.emit("controller")
        return True

    def _add_controller(self) -> None:
        dialog = ControllerDialog(self.wizard_.vault, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.wizard_.choice["controller_id"] = dialog.saved_id
            self.wizard_.context.events.changed.emit("controller")
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.fill()

    def isComplete(self) -> bool:  # noqa: N802
        return self.results.currentItem() is not None


class IdentityPage(QWizardPage):
    """Who writes, and which of their identifiers the letter carries (what the controller knows)."""

    def __init__(self, wizard: Any):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Identity"))
        self.setSubTitle(self.tr("Who writes (you, or a pseudonym you use), and the identifiers that let the "
                                 "organisation find your data: the e-mail address, customer number or username it "
                                 "knows you by."))
        self.identity = QComboBox()
        self.identity.setAccessibleName(self.tr("Identity"))
        # A very long name must not widen the wizard past the screen: the box elides, the popup scrolls.
        self.identity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.identity.setMinimumContentsLength(24)
        add = QPushButton(self.tr("Add identity…"))
        add.setAccessibleName(self.tr("Add an identity"))
        add.clicked.connect(self._add_identity)
        self.identifiers = QListWidget()
        self.identifiers.setAccessibleName(self.tr("Identifiers to include in the letter"))
        self.warning = QFrame()
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        self.warning_text = _note()
        self.warning_text.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_text.setAccessibleName(self.tr("Warning"))
        font = self.warning_text.font()
        font.setBold(True)
        self.warning_text.setFont(font)
        warning_layout = QHBoxLayout(self.warning)
        warning_layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        warning_layout.addWidget(self.warning_text, 1)
        self.identity.currentIndexChanged.connect(self._identity_changed)
        row = QHBoxLayout()
        row.addWidget(self.identity, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(_note(self.tr("Identifiers in the letter (checked: those this controller already "
                                       "knows):")))
        layout.addWidget(self.identifiers, 1)
        self.no_identifiers = _note(self.tr("No identifiers are recorded for this identity: the letter carries "
                                            "your name and postal address. The customer number or e-mail address "
                                            "the controller knows helps it find your data (add them under "
                                            "Identities)."))
        layout.addWidget(self.no_identifiers)

    def initializePage(self) -> None:  # noqa: N802
        chosen = self.wizard_.choice.get("identity_id")
        self.identity.blockSignals(True)
        self.identity.clear()
        for identity in list_identities(self.wizard_.vault):
            self.identity.addItem(identity.label + (f" — {identity.name}" if identity.name else ""), identity.id)
        if chosen is None:
            chosen = identity_known_to(self.wizard_.vault, self.wizard_.choice.get("controller_id"))
        index = self.identity.findData(chosen) if chosen is not None else 0
        self.identity.setCurrentIndex(max(index, 0))
        self.identity.blockSignals(False)
        self._identity_changed()

    def _identity_changed(self) -> None:
        vault, choice = self.wizard_.vault, self.wizard_.choice
        identity_id = self.identity.currentData()
        controller_id = choice["controller_id"]
        if identity_id != choice.get("identity_id"):
            choice["identifier_ids"] = None  # another identity: its own known identifiers again
        choice["identity_id"] = identity_id
        self.identifiers.clear()
        warning = None
        if identity_id is not None:
            known = {i.id for i in identifiers_known_to(vault, identity_id, controller_id)}
            identifiers = list_identifiers(vault, identity_id)
            # Nothing given to this controller yet: offer the identity's own e-mail address (the one the
            # person typed in the identity form), which lets the controller find their data.
            default = known or {i.id for i in identifiers if i.controller_id is None and i.kind == "email"}
            checked = set(choice["identifier_ids"]) if choice.get("identifier_ids") is not None else default
            for identifier in identifiers:
                text = f"{kind_title(identifier.kind)}: {identifier.value}"
                if identifier.id in known:
                    text += "  " + self.tr("(given to this controller)")
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, identifier.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if identifier.id in checked else Qt.CheckState.Unchecked)
                self.identifiers.addItem(item)
            warning = reveal_warning(vault, identity_id, controller_id)
        self.identifiers.setVisible(self.identifiers.count() > 0)
        self.no_identifiers.setVisible(self.identifiers.count() == 0)
        self.warning_text.setText(warning or "")
        self.warning.setVisible(bool(warning))
        self.completeChanged.emit()

    def checked_identifier_ids(self) -> list[int]:
        return [self.identifiers.item(i).data(ID_ROLE) for i in range(self.identifiers.count())
                if self.identifiers.item(i).checkState() == Qt.CheckState.Checked]

    def _add_identity(self) -> None:
        dialog = IdentityDialog(self.wizard_.vault, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.wizard_.choice["identity_id"] = dialog.saved_id
            self.wizard_.context.events.changed.emit("identity")
            self.initializePage()

    def validatePage(self) -> bool:  # noqa: N802
        self.wizard_.choice["identifier_ids"] = self.checked_identifier_ids()
        return True

    def isComplete(self) -> bool:  # noqa: N802
        return self.identity.currentData() is not None


class RightPage(QWizardPage):
    """The right, each with one line saying what it gets you, and the details the letter needs."""

    def __init__(self, wizard: Any):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Right"))
        self.setSubTitle(self.tr("What do you ask for?"))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for right in RIGHTS:
            button = QRadioButton(right_name(right))
            button.setAccessibleDescription(right_explanation(right))
            self.group.addButton(button)
            button.setProperty("right", right)
            explanation = _note(right_explanation(right))
            explanation.setContentsMargins(24, 0, 0, 4)
            explanation.setEnabled(False)  # dimmed by the platform style, no colour of ours
            layout.addWidget(button)
            layout.addWidget(explanation)
        self.details = QPlainTextEdit()
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setTabChangesFocus(True)
        self.details.setMaximumHeight(90)
        layout.addWidget(QLabel(self.tr("Details for the letter:")))
        layout.addWidget(self.details)
        self.group.buttonToggled.connect(self._right_changed)
        self.set_right(wizard.choice.get("right") or "access")

    def set_right(self, right: str) -> None:
        for button in self.group.buttons():
            if button.property("right") == right:
                button.setChecked(True)

    def right(self) -> str:
        button = self.group.checkedButton()
        return button.property("right") if button is not None else "access"

    def _right_changed(self) -> None:
        self.details.setPlaceholderText(details_placeholder(self.right()))

    def validatePage(self) -> bool:  # noqa: N802
        self.wizard_.choice["right"] = self.right()
        self.wizard_.choice["details"] = self.details.toPlainText().strip()
        return True


class LanguagePage(QWizardPage):
    """The letter's language (from the controller's country); leaving it writes the letter."""

    def __init__(self, wizard: Any):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("The language of the letter; by default the controller's."))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Letter language"))
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addWidget(_note(self.tr("On the next page the letter is written from your data; you can still "
                                       "change it there. It is kept as a draft until you mark it sent.")))
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        choice = self.wizard_.choice
        language = choice.get("lang") or default_language_for(self.wizard_.vault, choice["controller_id"])
        self.language.setCurrentIndex(max(self.language.findData(language), 0))

    def validatePage(self) -> bool:  # noqa: N802
        self.wizard_.choice["lang"] = self.language.currentData()
        return self.wizard_.write_request()
