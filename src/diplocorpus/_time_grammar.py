"""The grammar of time expressions: one compiled alternation of named rules.

Every rule is a named group of a single pattern that :func:`scanner` builds
(from the month, weekday, number and holiday tables in ``data/``);
:func:`find_all` finds its matches in the folded text, trying at each place
only the rules that can begin there, each compiled alone on first use (a
process compiles only what its texts need).  At each position the rules are
tried in the order listed, so
the longer forms come first (``Monday, April 22, 2024`` before ``Monday``,
``May 1-4`` before ``May 1``).  Rules only *find*; which matches are kept
(``May`` the month, not the verb) and what they mean is decided by the
resolver.

Grammar (``?`` optional, ``|`` alternatives; WD = weekday, MON = month)::

    iso       = YYYY "-" MM "-" DD                       2022-07-27
    dotted    = D "." M "." (YYYY | YY)                  18.04.2024  23.09.21
    slashed   = M "/" D "/" (YYYY | YY)                  10/28/2023
    dm_range  = (WD ",")? D ("-" | "to" | "and") D "of"? MON ("," YYYY)?
                                                         19-21 November
    md_range  = (WD ",")? MON D ("-" | "to" | "and") D ("," YYYY)?
                                                         May 1-4, 2024
    mdy       = (WD ",")? MON D ("," YYYY)?              Tue. May 18th, 2021
    dmy       = (WD ",")? "the"? D "of"? MON ("," YYYY)? 17 May 2023  1 June
    my        = MON "of"? YYYY                           July 1997
    m_rel     = MON ("this" | "last" | "next") "year"    June last year
    rel_month = ("this" | "last" | "next") MON           last February
    weekend   = "the weekend"                            over the weekend
    yr_range  = YYYY "-" (YYYY | YY)                     2019-2021
    decade    = "the"? YYY0 "s" | "the" "'"? Y0 "s"       the 1990s  the '90s
    century   = "the"? ORDINAL "century"                 the 21st century
    quarter   = "the"? ORD ("quarter" | "half") ("of" YEAR)?  the first half of 2024
    qcode     = ("Q1".."Q4" | "H1" | "H2") YYYY?         Q3 2024
    season    = REL? SEASON ("of"? YYYY)?                last summer  summer 2024
    holiday   = NAME YYYY?                               Labor Day
    ago       = N? UNIT ("ago" | "earlier" | "from now")  six months ago  years ago
    the_unit  = "the"? ("end" | ...) "of the" UNIT       the end of the year
    rel_unit  = "the"? REL UNIT                          last year  this week
    in_unit   = ("earlier" | "later") ("this" | "in the") UNIT
                                                         earlier this month
    weekday   = REL? WD PART_OF_DAY?                     on Monday  last Friday
    part_of_day = ("this" | "last" | "yesterday" | "tomorrow") PART | "tonight"
                                                         this morning  (a TIME)
    deictic   = "yesterday" | "today" | "tomorrow" | ... today
    ref       = "now" | "currently" | "recently" | "the future" | ...
    month     = MON                                      in April
    year      = "fiscal"? YYYY                           in 2024
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

import regex

from diplocorpus._data import load_tsv, load_words

__all__ = [
    "MODIFIER",
    "count_nouns",
    "find_all",
    "holidays",
    "months",
    "not_year_before",
    "number_words",
    "scanner",
    "weekdays",
]


@functools.cache
def months() -> dict[str, int]:
    """Month name or abbreviation (lower case) -> month number."""
    return {row["name"]: int(row["month"]) for row in load_tsv("time_months.tsv")}


@functools.cache
def full_months() -> frozenset[str]:
    """The month names that may stand alone."""
    return frozenset(r["name"] for r in load_tsv("time_months.tsv") if r["kind"] == "full")


@functools.cache
def full_weekdays() -> frozenset[str]:
    """The weekday names written out in full (lower case)."""
    return frozenset(r["name"] for r in load_tsv("time_weekdays.tsv") if r["kind"] == "full")


@functools.cache
def weekdays() -> dict[str, int]:
    """Weekday name or abbreviation (lower case) -> ``date.weekday()`` number."""
    return {row["name"]: int(row["weekday"]) for row in load_tsv("time_weekdays.tsv")}


@functools.cache
def number_words() -> dict[str, int]:
    """Number word (lower case) -> value."""
    return {row["word"]: int(row["value"]) for row in load_tsv("time_numbers.tsv")}


@functools.cache
def holidays() -> dict[str, tuple[int, int, int | None, int | None]]:
    """Holiday name (lower case) -> (month, day, weekday, nth); see time_holidays.tsv."""
    out: dict[str, tuple[int, int, int | None, int | None]] = {}
    for row in load_tsv("time_holidays.tsv"):
        weekday = int(row["weekday"]) if row["weekday"] else None
        nth = int(row["nth"]) if row["nth"] else None
        out[row["name"].lower()] = (int(row["month"]), int(row["day"]), weekday, nth)
    return out


@functools.cache
def count_nouns() -> frozenset[str]:
    """Words after a number that make it a count, not a year."""
    return frozenset(w.lower() for w in load_words("time_count_nouns.txt"))


@functools.cache
def not_year_before() -> frozenset[str]:
    """Words before a number that make it a number or a name, not a year."""
    return frozenset(w.lower() for w in load_words("time_not_year_before.txt"))


def _alternation(words: list[str]) -> str:
    """A regex alternation of *words*, longest first, so that ``sept`` wins over ``sep``."""
    return "|".join(
        regex.escape(w).replace(r"\ ", r"[ ]++") for w in sorted(words, key=len, reverse=True)
    )


# A modifier just before a year, month or relative unit, matched on the text
# before the expression, anchored at its end:  "mid-" 2023, "late " March,
# "the end of " the year, "early " next year.
MODIFIER = regex.compile(
    r"""
    (?:
        (?:the[ ]++)?(?P<mod>early|mid|late)[ ]?-?[ ]?
      | (?:the[ ]++)?(?P<mod>beginning|start|end|middle)[ ]++of[ ]++
    )$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


