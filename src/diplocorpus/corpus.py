"""The :class:`Corpus`: many articles, queried as flat records.

A corpus is a re-iterable collection of :class:`~diplocorpus.model.Article`:
either in memory (:meth:`Corpus.from_articles`) or lazy, re-reading its
sources each time it is iterated (:func:`diplocorpus.read`).  Its query
methods flatten what the articles hold into frozen *records*: one per
statement, event, agreement, time expression, article or diagnostic, each
keeping its article's ``source``, date and agency beside the item's own
fields (speaker name, country and kind; kind value; text; span start and
end; ...).  Records are what the exports write, row for row.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

import attrs

from diplocorpus.model import (
    Actor,
    Agreement,
    Article,
    Event,
    Place,
    Severity,
    Statement,
    When,
)

if TYPE_CHECKING:  # pragma: no cover
    import os

    import pandas
    import pyarrow

    from diplocorpus.merge import MergedAgreement, MergedEvent, StatementGroup

__all__ = [
    "RECORD_TYPES",
    "AgreementRecord",
    "ArticleRecord",
    "Corpus",
    "DiagnosticRecord",
    "DiagnosticSummary",
    "EventRecord",
    "Record",
    "StatementRecord",
    "Summary",
    "TimexRecord",
    "records",
]


# --------------------------------------------------------------------------
# Flat records.
# --------------------------------------------------------------------------


@attrs.frozen
class StatementRecord:
    """One statement, flat.  ``start``/``end`` index the article's text."""

    source: str | None
    article_date: datetime.date | None
    agency: str | None
    index: int  # the statement's position in its article
    kind: str  # StatementKind value: direct, indirect, mixed
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_kind: str | None  # ActorKind value
    speaker_role: str | None
    speaker_country: str | None  # ISO 3166-1 alpha-3
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    medium: str | None


@attrs.frozen
class EventRecord:
    """One event, flat.  ``date`` is the TIMEX3 value, ``date_start``/``date_end`` its interval."""

    source: str | None
    article_date: datetime.date | None
    agency: str | None
    index: int
    kind: str  # EventKind value
    status: str  # EventStatus value
    mode: str | None  # EventMode value
    text: str
    start: int
    end: int
    participants: tuple[str, ...]  # actor names
    participant_countries: tuple[str, ...]  # distinct alpha-3 codes, in order
    place: str | None
    place_country: str | None
    date: str | None
    date_start: datetime.date | None
    date_end: datetime.date | None
    precision: str | None
    cameo: str
    plover: str
    mentions: int


@attrs.frozen
class AgreementRecord:
    """One agreement, flat.  ``text`` is the evidence: the text its span covers."""

    source: str | None
    article_date: datetime.date | None
    agency: str | None
    index: int
    kind: str  # AgreementKind value
    stage: str  # AgreementStage value
    title: str
    text: str
    start: int
    end: int
    parties: tuple[str, ...]
    party_countries: tuple[str, ...]
    place: str | None
    place_country: str | None
    date: str | None
    date_start: datetime.date | None
    date_end: datetime.date | None
    precision: str | None
    mentions: int


@attrs.frozen
class TimexRecord:
    """One time expression, flat: ``value`` is the TIMEX3 value."""

    source: str | None
    article_date: datetime.date | None
    agency: str | None
    index: int
    text: str
    value: str
    type: str  # TimexType value
    precision: str  # Precision value
    date_start: datetime.date | None
    date_end: datetime.date | None
    anchored: bool
    start: int
    end: int


@attrs.frozen
class ArticleRecord:
    """One article, flat: its header fields and how much was found in it."""

    source: str | None
    date: datetime.date | None
    published: datetime.datetime | None
    agency: str | None
    title: str | None
    dateline: str | None
    place: str | None
    place_country: str | None
    lang: str | None
    chars: int
    statements: int
    events: int
    agreements: int
    timexes: int
    errors: int
    warnings: int
    codes: tuple[str, ...]  # distinct diagnostic codes, in order of appearance


@attrs.frozen
class DiagnosticRecord:
    """One diagnostic, flat, with the source it was found in."""

    source: str | None
    article_date: datetime.date | None
    agency: str | None
    code: str
    severity: str
    message: str
    start: int | None
    end: int | None


Record: TypeAlias = (
    StatementRecord | EventRecord | AgreementRecord | TimexRecord | ArticleRecord | DiagnosticRecord
)

#: The record type of each kind of row a corpus can be flattened into.
RECORD_TYPES: dict[str, type[Any]] = {
    "articles": ArticleRecord,
    "statements": StatementRecord,
    "events": EventRecord,
    "agreements": AgreementRecord,
    "timexes": TimexRecord,
    "diagnostics": DiagnosticRecord,
}


