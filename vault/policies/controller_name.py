"""The controller's name in a privacy policy: who says "we".

Read from the phrases that name it ("Le responsable du traitement est la société X",
"X Ltd (\"we\", \"us\")", "Verantwortlich ist die X GmbH", "operated by X", "la Société X")
and, more weakly, from a company name with its legal form ("X SAS", "X GmbH"). The candidates
are scored by how explicit the phrase is, plus a little for how often the name recurs.
"""
from __future__ import annotations

import re
from typing import Any

from vault.policies.address import AddressHit, find_addresses
from vault.policies.structure import Segments

__all__ = ["controller_name", "scored_controller_name", "strip_legal_form"]

_UPPER = "A-Z0-9ÀÂÄÉÈÊÎÏÔÖÙÛÜÇ"
_NAME = (
    rf"(?P<name>[{_UPPER}][\w&'’.+-]{{0,40}}"
    rf"(?:[ \t](?:[{_UPPER}&][\w&'’.+-]{{0,40}}|[dl]['’][{_UPPER}][\w-]{{0,40}}|de|du|des|et|und|of|the|and|für|von|van|der|la|le|&|Co\.)){{0,6}}"
    r"(?:[ \t]\([A-Z]{2,10}\))?)"
)
_LEGAL_FORM = (
    r"e\.\s?K\.|SAS|SASU|SARL|SA|EURL|SNC|SCOP|SCA|SE|GmbH|gGmbH|AG|KG|KGaA|UG|OHG|e\.\s?V\.|Ltd\.?|Limited|LLC|LLP"
    r"|Inc\.?|PLC|plc|S\.A\.S?\.?|B\.V\.|N\.V\.|S\.r\.l\.|S\.p\.A\.|S\.L\.|AB|Oy|ApS|A/S|Sàrl|Sarl"
)
# Patterns where the name follows the words ("... est la société X", "operated by X").
_NAME_AFTER: tuple[tuple[float, re.Pattern[str]], ...] = (
    (5.0, re.compile(
        r"(?i:responsable (?:du|de|des) traitements?(?: des données)?(?: à caractère personnel)?(?: est)?\s?[:,]?"
        r"|(?:data )?controller(?: responsible)?(?: for [^.:]{0,60}?)?(?: is|:)"
        r"|verantwortlich(?:e[rn]?)?(?: Stelle)?(?: (?:im Sinne|i\.\s?S\.(?: d\.)?)[^:.]{0,80}?)?(?: (?:ist|sind|für die Datenverarbeitung(?: ist)?))?\s?:?)"
        r"\s{1,3}(?:(?i:la société|the company|die|der|la|l['’]entreprise|Firma|the)\s{1,3})?" + _NAME)),
    # "Le responsable du traitement des données collectées via ce site est la société 8DIGRIZ"
    (5.0, re.compile(
        r"(?i:responsables? (?:du|de|des) traitements?[^.:;]{0,80}? est)\s{1,3}(?:(?i:la société|l['’]|le|la)\s{0,3})?" + _NAME)),
    # "Le responsable de traitement est la Direction générale de la santé": public bodies'
    # names run on in lower case, up to the punctuation or verb that ends them.
    (6.0, re.compile(
        r"(?i:responsables? (?:du|de|des) traitements?[^.:;]{0,80}? (?:est|sont)|controller is)\s{1,3}(?:(?i:la|le|l['’]|the)\s{0,3})?"
        r"(?P<name>(?:Direction|Minist[èe]re|Agence|Universit[ée]|Ville|Commune|Mairie|D[ée]partement|R[ée]gion|Conseil|Caisse"
        r"|Centre|Institut|Secr[ée]tariat|Pr[ée]fecture|Office|University|Council|Department)[^.,;:()]{2,100}(?:\([A-Z]{2,10}\))?)")),
    # "l'association Les Violons d'Amilly (VLAD)", "Der Verein X", "At Barnsley Gymnastics Club, we ..."
    (3.0, re.compile(r"(?:[Ll]['’]association|[Dd]er Verein|the charity|[Ll]a (?:commune|ville) de)\s{1,3}" + _NAME)),
    (3.0, re.compile(r"(?:^|(?<=[.!?]\s))At\s{1,3}" + _NAME + r"(?=,?\s(?:we|We)\b)")),
    # "Ce site web est le site officiel de l'Université de Toulouse"
    (4.0, re.compile(r"(?i:site (?:web |internet )?officiel d[eu]|official (?:web ?)?site of)\s{1,3}(?:(?i:l['’]|la|le|the)\s{0,3})?" + _NAME)),
    # "Les données que vous nous confiez sont traitées par DECATHLON France SAS"
    (5.0, re.compile(r"(?i:vous nous confiez sont trait[ée]es par)\s{1,3}" + _NAME)),
    (3.0, re.compile(
        r"(?i:(?:détenu|édité|exploité|opéré|géré|publié|owned|operated|run|published|provided|managed|betrieben|herausgegeben|angeboten)e?s?"
        r"(?: et (?:détenu|édité|exploité|opéré|géré)e?s?| and (?:owned|operated|run|published|managed))?"
        r" (?:par|by|von|durch))\s{1,3}(?:(?i:la société|the company|der|die)\s{1,3})?" + _NAME)),
    (2.0, re.compile(r"Société\s{1,3}" + _NAME)),
)
# Patterns where the name comes before the words ("X, responsable de traitement", "X (« nous »)");
# the name is then read backwards word by word, which keeps the regex from trying every start.
_NAME_BEFORE: tuple[tuple[float, re.Pattern[str]], ...] = (
    (5.0, re.compile(r"(?i:responsable (?:du|de|des) traitement|(?:data )?controller\b)|Verantwortliche\b")),
    (5.0, re.compile(r"\((?:[^()]{0,40}?)(?:[\"“”'«»„]\s?(?:we|us|our|nous|wir)\b|(?i:hereinafter|ci-après|nachfolgend|im Folgenden))")),
    # "Roues Libres est une association loi 1901", "X is a registered charity"
    (3.0, re.compile(r"\s(?:est une association|ist ein (?:eingetragener |gemeinnütziger )?Verein|is a (?:registered )?charity"
                     r"|is a community interest company|is a not-for-profit)")),
    (1.0, re.compile(rf"(?<=[ \t])(?:{_LEGAL_FORM})(?![\w])")),
)
_LINK_BEFORE_CUE = re.compile(
    r"(?i:,?\s{0,3}(?:(?:est|is|acts as|agit en (?:sa )?qualité de|ist|en tant que|as)\s{1,3})?(?:(?:le|the|die|als|data)\s{1,3}){0,2})$"
)
_NAME_TOKEN = re.compile(rf"(?:[{_UPPER}&][\w&'’.+/-]{{0,40}}|de|du|des|et|und|of|the|and|für|von|van|der|la|le|&)")
_CONNECTORS = frozenset(("de", "du", "des", "et", "und", "of", "the", "and", "für", "von", "van", "der", "la", "le", "&"))
_ABBREVIATED = ("Inc.", "Ltd.", "Co.", "e.V.", "S.A.", "B.V.", "N.V.", "S.A.S.", "S.L.", "S.p.A.", "S.r.l.")


