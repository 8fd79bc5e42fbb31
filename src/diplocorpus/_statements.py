"""Attributed statements.  (Placeholder until the statements stage lands: finds nothing.)"""

from __future__ import annotations

from diplocorpus._doc import Doc
from diplocorpus.model import Diagnostic, Statement, When

__all__ = ["statements"]


def statements(
    doc: Doc, timexes: tuple[When, ...]
) -> tuple[tuple[Statement, ...], tuple[Diagnostic, ...]]:
    """Every attributed statement in *doc*."""
    return (), ()
