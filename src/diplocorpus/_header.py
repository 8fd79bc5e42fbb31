"""The header layer: date line, title, stamp lines, site junk, dateline, agency.

A wire report as collected opens with some of these, in a loose order::

     date 2025-04-21 <junk, or the dateline and the first paragraph>
    <site junk: "Submit Release", "TV Live Menu", "OFFICIAL NEWS", "|">
    <title line, sometimes printed twice>
    <stamp line: "17 May 2023, 17:46", "- 05 January, 2026", "10/28/2023 3:12:14 PM">
    <byline: "By Azernews">
    DATELINE: "BAKU, Azerbaijan, April 21." "BEIJING, May 11 (Xinhua) --" ...
    <body paragraphs, with agency credits: "Trend reports", "Kazinform cites ...">

The rules, in order:

* ``DATE_LINE``: a `` date YYYY[-MM[-DD]]`` token at the very start.  The
  rest of its line is read like any other line, but is never a title (it
  holds site junk or captions when it is not the dateline and body).
* Each following line is classified, until the body begins: blank, site
  junk (``data/site_junk.txt``), byline (``By ...``), stamp (a date and/or
  time with at most a few other words), dateline, title candidate, prose.
  The body begins at the first dateline or prose line.  A title is the first
  title candidate before the body: 4 to 60 words, not ending in ``.`` or
  ``,``, not junk.
  A headline may open with a quotation (a quote-led line of a few words
  that does not end like a sentence); the rest of the date line is a title
  when it has a headline verb or asks a question.
* A dateline is a known place (or an all-capitals unknown one) at a line
  start, followed by any of: a region or country, a date (``March 3``,
  ``3rd March, 2025``, ``MARCH 3``, ``03.03.2025``), an agency in ``( )``,
  ``/ /`` or after a comma or full stop, and a separator (``--``, ``-``,
  ``:``, ``.``) — or nothing at all on a line of its own.  A bracketed
  credit of one word that no table lists (``(MONTSAME)``) still names the
  agency.  A headline run together with its dateline (``... hold talks
  BISHKEK, Oct 2 (Kabar) -``) splits at the capitals of the place.
* The agency is, in order of preference: the dateline's agency; the
  originating agency of a ``(MENAFN- X)`` credit; an outlet prefix of the
  title or body (``Global Times: ...``, ``Islam Times - ...``); a lead
  credit (``X reports``, ``X informs``, ``X cites``, ``This is reported by
  X``); a ``By X`` byline naming an agency; an ``X:`` line after the
  dateline; an end credit (``-DNA``, ``—Azer News``, ``© ... PTI``);
  ``X reported`` naming a known agency or an outlet.
* ``Article.date`` is the date line's date, else a stamp line's full date,
  else the dateline's date where it gives a year.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections.abc import Iterator

import attrs
import regex

from diplocorpus._data import load_tsv, load_words
from diplocorpus._gazetteer import lookup_place
from diplocorpus.model import Dateline, Diagnostic, Place, Severity, Span

__all__ = ["Header", "parse_header"]


@attrs.frozen
class Header:
    """What the header layer found; :mod:`diplocorpus.parse` copies it onto the Article."""

    body: Span
    date: datetime.date | None = None
    published: datetime.datetime | None = None
    date_header: Span | None = None
    title: str | None = None
    title_span: Span | None = None
    dateline: Dateline | None = None
    agency: str | None = None
    agency_span: Span | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


# --------------------------------------------------------------------------
# Vocabulary.
# --------------------------------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?+"
)


@functools.cache
def _agencies() -> dict[str, str]:
    """Lower-cased name or alias -> canonical agency name."""
    table: dict[str, str] = {}
    for row in load_tsv("agencies.tsv"):
        name = row["name"]
        for alias in [name, *row.get("aliases", "").split("|")]:
            alias = alias.strip()
            if alias:
                table.setdefault(alias.casefold(), name)
    return table


# A web-domain suffix after an outlet's brand: "UzDaily.com", "Trend.az".
_DOMAIN_SUFFIX = re.compile(r"[.](?:[a-z]{2,4}+)$")


def _known_agency(name: str) -> str | None:
    """The canonical agency *name* (any case) stands for, else None.

    A brand written with a web-domain suffix the table does not list
    (``UzDaily.com`` for ``UzDaily``) is the brand without it (GOLD: the
    agency's own short brand); a suffix that is part of a listed name
    (``News.Az``) is looked up first and stays.
    """
    table = _agencies()
    key = name.casefold()
    known = table.get(key)
    if known is None and "." in key:
        bare = _DOMAIN_SUFFIX.sub("", key)
        if bare != key:
            known = table.get(bare)
    return known


@functools.cache
def _junk() -> regex.Pattern[str]:
    phrases = sorted(load_words("site_junk.txt"), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(p) for p in phrases), regex.IGNORECASE)


@functools.cache
def _junk_lower() -> tuple[str, ...]:
    """The site-junk phrases lower-cased (all ASCII)."""
    return tuple(p.lower() for p in load_words("site_junk.txt"))


# The only non-ASCII characters that match an ASCII letter case-insensitively
# (U+0130, U+017F, U+212A); also the only ones whose lower case holds ASCII.
_FOLDS_TO_ASCII = ("\u0130", "\u017f", "\u212a")


def _is_junk(line: str) -> bool:
    """True when *line* holds a site-junk phrase, in any case (:func:`_junk`).

    Substring tests on the lower-cased line give the same answer, much
    faster: the phrases are ASCII, and no other character lower-cases to (or
    matches) ASCII except the three looked for first.
    """
    if not line.isascii() and any(ch in line for ch in _FOLDS_TO_ASCII):
        return _junk().search(line) is not None
    lower = line.lower()
    return any(map(lower.__contains__, _junk_lower()))


@functools.cache
def _timezones() -> dict[str, datetime.timezone]:
    out = {}
    for row in load_tsv("timezones.tsv"):
        hours, _, minutes = row["offset"].partition(":")
        sign = -1 if hours.startswith("-") else 1
        delta = datetime.timedelta(hours=abs(int(hours)), minutes=int(minutes or 0))
        out[row["abbreviation"].upper()] = datetime.timezone(sign * delta)
    return out


# Words that make a name an outlet even when no table lists it.
_OUTLET_WORD = regex.compile(
    r"\b(?:Times|News|Daily|Post|Agency|Radio|TV|Press|Gazette|Herald|Journal|Tribune"
    r"|Observer|Review|Telegraph|Express|Today|Online|Media|Channel|Television|Wire)\b"
    r"|\.(?:az|kz|uz|ru|com|net|org|news|ge|am|tr|cn|in|pk|ir|kg|tj|tm|by|ua)\b",
    regex.IGNORECASE,
)


# Where a credit splits into names: "UrduPoint News / Sputnik - ...", "NIAT «Khovar»".
_CREDIT_PARTS = regex.compile(r"[ ]?+[/|\"][ ]?+|[ ]-[ ]|,[ ]")


def _pick_agency(credit: str) -> str | None:
    """The agency of a dateline credit; of several (``UrduPoint News / Sputnik``),
    the originating one: the last known agency, else the last outlet-like name."""
    pieces = [p for p in _CREDIT_PARTS.split(credit) if p.strip()]
    known = [k for k in (_known_agency(p.strip(" .")) for p in pieces) if k is not None]
    if known:
        return known[-1]
    outlets = [c for c in (canonical_agency(p) for p in pieces) if c is not None]
    return outlets[-1] if outlets else None


# A credit of one word naming no known agency, but written like an agency's
# brand: an acronym or a capitalised word ("MONTSAME", "BNA", "Kabar").
_CREDIT_WORD = regex.compile(r"\p{Lu}[\p{L}]{1,19}+")


def _credit_word(credit: str) -> str | None:
    """*credit* (a dateline's bracketed or slashed credit) as an agency name, when it
    is one word that is no month or weekday; else None."""
    name = credit.strip(" .")
    if _CREDIT_WORD.fullmatch(name) is None or name.casefold() in _not_credit_words():
        return None
    if lookup_place(name) is not None:
        return None  # "ASTANA (Kazakhstan) -"
    return name


@functools.cache
def _not_credit_words() -> frozenset[str]:
    """Words a bracket after a place may hold that name no agency: months, weekdays."""
    return frozenset(MONTHS) | {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "photo", "photos", "video", "update", "updated", "live", "file", "opinion", "analysis",
    }  # fmt: skip


def canonical_agency(name: str) -> str | None:
    """The agency's canonical name when *name* is a known agency or an outlet, else None."""
    name = name.strip(" .,:;-/()")
    if not name or len(name) > 40:
        return None
    known = _known_agency(name)
    if known is not None:
        return known
    if _OUTLET_WORD.search(name):
        return name
    return None


# --------------------------------------------------------------------------
# Dates in stamp lines and datelines.
# --------------------------------------------------------------------------

# `` date 2025-04-21`` at the very start (leading spaces and blank lines allowed).
_DATE_LINE = regex.compile(r"[ \n]*+date[ ]++(?P<value>[\d-]{4,12}+)")

# A date in a stamp line or dateline; every alternative names its parts.
#   2025-04-21 | 18.04.2024 | 23.09.21 | 10/28/2023 | 17 May 2023 | 05 January, 2026
#   May 17, 2021 | May 18th, 2021 | Nov. 26 | 1 June | 23 july
_DATE = regex.compile(
    rf"""
    (?<![\d.])
    (?:
        (?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?!\d)
      | (?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>\d{{4}}|\d{{2}})(?!\d)
      | (?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{4}})(?!\d)
      | (?P<nd>\d{{1,2}})(?:st|nd|rd|th)?+[ ]++(?P<nm>{_MONTH})(?:,?+[ ]++(?P<ny>\d{{4}}))?+(?!\d)
      | (?P<mm>{_MONTH})[ ]++(?P<md>\d{{1,2}})(?:st|nd|rd|th)?+
        (?:,?+[ ]++(?P<my>\d{{4}}))?+(?![\d:])
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A time of day with an optional zone: 10:30 | 3:12:14 PM | 10:00 IST | 10:30 (UTC+3 MSK)
_TIME = regex.compile(
    r"""
    (?<![\d:])(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?+(?![\d:])
    (?:(?P<iso>[+-]\d{2}:?+\d{2}|Z)(?![\d:]))?+                   # 14:05:00+04:00
    (?:[ ]?+(?P<ampm>[AaPp]\.?[Mm]\.?)(?![\p{L}]))?+
    (?:[ ]?+\(?+(?:(?:UTC|GMT)(?P<off>[+-]\d{1,2}(?::\d{2})?+))?+[ ]?+(?P<tz>[A-Z]{2,5})?+\)?+)?+
    """,
    regex.VERBOSE,
)


@attrs.frozen
class _FoundDate:
    span: Span
    year: int | None
    month: int
    day: int


def _two_digit_year(y: int) -> int:
    return 2000 + y if y < 70 else 1900 + y


def _find_date(folded: str, start: int, end: int) -> _FoundDate | None:
    """The first date in ``folded[start:end]``, or None; never raises."""
    for m in _DATE.finditer(folded, start, end):
        year: int | None
        if m.group("iy"):
            year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        elif m.group("dd"):
            y = int(m.group("dy"))
            year = y if len(m.group("dy")) == 4 else _two_digit_year(y)
            month, day = int(m.group("dm")), int(m.group("dd"))
        elif m.group("sa"):
            a, b = int(m.group("sa")), int(m.group("sb"))
            year = int(m.group("sy"))
            month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
        elif m.group("nd"):
            day = int(m.group("nd"))
            month = MONTHS[m.group("nm").rstrip(".").casefold()]
            year = int(m.group("ny")) if m.group("ny") else None
        else:
            day = int(m.group("md"))
            month = MONTHS[m.group("mm").rstrip(".").casefold()]
            year = int(m.group("my")) if m.group("my") else None
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        return _FoundDate(Span(m.start(), m.end()), year, month, day)
    return None


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _complete(found: _FoundDate, anchor: datetime.date | None) -> datetime.date | None:
    """The full date of *found*; a missing year comes from *anchor* (nearest), never the clock."""
    if found.year is not None:
        return _make_date(found.year, found.month, found.day)
    if anchor is None:
        return None
    candidates = [_make_date(anchor.year + k, found.month, found.day) for k in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    if not valid:
        return None
    return min(valid, key=lambda c: abs((c - anchor).days))


# --------------------------------------------------------------------------
# Lines.
# --------------------------------------------------------------------------


@attrs.frozen
class _Line:
    span: Span  # the trimmed line (trailing table pipes removed)
    text: str  # folded text of the span
    date_line: bool = False  # the rest of the `` date`` line


_WORD = regex.compile(r"[\p{L}\d][\p{L}\p{M}\d'.-]*+")
# The same words on ASCII text, by the standard library's faster engine.
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.-]*+")


def _words(line: str) -> list[str]:
    """``_WORD.findall(line)``; on ASCII text by :data:`_ASCII_WORD`."""
    return _ASCII_WORD.findall(line) if line.isascii() else _WORD.findall(line)


_BYLINE = regex.compile(r"By[ ]++(?P<name>\p{Lu}[^\n]{0,60}+)$")
_SENTENCE_END = frozenset(".,;:!\"'")
_OPENING_QUOTE = regex.compile(r"""["'](?=\p{L}|\d)|- \p{Lu}""")


class _Lines:
    """Non-blank lines from *start*, trimmed of spaces and table pipes, up to *limit*,
    each built when first asked for.

    The header reads the first few lines of most reports; building all
    ``limit`` of them would make objects that are thrown away.
    """

    __slots__ = ("_folded", "_items", "_limit", "_pos", "_start")

    def __init__(self, folded: str, start: int, limit: int) -> None:
        self._folded, self._start, self._limit = folded, start, limit
        self._pos = start
        self._items: list[_Line] = []

    def _more(self) -> bool:
        """Build the next non-blank line; False when there is none (or the limit is met)."""
        folded, items = self._folded, self._items
        pos = self._pos
        while pos < len(folded) and len(items) < self._limit:
            first = pos == self._start  # the first line, blank or not
            nl = folded.find("\n", pos)
            end = len(folded) if nl == -1 else nl
            raw = folded[pos:end]
            trimmed = raw.strip(" |")
            at, pos = pos, end + 1
            if trimmed:
                s = at + len(raw) - len(raw.lstrip(" |"))
                e = s + len(trimmed)
                items.append(_Line(Span(s, e), trimmed, date_line=first and self._start > 0))
                self._pos = pos
                return True
        self._pos = pos
        return False

    def get(self, i: int) -> _Line | None:
        """Line *i* (from 0), or None past the last."""
        while len(self._items) <= i and self._more():
            pass
        return self._items[i] if i < len(self._items) else None

    def __iter__(self) -> Iterator[_Line]:
        items = self._items
        i = 0
        while i < len(items) or self._more():  # (_more adds one line when it can)
            yield items[i]
            i += 1


def _last_lines(folded: str, start: int, n: int) -> list[_Line]:
    """The last *n* lines of ``_Lines(folded, start, limit)`` with no limit.

    Read from the end of the text, so the lines before them are never built.
    """
    out: list[_Line] = []
    end = len(folded)
    while len(out) < n:
        nl = folded.rfind("\n", start, end)
        pos = nl + 1 if nl >= 0 else start
        raw = folded[pos:end]
        trimmed = raw.strip(" |")
        if trimmed:
            s = pos + len(raw) - len(raw.lstrip(" |"))
            e = s + len(trimmed)
            out.append(_Line(Span(s, e), trimmed, date_line=pos == start and start > 0))
        if nl < 0:
            break
        end = nl
    out.reverse()
    return out


# A stamp line has at most 4 words that are not all digits once its date and
# time are blanked out; blanking a date or a time takes out at most 8 such
# words (those it overlaps: month, ordinal, AM/PM, UTC, zone, and words glued
# to its edges), and what remains of a word cut by it still counts.  So a
# line with this many such words is no stamp, whatever its dates.
_NO_STAMP_WORDS = 16


# Any ASCII digit (on ASCII text, where it is the only kind of digit).
_ASCII_DIGIT = re.compile(r"[0-9]")


def _is_stamp(line: str, words: list[str]) -> tuple[_FoundDate | None, bool]:
    """Whether *line* (whose words are *words*) is a stamp line: its date (if
    any) and True when it is one.  The date is only looked for when the line
    could be a stamp (the date of a line that is not one is never used)."""
    if len(words) - sum(map(str.isdigit, words)) >= _NO_STAMP_WORDS:
        return None, False
    if line.isascii() and _ASCII_DIGIT.search(line) is None:
        return None, False  # a date and a time both need a digit
    date = _find_date(line, 0, len(line))
    time = _TIME.search(line)
    if date is None and time is None:
        return None, False
    rest = line
    for span in ([(date.span.start, date.span.end)] if date else []) + (
        [(time.start(), time.end())] if time else []
    ):
        rest = rest[: span[0]] + " " * (span[1] - span[0]) + rest[span[1] :]
    words = [w for w in _words(rest) if not w.isdigit()]
    return date, len(words) <= 4


def _is_prose(line: str, found: list[str]) -> bool:
    """True for a line of running text; *found* are its words (:data:`_WORD`)."""
    words = len(found)
    if _OPENING_QUOTE.match(line) and words >= 3:
        # Quoted speech opening a paragraph; a quote-led line of a few words that
        # does not end like a sentence is a headline ("“...”: Aliyev receives ...").
        return words > 25 or line[-1] in _SENTENCE_END or line[:1] == "-"
    if words >= 45:
        return True
    return words >= 6 and line.endswith((".", ":", '."', ".'", ";", ","))


@functools.cache
def _headline_verbs() -> frozenset[str]:
    return frozenset(load_words("headline_verbs.txt"))


def _has_headline_verb(words: list[str]) -> bool:
    """True when a lower-case word of a line (*words*) is a verb as headlines use them."""
    verbs = _headline_verbs()
    return any(w in verbs for w in words if w.islower())


def _is_title(line: str, words: list[str], clean: bool = False) -> bool:
    """Whether *line* (whose words are *words*) may be a title; *clean* when it is
    known to hold no site junk (:func:`_is_junk` is then not asked again)."""
    if not 4 <= len(words) <= 60 or len(line) > 400:
        return False
    if line.endswith((".", ",", ";")) or "|" in line:
        return False
    if line.isupper() and len(words) <= 4:
        return False
    return clean or not _is_junk(line)


# --------------------------------------------------------------------------
# The dateline.
# --------------------------------------------------------------------------

# A place: up to four capitalised words (any script); "XI'AN", "New Delhi", "БАКУ".
_PLACE = regex.compile(r"\p{Lu}[\p{L}'-]*+(?:[ ]\p{Lu}[\p{L}'-]*+){0,3}")

# A word of a credit after a comma: "AZERTAC", "Kazinform", "UzDaily.uz" (a full
# stop only between letters: "Kazinform. The" is the name and a separator).
_CNAME = r"\p{Lu}\p{L}*+(?:[.]\p{L}++)*+"

# What may follow the place in a dateline (each part optional, in this order).
_TAIL = regex.compile(
    rf"""
    (?:,[ ]?+(?!(?i:{_MONTH})[ ]?\d)
        (?P<region>\p{{Lu}}[\p{{L}}.]*+(?:[ ]\p{{Lu}}[\p{{L}}.]*+){{0,2}})(?=[,.( ]|$))?+
    (?:[ ]?+[,.][ ]?+
        (?P<date>(?i:{_MONTH})[ ]\d{{1,2}}(?:st|nd|rd|th)?+(?:,?[ ]\d{{4}})?+
               |\d{{1,2}}(?:st|nd|rd|th)?+[ ](?i:{_MONTH})(?:,?[ ]\d{{4}})?+
               |\d{{1,2}}(?P<dsep>[./])\d{{1,2}}(?P=dsep)\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})
        (?![\d.:]\d))?+
    (?:/(?P<sdate>\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})/(?P<tagency>[\p{{L}}.]{{2,30}}+(?=:))?+)?+
    (?:
        [ ]?+\((?P<pagency>[^()\n]{{1,80}}+)\)
      | [ ]?+[.,]?+[ ]?+/(?P<sagency>[^/\n]{{1,30}}+)/
      | [ ]?+[,.]?+[ ]?+(?P<cagency>{_CNAME}(?:[ ]{_CNAME})?)(?=[ ]?+[-:/.]|[ ]?+$)
      | ,[ ](?P<bagency>{_CNAME})(?=[ ]\p{{Lu}})
      | [ ]?+-[ ]?+(?P<dagency>\p{{Lu}}\p{{L}}*+(?:[ ]\p{{Lu}}\p{{L}}*+)?+)(?:\.|[ ]?+$)
    )?+
    (?P<sep>[ ]?+(?:--?+|:|\.|/))?+
    """,
    regex.VERBOSE,
)


_LEADING_CREDIT = regex.compile(r"\([^()\n]{1,60}+\)[ ]++")
_HAS_CYRILLIC = regex.compile(r"\p{Cyrillic}")


@functools.cache
def _cyrillic_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for row in load_tsv("translit_cyrillic.tsv"):
        lower, latin = row["cyrillic"], row["latin"]
        table[ord(lower)] = latin
        table[ord(lower.upper())] = latin.capitalize()
    return table


def _romanise(word: str) -> str:
    """A Latin spelling of a Cyrillic word (``БАКУ`` -> ``BAKU``), for gazetteer look-ups."""
    return word.translate(_cyrillic_table())


def _dateline_at(
    text: str, folded: str, line: _Line, anchor: datetime.date | None
) -> tuple[Dateline, list[Diagnostic]] | None:
    """A dateline at the start of *line*, with the diagnostics it raised, or None."""
    start = line.span.start
    line_end = line.span.end
    # "(MENAFN- Trend News Agency) BAKU, Azerbaijan, ...": look past a leading credit.
    credit = _LEADING_CREDIT.match(folded, start, line_end)
    if credit is not None:
        start = credit.end()
    m = _PLACE.match(folded, start, line_end)
    if m is None:
        return None
    words = m.group().split(" ")
    place: Place | None = None
    place_end = start
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        found = lookup_place(candidate)
        if found is not None:
            place = found
            place_end = start + len(candidate)
            break
    if place is None and not words[0].isascii() and _HAS_CYRILLIC.search(words[0]):
        place = lookup_place(_romanise(words[0]))
        place_end = start + len(words[0])
    if place is None:
        # An unknown place must look like a dateline: one capitalised word
        # followed by a date, a bracketed agency or a dash or colon.
        caps = 0
        while caps < len(words) and words[caps].isupper():
            caps += 1
        if caps == 0 or len(words[0]) < 3:
            return None
        place_end = start + len(" ".join(words[:caps]))
    if place_end < line_end and folded[place_end] == "'":  # "Georgia's foreign policy"
        return None
    tail = _TAIL.match(folded, place_end, line_end)
    assert tail is not None  # every part is optional
    parts = {k: v for k, v in tail.groupdict().items() if v}
    resume = tail.end()
    rest_blank = folded[resume:line_end].strip() == ""
    agency_text = next(
        (
            parts[k]
            for k in ("pagency", "sagency", "tagency", "cagency", "dagency", "bagency")
            if k in parts
        ),
        None,
    )
    agency = _pick_agency(agency_text) if agency_text else None
    if agency is None and agency_text is not None and ("pagency" in parts or "sagency" in parts):
        agency = _credit_word(agency_text)  # "(MONTSAME)", "/BNA/": a credit's lone name
    if agency is None and parts.get("region") and canonical_agency(parts["region"]):
        agency = canonical_agency(parts["region"])  # "Tehran, IRNA --"
        del parts["region"]
    if agency_text and agency is None and "pagency" not in parts:
        # ", Azerbaijani President" is prose, not an agency: stop before it.
        return None
    strong = bool(
        parts.get("date")
        or parts.get("sdate")
        or agency_text
        or parts.get("sep", "").strip() in ("-", "--", ":", "/")
    )
    on_own_line = tail.end() == place_end and folded[place_end:line_end].strip() == ""
    if "region" in parts and not strong and not rest_blank and parts.get("sep", "").strip() != ".":
        return None
    if not (strong or on_own_line or ("region" in parts and (rest_blank or "sep" in parts))):
        return None
    if place is None and not (
        parts.get("date")
        or parts.get("sdate")
        or parts.get("pagency")
        or parts.get("sagency")
        or parts.get("sep", "").strip() in ("-", "--", ":")
    ):
        return None
    diagnostics: list[Diagnostic] = []
    span = Span(start, resume if resume > place_end else place_end)
    # Trim a trailing space of the separator from the span.
    while span.end > span.start and folded[span.end - 1] == " ":
        span = Span(span.start, span.end - 1)
    if place is None:
        raw = text[start:place_end]
        diagnostics.append(
            Diagnostic(
                "header.dateline.unknown_place",
                f"dateline place {raw!r} is not in the gazetteer",
                Span(start, place_end),
                Severity.WARNING,
            )
        )
    elif place.name != "":
        place = attrs.evolve(place, span=Span(start, place_end))
    if "region" in parts and place is not None:
        region_place = lookup_place(parts["region"])
        if region_place is not None and region_place.country and place.country is None:
            place = attrs.evolve(place, country=region_place.country)
    date: datetime.date | None = None
    # "(UrduPoint News / Sputnik - 04th March, 2026)": a date inside the credit.
    raw_date = parts.get("date") or parts.get("sdate") or parts.get("pagency")
    if raw_date:
        found_date = _find_date(raw_date, 0, len(raw_date))
        if found_date is not None:
            date = _complete(found_date, anchor)
    dateline = Dateline(
        span=span,
        text=text[span.start : span.end],
        place=place,
        date=date,
        agency=agency,
    )
    return dateline, diagnostics


# A place in capitals inside a line, before a comma, a bracket or a slash: where
# a headline and the dateline were run together ("... hold talks ASTANA, 3 March").
_INNER_PLACE = regex.compile(r"(?<=[ ])\p{Lu}{3,}+(?:[ -]\p{Lu}{2,}+){0,2}+(?=,|[ ][(/])")


def _inner_dateline(
    text: str, folded: str, line: _Line, anchor: datetime.date | None
) -> tuple[_Line, Dateline, list[Diagnostic]] | None:
    """A headline and a dateline on one line: the headline, the dateline, its diagnostics.

    The dateline must name a known place and give a date or an agency, and what
    stands before it must read as a title.
    """
    # A headline is short: the dateline stands in the line's first 300 characters.
    for m in _INNER_PLACE.finditer(
        folded, line.span.start, min(line.span.end, line.span.start + 300)
    ):
        rest = _Line(Span(m.start(), line.span.end), folded[m.start() : line.span.end])
        found = _dateline_at(text, folded, rest, anchor)
        if found is None:
            continue
        dateline, more = found
        if dateline.place is None or (dateline.date is None and dateline.agency is None):
            continue
        head_end = m.start()
        while head_end > line.span.start and folded[head_end - 1] in " -|":
            head_end -= 1
        head = _Line(Span(line.span.start, head_end), folded[line.span.start : head_end])
        if not _is_title(head.text, _words(head.text)):
            return None
        return head, dateline, more
    return None


# --------------------------------------------------------------------------
# Agency credits.
# --------------------------------------------------------------------------

_NAME = r"\p{Lu}[\p{L}\d.'-]*+(?:[ ]\p{Lu}[\p{L}\d.'-]*+){0,3}"


# Each credit pattern below (but :data:`_REPORTED`) is compiled on first use,
# and only looked for where one of its marks stands: every match holds one
# of them (the patterns are case-sensitive), so where none is present the
# pattern (a scan of the whole lead, body or tail) cannot match.


@functools.cache
def _distributor() -> regex.Pattern[str]:
    """A distributor's credit: (MENAFN- Trend News Agency), (UrduPoint News / Sputnik - ...)."""
    return regex.compile(
        rf"\((?:MENAFN|UrduPoint News)[ ]?+[-/][ ]?+(?:[^()\n/]{{0,40}}/[ ]?+)?+(?P<name>{_NAME})"
    )


_DISTRIBUTOR_MARKS = ("(MENAFN", "(UrduPoint News")


@functools.cache
def _credit() -> regex.Pattern[str]:
    """A lead credit: "Trend reports", "Report informs citing AZERTAC", "Kazinform cites the
    Akorda press service"."""
    return regex.compile(
        rf"(?:^|[,.;][ ]|\n)(?:the[ ])?+(?P<name>{_NAME})[ ](?:reports|informs|cites|citing)\b"
        rf"|This[ ]is[ ]reported[ ]by[ ](?P<name2>{_NAME})"
    )


_CREDIT_MARKS = (" reports", " informs", " cites", " citing", "This is reported by ")
# "Xinhua reported", "the Radio Pakistan reported"
_REPORTED = regex.compile(rf"(?:the[ ])?+(?P<name>{_NAME})[ ](?:reported|said|informed)\b")
_REPORTED_MARKS = (" reported", " said", " informed")
# A source speaking to the agency itself: "the ambassador told Report.", "X told
# Trend that ...", "X told APA in an interview".  Only a known agency counts.
_TOLD = regex.compile(
    rf"\btold[ ](?P<name>{_NAME})(?:(?<=[.])(?=\s|$)|(?=[ ]?+[.,;]|[ ](?:that|in[ ]an)\b))"
)
# "Islam Times - Hours after ..."   "Global Times: Xi meets ..."
_PREFIX = regex.compile(rf"(?P<name>{_NAME})[ ]?+(?:-|:)[ ]")
# "Trend:" alone on a line; "EL.KZ" alone; "-DNA"; "-Azer News"
_ALONE = regex.compile(rf"[-]{{0,2}}+[ ]?+(?P<name>{_NAME})[ ]?+:?+")


@functools.cache
def _copyright() -> regex.Pattern[str]:
    """A copyright credit: "© 2024 PTI", "(c) Xinhua", "Copyright Trend"."""
    return regex.compile(
        rf"(?:©|\(c\)|Copyright)[ ]?+(?:Copyright[ ])?+(?:\d{{4}}[ ])?+(?P<name>{_NAME})"
    )


_COPYRIGHT_MARKS = ("©", "(c)", "Copyright")


@functools.cache
def _end_dash() -> regex.Pattern[str]:
    """An agency closing a line: "... -DNA", "... -- Azer News", "... (Xinhua)"."""
    return regex.compile(rf"[ ]-{{1,2}}[ ]?+(?P<name>{_NAME})[ ]?+$|\((?P<name2>{_NAME})\)$")


_END_DASH_MARKS = (" -", "(")


def _holds(folded: str, start: int, end: int, marks: tuple[str, ...]) -> bool:
    """Whether one of *marks* stands in ``folded[start:end]``."""
    return any(folded.find(mark, start, end) >= 0 for mark in marks)


def _agency_from(
    pattern: regex.Pattern[str], folded: str, start: int, end: int, strict: bool
) -> tuple[str, Span] | None:
    for m in pattern.finditer(folded, start, end):
        group = "name" if m.group("name") else "name2"
        raw = m.group(group)
        # Trim a name to the longest prefix that is an agency ("Trend News Agency" -> "Trend").
        words = raw.split(" ")
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n])
            canon = _known_agency(candidate.strip(" .,:;-"))
            if canon is None and not strict:
                canon = canonical_agency(candidate)
            if canon is not None:
                s = m.start(group)
                return canon, Span(s, s + len(candidate))
        if not strict and pattern is _credit():
            s = m.start(group)
            return raw, Span(s, s + len(raw))
    return None


def _tail_start(folded: str, start: int, end: int, budget: int) -> int:
    """Where the last *budget* characters of ``folded[start:end]`` begin, line breaks not counted.

    So a report reads the same end credits whether its lines end in LF or
    CRLF (folded to two line breaks): only the characters of the lines count.
    """
    pos = end
    while pos > start:
        brk = folded.rfind("\n", start, pos)
        line_start = brk + 1 if brk >= 0 else start
        if pos - line_start >= budget:
            return pos - budget
        budget -= pos - line_start
        if brk < 0:
            return start
        pos = brk
    return start


def _lead_end(folded: str, start: int, end: int, budget: int) -> int:
    """Where the first *budget* characters of ``folded[start:end]`` end, line breaks not counted.

    The twin of :func:`_tail_start` for the lead.
    """
    pos = start
    while pos < end:
        brk = folded.find("\n", pos, end)
        line_end = brk if brk >= 0 else end
        if line_end - pos >= budget:
            return pos + budget
        budget -= line_end - pos
        if brk < 0:
            return end
        pos = brk + 1
    return end


def _find_agency(
    folded: str, lines: _Lines, body: Span, title: _Line | None, dateline_line: int | None
) -> tuple[str, Span] | None:
    """The agency credited by the report, per the preference order in the module docstring."""
    lead_end = _lead_end(folded, body.start, body.end, 1500)
    hit = None
    if _holds(folded, 0, len(folded), _DISTRIBUTOR_MARKS):
        hit = _agency_from(_distributor(), folded, 0, len(folded), strict=False)
    if hit:
        return hit
    # Outlet prefix of the title or the first body line.
    first_body = next((ln for ln in lines if ln.span.start >= body.start), None)
    for line in ([title] if title else []) + ([first_body] if first_body else []):
        m = _PREFIX.match(folded, line.span.start, line.span.end)
        if m:
            canon = canonical_agency(m.group("name"))
            if canon:
                return canon, Span(m.start("name"), m.end("name"))
    if _holds(folded, body.start, lead_end, _CREDIT_MARKS):
        hit = _agency_from(_credit(), folded, body.start, lead_end, strict=False)
    if hit:
        return hit
    for line in lines:
        if line.span.start >= body.start:
            break
        m = _BYLINE.match(line.text)
        if m:
            canon = canonical_agency(m.group("name"))
            if canon:
                return canon, Span(line.span.start + 3, line.span.end)
    # "Trend:" on the line after the dateline.
    after_dateline = lines.get(dateline_line + 1) if dateline_line is not None else None
    if after_dateline is not None:
        line = after_dateline
        m = _ALONE.fullmatch(line.text)
        if m and line.text.endswith(":"):
            canon = canonical_agency(m.group("name"))
            if canon:
                return canon, Span(
                    line.span.start + m.start("name"), line.span.start + m.end("name")
                )
    # End credits in the last lines.
    tail_start = _tail_start(folded, body.start, body.end, 600)
    if _holds(folded, tail_start, body.end, _COPYRIGHT_MARKS):
        hit = _agency_from(_copyright(), folded, tail_start, body.end, strict=True)
    if hit:
        return hit
    last_lines = _last_lines(folded, tail_start, 4)
    for line in reversed(last_lines):
        m = _ALONE.fullmatch(line.text)
        known = _known_agency(m.group("name")) if m else None
        if m and known:
            s = line.span.start + m.start("name")
            return known, Span(s, s + len(m.group("name")))
        m2 = (
            _end_dash().search(line.text)
            if _holds(line.text, 0, len(line.text), _END_DASH_MARKS)
            else None
        )
        if m2:
            name = m2.group("name") or m2.group("name2")
            canon = _known_agency(name)
            if canon:
                s = line.span.start + (m2.start("name") if m2.group("name") else m2.start("name2"))
                return canon, Span(s, s + len(name))
    if _holds(folded, body.start, body.end, _REPORTED_MARKS):
        hit = _agency_from(_REPORTED, folded, body.start, body.end, strict=False)
    if hit:
        return hit
    if folded.find(" told ", body.start, body.end) >= 0:
        hit = _agency_from(_TOLD, folded, body.start, body.end, strict=True)
    if hit:
        return hit
    # A closing line that opens with a known agency's name
    # ("Anadolu Agency website contains only a portion of ...").
    for line in reversed(last_lines[-3:]):
        words = line.text.split(" ")[:3]
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).strip(" .,:;")
            canon = _known_agency(name)
            if canon is not None:
                return canon, Span(line.span.start, line.span.start + len(name))
    return None


# --------------------------------------------------------------------------
# The header as a whole.
# --------------------------------------------------------------------------

_HEADER_LINES = 14  # how many non-blank lines may precede the body


def parse_header(text: str, folded: str) -> Header:
    """Read the header of a report; never raises on any text."""
    diagnostics: list[Diagnostic] = []
    date: datetime.date | None = None
    date_span: Span | None = None
    start = 0
    m = _DATE_LINE.match(folded)
    if m is not None:
        date_span = Span(m.start("value"), m.end("value"))
        start = m.end()
        date = _header_date(m.group("value"), date_span, diagnostics)

    lines = _Lines(folded, start, _HEADER_LINES + 8)
    title: _Line | None = None
    stamp_date: datetime.date | None = None
    stamp_line: _Line | None = None
    body_index: int | None = None
    dateline: Dateline | None = None
    dateline_index: int | None = None
    body_from: int | None = None  # where the body starts inside its first line
    for i, line in enumerate(itertools.islice(lines, _HEADER_LINES)):
        words: list[str] | None = None  # the line's words, found once when needed
        junk = _is_junk(line.text)
        if junk:
            words = _words(line.text)
            if not _is_prose(line.text, words):
                continue
        found = _dateline_at(text, folded, line, date)
        if found is not None:
            dateline, more = found
            diagnostics.extend(more)
            body_index = dateline_index = i
            break
        if words is None:
            words = _words(line.text)
        stamp, is_stamp = _is_stamp(line.text, words)
        if is_stamp:
            if stamp_line is None:
                stamp_line = line
                if stamp is not None and stamp.year is not None:
                    stamp_date = _make_date(stamp.year, stamp.month, stamp.day)
            continue
        if _is_prose(line.text, words):
            body_index = i
            if title is None:
                inner = _inner_dateline(text, folded, line, date)
                if inner is not None:
                    title, dateline, more = inner
                    diagnostics.extend(more)
                    dateline_index = i
                    body_from = dateline.span.start
            break
        if _BYLINE.match(line.text):
            continue
        # The rest of the date line is a title only when it reads like a
        # headline (it has a verb); otherwise it is a caption or junk.
        if (
            title is None
            and _is_title(line.text, words, clean=not junk)
            and (not line.date_line or _has_headline_verb(words) or line.text.endswith("?"))
        ):
            title = line
    if body_index is None:
        # No prose line in the header window: the body starts after the title, or at once.
        after = [
            i for i, ln in enumerate(lines) if title is None or ln.span.start > title.span.start
        ]
        body_index = after[0] if after else None
    if body_index is not None and dateline is None:
        # A dateline may open the second or third paragraph ("Summary ..." lines before it).
        for j in range(body_index + 1, body_index + 3):
            nxt = lines.get(j)
            if nxt is None:
                break
            found = _dateline_at(text, folded, nxt, date)
            if found is not None and found[0].place is not None:
                dateline, more = found
                diagnostics.extend(more)
                dateline_index = j
                break

    body_line = lines.get(body_index) if body_index is not None else None
    body_start = body_line.span.start if body_line is not None else len(text)
    if body_from is not None:
        body_start = body_from
    body_end = len(folded.rstrip(" \n"))
    body = Span(min(body_start, body_end), body_end)

    if date is None and stamp_date is not None:
        date = stamp_date
    if date is None and dateline is not None and dateline.date is not None:
        raw = dateline.text
        if regex.search(r"\d{4}|/\d{1,2}\.\d{1,2}\.\d{2}/", raw):
            date = dateline.date
    if (
        dateline is not None
        and date is not None
        and dateline.date is not None
        and dateline.date != date
    ):
        diagnostics.append(
            Diagnostic(
                "header.dateline.date_mismatch",
                f"the dateline says {dateline.date.isoformat()} but the article is dated "
                f"{date.isoformat()}",
                dateline.span,
                Severity.WARNING,
            )
        )
    published = _published(folded, stamp_line, lines, date, diagnostics)

    agency_hit: tuple[str, Span] | None = None
    if dateline is not None and dateline.agency is not None:
        agency_hit = (dateline.agency, dateline.span)
    if agency_hit is None:
        agency_hit = _find_agency(folded, lines, body, title, dateline_index)
    if dateline is None:
        diagnostics.append(
            Diagnostic("header.dateline.missing", "no dateline found", None, Severity.INFO)
        )
    title_text = text[title.span.start : title.span.end] if title is not None else None
    return Header(
        body=body,
        date=date,
        published=published,
        date_header=date_span,
        title=" ".join(title_text.split()) if title_text else None,
        title_span=title.span if title is not None else None,
        dateline=dateline,
        agency=agency_hit[0] if agency_hit else None,
        agency_span=agency_hit[1] if agency_hit else None,
        diagnostics=tuple(diagnostics),
    )


def _header_date(value: str, span: Span, diagnostics: list[Diagnostic]) -> datetime.date | None:
    parts = value.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        try:
            return datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            pass
        diagnostics.append(
            Diagnostic(
                "header.date.invalid",
                f"the date header {value!r} is not a valid calendar date (YYYY-MM-DD)",
                span,
                Severity.ERROR,
            )
        )
        return None
    if 1 <= len(parts) <= 2 and all(p.isdigit() for p in parts):
        diagnostics.append(
            Diagnostic(
                "header.date.partial",
                f"the date header {value!r} has no day; the article date is left unset",
                span,
                Severity.WARNING,
            )
        )
        return None
    diagnostics.append(
        Diagnostic(
            "header.date.invalid",
            f"the date header {value!r} is not a YYYY-MM-DD date",
            span,
            Severity.ERROR,
        )
    )
    return None


def _published(
    folded: str,
    stamp: _Line | None,
    lines: _Lines,
    date: datetime.date | None,
    diagnostics: list[Diagnostic],
) -> datetime.datetime | None:
    """The publication time from the stamp line, on the article's date, with its UTC offset."""
    if stamp is None:
        return None
    m = _TIME.search(stamp.text)
    found = _find_date(stamp.text, 0, len(stamp.text))
    day = date
    if found is not None:
        own = _complete(found, date)
        if own is not None and date is not None and own != date:
            diagnostics.append(
                Diagnostic(
                    "header.stamp.date_mismatch",
                    f"a stamp line says {own.isoformat()} but the article is dated "
                    f"{date.isoformat()}",
                    stamp.span,
                    Severity.INFO,
                )
            )
            return None
        day = own or date
    if m is None or day is None:
        return None
    hour, minute = int(m.group("h")), int(m.group("m"))
    second = int(m.group("s") or 0)
    ampm = (m.group("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        return None
    tz: datetime.tzinfo | None = None
    iso = m.group("iso")
    if iso == "Z":
        tz = datetime.timezone.utc
    elif iso:
        digits = iso[1:].replace(":", "")
        sign = -1 if iso.startswith("-") else 1
        tz = datetime.timezone(
            sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        )
    elif m.group("off"):
        hours, _, minutes = m.group("off").partition(":")
        sign = -1 if hours.startswith("-") else 1
        tz = datetime.timezone(
            sign * datetime.timedelta(hours=abs(int(hours)), minutes=int(minutes or 0))
        )
    elif m.group("tz"):
        tz = _timezones().get(m.group("tz"))
    return datetime.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)
