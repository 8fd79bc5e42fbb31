"""MkDocs hook: pages whose figures and tables come from data, never typed by hand.

A page asks for a generated block with a marker on a line of its own:

* ``<!-- generated: diagnostics -->``: every diagnostic code the package can
  emit, collected from the source (``Diagnostic("code", ...)`` and
  ``code="..."`` literals in ``src/diplocorpus/*.py``), with its stage,
  severity and message.
* ``<!-- generated: accuracy -->``, ``<!-- generated: header-accuracy -->``:
  the figures ``benchmarks/accuracy.py --json docs/_data/accuracy.json`` wrote.
* ``<!-- generated: generalisation -->``: the key figures on the development
  set next to the held-out sets (``heldout.json`` ... ``heldout6.json``).
* ``<!-- generated: throughput -->``: what ``benchmarks/throughput.py`` wrote
  to ``docs/_data/throughput.json``.
* ``<!-- generated: summary -->``: the short accuracy and speed table that
  ``tools/update_readme.py`` also writes into README.md.

The rendering functions are plain functions of the data so that
``tools/update_readme.py`` and the tests can call them too.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "docs" / "_data"
SOURCE = ROOT / "src" / "diplocorpus"

# A marker on a line of its own: <!-- generated: accuracy -->
MARKER = re.compile(r"^<!-- generated: (?P<name>[a-z-]+) -->$", re.MULTILINE)

PART_NAMES = {
    "statements": "Statements",
    "events": "Events",
    "agreements": "Agreements",
    "timexes": "Time expressions",
}
HEADER_NAMES = {
    "date": "Article date",
    "title": "Title",
    "dateline_place": "Dateline place",
    "dateline_country": "Dateline country",
    "agency": "Agency",
}


# --------------------------------------------------------------------------
# Diagnostic codes, collected from the source.
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Code:
    """One diagnostic code found in the source."""

    code: str
    module: str
    severity: str
    message: str
    line: int


def _literal(node: ast.expr | None) -> str | None:
    """The text of a string literal; an f-string's ``{expr}`` parts as ``{name}``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            elif isinstance(part, ast.FormattedValue):
                out.append(_placeholder(part.value))
        return "".join(out)
    return None


def _placeholder(node: ast.expr) -> str:
    """``{name}`` for a plain name or attribute (``{value}``, ``{stage}``), else ``{...}``."""
    if isinstance(node, ast.Name):
        return f"{{{node.id}}}"
    if isinstance(node, ast.Attribute):
        return f"{{{node.attr}}}"
    return "{...}"


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    if len(call.args) > position:
        return call.args[position]
    return None


def _is_diagnostic(call: ast.Call) -> bool:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    return name == "Diagnostic"


# A diagnostic code: dotted lower-case words, "header.date.invalid".
_CODE = re.compile(r"^[a-z][a-z0-9_]*(?:\.(?:[a-z0-9_]+|<[a-z_]+>))+$")


