"""What a controller's reply most likely is, from its words in English, French or German.

Only a suggestion the person confirms or corrects, never applied alone. Phrases are checked in
order of consequence: a refusal or a demand for identification matters more than the polite
acknowledgement that often opens the same e-mail; a reply carrying files is an answer.
"""
from __future__ import annotations

import re
import unicodedata

# (kind, phrases) in the order they win. Phrases are matched on lower-case text without accents,
# at word starts, so "verlanger" does not match inside another word and "prolong" covers
# "prolonger", "prolongation".
_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("refused", (
        "we refuse", "we must refuse", "we are unable to comply", "unable to comply", "cannot comply",
        "decline your request", "must decline", "manifestly unfounded", "manifestly excessive", "we reject",
        "refusons", "nous refusons", "ne pouvons pas donner suite", "ne pouvons donner suite",
        "manifestement infondee", "manifestement excessive", "rejetons votre demande",
        "lehnen ihren antrag ab", "antrag ablehnen", "anfrage ablehnen", "lehnen wir ihren antrag ab", "lehnen ihre anfrage ab", "muessen wir ablehnen",
        "mussen wir ablehnen", "offenkundig unbegrundet", "offenkundig unbegruendet", "nicht nachkommen",
    )),
    ("id-requested", (
        "proof of identity", "verify your identity", "confirm your identity", "copy of your id",
        "identity document", "copy of your passport", "identification document",
        "piece d'identite", "justificatif d'identite", "verifier votre identite", "confirmer votre identite",
        "copie de votre carte", "identitatsnachweis", "identitaetsnachweis", "ausweiskopie", "kopie ihres ausweis",
        "personalausweis", "ihre identitat", "ihre identitaet",
    )),
    ("extended", (
        "extend the deadline", "extend the period", "extension of the", "further two months",
        "additional two months", "two further months", "two additional months", "extend our response",
        "prolonger le delai", "prolongation du delai", "deux mois supplementaires", "delai supplementaire",
        "frist verlangern", "frist verlaengern", "verlangerung der frist", "verlaengerung der frist",
        "fristverlangerung", "fristverlaengerung", "weitere zwei monate", "um zwei monate",
    )),
    ("answered", (
        "please find attached", "attached you will find", "enclosed please find", "copy of your personal data",
        "copy of the personal data", "the data we hold", "your data is attached", "we have deleted",
        "we have erased", "have been deleted", "have been erased", "no personal data",
        "vous trouverez ci-joint", "ci-joint", "en piece jointe", "copie de vos donnees", "avons supprime",
        "ont ete supprimees", "ont ete effacees", "aucune donnee",
        "im anhang", "anbei erhalten sie", "anbei finden sie", "beigefugt", "beigefuegt", "kopie ihrer daten",
        "haben wir geloscht", "haben wir geloescht", "wurden geloscht", "wurden geloescht", "keine daten",
    )),
    ("acknowledged", (
        "received your request", "acknowledge receipt", "acknowledge your request", "we will respond",
        "we will get back", "we will revert", "has been received", "have received your",
        "accuse de reception", "avons bien recu", "bien recu votre", "nous reviendrons vers vous",
        "votre demande a ete enregistree",
        "eingangsbestatigung", "eingangsbestaetigung", "haben ihre anfrage erhalten", "haben ihren antrag erhalten",
        "ist bei uns eingegangen", "bestatigen den eingang", "bestaetigen den eingang", "werden uns bei ihnen melden",
    )),
)


def _folded(text: str) -> str:
    """Lower case, accents dropped (é → e, ü → u), whitespace runs as one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("’", "'").split())


_PATTERNS = tuple((kind, re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + ")"))
                  for kind, phrases in _PHRASES)


# Where the quoted original starts: our own letter must not vote for what the reply says.
_QUOTE_START = re.compile(
    r"^(?:-{2,}\s*(?:original message|message d'origine|urspr.ngliche nachricht)\s*-{2,}"
    r"|on .{0,200}wrote:|le .{0,200}a [ée]crit\s?:|am .{0,200}schrieb .{0,200}:"
    r"|from:\s.*|de\s?:\s.*|von:\s.*)\s*$", re.IGNORECASE)


def new_text(body: str) -> str:
    """The reply's own words: quoted lines (``>``) and everything after a quote header left out."""
    kept = []
    for line in body.splitlines():
        if _QUOTE_START.match(line.strip()):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return "\n".join(kept)


def suggest_kind(text: str, *, has_attachments: bool = False) -> str | None:
    """The event a reply suggests (refused, id-requested, extended, answered, acknowledged) or None.

    ``text`` is the subject and body; quoted parts are left out first.
    """
    folded = _folded(new_text(text))
    for kind, pattern in _PATTERNS:
        if kind == "answered" and has_attachments:
            return kind
        if pattern.search(folded):
            return kind
    return None
