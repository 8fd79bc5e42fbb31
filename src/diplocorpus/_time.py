"""Time expressions: find every DATE expression in a report and resolve it.

One pass of the single compiled alternation of :mod:`._time_grammar` over
the folded text finds the candidates in text order; context rules drop the
ones that are not dates (``May`` the verb, ``1500 people``, ``Resolution
1325``); then each is resolved against the anchor (``doc.anchor``, else a
date that a dateline or stamp line at the top of the text gives, perhaps
without a year), using the tense of its sentence (:mod:`._time_tense`) to
choose a direction for ``on Monday`` or ``in April``, and the last date
mentioned for anaphoric ones (``the same day``, ``earlier in the day``).
Finally, lists share a year (``June 9, and October 2, 2020``) and
ranges joined by ``-``/``to`` become one expression (``Wednesday to Friday``).

DATE expressions are returned, and TIME for the few that name a part of a
day (``this morning``, ``last night``, ``tonight``: ``2025-04-21TMO``).
Durations (``for four years``), sets (``every year``) and clock times
(``10:00``) are left out, as GOLD.md asks; a weekday cannot be resolved
without a full anchor and is left out too (with a diagnostic).  Nothing is
ever filled from the machine's clock.

Diagnostic codes: ``time.weekday.mismatch`` (a weekday that contradicts its
date), ``time.weekday.unanchored`` (a weekday dropped for want of an anchor),
``time.unanchored`` (a relative expression left with ``X`` digits),
``time.date.invalid`` (``February 30``), ``time.date.ambiguous``
(``05/06/2024``: read month first).
"""

from __future__ import annotations

import bisect
import datetime
import functools

import attrs
import regex
from dateutil.relativedelta import relativedelta

from diplocorpus import _time_calendar as cal
from diplocorpus import _time_grammar as gram
from diplocorpus._data import load_words
from diplocorpus._doc import Doc
from diplocorpus._time_calendar import Anchor, Value
from diplocorpus._time_tense import Tense, TenseCues
from diplocorpus.model import Diagnostic, Precision, Severity, Span, TimexType, When

__all__ = ["timexes"]

_DAY_RULES = frozenset({"iso", "dotted", "slashed", "dm_range", "md_range", "mdy", "dmy"})
_YEARLESS_RULES = frozenset({"dm_range", "md_range", "mdy", "dmy", "month"})
# The tenses, once (iterating the enum class itself is slow).
_TENSES = tuple(Tense)
_MODIFIABLE = frozenset(
    {"year_", "month", "my", "m_rel", "rel_unit", "season", "decade", "century", "yr_range"}
)


@functools.cache
def _month_context() -> frozenset[str]:
    """Words after which a bare month name is a month: "in April", "late March"."""
    return frozenset(w.lower() for w in load_words("time_month_context.txt"))


@functools.cache
def _year_context() -> frozenset[str]:
    """Words after which a number in 1000-2199 is likely a year ("since 1492")."""
    return frozenset(w.lower() for w in load_words("time_year_context.txt"))


# Words before a bare season that make it a season: "in the summer", "during winter".
_SEASON_CONTEXT = regex.compile(
    r"(?:in|during|by|until|till|since|through|throughout|over|before|after|for|of|early"
    r"|late|mid)[ ]++(?:the[ ]++)?$",
    regex.IGNORECASE,
)
# Between two items of a list that share the year written after the last one:
# "March 4, 2019, June 9, and October 2, 2020".
_LIST_GAP = regex.compile(r"[ ]*+(?:,[ ]*+)?(?:(?:and|or|&|-|to|until|till|through)[ ]++)?")
# Between the two ends of a range: "Wednesday to Friday", "30 April - 2 May".
_RANGE_GAP = regex.compile(r"[ ]*+(?:-|to|until|till|through|thru)[ ]*+", regex.IGNORECASE)
# Between "today" and the date it names: "Today, on October 9".
_APPOSITION_GAP = regex.compile(r",?+[ ]*+(?:on[ ]++)?", regex.IGNORECASE)
# A word, for looking at the words around a candidate.
_WORD_AFTER = regex.compile(r"^[ ]*+([\p{L}%]++)")
# The longest line that is taken for a stamp line ("17 May 2023, 17:46").
_STAMP_LINE = 60
# A dateline's place before its date: "BAKU, Azerbaijan, ", "Baku/", "New Delhi, ".
_DATELINE_PLACE = regex.compile(
    r"(?:\p{Lu}[\p{L}'.-]*+[ ]?+){1,4}+(?:,[ ]*+(?:\p{Lu}[\p{L}'.-]*+[ ]?+){1,3}+)?+"
    r"[ ]*+[,./:][ ]*+"
)
# "today" followed by a clause: in a quotation it means "nowadays".
_TODAY_CLAUSE = regex.compile(
    r"^,?+[ ]++(?:the|we|our|it|there|this|these|they|many|more|all|both|a|an|in|its|their)\b",
    regex.IGNORECASE,
)

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21, "twenty-second": 22, "twenty second": 22,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4,
}  # fmt: skip
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
    "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip

# TIMEX3 codes of the parts of the day.
_PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
}

# How much a candidate on the wrong side of the anchor for the tense counts
# (see _weighted): a past-tense verb may govern a date a month or two later
# ("agreed to finish it by December"), rarely one further ahead.
_PAST_AHEAD = 4.0
_FUTURE_BACK = 4.0

