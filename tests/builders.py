"""Hand-built inputs for the stage tests: a ``Doc`` without a header, a ``When``."""

from __future__ import annotations

import datetime

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
