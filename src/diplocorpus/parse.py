"""``parse()``: one wire report in, one :class:`~diplocorpus.model.Article` out.

The pipeline, in the order the data flows::

    decode  ->  fold  ->  header  ->  layout  ->  language  ->  time
            ->  actors  ->  statements  ->  participants  ->  events
            ->  agreements  ->  Article

Each stage is a pure function of the text and what earlier stages found,
returning values and diagnostics.  A stage that fails unexpectedly costs its
own results only: the failure becomes an ``internal.<stage>`` error
diagnostic and the other stages still run, so ``parse`` never raises unless
``strict=True`` is asked for.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TypeVar

from diplocorpus import (
    _actors,
    _agreements,
    _events,
    _header,
    _lang,
    _layout,
    _statements,
    _text,
    _time,
)
from diplocorpus._doc import Doc
from diplocorpus._participants import Mentions, find_mentions
from diplocorpus.errors import ParseError
from diplocorpus.model import Article, Diagnostic, Severity, Span, When

__all__ = ["find_timexes", "parse"]

T = TypeVar("T")


def _guard(
    stage: str,
    fn: Callable[[], tuple[tuple[T, ...], tuple[Diagnostic, ...]]],
    diagnostics: list[Diagnostic],
) -> tuple[T, ...]:
    """Run one stage; an unexpected exception becomes an error diagnostic."""
    try:
        values, found = fn()
    except Exception as exc:  # the never-raise contract
        diagnostics.append(
            Diagnostic(
                code=f"internal.{stage}",
                message=f"the {stage} stage failed: {type(exc).__name__}: {exc}",
                span=None,
                severity=Severity.ERROR,
            )
        )
        return ()
    diagnostics.extend(found)
    return values


def _once(stage: str, fn: Callable[[], Mentions], diagnostics: list[Diagnostic]) -> Mentions | None:
    """Run a shared look-up; on failure the stages that need it compute their own."""
    try:
        return fn()
    except Exception as exc:  # the never-raise contract
        diagnostics.append(
            Diagnostic(
                code=f"internal.{stage}",
                message=f"the {stage} stage failed: {type(exc).__name__}: {exc}",
                span=None,
                severity=Severity.ERROR,
            )
        )
        return None


def parse(
    text: str | bytes,
    *,
    source: str | None = None,
    strict: bool = False,
) -> Article:
    """Parse one wire report.

    *text* is the report as ``str`` or as ``bytes`` (UTF-8, with or without a
    byte-order mark; other bytes are decoded tolerantly, with a diagnostic).
    *source* is kept on the article (a file name, a URL, an id).

    With ``strict=False`` (the default) this never raises for any str or
    bytes: whatever was odd is recorded in ``Article.diagnostics``.  With
    ``strict=True`` it raises :class:`~diplocorpus.ParseError`, carrying every
    error-level diagnostic, when there is at least one.

    >>> article = parse(" date 2025-04-21 BAKU, Azerbaijan, April 21. The talks ended.")
    >>> article.date
    datetime.date(2025, 4, 21)
    """
    diagnostics: list[Diagnostic] = []
    try:
        decoded, found = _text.decode(text)
    except Exception as exc:  # e.g. a non-str, non-bytes argument
        decoded, found = (
            "",
            (
                Diagnostic(
                    "internal.decode",
                    f"input could not be read as text: {type(exc).__name__}: {exc}",
                    None,
                    Severity.ERROR,
                ),
            ),
        )
    diagnostics.extend(found)
    diagnostics.extend(_text.scan_controls(decoded))
    folded = _text.fold(decoded)

    try:
        header = _header.parse_header(decoded, folded)
    except Exception as exc:  # the never-raise contract
        diagnostics.append(
            Diagnostic(
                "internal.header",
                f"the header stage failed: {type(exc).__name__}: {exc}",
                None,
                Severity.ERROR,
            )
        )
        header = _header.Header(body=Span(0, len(decoded)))
    diagnostics.extend(header.diagnostics)

    paragraphs = _layout.paragraphs(folded, header.body)
    sentences = _layout.sentences(folded, paragraphs)
    anchor = header.date
    if anchor is None and header.dateline is not None:
        anchor = header.dateline.date
    doc = Doc(
        text=decoded,
        folded=folded,
        body=header.body,
        paragraphs=paragraphs,
        sentences=sentences,
        date_header=header.date_header,
        title=header.title_span,
        dateline=header.dateline.span if header.dateline is not None else None,
        anchor=anchor,
    )

    lang = _lang.guess_language(folded[header.body.start : header.body.end])
    if lang in (None, "en"):
        timexes = _guard("time", lambda: _time.timexes(doc), diagnostics)
        # Actor and participant mentions are found once and shared by the stages.
        actors = _guard("actors", lambda: (_actors.find_actor_mentions(doc), ()), diagnostics)
        statements = _guard(
            "statements", lambda: _statements.statements(doc, timexes, actors), diagnostics
        )
        mentions = _once(
            "participants", lambda: find_mentions(doc, statements, actors), diagnostics
        )
        events = _guard(
            "events", lambda: _events.events(doc, timexes, statements, mentions), diagnostics
        )
        agreements = _guard(
            "agreements",
            lambda: _agreements.agreements(doc, timexes, events, mentions),
            diagnostics,
        )
    else:
        timexes, statements, events, agreements = (), (), (), ()
        diagnostics.append(
            Diagnostic(
                "text.language.unsupported",
                f"the report looks like {lang!r}, not English: only its header was read",
                None,
                Severity.INFO,
            )
        )

    article = Article(
        text=decoded,
        source=source,
        date=header.date,
        published=header.published,
        title=header.title,
        title_span=header.title_span,
        dateline=header.dateline,
        agency=header.agency,
        agency_span=header.agency_span,
        lang=lang,
        body=header.body,
        paragraphs=paragraphs,
        sentences=sentences,
        statements=statements,
        events=events,
        agreements=agreements,
        timexes=timexes,
        diagnostics=tuple(diagnostics),
    )
    if strict and article.errors:
        raise ParseError(article.errors, decoded)
    return article


def find_timexes(text: str, anchor: datetime.date | None = None) -> tuple[When, ...]:
    """Every time expression in any *text*, resolved against *anchor*.

    For text that is not a wire report: no header is looked for, and
    relative expressions (``last year``, ``on Monday``) resolve against
    *anchor*; with ``anchor=None`` unknown digits stay ``X``
    (``XXXX-04-21``).  Nothing is ever filled from the machine's clock.
    """
    folded = _text.fold(text)
    body = Span(0, len(text))
    paragraphs = _layout.paragraphs(folded, body)
    doc = Doc(
        text=text,
        folded=folded,
        body=body,
        paragraphs=paragraphs,
        sentences=_layout.sentences(folded, paragraphs),
        anchor=anchor,
    )
    values, _diagnostics = _time.timexes(doc)
    return values
