"""How fast ``diplocorpus.parse`` is, next to two yardsticks, on the same texts.

Usage::

    python benchmarks/throughput.py            # full run (about a minute or two)
    python benchmarks/throughput.py --quick    # a few seconds, rougher figures

For each corpus (the bundled samples; ``../shared/corpus/dev/*.txt`` and
``../shared/seeds/*.txt`` when they exist, skipped cleanly when not) it
measures, in one process and on exactly the same texts:

- ``parse``: articles/s and MB/s (MB of UTF-8, 10**6 bytes);
- ``dateparser.search.search_dates(text, languages=["en"])``: a widely used
  way to find dates in free text (one concern only, where ``parse`` does them
  all); the ratio says how many times faster ``parse`` is;
- one ``regex`` tokenisation pass (``regex.findall(r"\\w+|[^\\w\\s]", text)``):
  the floor any pure-Python text processor that looks at every word pays;
  the ratio says how many times that floor ``parse`` costs;
- peak memory: the ``tracemalloc`` peak of one pass of ``parse`` over the
  corpus, and the peak RSS of a fresh interpreter that only imports
  diplocorpus and parses the corpus.

Each timing repeats the whole corpus until a time budget is spent (at least
three passes, dateparser at least one) and keeps the best pass.  Times are
CPU seconds of this process (``time.process_time``): everything here is
single-threaded, and other work on a shared machine then skews the figures
less than wall-clock time would.  Then the
import time (``python -X importtime -c "import diplocorpus"``, cumulative
microseconds of the ``diplocorpus`` line, median of several fresh
interpreters, with bytecode cached as in an installed package; also the
median CPU time of the import), and the linear-time check: for each pathological input of
``tests/strategies.py``, the time for 400 KB over the time for 200 KB.

Results are printed and written to ``benchmarks/out/throughput.json`` and
``docs/_data/throughput.json`` (which ``docs/performance.md`` shows).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

import diplocorpus
from diplocorpus import samples

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
EXTERNAL_CORPORA = (
    ("dev", SHARED / "corpus" / "dev"),
    ("seeds", SHARED / "seeds"),
)
OUTPUTS = (HERE / "out" / "throughput.json", ROOT / "docs" / "_data" / "throughput.json")

# The tokenisation floor: every word and every punctuation mark, one pass.
#   "Talks, he said." -> ["Talks", ",", "he", "said", "."]
_TOKEN = regex.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Corpus:
    """A named list of texts."""

    name: str
    texts: tuple[str, ...]

    @property
    def chars(self) -> int:
        return sum(len(t) for t in self.texts)

    @property
    def bytes(self) -> int:
        return sum(len(t.encode("utf-8", errors="surrogatepass")) for t in self.texts)


def load_corpora() -> list[Corpus]:
    """The bundled samples, then the shared dev set and seeds where they exist."""
    corpora = []
    sample_texts = tuple(text for _name, text in samples.texts())
    if sample_texts:
        corpora.append(Corpus("samples", sample_texts))
    else:
        print("samples: none bundled yet, skipped")
    for name, folder in EXTERNAL_CORPORA:
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if not files:
            print(f"{name}: {folder} not found or empty, skipped")
            continue
        corpora.append(Corpus(name, tuple(f.read_text(encoding="utf-8") for f in files)))
    if len(corpora) > 1:
        corpora.append(Corpus("all", tuple(t for c in corpora for t in c.texts)))
    return corpora


@dataclass(frozen=True)
class Timing:
    """The best and median seconds of one pass over a corpus, and how many passes."""

    best: float
    median: float
    passes: int

    def to_dict(self, corpus: Corpus) -> dict[str, Any]:
        return {
            "seconds_per_pass": self.best,
            "median_seconds_per_pass": self.median,
            "passes": self.passes,
            "articles_per_s": len(corpus.texts) / self.best,
            "mb_per_s": corpus.bytes / 1e6 / self.best,
        }


def time_passes(
    fn: Callable[[str], object], texts: Sequence[str], budget: float, least: int
) -> Timing:
    """Run *fn* over every text, again and again until *budget* seconds are spent."""
    fn(texts[0])  # warm-up: lazily loaded tables, caches
    times: list[float] = []
    spent = 0.0
    while len(times) < least or spent < budget:
        gc.collect()
        start = time.process_time()
        for text in texts:
            fn(text)
        elapsed = time.process_time() - start
        times.append(elapsed)
        spent += elapsed
        if len(times) >= 200:
            break
    return Timing(min(times), statistics.median(times), len(times))


def tracemalloc_peak(texts: Sequence[str]) -> int:
    """Peak bytes allocated by Python during one pass of ``parse`` over *texts*."""
    gc.collect()
    tracemalloc.start()
    for text in texts:
        diplocorpus.parse(text)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


_RSS_CHILD = """
import json, resource, sys
import diplocorpus
for text in json.load(sys.stdin):
    diplocorpus.parse(text)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def child_max_rss_kb(texts: Sequence[str]) -> int | None:
    """Peak RSS (KiB) of a fresh interpreter that imports diplocorpus and parses *texts*."""
    try:
        import resource  # noqa: F401  (Unix only)
    except ImportError:
        return None
    result = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD],
        input=json.dumps(list(texts)),
        capture_output=True,
        text=True,
        check=True,
    )
    return int(result.stdout.strip())