@functools.cache
def scanner() -> regex.Pattern[str]:
    """The single compiled alternation of every rule (see the module docstring)."""
    # No letter or digit before any expression: "G20", "MSC2024", "know" are not times.
    return regex.compile(rf"(?<![\p{{L}}\d_])(?:{'|'.join(_rules())})", regex.IGNORECASE)


@functools.cache
def rule_names() -> tuple[str, ...]:
    """The rules' names, in the order they are tried."""
    # each rule opens with its named group: "(?P<iso>..."
    return tuple(r[4 : r.index(">")] for r in _rules())


# The rules to try at a place, in order: (name, compiled rule) pairs.
Rules = tuple[tuple[str, regex.Pattern[str]], ...]


@functools.cache
def _rule(index: int) -> regex.Pattern[str]:
    """Rule *index* alone, compiled on first use.

    Trying a word's rules one by one finds what their alternation finds
    (the first rule that matches, as it matches alone; nothing follows the
    alternation), and a rule is compiled once for all the words it may
    begin with, not again in each word's alternation.
    """
    return regex.compile(_rules()[index], regex.IGNORECASE)


def _rules_at(indices: tuple[int, ...]) -> Rules:
    names = rule_names()
    return tuple((names[i], _rule(i)) for i in indices)


_REL = "this last next past previous coming following current same that"
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_UNITS = (
    "day days week weeks fortnight fortnights month months year years decade decades century "
    "centuries"
)


