"""The vault's own sentences that the unlock window shows often, marked here for translation.

``vault/`` speaks English and never imports Qt; ``error_text`` looks each sentence up in the
"VaultError" context and shows it as is when there is no translation (e.g. one naming a path).
Keep these identical to the sentences in ``vault/store.py``, ``vault/file_lock.py`` and
``vault/schema.py`` (tests/ui/test_vault_messages.py checks they still exist there).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

KNOWN_SENTENCES = (
    QT_TRANSLATE_NOOP("VaultError", "Wrong passphrase, or the file is damaged."),
    QT_TRANSLATE_NOOP("VaultError", "This file is not a privacy vault, or it is damaged."),
    QT_TRANSLATE_NOOP("VaultError", "The vault file is damaged or has been tampered with; restore it from a backup."),
    QT_TRANSLATE_NOOP("VaultError", "This vault is open in another window or process; close it there first."),
    QT_TRANSLATE_NOOP("VaultError",
                      "This vault was written by a newer version of privacy-vault; update the app to open it."),
    QT_TRANSLATE_NOOP("VaultError", "The passphrase cannot be empty."),
    QT_TRANSLATE_NOOP("VaultError", "The new passphrase cannot be empty."),
)