_IMPORT_CPU = (
    "import time; t = time.process_time(); import diplocorpus; print(time.process_time() - t)"
)


def _import_env() -> tuple[list[str], dict[str, str]]:
    """Interpreter options and environment for import timing with bytecode cached.

    Users import an installed package whose ``.pyc`` files exist; a
    development environment may set ``PYTHONDONTWRITEBYTECODE`` and compile
    every module on every import.  A private ``pycache_prefix`` (warmed once)
    measures what users get without writing into the source tree.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    options = ["-X", f"pycache_prefix={HERE / 'out' / 'pycache'}"]
    subprocess.run([sys.executable, *options, "-c", "import diplocorpus"], env=env, check=True)
    return options, env


def import_time_us(runs: int) -> list[int]:
    """Cumulative µs of ``import diplocorpus`` (``-X importtime``) in *runs* fresh interpreters."""
    options, env = _import_env()
    out = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, *options, "-X", "importtime", "-c", "import diplocorpus"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        for line in result.stderr.splitlines():
            # import time: self [us] | cumulative | imported package
            parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
            if len(parts) == 3 and parts[2] == "diplocorpus":
                out.append(int(parts[1]))
    return out


def import_cpu_ms(runs: int) -> list[float]:
    """CPU milliseconds of ``import diplocorpus`` in *runs* fresh interpreters."""
    options, env = _import_env()
    out = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, *options, "-c", _IMPORT_CPU],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        out.append(float(result.stdout.strip()) * 1000)
    return out


_FIRST_PARSE = """
import json, sys, time
import diplocorpus
texts = json.load(sys.stdin)
t = time.process_time()
diplocorpus.parse(texts[0])
first = time.process_time() - t
t = time.process_time()
diplocorpus.parse(texts[0])
print(first, time.process_time() - t)
"""


def first_parse_ms(texts: Sequence[str], runs: int) -> list[tuple[float, float]]:
    """CPU ms of the first and the second ``parse`` of one report in *runs* fresh interpreters.

    The first pays for the tables and patterns built on first use: what a
    one-shot command or a new worker process pays once.
    """
    options, env = _import_env()
    out = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, *options, "-c", _FIRST_PARSE],
            input=json.dumps(list(texts[:1])),
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        first, second = (float(x) * 1000 for x in result.stdout.split())
        out.append((first, second))
    return out


def linearity(quick: bool) -> dict[str, dict[str, float]]:
    """For each pathological input: best seconds at 200 KB and 400 KB, and the ratio."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from strategies import (  # type: ignore[import-not-found,unused-ignore]
            PATHOLOGICAL_RUNS,
            pathological_text,
        )
    except ImportError as exc:  # hypothesis is a test dependency
        print(f"linearity: skipped ({exc})")
        return {}
    runs = 1 if quick else 3
    out: dict[str, dict[str, float]] = {}
    for kind in PATHOLOGICAL_RUNS:
        # A probe first, so a slow stage does not hold the benchmark for minutes.
        diplocorpus.parse(pathological_text(kind, 2000))
        start = time.process_time()
        diplocorpus.parse(pathological_text(kind, 25_000))
        probe = time.process_time() - start
        if probe * 16 > 30:
            print(f"{kind:<24} skipped: {probe:.2f} s for 25 KB (400 KB would take minutes)")
            out[kind] = {"seconds_25kb": probe}
            continue
        times = []
        for size in (200_000, 400_000):
            text = pathological_text(kind, size)
            best = float("inf")
            for _ in range(runs):
                gc.collect()
                start = time.process_time()
                diplocorpus.parse(text)
                best = min(best, time.process_time() - start)
            times.append(best)
        small, large = times
        out[kind] = {"seconds_200kb": small, "seconds_400kb": large, "ratio": large / small}
    return out


