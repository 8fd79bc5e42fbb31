"""Merging across articles: events, agreements, statement groups (hand-built articles + samples)."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplocorpus
from diplocorpus import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Article,
    Corpus,
    Event,
    EventKind,
    Place,
    Precision,
    Span,
    Statement,
    StatementKind,
    When,
)
from diplocorpus.merge import (
    Mention,
    group_statements,
    merge_agreements,
    merge_events,
    shingles,
    title_words,
)

D = datetime.date


def state(code: str) -> Actor:
    return Actor(code, ActorKind.STATE, None, code)


def when(timex: str, start: D, end: D, precision: Precision) -> When:
    return When(Span(0, 1), timex, timex, precision, start, end)


DAY = Precision.DAY
JULY4 = D(2024, 7, 4)


def story(
    source: str,
    agency: str | None,
    *,
    kind: EventKind = EventKind.TALKS,
    parties: tuple[str, ...] = ("AZE", "CHN"),
    place: str | None = "Astana",
    date: When | None = None,
    article_date: D = JULY4,
    quote: str = "",
    speaker: str = "Ilham Aliyev",
    title: str = "",
) -> Article:
    """An article whose text holds one event, optionally a quote and an agreement."""
    text = f"Talks were held in {place}. "
    statements: tuple[Statement, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    if quote:
        start = len(text)
        text += f'"{quote}" said {speaker}. '
        statements = (
            Statement(
                quote,
                Span(start + 1, start + 1 + len(quote)),
                StatementKind.DIRECT,
                Actor(speaker, ActorKind.PERSON, None, "AZE"),
            ),
        )
    if title:
        start = len(text)
        text += f"The {title} was signed."
        agreements = (
            Agreement(
                title=title,
                kind=AgreementKind.DECLARATION,
                span=Span(start + 4, start + 4 + len(title)),
                parties=tuple(state(p) for p in parties),
                when=date,
            ),
        )
    event = Event(
        kind=kind,
        span=Span(0, 16),
        text=text[:16],
        participants=tuple(state(p) for p in parties),
        place=Place(place, None) if place else None,
        when=date,
    )
    return Article(
        text=text,
        source=source,
        date=article_date,
        agency=agency,
        events=(event,),
        statements=statements,
        agreements=agreements,
    )


JULY3 = when("2024-07-03", D(2024, 7, 3), D(2024, 7, 3), DAY)


def test_three_agencies_one_event() -> None:
    articles = [
        story("trend.txt", "Trend", date=JULY3),
        story("azertac.txt", "AZERTAC", date=JULY3),
        story("xinhua.txt", "Xinhua", date=when("2024-07-04", D(2024, 7, 4), D(2024, 7, 4), DAY)),
        story("other.txt", "Trend", kind=EventKind.VISIT, parties=("GEO",), place="Tbilisi"),
    ]
    merged = merge_events(articles)
    assert 2 == len(merged)
    talks = next(m for m in merged if m.kind == "talks")
    assert ["trend.txt", "azertac.txt", "xinhua.txt"] == [m.source for m in talks.mentions]
    assert (3, 3) == (talks.sources, talks.independent_sources)
    assert ("Trend", "AZERTAC", "Xinhua") == talks.agencies
    assert ("2024-07-03", "Astana", ("AZE", "CHN")) == (
        talks.date,
        talks.place,
        talks.participant_countries,
    )
    assert (
        Mention("trend.txt", D(2024, 7, 4), "Trend", 0, 16, "Talks were held ")
        == (talks.mentions[0])
    )


@pytest.mark.parametrize(
    ("other", "merged"),
    [
        # Day precision: within one day merges, two days apart does not.
        ({"date": when("2024-07-04", D(2024, 7, 4), D(2024, 7, 4), DAY)}, True),
        ({"date": when("2024-07-05", D(2024, 7, 5), D(2024, 7, 5), DAY)}, False),
        # A coarser date containing the other merges.
        ({"date": when("2024-07", D(2024, 7, 1), D(2024, 7, 31), Precision.MONTH)}, True),
        ({"date": when("2024-08", D(2024, 8, 1), D(2024, 8, 31), Precision.MONTH)}, False),
        # Participants must agree where both have any: one inside the
        # other, or half of them shared; a shared host alone is not enough.
        ({"date": JULY3, "parties": ("AZE", "CHN", "KAZ")}, True),
        ({"date": JULY3, "parties": ("CHN",)}, True),
        ({"date": JULY3, "parties": ("CHN", "KAZ")}, False),
        ({"date": JULY3, "parties": ("RUS",)}, False),
        # Unknown participants: the same known place is enough.
        ({"date": JULY3, "parties": ()}, True),
        ({"date": JULY3, "parties": (), "place": None}, False),
        # Different places do not merge; an unknown place does.
        ({"date": JULY3, "place": "Baku"}, False),
        ({"date": JULY3, "place": None}, True),
        # Different kinds never merge.
        ({"date": JULY3, "kind": EventKind.MEETING}, False),
        # No date of its own: the article date (July 4) stands in.
        ({"date": None}, True),
        ({"date": None, "article_date": D(2024, 7, 9)}, False),
    ],
)
def test_event_merge_rules(other: dict[str, object], merged: bool) -> None:
    first = story("a.txt", "Trend", date=JULY3)
    second = story("b.txt", "Xinhua", **other)  # type: ignore[arg-type]
    result = merge_events([first, second])
    assert (1 if merged else 2) == len(result)


def test_events_of_one_article_stay_apart() -> None:
    # One article's two events are distinct; a third report like both joins one only.
    two = story("a.txt", "Trend", date=JULY3)
    two = attrs.evolve(two, events=two.events * 2)
    merged = merge_events([two, story("b.txt", "Xinhua", date=JULY3)])
    assert [2, 1] == [m.sources for m in merged]
    assert ["a.txt", "b.txt"] == [m.source for m in merged[0].mentions]


def test_a_vague_mention_does_not_chain_two_events() -> None:
    year = when("2024", D(2024, 1, 1), D(2024, 12, 31), Precision.YEAR)
    later = when("2024-07-09", D(2024, 7, 9), D(2024, 7, 9), DAY)
    articles = [
        story("july3.txt", "Trend", date=JULY3),
        story("vague.txt", "TASS", parties=("AZE",), place=None, date=year),
        story("july9.txt", "Xinhua", date=later),
        # Only the host named: like both, but the two delegations stay apart.
        story("host.txt", "APA", parties=("AZE",), date=JULY3),
        story("other.txt", "Report", parties=("AZE", "RUS"), date=JULY3),
    ]
    groups = sorted(sorted(m.source or "" for m in g.mentions) for g in merge_events(articles))
    assert [["host.txt", "july3.txt", "vague.txt"], ["july9.txt"], ["other.txt"]] == groups


def test_article_without_agency_counts_by_source() -> None:
    articles = [
        story("a.txt", None, date=JULY3),
        story("b.txt", None, date=JULY3),
        story("c.txt", "trend", date=JULY3),
        story("d.txt", "Trend", date=JULY3),
    ]
    (merged,) = merge_events(articles)
    assert (4, 3) == (merged.sources, merged.independent_sources)


def test_merge_is_deterministic_and_ordered() -> None:
    articles = [
        story("late.txt", "Trend", date=when("2024-09-01", D(2024, 9, 1), D(2024, 9, 1), DAY)),
        story("early.txt", "Trend", date=when("2024-01-01", D(2024, 1, 1), D(2024, 1, 1), DAY)),
        story("undated.txt", "Trend", parties=("FRA",), date=None),
    ]
    first = merge_events(articles)
    assert first == merge_events(articles)
    assert ["early.txt", "undated.txt", "late.txt"] == [m.mentions[0].source for m in first]


def test_title_words_and_agreement_merge() -> None:
    long = "Joint Declaration on the Establishment of Strategic Partnership"
    assert {"joint", "declaration", "establishment", "strategic", "partnership"} == set(
        title_words(long)
    )
    articles = [
        story("a.txt", "Trend", date=JULY3, title=long),
        story("b.txt", "Xinhua", date=JULY3, title="joint declaration on strategic partnership"),
        story("c.txt", "TASS", date=JULY3, title="Joint Declaration on Energy Security"),
    ]
    merged = merge_agreements(articles)
    assert [2, 1] == [m.sources for m in merged]
    assert long == merged[0].title
    assert ["a.txt", "b.txt"] == [m.source for m in merged[0].mentions]
    assert long == merged[0].mentions[0].text


def test_statement_groups_find_syndicated_quotes() -> None:
    quote = "Strategic partnership between our countries has reached a very high level today"
    copy = quote.replace("today", "today.")
    articles = [
        story("a.txt", "Trend", quote=quote),
        story("b.txt", "AZERTAC", quote="“" + copy.upper() + "”"),
        story("c.txt", "Xinhua", quote="Our trade grew by a third in a single year"),
        story("d.txt", "TASS", quote=quote, speaker="Somebody Else"),
    ]
    groups = group_statements(articles)
    assert [2, 1, 1] == [len(g.occurrences) for g in groups]
    assert ["a.txt", "b.txt"] == [m.source for m in groups[0].occurrences]
    assert 2 == groups[0].independent_sources
    assert 1 == len(group_statements(articles, min_size=2))


def test_shingles_normalise_quotes_and_case() -> None:
    assert shingles("“We agree,” HE said") == shingles('"we agree" he said.')
    assert frozenset({("short",)}) == shingles("Short!")
    assert frozenset() == shingles("!!")


def test_corpus_methods_delegate() -> None:
    corpus = Corpus.from_articles(
        [story("a.txt", "Trend", date=JULY3), story("b.txt", "Xinhua", date=JULY3)]
    )
    assert 1 == len(corpus.merged_events())
    assert () == corpus.merged_agreements()
    assert () == corpus.statement_groups()


# --------------------------------------------------------------------------
# The bundled syndicated story: one event told by three agencies in three files.
# --------------------------------------------------------------------------


AKTAU = ("29_aktau_trend.txt", "30_aktau_kazinform.txt", "31_aktau_xinhua.txt")


def _aktau() -> list[Article]:
    from diplocorpus.samples import names, read

    if not set(AKTAU) <= set(names()):
        pytest.skip("the three Aktau samples are not bundled")
    return [diplocorpus.parse(read(n), source=n) for n in AKTAU]


def test_syndicated_samples_merge_into_one_event_with_three_sources() -> None:
    # The parsed headers (source, date, agency) of the three reports, with
    # the meeting each one tells of placed by hand: merging is tested apart
    # from how well the events stage finds it.
    articles = _aktau()
    assert [
        ("Trend", D(2025, 3, 14)),
        ("Kazinform", D(2025, 3, 14)),
        ("Xinhua", D(2025, 3, 14)),
    ] == [(a.agency, a.date) for a in articles]
    built = []
    for a in articles:
        start = a.text.index("trilateral meeting")
        meeting = Event(
            EventKind.MEETING,
            Span(start, start + len("trilateral meeting")),
            "trilateral meeting",
            participants=tuple(state(c) for c in ("KAZ", "AZE", "UZB")),
            place=Place("Aktau", "KAZ"),
        )
        built.append(attrs.evolve(a, events=(meeting,)))
    (merged,) = merge_events(built)
    assert (3, 3) == (merged.sources, merged.independent_sources)
    assert ("Trend", "Kazinform", "Xinhua") == merged.agencies
    assert (None, D(2025, 3, 14), "Aktau") == (merged.date, merged.date_start, merged.place)
    assert list(AKTAU) == [m.source for m in merged.mentions]
    assert {"trilateral meeting"} == {m.text for m in merged.mentions}


def test_syndicated_samples_merge_as_parsed() -> None:
    (meeting,) = [m for m in merge_events(_aktau()) if m.sources == 3]
    assert ("meeting", 3) == (meeting.kind, meeting.independent_sources)
    assert {"AZE", "KAZ", "UZB"} <= set(meeting.participant_countries)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Trend", "Xinhua", "TASS", None]),
            st.sampled_from([EventKind.TALKS, EventKind.VISIT]),
            st.lists(st.sampled_from(["AZE", "CHN", "KAZ", "GEO"]), max_size=3, unique=True),
            st.sampled_from(["Astana", "Baku", None]),
            st.integers(1, 6),
            st.integers(1, 3),
        ),
        max_size=12,
    )
)
def test_merging_partitions_the_events(
    specs: list[tuple[str | None, EventKind, list[str], str | None, int, int]],
) -> None:
    articles = []
    for n, (agency, kind, parties, place, day, copies) in enumerate(specs):
        date = when(f"2024-07-0{day}", D(2024, 7, day), D(2024, 7, day), DAY)
        one = story(f"{n}.txt", agency, kind=kind, parties=tuple(parties), place=place, date=date)
        articles.append(attrs.evolve(one, events=one.events * copies))
    merged = merge_events(articles)
    assert merged == merge_events(articles)
    mentions = [(m.source, m.start) for group in merged for m in group.mentions]
    assert sum(len(a.events) for a in articles) == len(mentions)
    for group in merged:
        assert group.sources == len(group.mentions)  # one event per article at most
        assert len({m.source for m in group.mentions}) == len(group.mentions)
