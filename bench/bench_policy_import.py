"""Policy import on 1 MB of text against one plain regex pass over the same text.

The importer must stay near-linear on any input (issue 7: no hang beyond 1 s on 1 MB). Three
inputs of 1 MB each: random words mixed with every cue the extractors look for (e-mail
disguises, durations, addresses, authorities...), a real policy repeated, and random
printable characters. The baseline is ``re.findall(r"\\S+", text)`` on the same text: the
ratio says how many plain tokenising passes the whole extraction costs.

Run ``python -m bench.bench_policy_import`` alone, or ``make bench`` for every benchmark.
"""
from __future__ import annotations

import random
import re
import string
import time
from collections.abc import Callable
from pathlib import Path

from vault.policies.findings import extract_policy

SIZE = 1_000_000
REPEATS = 3
_REAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "policies" / "opendatasoft-fr.txt"
_CUES = (
    "données conservées 3 ans 13 mois 26 Monate 90 jours six weeks zwei Jahre deux ans kept years "
    "contact (AT) example (DOT) com name [at] x.de dpo at example dot com info(a)firma.de a@b.fr x@y[.]de "
    "130, rue de Lourmel, 75015 PARIS Musterstraße 12, 10115 Berlin London EC1A 1BB D-20457 Hamburg "
    "CNIL ICO BfDI Landesbeauftragte Bayern Hamburgische Beauftragte droit d'accès rectification effacement "
    "Widerspruch portability complaint réclamation transfert hors UE États-Unis outside the EEA "
    "SAS GmbH Ltd responsable du traitement est la société controller is Verantwortlich ist (\"we\") DPO "
    "ARTICLE 1. DUREE DE CONSERVATION Pour la prospection - • . , ; : ( ) « » \n \n\n"
).split(" ")


def inputs() -> dict[str, str]:
    """The 1 MB texts, the same on every run (fixed seed)."""
    rng = random.Random(7)
    words = " ".join(rng.choice(_CUES) for _ in range(SIZE // 5))[:SIZE]
    real = _REAL.read_text("utf-8") if _REAL.exists() else words
    repeated = (real * (SIZE // max(len(real), 1) + 1))[:SIZE]
    printable = "".join(rng.choice(string.printable) for _ in range(SIZE))
    return {"1 MB policy-like words": words, "1 MB real policy repeated": repeated, "1 MB random printable": printable}


def _best(action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def run() -> list[tuple[str, float, float]]:
    """(label, seconds for extract_policy, seconds for re.findall(r"\\S+")) per input."""
    results = []
    token = re.compile(r"\S+")
    for label, text in inputs().items():
        ours = _best(lambda: extract_policy(text))
        baseline = _best(lambda: token.findall(text))
        results.append((f"extract_policy, {label}", ours, baseline))
    return results


if __name__ == "__main__":
    for label, ours, baseline in run():
        print(f"{label}: {ours:.3f} s vs {baseline:.3f} s for re.findall(r'\\S+') -> {ours / baseline:.1f}x")
