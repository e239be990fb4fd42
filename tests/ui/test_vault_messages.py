"""The vault sentences marked for translation in ui/ still exist, word for word, in vault/."""
from __future__ import annotations

import re
from pathlib import Path

from ui.vault_messages import KNOWN_SENTENCES

VAULT = Path(__file__).resolve().parents[2] / "vault"


def test_every_marked_sentence_is_still_in_vault():
    text = "\n".join(path.read_text(encoding="utf-8") for path in VAULT.rglob("*.py"))
    joined = re.sub(r'"\s*\n\s*"', "", text)  # adjacent string literals over two lines
    for sentence in KNOWN_SENTENCES:
        assert sentence in joined, sentence