def _link_start(text: str, end: int) -> int:
    """Where words like ", est le" / " is the" that end at ``end`` begin."""
    start = max(0, end - 40)
    link = _LINK_BEFORE_CUE.search(text, start, end)
    return link.start() if link else end


def _name_before(text: str, end: int, max_words: int = 7) -> str | None:
    """The capitalised words just before ``end`` (after a link like ", est le"), if any."""
    end = _link_start(text, end)
    tokens = text[max(0, end - 200):end].rstrip().split(" ")
    words: list[str] = []
    for token in reversed(tokens):
        if not token or len(words) >= max_words:
            break
        closing = token[-1] in ",;:" or (token.endswith(".") and not token.endswith(_ABBREVIATED))
        if closing and words:
            break
        if not _NAME_TOKEN.fullmatch(token.rstrip(",;:")):
            break
        words.append(token.rstrip(",;:"))
        if closing:
            break
    words.reverse()
    while words and words[0].lower() in _CONNECTORS:
        words.pop(0)
    return " ".join(words) if words else None


_NOT_NAMES = frozenset("""
    nous we wir vous you sie ils elle elles il le la les the this ce cette cet ces un une a an our notre nos
    client clients utilisateur user users rgpd gdpr dsgvo règlement regulation loi law article section
    eu ue eee eea cnil ico en in im au pour for für si if lorsque when when dans bei par by conformément
""".split())
_FORM_AT_END = re.compile(rf"[ \t](?:{_LEGAL_FORM})$")
_CONTROLLER_STEMS = (
    "association", "verein", "charity", "community interest", "not-for-profit", "officiel", "official site", "official website", "vous nous confiez", "responsable", "controller", "verantwortlich", "société", "hereinafter", "ci-après", "nachfolgend", "im folgenden",
    "détenu", "édité", "exploité", "opéré", "géré", "publié", "owned", "operated", "run by", "published by",
    "provided by", "managed by", "betrieben", "herausgegeben", "angeboten", "(\"we", "(“we", "(\"nous", "(« nous", "(„wir",
)
_LEGAL_FORM_STEMS = (
    "At ", " e.K.", " SAS", " SARL", " SA ", " SA,", " SE ", " SE,", " GmbH", " AG", " KG", " UG", " OHG", " e.V.", " e. V.", " Ltd",
    " Limited", " LLC", " LLP", " Inc", " PLC", " plc", " S.A", " B.V.", " N.V.", " S.r.l.", " S.p.A.", " S.L.", " AB",
    " Oy", " ApS", " A/S", " Sàrl", " EURL", " SNC",
)


