"""Cut policy text into blocks and sentences, and know which headings each one is under.

The field extractors work sentence by sentence: it bounds the work per regex (a
sentence is at most ``MAX_SENTENCE`` characters) and gives each finding a readable
snippet. :meth:`Segments.find` picks the sentences worth a regex with plain substring
search, within a character budget, so hostile or huge input cannot make the work explode. Headings matter for retention periods: in "Pour la prospection commerciale"
followed by "- 3 ans à compter de ...", what is kept is only said by the heading.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

__all__ = ["Sentence", "Segments", "collapse", "language_of"]

MAX_SENTENCE = 1200
# Beyond these counts the rest of the text is only cut into MAX_SENTENCE chunks: a real
# policy has a few thousand sentences, and per-sentence Python work must stay bounded.
MAX_BLOCKS = 20_000
MAX_SENTENCES = 30_000
MAX_ENDS = 60_000  # sentence-end candidates examined (". . . ." has one every two characters)
_BULLET = re.compile(r"[ \t]*(?:[-•*–—·▪◦○►✓]|\(?[0-9]{1,2}[.)]|\(?[a-z]\)|\([ivx]{1,4}\))[ \t]")
_MAJOR = re.compile(
    r"(?:#{1,6}\s|(?:ARTICLE|Article|Art\.|Artikel|§|Section|Abschnitt|Chapitre|Chapter|Kapitel|Titre|Teil|Part)\s*[0-9IVX]"
    r"|[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}\.?\s+[A-ZÀ-ÖØ-ÞÄÖÜ]|[IVX]{1,5}[.)]\s)"
)
# Sentence ends: terminal punctuation, closing quotes/brackets, then whitespace.
_SENTENCE_END = re.compile(r"[.!?]{1,3}[\"'»”’)\]*]{0,3}\s+")
_ABBREVIATIONS = frozenset("""
    e.g i.e z.b bzw etc art nr no n° str inc ltd co dr st ca vgl ggf u.a s.a sa mr mrs ms mme
    mlle cf al abs lit ziff bd av ch p pp vol fig approx incl resp usw evtl inkl gem ggfs sog
    d.h u.u m.e v tel fax ste cie ets bzgl ff hrsg z.h z.hd
""".split())
_SPACES = re.compile(r"\s+")
_NON_BLANK = re.compile(r"[^\s][^\n]*")
_HAS_WORD = re.compile(r"[^\W\d_]{2}")
_WORD = re.compile(r"[^\W\d_]{2,}")

_STOP = {
    "fr": frozenset("le la les des du et est vos votre nous pour dans une sont sur par avec données qui que ou au aux ces vous ne pas".split()),
    "en": frozenset("the and of to your you we our for is are with by this that be or data on as will may not".split()),
    "de": frozenset("der die das und ist sie ihre ihrer wir unsere für mit von zu den dem nicht auf werden wird eine ein daten oder bei".split()),
}


def collapse(text: str) -> str:
    """One line, single spaces: the form snippets are shown in."""
    return _SPACES.sub(" ", text).strip()


def language_of(text: str) -> str:
    """'fr', 'en', 'de' or '' by counting common words (enough for a sentence or a page)."""
    counts = {lang: 0 for lang in _STOP}
    for i, match in enumerate(_WORD.finditer(text)):
        if i >= 400:
            break
        word = match.group(0).lower()
        for lang, words in _STOP.items():
            if word in words:
                counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > 0 else ""


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading, or a list item) of the policy."""

    index: int
    start: int
    end: int
    text: str  # whitespace collapsed
    headings: tuple[str, ...]  # enclosing headings, outermost (last major heading) first
    is_heading: bool
    is_bullet: bool

    @cached_property
    def lang(self) -> str:
        """The sentence's language ('fr', 'en', 'de' or '')."""
        return language_of(self.text)


