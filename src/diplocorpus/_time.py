"""Time expressions.  (Placeholder until the time stage lands: finds nothing.)"""

from __future__ import annotations

from diplocorpus._doc import Doc
from diplocorpus.model import Diagnostic, When

__all__ = ["timexes"]


def timexes(doc: Doc) -> tuple[tuple[When, ...], tuple[Diagnostic, ...]]:
    """Every time expression in *doc*, resolved against ``doc.anchor``."""
    return (), ()
