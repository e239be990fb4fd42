"""Company and association register numbers in a policy, and the country each register is in.

A register number names the country of the organisation that gives it: SIREN/SIRET, RCS
and RNA ("W941017900") are French registers, HRB/HRA at an Amtsgericht and VR are German, the
Firmenbuch (FN) and ZVR are Austrian, Companies House and England and Wales are British, the
CRO and a CHY number are Irish. Used for the controller's country when no address gives it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from vault.policies.structure import Segments

__all__ = ["Registration", "find_registrations"]

_REGISTERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("FR", re.compile(r"\b(?:SIREN|SIRET)\s?(?:n°|no|:)?\s?\d{3}\s?\d{3}\s?\d{3}|\bRCS\s(?:de\s)?[A-ZÉ][\w-]+|\b(?:RNA\s?(?:n°|:)?\s?)?W\d{9}\b")),
    ("DE", re.compile(r"\bH(?:RB|RA)\s?\d{1,6}\b|\bVR\s?\d{2,6}\b(?=[^.]{0,60}Amtsgericht)|Amtsgericht\s[A-ZÄÖÜ][\w-]+[^.]{0,30}\bH(?:RB|RA)")),
    ("AT", re.compile(r"\bFN\s?\d{1,6}\s?[a-z]\b|\bZVR(?:-Zahl|-Nr\.?)?:?\s?\d{6,10}\b|Firmenbuch")),
    ("GB", re.compile(r"Companies House|registered in England(?: and|\s&) Wales|registered in Scotland|\bcompany (?:number|no\.?|registration number)\s?:?\s?(?:SC|NI)?\d{6,8}\b", re.IGNORECASE)),
    ("IE", re.compile(r"Companies Registration Office|\bCRO\s?(?:number|no\.?)?\s?:?\s?\d{4,7}\b|\bCHY\s?\d{3,6}\b|registered in (?:the Republic of )?Ireland")),
)
_STEMS = ("amtsgericht", "firmenbuch", "companies house", "companies registration", "registered in", "company number",
          "company no", "company registration")
# Register abbreviations in their own case: "cro" and "fn " hide in many words.
_EXACT = ("SIREN", "SIRET", "RCS ", "RNA", "HRB", "HRA", "VR ", "FN ", "ZVR", "CRO", "CHY") + tuple(f"W{d}" for d in range(10))

@dataclass(frozen=True)
class Registration:
    """A register entry: its text as written, the register's country, and its sentence."""

    text: str
    country: str
    snippet: str


def find_registrations(segments: Segments) -> list[Registration]:
    """Register numbers and register names in the policy, in text order."""
    found: list[Registration] = []
    for sentence in segments.find(_STEMS, exact=_EXACT, budget=40_000, end=400_000):
        for country, pattern in _REGISTERS:
            match = pattern.search(sentence.text)
            if match:
                found.append(Registration(match.group(0), country, sentence.text))
    return found
