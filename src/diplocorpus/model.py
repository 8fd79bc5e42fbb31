"""The public, typed domain model of diplocorpus.

Every class here is a frozen, slotted attrs class: values, not objects with
behaviour.  Messy reality is turned into these values by the parsing stages,
never by the constructors.  Every extracted thing carries a :class:`Span`
that indexes into :attr:`Article.text`, so a reader can always check the
evidence: ``article.text[span.start:span.end]``.

The attribute names and meanings documented here are a stable contract.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementKind",
    "AgreementStage",
    "Article",
    "Dateline",
    "Diagnostic",
    "Event",
    "EventKind",
    "EventMode",
    "EventStatus",
    "Place",
    "Precision",
    "Severity",
    "Span",
    "Statement",
    "StatementKind",
    "TimexType",
    "When",
]


# --------------------------------------------------------------------------
# Enums: the closed vocabularies.  ``.value`` is the string used in exports.
# --------------------------------------------------------------------------


class Severity(enum.Enum):
    """How serious a :class:`Diagnostic` is.

    ``ERROR`` means a part of the input could not be read as intended (and
    makes ``parse(..., strict=True)`` raise); ``WARNING`` means a recovery
    or a guess the user may want to check; ``INFO`` is a note.
    """

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class ActorKind(enum.Enum):
    """What kind of thing an :class:`Actor` is."""

    PERSON = "person"
    INSTITUTION = "institution"
    STATE = "state"
    ORGANISATION = "organisation"


class StatementKind(enum.Enum):
    """How a statement is reported.

    ``DIRECT``: the content stands in quote marks.  ``INDIRECT``: reported
    speech without quote marks (``X said that ...``).  ``MIXED``: a reported
    sentence that embeds a quoted fragment of the speaker's own words.
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class TimexType(enum.Enum):
    """The TIMEX3 type of a time expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Precision(enum.Enum):
    """The granularity of a resolved time expression."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    REF = "ref"  # PRESENT_REF, PAST_REF, FUTURE_REF: no interval
    UNKNOWN = "unknown"


class EventKind(enum.Enum):
    """The kind of a diplomatic event (the gold annotation's vocabulary)."""

    MEETING = "meeting"
    TALKS = "talks"
    VISIT = "visit"
    SUMMIT = "summit"
    CONFERENCE = "conference"
    PHONE_CALL = "phone_call"
    INTERVIEW = "interview"
    SIGNING = "signing"
    RELATIONS_ESTABLISHED = "relations_established"
    ELECTION = "election"
    OTHER = "other"


class EventMode(enum.Enum):
    """A finer description of an event where the text gives one."""

    STATE = "state"  # state visit
    OFFICIAL = "official"  # official visit
    WORKING = "working"  # working visit
    PRIVATE = "private"  # private visit
    BILATERAL = "bilateral"
    TRILATERAL = "trilateral"
    MULTILATERAL = "multilateral"
    VIRTUAL = "virtual"  # video conference, online


class EventStatus(enum.Enum):
    """Whether an event happened, is happening or is expected."""

    HELD = "held"
    ONGOING = "ongoing"
    PLANNED = "planned"
    INVITED = "invited"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class AgreementKind(enum.Enum):
    """The kind of document an :class:`Agreement` is."""

    DECLARATION = "declaration"
    JOINT_STATEMENT = "joint_statement"
    TREATY = "treaty"
    AGREEMENT = "agreement"
    MEMORANDUM = "memorandum"
    PROTOCOL = "protocol"
    PLAN = "plan"
    OTHER = "other"


class AgreementStage(enum.Enum):
    """How far a document had got when the report mentions it."""

    SIGNED = "signed"
    ADOPTED = "adopted"
    INITIALLED = "initialled"
    RATIFIED = "ratified"
    EXCHANGED = "exchanged"
    PLANNED = "planned"
    MENTIONED = "mentioned"