# How far back a paragraph's quote marks are counted.
_QUOTE_WINDOW = 2000

# How far around an expression the tense is looked for.
_TENSE_WINDOW = 200


@attrs.frozen
class _Hit:
    """One candidate found by the grammar, before it is resolved."""

    rule: str
    start: int
    end: int
    match: regex.Match[str]
    mod: str | None = None
    year: int | None = None  # an explicit or borrowed year


def timexes(doc: Doc) -> tuple[tuple[When, ...], tuple[Diagnostic, ...]]:
    """Every DATE expression in *doc*, in text order, resolved against ``doc.anchor``."""
    diagnostics: list[Diagnostic] = []
    hits = _borrow_years(_find(doc, diagnostics), doc.folded)
    anchor = Anchor.of(doc.anchor) if doc.anchor is not None else _derived_anchor(doc, hits)
    resolver = _Resolver(doc, anchor, diagnostics)
    found: list[tuple[_Hit, Value]] = []
    for hit in hits:
        value = resolver.resolve(hit)
        if value is not None:
            found.append((hit, value))
    found = _appositions(found, doc.folded)
    whens = _merge_ranges(found, doc)
    return tuple(whens), tuple(diagnostics)


# --------------------------------------------------------------------------
# Finding: one pass, then context rules.
# --------------------------------------------------------------------------


def _find(doc: Doc, diagnostics: list[Diagnostic]) -> list[_Hit]:
    folded = doc.folded
    out: list[_Hit] = []
    header = doc.date_header
    for rule, m in gram.find_all(folded):
        start, end = m.start(), m.end()
        # (``header.overlaps(Span(start, end))``, with no span built per match)
        if header is not None and header.start < end and start < header.end:
            continue
        hit = _Hit(rule, start, end, m, year=_explicit_year(m, rule))
        kept = _keep(hit, doc, diagnostics)
        if kept is None:
            continue
        if rule in _MODIFIABLE:
            mm = _modifier_before(folded, start)
            if mm is not None:
                kept = attrs.evolve(kept, start=mm.start(), mod=mm.group("mod").lower())
        out.append(kept)
    return out


# Words one of which every match of ``gram.MODIFIER`` holds ("middle" holds "mid").
_MODIFIER_WORDS = ("early", "mid", "late", "beginning", "start", "end")


def _modifier_before(folded: str, start: int) -> regex.Match[str] | None:
    """``gram.MODIFIER`` searched in the 20 characters before *start*.

    On ASCII text the search runs only where a modifier word stands (in any
    case): most expressions have none before them.
    """
    lo = max(0, start - 20)
    window = folded[lo:start]
    if window.isascii() and not any(map(window.lower().__contains__, _MODIFIER_WORDS)):
        return None
    return gram.MODIFIER.search(folded, lo, start)


def _has(m: regex.Match[str], name: str) -> bool:
    """True when *m*'s pattern has the group *name* and it took part in the match."""
    return name in m.re.groupindex and m.start(name) >= 0


def _explicit_year(m: regex.Match[str], rule: str) -> int | None:
    if rule in ("dotted", "slashed"):
        yy = m.group("yy")
        year = int(yy)
        if len(yy) == 2:
            year += 2000 if year < 50 else 1900
        return year
    if rule == "year_" or not _has(m, "year"):
        return None
    return int(m.group("year"))


def _word_before(folded: str, start: int) -> str:
    """The word just before *start* (lower case), past one ``(``, spaces and a ``-``."""
    seg = folded[max(0, start - 30) : start]
    seg = seg.removesuffix("(").rstrip(" ").removesuffix("-")
    i = len(seg)
    while i > 0 and (seg[i - 1].isalpha() or seg[i - 1] in ".©"):
        i -= 1
    return seg[i:].lower()


def _word_after(folded: str, end: int) -> str:
    m = _WORD_AFTER.search(folded[end : end + 30])
    return m.group(1).lower() if m else ""


