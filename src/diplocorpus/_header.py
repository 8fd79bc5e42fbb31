"""The header layer: date line, title, stamp lines, site junk, dateline, agency.

(Being written: this first version reads only the `` date YYYY-MM-DD`` line.)
"""

from __future__ import annotations

import datetime

import attrs
import regex

from diplocorpus.model import Dateline, Diagnostic, Severity, Span

__all__ = ["Header", "parse_header"]


@attrs.frozen
class Header:
    """What the header layer found; :mod:`diplocorpus.parse` copies it onto the Article."""

    body: Span
    date: datetime.date | None = None
    published: datetime.datetime | None = None
    date_header: Span | None = None
    title: str | None = None
    title_span: Span | None = None
    dateline: Dateline | None = None
    agency: str | None = None
    agency_span: Span | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


# `` date 2025-04-21`` at the very start (leading spaces allowed).
_DATE_LINE = regex.compile(r"[ \n]*+date[ ]++(?P<value>\d{4}(?:-\d{1,2}){0,2}+)(?![\d-])")


def parse_header(text: str, folded: str) -> Header:
    """Read the header of a report; never raises."""
    diagnostics: list[Diagnostic] = []
    date = None
    date_span = None
    body_start = 0
    m = _DATE_LINE.match(folded)
    if m is not None:
        date_span = Span(m.start("value"), m.end("value"))
        body_start = m.end()
        try:
            date = datetime.date.fromisoformat(m.group("value"))
        except ValueError:
            diagnostics.append(
                Diagnostic(
                    "header.date.invalid",
                    f"the date header {m.group('value')!r} is not a valid YYYY-MM-DD date",
                    date_span,
                    Severity.ERROR,
                )
            )
    return Header(
        body=Span(body_start, len(text)),
        date=date,
        date_header=date_span,
        diagnostics=tuple(diagnostics),
    )
