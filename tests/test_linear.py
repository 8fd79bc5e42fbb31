"""``parse`` runs in linear time on pathological input.

For each troublesome unit (quote marks, ``Mr. ``, dates, ``(``, newlines,
capitalised words, whole sentences, ...) a report of 200 KB and one of
400 KB made of a long run of it are parsed; doubling the size must at most
about double the time.  A regex with catastrophic backtracking or a
quadratic merge shows up as a ratio of 4 or far more; the bound (3.0) is
generous so that a busy machine does not make the test flaky.  Each time is
the best of up to three runs.  Probes from 6.25 KB to 50 KB run first, so a
slow or quadratic input fails in seconds instead of running for minutes.
The absolute time of the 400 KB input is bounded only as a sanity guard;
real timings belong in ``benchmarks/throughput.py``.  Times are CPU time
of this process (``time.process_time``), so other work on a shared machine
does not skew the ratios.
"""

from __future__ import annotations

import gc
import time

import pytest

import diplocorpus
from strategies import PATHOLOGICAL_RUNS, pathological_text

SMALL = 200_000
LARGE = 400_000
PROBES = (6_250, 12_500, 25_000, 50_000)  # cheap first looks, so slow stages fail fast
MAX_RATIO = 3.0  # linear is 2.0; quadratic would be 4.0
MAX_SECONDS = 20.0  # sanity guard for one 400 KB parse
# Below this, timer noise dominates and no superlinear stage can hide in it.
NOISE_FLOOR = 0.05


def _seconds(text: str) -> float:
    gc.collect()
    start = time.process_time()
    diplocorpus.parse(text)
    return time.process_time() - start


def _best(text: str, runs: int) -> float:
    return min(_seconds(text) for _ in range(runs))


def _ratio(small: float, large: float) -> float:
    return large / small if small > 0 else float("inf")


def linearity(kind: str, runs: int = 3) -> tuple[float, float]:
    """``(seconds for 200 KB, seconds for 400 KB)``, each the best of up to *runs*.

    The 400 KB input is re-run only while the ratio looks too high, so a
    healthy input costs one large parse.
    """
    small_text = pathological_text(kind, SMALL)
    large_text = pathological_text(kind, LARGE)
    small = _best(small_text, runs)
    large = _seconds(large_text)
    for _ in range(runs - 1):
        if large < NOISE_FLOOR or _ratio(small, large) < 2.5:
            break
        large = min(large, _seconds(large_text))
    return small, large


def probe(kind: str) -> None:
    """Fail fast, before the full-size runs, on a clearly slow or superlinear input.

    Sizes double from 6.25 KB to 50 KB; at each step the time projected
    linearly to 400 KB must stay under the guard and the step's ratio under
    the bound, so a quadratic stage fails in seconds, not minutes.
    """
    diplocorpus.parse(pathological_text(kind, 2000))  # warm the lazily loaded tables
    previous = None
    for size in PROBES:
        seconds = _best(pathological_text(kind, size), 2)
        projected = seconds * LARGE / size
        assert projected < MAX_SECONDS, (
            f"{kind}: {seconds:.2f} s for {size} characters, "
            f"so about {projected:.0f} s or more for {LARGE}"
        )
        if previous is not None and seconds >= NOISE_FLOOR:
            ratio = _ratio(previous, seconds)
            assert ratio < MAX_RATIO, (
                f"{kind}: {previous:.3f} s -> {seconds:.3f} s at {size}, ratio {ratio:.2f}"
            )
        previous = seconds


@pytest.mark.parametrize("kind", sorted(PATHOLOGICAL_RUNS))
def test_doubling_the_input_at_most_doubles_the_time(kind: str) -> None:
    probe(kind)
    small, large = linearity(kind)
    assert large < MAX_SECONDS, f"{kind}: {large:.2f} s for {LARGE} characters"
    if large < NOISE_FLOOR:
        return
    ratio = _ratio(small, large)
    assert ratio < MAX_RATIO, f"{kind}: {small:.3f} s -> {large:.3f} s, ratio {ratio:.2f}"


def test_pathological_texts_have_the_sizes_asked_for() -> None:
    for kind in PATHOLOGICAL_RUNS:
        assert len(pathological_text(kind, SMALL)) == SMALL
        assert len(pathological_text(kind, LARGE)) == LARGE