def _keep(hit: _Hit, doc: Doc, diagnostics: list[Diagnostic]) -> _Hit | None:
    """The hit, if its context makes it a date; else None."""
    m, folded, text = hit.match, doc.folded, doc.text
    rule = hit.rule
    if rule in ("dm_range", "md_range", "mdy", "dmy", "my", "m_rel", "rel_month", "month"):
        mon = m.group("mon")
        if mon.islower() and mon.lower() in ("may", "mar", "march"):
            return None  # the verbs "may" and "march"
        if rule in ("mdy", "md_range") and text[m.start("mon")].islower():
            return None  # "may 5" at the start of a phrase is rarely a date
    if rule in _DAY_RULES and not _valid_day(hit, diagnostics):
        return None
    if rule == "dotted":
        before = folded[hit.start - 1 : hit.start]
        if before in (".", ",") or (len(m.group("yy")) == 2 and len(m.group("dd")) < 2):
            return None  # "3.10.12" is a version number, "1.2.3.4" an address
    if rule == "slashed" and len(m.group("yy")) == 2 and len(m.group("aa")) < 2:
        return None
    if rule == "month":
        if not text[hit.start].isupper():
            return None
        before = _word_before(folded, hit.start)
        if before.rstrip("-") not in _month_context():
            return None
    if rule == "year_":
        return _keep_year(hit, doc)
    if rule == "yr_range":
        y1, y2 = int(m.group("year")), m.group("y2")
        last = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        if last <= y1 or last - y1 > 100 or _word_after(folded, hit.end) in gram.count_nouns():
            return None
        if _word_before(folded, hit.start) in gram.not_year_before():
            return None
    if (
        rule == "season"
        and not _has(m, "rel")
        and not _has(m, "year")
        and not _SEASON_CONTEXT.search(folded, max(0, hit.start - 30), hit.start)
    ):
        return None
    if rule == "quarter":
        if m.group("qh").lower() == "half" and m.group("ord").lower() in (
            "third",
            "fourth",
            "3rd",
            "4th",
        ):
            return None
        if (
            not _has(m, "year")
            and not _has(m, "qrel")
            and folded[hit.end : hit.end + 4].lower() == " of "
        ):
            return None  # "the first half of the match"
    if rule == "qcode":
        if not text[hit.start].isupper():
            return None
        if m.group("qc")[0].upper() == "H" and (not _has(m, "year") or m.group("qc")[1] > "2"):
            return None
    if rule == "holiday":
        if not text[hit.start].isupper():
            return None
        if _word_before(folded, hit.start) in ("chinese", "lunar", "persian", "jewish", "orthodox"):
            return None
    if rule == "rel_unit":
        unit = m.group("unit").lower()
        relw = m.group("rel").lower()
        if folded[hit.end : hit.end + 4].lower() == " of ":
            return None  # "the last week of March", "the last year of his term"
        if unit == "day" and relw in ("last", "past", "coming", "current", "this"):
            return None
        if relw in ("that", "same") and unit not in ("day", "year", "month", "week"):
            return None
        if not folded[hit.start : hit.start + 4].lower().startswith("the") and relw in (
            "previous",
            "following",
            "same",
        ):
            return None
    if rule == "ref":
        low = m.group().lower()
        if low == "soon" and (
            folded[max(0, hit.start - 3) : hit.start].lower() == "as "
            or folded[hit.end : hit.end + 3].lower() == " as"
        ):
            return None  # "as soon as" is a conjunction
    return hit


def _keep_year(hit: _Hit, doc: Doc) -> _Hit | None:
    """A bare four-digit number that is a year ("in 2024"), not a count or a name."""
    m, folded = hit.match, doc.folded
    year = int(m.group("year"))
    before = _word_before(folded, hit.start)
    after = _word_after(folded, hit.end)
    prev_char = folded[hit.start - 1 : hit.start]
    next_chars = folded[hit.end : hit.end + 2]
    if prev_char in ("$", "€", "£", "#", "№", "+", "/", ".", ",", ":"):
        return None
    if prev_char == "-" and folded[hit.start - 2 : hit.start - 1].isdigit():
        return None  # a telephone or serial number: "1-800-2024"
    if next_chars[:1].isalpha() or next_chars in (",0", ",5") or next_chars[:1] == "%":
        return None
    if next_chars[:1] in (".", ",", ":", "/") and next_chars[1:2].isdigit():
        return None
    if before in gram.not_year_before() or after in gram.count_nouns():
        return None
    if _has(m, "fiscal") or before in _year_context():
        ok = 1000 <= year <= 2199
    else:
        ok = 1900 <= year <= 2099
    return attrs.evolve(hit, year=year) if ok else None


def _valid_day(hit: _Hit, diagnostics: list[Diagnostic]) -> bool:
    year, month, days = _day_parts(hit, diagnostics)
    probe_year = year if year is not None else 2000  # a leap year: February 29 may stand
    for day in days:
        try:
            datetime.date(probe_year, month, day)
        except ValueError:
            diagnostics.append(
                Diagnostic(
                    "time.date.invalid",
                    f"{hit.match.group()!r} is not a date of the calendar",
                    Span(hit.start, hit.end),
                    Severity.WARNING,
                )
            )
            return False
    return True


def _day_parts(
    hit: _Hit, diagnostics: list[Diagnostic] | None = None
) -> tuple[int | None, int, tuple[int, ...]]:
    """(year, month, days) of a day rule; a range has two days."""
    m, rule = hit.match, hit.rule
    if rule == "iso":
        return int(m.group("year")), int(m.group("mm")), (int(m.group("dd")),)
    if rule == "dotted":
        return hit.year, int(m.group("mm")), (int(m.group("dd")),)
    if rule == "slashed":
        a, b = int(m.group("aa")), int(m.group("bb"))
        if a > 12:
            return hit.year, b, (a,)
        if diagnostics is not None and b <= 12 and a != b:
            diagnostics.append(
                Diagnostic(
                    "time.date.ambiguous",
                    f"{m.group()!r} could be day/month or month/day; read as month/day",
                    Span(hit.start, hit.end),
                    Severity.INFO,
                )
            )
        return hit.year, a, (b,)
    month = gram.months()[m.group("mon").lower().rstrip(".")]
    if _has(m, "day2"):
        return hit.year, month, (int(m.group("day")), int(m.group("day2")))
    return hit.year, month, (int(m.group("day")),)


