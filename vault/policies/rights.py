"""Which GDPR rights a privacy policy mentions (access ... complaint), in FR, EN and DE.

Each right has "strong" wordings that count anywhere ("droit de rectification", "right to
object", "Recht auf Datenübertragbarkeit", "Art. 17 DSGVO") and "weak" ones that count only
in a sentence about rights ("vous pouvez ... vous opposer", "ask us for a copy of your data").
"""
from __future__ import annotations

import re

from vault.policies.structure import Segments

__all__ = ["RIGHTS", "rights_mentioned"]

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent", "post_mortem", "complaint")
_RIGHT_CONTEXT = re.compile(r"droit|right|Recht|Anspruch|request|demande|exercer|exercise|verlangen|berechtigt|ask|pouvez", re.IGNORECASE)
_AUTHORITY_CONTEXT = re.compile(r"autorit|CNIL|authority|commissioner|\bICO\b|Aufsichtsbehörde|supervisory|contrôle|Landesbeauftragte|BfDI|Datenschutzbehörde", re.IGNORECASE)
_ART = r"Art(?:icle|ikel|\.)?\s?"
_LAW = r"[^.\n]{0,12}(?:RGPD|GDPR|DSGVO|DS-GVO)"
_RIGHT_PATTERNS: dict[str, tuple[str, str]] = {
    # right: (counts anywhere, counts only in a sentence about rights)
    "access": (rf"droits? d['’]acc[eè]s|right (?:of|to) access|Auskunftsrecht|Recht auf Auskunft|{_ART}15\b{_LAW}",
               r"acc[eè]s|access|Auskunft|copy of (?:your|the) (?:personal )?data|copie de vos données"),
    "rectification": (rf"rectif|Berichtigung|right to (?:correct|rectif)|{_ART}16\b{_LAW}", r"correct|berichtig"),
    "erasure": (rf"effacement|droit à l['’]oubli|erasure|right to be forgotten|right to (?:delete|deletion)|Recht auf (?:Löschung|Vergessen)|{_ART}17\b{_LAW}",
                r"suppression|supprimer|delet|eras|Löschung|löschen"),
    "restriction": (rf"limitation du traitement|right to restrict|restriction of (?:the )?processing|Einschränkung der Verarbeitung|{_ART}18\b{_LAW}",
                    r"limitation|verrouillage|restrict|Einschränkung|Sperrung"),
    "portability": (rf"portabilit|portability|Datenübertragbarkeit|{_ART}20\b{_LAW}", r"Übertragbarkeit|übertragen"),
    "objection": (rf"droit d['’]opposition|right to object|object to (?:the )?processing|Widerspruchsrecht|Recht auf Widerspruch|{_ART}21\b{_LAW}",
                  r"opposition|vous opposer|s['’]opposer|object|Widerspruch|widersprechen"),
    "withdraw_consent": (r"retir\w* (?:à tout moment )?(?:votre|son|leur|le) consentement|retrait (?:de |du )?(?:votre )?consentement"
                         r"|withdraw (?:your |their )?consent|withdrawal of (?:your )?consent|revoke (?:your )?consent"
                         r"|Widerruf (?:Ihrer|der|einer|erteilter) Einwilligung|Einwilligung[^.]{0,60}widerruf",
                         r"widerruf|revoke|withdraw"),
    "post_mortem": (r"après (?:votre|son|leur|sa) (?:mort|décès)|post[- ]mortem|directives relatives au sort|sort de vos données"
                    r"|after (?:your|their) death|in the event of (?:your )?death|nach (?:Ihrem|dem) Tod|digitale[nr]? Nachlass|en cas de décès", ""),
    "complaint": (r"droit d['’]introduire une réclamation|right to lodge a complaint|lodge a complaint|Beschwerderecht|Recht auf Beschwerde|"
                  rf"{_ART}77\b{_LAW}", ""),
}
_RIGHT_STRONG = {right: re.compile(strong, re.IGNORECASE) for right, (strong, _) in _RIGHT_PATTERNS.items()}
_RIGHT_WEAK = {right: re.compile(weak, re.IGNORECASE) for right, (_, weak) in _RIGHT_PATTERNS.items() if weak}
# Substrings without which a right's patterns cannot match: skips most regex calls.
_RIGHT_GATES = {
    "access": ("acc", "auskunft", "copy", "copie", "art"),
    "rectification": ("rectif", "berichtig", "correct", "art"),
    "erasure": ("effac", "oubli", "eras", "forgotten", "delet", "lösch", "vergessen", "suppr", "art"),
    "restriction": ("limitation", "restrict", "einschränk", "verrouill", "sperr", "art"),
    "portability": ("portab", "übertrag", "art"),
    "objection": ("oppos", "object", "widersp", "art"),
    "withdraw_consent": ("consent", "einwilligung", "widerruf", "revoke", "withdraw"),
    "post_mortem": ("mort", "décès", "death", "tod", "nachlass"),
    "complaint": ("réclamation", "plainte", "complain", "beschw", "saisir", "art"),
}
_COMPLAINT_WEAK = re.compile(r"réclamation|plainte|complain|Beschwerde|beschweren|saisir", re.IGNORECASE)
_RIGHTS_STEMS = (
    "droit", "right", "recht", "rectif", "berichtig", "effac", "erasure", "portab", "übertragbar", "opposition",
    "object", "widersp", "widerruf", "consent", "einwilligung", "décès", "mort", "death", "tod", "nachlass",
    "réclamation", "plainte", "complain", "beschwer", "auskunft", "limitation", "restrict", "einschränkung",
    "access", "accès", "copy", "copie", "request", "verlangen", "lösch", "delet", "eras", "suppr",
)


