"""The contract of :func:`diplocorpus.parse`, as properties over every input.

- it never raises (``strict=False``) on any ``str`` (lone surrogates
  included) or ``bytes`` (any encoding, or none);
- every span of every extracted thing lies within ``article.text``;
- sentences are in order and disjoint; statements are disjoint; time
  expressions are disjoint;
- ``Article.from_dict(a.to_dict()) == a`` and ``to_dict()`` is JSON;
- parsing is deterministic;
- ``strict=True`` raises :class:`~diplocorpus.ParseError` exactly when
  there are error-level diagnostics, and the error carries them;
- CRLF line ends extract the same things as LF line ends (offsets aside).
"""

from __future__ import annotations

import datetime
import itertools
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import diplocorpus
from diplocorpus import Article, ParseError, Severity, Span
from strategies import any_bytes, any_text, noisy_reports, wire_reports

_SURROGATE = re.compile("[\ud800-\udfff]")

# Generating whole reports is slow-ish; the health check would complain.
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# --------------------------------------------------------------------------
# Helpers.
# --------------------------------------------------------------------------


def spans(article: Article) -> Iterator[tuple[str, Span]]:
    """Every span the article holds, with a label saying where it came from."""
    yield "body", article.body
    for i, s in enumerate(article.paragraphs):
        yield f"paragraphs[{i}]", s
    for i, s in enumerate(article.sentences):
        yield f"sentences[{i}]", s
    if article.title_span is not None:
        yield "title_span", article.title_span
    if article.agency_span is not None:
        yield "agency_span", article.agency_span
    if article.dateline is not None:
        yield "dateline.span", article.dateline.span
        if article.dateline.place is not None and article.dateline.place.span is not None:
            yield "dateline.place.span", article.dateline.place.span
    for i, d in enumerate(article.diagnostics):
        if d.span is not None:
            yield f"diagnostics[{i}]({d.code})", d.span
    for i, st_ in enumerate(article.statements):
        yield f"statements[{i}].span", st_.span
        if st_.speaker_span is not None:
            yield f"statements[{i}].speaker_span", st_.speaker_span
        if st_.cue_span is not None:
            yield f"statements[{i}].cue_span", st_.cue_span
    for i, ev in enumerate(article.events):
        yield f"events[{i}].span", ev.span
        for j, m in enumerate(ev.mentions):
            yield f"events[{i}].mentions[{j}]", m
        if ev.when is not None:
            yield f"events[{i}].when.span", ev.when.span
        if ev.place is not None and ev.place.span is not None:
            yield f"events[{i}].place.span", ev.place.span
    for i, ag in enumerate(article.agreements):
        yield f"agreements[{i}].span", ag.span
        for j, m in enumerate(ag.mentions):
            yield f"agreements[{i}].mentions[{j}]", m
        if ag.when is not None:
            yield f"agreements[{i}].when.span", ag.when.span
        if ag.place is not None and ag.place.span is not None:
            yield f"agreements[{i}].place.span", ag.place.span
    for i, tx in enumerate(article.timexes):
        yield f"timexes[{i}]", tx.span


def assert_disjoint_in_order(label: str, items: list[Span]) -> None:
    """Each span ends before the next one starts."""
    ordered = sorted(items)
    for a, b in itertools.pairwise(ordered):
        assert a.end <= b.start, f"{label}: {a} overlaps {b}"


def check_contract(article: Article) -> None:
    """Everything that must hold for any parsed article."""
    n = len(article.text)
    for label, span in spans(article):
        assert 0 <= span.start <= span.end <= n, f"{label} {span} outside text of length {n}"
    # Sentences: in text order and disjoint, as produced.
    for a, b in zip(article.sentences, article.sentences[1:], strict=False):
        assert a.end <= b.start, f"sentences out of order or overlapping: {a} {b}"
    for a, b in zip(article.paragraphs, article.paragraphs[1:], strict=False):
        assert a.end <= b.start, f"paragraphs out of order or overlapping: {a} {b}"
    assert_disjoint_in_order("statements", [s.span for s in article.statements])
    assert_disjoint_in_order("timexes", [t.span for t in article.timexes])
    # A stage that raised is caught by parse(), but it is a bug all the same.
    internal = [
        f"{d.code}: {d.message}" for d in article.diagnostics if d.code.startswith("internal.")
    ]
    assert not internal, internal
    # The text fields are the evidence the spans point at.
    for tx in article.timexes:
        assert tx.text == tx.span.of(article.text)
    # Serialisation round-trips and is JSON.
    data = article.to_dict()
    json.dumps(data)
    assert article == Article.from_dict(data)
    # Through JSON text too, except that JSON cannot keep a lone high
    # surrogate followed by a lone low one apart: json.loads joins the pair
    # into one astral character (a known limit, see docs/performance.md).
    if not _SURROGATE.search(article.text):
        assert article == Article.from_dict(json.loads(json.dumps(data)))


# --------------------------------------------------------------------------
# Never raises; spans in bounds; order; round trip.
# --------------------------------------------------------------------------


@SETTINGS
@given(text=any_text())
@example(text="")
@example(text="\ud800 date 2025-04-21 \udfff")
@example(text="\ud800\udc00")  # a surrogate pair as two lone surrogates
@example(text="\x00" * 50)
@example(text="\ufeff date 2025-04-21\r\nBAKU, Azerbaijan, April 21. \u201cYes,\u201d he said.")
@example(text='"' * 500)
@example(text="\u2028\u2029\r\n\r" * 40)
def test_parse_str_never_raises_and_keeps_the_contract(text: str) -> None:
    check_contract(diplocorpus.parse(text))


