"""A cheap guess of the language of a report, from its script and function words.

The extractors are written for English; a report in another language gets
its header read (datelines and agency credits are often Latin-script even
there) but no statements, events, agreements or time expressions, and an
``text.language.unsupported`` diagnostic.  The guess is deliberately
conservative: it names a language only when the evidence is strong and
says None otherwise (which the pipeline treats as English).
"""

from __future__ import annotations

import functools
import re
from typing import TypeVar

import regex

from diplocorpus._data import load_words

__all__ = ["guess_language"]

_W = TypeVar("_W", str, bytes)

# Runs of each script's characters, in the order they are tried; counted by
# the length of the runs (one match per run, not per character).
_SCRIPTS = (
    ("cyrillic", regex.compile(r"\p{Cyrillic}++")),
    ("han", regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]++")),
    ("ar", regex.compile(r"\p{Arabic}++")),
    ("ka", regex.compile(r"\p{Georgian}++")),
    ("hy", regex.compile(r"\p{Armenian}++")),
)
# Every character of those scripts lies at U+0400 or above: a sample with
# few characters there needs no count (runs of them, one match per run).
_BEYOND_GREEK = re.compile(r"[^\x00-\u03ff]+")
# Runs of characters beyond Latin-1; a letter, and a character that is not the
# letters' stand-in "ª" (see _guess_wide).
_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]+")
_LETTER = regex.compile(r"\p{L}")
_NOT_STAND_IN = re.compile(r"[^\xaa]")
_KELVIN = "\u212a"
_WORD = regex.compile(r"\p{L}++")
_KAZAKH = frozenset("әғқңөұүһі")
_UKRAINIAN = frozenset("їєґі")

_SAMPLE = 4000  # characters looked at: enough for a stable guess, cheap on long texts
_CHUNK = 48  # words counted at a time before the share is compared


@functools.cache
def _english_words() -> frozenset[str]:
    return frozenset(load_words("english_function_words.txt"))


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the language of *text* when clear, else None.

    >>> guess_language("The ministers said that the talks were held in Baku.")
    'en'
    >>> guess_language("Президент провел встречу с министром в Баку.")
    'ru'
    """
    sample = text[:_SAMPLE]
    try:
        raw = sample.encode("latin-1")
    except UnicodeEncodeError:
        return _guess_wide(sample)
    # Latin-1 only (most reports): no other script can be present, and one
    # byte translation gives the words, ASCII letters lower-cased.
    table, english = _latin1_tables()
    letters = raw.translate(table)
    if len(letters) - letters.count(b" ") < 20:
        return None
    return _english_share_reached(letters.split(), english)


def _guess_wide(sample: str) -> str | None:
    """:func:`guess_language` for a sample with characters beyond Latin-1.

    Those characters become a Latin-1 stand-in (``ª`` for a letter, a space
    for anything else), so the letters and words are read as in Latin-1
    text: the same letter runs, and no English word among those with a
    stand-in (no such letter lower-cases to ASCII, save the Kelvin sign,
    for which the words are read one by one).
    """
    if _KELVIN in sample:
        return _guess_wide_by_words(sample)
    latin = _BEYOND_LATIN1.sub(_stand_ins, sample)
    table, english = _latin1_tables()
    letters = latin.encode("latin-1").translate(table)
    count = len(letters) - letters.count(b" ")
    if count < 20:
        return None
    found = _script_if_beyond_greek(sample, count)
    if found is not None:
        return found
    return _english_share_reached(letters.split(), english)


def _stand_ins(run: re.Match[str]) -> str:
    """A run of characters beyond Latin-1, each a letter's stand-in ``ª`` or a space."""
    return _NOT_STAND_IN.sub(" ", _LETTER.sub("\xaa", run.group()))


def _guess_wide_by_words(sample: str) -> str | None:
    """:func:`_guess_wide` word by word, for a sample with a Kelvin sign (lower case ``k``)."""
    words = _WORD.findall(sample)
    letters = sum(map(len, words))  # the letter runs partition the letters
    if letters < 20:
        return None
    found = _script_if_beyond_greek(sample, letters)
    if found is not None:
        return found
    return _english_share_reached(list(map(str.lower, words)), _english_words())


def _script_if_beyond_greek(sample: str, letters: int) -> str | None:
    """:func:`_script`, where the characters beyond Greek may hold more than half the *letters*.

    Every letter of those scripts lies beyond Greek: with fewer such
    characters there is no use counting.
    """
    if sum(map(len, _BEYOND_GREEK.findall(sample))) * 2 > letters:
        return _script(sample, letters)
    return None


def _english_share_reached(words: list[_W], english: frozenset[_W]) -> str | None:
    """``"en"`` when at least 12% of *words* are in *english*, else None.

    The English words are counted a chunk at a time, in C: their share of
    all words only grows, so it is clear once the words so far reach it.
    """
    n = len(words)
    found = 0
    for at in range(0, n, _CHUNK):
        found += sum(map(english.__contains__, words[at : at + _CHUNK]))
        if found / n >= 0.12:
            return "en"
    return None


@functools.cache
def _latin1_tables() -> tuple[bytes, frozenset[bytes]]:
    """A byte table for Latin-1 text: a letter stays (ASCII ones lower-cased),
    anything else becomes a space; and the English words as bytes.

    A word with a non-ASCII letter is never an English function word, lower-
    cased or not (no Latin-1 letter lower-cases to ASCII), so only ASCII
    letters need lower-casing.
    """
    table = bytes(
        (cp | 0x20 if cp < 0x80 else cp) if _WORD.match(chr(cp)) else 0x20 for cp in range(256)
    )
    return table, frozenset(w.encode("latin-1") for w in _english_words())


def _script(sample: str, letters: int) -> str | None:
    """The language named by a non-Latin script holding most of the letters, if any."""
    for name, pattern in _SCRIPTS:
        if sum(map(len, pattern.findall(sample))) * 2 > letters:
            if name == "cyrillic":
                lower = set(sample.lower())
                if lower & _KAZAKH - {"і"}:
                    return "kk"
                if lower & _UKRAINIAN:
                    return "uk"
                return "ru"
            if name == "han":
                return "zh"
            return name
    return None
