"""Quote-mark pairing that survives real wire text.

:func:`find_quotes` pairs opening and closing quote marks in the body of a
:class:`~diplocorpus._doc.Doc` and returns the quoted stretches
(:class:`Quote`), outermost only, in text order.  The rules:

* Marks: straight ``"`` and ``'``, curly ``“ ” ‘ ’``, low ``„``, guillemets
  ``« » ‹ ›``, doubled singles ``''`` and doubled backticks.  A single mark
  between letters (``Azerbaijan's``, ``Xi'an``, ``BP`s``) or after a plural
  ``s`` before a lower-case word (``heads' of state``) is an apostrophe.
* Direction comes from the context first (a mark after a space, a bracket,
  a colon or a dash and before a word opens; a mark after a word or
  punctuation and before a space or punctuation closes) and from the mark's
  shape only where the context says nothing; the original text is read for
  the shape, since the folded view maps curly marks to straight ones.  So
  reversed marks (``”Text“``) and glued quotes (``.”“The``) pair correctly.
* A double mark closes only a double mark, a single only a single.  An
  opening mark inside a quote nests (a quoted title inside speech); nested
  quotes are not returned separately.
* A quote still open at the end of its paragraph continues into the next
  paragraph when that paragraph re-opens it (a mark at its start) or closes
  it before opening anything; otherwise it is closed at the paragraph end
  with the diagnostic ``statements.quote.unbalanced``.  The rest of the
  article is never swallowed.  A single mark that never closes is an
  apostrophe or a typo and is dropped, unless it opens its paragraph or
  follows a colon (``X said: 'We ...``): then it opens speech.
* A closing mark with nothing open is dropped with the same diagnostic.

Every scan is one pass over the marks: linear in the length of the text.

>>> from diplocorpus._doc import Doc
>>> from diplocorpus._layout import paragraphs, sentences
>>> from diplocorpus._text import fold
>>> from diplocorpus.model import Span
>>> text = "“We are ready,” he said. Azerbaijan's ‘Shanghai spirit’ ideas."
>>> folded = fold(text)
>>> paras = paragraphs(folded, Span(0, len(text)))
>>> doc = Doc(text, folded, Span(0, len(text)), paras, sentences(folded, paras))
>>> [q.text for q in find_quotes(doc)[0]]
['We are ready,', 'Shanghai spirit']
"""

from __future__ import annotations

import bisect

import attrs
import regex

from diplocorpus._doc import Doc
from diplocorpus.model import Diagnostic, Severity, Span

__all__ = ["Quote", "find_quotes"]

UNBALANCED = "statements.quote.unbalanced"

_DOUBLE_OPEN = frozenset("“„«‟")
_DOUBLE_CLOSE = frozenset("”»")
_SINGLE_OPEN = frozenset("‘‚‹‛")
_SINGLE_CLOSE = frozenset("’›")
_DOUBLE_ANY = frozenset('"') | _DOUBLE_OPEN | _DOUBLE_CLOSE
_SINGLE_ANY = frozenset("'`") | _SINGLE_OPEN | _SINGLE_CLOSE

# Every candidate mark in the text: a run of three or more marks (noise, never
# a quote boundary: skipped whole), doubled singles/backticks, then any one
# mark.  Possessive: one pass.  ("''Text''", "``Text''", "“Text”", "'Text'")
_MARK = regex.compile(r"(?P<run>[\"“”„«»‟'‘’‚‹›‛`]{3,}+)|''|``|[\"“”„«»‟'‘’‚‹›‛`]")

_MARK_CHARS = frozenset("\"“”„«»‟'‘’‚‹›‛`")

# What may stand before an opening mark / after a closing mark.
_OPEN_BEFORE = frozenset(" \n\t([{-:;/—–") | {""}
_CLOSE_AFTER = frozenset(" \n\t)]}.,;:!?-—–/") | {""}


