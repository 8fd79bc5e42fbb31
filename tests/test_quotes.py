"""Tests for diplocorpus._quotes: pairing quote marks in real-looking wire text.

Every report here is written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplocorpus._doc import Doc
from diplocorpus._layout import paragraphs, sentences
from diplocorpus._quotes import UNBALANCED, find_quotes
from diplocorpus._text import fold
from diplocorpus.model import Span
from strategies import noisy_reports, wire_reports


def make_doc(text: str) -> Doc:
    folded = fold(text)
    paras = paragraphs(folded, Span(0, len(text)))
    return Doc(text, folded, Span(0, len(text)), paras, sentences(folded, paras))


def quoted(text: str) -> tuple[list[str], list[str]]:
    found, diags = find_quotes(make_doc(text))
    return [q.text for q in found], [d.code for d in diags]


@pytest.mark.parametrize(
    ("text", "expected", "codes"),
    [
        # straight, curly, single, guillemets, doubled singles, low-high
        ('"Ties are strong," he said.', ["Ties are strong,"], []),
        ("“Ties are strong,” he said.", ["Ties are strong,"], []),
        ("‘Ties are strong,’ he said.", ["Ties are strong,"], []),
        ("«Ties are strong», he said.", ["Ties are strong"], []),
        ("''Ties are strong,'' he said.", ["Ties are strong,"], []),
        ("„Ties are strong“, he said.", ["Ties are strong"], []),
        # apostrophes and backticks are not quotes
        ("Azerbaijan's envoy visited Xi'an and BP`s office.", [], []),
        ("The heads' of state met. 'Peace is near,' he said.", ["Peace is near,"], []),
        # reversed marks pair by context
        ("”Ties are strong“ he said.", ["Ties are strong"], []),
        # glued quotes
        ("“We agree.”“The talks ended,” he said.", ["We agree.", "The talks ended,"], []),
        # a quoted title nested inside speech is not returned on its own
        (
            "“The “Joint Statement on Friendship,” signed today, matters,” she said.",
            ["The “Joint Statement on Friendship,” signed today, matters,"],
            [],
        ),
        # scare quotes are still quotes here (the statements stage filters them)
        ("The “One China” policy stands.", ["One China"], []),
        # an unbalanced quote closes at its paragraph end, not at the article end
        (
            "He said: “We are ready to talk.\nThe ministry issued a note.",
            ["We are ready to talk."],
            [UNBALANCED],
        ),
        # a single mark that never closes opens speech only after a colon
        (
            "He said: 'We are ready to talk.\nThe ministry issued a note.",
            ["We are ready to talk."],
            [UNBALANCED],
        ),
        ("The 'new page in relations began, he said.", [], [UNBALANCED]),
        # a stray closing mark is dropped
        ("The talks ended ” then they left.", [], [UNBALANCED]),
        # a lone closing mark after speech: read back from the paragraph start
        ("We are ready to go on,” said the minister.", ["We are ready to go on,"], [UNBALANCED]),
        # a run of marks is noise
        ('""""""" text', [], []),
    ],
)
def test_pairs(text: str, expected: list[str], codes: list[str]) -> None:
    assert (expected, codes) == quoted(text)


def test_quote_reopened_in_each_paragraph_is_one_quote() -> None:
    text = (
        "'We have built roads.\n\n'We have built schools.\n\n'We will go on,' said the President."
    )
    found, diags = find_quotes(make_doc(text))
    assert [3] == [q.paragraphs for q in found]
    assert found[0].text.startswith("We have built roads.")
    assert found[0].text.endswith("We will go on,")
    assert () == diags


def test_quote_not_reopened_closes_in_a_later_paragraph() -> None:
    text = "“We have built roads.\n\nWe will go on,” the minister said."
    found, _ = find_quotes(make_doc(text))
    assert [2] == [q.paragraphs for q in found]


def test_inner_quote_left_open_is_closed_by_the_paragraph_last_mark() -> None:
    text = "“Two banks help. “We will expand this”.\n“Next line is separate.”"
    texts, codes = quoted(text)
    assert ["Two banks help. “We will expand this", "Next line is separate."] == texts
    assert [UNBALANCED] == codes


def test_content_spans_exclude_the_marks() -> None:
    text = "He said: «Peace is near». “Trade grows,” she added."
    doc = make_doc(text)
    for q in find_quotes(doc)[0]:
        assert q.text == text[q.span.start : q.span.end]
        assert text[q.open.start : q.open.end] in "«“"


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.one_of(wire_reports(), noisy_reports()))
def test_quotes_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    doc = make_doc(text)
    found, _ = find_quotes(doc)
    last = -1
    for q in found:
        assert 0 <= q.open.start <= q.span.start <= q.span.end <= len(text)
        assert q.span.start >= last
        last = q.span.end


@settings(max_examples=60, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            ['"', "“", "”", "'", "‘", "’", "«", "»", "``", "''", "word", " ", "\n", "."]
        ),
        max_size=60,
    ).map("".join)
)
def test_random_marks_never_raise(text: str) -> None:
    find_quotes(make_doc(text))


def test_long_run_of_marks_is_fast() -> None:
    import time

    text = '"' * 400_000
    start = time.perf_counter()
    find_quotes(make_doc(text))
    assert time.perf_counter() - start < 2.0


def test_an_unclosed_quote_keeps_no_trailing_double_mark() -> None:
    # ''" is a run of three marks, read as noise, so the outer quote never closes;
    # closed at the paragraph end, its content must not end on the unused mark.
    text = "He said: \"Talks went well, under the ``Joint Declaration''\","
    (quote,), _diags = find_quotes(make_doc(text))
    assert quote.text == "Talks went well, under the ``Joint Declaration''"
