"""A case as one document: who, what, the chronology, and every letter sent, for a complaint."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vault.cases.letter_store import letters_of, reference_for
from vault.cases.lifecycle import case_chronology
from vault.cases.requests import chain, follow_ups, get_request
from vault.letters.document import LetterDocument
from vault.organisations.controllers import get_controller
from vault.people.identities import get_identity

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
    title = [f"{heading} {reference_for(root)}", f"{controller_word}: {controller.name}",
             f"{person_word}: {identity.name or identity.label}", f"{right_word}: {root.right}",
             f"{reference_word}: {reference_for(root)}"]
    events, _ = case_chronology(vault, root.id, root.lang)
    sent: list[LetterDocument] = []
    pending = [root]
    while pending:
        current = pending.pop(0)
        sent += [letter.document for letter in letters_of(vault, current.id) if letter.frozen]
        pending.extend(follow_ups(vault, current.id))
    return CaseDossier(title, [(day.isoformat(), text) for day, text in events], sent, root.lang)