# --------------------------------------------------------------------------
# Small value types.
# --------------------------------------------------------------------------


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span.{attribute.name} must be >= 0, got {value}")
    if attribute.name == "end" and value < instance.start:
        raise ValueError(f"Span end {value} lies before start {instance.start}")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into ``Article.text``."""

    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The evidence: the slice of *text* this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when *other* lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Diagnostic:
    """Something odd that the parser noticed and recovered from.

    ``code`` is a stable dotted identifier (``header.date.invalid``) that
    programs can match on; ``message`` says in words what was expected;
    ``span`` points at the offending text where there is one.
    """

    code: str
    message: str
    span: Span | None = None
    severity: Severity = Severity.WARNING


@attrs.frozen
class Place:
    """A place: its usual English name and ISO 3166-1 alpha-3 country code."""

    name: str
    country: str | None = None
    span: Span | None = None


@attrs.frozen
class Dateline:
    """The dateline that opens a report (``BAKU, Azerbaijan, April 21.``).

    ``date`` is the date the dateline states, completed with the year of the
    article's header date where the dateline gives none; ``agency`` is the
    agency named inside the dateline (``(Xinhua)``, ``/TASS/``), if any.
    """

    span: Span
    text: str
    place: Place | None = None
    date: datetime.date | None = None
    agency: str | None = None


@attrs.frozen
class Actor:
    """A person, institution, state or organisation that acts in a report.

    ``name`` is canonical: the full name of a person (``Ilham Aliyev``), the
    fullest name of an institution, the short English name of a state, the
    acronym of an organisation (``SCO``).  ``country`` is ISO 3166-1 alpha-3.
    """

    name: str
    kind: ActorKind = ActorKind.PERSON
    role: str | None = None
    country: str | None = None


@attrs.frozen
class When:
    """A time expression, resolved against the article's date where possible.

    ``timex`` is the TIMEX3 value (``2024-07-03``, ``2024-SU``, ``2025-W16``,
    ``XXXX-04-21`` when no anchor exists, ``PRESENT_REF``).  ``start`` and
    ``end`` are the first and last day of the interval it denotes (inclusive),
    or None where there is no interval (the REF values, unresolved values).
    """

    span: Span
    text: str
    timex: str
    precision: Precision
    start: datetime.date | None = None
    end: datetime.date | None = None
    type: TimexType = TimexType.DATE
    anchored: bool = False  # True when the value depended on the anchor date


@attrs.frozen
class Statement:
    """An attributed statement: who said what, with the evidence spans."""

    text: str
    span: Span
    kind: StatementKind
    speaker: Actor | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    medium: str | None = None


@attrs.frozen
class Event:
    """A diplomatic event: a meeting, visit, summit, call, signing, ...

    ``span`` is the first (evidence) mention; ``mentions`` holds every
    mention of the same event in the article, the first included.
    ``cameo`` and ``plover`` give the event-data codes.
    """

    kind: EventKind
    span: Span
    text: str
    status: EventStatus = EventStatus.HELD
    mode: EventMode | None = None
    participants: tuple[Actor, ...] = ()
    place: Place | None = None
    when: When | None = None
    cameo: str = ""
    plover: str = ""
    mentions: tuple[Span, ...] = ()


@attrs.frozen
class Agreement:
    """A document signed, adopted or planned: declaration, treaty, memorandum, ..."""

    title: str
    kind: AgreementKind
    span: Span
    stage: AgreementStage = AgreementStage.SIGNED
    parties: tuple[Actor, ...] = ()
    when: When | None = None
    place: Place | None = None
    mentions: tuple[Span, ...] = ()


@attrs.frozen
class Article:
    """One wire report, parsed.

    ``text`` is the decoded input, unchanged; every span indexes into it.
    Build one with :func:`diplocorpus.parse`, not with this constructor.
    """

    text: str
    source: str | None = None
    date: datetime.date | None = None
    published: datetime.datetime | None = None
    title: str | None = None
    title_span: Span | None = None
    dateline: Dateline | None = None
    agency: str | None = None
    agency_span: Span | None = None
    lang: str | None = None
    body: Span = Span(0, 0)
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    timexes: tuple[When, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (only str, int, bool, None, lists and dicts).

        Enums become their ``.value``, dates ISO strings, spans
        ``[start, end]`` lists.  :meth:`from_dict` reads it back.
        """
        from diplocorpus._serial import unstructure

        result = unstructure(self)
        assert isinstance(result, dict)
        return result

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """The :class:`Article` that :meth:`to_dict` produced *data* from."""
        from diplocorpus._serial import structure

        return structure(cls, data)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """The error-level diagnostics."""
        return tuple(d for d in self.diagnostics if d.severity is Severity.ERROR)

    def _repr_html_(self) -> str:
        """The article as HTML for notebooks: what was found, highlighted in the text."""
        from diplocorpus.notebook import article_html

        return article_html(self)