@functools.cache
def _openers() -> tuple[frozenset[str], ...]:
    """For each rule of :func:`_rules`, the words it can open with, and all their prefixes.

    Read off the rules by hand (tests check it against partial matches of
    the compiled rules): a table of words is far cheaper to build than the
    compiled rules a partial match needs.
    """
    wdays = list(weekdays())
    ordinals = _ORDINALS.split()
    words: dict[str, list[str]] = {
        "dm_range": wdays,
        "md_range": [*months(), *wdays],
        "mdy": [*months(), *wdays],
        "dmy": [*wdays, "the"],
        "my": list(months()),
        "m_rel": list(full_months()),
        "rel_month": ["this", "last", "next", "past", "coming"],
        "weekend": ["the"],
        "decade": ["the"],
        "century": ["the", "twenty", *ordinals],
        "quarter": ["the", "fiscal", "final", "last", *ordinals[:4]],
        "qcode": ["q", "h"],
        "season": [*_REL.split(), *_SEASONS.split("|")],
        "holiday": list(holidays()),
        "ago": [*number_words(), "several", "some", "many", "few", *_UNITS.split()],
        "the_unit": ["the", "end", "beginning", "start", "middle"],
        "in_unit": ["earlier", "later"],
        "rel_unit": ["the", *_REL.split()],
        "part_of_day": ["this", "last", "yesterday", "tomorrow", "tonight", "overnight"],
        "deictic": ["the", "yesterday", "today", "tomorrow"],
        "weekday": ["last", "next", "this", "coming", "past", *full_weekdays()],
        "ref": [
            "now",
            "currently",
            "at",
            "presently",
            "nowadays",
            "these",
            "recently",
            "lately",
            "recent",
            "the",
            "soon",
            "coming",
        ],
        "month": list(full_months()),
        "year_": ["fiscal", "fy"],
    }
    return tuple(
        frozenset(w[:k] for w in words.get(name, ()) for k in range(1, len(w) + 1))
        for name in rule_names()
    )


@functools.cache
def _rules_for(word: str) -> tuple[int, ...]:
    """The indices of the rules that can begin with *word* (lower case).

    A rule can begin with a word when the word is a prefix of one it opens
    with (``may`` of ``May 5, 2024``, ``dec`` of ``decades ago``).
    """
    return tuple(i for i, prefixes in enumerate(_openers()) if word in prefixes)


@functools.cache
def _scanner_for(word: str) -> Rules:
    """The rules that can begin with *word* (lower case), in order; compiled on first use.

    A process pays only for the rules its texts' words may begin.
    """
    return _rules_at(_rules_for(word))


