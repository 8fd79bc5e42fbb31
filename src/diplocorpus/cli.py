"""The command line: ``diplocorpus`` (or ``python -m diplocorpus``).

Commands::

    diplocorpus parse [PATH ...]            reports (or stdin) -> JSONL on stdout
    diplocorpus stats PATH ...              a summary table of the corpus
    diplocorpus export PATH ... --format jsonl|csv|parquet|plover|cameo
                                --kind statements|events|agreements|timexes|articles|diagnostics
                                [-o OUT]

A PATH is a file, a directory (walked for ``--pattern``, default
``*.txt``), a glob, a ``.zip`` archive or a ``.jsonl`` file, as for
:func:`diplocorpus.read`.  ``--workers N`` parses in N processes (0: one per
CPU).  Exit status: 0 when every input was read and parsed without an
error-level diagnostic; 1 when the output was written but some inputs had
errors (unreadable, binary, too large, undecodable, an invalid date
header, ...: ``stats`` lists them); 2 for a usage error, a missing input,
or a missing optional package.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO

from diplocorpus._version import __version__
from diplocorpus.model import Article

__all__ = ["main"]

KINDS = ("statements", "events", "agreements", "timexes", "articles", "diagnostics")
FORMATS = ("jsonl", "csv", "parquet", "plover", "cameo")


class _Usage(Exception):
    """A problem with the command line or its inputs: exit status 2."""


class _Tally:
    """Passes articles through, counting those with error-level diagnostics."""

    def __init__(self, articles: Iterator[Article]) -> None:
        self.articles = articles
        self.count = 0
        self.failed = 0

    def __iter__(self) -> Iterator[Article]:
        for article in self.articles:
            self.count += 1
            self.failed += bool(article.errors)
            yield article


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--pattern", default="*.txt", help="file names to read in directories (default: *.txt)"
    )
    common.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per CPU; default: 1)",
    )
    common.add_argument(
        "--max-bytes",
        type=int,
        default=10_000_000,
        metavar="N",
        help="do not read inputs larger than N bytes (default: 10000000)",
    )
    common.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a counter on stderr (default: when stderr is a terminal)",
    )

    parser = argparse.ArgumentParser(
        prog="diplocorpus",
        description="Turn plain-text diplomatic wire reports into a typed corpus.",
        epilog="Exit status: 0 ok, 1 some inputs had errors, 2 usage error or missing input.",
    )
    parser.add_argument("--version", action="version", version=f"diplocorpus {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    parse = commands.add_parser(
        "parse", parents=[common], help="parse reports (or stdin) into JSONL on stdout"
    )
    parse.add_argument("paths", nargs="*", metavar="PATH", help="inputs; none or - reads stdin")

    stats = commands.add_parser("stats", parents=[common], help="print a summary of a corpus")
    stats.add_argument("paths", nargs="+", metavar="PATH")

    export = commands.add_parser(
        "export", parents=[common], help="write records as JSONL, CSV, Parquet, PLOVER, CAMEO"
    )
    export.add_argument("paths", nargs="+", metavar="PATH")
    export.add_argument("--format", choices=FORMATS, default="jsonl", help="(default: jsonl)")
    export.add_argument(
        "--kind",
        choices=KINDS,
        default="statements",
        help="which records for csv and parquet (default: statements)",
    )
    export.add_argument("-o", "--output", metavar="PATH", help="output file (default: stdout)")
    return parser


def _check_inputs(paths: Sequence[str]) -> None:
    import glob

    for path in paths:
        if os.path.lexists(path):
            continue
        if any(c in path for c in "*?[") and next(glob.iglob(path, recursive=True), None):
            continue
        raise _Usage(f"no such file or directory: {path}")


def _articles(args: argparse.Namespace) -> _Tally:
    from diplocorpus.reader import iter_articles

    _check_inputs(args.paths)
    if args.workers < 0:
        raise _Usage("--workers must be 0 or more")
    return _Tally(
        iter_articles(
            args.paths,
            pattern=args.pattern,
            workers=args.workers or None,
            max_bytes=args.max_bytes,
            progress=args.progress,
        )
    )


def _stdin_article() -> _Tally:
    from diplocorpus.parse import parse

    data = sys.stdin.buffer.read()
    return _Tally(iter([parse(data, source="<stdin>")]))


def _cmd_parse(args: argparse.Namespace, out: IO[str]) -> _Tally:
    from diplocorpus.export import write_jsonl

    tally = _stdin_article() if args.paths in ([], ["-"]) else _articles(args)
    write_jsonl(tally, out)
    return tally


def _cmd_stats(args: argparse.Namespace, out: IO[str]) -> _Tally:
    from diplocorpus.corpus import summarise

    tally = _articles(args)
    out.write(str(summarise(tally)) + "\n")
    return tally


def _cmd_export(args: argparse.Namespace, out: IO[str]) -> _Tally:
    from diplocorpus import export

    tally = _articles(args)
    target = args.output
    if args.format == "parquet":
        if not target:
            raise _Usage("--format parquet needs -o PATH (Parquet is not written to stdout)")
        try:
            export.write_parquet(tally, target, args.kind)
        except ImportError as exc:
            raise _Usage(str(exc)) from exc
        return tally
    handle: IO[str] = (
        open(target, "w", encoding="utf-8", newline="") if target else out  # noqa: SIM115
    )
    try:
        if args.format == "jsonl":
            export.write_jsonl(tally, handle)
        elif args.format == "csv":
            export.write_csv(tally, handle, args.kind)
        elif args.format == "plover":
            export.write_plover(tally, handle)
        else:
            export.write_cameo(tally, handle)
    finally:
        if target:
            handle.close()
    return tally


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 inputs had errors, 2 usage)."""
    args = _parser().parse_args(argv)
    commands = {"parse": _cmd_parse, "stats": _cmd_stats, "export": _cmd_export}
    out = sys.stdout
    try:
        tally = commands[args.command](args, out)
        out.flush()
    except _Usage as exc:
        print(f"diplocorpus: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `diplocorpus parse ... | head`: not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("diplocorpus: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"diplocorpus: error: {exc}", file=sys.stderr)
        return 2
    if tally.failed:
        print(
            f"diplocorpus: {tally.failed} of {tally.count} inputs had errors "
            "(run `diplocorpus stats` on them for the codes)",
            file=sys.stderr,
        )
        return 1
    return 0
