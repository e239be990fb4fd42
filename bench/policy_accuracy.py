"""How well the policy importer reads real policies: per-field accuracy against truth files.

The corpus is ``tests/data/policies/corpus/`` (development) and its ``holdout/`` folder
(policies not looked at while the rules were written). Each policy has a truth file written
by a person reading it (format in the corpus README). One scoring for every field, as issue
16 asks:

- exact for country, e-mails, the web site (host, ``www.`` dropped) and the transfers flag;
- names (controller, authority, representative): token overlap >= 0.6, or one is the
  acronym of the other ("CNIL", "ICO");
- the postal address: the truth's postal code and street (token overlap >= 0.6) are both in
  the address found (the city when no postal code is given);
- lists: F1 (an item matches as a name does; retention periods by their months).

A gap (``None`` found where the truth has a value) and a wrong value both score 0, but they
are counted apart: a wrong guess is worse than a gap. ``None``/``[]`` where the truth is
``None``/``[]`` scores 1.

Used by ``bench/bench_policy_accuracy.py`` (``make bench``) and by the test that keeps the
levels reached (``tests/data/policies/accuracy-levels.json``).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault.policies.findings import extract_policy
from vault.policies.text import policy_text_from_bytes

__all__ = ["CORPUS", "HOLDOUT", "LEVELS", "FIELDS", "FieldScore", "Corpus", "score_corpus",
           "names_match", "address_matches", "list_f1", "load_cases"]

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "policies" / "corpus"
HOLDOUT = CORPUS / "holdout"
LEVELS = CORPUS.parent / "accuracy-levels.json"

FIELDS = ("controller_name", "postal_address", "country", "dpo_email", "contact_emails",
          "rights_mentioned", "retention_periods", "supervisory_authority", "transfers_outside_eu",
          "web", "joint_controllers", "representative", "data_categories", "purposes", "recipients")

_STOP = frozenset("""
    de du des la le les l d et a à au aux en of the and for für und der die das den dem des von zu im in
    e v
""".split())


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ß", "ss")
    return re.findall(r"[a-z0-9]+", text)


def _acronym(text: str) -> str:
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.casefold() not in _STOP and len(w) > 1]
    # "Commission nationale de l'informatique et des libertés" -> "cnil"
    return "".join(w[0] for w in words).casefold()


def names_match(found: str | None, truth: str | None) -> bool:
    """Token overlap >= 0.6 (shared tokens over the longer name), or an acronym of the other."""
    if not found or not truth:
        return not found and not truth
    a, b = set(_tokens(found)), set(_tokens(truth))
    if not a or not b:
        return False
    shared = sum(1 for token in a if any(_same_token(token, other) for other in b))
    if shared / max(len(a), len(b)) >= 0.6:
        return True
    for one, other in ((found, truth), (truth, found)):
        # "CNIL" for "Commission nationale de l'informatique et des libertés (CNIL)"
        plain = re.sub(r"\([^)]*\)", " ", other)
        acronym = _acronym(plain)
        bracketed = set(_tokens(" ".join(re.findall(r"\(([^)]*)\)", other))))
        tokens = _tokens(one)
        if len(tokens) == 1 and (tokens[0] == acronym and len(acronym) >= 3 or tokens[0] in bracketed):
            return True
    return False


def _same_token(a: str, b: str) -> bool:
    """Equal, or one a prefix of the other of 5+ letters ("Österreich", "Österreichische")."""
    return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))


def _street_key(text: str) -> list[str]:
    tokens = _tokens(text.replace("str.", "strasse ").replace("Str.", "Strasse "))
    out: list[str] = []
    for token in tokens:  # "Reifenbergerstrasse" and "Reifenberger Strasse" are one street
        if token in ("str", "strasse"):
            out.append("strasse")
        elif token.endswith("strasse") and len(token) > 7:
            out += [token[:-7], "strasse"]
        else:
            out.append(token)
    return out


def address_matches(found: str | None, truth: dict[str, Any] | None) -> bool:
    """Whether the address found holds the truth's postal code and street."""
    if not found or not truth:
        return not found and not truth
    have = _street_key(found)
    code = (truth.get("postal_code") or "").replace(" ", "").casefold()
    if code:
        joined = "".join(_tokens(found))
        if code not in joined:
            return False
    street = truth.get("street")
    if street:
        want = _street_key(street)
        shared = sum(1 for t in set(want) if t in have)
        if shared / max(len(set(want)), 1) < 0.6:
            return False
    elif not code:
        city = _tokens(truth.get("city") or "")
        return bool(city) and all(t in have for t in city)
    return True


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.strip().casefold()).split("/", 1)[0]
    return host.removeprefix("www.") or None


