"""Retention periods in a policy: what is kept, and for how many months.

A duration ("13 mois", "3 years", "26 Monate", "90 jours", "zwei Jahre", "six weeks") counts
when its sentence speaks of keeping or deleting data, or when it stands under a heading
about retention ("Durée de conservation" ... "- 26 mois."). Ages ("moins de 15 ans"),
frequencies ("every 6 months"), time ago ("depuis 3 ans") and reply deadlines are not
retention periods and are skipped. Days and weeks become months rounded up.

What is kept comes, in this order, from the sentence's subject or object ("Vos factures
et données comptables sont conservées 10 ans"), from the sub-heading above it ("Pour la
prospection commerciale"), or from the words around the duration.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from vault.policies.structure import Segments, Sentence

__all__ = ["RetentionHit", "find_retention", "duration_months"]

_NUMBERS = {
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "dix-huit": 18, "vingt": 20,
    "vingt-quatre": 24, "trente": 30, "soixante": 60, "quatre-vingt-dix": 90,
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "sixty": 60, "ninety": 90,
    # German
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "eines": 1, "einer": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "fünfzehn": 15, "achtzehn": 18, "zwanzig": 20, "vierundzwanzig": 24, "dreißig": 30,
    "sechzig": 60, "neunzig": 90,
}
_UNITS = {
    "day": ("jour", "jours", "day", "days", "tag", "tage", "tagen", "tages"),
    "week": ("semaine", "semaines", "week", "weeks", "woche", "wochen"),
    "month": ("mois", "month", "months", "monat", "monate", "monaten", "monats"),
    "year": ("an", "ans", "année", "années", "annee", "annees", "year", "years", "jahr", "jahre", "jahren", "jahres"),
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_NUMBER_WORDS = "|".join(sorted((re.escape(w) for w in _NUMBERS), key=len, reverse=True))
_UNIT_WORDS = "|".join(sorted(_UNIT_OF, key=len, reverse=True))
_DURATION = re.compile(
    rf"(?<![\w.,/-])(?P<num>[0-9]{{1,3}}(?:[.,]5)?|{_NUMBER_WORDS}|(?<=for )a|(?<=of )a)"
    rf"(?:\s{{0,2}}\(\s{{0,2}}(?:[0-9]{{1,3}}|{_NUMBER_WORDS})\s{{0,2}}\))?"
    rf"(?:\s{{1,3}}|-)(?:(?:calendar|full|complete|civil|calendaires|pleins|entiers|civils|volle[n]?|vollen)\s{{1,2}})?"
    rf"(?P<unit>{_UNIT_WORDS})(?![\w-])",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"conserv|archiv|supprim|effac|détrui|detrui|destruction|stock|purg|anonymi|durée de vie|expir"
    r"|retain|retention|kept|keep|store|storage|delet|eras|destroy|lifetime|"
    r"bewahr|speicher|lösch|loesch|vernicht|vorgehalten|vorhalten|Laufzeit|Lebensdauer|anonymis",
    re.IGNORECASE,
)
_CUE_STEMS = (
    "conserv", "archiv", "supprim", "effac", "détrui", "detrui", "destruction", "stock", "purg", "anonymi",
    "durée de vie", "expir", "retain", "retention", "kept", "keep", "store", "storage", "delet", "eras", "destroy",
    "lifetime", "bewahr", "speicher", "lösch", "loesch", "vernicht", "vorgehalten", "vorhalten", "laufzeit",
    "lebensdauer",
)
_HEADING_CUE = re.compile(
    r"conservation|retention|conserv|stockage|durée|how long|combien de temps|storage period|keep your|"
    r"Speicherdauer|Aufbewahrung|Speicherung|Löschung|Löschfrist|wie lange|Dauer der",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(
    r"(?:moins de|plus de|âgée?s? de|agée?s? de|under|over|aged|below|above|younger than|older than|unter|über|ab|"
    r"every|each|tous les|toutes les|chaque|alle|jede[ns]?|depuis|il y a|since|vor|seit|"
    r"répondre|respond|reply|answer|antworten|beantworten)\s{1,3}(?:the\s|l['’]|d['’]|de\s|des\s|dem\s|den\s)?$",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(r"\s{0,2}(?:old|ago|alt\b|révolus|revolus|d['’]âge|of age)", re.IGNORECASE)
_AGE = re.compile(r"\bâge|\bage[ds]?\b|years old|Jahre alt|Lebensjahr|mineur|minor|child|enfant|Kind|Jugendlich", re.IGNORECASE)
_REPLY = re.compile(r"répon|respond|reply|answer|antwort|beantwort|délai de réponse|prolong|extend|verlänger|traiter votre demande|process your request", re.IGNORECASE)
_EXCEPTIONS = re.compile(
    r",?\s*(?:sauf obligation légale(?: contraire)?|sauf disposition légale contraire|unless (?:legally|otherwise) required(?: by law)?"
    r"|unless required by law|soweit gesetzlich nicht anders vorgeschrieben|sofern keine gesetzliche\w* Aufbewahrungspflicht\w* besteh\w*)\s*,?",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(r"[,;:()]|\s[–—-]\s")
_AUX = frozenset("""
    sont seront est sera soient soit peuvent pourront peut pourra doivent doit être été ensuite alors quant à elles eux
    ne n' pas plus également aussi uniquement seulement notamment toujours et puis
    are is will be been being shall may can must then also only not and
    werden wird sind ist bei uns dann anschließend nur auch nicht maximal höchstens und