def _countries(actors: Iterable[Actor]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a.country for a in actors if a.country))


def _place(place: Place | None) -> tuple[str | None, str | None]:
    return (place.name, place.country) if place is not None else (None, None)


def _when(when: When | None) -> tuple[str | None, Any, Any, str | None]:
    if when is None:
        return None, None, None, None
    return when.timex, when.start, when.end, when.precision.value


def _statement(article: Article, index: int, s: Statement) -> StatementRecord:
    speaker = s.speaker
    return StatementRecord(
        source=article.source,
        article_date=article.date,
        agency=article.agency,
        index=index,
        kind=s.kind.value,
        text=s.text,
        start=s.span.start,
        end=s.span.end,
        speaker=speaker.name if speaker else None,
        speaker_kind=speaker.kind.value if speaker else None,
        speaker_role=speaker.role if speaker else None,
        speaker_country=speaker.country if speaker else None,
        speaker_start=s.speaker_span.start if s.speaker_span else None,
        speaker_end=s.speaker_span.end if s.speaker_span else None,
        cue=s.cue,
        medium=s.medium,
    )


def _event(article: Article, index: int, e: Event) -> EventRecord:
    place, place_country = _place(e.place)
    date, date_start, date_end, precision = _when(e.when)
    return EventRecord(
        source=article.source,
        article_date=article.date,
        agency=article.agency,
        index=index,
        kind=e.kind.value,
        status=e.status.value,
        mode=e.mode.value if e.mode else None,
        text=e.text,
        start=e.span.start,
        end=e.span.end,
        participants=tuple(a.name for a in e.participants),
        participant_countries=_countries(e.participants),
        place=place,
        place_country=place_country,
        date=date,
        date_start=date_start,
        date_end=date_end,
        precision=precision,
        cameo=e.cameo,
        plover=e.plover,
        mentions=max(1, len(e.mentions)),
    )


def _agreement(article: Article, index: int, a: Agreement) -> AgreementRecord:
    place, place_country = _place(a.place)
    date, date_start, date_end, precision = _when(a.when)
    return AgreementRecord(
        source=article.source,
        article_date=article.date,
        agency=article.agency,
        index=index,
        kind=a.kind.value,
        stage=a.stage.value,
        title=a.title,
        text=a.span.of(article.text),
        start=a.span.start,
        end=a.span.end,
        parties=tuple(p.name for p in a.parties),
        party_countries=_countries(a.parties),
        place=place,
        place_country=place_country,
        date=date,
        date_start=date_start,
        date_end=date_end,
        precision=precision,
        mentions=max(1, len(a.mentions)),
    )


def _timex(article: Article, index: int, w: When) -> TimexRecord:
    return TimexRecord(
        source=article.source,
        article_date=article.date,
        agency=article.agency,
        index=index,
        text=w.text,
        value=w.timex,
        type=w.type.value,
        precision=w.precision.value,
        date_start=w.start,
        date_end=w.end,
        anchored=w.anchored,
        start=w.span.start,
        end=w.span.end,
    )


def article_record(article: Article) -> ArticleRecord:
    """The flat summary row of one article."""
    dateline = article.dateline
    place, place_country = _place(dateline.place if dateline else None)
    severities = Counter(d.severity for d in article.diagnostics)
    return ArticleRecord(
        source=article.source,
        date=article.date,
        published=article.published,
        agency=article.agency,
        title=article.title,
        dateline=dateline.text if dateline else None,
        place=place,
        place_country=place_country,
        lang=article.lang,
        chars=len(article.text),
        statements=len(article.statements),
        events=len(article.events),
        agreements=len(article.agreements),
        timexes=len(article.timexes),
        errors=severities[Severity.ERROR],
        warnings=severities[Severity.WARNING],
        codes=tuple(dict.fromkeys(d.code for d in article.diagnostics)),
    )


def _diagnostics(article: Article) -> Iterator[DiagnosticRecord]:
    for d in article.diagnostics:
        yield DiagnosticRecord(
            source=article.source,
            article_date=article.date,
            agency=article.agency,
            code=d.code,
            severity=d.severity.value,
            message=d.message,
            start=d.span.start if d.span else None,
            end=d.span.end if d.span else None,
        )


