"""HTML views for notebooks: an article with what was found highlighted in place, a corpus summary.

:func:`article_html` shows the article's text with statements, speakers,
speech cues, events, agreements and time expressions highlighted where they
stand, under a header table and a legend.  Spans may nest or overlap (a date
inside a statement inside an event mention): the text is cut at every span
boundary and each piece carries the styles of every span covering it.  Each
kind of span uses its own visual channel (background, text weight, border,
outline, underline), so the styles combine instead of hiding each other.
Everything from the text is HTML-escaped; the styles are inline, so the
HTML renders the same in Jupyter, in a browser and in an e-mail.

``Article._repr_html_`` and ``Corpus._repr_html_`` call these functions.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from diplocorpus.model import Article, Span

if TYPE_CHECKING:  # pragma: no cover
    from diplocorpus.corpus import Corpus

__all__ = ["LAYERS", "article_html", "corpus_html"]

#: Each highlighted layer: its inline CSS and its legend label.
LAYERS: dict[str, tuple[str, str]] = {
    "statement": ("background:#fff1a6;", "statement"),
    "speaker": ("font-weight:700;color:#1646a0;", "speaker"),
    "cue": ("font-style:italic;color:#7a3e00;", "speech cue"),
    "event": ("border-bottom:2px solid #1e9e57;", "event"),
    "agreement": ("outline:1.5px dashed #8e44ad;outline-offset:1px;", "agreement"),
    "timex": ("text-decoration:underline wavy #e0731f;text-underline-offset:3px;", "date/time"),
    "header": ("color:#6b6b6b;", "title / dateline"),
}

_BOX = (
    "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:14px;"
    "color:#1d1d1d;max-width:62em;"
)
_TABLE = "border-collapse:collapse;margin:0 0 .6em 0;font-size:13px;"
_TH = (
    "text-align:left;padding:2px 10px 2px 0;color:#555;font-weight:600;vertical-align:top;"
    "white-space:nowrap;"
)
_TD = "text-align:left;padding:2px 10px 2px 0;vertical-align:top;"
_TEXT = (
    "white-space:pre-wrap;font-family:Georgia,'Times New Roman',serif;font-size:15px;"
    "line-height:1.75;border:1px solid #e2e2e2;border-radius:4px;padding:.8em 1em;"
    "background:#fcfcfa;"
)


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _layers(article: Article) -> list[tuple[int, int, str, str]]:
    """Every highlighted span as ``(start, end, layer, tooltip label)``."""
    found: list[tuple[int, int, str, str]] = []

    def add(span: Span | None, layer: str, label: str) -> None:
        if span is not None and span.end > span.start:
            found.append((span.start, span.end, layer, label))

    add(article.title_span, "header", "title")
    if article.dateline is not None:
        add(article.dateline.span, "header", "dateline")
    for s in article.statements:
        who = s.speaker.name if s.speaker else "unknown speaker"
        add(s.span, "statement", f"statement ({s.kind.value}) by {who}")
        add(s.speaker_span, "speaker", f"speaker: {who}")
        add(s.cue_span, "cue", f"cue: {s.cue or ''}")
    for ev in article.events:
        parts = ", ".join(p.country or p.name for p in ev.participants)
        label = f"event: {ev.kind.value} ({ev.status.value})" + (f" [{parts}]" if parts else "")
        for span in ev.mentions or (ev.span,):
            add(span, "event", label)
    for ag in article.agreements:
        label = f"agreement: {ag.kind.value}, {ag.stage.value}: {ag.title}"
        for span in ag.mentions or (ag.span,):
            add(span, "agreement", label)
    for w in article.timexes:
        add(w.span, "timex", f"time: {w.timex}")
    return found


def highlight(text: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    """*text* as escaped HTML, each piece styled by every span covering it.

    The text is cut at every span boundary; a piece covered by no span is
    plain escaped text.  Runs in ``O((n + k) log k)`` for *k* spans.
    """
    spans = [(max(0, s), min(len(text), e), layer, label) for s, e, layer, label in spans]
    spans = [x for x in spans if x[0] < x[1]]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, (s, e, _, _) in enumerate(spans):
        starts.setdefault(s, []).append(i)
        ends.setdefault(e, []).append(i)
    active: dict[int, None] = {}
    out: list[str] = []
    for left, right in itertools.pairwise(cuts):
        for i in ends.get(left, ()):
            active.pop(i, None)
        for i in starts.get(left, ()):
            active[i] = None
        piece = _e(text[left:right])
        if not active:
            out.append(piece)
            continue
        layers = dict.fromkeys(spans[i][2] for i in active)
        style = "".join(LAYERS[layer][0] for layer in layers)
        tip = "\n".join(dict.fromkeys(spans[i][3] for i in active))
        classes = " ".join(f"dc-{layer}" for layer in layers)
        out.append(f'<span class="{classes}" style="{style}" title="{_e(tip)}">{piece}</span>')
    return "".join(out)


def _legend() -> str:
    items = "".join(
        f'<span style="{css}margin-right:1.2em;padding:0 2px">{_e(label)}</span>'
        for css, label in LAYERS.values()
    )
    return f'<div style="font-size:12px;margin:.3em 0 .6em 0">{items}</div>'


def _rows(rows: Iterable[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><th style="{_TH}">{_e(k)}</th><td style="{_TD}">{_e(v)}</td></tr>' for k, v in rows
    )
    return f'<table style="{_TABLE}">{body}</table>'


def _header_rows(article: Article) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if article.source:
        rows.append(("source", article.source))
    rows.append(("date", article.date.isoformat() if article.date else "-"))
    if article.published is not None:
        rows.append(("published", article.published.isoformat()))
    rows.append(("agency", article.agency or "-"))
    if article.title:
        rows.append(("title", article.title))
    if article.dateline is not None:
        place = article.dateline.place
        where = f"{place.name} ({place.country or '?'})" if place else article.dateline.text
        rows.append(("dateline", where))
    found = (
        f"{len(article.statements)} statements, {len(article.events)} events, "
        f"{len(article.agreements)} agreements, {len(article.timexes)} time expressions"
    )
    rows.append(("found", found))
    if article.diagnostics:
        codes = ", ".join(f"{d.code} ({d.severity.value})" for d in article.diagnostics)
        rows.append(("diagnostics", codes))
    return rows


def article_html(article: Article) -> str:
    """One article as an HTML fragment: header table, legend, highlighted text."""
    text = highlight(article.text, _layers(article))
    return (
        f'<div class="diplocorpus-article" style="{_BOX}">'
        f"{_rows(_header_rows(article))}{_legend()}"
        f'<div class="dc-text" style="{_TEXT}">{text}</div></div>'
    )


def corpus_html(corpus: Corpus, *, limit: int = 1000, show: int = 10) -> str:
    """A corpus summary as an HTML fragment: totals over the first *limit* articles, a preview.

    A lazy corpus is read (and parsed) to summarise it; *limit* bounds
    that, and the summary says when it covers only the first articles.
    """
    from diplocorpus.corpus import summarise

    head = list(itertools.islice(corpus, limit + 1))
    more = len(head) > limit
    head = head[:limit]
    summary = summarise(head)
    note = f"first {limit} articles" if more else f"{summary.articles} articles"
    preview = "".join(
        f'<tr><td style="{_TD}">{_e(a.source or "-")}</td>'
        f'<td style="{_TD}white-space:nowrap">{_e(a.date.isoformat() if a.date else "-")}</td>'
        f'<td style="{_TD}">{_e(a.agency or "-")}</td>'
        f'<td style="{_TD}">{_e((a.title or "")[:80])}</td>'
        f'<td style="{_TD}">{len(a.statements)}/{len(a.events)}/{len(a.agreements)}</td></tr>'
        for a in head[:show]
    )
    heads = "".join(
        f'<th style="{_TH}">{h}</th>'
        for h in ("source", "date", "agency", "title", "stmts/events/agrs")
    )
    return (
        f'<div class="diplocorpus-corpus" style="{_BOX}">'
        f'<div style="font-weight:600;margin-bottom:.3em">Corpus ({_e(note)})</div>'
        f"{_rows(summary.rows())}"
        f'<table style="{_TABLE}"><tr>{heads}</tr>{preview}</table></div>'
    )
