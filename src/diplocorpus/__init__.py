"""diplocorpus: loose plain-text diplomatic wire reports in, a typed corpus out.

>>> import diplocorpus
>>> article = diplocorpus.parse(" date 2025-04-21 BAKU, Azerbaijan, April 21. Talks were held.")
>>> article.date.isoformat()
'2025-04-21'

Importing is cheap: the corpus reader and the exports load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diplocorpus._version import __version__
from diplocorpus.errors import ParseError
from diplocorpus.model import (
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
    TimexType,
    When,
)
from diplocorpus.parse import find_timexes, parse

if TYPE_CHECKING:  # pragma: no cover
    from diplocorpus.corpus import Corpus
    from diplocorpus.reader import ReadError, read

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "AgreementKind",
    "AgreementStage",
    "Article",
    "Corpus",
    "Dateline",
    "Diagnostic",
    "Event",
    "EventKind",
    "EventMode",
    "EventStatus",
    "ParseError",
    "Place",
    "Precision",
    "ReadError",
    "Severity",
    "Span",
    "Statement",
    "StatementKind",
    "TimexType",
    "When",
    "__version__",
    "find_timexes",
    "parse",
    "read",
]

# Optional, heavier parts load on first attribute access (PEP 562).
_LAZY: dict[str, tuple[str, str]] = {
    "read": ("diplocorpus.reader", "read"),
    "ReadError": ("diplocorpus.reader", "ReadError"),
    "Corpus": ("diplocorpus.corpus", "Corpus"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module_name, attr = _LAZY[name]
        import importlib

        value = getattr(importlib.import_module(module_name), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'diplocorpus' has no attribute {name!r}")