def article_records(article: Article, kind: str) -> Iterator[Record]:
    """The records of one *kind* (a key of :data:`RECORD_TYPES`) in one article."""
    if kind == "statements":
        for i, s in enumerate(article.statements):
            yield _statement(article, i, s)
    elif kind == "events":
        for i, e in enumerate(article.events):
            yield _event(article, i, e)
    elif kind == "agreements":
        for i, a in enumerate(article.agreements):
            yield _agreement(article, i, a)
    elif kind == "timexes":
        for i, w in enumerate(article.timexes):
            yield _timex(article, i, w)
    elif kind == "articles":
        yield article_record(article)
    elif kind == "diagnostics":
        yield from _diagnostics(article)
    else:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {sorted(RECORD_TYPES)}")


def records(articles: Iterable[Article], kind: str) -> Iterator[Record]:
    """The records of one *kind* in every article, in article order."""
    if kind not in RECORD_TYPES:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {sorted(RECORD_TYPES)}")
    for article in articles:
        yield from article_records(article, kind)


# --------------------------------------------------------------------------
# Filters.
# --------------------------------------------------------------------------

R = TypeVar("R")


def _value(kind: object) -> str:
    return str(getattr(kind, "value", kind))


def _overlaps(
    start: datetime.date | None,
    end: datetime.date | None,
    since: datetime.date | None,
    until: datetime.date | None,
) -> bool:
    """True when ``[start, end]`` meets ``[since, until]``; an undated record never does."""
    if since is None and until is None:
        return True
    if start is None or end is None:
        return False
    return (since is None or end >= since) and (until is None or start <= until)


def _item_dates(record: Any) -> tuple[datetime.date | None, datetime.date | None]:
    """The dates a record is about: its own interval where it has one, else its article's date."""
    start = getattr(record, "date_start", None)
    end = getattr(record, "date_end", None)
    if start is not None and end is not None:
        return start, end
    day = getattr(record, "article_date", None)
    return day, day


def _matches_text(value: str | None, wanted: str | None) -> bool:
    return wanted is None or (value is not None and wanted.casefold() in value.casefold())


# --------------------------------------------------------------------------
# Summaries.
# --------------------------------------------------------------------------


@attrs.frozen
class DiagnosticSummary:
    """What went wrong where: counts per code, and the sources each code was found in.

    ``counts`` maps each code to how many times it occurred; ``sources`` maps
    it to the distinct sources (in corpus order); ``severities`` maps it to
    its severity value.  ``articles_with_errors`` counts articles holding at
    least one error-level diagnostic.
    """

    articles: int
    articles_with_errors: int
    counts: dict[str, int]
    sources: dict[str, tuple[str, ...]]
    severities: dict[str, str]

    def __str__(self) -> str:
        lines = [
            f"{self.articles} articles, {self.articles_with_errors} with errors",
        ]
        width = max((len(c) for c in self.counts), default=4)
        for code, count in self.counts.items():
            where = ", ".join(self.sources[code][:3])
            more = len(self.sources[code]) - 3
            if more > 0:
                where += f", ... (+{more})"
            lines.append(f"  {code:<{width}}  {self.severities[code]:<7}  {count:>6}  {where}")
        return "\n".join(lines)


@attrs.frozen
class Summary:
    """A corpus at a glance (what ``diplocorpus stats`` prints)."""

    articles: int
    chars: int
    first_date: datetime.date | None
    last_date: datetime.date | None
    agencies: tuple[tuple[str, int], ...]  # most frequent first; None as "(none)"
    statements: int
    events: int
    agreements: int
    timexes: int
    articles_with_errors: int
    diagnostics: tuple[tuple[str, int], ...]  # per code, most frequent first

    def rows(self) -> list[tuple[str, str]]:
        """``(label, value)`` rows of the summary table."""
        dates = "-"
        if self.first_date is not None and self.last_date is not None:
            dates = f"{self.first_date.isoformat()} .. {self.last_date.isoformat()}"
        agencies = ", ".join(f"{name} ({n})" for name, n in self.agencies) or "-"
        rows = [
            ("articles", str(self.articles)),
            ("characters", str(self.chars)),
            ("date range", dates),
            ("agencies", agencies),
            ("statements", str(self.statements)),
            ("events", str(self.events)),
            ("agreements", str(self.agreements)),
            ("timexes", str(self.timexes)),
            ("articles with errors", str(self.articles_with_errors)),
        ]
        rows.extend((f"diagnostics {code}", str(n)) for code, n in self.diagnostics)
        return rows

    def __str__(self) -> str:
        rows = self.rows()
        width = max(len(label) for label, _ in rows)
        return "\n".join(f"{label:<{width}}  {value}" for label, value in rows)


