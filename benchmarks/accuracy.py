"""Score ``diplocorpus.parse`` against gold annotations (GOLD.md format v1).

Usage::

    python benchmarks/accuracy.py                     # ../shared/corpus/dev + ../shared/seeds
    python benchmarks/accuracy.py DIR [DIR ...]       # other folders of NAME.txt + NAME.json
    python benchmarks/accuracy.py --show statements   # list the misses of one part
    python benchmarks/accuracy.py --json out.json     # also write the figures as JSON

Scoring follows GOLD.md: header fields by exact match after case and
whitespace folding; statements, events, agreements and timexes by one-to-one
matching (statements and timexes by overlap with the gold extent, events by
kind + place + date prefix, agreements by title words or kind + date +
parties).  Items with a ``lang`` other than English are scored for the
header and for parsing without error only.  When no gold folder exists, the
script says so and exits 0.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import diplocorpus
from diplocorpus import Article

HERE = Path(__file__).resolve().parent
DEFAULT_DIRS = (
    HERE.parent.parent / "shared" / "corpus" / "dev",
    HERE.parent.parent / "shared" / "seeds",
)
HEADER_FIELDS = ("date", "title", "dateline_place", "dateline_country", "agency")
STOPWORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "on",
        "in",
        "between",
        "for",
        "a",
        "an",
        "to",
        "with",
        "at",
        "by",
        "from",
        "as",
        "its",
        "their",
    ]
)


def _fold(value: object) -> str | None:
    if value is None:
        return None
    return " ".join(str(value).split()).casefold() or None


@dataclass
class Tally:
    """Counts for one extracted part: matches, predictions, gold items, attribute hits."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    attrs: dict[str, list[int]] = field(default_factory=dict)  # name -> [hits, total]
    misses: list[str] = field(default_factory=list)

    def attr(self, name: str, ok: bool) -> None:
        hits = self.attrs.setdefault(name, [0, 0])
        hits[0] += int(ok)
        hits[1] += 1

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# --------------------------------------------------------------------------
# Locating gold text in the article.
# --------------------------------------------------------------------------


def _find(text: str, needle: str, start: int = 0) -> int:
    """Find *needle* in *text* tolerating differences of whitespace."""
    pos = text.find(needle, start)
    if pos >= 0 or not needle.strip():
        return pos
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    m = re.compile(pattern).search(text, start)
    return m.start() if m else -1


def _extent(text: str, starts: str, ends: str) -> tuple[int, int] | None:
    begin = _find(text, starts)
    if begin < 0:
        return None
    stop = _find(text, ends, begin)
    if stop < 0:
        return begin, begin + len(starts)
    return begin, stop + len(ends)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# --------------------------------------------------------------------------
# Scoring each part.
# --------------------------------------------------------------------------


def _codes(actors: Iterable[diplocorpus.Actor]) -> set[str]:
    out = set()
    for actor in actors:
        if actor.kind is diplocorpus.ActorKind.ORGANISATION:
            out.add(actor.name)
        elif actor.country:
            out.add(actor.country)
    return out


def _set_f1(pred: set[str], gold: set[str]) -> float:
    if not pred and not gold:
        return 1.0
    tp = len(pred & gold)
    if not tp:
        return 0.0
    p, r = tp / len(pred), tp / len(gold)
    return 2 * p * r / (p + r)


def score_header(
    article: Article,
    gold: dict[str, Any],
    tally: dict[str, list[int]],
    misses: list[str],
    name: str,
) -> None:
    place = article.dateline.place if article.dateline else None
    predicted = {
        "date": article.date.isoformat() if article.date else None,
        "title": article.title,
        "dateline_place": place.name if place else None,
        "dateline_country": place.country if place else None,
        "agency": article.agency,
    }
    for key in HEADER_FIELDS:
        ok = _fold(predicted[key]) == _fold(gold.get(key))
        hits = tally.setdefault(key, [0, 0])
        hits[0] += int(ok)
        hits[1] += 1
        if not ok:
            misses.append(f"{name} {key}: predicted {predicted[key]!r}, gold {gold.get(key)!r}")


