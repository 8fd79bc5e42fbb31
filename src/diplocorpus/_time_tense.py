"""The tense around a time expression, for choosing a direction.

``on Monday`` in ``the ministers met on Monday`` is the Monday before the
article's date; in ``the ministers will meet on Monday`` it is the one after.
The tense is read from the cue nearest to the expression in its sentence:
future cues (``will``, ``is scheduled to``, ``plans to``, ``to be held``,
``upcoming``, ``next``) and past cues (``said``, ``held``, ``was``, ``-ed``
verbs, ``last``, ``ago``).  A future cue swallows the verb it governs
(``will be held`` is one future cue, not a future and a past one).
"""

from __future__ import annotations

import enum
import functools

import regex

from diplocorpus._data import load_words

__all__ = ["Tense", "tense_near"]


class Tense(enum.Enum):
    """The direction a sentence points in time, seen from the article's date."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


# Future cues, with the verb they govern: "will be held", "is scheduled to",
# "plans to visit", "to be held", "upcoming", "next", "would".
_FUTURE = regex.compile(
    r"""
    (?<![\p{L}])
    (?:
        (?:will|shall|would|wo[ ]?n't|'ll)(?:[ ]++not)?+(?:[ ]++(?:be|have[ ]++been))?+
            (?:[ ]++\p{L}++)?+
      | (?:(?:is|are|was|were)[ ]++)?(?:scheduled|expected|set|due|slated|going|planned)
            [ ]++to(?:[ ]++(?:be[ ]++)?\p{L}++)?+
      | (?:is|are)[ ]++to[ ]++(?:be[ ]++)?\p{L}++
      | planned
      | (?:plans?|planning|intends?|intending|aims?|hopes?)[ ]++to(?:[ ]++\p{L}++)?+
      | to[ ]++be[ ]++(?:held|signed|opened|launched|hosted|organi[sz]ed|discussed|visited)
      | upcoming|forthcoming|next|tomorrow|coming
    )
    (?![\p{L}])
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# Candidate past cues: any word; kept when it is listed or ends in -ed.
_WORD = regex.compile(r"\p{L}[\p{L}'-]*+")


@functools.cache
def _past_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("time_past_verbs.txt"))


@functools.cache
def _not_past_ed() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("time_not_past_ed.txt"))


def _is_past(word: str) -> bool:
    low = word.lower()
    if low in _past_words():
        return True
    # regular past tense: lower-case "-ed" verbs ("signed", "discussed"), not "United"
    return len(word) > 4 and word.endswith("ed") and word.islower() and low not in _not_past_ed()


def tense_near(folded: str, start: int, end: int, lo: int, hi: int) -> Tense:
    """The tense of the cue nearest to ``[start, end)`` inside the sentence ``[lo, hi)``.

    Cues inside the expression itself do not count.  With no cue the tense
    is :attr:`Tense.PRESENT` (no direction).
    """
    best: tuple[int, Tense] | None = None
    futures: list[tuple[int, int]] = []
    for m in _FUTURE.finditer(folded, lo, hi):
        if m.start() < end and start < m.end():
            continue
        futures.append((m.start(), m.end()))
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or dist < best[0]:
            best = (dist, Tense.FUTURE)
    for m in _WORD.finditer(folded, lo, hi):
        if m.start() < end and start < m.end():
            continue
        if not _is_past(m.group()):
            continue
        if any(a <= m.start() < b for a, b in futures):
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or dist < best[0]:
            best = (dist, Tense.PAST)
    return Tense.PRESENT if best is None else best[1]
