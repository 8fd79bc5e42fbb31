"""Properties of the time stage: spans, intervals, anchors, never the clock, never raising."""

from __future__ import annotations

import datetime
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from diplocorpus import Precision, find_timexes, parse
from strategies import any_text, date_phrases, wire_reports

# Relative expressions with how far their start may move when the anchor
# moves one day later: the allowed shifts in days.
RELATIVE_SHIFTS: dict[str, frozenset[int]] = {
    "yesterday": frozenset({1}),
    "today": frozenset({1}),
    "tomorrow": frozenset({1}),
    "three days ago": frozenset({1}),
    "last week": frozenset({0, 7}),
    "this week": frozenset({0, 7}),
    "next week": frozenset({0, 7}),
    "two weeks ago": frozenset({0, 7}),
    "last month": frozenset({0, 28, 29, 30, 31}),
    "next month": frozenset({0, 28, 29, 30, 31}),
    "six months ago": frozenset({0, 28, 29, 30, 31}),
    "last year": frozenset({0, 365, 366}),
    "this year": frozenset({0, 365, 366}),
    "next year": frozenset({0, 365, 366}),
    "two years ago": frozenset({0, 365, 366}),
    "on Monday": frozenset(range(8)),
    "next Friday": frozenset(range(8)),
    "last Sunday": frozenset(range(8)),
}

FILLER = st.sampled_from(
    [
        "The ministers met",
        "The sides will discuss trade",
        "Talks are held",
        "The president said",
        "Officials plan to sign a memorandum",
    ]
)

ANCHORS = st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 30))


@st.composite
def relative_texts(draw: st.DrawFn) -> str:
    """Sentences made of filler and relative expressions only (no absolute date)."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        parts.append(f"{draw(FILLER)} {draw(st.sampled_from(sorted(RELATIVE_SHIFTS)))}.")
    return " ".join(parts)


@settings(max_examples=40, deadline=None)
@given(any_text(), st.one_of(st.none(), ANCHORS))
def test_never_raises_and_spans_are_evidence(text: str, anchor: datetime.date | None) -> None:
    for when in find_timexes(text, anchor):
        assert 0 <= when.span.start < when.span.end <= len(text)
        assert text[when.span.start : when.span.end] == when.text
        if when.start is not None and when.end is not None:
            assert when.start <= when.end


@settings(max_examples=30, deadline=None)
@given(wire_reports())
def test_reports_spans_in_text_order(report: str) -> None:
    spans = [w.span for w in find_timexes(report, datetime.date(2025, 4, 21))]
    assert sorted(spans) == spans
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start  # no two expressions overlap


@settings(max_examples=30, deadline=None)
@given(wire_reports(separators=("\n",)), ANCHORS)
def test_crlf_changes_nothing(report: str, anchor: datetime.date) -> None:
    lf = find_timexes(report, anchor)
    crlf = find_timexes(report.replace("\n", "\r\n"), anchor)
    assert [(w.text.replace("\r", ""), w.timex) for w in lf] == [
        (w.text.replace("\r", ""), w.timex) for w in crlf
    ]


@settings(max_examples=60, deadline=None)
@given(date_phrases(), ANCHORS)
def test_written_dates_do_not_depend_on_the_anchor(phrase: str, anchor: datetime.date) -> None:
    text = f"The agreement was signed {phrase}."
    absolute = [w for w in find_timexes(text, anchor) if not w.anchored]
    other = [w for w in find_timexes(text, anchor + datetime.timedelta(days=1)) if not w.anchored]
    assert [w.timex for w in absolute] == [w.timex for w in other]


@settings(max_examples=80, deadline=None)
@given(relative_texts(), ANCHORS)
def test_a_day_later_moves_relative_values_by_at_most_their_unit(
    text: str, anchor: datetime.date
) -> None:
    before = find_timexes(text, anchor)
    after = find_timexes(text, anchor + datetime.timedelta(days=1))
    assert [w.span for w in before] == [w.span for w in after]
    for b, a in zip(before, after, strict=True):
        assert b.start is not None
        assert a.start is not None
        key = b.text.lower()
        if key == "monday":  # the span of "on Monday" leaves out the preposition
            key = "on monday"
        allowed = {k.lower(): v for k, v in RELATIVE_SHIFTS.items()}[key]
        assert (a.start - b.start).days in allowed, (b, a)


@settings(max_examples=80, deadline=None)
@given(relative_texts())
def test_without_anchor_nothing_comes_from_the_clock(text: str) -> None:
    for when in find_timexes(text, None):
        assert "X" in when.timex or when.precision is Precision.REF, when
        assert (when.start, when.end) == (None, None)


def test_relative_values_without_anchor_are_reported() -> None:
    article = parse("The ministers met yesterday and will meet again next week.")
    assert ["XXXX-XX-XX", "XXXX-WXX"] == [w.timex for w in article.timexes]
    assert {"time.unanchored"} == {
        d.code for d in article.diagnostics if d.code.startswith("time.")
    }