_PERSONAL = re.compile(
    r"vos données|vos informations|your (?:personal )?(?:data|information)|Ihre[rn]? (?:personenbezogenen )?Daten|personal data"
    r"|données (?:personnelles|à caractère personnel)|personenbezogen|vous concernant|about you|Sie betreffend|RGPD|GDPR|DSGVO",
    re.IGNORECASE,
)


def rights_mentioned(segments: Segments) -> dict[str, str]:
    """Each right mentioned, with the sentence naming the most rights as its evidence."""
    best: dict[str, tuple[int, str]] = {}
    for sentence in segments.find(_RIGHTS_STEMS, budget=80_000):
        text = sentence.text
        low = text.lower()
        about_rights = _RIGHT_CONTEXT.search(text) is not None
        # "Sie haben das Recht auf:" / "- Auskunft über Ihre gespeicherten Daten": a list item
        # under a lead-in or heading about rights is about rights.
        listed = sentence.is_bullet and (
            any(p.text.rstrip().endswith(":") and _RIGHT_CONTEXT.search(p.text) for p in segments.previous(sentence, 8)
                if not p.is_bullet)
            or any(_RIGHT_CONTEXT.search(h) for h in sentence.headings[-1:]))
        about_rights = about_rights or listed
        here = []
        weak_only = True
        for right in RIGHTS:
            if not any(stem in low for stem in _RIGHT_GATES[right]):
                continue
            if _RIGHT_STRONG[right].search(text):
                here.append(right)
                weak_only = weak_only and right == "access"
            elif about_rights and right in _RIGHT_WEAK and _RIGHT_WEAK[right].search(text):
                here.append(right)
            elif right == "complaint" and _COMPLAINT_WEAK.search(text) and _AUTHORITY_CONTEXT.search(text):
                here.append(right)
                weak_only = False
        # A lone "droit d'accès aux jeux de données" or "delete" is about something else
        # than the person's own data: alone, such a word counts only next to "your data".
        if len(here) == 1 and weak_only and not listed and not _PERSONAL.search(text):
            continue
        for right in here:
            if right not in best or len(here) > best[right][0]:
                best[right] = (len(here), text)
    return {right: text for right, (_, text) in best.items()}