class Segments:
    """The sentences of a text, with offsets into it so regex hits map back to them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = _lower_same_length(text)
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._meta: list[tuple[tuple[str, ...], bool, bool]] = []
        self._cache: dict[int, Sentence] = {}
        self._runs: list[tuple[int, int, tuple[str, ...]]] = []  # sentences sharing headings
        self._ends_examined = 0
        self._split()

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index: int) -> Sentence:
        cached = self._cache.get(index)
        if cached is None:
            headings, is_heading, is_bullet = self._meta[index]
            start, end = self._starts[index], self._ends[index]
            cached = Sentence(index, start, end, collapse(self.text[start:end]), headings, is_heading, is_bullet)
            self._cache[index] = cached
        return cached

    def at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset`` of the text."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._ends[i]:
            return None
        return self[i]

    def find(
        self,
        stems: tuple[str, ...] = (),
        *,
        exact: tuple[str, ...] = (),
        budget: int = 150_000,
        also: list[int] | None = None,
        end: int | None = None,
    ) -> list[Sentence]:
        """Sentences containing any of ``stems`` (lower case) or ``exact`` (case as given).

        This is the cheap gate before the costly regexes: ``str.find`` runs at C speed
        whatever the input. The result stops once its sentences hold ``budget``
        characters, which bounds the regex work on hostile or huge input. ``also`` adds
        sentence indices found another way (e.g. :meth:`under_heading`). ``end`` stops the
        search at that offset (readers that only need what a real policy's length holds).
        """
        stop = len(self.text) if end is None else min(end, len(self.text))
        indices: set[int] = set(also or ())
        per_stem_limit = 5000
        for haystack, needles in ((self.lower, stems), (self.text, exact)):
            for stem in needles:
                pos = haystack.find(stem, 0, stop)
                count = 0
                while pos >= 0 and count < per_stem_limit:
                    i = bisect.bisect_right(self._starts, pos) - 1
                    if i >= 0 and pos < self._ends[i]:
                        indices.add(i)
                        # Jump to the sentence's end: one hit per sentence is enough.
                        pos = haystack.find(stem, self._ends[i], stop)
                    else:
                        pos = haystack.find(stem, pos + 1, stop)
                    count += 1
        found: list[Sentence] = []
        used = 0
        for i in sorted(indices):
            if used > budget:
                break
            sentence = self[i]
            used += len(sentence.text)
            found.append(sentence)
        return found

    def under_heading(self, pattern: re.Pattern[str], limit: int = 5000) -> list[int]:
        """Indices of the sentences with a heading (of their section) matching ``pattern``."""
        result: list[int] = []
        verdicts: dict[str, bool] = {}  # many runs share their section's heading
        for first, end, headings in self._runs:
            if any(_cached_search(verdicts, pattern, h) for h in headings):
                result.extend(range(first, min(end, first + limit)))
                if len(result) >= limit:
                    break
        return result

    def previous(self, sentence: Sentence, count: int = 1) -> list[Sentence]:
        """The ``count`` sentences just before this one, nearest last."""
        return [self[i] for i in range(max(0, sentence.index - count), sentence.index)]

    # -- splitting ---------------------------------------------------------------------
    def _split(self) -> None:
        stack: list[str] = []
        current: tuple[str, ...] | None = None  # shared by consecutive blocks: cheap runs
        for start, end, kind in self._blocks():
            block = self.text[start:end]
            if kind == "heading":
                title = collapse(block)
                if _is_major(title):
                    stack = [title]
                else:
                    stack = stack[:1] + [title]
                self._add(start, end, (tuple(stack[:-1]), True, False))
                continue
            if current is None or list(current) != stack:
                current = tuple(stack)
            meta = (current, False, kind == "bullet")
            self._sentences(start, end, meta)

    def _add(self, start: int, end: int, meta: tuple[tuple[str, ...], bool, bool]) -> None:
        # Cap the length so every later regex runs on a bounded string.
        while end - start > MAX_SENTENCE:
            cut = self.text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            self._push(start, cut, meta)
            start = cut
        self._push(start, end, meta)

    def _push(self, start: int, end: int, meta: tuple[tuple[str, ...], bool, bool]) -> None:
        if self.text[start:end].strip():
            index = len(self._starts)
            self._starts.append(start)
            self._ends.append(end)
            self._meta.append(meta)
            headings = meta[0]
            if self._runs and self._runs[-1][2] is headings and self._runs[-1][1] == index:
                self._runs[-1] = (self._runs[-1][0], index + 1, headings)
            elif headings:
                self._runs.append((index, index + 1, headings))

    def _sentences(self, start: int, end: int, meta: tuple[tuple[str, ...], bool, bool]) -> None:
        text = self.text
        cursor = start
        checked = start  # the current sentence has a word if one was seen in [cursor, checked)
        has_word = False
        for match in _SENTENCE_END.finditer(text, start, end):
            self._ends_examined += 1
            if len(self._starts) >= MAX_SENTENCES or self._ends_examined > MAX_ENDS:
                break
            dot = match.start()
            nxt = match.end()
            if nxt < end and text[nxt].islower():
                continue  # "3 ans. ces données" is rare; "z.B. die" is common
            if not has_word:
                has_word = _HAS_WORD.search(text, max(cursor, checked - 1), dot) is not None
                checked = dot
            if dot - cursor < 3 or not has_word:
                continue  # ". . ." or "a." alone is no sentence
            word_start = dot
            while word_start > cursor and (text[word_start - 1].isalnum() or text[word_start - 1] in ".°"):
                word_start -= 1
                if dot - word_start > 12:
                    break
            word = text[word_start:dot].lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            self._add(cursor, nxt, meta)
            cursor = nxt
            checked = nxt
            has_word = False
        if cursor < end:
            self._add(cursor, end, meta)

    def _blocks(self) -> list[tuple[int, int, str]]:
        """(start, end, kind) of paragraphs, list items and heading lines.

        A paragraph is a run of lines between blank lines (PDF text wraps lines, so a line
        break alone does not end one); a list item starts a new block; a lone short line
        is a heading, and so is a numbered or all-capitals first line of a paragraph.
        """
        blocks: list[tuple[int, int, str]] = []
        text = self.text
        lines: list[tuple[int, int]] = []  # the current raw block's lines
        bullet = False

        def flush() -> None:
            if not lines:
                return
            first = text[lines[0][0]:lines[0][1]].strip()
            end = lines[-1][1]
            if not bullet and len(lines) == 1 and _is_heading_line(first):
                blocks.append((lines[0][0], end, "heading"))
            elif not bullet and len(lines) > 1 and _is_major(first) and _is_heading_line(first):
                blocks.append((lines[0][0], lines[0][1], "heading"))
                blocks.append((lines[1][0], end, "text"))
            else:
                blocks.append((lines[0][0], end, "bullet" if bullet else "text"))
            lines.clear()

        previous_end = -2
        # Only non-blank lines are visited (a regex finds them in C), so a text of a
        # million empty lines costs nothing; a gap of more than one newline ends a block.
        for match in _NON_BLANK.finditer(text):
            line_end = match.end()
            pos = text.rfind("\n", 0, match.start()) + 1
            if len(blocks) >= MAX_BLOCKS:
                flush()
                blocks.append((pos, len(text), "text"))
                return blocks
            if lines and text.count("\n", previous_end, pos) > 1:
                flush()
            if _BULLET.match(text, pos, line_end) is not None:
                flush()
                bullet = True
            elif not lines:
                bullet = False
            lines.append((pos, line_end))
            previous_end = line_end
        flush()
        return blocks


def _cached_search(cache: dict[str, bool], pattern: re.Pattern[str], text: str) -> bool:
    verdict = cache.get(text)
    if verdict is None:
        verdict = cache[text] = pattern.search(text) is not None
    return verdict


def _lower_same_length(text: str) -> str:
    """``text.lower()`` with offsets kept (a few letters, like "İ", lower to two characters)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _is_heading_line(line: str) -> bool:
    """A short line without closing punctuation, or an all-capitals / numbered title."""
    if len(line) > 120 or line[-1] in ".;,!?":
        return False
    first = next((ch for ch in line if ch.isalpha()), "")
    # A title starts with a capital; a lowercase line is a paragraph's wrapped tail.
    if not first.isupper():
        return False
    return sum(1 for ch in line[:20] if ch.isalpha()) >= 3


def _is_major(title: str) -> bool:
    """A title that opens a new section (as opposed to a sub-heading inside one)."""
    if _MAJOR.match(title):
        return True
    letters = [ch for ch in title if ch.isalpha()]
    upper = sum(1 for ch in letters if ch.isupper())
    return len(letters) >= 4 and upper >= 0.7 * len(letters)