def score_statements(
    article: Article, gold: Sequence[dict[str, Any]], tally: Tally, name: str
) -> None:
    text = article.text
    preds = list(article.statements)
    tally.pred += len(preds)
    tally.gold += len(gold)
    used: set[int] = set()
    for g in gold:
        extent = _extent(text, g["text_starts"], g["text_ends"])
        if extent is None:
            tally.misses.append(f"{name}: gold statement not found in text: {g['text_starts']!r}")
            continue
        best, best_overlap = None, 0
        for i, p in enumerate(preds):
            if i in used:
                continue
            ov = _overlap(extent, (p.span.start, p.span.end))
            if ov > best_overlap:
                best, best_overlap = i, ov
        if best is None:
            tally.misses.append(f"{name} MISSED [{g['kind']}] {g['speaker']}: {g['text_starts']}")
            continue
        used.add(best)
        tally.tp += 1
        p = preds[best]
        surname = g["speaker"].split()[-1].casefold()
        speaker = p.speaker.name.casefold() if p.speaker else ""
        ok_speaker = surname in speaker
        tally.attr("speaker", ok_speaker)
        tally.attr("kind", p.kind.value == g["kind"])
        if not ok_speaker:
            tally.misses.append(
                f"{name} SPEAKER {speaker or None!r} != {g['speaker']!r}: {g['text_starts']}"
            )
        if p.kind.value != g["kind"]:
            tally.misses.append(f"{name} KIND {p.kind.value} != {g['kind']}: {g['text_starts']}")
    for i, p in enumerate(preds):
        if i not in used:
            who = p.speaker.name if p.speaker else None
            tally.misses.append(f"{name} EXTRA [{p.kind.value}] {who}: {p.text[:70]!r}")


def _date_agrees(pred: str | None, gold: str | None) -> bool:
    if gold is None:
        return True
    return pred is not None and pred.startswith(gold)


def score_events(article: Article, gold: Sequence[dict[str, Any]], tally: Tally, name: str) -> None:
    preds = list(article.events)
    tally.pred += len(preds)
    tally.gold += len(gold)
    used: set[int] = set()
    for g in gold:
        match = None
        for i, p in enumerate(preds):
            if i in used or p.kind.value != g["kind"]:
                continue
            if g.get("place") and _fold(p.place.name if p.place else None) != _fold(g["place"]):
                continue
            if not _date_agrees(p.when.timex if p.when else None, g.get("date")):
                continue
            match = i
            break
        if match is None:
            tally.misses.append(
                f"{name} MISSED {g['kind']} place={g.get('place')} date={g.get('date')}: "
                f"{g.get('evidence', '')[:70]}"
            )
            continue
        used.add(match)
        tally.tp += 1
        pred_codes, gold_codes = _codes(preds[match].participants), set(g.get("participants") or ())
        tally.attr("participants", pred_codes == gold_codes)
        if pred_codes != gold_codes:
            tally.misses.append(
                f"{name} PARTICIPANTS {sorted(pred_codes)} != {sorted(gold_codes)} ({g['kind']})"
            )
    for i, p in enumerate(preds):
        if i not in used:
            tally.misses.append(
                f"{name} EXTRA {p.kind.value} {p.when.timex if p.when else None}: {p.text[:70]!r}"
            )


def _content_words(title: str) -> set[str]:
    return {
        w for w in re.findall(r"[a-z0-9]+", title.casefold()) if w not in STOPWORDS and len(w) > 1
    }


def score_agreements(
    article: Article, gold: Sequence[dict[str, Any]], tally: Tally, name: str
) -> None:
    preds = list(article.agreements)
    tally.pred += len(preds)
    tally.gold += len(gold)
    used: set[int] = set()
    for g in gold:
        gold_words = _content_words(g["title"])
        match = None
        for i, p in enumerate(preds):
            if i in used:
                continue
            shared = len(gold_words & _content_words(p.title))
            by_title = bool(gold_words) and shared * 2 >= len(gold_words)
            by_fields = (
                p.kind.value == g["kind"]
                and (p.when.timex if p.when else None) == g.get("date")
                and _codes(p.parties) == set(g.get("parties") or ())
            )
            if by_title or by_fields:
                match = i
                break
        if match is None:
            tally.misses.append(f"{name} MISSED {g['kind']}: {g['title'][:80]}")
            continue
        used.add(match)
        tally.tp += 1
        p = preds[match]
        pred_codes, gold_codes = _codes(p.parties), set(g.get("parties") or ())
        tally.attr("parties", pred_codes == gold_codes)
        tally.attr("date", (p.when.timex if p.when else None) == g.get("date"))
        tally.attr("kind", p.kind.value == g["kind"])
        if pred_codes != gold_codes:
            tally.misses.append(
                f"{name} PARTIES {sorted(pred_codes)} != {sorted(gold_codes)}: {g['title'][:50]}"
            )
        if (p.when.timex if p.when else None) != g.get("date"):
            tally.misses.append(
                f"{name} DATE {p.when.timex if p.when else None} != {g.get('date')}: "
                f"{g['title'][:50]}"
            )
    for i, p in enumerate(preds):
        if i not in used:
            tally.misses.append(f"{name} EXTRA {p.kind.value}: {p.title[:70]!r}")


