"""Decoding bytes and the folded view."""

from __future__ import annotations

import codecs

import pytest

import diplocorpus
from diplocorpus._text import decode, ends_with_word, fold


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("\u201cQuote\u201d", '"Quote"'),
        ("\u00abQuote\u00bb", '"Quote"'),
        ("\u2018x\u2019 `y\u00b4", "'x' 'y'"),
        ("a\u2013b\u2014c\u2212d", "a-b-c-d"),
        ("a\u00a0b\tc\u2009d", "a b c d"),
        ("a\r\nb\u2028c", "a\n\nb\nc"),
        ("a\x00b\x07c", "a b c"),
        ("\ufeffBOM", " BOM"),
        ("\ud800lone", " lone"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert folded == fold(raw)
    assert len(raw) == len(fold(raw))


@pytest.mark.parametrize(
    ("data", "text", "codes"),
    [
        (b"plain", "plain", []),
        (codecs.BOM_UTF8 + "Bak\u0131".encode(), "Bak\u0131", []),
        (codecs.BOM_UTF16_LE + "Baku".encode("utf-16-le"), "Baku", []),
        (
            "caf\u00e9 na\u00efve".encode("cp1252") * 30,
            "caf\u00e9 na\u00efve" * 30,
            ["text.decode.fallback"],
        ),
        ("Bak\u0131 ".encode() + b"\xff talks", "Bak\u0131 \ufffd talks", ["text.decode.invalid"]),
        (b"Baku \xff talks", "Baku \u00ff talks", ["text.decode.fallback"]),
        (
            "\u201cq\u201d".encode() + b"\xed\xa0\x80",
            "\u201cq\u201d\ufffd\ufffd\ufffd",
            ["text.decode.invalid"],
        ),
    ],
)
def test_decode(data: bytes, text: str, codes: list[str]) -> None:
    decoded, diagnostics = decode(data)
    assert text == decoded
    assert codes == [d.code for d in diagnostics]


def test_parse_bytes_keeps_decoded_text() -> None:
    article = diplocorpus.parse(codecs.BOM_UTF8 + b" date 2025-04-21 Talks were held in Baku.")
    assert " date 2025-04-21 Talks were held in Baku." == article.text
    assert 2025 == (article.date.year if article.date else None)


def test_control_characters_are_reported() -> None:
    article = diplocorpus.parse("Talks\x00 were held.\x07")
    (diag,) = [d for d in article.diagnostics if d.code == "text.control_characters"]
    assert diag.span is not None
    assert "\x00" == diag.span.of(article.text)


def test_non_text_input_is_an_error_diagnostic_not_nuls() -> None:
    article = diplocorpus.parse(12345)  # type: ignore[arg-type]
    assert "" == article.text
    assert ["internal.decode"] == [d.code for d in article.errors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the", True), ("under the", True), ("data", False), ("x_the", False), ("3a", False)],
)
def test_ends_with_word_needs_a_word_boundary(text: str, expected: bool) -> None:
    assert ends_with_word(text, ("the", "a")) is expected