@functools.cache
def _rules() -> tuple[str, ...]:
    """The rules as regex sources, each one named group (see the module docstring)."""
    month_names = list(months())
    wd_full = [w for w in weekdays() if w.endswith("day")]
    wd_abbr = [w for w in weekdays() if w not in wd_full]
    numbers = list(number_words())
    tens = [w for w, v in number_words().items() if v >= 20]
    units = [w for w, v in number_words().items() if 1 <= v <= 9 and w not in ("a", "an")]
    holiday_names = list(holidays())

    full = sorted(full_months())
    abbr = [m for m in month_names if m not in full_months()]
    # "November", "Nov.", "Nov", "sept": only abbreviations take their full stop
    mon = (
        rf"(?P<mon>(?:{_alternation(full)})(?![\p{{L}}])"
        rf"|(?:{_alternation(abbr)})(?![\p{{L}}])\.?+)"
    )
    mon_full = rf"(?P<mon>(?:{_alternation(sorted(full_months()))}))(?![\p{{L}}])"
    # "Monday, " / "Tue. " before a date
    wd_prefix = (
        rf"(?:(?P<wd>(?:{_alternation(wd_full)})(?![\p{{L}}])"
        rf"|(?:{_alternation(wd_abbr)})(?=\.))\.?+(?:[ ]*+,)?+[ ]++)?+"
    )
    wd_bare = rf"(?P<wd>(?:{_alternation(wd_full)}))(?![\p{{L}}])"
    # A day of the month with an optional ordinal suffix: 1, 01, 18th, 22nd.
    day = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+(?![\p{L}\d])"
    day2 = r"(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+(?![\p{L}\d])"
    year = r"(?P<year>1\d{3}|2[01]\d{2})(?![\d])"
    # The year after a day-month: "17 May 2023", "May 18th, 2021", "September 22nd , 2006".
    opt_year = rf"(?:[ ]?+,?+[ ]*+{year})?+"
    range_sep = r"[ ]*+(?:-|to|until|till|through|and|&)[ ]*+"
    # "a few" before "a", "twenty-five" before "twenty": the group is atomic
    number = (
        r"(?:a[ ]++few|a[ ]++couple[ ]++of|several|some|many|few"
        rf"|(?:{_alternation(tens)})[ -](?:{_alternation(units)})"
        rf"|{_alternation(numbers)}|\d{{1,3}}+(?![\d,.]))"
    )
    time_unit = r"(?P<unit>day|week|fortnight|month|year|decade|centur(?:y|ie))s?+"
    ordinal = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
    century_ord = (
        r"(?P<cent>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
        r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
        r"seventeenth|eighteenth|nineteenth|twentieth|twenty[ -]first|twenty[ -]second)"
    )
    decade_word = r"(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
    season = r"(?P<sname>spring|summer|autumn|fall|winter)(?![\p{L}])"
    rel = r"(?P<rel>this|last|next|past|previous|coming|following|current|same|that)"

    rules = [
        # 2022-07-27 (also inside "2003-08-11 14:06")
        rf"(?P<iso>{year}-(?P<mm>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12]\d|3[01])(?![\d]))",
        # 18.04.2024, 23.09.21 (day first, as in Europe and Central Asia)
        r"(?P<dotted>(?P<dd>[0-3]?\d)\.(?P<mm>[01]?\d)\.(?P<yy>\d{4}|\d{2})(?![\d]|\.\d))",
        # 10/28/2023 (month first unless the first number cannot be a month)
        r"(?P<slashed>(?P<aa>[0-3]?\d)/(?P<bb>[0-3]?\d)/(?P<yy>\d{4}|\d{2})(?![\d]|/\d))",
        # 19-21 November, 9 and 10 May 2024
        rf"(?P<dm_range>{wd_prefix}{day}{range_sep}{day2}[ ]++(?:of[ ]++)?{mon}{opt_year})",
        # May 1-4, 2024
        rf"(?P<md_range>{wd_prefix}{mon}[ ]++{day}{range_sep}{day2}{opt_year})",
        # Monday, April 22 / Tue. May 18th, 2021 / Nov. 26 / Feb 16
        rf"(?P<mdy>{wd_prefix}{mon}[ ]++(?:the[ ]++)?{day}{opt_year})",
        # 17 May 2023 / 1 June / 9th of November / 12 Feb.
        rf"(?P<dmy>{wd_prefix}(?:the[ ]++)?{day}[ ]++(?:of[ ]++)?{mon}{opt_year})",
        # July 1997 / June of 2024
        rf"(?P<my>{mon}(?:[ ]*+,)?+[ ]++(?:of[ ]++)?{year})",
        # June last year
        rf"(?P<m_rel>{mon_full}[ ]++(?P<rel>this|last|next|previous)[ ]++year(?![\p{{L}}]))",
        # this September, last February, next May
        rf"(?P<rel_month>(?P<rel>this|last|next|past|coming)[ ]++{mon_full})",
        # over the weekend
        r"(?P<weekend>the[ ]++weekend)(?![\p{L}])",
        # 2019-2021, 1998-99
        rf"(?P<yr_range>{year}[ ]?+-[ ]?+(?P<y2>1\d{{3}}|2[01]\d{{2}}|\d{{2}})(?![\d]))",
        # the 1990s, 1990's, the '90s, the nineties
        r"(?P<decade>(?:the[ ]++)?(?P<dec>1\d{2}0|20\d0)'?s(?![\p{L}\d])"
        r"|the[ ]++'?(?P<dec2>[1-9]0)'?s(?![\p{L}\d])"
        rf"|the[ ]++{decade_word}(?![\p{{L}}]))",
        # the 21st century
        rf"(?P<century>(?:the[ ]++)?{century_ord}[ -]century(?![\p{{L}}]))",
        # the first half of 2024, the third quarter, third-quarter
        rf"(?P<quarter>(?:the[ ]++)?(?:fiscal[ ]++)?{ordinal}[ -](?P<qh>quarter|half)(?![\p{{L}}])"
        rf"(?:[ ]++of[ ]++(?:(?:the[ ]++)?(?:fiscal[ ]++)?{year}"
        r"|(?P<qrel>this|last|next|the|current)[ ]++year(?![\p{L}])))?+)",
        # Q3 2024, H1 2025, Q1
        rf"(?P<qcode>(?P<qc>[QH][1-4])(?![\p{{L}}\d])(?:[ ]++(?:of[ ]++)?{year})?+)",
        # last summer, summer 2024, the summer of 2024, in the autumn
        rf"(?P<season>(?:{rel}[ ]++)?{season}(?:[ ]++(?:of[ ]++)?{year})?+)",
        # Labor Day, Novruz
        rf"(?P<holiday>(?P<hname>{_alternation(holiday_names)})(?![\p{{L}}])(?:[ ]++{year})?+)",
        # six months ago, a year earlier, two weeks from now
        rf"(?P<ago>(?:(?P<num>{number})[ ]++)?+{time_unit}[ ]++"
        r"(?P<dir>ago|earlier|before[ ]++now|from[ ]++now|hence)(?![\p{L}]))",
        # the end of the year, the beginning of the month
        r"(?P<the_unit>(?:the[ ]++)?(?P<mod>end|beginning|start|middle)[ ]++of[ ]++"
        r"the[ ]++(?P<unit>year|month|week)(?![\p{L}]))",
        # earlier this month, later this year, earlier in the day
        r"(?P<in_unit>(?P<side>earlier|later)[ ]++(?:this|that|in[ ]++the)[ ]++"
        r"(?P<unit>day|week|month|year)(?![\p{L}]))",
        # last year, this week, the previous day, the following day, next month
        rf"(?P<rel_unit>(?:the[ ]++)?{rel}[ ]++"
        r"(?P<unit>day|weekend|week|month|year|quarter|decade|century)(?![\p{L}]))",
        # this morning, last night, tonight (TIME expressions)
        r"(?P<part_of_day>(?P<pday>this|last|yesterday|tomorrow)[ ]++"
        r"(?P<part>morning|afternoon|evening|night)|(?P<part>tonight|overnight))(?![\p{L}])",
        # the day before yesterday, yesterday, today, tomorrow
        r"(?P<deictic>the[ ]++day[ ]++before[ ]++yesterday|the[ ]++day[ ]++after[ ]++tomorrow"
        r"|yesterday|today|tomorrow)(?![\p{L}])",
        # last Monday, on Friday, next Tuesday
        rf"(?P<weekday>(?:(?P<rel>last|next|this|coming|past)[ ]++)?{wd_bare}"
        r"(?:[ ]++(?:morning|afternoon|evening|night)(?![\p{L}]))?+)",
        # now, currently, recently, the near future, recent years, soon
        r"(?P<ref>(?P<present>now|currently|at[ ]++present|presently|nowadays|these[ ]++days"
        r"|the[ ]++present[ ]++(?:day|time))"
        r"|(?P<past>recently|lately|recent[ ]++(?:years|months|weeks|days|times|decades)"
        r"|the[ ]++past(?![ ]++(?:\d|few|several|couple|two|three|four|five|six|seven|eight"
        r"|nine|ten|day|week|month|year|decade|centur)))"
        r"|(?P<future>soon|the[ ]++(?:(?:near(?:est)?+|foreseeable|immediate|distant"
        r"|not[ ]++(?:so|too)[ ]++distant|very[ ]++near)[ ]++)?future"
        r"|(?:the[ ]++)?coming[ ]++(?:years|months|weeks|days|decades)))(?![\p{L}])",
        # in April (kept only after a preposition or modifier, see the resolver)
        rf"(?P<month>{mon_full})",
        # in 2024, fiscal 1989 (kept only where a year is likely, see the resolver)
        rf"(?P<year_>(?:(?P<fiscal>fiscal|FY)[ ]?+)?{year})",
    ]
    return tuple(rules)


