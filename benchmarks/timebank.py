"""Score ``diplocorpus.find_timexes`` on TimeBank 1.2 + AQUAINT (TempEval-3 "TBAQ-cleaned").

Usage::

    python benchmarks/timebank.py                  # ../shared/external/timebank
    python benchmarks/timebank.py DIR              # another folder of TimeBank/ and AQUAINT/
    python benchmarks/timebank.py --show misses    # list the misses (and extras, values)
    python benchmarks/timebank.py --vs-dateparser  # also: throughput against dateparser

Each ``.tml`` file's ``<TEXT>`` is stripped of its tags (XML entities
decoded) to give the plain text; the offsets of each ``<TIMEX3>`` follow.
The text goes to ``find_timexes(text, dct)`` with the document creation time
(``<DCT>``) as the anchor (not to ``parse``: TimeML text has no wire-report
header, and the anchor is given directly).

Scored, the way TempEval-3 scores systems, on the gold expressions of type
DATE and TIME (diplocorpus emits neither DURATION nor SET):

- relaxed span P/R/F1: a prediction matches a gold expression it overlaps
  (one-to-one, in text order);
- strict span P/R/F1: the spans are identical;
- value accuracy: the share of relaxed matches whose TIMEX3 value is right;
- value P/R/F1: relaxed matches with the right value over predictions / gold.

A prediction that overlaps only a gold DURATION or SET expression is not
scored (neither right nor wrong: it is a DATE reading of words the gold
reads as a duration); how many there were is printed.

``--vs-dateparser`` times ``find_timexes`` and
``dateparser.search.search_dates(text, languages=['en'])`` on the same texts
(the dev-set and seed reports plus the TimeBank texts) in one run.

When the data (or dateparser, for the comparison) is absent, the script says
so and exits 0.
"""

from __future__ import annotations

import argparse
import datetime
import html
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import diplocorpus
from diplocorpus import TimexType, When

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
DEFAULT_DIR = SHARED / "external" / "timebank"
DEV_DIRS = (SHARED / "corpus" / "dev", SHARED / "seeds")
CORPORA = ("TimeBank", "AQUAINT")
SCORED_TYPES = frozenset({"DATE", "TIME"})

# A TimeML tag: <TIMEX3 tid="t1" type="DATE" value="1998-01-08">, </TIMEX3>
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
# An attribute inside a tag: value="1998-01-08"
_ATTR = re.compile(r'(\w+)="([^"]*)"')
# The document creation time: <DCT><TIMEX3 ... value="1998-01-08" ...>
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True)
class Document:
    name: str
    corpus: str
    text: str
    dct: datetime.date | None
    gold: tuple[GoldTimex, ...]


def read_tml(path: Path, corpus: str) -> Document:
    """The plain text of a TimeML file, its DCT and its TIMEX3 expressions."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = _DCT.search(raw)
    if m is not None:
        value = dict(_ATTR.findall(m.group(1))).get("value", "")
        try:
            dct = datetime.date.fromisoformat(value[:10])
        except ValueError:
            dct = None
    begin = raw.find("<TEXT>")
    end = raw.find("</TEXT>")
    body = raw[begin + len("<TEXT>") : end] if begin >= 0 and end > begin else ""
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1) == "":
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(parts)[start:length]
            gold.append(
                GoldTimex(start, length, attrs.get("type", ""), attrs.get("value", ""), text)
            )
            open_timex = None
    parts.append(html.unescape(body[pos:]))
    return Document(path.stem, corpus, "".join(parts), dct, tuple(gold))


def load(folder: Path) -> list[Document]:
    docs = []
    for corpus in CORPORA:
        for path in sorted((folder / corpus).glob("*.tml")):
            docs.append(read_tml(path, corpus))
    return docs


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    relaxed: int = 0
    strict: int = 0
    value_ok: int = 0
    unscored: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.relaxed += other.relaxed
        self.strict += other.strict
        self.value_ok += other.value_ok
        self.unscored += other.unscored
        self.misses.extend(other.misses)


def _f1(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(doc: Document, preds: Sequence[When]) -> Tally:
    """One document's tally (see the module docstring for the rules)."""
    tally = Tally()
    gold = [g for g in doc.gold if g.type in SCORED_TYPES]
    other = [g for g in doc.gold if g.type not in SCORED_TYPES]
    kept = [p for p in preds if p.type in (TimexType.DATE, TimexType.TIME)]
    tally.gold = len(gold)
    used: set[int] = set()
    matched_pred: set[int] = set()
    for g in gold:
        match = None
        for i, p in enumerate(kept):
            if i not in used and p.span.start < g.end and g.start < p.span.end:
                match = i
                break
        if match is None:
            tally.misses.append(f"{doc.name} MISSED {g.text!r} {g.type} = {g.value}")
            continue
        used.add(match)
        matched_pred.add(match)
        p = kept[match]
        tally.relaxed += 1
        if (p.span.start, p.span.end) == (g.start, g.end):
            tally.strict += 1
        if p.timex == g.value:
            tally.value_ok += 1
        else:
            tally.misses.append(
                f"{doc.name} VALUE {p.text!r} -> {p.timex} != {g.value} (gold {g.text!r})"
            )
    for i, p in enumerate(kept):
        if i in matched_pred:
            continue
        if any(p.span.start < g.end and g.start < p.span.end for g in other):
            tally.unscored += 1
            continue
        tally.misses.append(f"{doc.name} EXTRA {p.text!r} -> {p.timex}")
    tally.pred = len(kept) - tally.unscored
    return tally


