"""The first window: unlock the vault, or create it when there is none yet."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_text
from ui.preferences import Preferences
from ui.widgets.passphrase_fields import PassphraseFields
from ui.worker import run_in_background
from vault.storage.store import Vault, create_vault, default_vault_path, open_vault

VAULT_FILTER = "*.db"


class UnlockWindow(QWidget):
    """Choose a vault file; type its passphrase (or a new one, twice); get an unlocked Vault."""

    unlocked = Signal(object)  # the Vault
    closed = Signal()

    def __init__(self, preferences: Preferences, icon: QIcon, vault_path: Path | None = None,
                 message: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._preferences = preferences
        self._closed = False
        self.busy = False
        self.created_new = False  # True once this window created the vault it hands over
        self.setWindowIcon(icon)
        self.setAccessibleName(self.tr("Unlock window"))
        self._build(icon)
        self._fill_paths(vault_path)
        self.show_message(message)
        self.resize(560, 0)

    # -- layout --------------------------------------------------------------------------
    def _build(self, icon: QIcon) -> None:
        logo = QLabel()
        logo.setPixmap(icon.pixmap(QSize(64, 64)))
        title = QLabel(self.tr("Privacy Vault"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(self.subtitle)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(header_text, 1)

        self.path_box = QComboBox()
        self.path_box.setAccessibleName(self.tr("Vault file"))
        self.path_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.path_box.setMinimumContentsLength(30)
        self.path_box.currentIndexChanged.connect(self._path_chosen)
        self.open_other = QPushButton(self.tr("Open…"))
        self.open_other.setAccessibleName(self.tr("Open another vault file"))
        self.open_other.clicked.connect(self._browse_existing)
        self.new_other = QPushButton(self.tr("New…"))
        self.new_other.setAccessibleName(self.tr("Create a vault in another file"))
        self.new_other.clicked.connect(self._browse_new)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_box, 1)
        path_row.addWidget(self.open_other)
        path_row.addWidget(self.new_other)
        path_form = QFormLayout()
        path_form.addRow(self.tr("Vault file:"), path_row)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        unlock_page = QWidget()
        unlock_form = QFormLayout(unlock_page)
        unlock_form.setContentsMargins(0, 0, 0, 0)
        unlock_form.addRow(self.tr("Passphrase:"), self.passphrase)
        unlock_form.addRow("", self.unlock_button)

        self.new_passphrase = PassphraseFields()
        self.new_passphrase.submitted.connect(self.create)
        self.new_passphrase.changed.connect(self._update_create_button)
        warning = QLabel(self.tr("Choose a passphrase you will remember. Nobody can recover it: "
                                 "if it is lost, everything in the vault is lost with it. "
                                 "Keep an encrypted backup somewhere else."))
        warning.setWordWrap(True)
        warning.setAccessibleName(self.tr("Warning"))
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.clicked.connect(self.create)
        create_page = QWidget()
        create_layout = QVBoxLayout(create_page)
        create_layout.setContentsMargins(0, 0, 0, 0)
        create_layout.addWidget(warning)
        create_layout.addWidget(self.new_passphrase)
        create_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)

        self.forms = QStackedWidget()
        self.forms.addWidget(unlock_page)
        self.forms.addWidget(create_page)

        self.message_icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.message_icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        bold = QFont(self.message.font())
        bold.setBold(True)
        self.message.setFont(bold)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message, 1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(8)
        layout.addLayout(path_form)
        layout.addWidget(self.forms)
        layout.addLayout(message_row)
        layout.addWidget(self.progress)
        layout.addStretch(1)

    # -- the vault file ------------------------------------------------------------------
    def _fill_paths(self, vault_path: Path | None) -> None:
        current = str(vault_path or default_vault_path())
        paths = [current] + [p for p in self._preferences.recent_vault_paths() if p != current and Path(p).exists()]
        self.path_box.blockSignals(True)
        self.path_box.clear()
        self.path_box.addItems(paths)
        self.path_box.blockSignals(False)
        self._path_chosen()

    def vault_path(self) -> Path:
        return Path(self.path_box.currentText())

    def creating(self) -> bool:
        """True when the chosen file does not exist yet (the create form is shown)."""
        return self.forms.currentIndex() == 1

    def _path_chosen(self) -> None:
        # The file's name (never its folder) tells which vault is locked, as a password manager does.
        self.setWindowTitle(self.tr("%1 (locked)").replace("%1", self.vault_path().stem or "Privacy Vault"))
        exists = self.vault_path().exists()
        self.forms.setCurrentIndex(0 if exists else 1)
        for index in range(self.forms.count()):  # the stack as tall as the form shown, not the tallest
            policy = QSizePolicy.Policy.Preferred if index == self.forms.currentIndex() else QSizePolicy.Policy.Ignored
            self.forms.widget(index).setSizePolicy(policy, policy)
        self.subtitle.setText(self.tr("Type your passphrase to unlock the vault.") if exists else
                              self.tr("There is no vault in this file yet. Create one."))
        self.show_message("")
        (self.passphrase if exists else self.new_passphrase.first).setFocus()
        self._update_create_button()

    def _choose_path(self, path: str) -> None:
        index = self.path_box.findText(path)
        if index < 0:
            self.path_box.insertItem(0, path)
            index = 0
        self.path_box.setCurrentIndex(index)
        self._path_chosen()

    def _browse_existing(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a vault"), str(self.vault_path().parent),
                                              self.tr("Vault files (%1);;All files (*)").replace("%1", VAULT_FILTER))
        if path:
            self._choose_path(path)

    def _browse_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Create a vault"), str(self.vault_path().parent),
                                              self.tr("Vault files (%1)").replace("%1", VAULT_FILTER))
        if path:
            self._choose_path(path)

    # -- unlocking and creating ----------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message_icon.setVisible(bool(text))

    def unlock(self) -> None:
        if self.busy or self.creating():
            return
        passphrase, path = self.passphrase.text(), self.vault_path()
        if not passphrase:
            self.show_message(self.tr("Type the passphrase first."))
            self.passphrase.setFocus()
            return
        self._start(lambda: open_vault(path, passphrase))

    def create(self) -> None:
        if self.busy or not self.creating():
            return
        passphrase, path = self.new_passphrase.passphrase(), self.vault_path()
        if passphrase is None:
            self.show_message(self.new_passphrase.problem())
            self.new_passphrase.first.setFocus()
            return
        self.created_new = True
        self._start(lambda: create_vault(path, passphrase))

    def _start(self, open_function) -> None:  # noqa: ANN001 - a zero-argument callable returning a Vault
        self._set_busy(True)
        self.show_message("")
        run_in_background(open_function, self._opened, self._failed)

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        if self._closed:  # the window was closed meanwhile: nobody wants this vault open
            vault.close()
            return
        self.passphrase.clear()
        self.new_passphrase.clear()
        self._preferences.remember_vault_path(str(vault.path))
        self.unlocked.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_message(error_text(error))
        if self.creating():
            self.new_passphrase.first.setFocus()
        else:
            self.passphrase.setFocus()
            self.passphrase.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for widget in (self.path_box, self.open_other, self.new_other, self.forms):
            widget.setEnabled(not busy)
        if not busy:
            self._update_create_button()

    def _update_create_button(self) -> None:
        self.create_button.setEnabled(not self.busy and self.new_passphrase.passphrase() is not None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._closed = True
        self.passphrase.clear()
        self.new_passphrase.clear()
        super().closeEvent(event)
        self.closed.emit()
