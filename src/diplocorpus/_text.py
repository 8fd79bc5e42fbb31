"""Decoding input and building the folded view of a text.

The folded view has exactly the length of the text: one code point in, one
code point out.  Curly, angled and doubled quote marks become ``"`` or
``'``, every dash becomes ``-``, every kind of space becomes `` ``, ``\\r``
and the Unicode line and paragraph separators become ``\\n``, control
characters and lone surrogates become a space.  Stages match their patterns
against the folded view, and an offset found there is an offset in the
original text: no offset map is needed.
"""

from __future__ import annotations

import codecs
import functools
import re

from diplocorpus.model import Diagnostic, Severity, Span

__all__ = ["decode", "ends_with_word", "fold", "scan_controls"]

_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a\u2032`\u00b4"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = (
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u200b\u202f\u205f\u3000\ufeff\u00ad\u200c\u200d\u2060"
)
_NEWLINES = "\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"


@functools.cache
def _fold_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for ch in _DOUBLE_QUOTES:
        table[ord(ch)] = ord('"')
    for ch in _SINGLE_QUOTES:
        table[ord(ch)] = ord("'")
    for ch in _DASHES:
        table[ord(ch)] = ord("-")
    for ch in _SPACES:
        table[ord(ch)] = ord(" ")
    for ch in _NEWLINES:
        table[ord(ch)] = ord("\n")
    for cp in list(range(0x20)) + list(range(0x7F, 0xA0)):
        if cp != 0x0A and cp not in table:
            table[cp] = ord(" ")
    for cp in range(0xD800, 0xE000):  # lone surrogates in a str input
        table[cp] = ord(" ")
    return table


# Runs of non-ASCII characters (the standard library's engine scans a range
# class faster than :mod:`regex`).
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@functools.cache
def _ascii_folding() -> bytes:
    """The ASCII characters that fold (controls, tab, CR, the backtick), as bytes."""
    return bytes(sorted(cp for cp in _fold_table() if cp < 0x80))


def fold(text: str) -> str:
    """The folded view of *text*: same length, normalised marks and spaces.

    ``str.translate`` is fast on ASCII (it caches the table for it) and slow
    past the first non-ASCII character, so a text that is not ASCII is
    translated piece by piece: its non-ASCII runs, and the ASCII stretches
    between them only when some ASCII character folds.
    """
    table = _fold_table()
    if text.isascii():
        return text.translate(table)
    raw = text.encode("latin-1", "ignore")  # every ASCII character, in a C scan
    ascii_folds = len(raw.translate(None, _ascii_folding())) != len(raw)
    parts: list[str] = []
    pos = 0
    for m in _NON_ASCII.finditer(text):
        start, end = m.span()
        between = text[pos:start]
        parts.append(between.translate(table) if ascii_folds else between)
        parts.append(m.group().translate(table))
        pos = end
    rest = text[pos:]
    parts.append(rest.translate(table) if ascii_folds else rest)
    return "".join(parts)


# Control characters worth a diagnostic (tab, CR and LF are ordinary).
_ODD_CONTROLS = frozenset(
    chr(cp) for cp in list(range(0x20)) + list(range(0x7F, 0xA0)) if cp not in (0x09, 0x0A, 0x0D)
)


# The same characters as bytes: every one is below U+00A0, so a Latin-1
# encoding that drops the characters beyond U+00FF keeps every one of them.
_ODD_CONTROL_BYTES = bytes(sorted(ord(ch) for ch in _ODD_CONTROLS))


def scan_controls(text: str) -> tuple[Diagnostic, ...]:
    """One diagnostic for the control characters in *text*, if it has any."""
    raw = text.encode("latin-1", "ignore")  # a C scan; no control is dropped
    if len(raw.translate(None, _ODD_CONTROL_BYTES)) == len(raw):
        return ()
    positions = [i for i, ch in enumerate(text) if ch in _ODD_CONTROLS]
    first = positions[0]
    return (
        Diagnostic(
            code="text.control_characters",
            message=(
                f"{len(positions)} control character(s) in the text, first "
                f"U+{ord(text[first]):04X}; they are read as spaces"
            ),
            span=Span(first, first + 1),
            severity=Severity.WARNING,
        ),
    )


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: str | bytes | bytearray | memoryview) -> tuple[str, tuple[Diagnostic, ...]]:
    """Decode *data* to text, never raising; each recovery is a diagnostic.

    Bytes are read as UTF-8 (a byte-order mark selects UTF-8, -16 or -32 and
    is dropped).  Bytes that are not valid UTF-8 are read as Windows-1252
    when they hold no valid multi-byte UTF-8 sequence at all (a legacy 8-bit
    file), else as UTF-8 with U+FFFD for each bad sequence (a damaged UTF-8
    file); either way an error-level diagnostic says so, since the text may
    not be what was published.
    """
    if isinstance(data, str):
        return data, ()
    if not isinstance(data, (bytes, bytearray, memoryview)):
        # bytes(12345) would be 12,345 NULs: refuse anything that is not text or bytes.
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    raw = bytes(data)
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding), ()
            except UnicodeDecodeError as exc:
                text = raw[len(bom) :].decode(encoding, errors="replace")
                return text, (_bad_bytes(encoding, exc),)
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        first_error = exc
    replaced = raw.decode("utf-8", errors="replace")
    # No valid multi-byte UTF-8 sequence at all: a legacy 8-bit encoding.
    # Some valid ones beside the bad bytes: UTF-8 with damage.
    if not any(ch > "\x7f" and ch != "\ufffd" for ch in replaced):
        text = raw.decode("cp1252", errors="replace")
        return text, (
            Diagnostic(
                code="text.decode.fallback",
                message=(
                    "input is not UTF-8 (first bad byte at offset "
                    f"{first_error.start}); read as Windows-1252"
                ),
                span=None,
                severity=Severity.ERROR,
            ),
        )
    return replaced, (_bad_bytes("utf-8", first_error),)


def _bad_bytes(encoding: str, exc: UnicodeDecodeError) -> Diagnostic:
    return Diagnostic(
        code="text.decode.invalid",
        message=(
            f"bytes that are not valid {encoding} at byte offset {exc.start}; replaced with U+FFFD"
        ),
        span=None,
        severity=Severity.WARNING,
    )


def ends_with_word(text: str, words: tuple[str, ...]) -> bool:
    """True when ASCII *text* ends with one of *words* as a whole word.

    The string twin of a pattern ``\\b(?:word|...)$``: the character before
    the word, if any, is not a word character (``[A-Za-z0-9_]`` on ASCII).
    Lets a stage answer on ASCII text with ``str.endswith``, exactly as the
    pattern would, so "data" does not end with the word "a".

    >>> ends_with_word("the", ("the", "a")), ends_with_word("data", ("the", "a"))
    (True, False)
    """
    for word in words:
        if text.endswith(word):
            before = len(text) - len(word) - 1
            if before < 0 or not (text[before].isalnum() or text[before] == "_"):
                return True
    return False
