"""Diplomatic events.  (Placeholder until the events stage lands: finds nothing.)"""

from __future__ import annotations

from diplocorpus._doc import Doc
from diplocorpus.model import Diagnostic, Event, Statement, When

__all__ = ["events"]


def events(
    doc: Doc, timexes: tuple[When, ...], statements: tuple[Statement, ...]
) -> tuple[tuple[Event, ...], tuple[Diagnostic, ...]]:
    """Every diplomatic event in *doc*, repeated mentions merged."""
    return (), ()
