"""Hand-built inputs for the stage tests (a ``Doc`` without a header, a ``When``) and views."""

from __future__ import annotations

import datetime

import diplocorpus
from diplocorpus import _layout, _text
from diplocorpus._doc import Doc
from diplocorpus.model import Precision, Span, When


def doc_of(text: str, anchor: datetime.date | None = None) -> Doc:
    """The document view of *text* taken whole as its body."""
    folded = _text.fold(text)
    body = Span(0, len(text))
    paras = _layout.paragraphs(folded, body)
    return Doc(text, folded, body, paras, _layout.sentences(folded, paras), anchor=anchor)


def when_at(text: str, phrase: str, timex: str, precision: Precision = Precision.DAY) -> When:
    """A hand-made time expression, as the time stage would give it."""
    start = text.index(phrase)
    return When(Span(start, start + len(phrase)), phrase, timex, precision)


def events_of(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Kind, status, place and date value of each event ``parse`` finds in *text*."""
    article = diplocorpus.parse(text)
    return [
        (
            e.kind.value,
            e.status.value,
            e.place.name if e.place else None,
            e.when.timex if e.when else None,
        )
        for e in article.events
    ]
