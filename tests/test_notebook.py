"""HTML views: well-formed, escaped, overlapping spans split; rendered by Chromium when present."""

from __future__ import annotations

import importlib.util
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplocorpus
from diplocorpus import (
    Actor,
    Article,
    Corpus,
    Event,
    EventKind,
    Precision,
    Span,
    Statement,
    StatementKind,
    When,
)
from diplocorpus.notebook import LAYERS, article_html, corpus_html, highlight

VOID = {"br", "img", "meta", "hr", "input", "link"}


class Checker(HTMLParser):
    """Collects text and checks that every tag is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.problems: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"unexpected </{tag}> with open {self.stack}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(html: str) -> Checker:
    checker = Checker()
    checker.feed(html)
    checker.close()
    assert [] == checker.problems
    assert [] == checker.stack
    return checker


HOSTILE = 'Baku. "<script>alert(1)</script> & more," said Ilham Aliyev on May 2.'


def hostile_article() -> Article:
    quote_start = HOSTILE.index("<script>")
    quote_end = HOSTILE.index(',"')
    name = HOSTILE.index("Ilham")
    day = HOSTILE.index("May 2")
    return Article(
        text=HOSTILE,
        source="<b>odd</b>.txt",
        statements=(
            Statement(
                HOSTILE[quote_start:quote_end],
                Span(quote_start, quote_end),
                StatementKind.DIRECT,
                Actor("Ilham Aliyev", country="AZE"),
                speaker_span=Span(name, name + 12),
            ),
        ),
        # An event mention overlapping the quote's end and the speaker.
        events=(
            Event(
                EventKind.OTHER,
                Span(quote_end - 4, name + 5),
                HOSTILE[quote_end - 4 : name + 5],
            ),
        ),
        timexes=(When(Span(day, day + 5), "May 2", "XXXX-05-02", Precision.DAY),),
    )


def test_article_html_is_well_formed_and_escapes_the_text() -> None:
    html = article_html(hostile_article())
    checker = check(html)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in html
    assert "script" not in checker.tags
    assert "b" not in checker.tags  # the source is escaped too
    # The visible text of the highlighted block is the article text, unchanged.
    assert HOSTILE in "".join(checker.text)


def test_overlapping_spans_are_split_at_every_boundary() -> None:
    text = "abcdefghij"
    html = highlight(text, [(0, 6, "statement", "s"), (4, 9, "event", "e"), (2, 3, "timex", "t")])
    check(html)
    pieces = [
        "ab",  # statement
        "c",  # statement + timex
        "d",  # statement
        "ef",  # statement + event
        "ghi",  # event
    ]
    for piece in pieces:
        assert f">{piece}</span>" in html
    assert html.endswith("j")
    assert 'class="dc-statement dc-event"' in html


def test_highlight_clips_spans_outside_the_text() -> None:
    assert "ab" == highlight("ab", [(5, 9, "event", "x")])


def test_repr_html_of_article_and_corpus() -> None:
    article = hostile_article()
    assert article_html(article) == article._repr_html_()
    corpus = Corpus.from_articles([article, diplocorpus.parse(" date 2025-01-02 T\nText.")])
    html = corpus._repr_html_()
    check(html)
    assert "2 articles" in html
    limited = corpus_html(corpus, limit=1)
    assert "first 1 articles" in limited


def test_every_sample_renders_well_formed() -> None:
    from diplocorpus.samples import texts

    for name, text in texts():
        check(article_html(diplocorpus.parse(text, source=name)))


@pytest.mark.skipif(importlib.util.find_spec("diplocorpus") is None, reason="package not installed")
def test_chromium_renders_a_sample_to_png(tmp_path: Path) -> None:
    path = Path(__file__).resolve().parent.parent / "tools" / "render_html.py"
    spec = importlib.util.spec_from_file_location("render_html", path)
    assert spec is not None
    assert spec.loader is not None
    render_html: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_html)
    if render_html.chromium() is None:
        pytest.skip("chromium is not installed")
    out = tmp_path / "article.png"
    try:
        render_html.main(["--out", str(out), "--window-size", "900,700"])
    except subprocess.TimeoutExpired:  # pragma: no cover - a wedged browser
        pytest.skip("chromium timed out")
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 5000


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab <>&\"'\n«»"), max_size=40),
    spans=st.lists(
        st.tuples(
            st.integers(-2, 45),
            st.integers(-2, 45),
            st.sampled_from(sorted(LAYERS)),
            st.text(max_size=5),
        ),
        max_size=8,
    ),
)
def test_highlight_any_spans_keeps_the_text_and_nests_properly(
    text: str, spans: list[tuple[int, int, str, str]]
) -> None:
    html = highlight(text, spans)
    checker = check(html)
    assert text == "".join(checker.text)