# Where an expression may begin: a number, or a word at a word start.
_CANDIDATE = regex.compile(r"(?<![\p{L}\d_])(?:\d|\p{L}++)")

# What may follow a number that begins an expression: "2024", "18.04.",
# "10/28/", "19-21 November", "17 May", "21st century", "six" -> "6 months ago".
# The groups say which rules can begin there (see _number_rules).
_NUMBER_START = regex.compile(
    r"(?P<y4>\d{4}(?!\d))"
    r"|(?P<n>\d{1,3}+)(?P<sfx>(?:st|nd|rd|th)?+)(?:(?P<sep>[./])[0-3]?\d[./]"
    r"|[ ]*+(?:-|to|until|till|through|and|&)[ ]*+\d|[ -]++(?:of[ ]++)?\p{L})",
    regex.IGNORECASE,
)


@functools.cache
def _number_rules(shape: str) -> Rules:
    """The rules that can begin with a number of *shape*, as :func:`_scanner_for` gives them.

    Shapes: ``y4`` (four digits), ``n3`` (three), ``.`` and ``/`` (one or
    two digits before a full stop or slash), ``sfx`` (one or two digits
    with an ordinal suffix), ``n`` (one or two digits, then a space, a
    hyphen or a range word).  Only the rules whose digits fit are kept:
    a day, a dotted or slashed date, a century or a quarter takes at most
    two digits, a count of units at most three, a year four.
    """
    kept = {
        "y4": ("iso", "yr_range", "decade", "year_"),
        "n3": ("ago",),
        ".": ("dotted",),
        "/": ("slashed",),
        "sfx": ("dm_range", "dmy", "century", "quarter"),
        "n": ("dm_range", "dmy", "ago"),
    }[shape]
    names = rule_names()
    return _rules_at(tuple(i for i, n in enumerate(names) if n in kept))