def collect_codes(source: Path = SOURCE) -> list[Code]:
    """Every diagnostic code in ``source/*.py``, sorted by code, one row per code.

    A code is the first argument (or ``code=``) of a ``Diagnostic(...)`` call,
    a ``code="..."`` keyword of any other call (stage helpers), or a key of a
    module-level ``*_CODES = {"code": "what it means", ...}`` table (a module
    whose helper takes the code positionally documents its codes there).
    """
    found: dict[str, Code] = {}
    for path in sorted(source.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                _code_table(node, path, found)
                continue
            if not isinstance(node, ast.Call):
                continue
            if _is_diagnostic(node):
                code = _literal(_argument(node, 0, "code"))
                message = _literal(_argument(node, 1, "message")) or ""
                severity_node = _argument(node, 3, "severity")
            else:
                code = next((_literal(kw.value) for kw in node.keywords if kw.arg == "code"), None)
                message = next(
                    (_literal(kw.value) or "" for kw in node.keywords if kw.arg == "message"),
                    "",
                )
                severity_node = next(
                    (kw.value for kw in node.keywords if kw.arg == "severity"), None
                )
            if code is None or not _CODE.match(code):
                continue
            severity = "warning"  # the Diagnostic default
            if severity_node is not None:
                severity = ast.unparse(severity_node).rsplit(".", 1)[-1].lower()
            if code not in found:
                found[code] = Code(code, path.stem, severity, message, node.lineno)
    return sorted(found.values(), key=lambda c: c.code)


def _code_table(node: ast.Assign | ast.AnnAssign, path: Path, found: dict[str, Code]) -> None:
    """The codes of a ``READ_CODES = {"read.missing": "...", ...}`` table."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    names = [t.id for t in targets if isinstance(t, ast.Name)]
    if not any(n.endswith("_CODES") for n in names) or not isinstance(node.value, ast.Dict):
        return
    for key, value in zip(node.value.keys, node.value.values, strict=True):
        code = _literal(key)
        if code is None or not _CODE.match(code) or code in found:
            continue
        found[code] = Code(code, path.stem, "error", _literal(value) or "", node.lineno)


def _cell(text: str) -> str:
    """*text* safe in a Markdown table cell: no pipes, no newlines, no HTML."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("|", "\\|").replace("\n", " ")


STAGES = {
    "text": "Decoding",
    "header": "Header and dateline",
    "time": "Time expressions",
    "statements": "Statements",
    "actors": "Actors",
    "events": "Events",
    "agreements": "Agreements",
    "read": "Reading files",
    "corpus": "Corpus",
    "internal": "Internal (bugs)",
}


def render_codes(codes: Iterable[Code]) -> str:
    """Markdown tables of diagnostic codes, one per stage (the code's first dotted part)."""
    by_stage: dict[str, list[Code]] = {}
    for c in codes:
        by_stage.setdefault(c.code.split(".", 1)[0], []).append(c)
    order = [s for s in STAGES if s in by_stage] + sorted(set(by_stage) - set(STAGES))
    out = []
    for stage in order:
        rows = [
            f"### {STAGES.get(stage, stage.capitalize())}",
            "",
            "| Code | Severity | Module | Message |",
            "| --- | --- | --- | --- |",
        ]
        for c in by_stage[stage]:
            rows.append(f"| `{c.code}` | {c.severity} | `{c.module}.py` | {_cell(c.message)} |")
        out.append("\n".join(rows))
    return "\n\n".join(out)


# --------------------------------------------------------------------------
# Benchmark figures.
# --------------------------------------------------------------------------


def load(name: str, data: Path = DATA) -> dict[str, Any] | None:
    """``docs/_data/<name>.json``, or None when the benchmark has not written it yet."""
    path = data / f"{name}.json"
    if not path.is_file():
        return None
    value = json.loads(path.read_text(encoding="utf-8"))
    return value if isinstance(value, dict) else None


def _pct(value: object) -> str:
    return f"{100 * float(value):.1f} %" if isinstance(value, (int, float)) else "–"


def _provenance(data: dict[str, Any]) -> str:
    parts = []
    if data.get("measured"):
        parts.append(f"measured {str(data['measured'])[:10]}")
    if data.get("version"):
        parts.append(f"diplocorpus {data['version']}")
    if data.get("python"):
        parts.append(f"Python {data['python']}")
    return ", ".join(parts)


def render_accuracy(data: dict[str, Any] | None) -> str:
    """Precision, recall and F1 per extracted part, from ``accuracy.json``."""
    if data is None:
        return (
            "*No accuracy figures yet: run"
            " `python benchmarks/accuracy.py --json docs/_data/accuracy.json`.*"
        )
    rows = [
        "| Part | Precision | Recall | F1 | Matched | Predicted | Gold |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, part in data.get("parts", {}).items():
        rows.append(
            f"| {PART_NAMES.get(key, key)} | {_pct(part.get('precision'))} "
            f"| {_pct(part.get('recall'))} | {_pct(part.get('f1'))} | {part.get('tp', '–')} "
            f"| {part.get('pred', '–')} | {part.get('gold', '–')} |"
        )
    datasets = ", ".join(f"`{d}`" for d in data.get("datasets", []))
    note = (
        f"\n\n{data.get('items', '?')} gold-annotated reports ({datasets}); "
        f"{data.get('parse_errors', 0)} internal errors; {_provenance(data)}."
    )
    return "\n".join(rows) + note


# The evaluation sets, in the order the generalisation table shows them:
# (JSON name in docs/_data, column heading).
SETS = (
    ("accuracy", "Development set"),
    ("heldout", "Held-out set 1"),
    ("heldout2", "Held-out set 2"),
    ("heldout3", "Held-out set 3 (blind)"),
    ("heldout4", "Held-out set 4 (blind)"),
    ("heldout5", "Held-out set 5 (blind)"),
    ("heldout6", "Held-out set 6"),
)
# The set the summary quotes as blind: the newest one with data.
BLIND_ORDER = ("heldout5", "heldout4", "heldout3", "heldout2")
# The figures the generalisation table compares: (part, key, label).
KEY_FIGURES = (
    ("statements", "f1", "Statements F1"),
    ("statements", "speaker", "Statement speaker"),
    ("events", "f1", "Events F1"),
    ("events", "participants", "Event participants"),
    ("agreements", "f1", "Agreements F1"),
    ("agreements", "date", "Agreement date"),
    ("timexes", "f1", "Time expressions F1"),
    ("timexes", "value", "Time expression value"),
)


def render_generalisation(data: Path = DATA) -> str:
    """The key figures on the development set next to the held-out sets."""
    found = [(label, load(name, data)) for name, label in SETS]
    present = [(label, fig) for label, fig in found if fig is not None]
    if len(present) < 2:
        return (
            "*No held-out figures yet: run `make bench` (it scores the `benchmarks/heldout*`"
            " sets into `docs/_data/`).*"
        )
    rows = [
        "| Figure | " + " | ".join(label for label, _ in present) + " |",
        "| --- |" + " ---: |" * len(present),
    ]
    for part, key, label in KEY_FIGURES:
        cells = [_pct(_get(fig, "parts", part, key)) for _label, fig in present]
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    header = []
    for _label, fig in present:
        values = list(fig.get("header", {}).values())
        header.append(_pct(sum(values) / len(values)) if values else "–")
    rows.append("| Header fields (mean) | " + " | ".join(header) + " |")
    items = ", ".join(f"{label}: {fig.get('items', '?')} reports" for label, fig in present)
    return "\n".join(rows) + f"\n\n{items}."


def render_attributes(data: dict[str, Any] | None) -> str:
    """The attribute accuracies (on matched items) that ``accuracy.json`` holds."""
    if data is None:
        return ""
    rows = ["| Part | Attribute | Accuracy on matched items |", "| --- | --- | ---: |"]
    known = {"precision", "recall", "f1", "tp", "pred", "gold"}
    for key, part in data.get("parts", {}).items():
        for attr, value in part.items():
            if attr not in known:
                rows.append(f"| {PART_NAMES.get(key, key)} | `{attr}` | {_pct(value)} |")
    return "\n".join(rows) if len(rows) > 2 else "*No attribute figures.*"


def render_header_accuracy(data: dict[str, Any] | None) -> str:
    """Exact-match accuracy of each header field, from ``accuracy.json``."""
    if data is None:
        return ""
    rows = ["| Header field | Exact-match accuracy |", "| --- | ---: |"]
    for key, value in data.get("header", {}).items():
        rows.append(f"| {HEADER_NAMES.get(key, key)} | {_pct(value)} |")
    return "\n".join(rows)


def _number(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int) or value >= 100:
        return f"{value:,.0f}"
    return f"{value:,.3g}" if value < 10 else f"{value:,.1f}"


def _table(rows: list[dict[str, Any]]) -> str:
    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(_cell(_number(row.get(c, ""))) for c in columns) + " |")
    return "\n".join(lines)


def _get(row: dict[str, Any], *keys: str) -> Any:
    value: Any = row
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _fmt(value: object, spec: str) -> str:
    return format(value, spec) if isinstance(value, (int, float)) else "–"


def render_throughput(data: dict[str, Any] | None) -> str:
    """The speed, memory, import-time and linearity figures of ``throughput.json``."""
    if data is None:
        return (
            "*No speed figures yet: run `python benchmarks/throughput.py`"
            " to write `docs/_data/throughput.json`.*"
        )
    corpora = data.get("corpora")
    if not isinstance(corpora, list):
        return _render_any(data)
    rows = [
        "| Texts | Reports | KB | `parse` reports/s | `parse` MB/s "
        "| dateparser MB/s | `parse` speed ÷ dateparser's | tokenise MB/s | `parse` / tokenise "
        "| Peak MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for c in corpora:
        ratio = c.get("dateparser_over_parse")
        rows.append(
            f"| {c.get('name', '?')} | {c.get('files', '–')} "
            f"| {_fmt((c.get('bytes') or 0) / 1000, '.1f')} "
            f"| {_fmt(_get(c, 'parse', 'articles_per_s'), ',.0f')} "
            f"| {_fmt(_get(c, 'parse', 'mb_per_s'), '.3f')} "
            f"| {_fmt(_get(c, 'dateparser', 'mb_per_s'), '.3f')} "
            f"| {_fmt(ratio, '.1f') + '×' if isinstance(ratio, (int, float)) else '–'} "
            f"| {_fmt(_get(c, 'tokenise', 'mb_per_s'), '.1f')} "
            f"| {_fmt(c.get('parse_over_tokenise'), ',.0f')}× "
            f"| {_fmt((c.get('tracemalloc_peak_bytes') or 0) / 1e6, '.2f')} |"
        )
    facts = [
        f"- **Measured** {str(data.get('measured', '?'))[:16].replace('T', ' ')} UTC"
        f"{' (quick run: rough figures)' if data.get('quick') else ''}, on "
        f"{data.get('processor', '?')} ({data.get('machine', '?')}), {data.get('python', '?')}, "
        f"diplocorpus {data.get('diplocorpus', '?')}, regex {data.get('regex', '?')}.",
        "- **Peers**: `dateparser.search.search_dates` "
        f"({'version ' + str(data['dateparser']) if data.get('dateparser') else 'not installed'})"
        ", a widely used way to find dates in free text, which does one of the things `parse`"
        " does; and one `regex` tokenisation pass, the floor for any pure-Python processor"
        " that looks at every word.",
    ]
    rss = data.get("max_rss_kib")
    if isinstance(rss, (int, float)):
        facts.append(
            f"- **Memory**: peak RSS of a fresh interpreter parsing every text: "
            f"{rss / 1024:.1f} MiB."
        )
    imp = _get(data, "import_time_us", "median")
    if isinstance(imp, (int, float)):
        facts.append(f"- **Import**: `import diplocorpus` takes {imp / 1000:.1f} ms (median).")
    first = _get(data, "first_parse_cpu_ms", "median")
    if isinstance(first, (int, float)):
        facts.append(
            f"- **Cold start**: the first `parse` in a fresh interpreter costs {first:.0f} ms of"
            " CPU (tables and patterns built on first use), once per process."
        )
    out = "\n".join(rows) + "\n\n" + "\n".join(facts)
    stages = data.get("stages_us_per_report")
    if isinstance(stages, dict) and isinstance(stages.get("total"), (int, float)):
        total = stages["total"]
        lines = ["| Stage | CPU µs per report | Share |", "| --- | ---: | ---: |"]
        for label, micros in stages.items():
            if label == "total" or not isinstance(micros, (int, float)):
                continue
            share = f"{micros / total:.0%}" if total else "–"
            lines.append(f"| {label} | {micros:,.0f} | {share} |")
        lines.append(f"| **total** | **{total:,.0f}** | |")
        out += "\n\n**Where the time goes** (every text above, one process)\n\n" + "\n".join(lines)
    linear = data.get("linearity")
    if isinstance(linear, dict) and linear:
        lines = [
            "| Pathological input | 200 KB (s) | 400 KB (s) | Ratio (linear = 2) |",
            "| --- | ---: | ---: | ---: |",
        ]
        for kind, v in linear.items():
            lines.append(
                f"| {kind} | {_fmt(v.get('seconds_200kb'), '.3f')} "
                f"| {_fmt(v.get('seconds_400kb'), '.3f')} | {_fmt(v.get('ratio'), '.2f')} |"
            )
        out += "\n\n**Linear time**: doubling a pathological input\n\n" + "\n".join(lines)
    return out


def _render_any(data: dict[str, Any]) -> str:
    """Any other JSON: scalar facts as a list, lists of rows as tables."""
    facts = []
    tables = []
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            tables.append(f"**{key.replace('_', ' ').capitalize()}**\n\n{_table(value)}")
        elif isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            rows = [{"name": k, **v} for k, v in value.items()]
            tables.append(f"**{key.replace('_', ' ').capitalize()}**\n\n{_table(rows)}")
        elif isinstance(value, dict):
            inner = ", ".join(f"{k}: {_number(v)}" for k, v in value.items())
            facts.append(f"- **{key.replace('_', ' ')}**: {inner}")
        else:
            facts.append(f"- **{key.replace('_', ' ')}**: {_number(value)}")
    return "\n\n".join(part for part in ["\n".join(facts), *tables] if part)


def _speed(data: dict[str, Any] | None) -> str | None:
    """One headline speed sentence from ``throughput.json``, if it has the figures."""
    if data is None or not isinstance(data.get("corpora"), list) or not data["corpora"]:
        return None
    rows = {c.get("name"): c for c in data["corpora"]}
    row = rows.get("all") or data["corpora"][0]
    per_s = _get(row, "parse", "articles_per_s")
    mb = _get(row, "parse", "mb_per_s")
    if not isinstance(per_s, (int, float)) or not isinstance(mb, (int, float)):
        return None
    text = f"{per_s:,.0f} reports/s ({mb:.3f} MB/s) on one core"
    ratio = row.get("dateparser_over_parse")
    if isinstance(ratio, (int, float)):
        text += f"; {ratio:.1f}× the speed of dateparser's `search_dates` on the same texts"
    return text


def render_summary(
    accuracy: dict[str, Any] | None,
    throughput: dict[str, Any] | None,
    blind: dict[str, Any] | None = None,
) -> str:
    """The short table README.md and the home page show.

    *blind* (``heldout5.json``, else an older set) adds the F1 on the
    newest blind held-out set: what to expect on new reports.
    """
    rows = ["| Part | Precision | Recall | F1 |", "| --- | ---: | ---: | ---: |"]
    if accuracy is not None:
        for key, part in accuracy.get("parts", {}).items():
            rows.append(
                f"| {PART_NAMES.get(key, key)} | {_pct(part.get('precision'))} "
                f"| {_pct(part.get('recall'))} | {_pct(part.get('f1'))} |"
            )
        header = accuracy.get("header", {})
        if header:
            mean = sum(header.values()) / len(header)
            rows.append(f"| Header fields (mean exact match) | | | {_pct(mean)} |")
    lines = ["\n".join(rows)] if len(rows) > 2 else []
    if accuracy is not None:
        lines.append(
            f"On {accuracy.get('items', '?')} gold-annotated reports; {_provenance(accuracy)}."
        )
    if blind is not None:
        parts = ", ".join(
            f"{PART_NAMES.get(key, key).lower()} {_pct(part.get('f1'))}"
            for key, part in blind.get("parts", {}).items()
        )
        lines.append(
            f"On {blind.get('items', '?')} unseen reports of a blind held-out set, F1: {parts}"
            " (see the accuracy page)."
        )
    speed = _speed(throughput)
    if speed is not None and throughput is not None:
        when = str(throughput.get("measured", "?"))[:10]
        lines.append(f"Speed: {speed} (measured {when}).")
    return "\n\n".join(lines) if lines else "*No figures measured yet.*"


def render(name: str, data: Path = DATA, source: Path = SOURCE) -> str:
    """The Markdown for the marker *name*."""
    if name == "diagnostics":
        return render_codes(collect_codes(source))
    if name == "accuracy":
        return render_accuracy(load("accuracy", data))
    if name == "accuracy-attributes":
        return render_attributes(load("accuracy", data))
    if name == "header-accuracy":
        return render_header_accuracy(load("accuracy", data))
    if name == "throughput":
        return render_throughput(load("throughput", data))
    if name == "summary":
        return render_summary(
            load("accuracy", data),
            load("throughput", data),
            next(
                (f for n in BLIND_ORDER if (f := load(n, data)) is not None),
                None,
            ),
        )
    if name == "generalisation":
        return render_generalisation(data)
    raise ValueError(f"unknown generated block {name!r}")


def expand(markdown: str, data: Path = DATA, source: Path = SOURCE) -> str:
    """*markdown* with every marker replaced by its generated block."""
    return MARKER.sub(lambda m: render(m.group("name"), data, source), markdown)


# --------------------------------------------------------------------------
# MkDocs events.
# --------------------------------------------------------------------------


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Fill the generated blocks of every page."""
    return expand(markdown)


def on_serve(server: Any, **kwargs: Any) -> Any:
    """``mkdocs serve`` also rebuilds when the source or the data files change."""
    server.watch(str(SOURCE))
    server.watch(str(DATA))
    return server
