"""The national data protection law a policy names, and the country whose law it is.

A policy that cites its country's own statute says where its controller is established:
the French "loi Informatique et Libertés" (loi n° 78-17 du 6 janvier 1978), Ireland's "Data
Protection Acts 1988 and 2003" (the Irish statutes before the GDPR; the United Kingdom's were
the Acts of 1984 and 1998), Austria's "Datenschutzgesetz (DSG)" and Germany's
"Bundesdatenschutzgesetz (BDSG)". A statute that several countries share a title with
("Data Protection Act 2018": Ireland and the United Kingdom) tells nothing and is not read.
"""
from __future__ import annotations

import re

from vault.policies.structure import Segments

__all__ = ["country_of_law"]

_LAWS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("FR", re.compile(r"Informatique et Libert[ée]s|loi n° ?78-17", re.IGNORECASE)),
    ("IE", re.compile(r"Data Protection Acts? 1988 (?:and|&) 2003")),
    ("AT", re.compile(r"\bDatenschutzgesetz\s?\(DSG\)|\bDSG 2000\b|\b§\s?\d+\s?DSG\b")),
    ("DE", re.compile(r"Bundesdatenschutzgesetz|\bBDSG\b")),
)
_STEMS = ("informatique et libert", "78-17", "data protection act", "datenschutzgesetz", "dsg", "bdsg")


def country_of_law(segments: Segments) -> tuple[str, str] | None:
    """(country, sentence) when the policy names exactly one country's national law."""
    seen: dict[str, str] = {}
    for sentence in segments.find(_STEMS, budget=40_000, end=400_000):
        for country, pattern in _LAWS:
            if country not in seen and pattern.search(sentence.text):
                seen[country] = sentence.text
    if len(seen) == 1:
        return next(iter(seen.items()))
    return None
