"""The exception raised by ``parse(..., strict=True)``.

Like the stdlib ``email`` package, diplocorpus separates what is *raised*
from the *defects* recorded on a parsed value: by default every problem is a
:class:`~diplocorpus.model.Diagnostic` on the :class:`~diplocorpus.model.Article`;
``strict=True`` turns the error-level ones into one :class:`ParseError`.
"""

from __future__ import annotations

from diplocorpus.model import Diagnostic

__all__ = ["ParseError"]


class ParseError(ValueError):
    """Raised by ``parse(..., strict=True)``; carries every error-level diagnostic."""

    def __init__(self, diagnostics: tuple[Diagnostic, ...], text: str = "") -> None:
        self.diagnostics = diagnostics
        self.text = text
        lines = [f"{len(diagnostics)} error(s) while parsing:"]
        for d in diagnostics:
            where = f" at {d.span.start}-{d.span.end}" if d.span is not None else ""
            lines.append(f"  {d.code}{where}: {d.message}")
            if d.span is not None and text:
                lines.extend(_caret(text, d.span.start, d.span.end))
        super().__init__("\n".join(lines))


def _caret(text: str, start: int, end: int) -> list[str]:
    """The line holding *start*, with ``~~~^`` under the span (packaging-style)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end == -1:
        line_end = len(text)
    line = text[line_start:line_end]
    col = start - line_start
    if len(line) > 100:  # show a window around the span on long lines
        lo = max(0, col - 40)
        line, col = line[lo : lo + 100], col - lo
    width = max(1, min(end, line_end) - start)
    width = min(width, max(1, len(line) - col))
    return ["    " + line, "    " + " " * col + "~" * (width - 1) + "^"]