def _number_shape(m: regex.Match[str]) -> str:
    """The shape (see :func:`_number_rules`) of a match of :data:`_NUMBER_START`."""
    if m.start("y4") >= 0:
        return "y4"
    if m.end("n") - m.start("n") == 3:
        return "n3"
    if m.start("sep") >= 0:
        sep: str = m.group("sep")
        return sep
    return "sfx" if m.end("sfx") > m.start("sfx") else "n"


# First words of the rules that begin with a word (besides month, weekday,
# number and holiday names, added from the tables).
_FIRST_WORDS = (
    "the this last next past previous coming following current same that fiscal fy "
    "earlier later end beginning start middle yesterday today tomorrow tonight overnight "
    "now currently at presently nowadays these recently lately recent soon "
    "spring summer autumn fall winter several some many few q h first second third "
    "fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty final "
    "days weeks months years decades centuries"
)


@functools.cache
def _start_words() -> frozenset[str]:
    words = set(_FIRST_WORDS.split(" "))
    words.update(months())
    words.update(weekdays())
    words.update(number_words())
    words.update(name.split(" ")[0] for name in holidays())
    return frozenset(words)


# --------------------------------------------------------------------------
# Where to try the rules: a prefilter over the lower-case text.
# --------------------------------------------------------------------------

_UNIT = "day|week|fortnight|month|year|decade|centur"
_SEASONS = "spring|summer|autumn|fall|winter"
_PARTS = "morning|afternoon|evening|night"


def _set(words: str) -> frozenset[str]:
    """The space-separated *words*."""
    return frozenset(words.split())