@attrs.frozen
class Quote:
    """A quoted stretch of text.

    ``span``: the content, without the marks (several paragraphs for a quote
    that runs on).  ``open``/``close``: the spans of the outer marks
    (``close`` is None when the quote was closed at a paragraph end for want
    of a mark; ``open`` is empty, at the paragraph start, when a closing mark
    ended speech that the paragraph never opened: :attr:`opened` is False).
    ``paragraphs``: how many paragraphs it covers.  ``text`` is the content
    as written.  ``double``: double marks, not single.
    """

    span: Span
    text: str
    open: Span
    close: Span | None
    double: bool = True
    paragraphs: int = 1

    @property
    def opened(self) -> bool:
        """False for a quote read back from a lone closing mark."""
        return len(self.open) > 0


@attrs.define
class _Mark:
    start: int
    end: int
    double: bool
    role: str  # "open", "close", "either"


def _role(text: str, folded: str, start: int, end: int, double: bool) -> str | None:
    """Whether the mark at ``text[start:end]`` opens, closes, or may do either.

    The context is read in the folded view (so CR, NBSP and dashes count as
    their plain forms), the mark's own shape in the original text.  None: not
    a quote mark here (an apostrophe).
    """
    before = folded[start - 1] if start > 0 else ""
    after = folded[end] if end < len(folded) else ""
    mark = text[start:end]
    b_space = before in _OPEN_BEFORE or before in _DOUBLE_ANY or before in _SINGLE_ANY
    a_space = after in _CLOSE_AFTER or after in _DOUBLE_ANY or after in _SINGLE_ANY
    if not double:
        if before.isalnum() and after.isalnum():
            return None  # Azerbaijan's, Xi'an, BP`s
        if mark == "`" and not b_space:
            return None
        if before in ("s", "S") and after == " " and end + 1 < len(folded):
            nxt = folded[end + 1]
            if nxt.islower() or nxt.isdigit():
                return None  # heads' of state
        if before.isdigit() and not b_space:
            return None  # 5' tall, 1990's
    if b_space and not a_space:
        return "open"
    if a_space and not b_space:
        return "close"
    if b_space and a_space:
        # Between spaces: a stray mark; its shape decides, else nothing.
        if mark in _DOUBLE_OPEN or mark in _SINGLE_OPEN or mark == "``":
            return "open"
        if mark in _DOUBLE_CLOSE or mark in _SINGLE_CLOSE:
            return "close"
        return "either" if double else None
    # Glued on both sides ("word”word"): the shape decides.
    if mark in _DOUBLE_OPEN or mark in _SINGLE_OPEN or mark == "``":
        return "open"
    if mark in _DOUBLE_CLOSE or mark in _SINGLE_CLOSE:
        return "close"
    return "either" if double else None


def _marks(text: str, folded: str, start: int, end: int) -> list[_Mark]:
    """The quote marks (with their roles) of ``text[start:end]``, a stretch of marks."""
    out: list[_Mark] = []
    for m in _MARK.finditer(text, start, end):
        if m.group("run"):
            continue
        mark = m.group()
        double = mark in ("''", "``") or mark in _DOUBLE_ANY
        role = _role(text, folded, m.start(), m.end(), double)
        if role is not None:
            out.append(_Mark(m.start(), m.end(), double, role))
    return out


def _positions(folded: str, ch: str, start: int, end: int) -> list[int]:
    """The offsets of *ch* in ``folded[start:end]`` (``str.find``: a C scan)."""
    out: list[int] = []
    i = folded.find(ch, start, end)
    while i >= 0:
        out.append(i)
        i = folded.find(ch, i + 1, end)
    return out


