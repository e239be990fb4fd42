"""A letter as it is (or will be) sent: the parts every output format lays out.

Kept as plain data so the exact letter can be frozen in the vault (``to_json``) and
rendered later, identically, as text, HTML, PDF, ODT or e-mail.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class LetterDocument:
    """One letter: addresses, place and date, reference, subject and body text."""

    lang: str                      # "en" | "fr" | "de"
    sender_lines: list[str]        # name, postal address lines, identifiers known to the controller
    recipient_lines: list[str]     # controller name, "attn. DPO", postal address lines
    place_date: str                # e.g. "Paris, 23 November 2026" / "Berlin, 23.11.2026"
    reference: str                 # our reference, e.g. "PV-2026-0042"
    subject: str                   # names the right, e.g. "Request for access (Article 15 GDPR)"
    body: str                      # salutation, paragraphs, close and signature; paragraphs split by blank lines
    recipient_email: str = ""      # where an e-mail goes: DPO, else a contact address; "" when none
    sender_email: str = ""         # the identity's address the controller knows; "" when none
    annexes: list[str] = field(default_factory=list)  # names of annexed documents, listed under the body
    recipient_web_form: str = ""   # where the recipient takes this letter by web form (an authority's complaint form)

    def as_text(self) -> str:
        """The letter as plain text, the reference layout every other format follows."""
        parts = ["\n".join(self.sender_lines), "\n".join(self.recipient_lines), self.place_date]
        if self.reference:
            parts.append(self.reference)
        parts += [self.subject, self.body.strip()]
        if self.annexes:
            parts.append("\n".join(["Annexes:" if self.lang == "en" else "Annexes :" if self.lang == "fr" else "Anlagen:"]
                                   + [f"- {name}" for name in self.annexes]))
        return "\n\n".join(p for p in parts if p) + "\n"

    def to_json(self) -> str:
        """Serialise exactly, for freezing in the vault."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "LetterDocument":
        """Read back what ``to_json`` wrote."""
        return cls(**json.loads(text))
