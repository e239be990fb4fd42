"""Policy importer accuracy on the real-policy corpus, and its speed on 100 kB of real policy.

Prints per-field accuracy (scoring in :mod:`bench.policy_accuracy`) on the development corpus
and, on a separate table, on the held-out policies (not looked at while the rules were
written: the honest figure). The timing row imports 100 kB of real policy text (development
policies joined) against one plain tokenising pass (``re.findall(r"\\S+")``) over the same
text; the slowest single policy, scaled to 100 kB, is printed too (target: < 200 ms).

Run ``python -m bench.bench_policy_accuracy`` alone, or ``make bench`` for every benchmark.
"""
from __future__ import annotations

import re
import time

from bench.policy_accuracy import CORPUS, HOLDOUT, load_cases, report, score_corpus
from ui.rendering.pdf_text import pdf_to_text
from vault.policies.findings import extract_policy
from vault.policies.text import policy_text_from_bytes

SIZE = 100_000
REPEATS = 3


def _hundred_kb() -> str:
    parts: list[str] = []
    total = 0
    for path, _truth in load_cases(CORPUS):
        text = policy_text_from_bytes(path.read_bytes(), path.name, pdf_to_text=pdf_to_text)
        parts.append(text)
        total += len(text)
        if total >= SIZE:
            break
    return "\n\n".join(parts)[:SIZE]


def _best(action) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def run() -> list[tuple[str, float, float]]:
    """Print the accuracy tables; return (label, seconds ours, seconds baseline) rows."""
    extract_policy("warm up: regexes compiled, directory index loaded")
    development = score_corpus(CORPUS, pdf_to_text, time.perf_counter)
    print(report(development, "   development corpus").replace("\n", "\n   "))
    holdout = score_corpus(HOLDOUT, pdf_to_text, time.perf_counter)
    print(report(holdout, "   HOLDOUT (rules frozen before these were read)").replace("\n", "\n   "))
    timings = development.timings + holdout.timings
    slowest = max(timings, key=lambda t: t[2])
    print(f"   slowest single import (file read to findings): {slowest[0]}, {slowest[1] / 1000:.0f} kB, "
          f"{slowest[2] * 1e3:.0f} ms")
    large = [t for t in timings if t[1] >= 30_000]  # small files: fixed costs would dominate the ratio
    if large:
        worst = max(large, key=lambda t: t[2] / t[1])
        print(f"   slowest per 100 kB among files >= 30 kB: {worst[0]}, {worst[2] * SIZE / worst[1] * 1e3:.0f} ms "
              "(target < 200 ms)")
    text = _hundred_kb()
    token = re.compile(r"\S+")
    ours = _best(lambda: extract_policy(text))
    baseline = _best(lambda: token.findall(text))
    return [("extract_policy, 100 kB of real policies", ours, baseline)]


if __name__ == "__main__":
    for label, ours, baseline in run():
        print(f"{label}: {ours * 1e3:.0f} ms vs {baseline * 1e3:.1f} ms -> {ours / baseline:.1f}x")
