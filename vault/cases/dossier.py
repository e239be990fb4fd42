"""A case as one document: who, what, the chronology, and every letter sent, for a complaint."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vault.cases.letter_store import letters_of, reference_for
from vault.cases.lifecycle import case_chronology
from vault.cases.requests import chain, follow_ups, get_request
from vault.letters.document import LetterDocument
from vault.letters.rendering import format_date
from vault.organisations.controllers import get_controller
from vault.people.identities import get_identity

# The right asked for, named in the dossier's language (not the internal code).
RIGHT_NAMES = {
    "en": {"access": "access (Art. 15)", "rectification": "rectification (Art. 16)", "erasure": "erasure (Art. 17)",
           "restriction": "restriction of processing (Art. 18)", "portability": "data portability (Art. 20)",
           "objection": "objection (Art. 21(1))", "objection_marketing": "objection to direct marketing (Art. 21(2))",
           "automated_decision": "automated individual decision (Art. 22)",
           "withdraw_consent": "withdrawal of consent (Art. 7(3))", "post_mortem": "directives after death"},
    "fr": {"access": "droit d'accès (art. 15)", "rectification": "droit de rectification (art. 16)",
           "erasure": "droit à l'effacement (art. 17)", "restriction": "droit à la limitation du traitement (art. 18)",
           "portability": "droit à la portabilité (art. 20)", "objection": "droit d'opposition (art. 21, par. 1)",
           "objection_marketing": "opposition à la prospection (art. 21, par. 2)",
           "automated_decision": "décision individuelle automatisée (art. 22)",
           "withdraw_consent": "retrait du consentement (art. 7, par. 3)",
           "post_mortem": "directives post mortem (art. 85 loi Informatique et Libertés)"},
    "de": {"access": "Auskunft (Art. 15)", "rectification": "Berichtigung (Art. 16)", "erasure": "Löschung (Art. 17)",
           "restriction": "Einschränkung der Verarbeitung (Art. 18)", "portability": "Datenübertragbarkeit (Art. 20)",
           "objection": "Widerspruch (Art. 21 Abs. 1)", "objection_marketing": "Widerspruch gegen Direktwerbung (Art. 21 Abs. 2)",
           "automated_decision": "automatisierte Einzelentscheidung (Art. 22)",
           "withdraw_consent": "Widerruf der Einwilligung (Art. 7 Abs. 3)",
           "post_mortem": "Anweisungen für die Zeit nach dem Tod"},
}

_TITLES = {
    "en": ("Case file", "Controller", "Person", "Right", "Reference"),
    "fr": ("Dossier", "Responsable du traitement", "Personne concernée", "Droit", "Référence"),
    "de": ("Fallakte", "Verantwortlicher", "Betroffene Person", "Recht", "Zeichen"),
}


@dataclass
class CaseDossier:
    """What the dossier PDF shows: title lines, dated events, and the sent letters as annexes."""

    title_lines: list[str]
    chronology: list[tuple[str, str]]
    letters: list[LetterDocument] = field(default_factory=list)
    lang: str = "en"


def case_dossier(vault: Any, request_id: int) -> CaseDossier:
    """The whole case that ``request_id`` belongs to, from its first request to the last follow-up."""
    root = chain(vault, get_request(vault, request_id).id)[0]
    controller = get_controller(vault, root.controller_id)
    identity = get_identity(vault, root.identity_id)
    heading, controller_word, person_word, right_word, reference_word = _TITLES[root.lang]
    colon = " : " if root.lang == "fr" else ": "  # French typography: a space before the colon
    title = [f"{heading} {reference_for(root)}", f"{controller_word}{colon}{controller.name}",
             f"{person_word}{colon}{identity.name or identity.label}",
             f"{right_word}{colon}{RIGHT_NAMES[root.lang].get(root.right, root.right)}",
             f"{reference_word}{colon}{reference_for(root)}"]
    events, _ = case_chronology(vault, root.id, root.lang)
    sent: list[LetterDocument] = []
    pending = [root]
    while pending:
        current = pending.pop(0)
        sent += [letter.document for letter in letters_of(vault, current.id) if letter.frozen]
        pending.extend(follow_ups(vault, current.id))
    return CaseDossier(title, [(format_date(day, root.lang), text) for day, text in events], sent, root.lang)
