"""The new-passphrase fields: strength meter and mismatch message."""
from __future__ import annotations

from ui.widgets.passphrase_fields import PassphraseFields, strength_level


def test_strength_levels():
    assert strength_level("") == 0
    assert strength_level("aaaaaaaaaaaa") == 0
    assert strength_level("password") == 0  # one word is one pick from a list, not 8 letters
    assert strength_level("correct horse") == 0
    assert strength_level("correct horse battery staple") == 3
    assert strength_level("x7#Kp2!qLm9z") == 4


def test_fields(qtbot):
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    qtbot.keyClicks(fields.first, "abc")
    assert fields.passphrase() is None
    qtbot.keyClicks(fields.first, "defghij")
    assert fields.problem_label.text() == "This passphrase is too easy to guess: add a word or two."
    qtbot.keyClicks(fields.first, " kiwi ferry")
    assert fields.problem_label.text() == "Type the passphrase a second time."
    qtbot.keyClicks(fields.second, "abcdefghij kiwi ferri")
    assert fields.problem_label.text() == "The two passphrases are not the same."
    fields.second.setText("abcdefghij kiwi ferry")
    assert fields.passphrase() == "abcdefghij kiwi ferry" and fields.problem_label.text() == ""
    assert fields.strength.text() == "Weak"
