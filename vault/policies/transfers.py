"""Whether a privacy policy says personal data leave the EU/EEA: True, False or not said.

True when a sentence places data outside the EU/EEA (or in a named non-EU country next to
hosting words, or names the safeguards only transfers need: standard contractual clauses,
adequacy decisions...). False when it says so only with a negation and no exception, or
says the data stay exclusively in the EU. Titles and questions do not count.
"""
from __future__ import annotations

import re

from vault.policies.structure import Segments

__all__ = ["transfers_outside_eu"]

_OUTSIDE = re.compile(
    r"(?:hors|en dehors|à l['’]extérieur)\s(?:de\s)?(?:l['’]\s?|la\s)?(?:Union|UE\b|EEE\b|Espace économique)"
    r"|outside (?:of )?(?:the )?(?:EU\b|EEA\b|European)|außerhalb (?:der|des) (?:EU\b|EWR\b|Europäischen)"
    r"|pays tiers|third[- ]countr|Drittl[äa]nd|Drittstaat|non-EU|non-EEA"
    r"|clauses contractuelles (?:types|standard)|standard contractual clauses|Standard(?:vertrags|datenschutz)klauseln"
    r"|Privacy Shield|Data Privacy Framework|décision d['’]adéquation|adequacy decision|Angemessenheitsbeschluss"
    r"|binding corporate rules|règles d['’]entreprise contraignantes",
    re.IGNORECASE,
)
_FOREIGN = re.compile(
    r"États-Unis|Etats-Unis|\bUSA\b|\bU\.S\.(?:A\.)?|United States|Vereinigten? Staaten|\bInde\b|\bIndia\b|\bIndien\b|\bChin[ae]\b"
    r"|\bJapan\b|\bJapon\b|Singapo\w+|Isra[eë]l\b|Austral\w+|Bra[sz]il\w*|Brésil|(?<![\w.])US\b"
)
_LOCATION = re.compile(
    r"transf|transmi|übermitt|übertrag|stock|store|host|héberg|serve(?:u)?r|located|situé|lieu\b|location|Standort|processed in"
    r"|traitée?s? (?:aux|en|au)|verarbeitet|sous-traitant|processor|Auftragsverarbeiter|provider|prestataire|Anbieter|sent to|envoy|gespeichert",
    re.IGNORECASE,
)
_INSIDE_ONLY = re.compile(
    r"(?:exclusivement|uniquement|seulement|only|exclusively|solely|ausschließlich|nur)\s(?:[\w'’-]+\s){0,5}?"
    r"(?:en|dans|au sein de|within|in|inside|innerhalb)\s(?:l['’]\s?|la\s|the\s|der\s|des\s|de\s)?"
    r"(?:Union européenne|UE\b|EEE\b|EU\b|EEA\b|European|Europe|Europa|Europäischen|EWR\b|France|Germany|Deutschland|Allemagne)",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\bne\b|\bn['’]|\baucune?\b|\bjamais\b|\bnot\b|\bnever\b|\bno\b|n['’]t\b|\bnicht\b|\bkeine?[nmrs]?\b|\bniemals\b|\bnone\b|\bnein\b|\bnon\b(?!-)", re.IGNORECASE)
_EXCEPTION = re.compile(r"\bsauf\b|\bexcept|\bunless\b|außer|es sei denn|ausgenommen|toutefois|however|jedoch|à l['’]exception", re.IGNORECASE)
_TRANSFER_STEMS = (
    "hors", "dehors", "extérieur", "outside", "außerhalb", "pays tiers", "third", "drittl", "drittstaat", "non-eu",
    "non-eea", "contractuelles", "contractual", "vertragsklausel", "datenschutzklausel", "privacy shield",
    "privacy framework", "adéquation", "adequacy", "angemessenheit", "binding corporate", "contraignantes",
    "europ", "états-unis", "etats-unis", "united states", "vereinigte", "inde", "india", "indien", "chin", "japan",
    "japon", "singapo", "israel", "israël", "austral", "brasil", "brazil", "brésil", "u.s.",
    # "only in the EU / in Germany": the stay-inside wordings
    "exclusiv", "ausschließlich", "solely", "uniquement", "seulement", "only in", "only within", "nur in",
)
_TRANSFER_EXACT = ("UE", "EU", "EEA", "EEE", "EWR", "USA", "US")


def transfers_outside_eu(segments: Segments) -> tuple[bool, str] | None:
    """(answer, sentence) when the policy says whether data leave the EU/EEA, else None."""
    positive: str | None = None
    weak_positive: str | None = None  # a non-EU country named near hosting words
    negative: str | None = None
    for sentence in segments.find(_TRANSFER_STEMS, exact=_TRANSFER_EXACT, budget=60_000):
        text = sentence.text
        lead_in = text.endswith(":") and len(text.split()) >= 6  # "... hébergés en dehors de l'UE, impliquant :"
        if (sentence.is_heading and not lead_in) or text.endswith("?"):
            continue  # titles and questions announce a topic, they do not answer it
        explicit = _OUTSIDE.search(text) is not None
        outside = explicit or (_FOREIGN.search(text) is not None and _LOCATION.search(text) is not None)
        if _INSIDE_ONLY.search(text) and not (outside and _EXCEPTION.search(text)):
            negative = negative or text
        elif outside:
            if _NEGATION.search(text) and not _EXCEPTION.search(text):
                negative = negative or text
            elif explicit:
                positive = positive or text
            else:
                weak_positive = weak_positive or text
    if positive or weak_positive:
        return True, positive or weak_positive or ""
    if negative:
        return False, negative
    return None
