"""Merging across articles: one record per real-world event, agreement or repeated quote.

Wire services syndicate: the same talks are reported by Trend, AZERTAC and
Xinhua, each in its own words, and a quote travels from one report to the
next.  This module groups those reports into one record listing every
mention (source, article date, agency, span, evidence text), and counts the
*independent* sources: distinct agencies, an article with no agency counting
by its source.

The rules, in plain words:

- **Events** are the same when they have the same kind; their participants
  agree (where both name any: one set inside the other, or at least half of
  them shared, so that a shared host alone is not enough); their place is the
  same (or either is unknown); at least one positive clue holds (a shared
  participant, or the same known place); they come from different articles
  (one article's events are distinct by the events stage's judgement, and a
  merged event holds at most one event of each article); and their dates
  agree: two day-precise dates within *window* days (default 1), or a coarser
  date (``2024-07``) that contains the other.  An event with no date of its
  own is dated by its article's date (reports tell of the day's or the
  previous day's events); with neither, the date is unknown and agrees with
  any date.
- **Agreements** are the same when they have the same kind; their titles
  share their content words (Jaccard >= 0.5 on the word sets, or the shorter
  title's words all inside the longer's, with at least two words); their
  parties agree as participants do; they come from different articles; and
  their dates agree as above
  (an agreement without a date is unknown, not dated by its article).
- **Statements** by the same speaker are grouped when their normalised texts
  (folded quote marks, case, punctuation) have a word-3-shingle Jaccard
  similarity of at least *threshold* (0.8): syndicated copies and repeated
  quotes.  Candidate pairs come from prefix filtering, so the grouping is
  exact and does not compare every pair.

Events and agreements are grouped transitively (A like B, B like C: one
group), but two groups join only when their summaries agree as a whole: at
most one item per article, one known place, the union of participants
agreeing, day-precise dates within the window of each other and inside
every coarser date.  So a vague mention (``a meeting in 2025`` of
Azerbaijan) cannot chain two distinct meetings into one.  Output order is
deterministic: by date, then kind, then first mention.
"""

from __future__ import annotations

import datetime
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, TypeVar

import attrs
import regex

from diplocorpus._text import fold
from diplocorpus.corpus import (
    AgreementRecord,
    EventRecord,
    StatementRecord,
    article_records,
)
from diplocorpus.model import Article

__all__ = [
    "Mention",
    "MergedAgreement",
    "MergedEvent",
    "StatementGroup",
    "group_statements",
    "merge_agreements",
    "merge_events",
    "shingles",
    "title_words",
]

# A word: a run of letters and digits (``Memorandum``, ``2024``, ``O'Neil`` gives two).
_WORD = regex.compile(r"[\p{L}\p{N}]++")

# Function words dropped from agreement titles before comparing them: the
# short, closed list of English glue words in document titles
# ("Joint Declaration on the Establishment of ... between ... and ...").
_TITLE_STOPWORDS = frozenset(
    (
        "a", "an", "and", "about", "among", "at", "between", "by", "concerning", "for",
        "from", "in", "into", "its", "of", "on", "over", "regarding", "the", "their",
        "to", "towards", "under", "upon", "with", "within",
    )
)  # fmt: skip


@attrs.frozen
class Mention:
    """One article's mention of a merged thing: where, by whom, and the evidence."""

    source: str | None
    article_date: datetime.date | None
    agency: str | None
    start: int
    end: int
    text: str


@attrs.frozen
class MergedEvent:
    """One event as reported by one or more articles.

    ``date`` is the most precise TIMEX3 value among the mentions;
    ``participants``/``participant_countries`` the union over the mentions;
    ``sources`` the number of distinct articles; ``independent_sources`` the
    number of distinct agencies (an article without one counts by source).
    """

    kind: str
    status: str
    mode: str | None
    date: str | None
    date_start: datetime.date | None
    date_end: datetime.date | None
    place: str | None
    place_country: str | None
    participants: tuple[str, ...]
    participant_countries: tuple[str, ...]
    cameo: str
    plover: str
    mentions: tuple[Mention, ...]
    sources: int
    independent_sources: int
    agencies: tuple[str, ...]