@functools.cache
def _follows() -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """(first words, the rules they may begin, what must follow them) for the common words.

    The rules that a word like ``the`` or ``two`` may begin all go on with
    one of a few words (``the weekend``, ``two weeks ago``): where that is
    absent there is no use trying them.  Each entry is read off the rules of
    :func:`_rules`; a word whose rules are not all among those listed keeps
    no condition (see :func:`_prefilter`).
    """
    full_mon = "|".join(sorted(full_months()))
    full_wd = "|".join(sorted(full_weekdays()))
    numbers = frozenset(number_words()) - {"a", "an"}
    ordinals = _set(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
        "final"
    )
    abbr_months = frozenset(months()) - full_months()
    abbr_weekdays = frozenset(weekdays()) - full_weekdays()
    holiday_next: dict[str, set[str]] = {}
    for name in holidays():
        first, _, rest = name.partition(" ")
        # only the letters of the next word: "women's" -> "women"
        holiday_next.setdefault(first, set()).add("".join(itertools.takewhile(str.isalpha, rest)))
    multiword = {
        w: "|".join(sorted(nxt)) for w, nxt in holiday_next.items() if "" not in nxt and w.isalpha()
    }
    rel_next = f"{full_mon}|{_SEASONS}|{_UNIT}|quarter|half|{_PARTS}|{full_wd}"
    fs = frozenset
    return (
        (
            fs({"the"}),
            _set("dmy weekend decade century quarter the_unit rel_unit deictic ref"),
            r"[ ]+(?:[0-9']|weekend|twenties|thirties|forties|fifties|sixties|seventies"
            r"|eighties|nineties|" + "|".join(sorted(ordinals)) + r"|twenty|fiscal|last"
            r"|end|beginning|start|middle|this|next|past|previous|coming|following|current"
            r"|same|that|day|present|near|foreseeable|immediate|distant|not|very|future)",
        ),
        (
            fs({"a"}),
            _set("md_range mdy my m_rel season ago ref month"),
            rf"[ ]+(?:few|couple|{_UNIT})",
        ),
        (fs({"an"}), fs({"ago"}), rf"[ ]+(?:{_UNIT})"),
        (
            numbers | {"several", "some", "many", "few"},
            fs({"ago", "century", "quarter"}),
            rf"[ -]+(?:{_UNIT}|one|two|three|four|five|six|seven|eight|nine|first|second)",
        ),
        (
            _set("days weeks months years decades centuries"),
            fs({"ago"}),
            r"[ ]+(?:ago|earlier|before|from|hence)",
        ),
        (
            fs({"that", "same", "following", "previous", "current"}),
            fs({"season", "rel_unit", "ref"}),
            rf"[ ]+(?:{_SEASONS}|{_UNIT}|quarter)",
        ),
        (
            fs({"this", "last", "next", "past", "coming"}),
            _set("rel_month quarter season rel_unit part_of_day weekday ref"),
            rf"[ -]+(?:{rel_next})",
        ),
        (fs({"at"}), fs({"ref"}), r"[ ]+present"),
        (fs({"these"}), fs({"ref"}), r"[ ]+days"),
        (fs({"recent"}), fs({"ref"}), rf"[ ]+(?:{_UNIT}|time)"),
        (ordinals, fs({"century", "quarter"}), r"[ -]+(?:century|quarter|half)"),
        (
            fs({"fiscal"}),
            fs({"quarter", "year_"}),
            r"[ ]*(?:[0-9]|first|second|third|fourth|final|last)",
        ),
        (fs({"fy"}), fs({"year_"}), r"[ ]?[0-9]"),
        (fs({"end", "beginning", "start", "middle"}), fs({"the_unit"}), r"[ ]+of"),
        (fs({"earlier", "later"}), fs({"in_unit"}), r"[ ]+(?:this|that|in)"),
        (fs({"q", "h"}), fs({"qcode", "holiday"}), r"[1-4]"),
        (
            abbr_months,
            _set("md_range mdy my m_rel holiday month ago"),
            r"\.?[ ,]*(?:[0-9]|the|of)",
        ),
        (
            abbr_weekdays - abbr_months,
            _set("dm_range md_range mdy dmy weekday ago"),
            r"\.",
        ),
        *((fs({w}), fs({"holiday"}), rf"[ ]+(?:{nxt})") for w, nxt in multiword.items()),
    )


# A follow pattern that ends in an alternation: what comes before it, and its alternatives.
_FOLLOW_ALTERNATION = re.compile(r"(.*?)\(\?:([^()]*)\)")
_PLAIN_WORD = re.compile(r"[a-z]+")


