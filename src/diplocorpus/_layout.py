"""Paragraphs and sentences.

Wire reports put one paragraph on a line (often with blank lines between),
so a paragraph is a non-blank line, trimmed.  Sentences are split inside a
paragraph at ``.``, ``!`` or ``?`` (with any closing quote or bracket) that
is followed by space and a capital, a digit or an opening quote, unless the
word before the stop is an abbreviation (``Feb.``, ``Mr.``, ``U.S.``,
``H.E.``, an initial).  Glued sentences (``call.Blinken``, ``.”“The``)
are split too.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Iterator

import regex

from diplocorpus._data import load_words
from diplocorpus.model import Span

__all__ = ["paragraphs", "sentences"]

# A candidate sentence end: terminal punctuation, closing marks, then either
# whitespace (group "ws") or, glued, an opening quote or capital word.
#   "talks. The"  "said.” The"  "call.Blinken"  ".”“The"
_BOUNDARY = regex.compile(
    r"""
    (?P<stop>[.!?]++)
    (?:
        (?P<close>["')\]]{0,3}+)
        (?:
            (?P<ws>[ ]++)(?=["'(\[]?+[\p{Lu}\d])       # "talks. The"  "said.” The"
          | (?<=\p{Ll}\p{Ll}[.!?])(?=\p{Lu}\p{Ll}{2})     # "call.Blinken"
        )
      | (?P<glued>["'])(?=["']\p{Lu})                 # ".”“The"
    )
    """,
    regex.VERBOSE,
)

# The same where no stop comes right before: a match never starts inside a
# run of stops, where the scan would otherwise try (and fail) at each one,
# reading the rest of the run every time (quadratic in a run of dots).
_RUN_BOUNDARY = regex.compile(r"(?<![.!?])" + _BOUNDARY.pattern, regex.VERBOSE)
_STOPS = ".!?"

# The word just before a full stop (letters and inner dots: "U.S", "H.E").
_WORD_BEFORE = regex.compile(r"[\p{L}.]{1,12}+\Z")
# The characters of such a word in ASCII text.
_ASCII_WORD_CHARS = string.ascii_letters + "."


@functools.cache
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in load_words("abbreviations.txt"))


def paragraphs(folded: str, within: Span) -> tuple[Span, ...]:
    """The non-blank lines of *folded* inside *within*, trimmed, as spans.

    The lines come from one ``split`` in C; each starts one past the end of
    the line before.
    """
    out: list[Span] = []
    pos = within.start
    for line in folded[within.start : within.end].split("\n"):
        stripped = line.strip(" ")
        if stripped:
            lead = len(line) - len(line.lstrip(" "))
            out.append(Span(pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return tuple(out)


def _is_abbreviation(folded: str, stop: int) -> bool:
    """True when the ``.`` at *stop* ends an abbreviation, not a sentence.

    On ASCII text (most) the word is the run of letters and dots that
    ``rstrip`` leaves off the 12 characters before the stop, as
    :data:`_WORD_BEFORE` finds it.  A stop that opens a line has no word
    before it: the last word of the line above is no abbreviation of it.
    """
    seg = folded[max(0, stop - 12) : stop]
    if seg.isascii():
        word = seg[len(seg.rstrip(_ASCII_WORD_CHARS)) :].lstrip(".")
    else:
        m = _WORD_BEFORE.search(seg)
        if m is None:
            return False
        word = m.group().lstrip(".")
    if not word:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Biden", "S. Jaishankar"
        return True
    if "." in word and len(word) <= 6:  # "U.S", "H.E", "a.m"
        return True
    return word.lower() in _abbreviations()


def sentences(folded: str, paras: tuple[Span, ...]) -> tuple[Span, ...]:
    """Sentence spans inside each paragraph span, in text order.

    The boundaries of all the paragraphs (lines of the folded text, trimmed
    of spaces, as :func:`paragraphs` gives them) are found by one scan: no
    boundary reaches past its paragraph's end, where only spaces and a
    newline follow, so each is the one a scan of its paragraph alone finds.
    """
    out: list[Span] = []
    if not paras:
        return ()
    found = _boundaries(folded, paras[0].start, paras[-1].end)
    m = next(found, None)
    for para in paras:
        start = para.start
        while m is not None and m.start() < para.end:
            stop = m.start("stop")
            if m.group("stop") != "." or not _is_abbreviation(folded, stop):
                end = m.end("glued") if m.group("glued") else m.end("close")
                if end > start:
                    out.append(Span(start, end))
                start = m.end()
            m = next(found, None)
        if para.end > start:
            out.append(Span(start, para.end))
    return tuple(out)


def _boundaries(folded: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """``_BOUNDARY.finditer(folded, lo, hi)``, in time linear in the text.

    Whether a match starts at a stop does not depend on where in its run of
    stops it starts (the run is read to its end whatever the start, and the
    rest is read from there), so only a run's first stop is tried: the rest
    of the run can start no match that the first did not.  A run that goes
    on from before *lo* is tried at *lo* alone, as the scan from *lo* would.
    """
    if 0 < lo < hi and folded[lo] in _STOPS and folded[lo - 1] in _STOPS:
        first = _BOUNDARY.match(folded, lo, hi)
        if first is not None:
            yield first
            lo = first.end()  # (after a quote, a space or at a capital: no stop)
        else:
            run = folded[lo:hi]
            lo += len(run) - len(run.lstrip(_STOPS))
    yield from _RUN_BOUNDARY.finditer(folded, lo, hi)
