"""Parse the bundled samples and print what was found (``make demo``)."""

from __future__ import annotations

import sys

from diplocorpus import parse
from diplocorpus.samples import texts


def main() -> int:
    """Print one block per sample: header fields, then what was extracted."""
    totals = {"statements": 0, "events": 0, "agreements": 0, "timexes": 0}
    count = 0
    for name, text in texts():
        article = parse(text, source=name)
        count += 1
        place = article.dateline.place if article.dateline else None
        print(f"== {name}")
        print(f"   date={article.date}  agency={article.agency}  place={place and place.name}")
        if article.title:
            print(f"   title: {article.title}")
        for s in article.statements:
            who = s.speaker.name if s.speaker else "?"
            print(f"   statement [{s.kind.value}] {who}: {s.text[:70]}")
        for e in article.events:
            parts = ",".join(p.country or p.name for p in e.participants)
            when = e.when.timex if e.when else "-"
            print(f"   event {e.kind.value} {when} [{parts}] {e.text[:60]}")
        for a in article.agreements:
            when = a.when.timex if a.when else "-"
            print(f"   agreement {a.kind.value} {when}: {a.title[:70]}")
        for key in totals:
            totals[key] += len(getattr(article, key))
    summary = ", ".join(f"{n} {k}" for k, n in totals.items())
    print(f"\n{count} reports parsed: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
