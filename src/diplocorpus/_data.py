"""Loading the vocabulary tables shipped in ``diplocorpus/data``.

Tables are plain UTF-8 text: ``.txt`` files hold one entry a line, ``.tsv``
files a header row and tab-separated rows; ``#`` starts a comment line.
Each file is read once, on first use (``functools.cache``), never at import.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["load_tsv", "load_words"]


def _read(name: str) -> str:
    return (
        resources.files("diplocorpus").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    )


@functools.cache
def load_words(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of the data file *name*, stripped."""
    out = []
    for line in _read(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@functools.cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """The rows of the tab-separated data file *name* as dicts keyed by its header."""
    lines = [line for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]
    if not lines:
        return ()
    header = lines[0].split("\t")
    width = len(header)
    rows: list[dict[str, str]] = []
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return tuple(rows)
