"""The importer on the real-policy corpus: no field may drop below the level it has reached.

The levels are in ``tests/data/policies/accuracy-levels.json`` (raise them when the importer
gets better); the scoring is the benchmark's (``bench/policy_accuracy.py``). Only the
development corpus is scored here: the held-out policies are reported by ``make bench``.
"""
from __future__ import annotations

import time

import pytest

from bench.policy_accuracy import CORPUS, FIELDS, names_match, address_matches, list_f1, read_levels, score_corpus
from ui.rendering.pdf_text import pdf_to_text


@pytest.fixture(scope="module")
def development():
    return score_corpus(CORPUS, pdf_to_text, time.perf_counter)


def test_corpus_has_its_truths() -> None:
    truths = list(CORPUS.glob("*.truth.json"))
    assert len(truths) >= 30
    for truth in truths:
        assert any(truth.parent.glob(truth.name.removesuffix(".truth.json") + ".*[!n]"))


@pytest.mark.parametrize("field", FIELDS)
def test_field_keeps_its_level(development, field: str) -> None:
    level = read_levels()[field]
    score = development.fields[field]
    assert score.accuracy >= level - 1e-9, "\n".join(score.misses)


def test_scoring_rules() -> None:
    # names: token overlap >= 0.6 or an acronym; addresses: postal code + street; lists: F1
    assert names_match("DECATHLON France SAS", "Decathlon France")
    assert names_match("CNIL", "Commission nationale de l'informatique et des libertés (CNIL)")
    assert not names_match("Google", "Taltech Engineering")
    assert not names_match(None, "X") and names_match(None, None)
    truth = {"street": "Reifenberger Straße 21", "postal_code": "60489", "city": "Frankfurt am Main"}
    assert address_matches("Reifenberger Str. 21, 60489 Frankfurt", truth)
    assert not address_matches("Schafjückenweg 2, 26180 Rastede", truth)
    assert list_f1([1, 2], [1, 2, 3, 4], lambda a, b: a == b) == pytest.approx(2 / 3)
    assert list_f1([], [], lambda a, b: a == b) == 1.0