def _factored(after: str) -> str:
    """*after* with a closing alternation of plain words factored into a trie.

    ``[ ]+(?:day|decade|...)`` becomes ``[ ]+(?:d(?:ay|ecade)|...)``: the
    same strings, so the same look-ahead, but the engine no longer tries
    fifty words one by one after every ``the``.
    """
    m = _FOLLOW_ALTERNATION.fullmatch(after)
    if m is None:
        return after
    alts = m.group(2).split("|")
    words = [a for a in alts if _PLAIN_WORD.fullmatch(a)]
    if len(words) < 2:
        return after
    others = [a for a in alts if not _PLAIN_WORD.fullmatch(a)]
    return m.group(1) + "(?:" + "|".join([*others, _trie([(w, "") for w in set(words)])]) + ")"


def _trie(entries: list[tuple[str, str]]) -> str:
    """An alternation of ``word + follow`` for each entry, factored on the words' letters."""
    alts = [follow for word, follow in entries if not word]
    rest = sorted(e for e in entries if e[0])
    for ch, group in itertools.groupby(rest, key=lambda e: e[0][0]):
        alts.append(re.escape(ch) + _trie([(w[1:], f) for w, f in group]))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@functools.cache
def _prefilter() -> re.Pattern[str]:
    """Where a rule may begin, in ``" " + folded.lower()``: the character before it matches.

    A superset of the places :func:`_exact_matches` finds a match at: a
    digit, or a first word of a rule (with what must follow it, where
    :func:`_follows` knows), after a character that is no ASCII letter,
    digit or ``_``.  Lower-case ASCII makes the scan cheap (the standard
    library's engine, one trie of words); :func:`find_all` uses it only
    where lower case keeps every letter to one character and the text has
    no letter or digit that matches ASCII only without regard to case.
    """
    follow = {}
    names = rule_names()
    for words, rules, after in _follows():
        for word in words:
            indices = _rules_for(word)
            if indices and {names[i] for i in indices} <= rules:
                follow[word] = _factored(after)
    entries = [
        (word, follow.get(word, "(?![a-z])"))
        for word in _start_words()
        if word.isascii() and word.isalpha()
    ]
    return re.compile(r"[^a-z0-9_](?=[0-9]|" + _trie(entries) + ")")


# Characters that stop the prefilter from standing for the rules: the ones
# that match an ASCII letter only without regard to case (dotted I, long s),
# and digits other than 0-9.
_ODD = regex.compile(r"[\u0130\u017f]|(?![0-9])\d")


def find_all(folded: str) -> Iterator[tuple[str, regex.Match[str]]]:
    """Every match of :func:`scanner` in *folded*, left to right, not overlapping, with its rule.

    The same matches as ``scanner().finditer(folded)``, but only where an
    expression may begin (a number that looks like part of a date, or a word
    that can open a rule), and there only the rules that can begin with that
    word are tried, one by one: long texts with nothing to find stay cheap.
    A match object has the groups of its own rule only.
    """
    low = folded.lower()
    if len(low) == len(folded) and (folded.isascii() or _ODD.search(folded) is None):
        places = [m.start() for m in _prefilter().finditer(" " + low)]
    else:
        places = [m.start() for m in _CANDIDATE.finditer(folded)]
    return _exact_matches(folded, places)


def _exact_matches(folded: str, places: list[int]) -> Iterator[tuple[str, regex.Match[str]]]:
    """The matches at *places* (a superset of the candidates that match), as :func:`find_all`."""
    starts = _start_words()
    pos = 0
    for at in places:
        if at < pos:
            continue
        cand = _CANDIDATE.match(folded, at)
        if cand is None:
            continue
        word = cand.group()
        if word.isdigit():
            number = _NUMBER_START.match(folded, at)
            if number is None:
                continue
            rules = _number_rules(_number_shape(number))
        else:
            key = word.lower()
            if key not in starts:
                continue
            rules = _scanner_for(key)
        # the first rule that matches, as their alternation would find it
        for name, rule in rules:
            m = rule.match(folded, at)
            if m is not None:
                if m.end() > at:
                    pos = m.end()
                    yield name, m
                break
