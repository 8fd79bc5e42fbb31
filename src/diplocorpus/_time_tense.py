"""The tense around a time expression, for choosing a direction.

``on Monday`` in ``the ministers met on Monday`` is the Monday before the
article's date; in ``the ministers will meet on Monday`` it is the one after.
The tense is read from the cue nearest to the expression in its sentence:
future cues (``will``, ``is scheduled to``, ``plans to``, ``to be held``,
``upcoming``, ``next``), past cues (``said``, ``held``, ``was``, ``-ed``
verbs, ``last``, ``ago``) and present cues (``is``, ``are``: no direction).
A future cue swallows the verb it governs (``will be held`` is one future
cue, not a future and a past one).
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import operator
import re
from collections.abc import Iterable

import regex

from diplocorpus._data import load_words

__all__ = ["Tense", "TenseCues", "tense_near"]


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
      | planned|scheduled|slated
      | (?:plans?|planning|intends?|intending|aims?|hopes?)[ ]++to(?:[ ]++\p{L}++)?+
      | to[ ]++be[ ]++(?:held|signed|opened|launched|hosted|organi[sz]ed|discussed|visited)
      | upcoming|forthcoming|next|tomorrow|coming
    )
    (?![\p{L}])
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# The same on lower-cased ASCII text, in the standard engine (the letters of
# ASCII text are a-z once lower-cased; no pattern letter is upper-case).
_ASCII_FUTURE = re.compile(
    _FUTURE.pattern.replace(r"[\p{L}]", "[a-z]").replace(r"\p{L}", "[a-z]"), re.VERBOSE
)

# Present-tense cues: "the relations are developing", "today the relations
# are strong" (a "today" that means nowadays).
_PRESENT_WORDS = frozenset({"is", "are", "am"})

# Candidate past cues: any word; kept when it is listed or ends in -ed.
_WORD = regex.compile(r"\p{L}[\p{L}'-]*+")
# The same words of ASCII text, split out in the standard engine: [gap, word, ..., gap].
_ASCII_WORD_SPLIT = re.compile(r"([A-Za-z][A-Za-z'-]*)")


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


# A determiner or possessive before an -ed word makes it an adjective
# ("the planned visit", "its untouched markets"), not a past-tense verb.
_DETERMINER_BEFORE = regex.compile(
    r"(?:^|[^\p{L}])(?:a|an|the|its|their|his|her|our|this|these|those)[ ]++$", regex.IGNORECASE
)


# Punctuation that closes a clause: a cue beyond it governs another clause.
_CLAUSE_MARKS = ",;:()"
# What each clause mark between an expression and a cue adds to their distance.
_CLAUSE_PENALTY = 30


def _distance(folded: str, start: int, end: int, cue_start: int, cue_end: int) -> float:
    """Characters between an expression and a cue, weighted for how likely it governs it.

    The verb that governs a time adverbial mostly comes before it ("met on
    Monday"), so a cue after it counts one and a half times its distance;
    a cue in another clause ("the talks, which opened on Monday, will
    continue") counts :data:`_CLAUSE_PENALTY` more per clause mark between.
    """
    if cue_end <= start:
        gap, dist = folded[cue_end:start], float(start - cue_end)
    else:
        gap, dist = folded[end:cue_start], 1.5 * (cue_start - end)
    marks = sum(gap.count(c) for c in _CLAUSE_MARKS)
    return dist + _CLAUSE_PENALTY * marks


# A character that no cue can span (not a letter, space, apostrophe or
# hyphen): the text on either side of one is scanned independently.
_BARRIER = regex.compile(r"[^\p{L} '-]")
_BARRIER_BACK = regex.compile(r"[^\p{L} '-]", regex.REVERSE)
# How far from a sentence a barrier is looked for before the whole text is scanned.
_REACH = 400

_Cue = tuple[int, int, Tense]


def _find_cues(folded: str, first: int, last: int) -> list[_Cue]:
    """Every tense cue of ``folded[first:last]``, sorted, where *first* and *last* are barriers.

    No cue can span a barrier, so the cues are those a scan of the whole
    text finds there.
    """
    futures: list[tuple[int, int]]
    words: Iterable[tuple[int, int, str]]
    segment = folded[first:last]
    if segment.isascii():
        # The standard engine on the lower-cased text (a barrier, no letter,
        # stands before *first* and at *last*: the look-arounds see the same),
        # and only the words that may be cues looked at in Python.
        futures = [
            (m.start() + first, m.end() + first) for m in _ASCII_FUTURE.finditer(segment.lower())
        ]
        words = _ascii_cue_words(segment, first)
    else:
        futures = [(m.start(), m.end()) for m in _FUTURE.finditer(folded, first, last)]
        words = ((m.start(), m.end(), m.group()) for m in _WORD.finditer(folded, first, last))
    cues: list[_Cue] = [(start, end, Tense.FUTURE) for start, end in futures]
    fi = 0
    for start, end, word in words:
        present = word.lower() in _PRESENT_WORDS
        if not present and not _is_past(word):
            continue
        while fi < len(futures) and futures[fi][1] <= start:
            fi += 1
        if fi < len(futures) and futures[fi][0] <= start:
            continue  # the participle of "will be held", the "is" of "is to"
        if present:
            cues.append((start, end, Tense.PRESENT))
            continue
        if word.endswith("ed") and _DETERMINER_BEFORE.search(folded, max(0, start - 8), start):
            continue
        cues.append((start, end, Tense.PAST))
    cues.sort()
    return cues


@functools.cache
def _cue_words() -> frozenset[str]:
    """The lower-cased words that are cues whatever their ending: present and listed past ones."""
    return _PRESENT_WORDS | _past_words()


def _ascii_cue_words(segment: str, first: int) -> list[tuple[int, int, str]]:
    """The words of ASCII *segment* (at offset *first*) that may be present or
    past cues, as ``(start, end, word)``: listed ones, or any ending in ``ed``
    (the exact test is :func:`_is_past`'s).  The words are split and filtered
    column by column in C.
    """
    parts = _ASCII_WORD_SPLIT.split(segment)
    words = parts[1::2]
    listed = map(_cue_words().__contains__, map(str.lower, words))
    ed = map(str.endswith, words, itertools.repeat("ed"))
    keep = list(itertools.compress(itertools.count(), map(operator.or_, listed, ed)))
    if not keep:
        return []
    offsets = list(itertools.accumulate(map(len, parts), initial=first))
    return [(offsets[2 * k + 1], offsets[2 * k + 2], words[k]) for k in keep]


class TenseCues:
    """The tense cues of a text, found per stretch between barriers as expressions ask."""

    def __init__(self, folded: str) -> None:
        self._folded = folded
        self._found: dict[tuple[int, int], tuple[list[_Cue], list[int]]] = {}

    def _cues(self, lo: int, hi: int) -> tuple[list[_Cue], list[int]]:
        """The cues between the barriers around ``[lo, hi)`` (all the text's if none is near)."""
        folded = self._folded
        back = _BARRIER_BACK.search(folded, max(0, lo - _REACH), lo)
        ahead = _BARRIER.search(folded, hi, hi + _REACH)
        # -1: no barrier within reach, and the text goes on beyond it
        first = back.end() if back is not None else 0 if lo <= _REACH else -1
        end = len(folded)
        last = ahead.start() if ahead is not None else end if hi + _REACH >= end else -1
        if first < 0 or last < 0:
            first, last = 0, end
        key = (first, last)
        found = self._found.get(key)
        if found is None:
            cues = _find_cues(folded, first, last)
            found = self._found[key] = (cues, [c[0] for c in cues])
        return found

    def near(self, start: int, end: int, lo: int, hi: int) -> Tense:
        """The tense of the cue nearest to ``[start, end)`` inside ``[lo, hi)``.

        Cues inside the expression itself do not count.  With no cue the
        tense is :attr:`Tense.PRESENT` (no direction).
        """
        cues, starts = self._cues(lo, hi)
        folded = self._folded
        best: tuple[float, Tense] | None = None
        i = bisect.bisect_left(starts, start)
        # cues that start before the expression, nearest first
        j = i - 1
        while j >= 0 and cues[j][0] >= lo:
            c_start, c_end, tense = cues[j]
            if c_end <= start:
                dist = _distance(folded, start, end, c_start, c_end)
                if best is not None and dist >= best[0] and c_end <= start - best[0]:
                    break
                if best is None or dist < best[0]:
                    best = (dist, tense)
            j -= 1
        # cues that start at or after it
        j = i
        while j < len(cues) and cues[j][1] <= hi:
            c_start, c_end, tense = cues[j]
            if c_start >= end:
                dist = _distance(folded, start, end, c_start, c_end)
                if best is not None and 1.5 * (c_start - end) >= best[0]:
                    break  # every later cue is farther still
                if best is None or dist < best[0]:
                    best = (dist, tense)
            j += 1
        return Tense.PRESENT if best is None else best[1]


def tense_near(folded: str, start: int, end: int, lo: int, hi: int) -> Tense:
    """The tense of the cue nearest to ``[start, end)`` inside the sentence ``[lo, hi)``."""
    return TenseCues(folded[:hi]).near(start, end, lo, hi)