def list_f1(found: Iterable[Any], truth: Iterable[Any], same: Callable[[Any, Any], bool]) -> float:
    """F1 of two lists, items paired greedily one to one by ``same``; two empty lists score 1."""
    found, truth = list(found), list(truth)
    if not found and not truth:
        return 1.0
    if not found or not truth:
        return 0.0
    unused = list(range(len(truth)))
    hits = 0
    for item in found:
        for index in unused:
            if same(item, truth[index]):
                unused.remove(index)
                hits += 1
                break
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(truth)
    return 2 * precision * recall / (precision + recall)


def _purpose_same(found: dict[str, Any], truth: dict[str, Any]) -> bool:
    return names_match(found.get("purpose"), truth.get("purpose")) and found.get("legal_basis") == truth.get("legal_basis")


def _email(value: str | None) -> str | None:
    return value.strip().casefold() if value else None


def _score_field(name: str, found: dict[str, Any], truth: dict[str, Any]) -> float:
    got, want = found.get(name), truth.get(name)
    if name == "controller_name" or name == "supervisory_authority" or name == "representative":
        return float(names_match(got, want))
    if name == "postal_address":
        return float(address_matches(got, want))
    if name in ("country", "transfers_outside_eu"):
        return float(got == want)
    if name == "dpo_email":
        return float(_email(got) == _email(want))
    if name == "web":
        return float(_host(got) == _host(want))
    if name == "contact_emails":
        return list_f1({_email(e) for e in got or []}, {_email(e) for e in want or []}, lambda a, b: a == b)
    if name == "rights_mentioned":
        return list_f1(set(got or []), set(want or []), lambda a, b: a == b)
    if name == "retention_periods":
        return list_f1([p["months"] for p in got or []], [p["months"] for p in want or []], lambda a, b: a == b)
    if name == "purposes":
        return list_f1(got or [], want or [], _purpose_same)
    return list_f1(got or [], want or [], names_match)


def _is_gap(value: Any) -> bool:
    return value is None or value == []


@dataclass
class FieldScore:
    """One field over a corpus: mean score, and how many misses were gaps or wrong values."""

    name: str
    scores: list[float] = field(default_factory=list)
    gaps: int = 0
    wrong: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(self.scores) / len(self.scores) if self.scores else 0.0


@dataclass
class Corpus:
    """Scores of one folder of policies, and how long each import took (seconds, by size)."""

    folder: Path
    fields: dict[str, FieldScore]
    timings: list[tuple[str, int, float]]


def load_cases(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """(policy file, truth) for every truth file directly in ``folder``, sorted by id."""
    cases = []
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text("utf-8"))
        cases.append((folder / truth["file"], truth))
    return cases


def score_corpus(folder: Path, pdf_to_text: Callable[[bytes], str] | None, timer: Callable[[], float]) -> Corpus:
    """Import every policy of ``folder`` and score each field against its truth file."""
    fields = {name: FieldScore(name) for name in FIELDS}
    timings: list[tuple[str, int, float]] = []
    for path, truth in load_cases(folder):
        data = path.read_bytes()
        started = timer()
        text = policy_text_from_bytes(data, path.name, pdf_to_text=pdf_to_text)
        found = extract_policy(text).to_json()
        timings.append((truth["id"], len(data), timer() - started))
        for name, score in fields.items():
            value = _score_field(name, found, truth)
            score.scores.append(value)
            if value < 1.0:
                gap = _is_gap(found.get(name)) and not _is_gap(truth.get(name))
                score.gaps += gap
                score.wrong += not gap
                score.misses.append(f"{truth['id']}: found {found.get(name)!r}, truth {truth.get(name)!r}"[:400])
    return Corpus(folder, fields, timings)


def read_levels() -> dict[str, float]:
    """The per-field levels reached on the development corpus, which must not drop."""
    return json.loads(LEVELS.read_text("utf-8"))["development"]


def report(corpus: Corpus, label: str) -> str:
    """A table: field, accuracy, gaps, wrong values."""
    lines = [f"{label}: {len(corpus.timings)} policies ({corpus.folder.name})",
             f"  {'field':<22} {'accuracy':>8}  {'gaps':>4}  {'wrong':>5}"]
    for score in corpus.fields.values():
        lines.append(f"  {score.name:<22} {score.accuracy:>8.2f}  {score.gaps:>4}  {score.wrong:>5}")
    return "\n".join(lines)