def _marks_by_paragraph(doc: Doc) -> list[list[_Mark]]:
    """The marks of each paragraph of *doc*.

    Every mark folds to ``"`` or ``'``, so the stretches of those two in the
    folded view hold every mark; they are found with ``str.find`` (marks are
    few) and only they are read with :data:`_MARK`.  A stretch never spans
    two paragraphs (a line break or a space stands at each paragraph's edges).
    """
    paras = doc.paragraphs
    out: list[list[_Mark]] = [[] for _ in paras]
    if not paras:
        return out
    text, folded = doc.text, doc.folded
    lo, hi = paras[0].start, paras[-1].end
    found = _positions(folded, '"', lo, hi) + _positions(folded, "'", lo, hi)
    if not found:
        return out
    found.sort()
    starts = [p.start for p in paras]
    k = 0
    while k < len(found):
        start = end = found[k]
        k += 1
        while k < len(found) and found[k] == end + 1:
            end += 1
            k += 1
        i = bisect.bisect_right(starts, start) - 1
        para = paras[i]
        if start >= para.end:
            continue  # between paragraphs (cannot happen for a mark; kept exact)
        end = min(end + 1, para.end)
        if end - start > 1:
            out[i].extend(_marks(text, folded, start, end))
            continue
        # One character (most often an apostrophe): no need for the pattern.
        mark = text[start]
        if mark not in _MARK_CHARS:
            continue
        double = mark in _DOUBLE_ANY
        role = _role(text, folded, start, end, double)
        if role is not None:
            out[i].append(_Mark(start, end, double, role))
    return out


@attrs.define
class _Open:
    mark: _Mark
    first_para: int
    paras: int = 1


def find_quotes(doc: Doc) -> tuple[tuple[Quote, ...], tuple[Diagnostic, ...]]:
    """The outermost quotes in the body of *doc*, and the recoveries made."""
    text = doc.text
    quotes: list[Quote] = []
    diags: list[Diagnostic] = []
    carried: _Open | None = None  # a quote running on from the previous paragraph
    paras = doc.paragraphs
    by_paragraph = _marks_by_paragraph(doc)
    for p_index, para in enumerate(paras):
        marks = by_paragraph[p_index]
        if not marks and carried is None:
            continue  # nothing opens, closes or runs on here
        stack: list[_Mark] = []
        outer: _Open | None = None
        if carried is not None:
            first = marks[0] if marks else None
            reopens = first is not None and first.start == para.start and first.role != "close"
            closes_first = first is not None and first.role in ("close", "either") and not reopens
            if reopens and first is not None and first.double == carried.mark.double:
                marks = marks[1:]  # the re-opening mark of a running quote
                outer = carried
                outer.paras += 1
                stack.append(carried.mark)
            elif closes_first and first is not None and first.double == carried.mark.double:
                outer = carried
                outer.paras += 1
                stack.append(carried.mark)
            else:
                _close_at_end(doc, carried, paras[p_index - 1], quotes, diags)
            carried = None
        last_close: _Mark | None = None
        for m_index, mark in enumerate(marks):
            if stack and mark.role in ("close", "either"):
                k = len(stack) - 1
                while k >= 0 and stack[k].double != mark.double:
                    k -= 1
                if k >= 0:
                    last_close = mark
                    del stack[k:]
                    if not stack and outer is not None:
                        _emit(doc, outer, mark, quotes)
                        outer = None
                    continue
            if mark.role in ("open", "either"):
                if not stack:
                    outer = _Open(mark, p_index)
                if len(stack) < 4:
                    stack.append(mark)
                continue
            if not stack:
                orphan = (
                    m_index == 0
                    and mark.double
                    and mark.start > para.start
                    and text[mark.start - 1] in ",.!?"
                )
                if orphan:
                    # Speech closed in a paragraph that never opened it (its
                    # opening mark was lost or used up): from the paragraph start.
                    start, end = _trim(text, para.start, mark.start)
                    if end > start:
                        quotes.append(
                            Quote(
                                Span(start, end),
                                text[start:end],
                                Span(para.start, para.start),
                                Span(mark.start, mark.end),
                                True,
                                1,
                            )
                        )
                diags.append(
                    Diagnostic(
                        UNBALANCED,
                        "a closing quote mark with no opening mark before it: "
                        + ("the quote is read from the paragraph start" if orphan else "ignored"),
                        Span(mark.start, mark.end),
                        Severity.INFO,
                    )
                )
        if outer is not None and last_close is not None and last_close.start > outer.mark.start:
            tail = text[last_close.end : para.end]
            if not tail.strip(" .,;!?)"):
                # The paragraph ends on a closing mark: an inner quote opened
                # and never closed; the last mark closes the outer quote.
                diags.append(
                    Diagnostic(
                        UNBALANCED,
                        "a quote mark inside a quote never closes: the paragraph's last mark"
                        " closes the outer quote",
                        Span(outer.mark.start, outer.mark.end),
                        Severity.INFO,
                    )
                )
                _emit(doc, outer, last_close, quotes)
                outer = None
        if outer is not None:
            if (
                outer.mark.double
                or outer.mark.start == para.start
                or outer.paras > 1
                or _after_colon(doc.folded, para.start, outer.mark.start)
            ):
                carried = outer
            else:
                # A lone single mark that never closes is an apostrophe or a
                # typo, not a quote: dropped.
                diags.append(
                    Diagnostic(
                        UNBALANCED,
                        "a single quote mark that never closes: not read as a quote",
                        Span(outer.mark.start, outer.mark.end),
                        Severity.INFO,
                    )
                )
    if carried is not None and paras:
        _close_at_end(doc, carried, paras[-1], quotes, diags)
    quotes.sort(key=lambda q: q.span.start)
    return tuple(quotes), tuple(diags)