""".split())
_GENERIC = frozenset("""
    les la le l' vos votre ces ses leurs toutes tous toute tout données donnees data daten informations information
    personnelles personnel personal personenbezogenen personenbezogene à caractère elles ils they them it sie es
    the your these this such all any ihre diese die der das alle celles-ci ceux-ci ci nous we wir
    vous you us of de des du d' et and und
""".split())
_ACTIVE_OBJECT = re.compile(
    r"\s*\S+\s+(?P<object>.{3,90}?)\s+(?:sous|within|dans|pendant|durant|during|for|après|after|innerhalb|nach|für"
    r"|jusqu|until|up to|pour une durée|over|maximum|au maximum|at most|über|bis zu)\b",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r"^\s*(?:en cas d['’e]|in case of|in the event of|if |si |pour les |pour la |for |bei |im Falle|à des fins|zu Zwecken)",
    re.IGNORECASE,
)
_HEADING_PREFIX = re.compile(r"^(?:[-•*#\d.)\s]+)?(?:pour|for|für|bei|concernant|regarding|dans le cadre de|in the context of)\s+", re.IGNORECASE)
_HEADING_CUT = re.compile(r"\s(?:dans le cadre|in the context|im Rahmen)\b|[:;]", re.IGNORECASE)
_MARKUP = re.compile(r"\*\*|__|\[|\]\([^)]{0,200}\)|^[-•*\s]+")


@dataclass(frozen=True)
class RetentionHit:
    """A retention period: what it covers, how many months, and the sentence."""

    what: str
    months: int
    snippet: str
    lang: str


def duration_months(number: float, unit: str) -> int:
    """Months in a duration; days and weeks round up (90 days -> 3, 6 weeks -> 2)."""
    if unit == "year":
        return int(math.ceil(number * 12))
    if unit == "month":
        return int(math.ceil(number))
    days = number * (7 if unit == "week" else 1)
    return max(1, int(math.ceil(days / 30.4375 - 1e-9)))


def find_retention(segments: Segments) -> list[RetentionHit]:
    """Every retention period stated, in order, without exact repeats."""
    found: list[RetentionHit] = []
    seen: set[tuple[str, int]] = set()
    sections = segments.under_heading(_HEADING_CUE)
    examined = 0
    for sentence in segments.find(_CUE_STEMS, budget=80_000, also=sections):
        if sentence.is_heading:
            continue
        in_section = any(_HEADING_CUE.search(h) for h in sentence.headings)
        if not in_section and not _CUE.search(sentence.text):
            continue
        hits, count = _in_sentence(sentence, in_section)
        examined += count
        for hit in hits:
            key = (hit.what.lower(), hit.months)
            if key not in seen:
                seen.add(key)
                found.append(hit)
        if len(found) >= 200 or examined >= _MAX_EXAMINED:
            break
    return found


_MAX_EXAMINED = 300  # durations looked at in all; a real policy has a few dozen
_MAX_PER_SENTENCE = 12


class _Parsed:
    """A sentence's text with its cue and clause positions, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cues = [m.start() for m in _CUE.finditer(text)]
        self.seps = [(m.start(), m.end()) for m in _CLAUSE_SPLIT.finditer(text)]
        self.sep_starts = [start for start, _ in self.seps]

    def clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.sep_starts, start) - 1
        left = self.seps[i][1] if i >= 0 else 0
        j = bisect.bisect_left(self.sep_starts, end)
        right = self.seps[j][0] if j < len(self.seps) else len(self.text)
        return min(left, start), max(right, end)

    def clause(self, start: int, end: int) -> str:
        left, right = self.clause_bounds(start, end)
        return self.text[left:right]