@attrs.frozen
class MergedAgreement:
    """One agreement as reported by one or more articles (fields as :class:`MergedEvent`)."""

    kind: str
    stage: str
    title: str  # the longest title among the mentions
    date: str | None
    date_start: datetime.date | None
    date_end: datetime.date | None
    place: str | None
    parties: tuple[str, ...]
    party_countries: tuple[str, ...]
    mentions: tuple[Mention, ...]
    sources: int
    independent_sources: int
    agencies: tuple[str, ...]


@attrs.frozen
class StatementGroup:
    """Near-identical statements by one speaker; ``text`` is the first occurrence's."""

    speaker: str | None
    kind: str
    text: str
    occurrences: tuple[Mention, ...]
    sources: int
    independent_sources: int
    agencies: tuple[str, ...]


# --------------------------------------------------------------------------
# Shared machinery.
# --------------------------------------------------------------------------


Interval = tuple[datetime.date, datetime.date]
_M = TypeVar("_M", "MergedEvent", "MergedAgreement")


@attrs.frozen
class _Group:
    """What a group of items, merged so far, says about its event or agreement.

    Groups are joined only when their summaries agree, so a vague item
    cannot chain two distinct events together (a ``2025`` meeting joining
    the March and the April meetings; a mention naming only the host joining
    two delegations): *owners* the articles (at most one item each),
    *parties* the union of participant keys, *places* the known places (at
    most one), *first_day*/*last_day* the range of day-precise dates,
    *low*/*high* the intersection of the coarser date intervals.
    """

    owners: frozenset[int]
    parties: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    first_day: datetime.date | None = None
    last_day: datetime.date | None = None
    low: datetime.date | None = None
    high: datetime.date | None = None


def _group(
    owner: int, parties: frozenset[str], place: str | None, interval: Interval | None
) -> _Group:
    day = interval is not None and interval[0] == interval[1]
    coarse = interval is not None and not day
    return _Group(
        owners=frozenset([owner]),
        parties=parties,
        places=frozenset([place]) if place else frozenset(),
        first_day=interval[0] if day and interval else None,
        last_day=interval[1] if day and interval else None,
        low=interval[0] if coarse and interval else None,
        high=interval[1] if coarse and interval else None,
    )


def _pick(
    a: datetime.date | None, b: datetime.date | None, pick: Callable[..., datetime.date]
) -> datetime.date | None:
    if a is None or b is None:
        return a if b is None else b
    return pick(a, b)


def _join(a: _Group, b: _Group, window: int) -> _Group | None:
    """The summary of two groups joined, or None when they cannot be one event."""
    if a.owners & b.owners or len(a.places | b.places) > 1:
        return None
    if not _parties_agree(a.parties, b.parties):
        return None
    first = _pick(a.first_day, b.first_day, min)
    last = _pick(a.last_day, b.last_day, max)
    low = _pick(a.low, b.low, max)
    high = _pick(a.high, b.high, min)
    slack = datetime.timedelta(days=window)
    if first is not None and last is not None and last - first > slack:
        return None
    if low is not None and high is not None:
        if low > high:
            return None
        if first is not None and last is not None and (first < low - slack or last > high + slack):
            return None
    return _Group(
        owners=a.owners | b.owners,
        parties=a.parties | b.parties,
        places=a.places | b.places,
        first_day=first,
        last_day=last,
        low=low,
        high=high,
    )


class _Sets:
    """Union-find over ``0..n-1``; the smaller index becomes the root (stable groups).

    With *groups* (one :class:`_Group` per item), two sets are joined only
    when :func:`_join` accepts their summaries.
    """

    def __init__(self, n: int, groups: Sequence[_Group] | None = None, window: int = 1) -> None:
        self.parent = list(range(n))
        self.summaries: dict[int, _Group] | None = (
            dict(enumerate(groups)) if groups is not None else None
        )
        self.window = window

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:  # path compression
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        low, high = min(a, b), max(a, b)
        if self.summaries is not None:
            joined = _join(self.summaries[low], self.summaries[high], self.window)
            if joined is None:
                return
            self.summaries[low] = joined
            del self.summaries[high]
        self.parent[high] = low

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            found[self.find(i)].append(i)
        return list(found.values())