def controller_name(segments: Segments) -> tuple[str, str] | None:
    """The controller's name and the sentence it was read from, or None."""
    found = scored_controller_name(segments)
    return (found[0], found[1]) if found else None


def scored_controller_name(segments: Segments) -> tuple[str, str, float] | None:
    """The controller's name, its sentence and its score (5: an explicit phrase; 1-2: a legal form)."""
    scores: dict[str, list[Any]] = {}

    def consider(raw: str | None, weight: float, sentence_text: str, index: int) -> None:
        name = _clean_name(raw) if raw else None
        if not name:
            return
        key = _FORM_AT_END.sub("", name).casefold()
        bonus = 0.5 if _FORM_AT_END.search(name) else 0.0
        entry = scores.setdefault(key, [0.0, name, sentence_text, index])
        if weight + bonus > entry[0]:
            entry[0], entry[1], entry[2] = weight + bonus, name, sentence_text

    for sentence in segments.find(_CONTROLLER_STEMS, exact=_LEGAL_FORM_STEMS, budget=60_000):
        text = re.sub(r"(?<!\w)_|_(?!\w)", " ", sentence.text.replace("**", ""))  # Markdown emphasis
        for weight, pattern in _NAME_AFTER:
            for match in pattern.finditer(text):
                consider(match.group("name"), weight, sentence.text, sentence.index)
        addresses: list[AddressHit] | None = None
        for weight, pattern in _NAME_BEFORE:
            for n, match in enumerate(pattern.finditer(text)):
                if n >= 20:
                    break
                if weight > 1.0 and re.match(r"\s(?:is|est|ist|sind|sont)\s", text[match.end():match.end() + 6]):
                    continue  # "the data controller is X": the name follows, read by _NAME_AFTER
                if weight > 1.0:
                    # "Tiny Notes Ltd, 22 Baker Street, London NW1 6XE, is the controller":
                    # the name stands before the address, not just before the words.
                    if addresses is None:
                        addresses = find_addresses(text)
                    link_start = _link_start(text, match.start())
                    for address in addresses:
                        if address.start < link_start and link_start - address.end <= 3:
                            consider(_name_before(text, address.start), weight, sentence.text, sentence.index)
                            break
                    else:
                        consider(_name_before(text, match.start()), weight, sentence.text, sentence.index)
                    continue
                # A legal form: up to four words before it, then the form.
                before = _name_before(text, match.start() - 1, max_words=4)
                consider(f"{before} {match.group(0)}" if before else None, weight, sentence.text, sentence.index)
    if not scores:
        return None
    text = segments.text
    ranked = []
    # Counting mentions is a scan of the text per name: only for the strongest few.
    strongest = sorted(scores.values(), key=lambda entry: (-entry[0], entry[3]))[:20]
    for score, name, snippet, index in strongest:
        core = _FORM_AT_END.sub("", name)
        mentions = min(text.count(core), 50) if len(core) >= 3 else 0
        ranked.append((score + 0.05 * mentions, -index, name, snippet))
    ranked.sort(reverse=True)
    best = ranked[0]
    if best[0] < 1.5:  # a legal form seen once is too weak to call it the controller
        return None
    return best[2], best[3], best[0]


def _clean_name(raw: str) -> str | None:
    words = raw.split()
    while words and words[-1].lower() in ("de", "du", "des", "et", "und", "of", "the", "and", "für", "von", "van", "der", "la", "le", "&"):
        words.pop()
    if not words:
        return None
    name = " ".join(words).strip(".,;:’'")
    name = re.split(r" of The | of [0-9]", name, maxsplit=1)[0]  # "Pantera Group of The Old Laundry"
    if name.endswith(("Inc", "Ltd", "Co", "e.V", "S.A", "B.V", "N.V")) and raw.rstrip().endswith("."):
        name += "."
    if len(words) > 1 and words[0].lower() in ("the", "die", "der", "das", "la", "le", "les", "at", "chez", "bei"):
        words = words[1:]  # "The Cabinet Office is the data controller"
        name = " ".join(words).strip(".,;:’'")
    first = words[0].lower().strip(".,")
    if first in _NOT_NAMES or len(name) < 2 or len(name) > 80 or name.isdigit():
        return None
    if sum(ch.isalpha() for ch in name) < 2:
        return None
    return name


def strip_legal_form(name: str) -> str:
    """The name without a trailing legal form ("OCODE SAS" -> "OCODE")."""
    return _FORM_AT_END.sub("", name)