def _borrow_years(hits: list[_Hit], folded: str) -> list[_Hit]:
    """Give yearless dates in a list the year written after the list's last item."""
    out = list(hits)
    for i in range(len(out) - 2, -1, -1):
        hit, nxt = out[i], out[i + 1]
        if hit.rule not in _YEARLESS_RULES or hit.year is not None or nxt.year is None:
            continue
        if nxt.rule not in _YEARLESS_RULES | {"my"}:
            continue
        gap = _LIST_GAP.fullmatch(folded, hit.end, nxt.start)
        if gap is not None:
            out[i] = attrs.evolve(hit, year=nxt.year)
    return out


def _derived_anchor(doc: Doc, hits: list[_Hit]) -> Anchor:
    """With no anchor given: the date of a dateline or stamp line at the top, if any.

    It may lack the year (``BAKU, Azerbaijan, February 10.``); relative
    expressions then resolve as far as it allows (``six months ago`` ->
    ``XXXX-08``).  A date counts when it lies in ``doc.dateline``, on a short
    line of its own (a stamp: ``17 May 2023, 17:46``), or right after a
    dateline's place (``BAKU, Azerbaijan, ``, ``Baku/``), in a paragraph that
    begins in the first 800 characters of the body; never a date in a
    sentence (``On April 2, 1992, relations were established``).
    """
    paragraphs = doc.paragraphs
    starts = [p.start for p in paragraphs]
    limit = doc.body.start + 800
    for hit in hits:
        if hit.start > limit and (doc.dateline is None or hit.start > doc.dateline.end):
            break
        if hit.rule not in _DAY_RULES:
            continue
        span = Span(hit.start, hit.end)
        ok = doc.dateline is not None and doc.dateline.contains(span)
        i = bisect.bisect_right(starts, hit.start) - 1
        if not ok and i >= 0 and paragraphs[i].start <= limit:
            para = paragraphs[i]
            ok = len(para) <= _STAMP_LINE or (
                _DATELINE_PLACE.fullmatch(doc.folded, para.start, hit.start) is not None
            )
        if ok:
            year, month, days = _day_parts(hit)
            return Anchor(year, month, days[0])
    return Anchor()


# --------------------------------------------------------------------------
# Resolving.
# --------------------------------------------------------------------------