def _in_sentence(sentence: Sentence, in_section: bool) -> tuple[list[RetentionHit], int]:
    text = _EXCEPTIONS.sub(" ", _MARKUP.sub("", sentence.text))
    text = re.sub(r"\s{2,}", " ", text)
    hits: list[RetentionHit] = []
    matches = []
    for match in _DURATION.finditer(text):
        matches.append(match)
        if len(matches) >= _MAX_PER_SENTENCE:
            break
    if not matches:
        return hits, 0
    parsed = _Parsed(text)
    skip_next = False
    for i, match in enumerate(matches):
        if skip_next:
            skip_next = False
            continue
        before = text[max(0, match.start() - 30):match.start()]
        if _NOT_BEFORE.search(before) or _NOT_AFTER.match(text, match.end()):
            continue
        clause = parsed.clause(match.start(), match.end())
        if _AGE.search(clause) or (_REPLY.search(clause) and not _CUE.search(clause)):
            continue
        if not in_section and not parsed.cues:
            continue
        months = _months(match)
        if months is None:
            continue
        # "5 ans et 6 mois" is one duration.
        if i + 1 < len(matches) and re.fullmatch(r"\s{0,2}(?:et|and|und|,)\s{0,2}", text[match.end():matches[i + 1].start()]):
            extra = _months(matches[i + 1])
            if extra is not None and _UNIT_OF[matches[i + 1].group("unit").lower()] in ("month", "week", "day"):
                months += extra
                skip_next = True
        what = _what(parsed, match, sentence)
        hits.append(RetentionHit(what, months, sentence.text, sentence.lang))
    return hits, len(matches)


def _months(match: re.Match[str]) -> int | None:
    raw = match.group("num").lower()
    unit = _UNIT_OF.get(match.group("unit").lower())
    if unit is None:
        return None
    if raw == "a":
        number = 1.0
    elif raw in _NUMBERS:
        number = float(_NUMBERS[raw])
    else:
        number = float(raw.replace(",", "."))
    if number <= 0 or (unit == "year" and number > 100):
        return None
    return duration_months(number, unit)


def _what(parsed: _Parsed, match: re.Match[str], sentence: Sentence) -> str:
    """A short phrase naming what the duration applies to."""
    text = parsed.text
    subject = _subject(parsed, match.start())
    core = subject if subject and not _is_generic(subject) else ""
    from_heading = False
    if not core:
        core = _heading_topic(sentence)
        from_heading = bool(core)
    if not core:
        core = subject or parsed.clause(match.start(), match.end()).strip(" .-")
    if from_heading:
        tail = text[match.end():parsed.clause_bounds(match.start(), match.end())[1]]
        if _QUALIFIER.match(tail):
            core = f"{core} ({_shorten(tail.strip(' .'), 60)})"
    return _shorten(core.strip(" .,:;-–"), 100)


_PREPOSITIONS = frozenset("""
    en dans à au aux pour par sur sous avec de du des in into on at for by with from of to im in am an auf für mit von zu nach bei
""".split())


_PRONOUNS = frozenset(("wir", "we", "nous", "on"))
_AUX_BEFORE_DURATION = re.compile(r"\s(?:werden|wird|sind|ist|are|is|will be|sont|seront|est|sera)\s", re.IGNORECASE)


