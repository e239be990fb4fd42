"""Asking the controller that got a leaked address: an access request for recipients and source.

The leak itself is found by ``vault.people.leaks``; making a request of it is a case operation
(art. 15(1)(c) recipients, art. 15(1)(g) source).
"""
from __future__ import annotations

from datetime import date

from vault import validation as check
from vault.cases.drafts import create_request
from vault.cases.requests import default_language_for
from vault.errors import InvalidInput, NotFound
from vault.letters.rendering import format_date
from vault.people.identifiers import identifiers_known_to
from vault.people.leaks import Leak, never_given_out, who_all
from vault.storage.store import Vault

# -- asking the controller -----------------------------------------------------------------
_WHAT = {  # kind -> (en, fr, fr pronoun, de)
    "email": ("address", "l'adresse", "Elle", "die Adresse"),
    "phone": ("phone number", "le numéro de téléphone", "Il", "die Telefonnummer"),
}
_OTHER = ("identifier", "l'identifiant", "Il", "die Kennung")


def leak_details(leak: Leak, lang: str, *, seen_in: str = "", only_them: bool = False) -> str:
    """The request's details: the leak, then exactly what is asked (recipients, source)."""
    en, fr, fr_it, de = _WHAT.get(leak.kind, _OTHER)
    given = format_date(date.fromisoformat(leak.given_on), lang) if leak.given_on else ""
    if lang == "fr":
        text = (f"Je vous ai communiqué {fr} {leak.value}{f' le {given}' if given else ''}"
                f"{', et à personne d’autre' if only_them else ''}. "
                f"{fr_it} a depuis été utilisé{'e' if fr_it == 'Elle' else ''} par un tiers"
                f"{f' ({seen_in})' if seen_in else ''}. "
                "Je vous demande en particulier les destinataires ou catégories de destinataires auxquels "
                "mes données à caractère personnel ont été communiquées (article 15, paragraphe 1, point c) "
                "du RGPD) et toute information disponible sur leur source (article 15, paragraphe 1, "
                "point g) du RGPD).")
    elif lang == "de":
        text = (f"Ich habe Ihnen {de} {leak.value}{f' am {given}' if given else ''} mitgeteilt"
                f"{', sonst niemandem' if only_them else ''}. Sie wurde seitdem von Dritten verwendet"
                f"{f' ({seen_in})' if seen_in else ''}. "
                "Bitte nennen Sie mir insbesondere die Empfänger oder Kategorien von Empfängern, gegenüber "
                "denen meine personenbezogenen Daten offengelegt worden sind (Art. 15 Abs. 1 lit. c DSGVO), "
                "sowie alle verfügbaren Informationen über die Herkunft der Daten (Art. 15 Abs. 1 lit. g DSGVO).")
    else:
        text = (f"I gave you the {en} {leak.value}{f' on {given}' if given else ''}"
                f"{', and to no one else' if only_them else ''}. It has since been used by a third party"
                f"{f' ({seen_in})' if seen_in else ''}. "
                "Please tell me in particular the recipients or categories of recipients to whom my personal "
                "data have been disclosed (Article 15(1)(c) GDPR) and all available information as to the "
                "source of my personal data (Article 15(1)(g) GDPR).")
    return text


def ask_about_leak(vault: Vault, value: str, *, seen_in: str = "") -> int:
    """Create an access request to the controller that got ``value``, asking for recipients and source."""
    seen_in = check.clean_line(seen_in, "description of where it was seen")
    leaks = who_all(vault, value)
    if not leaks:
        raise NotFound(never_given_out(value))
    leak = leaks[0]
    if leak.controller_id is None:
        raise InvalidInput(f"'{leak.value}' belongs to '{leak.identity_label}' but is not recorded as given to "
                           "any controller; record who got it (identifier add --controller) first.")
    lang = default_language_for(vault, leak.controller_id)
    only_them = leak.match == "exact" and {k.controller_id for k in leaks if k.value == leak.value} == {
        leak.controller_id}
    known = [i.id for i in identifiers_known_to(vault, leak.identity_id, leak.controller_id)]
    return create_request(vault, identity_id=leak.identity_id, controller_id=leak.controller_id, right="access",
                          lang=lang, details=leak_details(leak, lang, seen_in=seen_in, only_them=only_them),
                          identifier_ids=known or None)
