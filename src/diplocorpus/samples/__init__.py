"""Sample wire reports bundled with diplocorpus, written for the project.

They cover the shapes real reports come in (header lines, every dateline
style, quote styles, broken input) and serve the demo, the docs and the
tests.  ``python -m diplocorpus.samples`` parses them and prints a summary.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

__all__ = ["names", "read", "texts"]


def names() -> tuple[str, ...]:
    """The sample file names, sorted."""
    root = resources.files(__name__)
    return tuple(sorted(p.name for p in root.iterdir() if p.name.endswith(".txt")))


def read(name: str) -> str:
    """The text of the sample file *name*, byte for byte (CRLF line ends are kept)."""
    return resources.files(__name__).joinpath(name).read_bytes().decode("utf-8")


def texts() -> Iterator[tuple[str, str]]:
    """``(name, text)`` for every sample, in name order."""
    for name in names():
        yield name, read(name)
