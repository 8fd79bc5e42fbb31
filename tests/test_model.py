"""The model contract: frozen values, spans, and the lossless dict round-trip."""

from __future__ import annotations

import datetime
import json

import attrs
import pytest

import diplocorpus
from diplocorpus import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    AgreementStage,
    Article,
    Dateline,
    Diagnostic,
    Event,
    EventKind,
    EventMode,
    EventStatus,
    Place,
    Precision,
    Severity,
    Span,
    Statement,
    StatementKind,
    When,
)


def full_article() -> Article:
    """An article with every kind of value filled in, built by hand."""
    text = " date 2024-07-04 ASTANA, July 4. The leaders signed a declaration."
    when = When(
        Span(23, 29), "July 4", "2024-07-04", Precision.DAY,
        datetime.date(2024, 7, 4), datetime.date(2024, 7, 4), anchored=True,
    )  # fmt: skip
    person = Actor("Ilham Aliyev", ActorKind.PERSON, "President", "AZE")
    state = Actor("China", ActorKind.STATE, None, "CHN")
    place = Place("Astana", "KAZ", Span(17, 23))
    return Article(
        text=text,
        source="x.txt",
        date=datetime.date(2024, 7, 4),
        published=datetime.datetime(
            2024, 7, 4, 10, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=5))
        ),
        title=None,
        dateline=Dateline(Span(17, 31), "ASTANA, July 4.", place, datetime.date(2024, 7, 4)),
        agency="Kazinform",
        body=Span(17, len(text)),
        paragraphs=(Span(17, len(text)),),
        sentences=(Span(17, 31), Span(32, len(text))),
        statements=(
            Statement("x", Span(32, 40), StatementKind.DIRECT, person, Span(1, 2), "said"),
        ),
        events=(
            Event(
                EventKind.SIGNING,
                Span(32, 50),
                "signed",
                EventStatus.HELD,
                EventMode.BILATERAL,
                (person, state),
                place,
                when,
                "057",
                "AGREE",
                (Span(32, 50),),
            ),
        ),
        agreements=(
            Agreement(
                "declaration",
                AgreementKind.DECLARATION,
                Span(55, 66),
                AgreementStage.SIGNED,
                (state,),
                when,
                place,
            ),
        ),
        timexes=(when,),
        diagnostics=(Diagnostic("x.y", "msg", Span(0, 1), Severity.INFO),),
    )


def test_round_trip_of_every_field() -> None:
    article = full_article()
    data = article.to_dict()
    assert article == Article.from_dict(data)
    assert data == json.loads(json.dumps(data))


def test_round_trip_of_a_parsed_article() -> None:
    article = diplocorpus.parse(" date 2025-04-21 BAKU, Azerbaijan, April 21. Talks were held.")
    assert article == Article.from_dict(json.loads(json.dumps(article.to_dict())))


def test_dict_uses_plain_values() -> None:
    data = full_article().to_dict()
    assert "2024-07-04" == data["date"]
    assert "2024-07-04T10:30:00+05:00" == data["published"]
    assert [17, 31] == data["dateline"]["span"]
    assert "direct" == data["statements"][0]["kind"]
    assert "person" == data["statements"][0]["speaker"]["kind"]


def test_values_are_frozen_and_slotted() -> None:
    article = full_article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]
    assert not hasattr(article, "__dict__")
    assert not hasattr(Span(0, 1), "__dict__")


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4)])
def test_span_rejects_impossible_ranges(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="Span"):
        Span(start, end)


def test_span_helpers() -> None:
    assert "bc" == Span(1, 3).of("abcd")
    assert 2 == len(Span(1, 3))
    assert Span(1, 3).overlaps(Span(2, 5))
    assert not Span(1, 3).overlaps(Span(3, 5))
    assert Span(0, 5).contains(Span(1, 3))


def test_enum_values_are_the_gold_vocabulary() -> None:
    assert {"direct", "indirect", "mixed"} == {k.value for k in StatementKind}
    assert {
        "meeting", "talks", "visit", "summit", "conference", "phone_call", "interview",
        "signing", "relations_established", "election", "other",
    } == {k.value for k in EventKind}  # fmt: skip
    assert {
        "declaration", "joint_statement", "treaty", "agreement", "memorandum", "protocol",
        "plan", "other",
    } == {k.value for k in AgreementKind}  # fmt: skip


def test_public_api() -> None:
    for name in diplocorpus.__all__:
        assert hasattr(diplocorpus, name), name
    assert issubclass(diplocorpus.ParseError, ValueError)
