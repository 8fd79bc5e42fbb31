"""Score the statements stage on PolNeAR (dev split), news text nobody here wrote.

Usage::

    python benchmarks/polnear.py                 # ../shared/external/polnear-dev
    python benchmarks/polnear.py DIR --show 20   # another copy; list 20 misses
    python benchmarks/polnear.py --json out.json

PolNeAR (networkdynamics/PolNeAR, LREC 2018) annotates attributions in US
political news as brat standoff: ``Source``, ``Cue`` and ``Content`` spans
by character offset, linked by ``E`` lines.  Each text is parsed with
:func:`diplocorpus.parse` as it is (no header) and scored three ways:

* **direct-quotation F1**: gold contents that stand in quote marks against
  predicted ``direct`` statements; one-to-one, a pair matches when the spans
  overlap (the matching citron and PARC 3.0 evaluations call "overlap");
* **all-attributions F1**: every gold content against every prediction, the
  same way;
* **named-speaker accuracy**: among matched attributions whose gold source
  is a name (a capitalised word, not a pronoun or "sources"), the share
  whose predicted speaker contains the source's last word (the surname), as
  ``benchmarks/accuracy.py`` scores speakers.

When the folder is absent the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import diplocorpus

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "external" / "polnear-dev"
QUOTES = "\"“”„«»'‘’`"
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "who",
    ]
)


@dataclass
class Gold:
    """One attribution of the gold file: content span, source span and text."""

    content: tuple[int, int]
    source: tuple[int, int] | None
    source_text: str
    direct: bool


@dataclass
class Score:
    """Matches, predictions and gold items of one measure."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        return (
            f"{name:18} P={p:.3f} R={r:.3f} F1={self.f1:.3f}"
            f"  (tp={self.tp} pred={self.pred} gold={self.gold})"
        )


def _span(cells: str) -> tuple[int, int]:
    """``"115 290"`` or a discontinuous ``"115 200;210 290"``: the whole extent."""
    pieces = [tuple(int(x) for x in part.split()) for part in cells.split(";")]
    return min(p[0] for p in pieces), max(p[1] for p in pieces)


def read_gold(ann: Path, text: str) -> list[Gold]:
    """The attributions of one ``.ann`` file."""
    spans: dict[str, tuple[str, tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("T") and len(cells) >= 2:
            label, _, offsets = cells[1].partition(" ")
            spans[cells[0]] = (label, _span(offsets))
        elif line.startswith("E") and len(cells) >= 2:
            roles = dict(part.split(":", 1) for part in cells[1].split() if ":" in part)
            events.append(roles)
    out: list[Gold] = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        source = spans.get(roles.get("Source", ""))
        c_start, c_end = content[1]
        out.append(
            Gold(
                content=(c_start, c_end),
                source=source[1] if source else None,
                source_text=text[source[1][0] : source[1][1]] if source else "",
                direct=_is_direct(text, c_start, c_end),
            )
        )
    return out


def _is_direct(text: str, start: int, end: int) -> bool:
    """True when the content stands in quote marks (inside or just outside its span)."""
    inner = text[start:end].strip()
    if len(inner) < 2:
        return False
    opens = inner[0] in QUOTES or text[max(0, start - 2) : start].strip()[-1:] in QUOTES
    tail = inner.rstrip(".,")
    closes = (
        tail[-1:] in QUOTES
        or text[end : end + 2].strip()[:1] in QUOTES
        or text[end - 2 : end].strip()[-1:] in QUOTES
    )
    return opens and closes


def _named(source: str) -> bool:
    words = source.split()
    if not words:
        return False
    caps = [w for w in words if w[:1].isupper()]
    if not caps:
        return False
    return not (len(words) == 1 and words[0].lower() in PRONOUNS)


def _surname(source: str) -> str:
    words = [w.strip(".,’'s") for w in source.split() if w[:1].isupper()]
    words = [w for w in words if w]
    return words[-1].casefold() if words else ""


def _match(
    gold: list[tuple[int, int]], pred: list[tuple[int, int]]
) -> list[tuple[int, int | None]]:
    """One-to-one matching by overlap: each gold takes the unused prediction it overlaps most."""
    used: set[int] = set()
    out: list[tuple[int, int | None]] = []
    for gi, (gs, ge) in enumerate(gold):
        best, best_ov = None, 0
        for pi, (ps, pe) in enumerate(pred):
            if pi in used:
                continue
            ov = min(ge, pe) - max(gs, ps)
            if ov > best_ov:
                best, best_ov = pi, ov
        if best is not None:
            used.add(best)
        out.append((gi, best))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="list this many misses")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    texts = args.folder / "text"
    anns = args.folder / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        print(f"no PolNeAR copy at {args.folder}: nothing to score")
        return 0
    direct, every = Score(), Score()
    named_hits, named_total = 0, 0
    speaker_misses: list[str] = []
    docs = 0
    started = time.perf_counter()
    for ann in sorted(anns.glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        path = texts / f"{stem}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        gold = read_gold(ann, text)
        article = diplocorpus.parse(text)
        docs += 1
        preds = list(article.statements)
        # All attributions.
        every.pred += len(preds)
        every.gold += len(gold)
        pairs = _match([g.content for g in gold], [(p.span.start, p.span.end) for p in preds])
        for gi, pi in pairs:
            g = gold[gi]
            if pi is None:
                every.misses.append(f"{stem}: MISSED {text[g.content[0] : g.content[1]][:80]!r}")
                continue
            every.tp += 1
            if g.source is not None and _named(g.source_text):
                named_total += 1
                speaker = preds[pi].speaker
                ok = speaker is not None and _surname(g.source_text) in speaker.name.casefold()
                named_hits += ok
                if not ok:
                    who = speaker.name if speaker else None
                    speaker_misses.append(f"{stem}: SPEAKER {who!r} != {g.source_text!r}")
        # Direct quotations.
        gold_direct = [g.content for g in gold if g.direct]
        pred_direct = [
            (p.span.start, p.span.end) for p in preds if p.kind is diplocorpus.StatementKind.DIRECT
        ]
        direct.pred += len(pred_direct)
        direct.gold += len(gold_direct)
        for gi, pi in _match(gold_direct, pred_direct):
            if pi is None:
                s, e = gold_direct[gi]
                direct.misses.append(f"{stem}: MISSED direct {text[s:e][:80]!r}")
            else:
                direct.tp += 1
    seconds = time.perf_counter() - started
    accuracy = named_hits / named_total if named_total else 1.0
    print(
        f"diplocorpus {diplocorpus.__version__} on PolNeAR dev: {docs} documents, {seconds:.1f} s"
    )
    print(direct.line("direct quotations"))
    print(every.line("all attributions"))
    print(f"named speakers     accuracy={accuracy:.3f}  ({named_hits}/{named_total} matched)")
    if args.show:
        for line in (direct.misses + every.misses + speaker_misses)[: args.show]:
            print("  " + line)
    if args.json:
        figures = {
            "documents": docs,
            "direct": {"tp": direct.tp, "pred": direct.pred, "gold": direct.gold, "f1": direct.f1},
            "all": {"tp": every.tp, "pred": every.pred, "gold": every.gold, "f1": every.f1},
            "named_speaker_accuracy": accuracy,
            "named_speakers": named_total,
        }
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