def _subject(parsed: _Parsed, duration_start: int) -> str:
    """What is kept: the subject of "X sont conservées 3 ans" / "X werden 3 Jahre gespeichert",
    the object of "détruit X sous 3 mois" / "we delete X after 12 months"."""
    text = parsed.text
    nearest = bisect.bisect_left(parsed.cues, duration_start)
    for cue_start in reversed(parsed.cues[max(0, nearest - 3):nearest]):
        cue_word_start = text.rfind(" ", 0, cue_start) + 1
        clause_start = parsed.clause_bounds(cue_word_start, cue_word_start)[0]
        subject = _words_before(text[clause_start:cue_word_start])
        if subject is None:
            continue  # "en archives intermédiaires": the cue word is a place, not the verb
        if subject:
            return subject
        # Active voice: "Nous conservons X pendant ...", "OCODE ... détruit toute notification sous ..."
        found = _ACTIVE_OBJECT.match(text, cue_word_start, duration_start + 1)
        if found and found.group("object").split()[0].lower() not in _PREPOSITIONS:
            return found.group("object")
    left, right = parsed.clause_bounds(duration_start, duration_start)
    # Verb at the end (German, or "... are deleted after 30 days"): "X werden 3 Jahre ... gelöscht".
    aux = None
    for aux in _AUX_BEFORE_DURATION.finditer(text, left, duration_start):
        pass
    if aux is not None:
        subject = _words_before(text[left:aux.start() + 1])
        if subject:
            return subject
    # "If you do not log in for 12 months, we delete your account": the object after the cue.
    later = bisect.bisect_left(parsed.cues, duration_start)
    sentence_end = len(text)
    if later < len(parsed.cues):
        cue_start = parsed.cues[later]
        cue_word_start = text.rfind(" ", 0, cue_start) + 1
        before = text[max(0, cue_word_start - 12):cue_word_start].lower().split()
        if before and before[-1] in _PRONOUNS:
            word_end = text.find(" ", cue_start)
            if word_end > 0:
                tail_end = parsed.clause_bounds(word_end, word_end)[1]
                words = text[word_end:min(tail_end, sentence_end)].strip(" .").split()
                if words and words[0].lower() not in _PREPOSITIONS:
                    return " ".join(words[:8])
    return ""


def _words_before(fragment: str) -> str | None:
    """The noun phrase ending a clause fragment, without auxiliaries, pronouns and verbs.

    None when the fragment opens with a preposition: then it is no subject at all.
    """
    words = fragment.split()
    while words and words[-1].lower().strip(",") in _AUX:
        words.pop()
    while words and words[0].lower() in ("et", "and", "und", "que", "qui", "dont", "which", "that", "-", "•"):
        words.pop(0)
    if not words:
        return ""
    if words[0].lower() in _PREPOSITIONS:
        return None
    # "Rechnungen bewahren wir ...": the object comes before the verb and its pronoun.
    for i, word in enumerate(words):
        if i >= 1 and word.lower() in _PRONOUNS:
            words = words[: i - 1]
            break
    meaningful = [w for w in words if len(w) >= 3 and w.lower() not in _AUX]
    if not meaningful or (len(words) == 1 and words[0].lower() in ("nous", "we", "wir", "on", "il", "elle")):
        return ""
    subject = " ".join(words[-8:])
    return "" if _looks_like_actor(subject) else subject


def _looks_like_actor(subject: str) -> bool:
    """"Nous", "We", or a company name alone is who keeps the data, not what is kept."""
    words = subject.split()
    return len(words) <= 2 and all(w[:1].isupper() or w.lower() in ("nous", "we", "wir") for w in words) and any(
        w.lower() in ("nous", "we", "wir") or w.isupper() for w in words)


def _is_generic(subject: str) -> bool:
    words = re.findall(r"[\w'’-]+", subject.lower().replace("’", "'"))
    return all(w in _GENERIC or w.startswith(("l'", "d'")) and w[2:] in _GENERIC for w in words)


_TITLE_WORDS = re.compile(r"privacy|confidentialit|datenschutz|policy|politique|notice|erklärung|protection des données", re.IGNORECASE)


def _heading_topic(sentence: Sentence) -> str:
    """The purpose named by the nearest heading ("Pour la prospection commerciale")."""
    if not sentence.headings:
        return ""
    heading = sentence.headings[-1]
    if _HEADING_CUE.search(heading) or _TITLE_WORDS.search(heading):
        return ""  # "Durée de conservation" or the page title say nothing about what
    topic = _HEADING_PREFIX.sub("", heading)
    topic = _HEADING_CUT.split(topic, maxsplit=1)[0].strip(" .:")
    return topic


def _shorten(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;") + "…"
