"""``Corpus``: records flattened from hand-built articles, filters, summaries, diagnostics."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

import diplocorpus
from diplocorpus import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Article,
    Corpus,
    Diagnostic,
    Event,
    EventKind,
    EventMode,
    Place,
    Precision,
    Severity,
    Span,
    Statement,
    StatementKind,
    When,
)
from diplocorpus.corpus import (
    AgreementRecord,
    EventRecord,
    StatementRecord,
    TimexRecord,
)

D = datetime.date
TEXT = (
    "Baku, April 21, AZERTAC. President Ilham Aliyev received the Georgian minister "
    'on April 20. "Our cooperation grows," Ilham Aliyev said. A Memorandum on '
    "Transit was signed."
)


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def when(text: str, needle: str, day: datetime.date) -> When:
    return When(span(text, needle), needle, day.isoformat(), Precision.DAY, day, day)


ALIYEV = Actor("Ilham Aliyev", ActorKind.PERSON, "President", "AZE")
GEORGIA = Actor("Georgia", ActorKind.STATE, None, "GEO")


def article() -> Article:
    quote = "Our cooperation grows,"
    return Article(
        text=TEXT,
        source="a1.txt",
        date=D(2025, 4, 21),
        agency="AZERTAC",
        statements=(
            Statement(
                text=quote,
                span=span(TEXT, quote),
                kind=StatementKind.DIRECT,
                speaker=ALIYEV,
                speaker_span=Span(TEXT.index("Ilham Aliyev said"), TEXT.index(" said")),
                cue="said",
                cue_span=span(TEXT, "said"),
            ),
        ),
        events=(
            Event(
                kind=EventKind.MEETING,
                span=span(TEXT, "received the Georgian minister"),
                text="received the Georgian minister",
                mode=EventMode.BILATERAL,
                participants=(ALIYEV, GEORGIA),
                place=Place("Baku", "AZE"),
                when=when(TEXT, "April 20", D(2025, 4, 20)),
                cameo="042",
            ),
        ),
        agreements=(
            Agreement(
                title="Memorandum on Transit",
                kind=AgreementKind.MEMORANDUM,
                span=span(TEXT, "Memorandum on Transit"),
                parties=(ALIYEV, GEORGIA),
            ),
        ),
        timexes=(when(TEXT, "April 20", D(2025, 4, 20)),),
        diagnostics=(Diagnostic("header.title.missing", "no title", None, Severity.INFO),),
    )


def broken() -> Article:
    return Article(
        text="",
        source="b.bin",
        diagnostics=(Diagnostic("read.binary", "binary", None, Severity.ERROR),),
    )


@pytest.fixture
def corpus() -> Corpus:
    return Corpus.from_articles([article(), broken()])


def test_from_articles_is_sized_and_reiterable(corpus: Corpus) -> None:
    assert 2 == len(corpus)
    assert list(corpus) == list(corpus)
    assert "<Corpus in memory, 2 articles>" == repr(corpus)


def test_statement_record_flattens_article_and_speaker(corpus: Corpus) -> None:
    (record,) = corpus.statements()
    quote_start = TEXT.index("Our")
    assert (
        StatementRecord(
            source="a1.txt",
            article_date=D(2025, 4, 21),
            agency="AZERTAC",
            index=0,
            kind="direct",
            text="Our cooperation grows,",
            start=quote_start,
            end=quote_start + len("Our cooperation grows,"),
            speaker="Ilham Aliyev",
            speaker_kind="person",
            speaker_role="President",
            speaker_country="AZE",
            speaker_start=TEXT.index("Ilham Aliyev said"),
            speaker_end=TEXT.index(" said"),
            cue="said",
            medium=None,
        )
        == record
    )


def test_event_agreement_and_timex_records(corpus: Corpus) -> None:
    (event,) = corpus.events()
    assert isinstance(event, EventRecord)
    assert ("meeting", "held", "bilateral") == (event.kind, event.status, event.mode)
    assert ("Ilham Aliyev", "Georgia") == event.participants
    assert ("AZE", "GEO") == event.participant_countries
    assert ("Baku", "AZE") == (event.place, event.place_country)
    assert ("2025-04-20", D(2025, 4, 20), "day") == (event.date, event.date_start, event.precision)
    (agreement,) = corpus.agreements()
    assert isinstance(agreement, AgreementRecord)
    assert "Memorandum on Transit" == agreement.text == agreement.title
    assert ("memorandum", "signed") == (agreement.kind, agreement.stage)
    (timex,) = corpus.timexes()
    assert isinstance(timex, TimexRecord)
    assert ("April 20", "2025-04-20") == (timex.text, timex.value)


@pytest.mark.parametrize(
    ("filters", "count"),
    [
        ({}, 1),
        ({"speaker": "aliyev"}, 1),
        ({"speaker": "Putin"}, 0),
        ({"country": "AZE"}, 1),
        ({"country": "GEO"}, 0),
        ({"kind": StatementKind.DIRECT}, 1),
        ({"kind": "indirect"}, 0),
        ({"since": D(2025, 4, 21), "until": D(2025, 4, 21)}, 1),
        ({"since": D(2025, 4, 22)}, 0),
        ({"until": D(2025, 4, 20)}, 0),
    ],
)
def test_statement_filters(corpus: Corpus, filters: dict[str, Any], count: int) -> None:
    assert count == len(list(corpus.statements(**filters)))


@pytest.mark.parametrize(
    ("filters", "count"),
    [
        ({"kind": "meeting"}, 1),
        ({"kind": EventKind.VISIT}, 0),
        ({"country": "GEO"}, 1),
        ({"participant": "aliyev"}, 1),
        ({"place": "baku"}, 1),
        ({"place": "Tbilisi"}, 0),
        # The event's own date (April 20), not the article's (April 21).
        ({"since": D(2025, 4, 20), "until": D(2025, 4, 20)}, 1),
        ({"since": D(2025, 4, 21)}, 0),
    ],
)
def test_event_filters(corpus: Corpus, filters: dict[str, Any], count: int) -> None:
    assert count == len(list(corpus.events(**filters)))


def test_agreement_filters(corpus: Corpus) -> None:
    assert 1 == len(list(corpus.agreements(title="transit", country="GEO", stage="signed")))
    assert 0 == len(list(corpus.agreements(kind=AgreementKind.TREATY)))
    # No date of its own: the article date stands in.
    assert 1 == len(list(corpus.agreements(since=D(2025, 4, 21))))


def test_diagnostics_summary(corpus: Corpus) -> None:
    summary = corpus.diagnostics()
    assert {"header.title.missing": 1, "read.binary": 1} == summary.counts
    assert ("b.bin",) == summary.sources["read.binary"]
    assert (2, 1) == (summary.articles, summary.articles_with_errors)
    assert "read.binary" in str(summary)


def test_summary_table(corpus: Corpus) -> None:
    summary = corpus.summary()
    assert (2, 1, 1, 1, 1) == (
        summary.articles,
        summary.statements,
        summary.events,
        summary.agreements,
        summary.timexes,
    )
    assert (("(none)", 1), ("AZERTAC", 1)) == summary.agencies
    assert "2025-04-21 .. 2025-04-21" in str(summary)


def test_records_of_articles_and_diagnostics(corpus: Corpus) -> None:
    rows = list(corpus.records("articles"))
    assert ["a1.txt", "b.bin"] == [r.source for r in rows]
    assert 1 == len(list(corpus.records("diagnostics"))) - 1
    with pytest.raises(ValueError, match="unknown record kind"):
        list(corpus.records("people"))


def test_filter_gives_a_lazy_corpus(corpus: Corpus) -> None:
    clean = corpus.filter(lambda a: not a.errors)
    assert ["a1.txt"] == [a.source for a in clean]
    with pytest.raises(TypeError, match="no length"):
        len(clean)


def test_read_corpus_counts_lazily(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f" date 2025-04-2{i} Item {i}\nText.\n")
    corpus = diplocorpus.read(tmp_path)
    assert "not yet counted" in repr(corpus)
    assert 3 == len(corpus)
    assert "3 articles" in repr(corpus)
    summary = corpus.summary()
    assert (D(2025, 4, 20), D(2025, 4, 22)) == (summary.first_date, summary.last_date)


def test_parsed_samples_give_records() -> None:
    from diplocorpus.samples import texts

    articles = [diplocorpus.parse(t, source=n) for n, t in texts()]
    corpus = Corpus.from_articles(articles)
    assert len(articles) == len(list(corpus.records("articles")))
    assert sum(len(a.timexes) for a in articles) == len(list(corpus.timexes()))
    assert sum(len(a.statements) for a in articles) == len(list(corpus.statements()))