# The stages of ``parse``, as ``diplocorpus/parse.py`` calls them: (label,
# module, function).  ``find_mentions`` is imported into ``parse`` by name.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("decode", "diplocorpus._text", "decode"),
    ("decode", "diplocorpus._text", "scan_controls"),
    ("fold", "diplocorpus._text", "fold"),
    ("header", "diplocorpus._header", "parse_header"),
    ("layout", "diplocorpus._layout", "paragraphs"),
    ("layout", "diplocorpus._layout", "sentences"),
    ("language", "diplocorpus._lang", "guess_language"),
    ("time", "diplocorpus._time", "timexes"),
    ("actors", "diplocorpus._actors", "find_actor_mentions"),
    ("statements", "diplocorpus._statements", "statements"),
    ("participants", "diplocorpus.parse", "find_mentions"),
    ("events", "diplocorpus._events", "events"),
    ("agreements", "diplocorpus._agreements", "agreements"),
)


def stage_costs(texts: Sequence[str], passes: int) -> dict[str, float]:
    """CPU microseconds per report spent in each stage of ``parse``, over *passes*.

    Each stage function is wrapped for the measurement (and restored after),
    so the figures include one clock read per call (well under a
    microsecond); ``other`` is what ``parse`` spends outside the stages
    (assembling the ``Article``, the document view).
    """
    import importlib

    spent: dict[str, float] = {label: 0.0 for label, _m, _f in STAGES}
    saved: list[tuple[Any, str, Any]] = []

    def timed(label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - start

        return run

    for text in texts:
        diplocorpus.parse(text)  # warm-up
    try:
        for label, module_name, name in STAGES:
            module = importlib.import_module(module_name)
            original = getattr(module, name)
            saved.append((module, name, original))
            setattr(module, name, timed(label, original))
        start = time.process_time()
        for _ in range(passes):
            for text in texts:
                diplocorpus.parse(text)
        total = time.process_time() - start
    finally:
        for module, name, original in reversed(saved):
            setattr(module, name, original)
    per_report = 1e6 / (passes * len(texts))
    out = {label: seconds * per_report for label, seconds in spent.items()}
    out["other"] = max(0.0, total * per_report - sum(out.values()))
    out["total"] = total * per_report
    return out


def _dateparser() -> tuple[Callable[[str], object], str] | None:
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        return None

    def run(text: str) -> object:
        return search_dates(text, languages=["en"])

    return run, str(getattr(dateparser, "__version__", "?"))


def _parse(text: str) -> object:
    return diplocorpus.parse(text)


def _tokenise(text: str) -> object:
    return _TOKEN.findall(text)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="a fast, rougher run")
    ap.add_argument("--no-linear", action="store_true", help="skip the linear-time check")
    ap.add_argument("--no-write", action="store_true", help="print only; write no JSON")
    args = ap.parse_args(argv)

    budget = 0.3 if args.quick else 3.0
    dp_budget = 0.0 if args.quick else 3.0
    corpora = load_corpora()
    dp = _dateparser()
    if dp is None:
        print("dateparser: not installed (pip install -e '.[bench]'), comparison skipped")

    results: list[dict[str, Any]] = []
    print(
        f"{'corpus':<8} {'files':>5} {'KB':>7}  {'parse art/s':>11} {'MB/s':>6}  "
        f"{'dateparser MB/s':>15} {'x faster':>8}  {'tokenise MB/s':>13} {'x floor':>7}  "
        f"{'peak MB':>7}"
    )
    for corpus in corpora:
        row: dict[str, Any] = {
            "name": corpus.name,
            "files": len(corpus.texts),
            "chars": corpus.chars,
            "bytes": corpus.bytes,
        }
        parse_t = time_passes(_parse, corpus.texts, budget, least=3)
        token_t = time_passes(_tokenise, corpus.texts, budget, least=3)
        row["parse"] = parse_t.to_dict(corpus)
        row["tokenise"] = token_t.to_dict(corpus)
        row["parse_over_tokenise"] = parse_t.best / token_t.best
        dp_text = ratio_text = "-"
        if dp is not None:
            dp_t = time_passes(dp[0], corpus.texts, dp_budget, least=1)
            row["dateparser"] = dp_t.to_dict(corpus)
            row["dateparser_over_parse"] = dp_t.best / parse_t.best
            dp_text = f"{row['dateparser']['mb_per_s']:.3f}"
            ratio_text = f"{row['dateparser_over_parse']:.1f}"
        row["tracemalloc_peak_bytes"] = tracemalloc_peak(corpus.texts)
        results.append(row)
        print(
            f"{corpus.name:<8} {len(corpus.texts):>5} {corpus.bytes / 1000:>7.1f}  "
            f"{row['parse']['articles_per_s']:>11.0f} {row['parse']['mb_per_s']:>6.2f}  "
            f"{dp_text:>15} {ratio_text:>8}  "
            f"{row['tokenise']['mb_per_s']:>13.2f} {row['parse_over_tokenise']:>7.1f}  "
            f"{row['tracemalloc_peak_bytes'] / 1e6:>7.2f}"
        )

    every_text = next(
        (c.texts for c in corpora if c.name == "all"), corpora[0].texts if corpora else ()
    )
    stages = stage_costs(every_text, 2 if args.quick else 10) if every_text else {}
    if stages:
        print(f"where the time goes (CPU us per report, {len(every_text)} reports):")
        for label, micros in stages.items():
            print(f"  {label:<13} {micros:8.1f}")
        if stages["other"] > 0.1 * stages["total"]:
            # STAGES mirrors parse.py by hand: a stage added there and not here
            # shows up as a large "other".
            print("  note: 'other' is over 10 % of the total; is a stage missing from STAGES?")
    rss = child_max_rss_kb(every_text) if every_text else None
    if rss is not None:
        print(f"peak RSS of a fresh interpreter parsing every text: {rss / 1024:.1f} MiB")

    imports = import_time_us(3 if args.quick else 9)
    import_median = statistics.median(imports) if imports else None
    import_cpu = import_cpu_ms(3 if args.quick else 9)
    if import_median is not None:
        print(
            f"import diplocorpus: {import_median / 1000:.1f} ms cumulative (-X importtime,"
            f" median of {len(imports)}), {statistics.median(import_cpu):.1f} ms CPU"
        )

    cold = first_parse_ms(every_text, 3 if args.quick else 9) if every_text else []
    cold_median = statistics.median(f for f, _s in cold) if cold else None
    if cold_median is not None:
        print(
            f"first parse in a fresh interpreter: {cold_median:.1f} ms CPU (median of"
            f" {len(cold)}; the second parse of the same report:"
            f" {statistics.median(s for _f, s in cold):.2f} ms)"
        )

    linear: dict[str, dict[str, float]] = {}
    if not args.no_linear:
        linear = linearity(args.quick)
        if linear:
            print(f"{'pathological input':<24} {'200 KB s':>9} {'400 KB s':>9} {'ratio':>6}")
            for kind, v in linear.items():
                if "ratio" not in v:
                    continue
                print(
                    f"{kind:<24} {v['seconds_200kb']:>9.4f} {v['seconds_400kb']:>9.4f}"
                    f" {v['ratio']:>6.2f}"
                )
            ratios = [v["ratio"] for v in linear.values() if "ratio" in v]
            if ratios:
                print(f"worst ratio: {max(ratios):.2f} (linear is 2.0)")

    report: dict[str, Any] = {
        "measured": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "diplocorpus": diplocorpus.__version__,
        "regex": str(getattr(regex, "__version__", "?")),
        "dateparser": dp[1] if dp is not None else None,
        "clock": "CPU seconds of this process (time.process_time); best pass of several",
        "corpora": results,
        "stages_us_per_report": stages,
        "max_rss_kib": rss,
        "import_time_us": {"median": import_median, "runs": imports},
        "import_cpu_ms": {
            "median": statistics.median(import_cpu) if import_cpu else None,
            "runs": import_cpu,
        },
        "first_parse_cpu_ms": {
            "median": cold_median,
            "second_median": statistics.median(s for _f, s in cold) if cold else None,
        },
        "linearity": linear,
    }
    if not args.no_write:
        for path in OUTPUTS:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