def score_timexes(
    article: Article, gold: Sequence[dict[str, Any]], tally: Tally, name: str
) -> None:
    text = article.text
    preds = [t for t in article.timexes if t.type is diplocorpus.TimexType.DATE]
    tally.pred += len(preds)
    tally.gold += len(gold)
    used: set[int] = set()
    cursor = 0
    for g in gold:
        pos = _find(text, g["text"], cursor)
        if pos < 0:
            pos = _find(text, g["text"])
        if pos < 0:
            tally.misses.append(f"{name}: gold timex not found in text: {g['text']!r}")
            continue
        cursor = pos + 1
        extent = (pos, pos + len(g["text"]))
        match = None
        for i, p in enumerate(preds):
            if i not in used and _overlap(extent, (p.span.start, p.span.end)) > 0:
                match = i
                break
        if match is None:
            tally.misses.append(f"{name} MISSED {g['text']!r} = {g['value']}")
            continue
        used.add(match)
        tally.tp += 1
        ok = preds[match].timex == g["value"]
        tally.attr("value", ok)
        if not ok:
            tally.misses.append(
                f"{name} VALUE {preds[match].text!r} -> {preds[match].timex} != {g['value']}"
            )
    for i, p in enumerate(preds):
        if i not in used:
            tally.misses.append(f"{name} EXTRA {p.text!r} -> {p.timex}")


# --------------------------------------------------------------------------
# Driver.
# --------------------------------------------------------------------------


def gold_items(dirs: Iterable[Path]) -> list[tuple[str, str, dict[str, Any]]]:
    items = []
    for folder in dirs:
        if not folder.is_dir():
            continue
        for gold_path in sorted(folder.glob("*.json")):
            text_path = gold_path.with_suffix(".txt")
            if text_path.exists():
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                items.append(
                    (f"{folder.name}/{text_path.stem}", text_path.read_text(encoding="utf-8"), gold)
                )
    return items


def run(dirs: Sequence[Path]) -> dict[str, Any]:
    items = gold_items(dirs)
    header: dict[str, list[int]] = {}
    header_misses: list[str] = []
    parts = {k: Tally() for k in ("statements", "events", "agreements", "timexes")}
    scorers = {
        "statements": score_statements,
        "events": score_events,
        "agreements": score_agreements,
        "timexes": score_timexes,
    }
    errors: list[str] = []
    started = time.perf_counter()
    for name, text, gold in items:
        try:
            article = diplocorpus.parse(text, source=name)
        except Exception as exc:  # counted and reported
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        errors.extend(
            f"{name}: {d.code}: {d.message}"
            for d in article.diagnostics
            if d.code.startswith("internal.")
        )
        score_header(article, gold.get("header", {}), header, header_misses, name)
        if gold.get("lang", "en") != "en":
            continue
        for key, scorer in scorers.items():
            scorer(article, gold.get(key, []), parts[key], name)
    elapsed = time.perf_counter() - started
    return {
        "items": len(items),
        "dirs": [str(d) for d in dirs if d.is_dir()],
        "errors": errors,
        "header": header,
        "header_misses": header_misses,
        "parts": parts,
        "seconds": elapsed,
    }


def report(result: dict[str, Any], show: str | None) -> None:
    if show == "header":
        print("\n".join(result["header_misses"]) or "(no header misses)")
        print()
    elif show:
        print("\n".join(result["parts"][show].misses) or f"(no {show} misses)")
        print()
    print(
        f"diplocorpus {diplocorpus.__version__}: {result['items']} gold items"
        f" from {', '.join(result['dirs'])}"
    )
    print(f"parse errors: {len(result['errors'])}")
    for line in result["errors"][:10]:
        print("  " + line)
    header = "  ".join(f"{k}={hits / total:.3f}" for k, (hits, total) in result["header"].items())
    print(f"header accuracy: {header}")
    for key, t in result["parts"].items():
        attrs = "  ".join(
            f"{a}={hits / total:.3f}" for a, (hits, total) in t.attrs.items() if total
        )
        print(
            f"{key:<11} P={t.precision:.3f} R={t.recall:.3f} F1={t.f1:.3f}"
            f"  (tp={t.tp} pred={t.pred} gold={t.gold})  {attrs}"
        )


def to_json(result: dict[str, Any]) -> dict[str, Any]:
    parts = {}
    for key, t in result["parts"].items():
        parts[key] = {
            "precision": round(t.precision, 4),
            "recall": round(t.recall, 4),
            "f1": round(t.f1, 4),
            "tp": t.tp,
            "pred": t.pred,
            "gold": t.gold,
            **{a: round(h / n, 4) for a, (h, n) in t.attrs.items() if n},
        }
    return {
        "measured": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "version": diplocorpus.__version__,
        "python": platform.python_version(),
        "items": result["items"],
        "datasets": [Path(d).name for d in result["dirs"]],
        "parse_errors": len(result["errors"]),
        "header": {k: round(h / n, 4) for k, (h, n) in result["header"].items()},
        "parts": parts,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dirs", nargs="*", type=Path, help="folders of NAME.txt + NAME.json")
    parser.add_argument(
        "--show", choices=["header", "statements", "events", "agreements", "timexes"]
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    dirs = args.dirs or list(DEFAULT_DIRS)
    if not any(d.is_dir() for d in dirs):
        print(f"no gold data found in {', '.join(map(str, dirs))}; skipping")
        return 0
    result = run(dirs)
    report(result, args.show)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(to_json(result), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
