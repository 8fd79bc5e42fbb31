"""Agreements and declarations.  (Placeholder until the stage lands: finds nothing.)"""

from __future__ import annotations

from diplocorpus._doc import Doc
from diplocorpus.model import Agreement, Diagnostic, Event, When

__all__ = ["agreements"]


def agreements(
    doc: Doc, timexes: tuple[When, ...], events: tuple[Event, ...]
) -> tuple[tuple[Agreement, ...], tuple[Diagnostic, ...]]:
    """Every agreement in *doc*, repeated mentions merged."""
    return (), ()