def summarise(articles: Iterable[Article]) -> Summary:
    """One pass over *articles*: the :class:`Summary`."""
    count = chars = statements = events = agreements = timexes = with_errors = 0
    first: datetime.date | None = None
    last: datetime.date | None = None
    agencies: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    for a in articles:
        count += 1
        chars += len(a.text)
        if a.date is not None:
            first = a.date if first is None or a.date < first else first
            last = a.date if last is None or a.date > last else last
        agencies[a.agency or "(none)"] += 1
        statements += len(a.statements)
        events += len(a.events)
        agreements += len(a.agreements)
        timexes += len(a.timexes)
        with_errors += bool(a.errors)
        codes.update(d.code for d in a.diagnostics)
    return Summary(
        articles=count,
        chars=chars,
        first_date=first,
        last_date=last,
        agencies=tuple(sorted(agencies.items(), key=lambda kv: (-kv[1], kv[0]))),
        statements=statements,
        events=events,
        agreements=agreements,
        timexes=timexes,
        articles_with_errors=with_errors,
        diagnostics=tuple(sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


# --------------------------------------------------------------------------
# The corpus.
# --------------------------------------------------------------------------


class Corpus:
    """A re-iterable collection of articles, queried as flat records.

    Build one with :func:`diplocorpus.read` (lazy: every iteration re-reads
    the sources) or :meth:`from_articles` (in memory).  ``len()`` works for
    an in-memory corpus and for a read one (it lists the inputs once, parsing
    nothing, and remembers the count); a corpus built from a bare iterator
    function without a counter has no length (``TypeError``).
    """

    __slots__ = ("_articles", "_count", "_counter", "_label")

    def __init__(
        self,
        articles: Callable[[], Iterator[Article]],
        *,
        count: Callable[[], int] | None = None,
        label: str = "",
    ) -> None:
        self._articles = articles
        self._counter = count
        self._count: int | None = None
        self._label = label

    @classmethod
    def from_articles(cls, articles: Iterable[Article]) -> Corpus:
        """An in-memory corpus of *articles* (an iterator is consumed once, here)."""
        held = tuple(articles)
        return cls(lambda: iter(held), count=lambda: len(held), label="in memory")

    def __iter__(self) -> Iterator[Article]:
        return self._articles()

    def __len__(self) -> int:
        if self._count is None:
            if self._counter is None:
                raise TypeError("this corpus has no length: it is a stream of unknown size")
            self._count = self._counter()
        return self._count

    def __repr__(self) -> str:
        size = f"{self._count} articles" if self._count is not None else "not yet counted"
        label = f"{self._label}, " if self._label else ""
        return f"<Corpus {label}{size}>"

    def _repr_html_(self) -> str:
        from diplocorpus.notebook import corpus_html

        return corpus_html(self)

    # ---------------------------------------------------------------- records

    def records(self, kind: str) -> Iterator[Record]:
        """The flat records of one *kind*: a key of :data:`RECORD_TYPES`."""
        return records(self, kind)

    def statements(
        self,
        *,
        speaker: str | None = None,
        country: str | None = None,
        kind: object = None,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> Iterator[StatementRecord]:
        """Every statement, flat, optionally filtered.

        *speaker* matches a part of the speaker's name, case-insensitively
        (``"Aliyev"``); *country* the speaker's alpha-3 code; *kind* the
        :class:`~diplocorpus.model.StatementKind` (or its value);
        *since*/*until* the article date (inclusive).
        """
        for r in records(self, "statements"):
            assert isinstance(r, StatementRecord)
            if (
                _matches_text(r.speaker, speaker)
                and (country is None or r.speaker_country == country)
                and (kind is None or r.kind == _value(kind))
                and _overlaps(r.article_date, r.article_date, since, until)
            ):
                yield r

    def events(
        self,
        *,
        kind: object = None,
        country: str | None = None,
        participant: str | None = None,
        place: str | None = None,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> Iterator[EventRecord]:
        """Every event, flat, optionally filtered.

        *kind* is an :class:`~diplocorpus.model.EventKind` or its value
        (``"visit"``); *country* one participant's alpha-3 code;
        *participant* a part of a participant's name; *place* a part of the
        place name; *since*/*until* the event's date interval where it has
        one, else the article date (inclusive).
        """
        for r in records(self, "events"):
            assert isinstance(r, EventRecord)
            start, end = _item_dates(r)
            if (
                (kind is None or r.kind == _value(kind))
                and (country is None or country in r.participant_countries)
                and (
                    participant is None
                    or any(_matches_text(p, participant) for p in r.participants)
                )
                and _matches_text(r.place, place)
                and _overlaps(start, end, since, until)
            ):
                yield r

    def agreements(
        self,
        *,
        kind: object = None,
        stage: object = None,
        country: str | None = None,
        title: str | None = None,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> Iterator[AgreementRecord]:
        """Every agreement, flat, optionally filtered (as :meth:`events`; *title* a part of it)."""
        for r in records(self, "agreements"):
            assert isinstance(r, AgreementRecord)
            start, end = _item_dates(r)
            if (
                (kind is None or r.kind == _value(kind))
                and (stage is None or r.stage == _value(stage))
                and (country is None or country in r.party_countries)
                and _matches_text(r.title, title)
                and _overlaps(start, end, since, until)
            ):
                yield r

    def timexes(
        self,
        *,
        precision: object = None,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> Iterator[TimexRecord]:
        """Every time expression, flat; *since*/*until* filter on the interval it denotes."""
        for r in records(self, "timexes"):
            assert isinstance(r, TimexRecord)
            if (precision is None or r.precision == _value(precision)) and _overlaps(
                r.date_start, r.date_end, since, until
            ):
                yield r

    def diagnostics(self) -> DiagnosticSummary:
        """What went wrong where: counts per code and the sources each was found in."""
        articles = with_errors = 0
        counts: Counter[str] = Counter()
        sources: dict[str, dict[str, None]] = {}
        severities: dict[str, str] = {}
        for a in self:
            articles += 1
            with_errors += bool(a.errors)
            for d in a.diagnostics:
                counts[d.code] += 1
                sources.setdefault(d.code, {})[a.source or "<unknown>"] = None
                severities.setdefault(d.code, d.severity.value)
        order = sorted(counts, key=lambda c: (-counts[c], c))
        return DiagnosticSummary(
            articles=articles,
            articles_with_errors=with_errors,
            counts={c: counts[c] for c in order},
            sources={c: tuple(sources[c]) for c in order},
            severities={c: severities[c] for c in order},
        )

    def summary(self) -> Summary:
        """Articles, date range, agencies, counts of what was found, diagnostics by code."""
        return summarise(self)

    def filter(self, predicate: Callable[[Article], bool]) -> Corpus:
        """A lazy corpus of the articles for which *predicate* is true."""
        return Corpus(lambda: (a for a in self if predicate(a)), label=f"{self._label}, filtered")

    # ---------------------------------------------------------------- merging

    def merged_events(self, *, window: int = 1) -> tuple[MergedEvent, ...]:
        """The same event reported by several articles, as one record each."""
        from diplocorpus.merge import merge_events

        return merge_events(self, window=window)

    def merged_agreements(self, *, window: int = 1) -> tuple[MergedAgreement, ...]:
        """The same agreement reported by several articles, as one record each."""
        from diplocorpus.merge import merge_agreements

        return merge_agreements(self, window=window)

    def statement_groups(
        self, *, threshold: float = 0.8, min_size: int = 1
    ) -> tuple[StatementGroup, ...]:
        """Near-identical statements by the same speaker, grouped."""
        from diplocorpus.merge import group_statements

        return group_statements(self, threshold=threshold, min_size=min_size)

    # ---------------------------------------------------------------- exports

    def to_jsonl(self, path: str | os.PathLike[str]) -> int:
        """Write one ``Article.to_dict()`` per line (lossless); return the count."""
        from diplocorpus.export import write_jsonl

        return write_jsonl(self, path)

    def to_csv(self, path: str | os.PathLike[str], kind: str = "statements") -> int:
        """Write the records of *kind* as CSV; return the row count."""
        from diplocorpus.export import write_csv

        return write_csv(self, path, kind)

    def to_pandas(self, kind: str = "statements") -> pandas.DataFrame:
        """The records of *kind* as a pandas DataFrame (needs the ``pandas`` extra)."""
        from diplocorpus.export import to_pandas

        return to_pandas(self, kind)

    def to_arrow(self, kind: str = "statements") -> pyarrow.Table:
        """The records of *kind* as an Arrow table (needs the ``arrow`` extra)."""
        from diplocorpus.export import to_arrow

        return to_arrow(self, kind)

    def to_parquet(self, path: str | os.PathLike[str], kind: str = "statements") -> int:
        """Write the records of *kind* as Parquet (needs the ``arrow`` extra); return the rows."""
        from diplocorpus.export import write_parquet

        return write_parquet(self, path, kind)

    def to_plover(self, path: str | os.PathLike[str]) -> int:
        """Write the events as PLOVER-style JSON Lines; return the count."""
        from diplocorpus.export import write_plover

        return write_plover(self, path)

    def to_cameo(self, path: str | os.PathLike[str]) -> int:
        """Write the events as CAMEO-style TSV (one row per actor pair); return the rows."""
        from diplocorpus.export import write_cameo

        return write_cameo(self, path)
