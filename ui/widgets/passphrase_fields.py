"""A new passphrase typed twice, with a strength meter and the mismatch said at once."""
from __future__ import annotations

import math
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

MIN_LENGTH = 8


_WORD = re.compile(r"[^\W\d_]+")
BITS_PER_WORD = 13  # a word from a large list (diceware: 12.9 bits); a common word is worth less


def _character_bits(text: str) -> float:
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() and c.isascii() for c in text) else 0
    pool += 100 if any(not c.isascii() for c in text) else 0
    effective_length = min(len(text), len(set(text)) * 2.5)  # "aaaaaaaa" is not 8 characters' worth
    return effective_length * math.log2(max(pool, 2))


def strength_bits(passphrase: str) -> float:
    """A rough entropy estimate, cautious with words: each counts as one pick from a word list."""
    if not passphrase:
        return 0.0
    words = _WORD.findall(passphrase)
    letters = sum(len(word) for word in words)
    if letters < 0.6 * len(passphrase):  # mostly digits and symbols: count characters
        return _character_bits(passphrase)
    word_bits = sum(min(BITS_PER_WORD, _character_bits(word)) for word in set(words))
    others = "".join(_WORD.split(passphrase)).replace(" ", "")
    return word_bits + min(len(others) * 4.0, _character_bits(others) if others else 0.0)


def strength_level(passphrase: str) -> int:
    """0 (very weak) to 4 (very strong)."""
    bits = strength_bits(passphrase)
    return sum(bits >= threshold for threshold in (28, 40, 50, 75))


GENERATED_WORDS = 6  # from xkcdpass's 6,137-word list (4-8 letters): 6 x 12.6 = 75 bits


def generated_passphrase(words: int = GENERATED_WORDS) -> str:
    """Random words from a maintained word list, drawn with the system's secure random source."""
    from xkcdpass import xkcd_password  # xkcdpass draws with random.SystemRandom

    word_list = xkcd_password.generate_wordlist(wordfile=xkcd_password.locate_wordfile(), min_length=4, max_length=8)
    return xkcd_password.generate_xkcdpassword(word_list, numwords=words, delimiter=" ")


class PassphraseFields(QWidget):
    """Two password fields; ``passphrase()`` is the text once both agree and it is long enough."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.first.returnPressed.connect(self.second.setFocus)
        self.second.returnPressed.connect(self.submitted)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength = QLabel()
        self.strength.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label = QLabel()
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Passphrase problem"))
        self.show_text = QCheckBox(self.tr("Show passphrase"))
        self.show_text.toggled.connect(self.set_visible_text)
        self.generate_button = QPushButton(self.tr("Suggest a passphrase"))
        self.generate_button.setAutoDefault(False)
        self.generate_button.setToolTip(self.tr("Six random words: easy to remember, very hard to guess. "
                                                "Write them down and keep them safe: they cannot be recovered."))
        self.generate_button.clicked.connect(self.generate)
        tools = QHBoxLayout()
        tools.addWidget(self.show_text)
        tools.addStretch(1)
        tools.addWidget(self.generate_button)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Repeat:"), self.second)
        form.addRow(self.tr("Strength:"), meter_row)
        form.addRow(tools)
        form.addRow(self.problem_label)
        self._update()

    def passphrase(self) -> str | None:
        return self.first.text() if not self.problem() else None

    def problem(self) -> str:
        """Why the passphrase cannot be used yet ("" when it can)."""
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_LENGTH:
            return self.tr("Use at least %n characters; a few unrelated words are best.", "", MIN_LENGTH)
        if strength_level(first) == 0:
            return self.tr("This passphrase is too easy to guess: add a word or two.")
        if first != second:
            return self.tr("The two passphrases are not the same.") if second else \
                self.tr("Type the passphrase a second time.")
        return ""

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.show_text.setChecked(False)

    def set_visible_text(self, visible: bool) -> None:
        """Show the passphrase as typed (to check it or copy it down), or hide it again."""
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for edit in (self.first, self.second):
            edit.setEchoMode(mode)
        if self.show_text.isChecked() != visible:
            self.show_text.setChecked(visible)

    def generate(self) -> None:
        """Fill both fields with a generated passphrase, shown so the person can write it down."""
        passphrase = generated_passphrase()
        self.first.setText(passphrase)
        self.second.setText(passphrase)
        self.set_visible_text(True)

    def _update(self) -> None:
        level = strength_level(self.first.text())
        self.meter.setValue(level if self.first.text() else 0)
        names = [self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"), self.tr("Very strong")]
        self.strength.setText(names[level] if self.first.text() else "")
        self.meter.setAccessibleDescription(self.strength.text())
        # Say the mismatch only once the second field has been typed into.
        problem = self.problem() if (self.second.text() or len(self.first.text()) >= MIN_LENGTH) else ""
        self.problem_label.setText(problem)
        self.changed.emit()
