"""The document view that every extraction stage reads.

A :class:`Doc` is built once per article by :mod:`diplocorpus.parse` and
passed to each stage: the original text, its folded view (same length, see
:mod:`diplocorpus._text`), the layout found by the header and layout stages,
and the anchor date for resolving relative time expressions.  Stages never
mutate it; they return values and diagnostics.
"""

from __future__ import annotations

import datetime

import attrs

from diplocorpus.model import Span

__all__ = ["Doc"]


@attrs.frozen
class Doc:
    """What the header and layout stages found, for the later stages to read.

    ``text``: the article text, unchanged.  ``folded``: its folded view, same
    length.  ``body``: where the running text begins and ends (after title,
    stamp and site-junk lines; the dateline is inside the body).
    ``paragraphs``/``sentences``: spans inside ``body``, stripped of
    surrounding whitespace.  ``date_header``: the span of the `` date
    YYYY-MM-DD`` token (not a time expression of the text), if any.
    ``title``: the title span, if any.  ``dateline``: the dateline span, if
    any.  ``anchor``: the date that relative expressions resolve against.
    """

    text: str
    folded: str
    body: Span
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    date_header: Span | None = None
    title: Span | None = None
    dateline: Span | None = None
    anchor: datetime.date | None = None
