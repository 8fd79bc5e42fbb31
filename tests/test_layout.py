"""Paragraphs and abbreviation-aware sentences."""

from __future__ import annotations

import time

import pytest

import diplocorpus
from diplocorpus._layout import paragraphs
from diplocorpus._layout import sentences as layout_sentences
from diplocorpus.model import Span


def sentences(text: str) -> list[str]:
    article = diplocorpus.parse(text)
    return [s.of(text) for s in article.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ended. The guests left.", ["The talks ended.", "The guests left."]),
        ("Mr. Smith met H.E. Mr. Jones.", ["Mr. Smith met H.E. Mr. Jones."]),
        (
            "The U.S. side agreed. It was Feb. 12 then.",
            ["The U.S. side agreed.", "It was Feb. 12 then."],
        ),
        ("Envoy J. Doe spoke. Then he left.", ["Envoy J. Doe spoke.", "Then he left."]),
        ('"We agree," he said. "We will act."', ['"We agree," he said.', '"We will act."']),
        (
            "It ended with a call.Minister Doe left.",
            ["It ended with a call.", "Minister Doe left."],
        ),
        (
            "\u201cWe agree.\u201d\u201cWe act.\u201d",
            ["\u201cWe agree.\u201d", "\u201cWe act.\u201d"],
        ),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("The 2024 plan. 2025 will follow.", ["The 2024 plan.", "2025 will follow."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert expected == sentences(text)


def test_paragraphs_are_trimmed_non_blank_lines() -> None:
    text = "  First line here.  \n\n\n   \nSecond line.\r\nThird."
    article = diplocorpus.parse(text)
    assert ["First line here.", "Second line.", "Third."] == [
        p.of(text) for p in article.paragraphs
    ]


def test_sentences_stay_inside_paragraphs() -> None:
    text = "One sentence without end\nAnother one. And more."
    article = diplocorpus.parse(text)
    for s in article.sentences:
        assert any(p.contains(s) for p in article.paragraphs)


def test_sentences_of_a_body_that_starts_inside_a_run_of_stops() -> None:
    folded = "Wait...  Then go."
    paras = paragraphs(folded, Span(5, len(folded)))
    assert ["..", "Then go."] == [s.of(folded) for s in layout_sentences(folded, paras)]


def test_sentences_linear_in_a_run_of_stops() -> None:
    # Each stop of a run once started a scan that read the rest of the run.
    folded = "Stop" + "." * 200_000 + " Then go."
    paras = paragraphs(folded, Span(0, len(folded)))
    start = time.process_time()
    found = layout_sentences(folded, paras)
    assert time.process_time() - start < 1.0  # quadratic: minutes
    assert ["Then go."] == [s.of(folded) for s in found][1:]


def test_a_stop_that_opens_a_line_reads_no_word_from_the_line_above() -> None:
    # "Gen" ends the line above: it is no abbreviation this stop could end.
    folded = "The envoy met Gen\n. Then they left. Done."
    paras = paragraphs(folded, Span(0, len(folded)))
    assert ["The envoy met Gen", ".", "Then they left.", "Done."] == [
        s.of(folded) for s in layout_sentences(folded, paras)
    ]