class _Resolver:
    """Resolves hits in text order, remembering the last day mentioned."""

    def __init__(self, doc: Doc, anchor: Anchor, diagnostics: list[Diagnostic]) -> None:
        self.doc = doc
        self.anchor = anchor
        self.diagnostics = diagnostics
        self.last_day: datetime.date | None = None  # the last day mentioned
        self.last_ref: datetime.date | None = None  # the start of the last absolute date
        self.sentence_starts = [s.start for s in doc.sentences]
        self._cues: TenseCues | None = None  # found on first need

    # -- helpers -----------------------------------------------------------

    def tense(self, hit: _Hit) -> Tense:
        lo, hi = max(0, hit.start - _TENSE_WINDOW), hit.end + _TENSE_WINDOW
        i = bisect.bisect_right(self.sentence_starts, hit.start) - 1
        if i >= 0 and self.doc.sentences[i].end >= hit.end:
            lo = max(lo, self.doc.sentences[i].start)
            hi = min(hi, self.doc.sentences[i].end)
        else:
            nl = self.doc.folded.rfind("\n", lo, hit.start)
            lo = nl + 1 if nl >= 0 else lo
            nl = self.doc.folded.find("\n", hit.end, hi)
            hi = nl if nl >= 0 else min(hi, len(self.doc.folded))
        # Inside a quotation only the speaker's own words count, not "said".
        folded = self.doc.folded
        if self.inside_quotation(hit):
            opening = folded.rfind('"', lo, hit.start)
            closing = folded.find('"', hit.end, hi)
            lo = opening + 1 if opening >= 0 else lo
            hi = closing if closing >= 0 else hi
        if self._cues is None:
            self._cues = TenseCues(self.doc.folded)
        return self._cues.near(hit.start, hit.end, lo, hi)

    def inside_quotation(self, hit: _Hit) -> bool:
        """True when an odd number of ``"`` opens *hit*'s paragraph before it.

        Only the last :data:`_QUOTE_WINDOW` characters are looked at, so
        that a long paragraph costs no more per expression than a short one.
        """
        folded = self.doc.folded
        lo = max(0, hit.start - _QUOTE_WINDOW)
        para = folded.rfind("\n", lo, hit.start) + 1
        return folded.count('"', max(para, lo), hit.start) % 2 == 1

    def unanchored(self, hit: _Hit, value: Value) -> Value:
        self.diagnostics.append(
            Diagnostic(
                "time.unanchored",
                f"{hit.match.group()!r} is relative and the text gives no date to resolve "
                f"it against; unknown digits are X ({value.timex})",
                Span(hit.start, hit.end),
                Severity.INFO,
            )
        )
        return value

    def reference_day(self) -> datetime.date | None:
        return self.last_day if self.last_day is not None else self.anchor.date

    # -- dispatch ----------------------------------------------------------

    def resolve(self, hit: _Hit) -> Value | None:
        value = getattr(self, f"_r_{hit.rule}")(hit)
        if value is None:
            return None
        if hit.mod is not None:
            value = cal.narrow(value, hit.mod)
        if value.precision is Precision.DAY and value.start is not None:
            self.last_day = value.start
        if value.start is not None and not value.anchored:
            self.last_ref = value.start
        return value  # type: ignore[no-any-return]

    # -- day rules ---------------------------------------------------------

    def _day(self, hit: _Hit) -> Value:
        year, month, days = _day_parts(hit)
        anchored = False
        if year is None:
            weekday = None
            if _has(hit.match, "wd"):
                weekday = gram.weekdays().get(hit.match.group("wd").lower().rstrip("."))
            year = self.pick_day_year(hit, month, days[0], weekday)
            anchored = year is not None
        value = cal.day_value(year, month, days[0], anchored)
        if year is not None and len(days) == 2 and value.start is not None:
            end = datetime.date(year, month, days[1])
            if end >= value.start:
                value = attrs.evolve(value, end=end)
        self.check_weekday(hit, value)
        return value

    _r_iso = _r_dotted = _r_slashed = _r_dm_range = _r_md_range = _r_mdy = _r_dmy = _day

    def pick_day_year(
        self, hit: _Hit, month: int, day: int, weekday: int | None = None
    ) -> int | None:
        """The year of a day-month written without one: near the anchor, by *hit*'s tense.

        A weekday written with the date (``Wednesday, 19 November``) picks
        the year in which the date falls on that weekday, where one of the
        candidates does.  The tense is looked for only when it matters.
        """
        a = self.anchor.date
        if a is None:
            return None
        cands = []
        for y in (a.year - 1, a.year, a.year + 1):
            try:
                cands.append(datetime.date(y, month, day))
            except ValueError:
                continue
        if not cands:
            return None
        if weekday is not None and any(c.weekday() == weekday for c in cands):
            cands = [c for c in cands if c.weekday() == weekday]
        if len(cands) == 1:
            return cands[0].year
        offsets = [(c - a).days for c in cands]
        picks = {_pick(offsets, t) for t in _TENSES}
        i = picks.pop() if len(picks) == 1 else _pick(offsets, self.tense(hit))
        return cands[i].year

    def check_weekday(self, hit: _Hit, value: Value) -> None:
        m = hit.match
        if not _has(m, "wd") or value.start is None:
            return
        name = m.group("wd").lower().rstrip(".")
        wd = gram.weekdays().get(name)
        if wd is not None and wd != value.start.weekday():
            actual = value.start.strftime("%A")
            self.diagnostics.append(
                Diagnostic(
                    "time.weekday.mismatch",
                    f"{m.group()!r}: {value.start.isoformat()} is a {actual}, "
                    f"not a {m.group('wd').rstrip('.')}",
                    Span(hit.start, hit.end),
                    Severity.WARNING,
                )
            )

    # -- months, years, spans of the calendar -----------------------------

    def _r_my(self, hit: _Hit) -> Value:
        month = gram.months()[hit.match.group("mon").lower().rstrip(".")]
        return cal.month_value(hit.year, month)

    def _r_m_rel(self, hit: _Hit) -> Value:
        month = gram.months()[hit.match.group("mon").lower()]
        a = self.anchor
        if a.year is None:
            return self.unanchored(hit, cal.month_value(None, month, True))
        shift = {"last": -1, "previous": -1, "next": 1}.get(hit.match.group("rel").lower(), 0)
        return cal.month_value(a.year + shift, month, True)

    def _r_month(self, hit: _Hit) -> Value:
        month = gram.months()[hit.match.group("mon").lower()]
        if hit.year is not None:
            return cal.month_value(hit.year, month)
        a = self.anchor.date
        if a is None:
            return cal.month_value(None, month)
        # a year back, this year, a year ahead: in months from the anchor's month
        offsets = [month - a.month - 12, month - a.month, month - a.month + 12]
        picks = {_pick(offsets, t) for t in _TENSES}
        i = picks.pop() if len(picks) == 1 else _pick(offsets, self.tense(hit))
        return cal.month_value(a.year - 1 + i, month, True)

    def _r_rel_month(self, hit: _Hit) -> Value:
        m = hit.match
        month = gram.months()[m.group("mon").lower()]
        a = self.anchor
        if a.year is None or a.month is None:
            return self.unanchored(hit, cal.month_value(None, month, True))
        relw = m.group("rel").lower()
        year = a.year
        if relw in ("last", "past") and month >= a.month:
            year -= 1
        elif relw in ("next", "coming") and month <= a.month:
            year += 1
        return cal.month_value(year, month, True)

    def _r_weekend(self, hit: _Hit) -> Value:
        a = self.anchor.date
        if a is None:
            return self.unanchored(hit, cal.unknown(Precision.WEEK, True))
        if a.weekday() < 5 and self.tense(hit) is Tense.PAST:
            a -= datetime.timedelta(days=7)
        return cal.weekend_value(a)

    def _r_year_(self, hit: _Hit) -> Value:
        return cal.year_value(hit.year)

    def _r_yr_range(self, hit: _Hit) -> Value:
        y1, y2 = int(hit.match.group("year")), hit.match.group("y2")
        last = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        return cal.years_value(y1, last)

    def _r_decade(self, hit: _Hit) -> Value:
        m = hit.match
        if _has(m, "dec"):
            return cal.decade_value(int(m.group("dec")))
        tens = (
            int(m.group("dec2")) // 10
            if _has(m, "dec2")
            else _DECADE_WORDS[m.group("decw").lower()]
        )
        first = 1900 + tens * 10
        a = self.anchor.year
        if a is not None and 2000 + tens * 10 <= a:
            first = 2000 + tens * 10
        return cal.decade_value(first)

    def _r_century(self, hit: _Hit) -> Value | None:
        word = hit.match.group("cent").lower()
        n = int(word[:-2]) if word[:1].isdigit() else _ORDINALS.get(word.replace("-", " "))
        if n is None:
            n = _ORDINALS.get(word)
        if n is None or not 1 <= n <= 22:
            return None
        return cal.century_value(n)

    def _r_quarter(self, hit: _Hit) -> Value:
        m = hit.match
        ordw = m.group("ord").lower()
        half = m.group("qh").lower() == "half"
        n = _ORDINALS[ordw]
        if half:
            n = 2 if n >= 2 else 1
        year: int | None = hit.year
        anchored = False
        if year is None:
            a = self.anchor
            shift = 0
            if _has(m, "qrel"):
                shift = {"last": -1, "next": 1}.get(m.group("qrel").lower(), 0)
            elif ordw == "last" and a.month is not None:
                # "last quarter": the quarter before the anchor's
                q = (a.month - 1) // 3 + 1 if not half else (a.month - 1) // 6 + 1
                size = 2 if half else 4
                n, carry = (q - 2) % size + 1, (-1 if q == 1 else 0)
                shift = carry
            year = None if a.year is None else a.year + shift
            anchored = True
            if year is None:
                value = cal.half_value(None, n, True) if half else cal.quarter_value(None, n, True)
                return self.unanchored(hit, value)
        return cal.half_value(year, n, anchored) if half else cal.quarter_value(year, n, anchored)

    def _r_qcode(self, hit: _Hit) -> Value:
        code = hit.match.group("qc").upper()
        n = int(code[1])
        year = hit.year
        anchored = year is None
        if year is None:
            year = self.anchor.year
        if code[0] == "H":
            return cal.half_value(year, n, anchored)
        return cal.quarter_value(year, n, anchored)

    def _r_season(self, hit: _Hit) -> Value:
        m = hit.match
        season = cal.SEASON_WORDS[m.group("sname").lower()]
        if hit.year is not None:
            return cal.season_value(hit.year, season)
        a = self.anchor.date
        relw = m.group("rel").lower() if _has(m, "rel") else None
        if a is None:
            if self.anchor.year is not None:
                return cal.season_value(self.anchor.year, season, True)
            return self.unanchored(hit, cal.season_value(None, season, True))
        cands = [
            (y, *cal.season_bounds(y, season)) for y in (a.year - 2, a.year - 1, a.year, a.year + 1)
        ]
        if relw in ("last", "past", "previous"):
            pick = max(y for y, _s, e in cands if e < a)
        elif relw in ("next", "coming", "following"):
            pick = min(y for y, s, _e in cands if s > a)
        elif relw is not None:  # this, current, that, same: the one under way, else this year's
            pick = next((y for y, s, e in cands if s <= a <= e), a.year)
        else:
            past = max(y for y, s, _e in cands if s <= a)
            future = min(y for y, _s, e in cands if e >= a)
            present = min(cands, key=lambda c: abs((c[1] - a).days))[0]
            if past == future == present:
                pick = past
            else:
                tense = self.tense(hit)
                pick = past if tense is Tense.PAST else future if tense is Tense.FUTURE else present
        return cal.season_value(pick, season, True)

    def _r_holiday(self, hit: _Hit) -> Value:
        month, day, weekday, nth = gram.holidays()[hit.match.group("hname").lower()]
        year = hit.year
        anchored = False
        if year is None:
            year = self.pick_day_year(hit, month, day)
            anchored = year is not None
        if year is not None and weekday is not None and nth is not None:
            day = cal.nth_weekday(year, month, weekday, nth)
        elif weekday is not None:
            return cal.day_value(None, month, None, anchored)  # the day moves with the year
        return cal.day_value(year, month, day, anchored)

    # -- relative ----------------------------------------------------------

    def _r_ago(self, hit: _Hit) -> Value:
        m = hit.match
        unit = m.group("unit").lower()
        future = m.group("dir").lower().startswith(("from", "hence"))
        num = _number(m.group("num")) if _has(m, "num") else None
        if num is None or unit.startswith("centur"):
            return cal.ref_value("FUTURE" if future else "PAST")
        sign = 1 if future else -1
        a = self.anchor
        delta: dict[str, int]
        if unit == "fortnight":
            unit, num = "week", 2 * num
        if unit == "decade":
            unit, num = "year", 10 * num
            decade = True
        else:
            decade = False
        delta = {f"{unit}s": sign * num}
        if a.date is not None:
            d = a.date + relativedelta(**delta)  # type: ignore[arg-type]
            if decade:
                return cal.decade_value(d.year // 10 * 10, True)
            if unit == "day":
                return cal.date_value(d)
            if unit == "week":
                return cal.week_value(d)
            if unit == "month":
                return cal.month_value(d.year, d.month, True)
            return cal.year_value(d.year, True)
        if a.month is not None and unit in ("day", "month"):
            moved = cal.shift_partial(a, **delta)
            if unit == "day":
                return cal.day_value(None, moved.month, moved.day, True)
            return cal.month_value(None, moved.month, True)
        precision = {
            "day": Precision.DAY,
            "week": Precision.WEEK,
            "month": Precision.MONTH,
            "year": Precision.DECADE if decade else Precision.YEAR,
        }[unit]
        if a.year is not None and not decade and unit == "year":
            return cal.year_value(a.year + sign * num, True)
        return self.unanchored(hit, cal.unknown(precision, True))

    def _unit_value(
        self, unit: str, day: datetime.date | None, shift: int, hit: _Hit
    ) -> Value | None:
        """The *unit* (week, month, year, ...) *shift* units from the one holding *day*."""
        a = self.anchor
        if day is None:
            # partial anchors still know the month
            if unit == "month" and a.month is not None:
                moved = cal.shift_partial(a, months=shift)
                return cal.month_value(None, moved.month, True)
            precision = {
                "day": Precision.DAY,
                "week": Precision.WEEK,
                "weekend": Precision.WEEK,
                "month": Precision.MONTH,
                "quarter": Precision.QUARTER,
                "decade": Precision.DECADE,
                "century": Precision.CENTURY,
            }.get(unit, Precision.YEAR)
            return self.unanchored(hit, cal.unknown(precision, True))
        if unit == "day":
            return cal.date_value(day + datetime.timedelta(days=shift))
        if unit == "week":
            return cal.week_value(day + datetime.timedelta(weeks=shift))
        if unit == "weekend":
            return cal.weekend_value(day + datetime.timedelta(weeks=shift))
        if unit == "month":
            d = day + relativedelta(months=shift)
            return cal.month_value(d.year, d.month, True)
        if unit == "quarter":
            q = (day.year * 4 + (day.month - 1) // 3) + shift
            return cal.quarter_value(q // 4, q % 4 + 1, True)
        if unit == "decade":
            return cal.decade_value((day.year // 10 + shift) * 10, True)
        if unit == "century":
            return cal.century_value(day.year // 100 + 1 + shift)
        return cal.year_value(day.year + shift, True)

    def _r_rel_unit(self, hit: _Hit) -> Value | None:
        m = hit.match
        unit = m.group("unit").lower()
        relw = m.group("rel").lower()
        shift = {
            "last": -1, "past": -1, "previous": -1,
            "next": 1, "coming": 1, "following": 1,
        }.get(relw, 0)  # fmt: skip
        anaphoric = relw in ("previous", "following", "same", "that")
        if not anaphoric:
            day = self.anchor.date
        elif unit == "day":
            day = self.reference_day()
        else:
            day = self.last_ref if self.last_ref is not None else self.anchor.date
        return self._unit_value(unit, day, shift, hit)

    def _r_the_unit(self, hit: _Hit) -> Value | None:
        value = self._unit_value(hit.match.group("unit").lower(), self.anchor.date, 0, hit)
        return None if value is None else cal.narrow(value, hit.match.group("mod").lower())

    def _r_in_unit(self, hit: _Hit) -> Value | None:
        m = hit.match
        unit = m.group("unit").lower()
        anaphoric = " that " in f" {m.group().lower()} " or unit == "day"
        if unit == "day":
            day = self.reference_day()
        elif anaphoric and self.last_ref is not None:
            day = self.last_ref  # "later that year": the year last mentioned
        else:
            day = self.anchor.date
        return self._unit_value(unit, day, 0, hit)

    def _r_part_of_day(self, hit: _Hit) -> Value:
        m = hit.match
        part = m.group("part").lower()
        code = _PARTS_OF_DAY[part]
        pday = m.group("pday").lower() if _has(m, "pday") else "this"
        shift = {"yesterday": -1, "tomorrow": 1, "last": -1 if part == "night" else 0}.get(pday, 0)
        a = self.anchor.date
        if a is None:
            return self.unanchored(hit, Value(f"XXXX-XX-XXT{code}", Precision.HOUR, anchored=True))
        d = a + datetime.timedelta(days=shift)
        return Value(f"{d.isoformat()}T{code}", Precision.HOUR, d, d, True)

    def _r_deictic(self, hit: _Hit) -> Value:
        low = " ".join(hit.match.group().lower().split())
        shift = {
            "today": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[low]
        if low == "today" and self.nowadays(hit):
            return cal.ref_value("PRESENT")
        a = self.anchor
        if a.date is not None:
            return cal.date_value(a.date + datetime.timedelta(days=shift))
        if a.month is not None and a.day is not None:
            moved = cal.shift_partial(a, days=shift)
            return cal.day_value(None, moved.month, moved.day, True)
        return self.unanchored(hit, cal.unknown(Precision.DAY, True))

    def nowadays(self, hit: _Hit) -> bool:
        """True for "today" meaning "nowadays": inside a quotation, before a clause."""
        folded = self.doc.folded
        inside_quote = self.inside_quotation(hit)
        return (
            inside_quote
            and _TODAY_CLAUSE.search(folded[hit.end : hit.end + 12]) is not None
            and self.tense(hit) is Tense.PRESENT
        )

    def _r_weekday(self, hit: _Hit) -> Value | None:
        m = hit.match
        wd = gram.weekdays()[m.group("wd").lower()]
        a = self.anchor.date
        if a is None:
            self.diagnostics.append(
                Diagnostic(
                    "time.weekday.unanchored",
                    f"{m.group()!r} names a weekday and the text gives no full date to "
                    "resolve it against; left out",
                    Span(hit.start, hit.end),
                    Severity.INFO,
                )
            )
            return None
        relw = m.group("rel").lower() if _has(m, "rel") else None
        back = (a.weekday() - wd) % 7
        ahead = (wd - a.weekday()) % 7
        if relw in ("last", "past"):
            d = a - datetime.timedelta(days=back or 7)
        elif relw in ("next", "coming"):
            d = a + datetime.timedelta(days=ahead or 7)
        elif relw == "this":
            d = a + datetime.timedelta(days=wd - a.weekday())
        elif back == 0:
            d = a  # the anchor's own weekday, whatever the tense
        else:
            possessive = self.doc.folded[hit.end : hit.end + 2] == "'s"
            tense = Tense.PAST if possessive else self.tense(hit)
            if tense is Tense.PAST:
                d = a - datetime.timedelta(days=back)
            elif tense is Tense.FUTURE:
                d = a + datetime.timedelta(days=ahead)
            else:
                d = (
                    a - datetime.timedelta(days=back)
                    if back <= ahead
                    else a + datetime.timedelta(days=ahead)
                )
        return cal.date_value(d)

    def _r_ref(self, hit: _Hit) -> Value:
        m = hit.match
        if _has(m, "present"):
            return cal.ref_value("PRESENT")
        if _has(m, "past"):
            return cal.ref_value("PAST")
        return cal.ref_value("FUTURE")


def _pick(offsets: list[int], tense: Tense) -> int:
    """The index of the candidate nearest the anchor for *tense* (*offsets* ascending)."""
    best = 0
    for i in range(1, len(offsets)):
        if _weighted(offsets[i], tense) < _weighted(offsets[best], tense):
            best = i
    return best


def _weighted(distance: int, tense: Tense) -> float:
    """How far a candidate *distance* units from the anchor is, given the tense.

    A candidate on the wrong side of the anchor for the tense counts a few
    times its distance: in a past-tense sentence, "on December 15" written
    in early November is more likely a date six weeks ahead (governed by a
    later verb) than one eleven months back.
    """
    if tense is Tense.PAST and distance > 0:
        return _PAST_AHEAD * distance
    if tense is Tense.FUTURE and distance < 0:
        return _FUTURE_BACK * -distance
    return abs(distance)


@functools.cache
def _number_table() -> dict[str, int]:
    table = dict(gram.number_words())
    tens = {w: v for w, v in table.items() if v >= 20}
    units = {w: v for w, v in table.items() if 1 <= v <= 9 and w not in ("a", "an")}
    for tw, tv in tens.items():
        for uw, uv in units.items():
            table[f"{tw}-{uw}"] = tv + uv
            table[f"{tw} {uw}"] = tv + uv
    return table


def _number(word: str) -> int | None:
    """The count a number word or numeral gives; None for vague ones ("several")."""
    low = " ".join(word.lower().split())
    if low.isdigit():
        return int(low)
    return _number_table().get(low)


# --------------------------------------------------------------------------
# After resolving: appositions and ranges.
# --------------------------------------------------------------------------


def _appositions(found: list[tuple[_Hit, Value]], folded: str) -> list[tuple[_Hit, Value]]:
    """ "Today, on October 9": today takes the value of the date it names."""
    out = list(found)
    for i in range(len(out) - 1):
        hit, value = out[i]
        nxt_hit, nxt_value = out[i + 1]
        if hit.rule != "deictic" or hit.match.group().lower() != "today":
            continue
        if nxt_value.precision is not Precision.DAY or nxt_hit.rule not in _DAY_RULES:
            continue
        if _APPOSITION_GAP.fullmatch(folded, hit.end, nxt_hit.start) is None:
            continue
        if value.start is not None and value.start != nxt_value.start:
            continue
        out[i] = (hit, attrs.evolve(nxt_value, anchored=True))
    return out


def _merge_ranges(found: list[tuple[_Hit, Value]], doc: Doc) -> list[When]:
    """Make ``Wednesday to Friday`` and ``2019 - 2021`` one expression covering both ends."""
    out: list[When] = []
    i = 0
    while i < len(found):
        hit, value = found[i]
        start, end = hit.start, hit.end
        if i + 1 < len(found):
            nxt_hit, nxt_value = found[i + 1]
            if (
                nxt_value.precision is value.precision
                and value.precision is not Precision.REF
                and _RANGE_GAP.fullmatch(doc.folded, hit.end, nxt_hit.start) is not None
                and (value.start is None) == (nxt_value.start is None)
                and (value.start is None or nxt_value.end is None or value.start <= nxt_value.end)
            ):
                value = attrs.evolve(
                    value,
                    end=nxt_value.end,
                    anchored=value.anchored or nxt_value.anchored,
                )
                end = nxt_hit.end
                i += 1
        out.append(
            When(
                span=Span(start, end),
                text=doc.text[start:end],
                timex=value.timex,
                precision=value.precision,
                start=value.start,
                end=value.end,
                type=TimexType.TIME if value.precision is Precision.HOUR else TimexType.DATE,
                anchored=value.anchored,
            )
        )
        i += 1
    return out