def _after_colon(folded: str, floor: int, at: int) -> bool:
    """True when the mark at *at* follows a colon (``X said: 'We ...``): speech opens."""
    k = at - 1
    while k >= floor and folded[k] == " ":
        k -= 1
    return k >= floor and folded[k] == ":"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lone_edge_mark(folded: str, start: int, end: int) -> tuple[int, int]:
    """*start*, *end* without a double mark at an edge that is the content's only one.

    ``'We agree, "’``: a stray mark the pairing could not use, not part of a
    nested quote (which would bring its partner inside).
    """
    if folded.count('"', start, end) != 1:
        return start, end
    if folded[start] == '"':
        start += 1
        while start < end and folded[start] == " ":
            start += 1
    else:
        k = end
        while k > start and folded[k - 1] in " ,;":
            k -= 1
        if k > start and folded[k - 1] == '"':
            end = k - 1
            while end > start and folded[end - 1] in " ,;":
                end -= 1
    return start, end


def _emit(doc: Doc, opened: _Open, close: _Mark, quotes: list[Quote]) -> None:
    start, end = _trim(doc.text, opened.mark.end, close.start)
    if end > start:
        start, end = _lone_edge_mark(doc.folded, start, end)
    if end <= start:
        return
    quotes.append(
        Quote(
            Span(start, end),
            doc.text[start:end],
            Span(opened.mark.start, opened.mark.end),
            Span(close.start, close.end),
            opened.mark.double,
            opened.paras,
        )
    )


def _close_at_end(
    doc: Doc, opened: _Open, para: Span, quotes: list[Quote], diags: list[Diagnostic]
) -> None:
    """Close a quote that never closed at the end of *para* (its last paragraph).

    Double marks and commas at the very end are not content: they are marks
    the pairing could not use (a run such as ``''"`` is read as noise); so
    are double marks right after the opening one (``""We ...``: a doubled
    opening mark, whose second mark found no partner either).
    """
    start, end = _trim(doc.text, opened.mark.end, para.end)
    while start < end and doc.folded[start] in '" ':
        start += 1
    while end > start and doc.folded[end - 1] in '",; ':
        end -= 1
    diags.append(
        Diagnostic(
            UNBALANCED,
            "a quote mark opens here but never closes: closed at the end of its paragraph",
            Span(opened.mark.start, opened.mark.end),
            Severity.INFO,
        )
    )
    # A lone stray mark at a paragraph end ("... the word '") has no content.
    if end <= start:
        return
    quotes.append(
        Quote(
            Span(start, end),
            doc.text[start:end],
            Span(opened.mark.start, opened.mark.end),
            None,
            opened.mark.double,
            opened.paras,
        )
    )