def _collect(articles: Iterable[Article], kind: str) -> tuple[list[Any], list[int]]:
    """The records of *kind*, and for each the position of its article in the corpus."""
    items: list[Any] = []
    owners: list[int] = []
    for position, article in enumerate(articles):
        for record in article_records(article, kind):
            items.append(record)
            owners.append(position)
    return items, owners


def _independent(
    records: Sequence[Any], positions: Sequence[int]
) -> tuple[int, int, tuple[str, ...]]:
    """(distinct articles, distinct agencies-or-sources, agencies in order)."""
    articles = set(positions)
    voices: set[Hashable] = set()
    agencies: dict[str, None] = {}
    for r in records:
        if r.agency:
            voices.add(("agency", r.agency.casefold()))
            agencies[r.agency] = None
        else:
            voices.add(("source", r.source))
    return len(articles), len(voices), tuple(agencies)


def _mention(r: Any, text: str) -> Mention:
    return Mention(r.source, r.article_date, r.agency, r.start, r.end, text)


def _dates_agree(a: Interval | None, b: Interval | None, window: int) -> bool:
    """Day-precise dates within *window* days; else one interval contains the other."""
    if a is None or b is None:
        return True
    if a[0] == a[1] and b[0] == b[1]:
        return abs((a[0] - b[0]).days) <= window
    slack = datetime.timedelta(days=window)
    inside_a = a[0] - slack <= b[0] and b[1] <= a[1] + slack
    inside_b = b[0] - slack <= a[0] and a[1] <= b[1] + slack
    return inside_a or inside_b


def _sweep(
    dates: list[Interval | None],
    blocks: list[Hashable],
    groups: list[_Group],
    window: int,
    same: Callable[[int, int], bool],
) -> _Sets:
    """Union every pair in the same block whose dates can agree and that *same* accepts.

    Dated items are swept in date order, each compared only with the items
    that start before its end (plus the window); undated items are compared
    with every item of their block.
    """
    sets = _Sets(len(dates), groups, window)
    by_block: dict[Hashable, list[int]] = defaultdict(list)
    for i, block in enumerate(blocks):
        by_block[block].append(i)
    slack = datetime.timedelta(days=window)
    for members in by_block.values():
        dated = sorted((i for i in members if dates[i] is not None), key=lambda i: (dates[i], i))
        undated = [i for i in members if dates[i] is None]
        for pos, i in enumerate(dated):
            di = dates[i]
            assert di is not None
            for j in dated[pos + 1 :]:
                dj = dates[j]
                assert dj is not None
                if dj[0] > di[1] + slack:
                    break
                if sets.find(i) != sets.find(j) and same(i, j):
                    sets.union(i, j)
        for k, i in enumerate(undated):
            for j in dated + undated[k + 1 :]:
                if sets.find(i) != sets.find(j) and same(i, j):
                    sets.union(i, j)
    return sets


def _cluster(
    items: Sequence[Any],
    owners: list[int],
    dates: list[Interval | None],
    keys: list[frozenset[str]],
    places: list[str | None],
    window: int,
    same: Callable[[int, int], bool],
    build: Callable[[list[Any], list[int]], _M],
) -> tuple[_M, ...]:
    """Group *items* of one kind that *same* joins, build one merged value per group, in order.

    The shared tail of :func:`merge_events` and :func:`merge_agreements`:
    only the test of sameness and the builder differ between them.
    """
    groups = [_group(o, k, p, d) for o, k, p, d in zip(owners, keys, places, dates, strict=True)]
    sets = _sweep(dates, [r.kind for r in items], groups, window, same)
    merged = [
        build([items[i] for i in group], [owners[i] for i in group]) for group in sets.groups()
    ]
    merged.sort(key=lambda m: _order_key(m.date_start, m.kind, m.mentions[0]))
    return tuple(merged)


