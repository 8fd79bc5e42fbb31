"""An atheris (libFuzzer) harness for :func:`diplocorpus.parse`.

Each input is read three ways, chosen by its first byte:

0. raw ``bytes`` straight into ``parse`` (decoding, BOMs, bad UTF-8);
1. a ``str`` from the fuzzer's data, lone surrogates included;
2. a ``str`` stitched from wire-report fragments (date headers, datelines,
   quote marks, ``Mr. ``, dates, separators) picked by the data, so the
   fuzzer reaches the extraction stages quickly.

A *crash* is any of: an exception out of ``parse`` (it must never raise), an
``internal.<stage>`` diagnostic (a stage raised and was caught: still a bug),
a span outside the text, overlapping sentences, statements or time
expressions, or a failed ``to_dict``/``from_dict`` round trip.  libFuzzer's
``-timeout`` turns a slow input (super-linear time) into a crash too.

Run it as ``fuzz/README.md`` says; it is not part of the test suite.
"""

from __future__ import annotations

import itertools
import json
import sys

import atheris

with atheris.instrument_imports():
    import diplocorpus
    from diplocorpus import Article, Span

# Fragments for mode 2 (written for the harness, in the style of wire reports).
FRAGMENTS = (
    " date 2025-04-21 ",
    " date 2025-13-45 ",
    "date 2024-02-29\n",
    "BAKU, Azerbaijan, April 21. ",
    "MOSCOW, March 3. /TASS/. ",
    "Baku, April 21, AZERTAC\n",
    "BEIJING, May 5 (Xinhua) -- ",
    "Baku. 1 June. REPORT.AZ/ ",
    "ISLAMABAD (Web Desk) \u2013 ",
    "CAIRO : ",
    "BAKU/Trend/ - ",
    "Trend:\n",
    "November 12, 2014 10:00 IST\n",
    "11:24, April 22, 2025\n",
    "Title Of The Report\n\n",
    "President ",
    "Foreign Minister Farhad Guliyev ",
    "Mr. ",
    "H.E. ",
    "U.S. ",
    "said ",
    "said that ",
    "noted: ",
    "According to the ministry, ",
    "he said.",
    "held talks with ",
    "paid an official visit to ",
    "signed a Memorandum of Understanding ",
    "the Joint Declaration on Strategic Partnership ",
    "summit ",
    "on April 21, 2024",
    "last year",
    "on Monday",
    "(19\u201321 November)",
    "2024-07-03",
    "in July",
    '"',
    "'",
    "\u201c",
    "\u201d",
    "\u00ab",
    "\u00bb",
    "\u201e",
    "\u2018",
    "\u2019",
    "`",
    "(",
    ")",
    ". ",
    ", ",
    " \u2014 ",
    "-",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u2029",
    "\x00",
    "\ufeff",
    "\ud800",
    "\t",
    "\u00a0",
    "Azerbaijan ",
    "Azerbaijani-Chinese ",
    "the People's Republic of China ",
    "Astana ",
    "We agree",
    "1234567890",
)


def check(article: Article) -> None:
    """Raise AssertionError when *article* breaks the parse contract."""
    n = len(article.text)
    found: list[tuple[str, Span]] = [("body", article.body)]
    found += [("paragraph", s) for s in article.paragraphs]
    found += [("sentence", s) for s in article.sentences]
    for label, maybe in (("title", article.title_span), ("agency", article.agency_span)):
        if maybe is not None:
            found.append((label, maybe))
    if article.dateline is not None:
        found.append(("dateline", article.dateline.span))
    found += [(f"diagnostic {d.code}", d.span) for d in article.diagnostics if d.span is not None]
    for s in article.statements:
        found.append(("statement", s.span))
        found += [("statement part", x) for x in (s.speaker_span, s.cue_span) if x is not None]
    for e in article.events:
        found += [("event", e.span)] + [("event mention", m) for m in e.mentions]
    for a in article.agreements:
        found += [("agreement", a.span)] + [("agreement mention", m) for m in a.mentions]
    found += [("timex", t.span) for t in article.timexes]
    for label, span in found:
        assert 0 <= span.start <= span.end <= n, f"{label} {span} outside text of length {n}"
    for name, spans in (
        ("sentences", list(article.sentences)),
        ("statements", sorted(s.span for s in article.statements)),
        ("timexes", sorted(t.span for t in article.timexes)),
    ):
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start, f"{name} overlap: {left} {right}"
    internal = [d for d in article.diagnostics if d.code.startswith("internal.")]
    assert not internal, f"a stage raised: {internal[0].code}: {internal[0].message}"
    data = article.to_dict()
    json.dumps(data)
    assert Article.from_dict(data) == article, "to_dict/from_dict round trip changed the article"


def test_one_input(data: bytes) -> None:
    """The libFuzzer entry point."""
    if not data:
        check(diplocorpus.parse(b""))
        return
    mode = data[0] % 3
    fdp = atheris.FuzzedDataProvider(data[1:])
    if mode == 0:
        article = diplocorpus.parse(data[1:])
    elif mode == 1:
        article = diplocorpus.parse(fdp.ConsumeUnicode(len(data)))
    else:
        parts = []
        while fdp.remaining_bytes() > 0:
            parts.append(FRAGMENTS[fdp.ConsumeIntInRange(0, len(FRAGMENTS) - 1)])
            if fdp.remaining_bytes() > 0 and fdp.ConsumeIntInRange(0, 7) == 0:
                parts.append(fdp.ConsumeUnicode(fdp.ConsumeIntInRange(1, 12)))
        article = diplocorpus.parse("".join(parts))
    check(article)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