@SETTINGS
@given(data=any_bytes())
@example(data=b"")
@example(data=b"\xff\xfe")
@example(data=b"\xef\xbb\xbf date 2025-04-21 BAKU, April 21. Talks.")
@example(data=b"\x80\x81\x82" * 100)
@example(data="\u201cWe agree,\u201d said Mr. Guliyev.".encode("utf-16"))
def test_parse_bytes_never_raises_and_keeps_the_contract(data: bytes) -> None:
    check_contract(diplocorpus.parse(data))


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=noisy_reports())
def test_parse_is_deterministic(text: str) -> None:
    assert diplocorpus.parse(text) == diplocorpus.parse(text)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.one_of(wire_reports(), noisy_reports()))
def test_utf8_bytes_parse_like_the_str(text: str) -> None:
    # A leading BOM is dropped from bytes but kept in a str; lone surrogates
    # cannot be encoded.  Everything else must come out the same.
    text = text.lstrip("\ufeff")
    encoded = text.encode("utf-8", errors="replace")
    if encoded.decode("utf-8") != text:
        return
    assert diplocorpus.parse(text) == diplocorpus.parse(encoded)


# Regressions found by the long random runs and the fuzzer: each must parse
# without an internal.<stage> diagnostic.
REGRESSIONS = [
    pytest.param(
        "BAKU, Azerbaijan, February 29. The talks ended yesterday.",
        id="feb-29-dateline-without-year-and-yesterday",
    ),
    pytest.param(
        " date 2025-04-21 BAKU, April 21. The presidents held talks in \u2074Baku on Monday.",
        id="venue-intro-before-a-superscript-digit",
    ),
    pytest.param(
        " date 2025-04-21 BAKU, April 21. The summit will take place in \u24b6 on Monday.",
        id="venue-intro-before-a-circled-capital",
    ),
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_regressions_keep_the_contract(text: str) -> None:
    check_contract(diplocorpus.parse(text))
    check_contract(diplocorpus.parse(text.encode("utf-8")))


# --------------------------------------------------------------------------
# strict=True.
# --------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.one_of(wire_reports(), noisy_reports()))
@example(text=" date 2025-13-45 BAKU, Azerbaijan, April 21. Talks were held.")
@example(text=" date 2025-04-21 BAKU, Azerbaijan, April 21. Talks were held.")
def test_strict_raises_exactly_when_there_are_errors(text: str) -> None:
    article = diplocorpus.parse(text)
    errors = tuple(d for d in article.diagnostics if d.severity is Severity.ERROR)
    if errors:
        with pytest.raises(ParseError) as info:
            diplocorpus.parse(text, strict=True)
        assert errors == info.value.diagnostics
    else:
        assert article == diplocorpus.parse(text, strict=True)


def test_strict_raises_on_an_invalid_date_header() -> None:
    with pytest.raises(ParseError) as info:
        diplocorpus.parse(" date 2025-13-45 BAKU, Azerbaijan, April 21. Talks.", strict=True)
    assert "header.date.invalid" in [d.code for d in info.value.diagnostics]


@pytest.mark.parametrize("value", [None, 1.5, object(), ["a"]])
def test_non_text_input_does_not_raise(value: object) -> None:
    article = diplocorpus.parse(value)  # type: ignore[arg-type]
    assert article.text == ""
    assert [d.code for d in article.errors] == ["internal.decode"]


# --------------------------------------------------------------------------
# CRLF and LF give the same values.
# --------------------------------------------------------------------------


def _view(value: Any, text: str) -> Any:
    """*value* with every span replaced by its evidence (``\\r`` dropped) and offsets gone."""
    if isinstance(value, Span):
        return ("span", value.of(text).replace("\r", ""))
    if isinstance(value, str):
        return value.replace("\r", "")
    if isinstance(value, (tuple, list)):
        return tuple(_view(v, text) for v in value)
    if isinstance(value, diplocorpus.Diagnostic):
        # Messages may quote offsets; the code, severity and evidence must agree.
        return ("diagnostic", value.code, value.severity, _view(value.span, text))
    if attrs.has(type(value)):
        return tuple(
            (f.name, _view(getattr(value, f.name), text))
            for f in attrs.fields(type(value))
            if f.name != "text" or not isinstance(value, Article)
        )
    if value is None or isinstance(value, (int, float, bool, datetime.date)):
        return value
    if isinstance(value, diplocorpus.Severity) or hasattr(value, "value"):
        return value
    raise TypeError(type(value))


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=wire_reports(separators=("\n",)))
@example(text=" date 2025-04-21\nTitle Line Here\n\nBAKU, Azerbaijan, April 21. Talks.\nMore.")
# Found by the property: a credit line within the last 600 characters with LF
# but not with CRLF (the end-credit window counted line breaks).
@example(
    text=" date 2000-01-01\nTASS:\n"
    + "The sides discussed energy. " * 20
    + "\nThey met on Monday in Samarkand."
)
def test_crlf_and_lf_extract_the_same_values(text: str) -> None:
    lf = diplocorpus.parse(text)
    crlf = diplocorpus.parse(text.replace("\n", "\r\n"))
    assert _view(lf, lf.text) == _view(crlf, crlf.text)