def line(name: str, t: Tally) -> str:
    rp, rr, rf = _f1(t.relaxed, t.pred, t.gold)
    sp, sr, sf = _f1(t.strict, t.pred, t.gold)
    vp, vr, vf = _f1(t.value_ok, t.pred, t.gold)
    acc = t.value_ok / t.relaxed if t.relaxed else 0.0
    return (
        f"{name:<9} gold={t.gold:<5} pred={t.pred:<5} "
        f"relaxed P={rp:.3f} R={rr:.3f} F1={rf:.3f} | "
        f"strict P={sp:.3f} R={sr:.3f} F1={sf:.3f} | "
        f"value acc={acc:.3f} P={vp:.3f} R={vr:.3f} F1={vf:.3f} | "
        f"unscored (overlap DURATION/SET only)={t.unscored}"
    )


def run_scores(docs: Sequence[Document], show: bool) -> None:
    per: dict[str, Tally] = {c: Tally() for c in CORPORA}
    started = time.perf_counter()
    for doc in docs:
        per[doc.corpus].add(score(doc, diplocorpus.find_timexes(doc.text, doc.dct)))
    elapsed = time.perf_counter() - started
    total = Tally()
    for t in per.values():
        total.add(t)
    if show:
        print("\n".join(total.misses))
        print()
    print(f"diplocorpus {diplocorpus.__version__}: {len(docs)} TimeML documents, DATE+TIME gold")
    for corpus, t in per.items():
        print(line(corpus, t))
    print(line("overall", total))
    _p, _r, relaxed_all = _f1(total.relaxed, total.pred + total.unscored, total.gold)
    _p, _r, value_all = _f1(total.value_ok, total.pred + total.unscored, total.gold)
    print(
        f"          counting the {total.unscored} unscored predictions as wrong: "
        f"relaxed F1={relaxed_all:.3f}, value F1={value_all:.3f}"
    )
    print(f"({elapsed:.2f} s)")


def _dev_texts() -> list[str]:
    texts: list[str] = []
    for folder in DEV_DIRS:
        if folder.is_dir():
            texts.extend(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    return texts


def run_speed(docs: Sequence[Document]) -> None:
    """Time find_timexes against dateparser's search_dates on the same texts."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed (pip install 'diplocorpus[bench]'): speed skipped")
        return
    texts = _dev_texts() + [d.text for d in docs]
    chars = sum(len(t) for t in texts)
    search_dates("warm up on Monday, April 21, 2025", languages=["en"])
    diplocorpus.find_timexes("warm up on Monday, April 21, 2025", None)

    started = time.perf_counter()
    ours = sum(len(diplocorpus.find_timexes(t, None)) for t in texts)
    ours_s = time.perf_counter() - started

    started = time.perf_counter()
    theirs = 0
    for t in texts:
        found = search_dates(t, languages=["en"])
        theirs += len(found or ())
    theirs_s = time.perf_counter() - started

    print(f"throughput on {len(texts)} texts ({chars / 1e6:.2f} M characters), one run:")
    print(
        f"  find_timexes          {ours_s:8.2f} s  {chars / ours_s / 1e3:9.0f} kchar/s"
        f"  {ours} expressions"
    )
    print(
        f"  dateparser.search     {theirs_s:8.2f} s  {chars / theirs_s / 1e3:9.0f} kchar/s"
        f"  {theirs} expressions"
    )
    print(f"  ratio (dateparser time / find_timexes time): {theirs_s / ours_s:.1f}x")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--show", choices=["misses"], help="list misses, extras, wrong values")
    parser.add_argument(
        "--vs-dateparser", action="store_true", help="also time dateparser.search_dates"
    )
    args = parser.parse_args(argv)
    if not any((args.folder / c).is_dir() for c in CORPORA):
        print(f"no TimeBank data at {args.folder}: nothing to score")
        return 0
    docs = load(args.folder)
    run_scores(docs, args.show == "misses")
    if args.vs_dateparser:
        run_speed(docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
