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

import regex

from diplocorpus._data import load_words

__all__ = ["guess_language"]

_LETTER = regex.compile(r"\p{L}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_HAN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_ARABIC = regex.compile(r"\p{Arabic}")
_GEORGIAN = regex.compile(r"\p{Georgian}")
_ARMENIAN = regex.compile(r"\p{Armenian}")
_WORD = regex.compile(r"\p{L}++")
_KAZAKH = frozenset("әғқңөұүһі")
_UKRAINIAN = frozenset("їєґі")

_SAMPLE = 4000  # characters looked at: enough for a stable guess, cheap on long texts


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
    letters = len(_LETTER.findall(sample))
    if letters < 20:
        return None
    scripts = (
        ("cyrillic", _CYRILLIC),
        ("han", _HAN),
        ("ar", _ARABIC),
        ("ka", _GEORGIAN),
        ("hy", _ARMENIAN),
    )
    for name, pattern in scripts:
        if len(pattern.findall(sample)) * 2 > letters:
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
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return None
    english = _english_words()
    share = sum(w in english for w in words) / len(words)
    return "en" if share >= 0.12 else None