def _parties_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Unknown on either side, one set inside the other, or a Jaccard overlap of at least 0.5.

    A mere shared host (``{AZE, GEO}`` and ``{AZE, TUR}``: the president
    receiving two delegations on one day) is not enough.
    """
    if not a or not b:
        return True
    if a <= b or b <= a:
        return True
    return 2 * len(a & b) >= len(a | b)


def _actor_keys(countries: tuple[str, ...], names: tuple[str, ...]) -> frozenset[str]:
    """Participants as comparable keys: the country codes, else the names."""
    if countries:
        return frozenset(countries)
    return frozenset(n.casefold() for n in names)


def _union(values: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for vs in values for v in vs))


def _most_precise(records: Sequence[Any]) -> Any:
    """The record with the narrowest known date interval (the first on ties), or None."""
    best = None
    for r in records:
        if r.date_start is not None and r.date_end is not None:
            width = (r.date_end - r.date_start).days
            if best is None or width < best[0]:
                best = (width, r)
    return best[1] if best else None


def _order_key(date: datetime.date | None, kind: str, first: Mention) -> tuple[Any, ...]:
    return (
        date is None,
        date or datetime.date.min,
        kind,
        first.source or "",
        first.start,
    )


# --------------------------------------------------------------------------
# Events.
# --------------------------------------------------------------------------


def _event_dates(r: EventRecord) -> Interval | None:
    if r.date_start is not None and r.date_end is not None:
        return (r.date_start, r.date_end)
    if r.article_date is not None:
        return (r.article_date, r.article_date)
    return None


def merge_events(articles: Iterable[Article], *, window: int = 1) -> tuple[MergedEvent, ...]:
    """The events of *articles*, the same event in several reports merged into one."""
    items: list[EventRecord]
    items, owners = _collect(articles, "events")
    dates = [_event_dates(r) for r in items]
    keys = [_actor_keys(r.participant_countries, r.participants) for r in items]
    places = [r.place.casefold() if r.place else None for r in items]

    def same(i: int, j: int) -> bool:
        ki, kj = keys[i], keys[j]
        if not _parties_agree(ki, kj):
            return False
        pi, pj = places[i], places[j]
        if pi and pj and pi != pj:
            return False
        evidence = bool(ki & kj) or (pi is not None and pi == pj)
        return evidence and _dates_agree(dates[i], dates[j], window)

    return _cluster(items, owners, dates, keys, places, window, same, _merged_event)


def _merged_event(group: list[EventRecord], positions: list[int]) -> MergedEvent:
    first = group[0]
    dated = _most_precise(group) or first
    places = Counter(r.place for r in group if r.place)
    place = min(places, key=lambda p: (-places[p], [r.place for r in group].index(p)), default=None)
    place_country = next((r.place_country for r in group if r.place == place), None)
    sources, independent, agencies = _independent(group, positions)
    return MergedEvent(
        kind=first.kind,
        status=first.status,
        mode=next((r.mode for r in group if r.mode), None),
        date=dated.date,
        date_start=dated.date_start if dated.date is not None else _event_day(group),
        date_end=dated.date_end if dated.date is not None else _event_day(group),
        place=place,
        place_country=place_country,
        participants=_union(r.participants for r in group),
        participant_countries=_union(r.participant_countries for r in group),
        cameo=next((r.cameo for r in group if r.cameo), ""),
        plover=next((r.plover for r in group if r.plover), ""),
        mentions=tuple(_mention(r, r.text) for r in group),
        sources=sources,
        independent_sources=independent,
        agencies=agencies,
    )


def _event_day(group: list[EventRecord]) -> datetime.date | None:
    """With no dated mention: the earliest article date (for ordering and display)."""
    days = [r.article_date for r in group if r.article_date is not None]
    return min(days) if days else None


# --------------------------------------------------------------------------
# Agreements.
# --------------------------------------------------------------------------


def title_words(title: str) -> frozenset[str]:
    """The content words of an agreement title, case-folded, glue words dropped.

    >>> sorted(title_words("Memorandum of Understanding on the Green Corridor"))
    ['corridor', 'green', 'memorandum', 'understanding']
    """
    words = (w.casefold() for w in _WORD.findall(fold(title)))
    return frozenset(w for w in words if w not in _TITLE_STOPWORDS)


def _titles_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    shared = len(a & b)
    if shared / len(a | b) >= 0.5:
        return True
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= 2 and small <= large


def _agreement_dates(r: AgreementRecord) -> Interval | None:
    if r.date_start is not None and r.date_end is not None:
        return (r.date_start, r.date_end)
    return None


def merge_agreements(
    articles: Iterable[Article], *, window: int = 1
) -> tuple[MergedAgreement, ...]:
    """The agreements of *articles*, the same document in several reports merged into one."""
    items: list[AgreementRecord]
    items, owners = _collect(articles, "agreements")
    dates = [_agreement_dates(r) for r in items]
    words = [title_words(r.title) for r in items]
    keys = [_actor_keys(r.party_countries, r.parties) for r in items]

    def same(i: int, j: int) -> bool:
        if not _parties_agree(keys[i], keys[j]):
            return False
        return _titles_agree(words[i], words[j]) and _dates_agree(dates[i], dates[j], window)

    places = [r.place.casefold() if r.place else None for r in items]
    return _cluster(items, owners, dates, keys, places, window, same, _merged_agreement)


def _merged_agreement(group: list[AgreementRecord], positions: list[int]) -> MergedAgreement:
    first = group[0]
    dated = _most_precise(group) or first
    sources, independent, agencies = _independent(group, positions)
    return MergedAgreement(
        kind=first.kind,
        stage=first.stage,
        title=max((r.title for r in group), key=len),
        date=dated.date,
        date_start=dated.date_start,
        date_end=dated.date_end,
        place=next((r.place for r in group if r.place), None),
        parties=_union(r.parties for r in group),
        party_countries=_union(r.party_countries for r in group),
        mentions=tuple(_mention(r, r.text) for r in group),
        sources=sources,
        independent_sources=independent,
        agencies=agencies,
    )


# --------------------------------------------------------------------------
# Statements.
# --------------------------------------------------------------------------


def shingles(text: str, size: int = 3) -> frozenset[tuple[str, ...]]:
    """The word *size*-grams of the normalised *text* (the words themselves when shorter).

    >>> sorted(shingles("“We agree,” he said.", 2))
    [('agree', 'he'), ('he', 'said'), ('we', 'agree')]
    """
    words = [w.casefold() for w in _WORD.findall(fold(text))]
    if len(words) < size:
        return frozenset([tuple(words)]) if words else frozenset()
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def _similar_pairs(sets: list[frozenset[Any]], threshold: float) -> Iterable[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, with Jaccard(sets[i], sets[j]) >= *threshold*.

    Prefix filtering: with the tokens of each set ordered rarest first, two
    sets that reach the threshold share a token among the first
    ``|s| - ceil(threshold * |s|) + 1`` tokens of each; only such pairs are
    verified.
    """
    frequency: Counter[Any] = Counter(t for s in sets for t in s)
    index: dict[Any, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        if not s:
            continue
        ordered = sorted(s, key=lambda t: (frequency[t], t))
        prefix = len(ordered) - math.ceil(threshold * len(ordered)) + 1
        candidates: set[int] = set()
        for token in ordered[:prefix]:
            candidates.update(index[token])
            index[token].append(i)
        for j in sorted(candidates):
            other = sets[j]
            shared = len(s & other)
            if shared / (len(s) + len(other) - shared) >= threshold:
                yield j, i


def group_statements(
    articles: Iterable[Article], *, threshold: float = 0.8, min_size: int = 1
) -> tuple[StatementGroup, ...]:
    """Near-identical statements by the same speaker, grouped; every occurrence kept.

    Groups with fewer than *min_size* occurrences are left out (``min_size=2``:
    only repeated statements).
    """
    items: list[StatementRecord]
    items, owners = _collect(articles, "statements")
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(items):
        by_speaker[(r.speaker or "").casefold()].append(i)
    union = _Sets(len(items))
    for members in by_speaker.values():
        sets = [shingles(items[i].text) for i in members]
        for a, b in _similar_pairs(sets, threshold):
            union.union(members[a], members[b])
    groups: list[StatementGroup] = []
    for group in union.groups():
        if len(group) < min_size:
            continue
        records = [items[i] for i in group]
        first = records[0]
        sources, independent, agencies = _independent(records, [owners[i] for i in group])
        groups.append(
            StatementGroup(
                speaker=first.speaker,
                kind=first.kind,
                text=first.text,
                occurrences=tuple(_mention(r, r.text) for r in records),
                sources=sources,
                independent_sources=independent,
                agencies=agencies,
            )
        )
    groups.sort(
        key=lambda g: (
            g.occurrences[0].article_date is None,
            g.occurrences[0].article_date or datetime.date.min,
            g.speaker or "",
            g.occurrences[0].source or "",
            g.occurrences[0].start,
        )
    )
    return tuple(groups)
