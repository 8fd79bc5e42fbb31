"""Reading many reports: files, directories, globs, zip archives and JSONL in, a lazy corpus out.

:func:`read` does not read anything when it is called (beyond checking that
a single named path exists): it returns a :class:`~diplocorpus.corpus.Corpus`
that reads its sources each time it is iterated.  Paths are listed lazily,
directory by directory, so a corpus of a million files streams in bounded
memory; with ``workers > 1`` the reports are parsed in worker processes,
a bounded number of chunks in flight, and come back in input order.

Every input is accounted for.  A file that cannot be read, that looks
binary, that is larger than the size cap, a zip entry whose name would
escape its folder, or a JSONL line that is not a JSON object with a text
becomes an :class:`~diplocorpus.model.Article` with an empty text, its
``source`` set and an error-level ``read.*`` diagnostic, never a silent skip.
``errors="raise"`` raises :class:`ReadError` for the first such input instead.
"""

from __future__ import annotations

import concurrent.futures
import fnmatch
import glob
import itertools
import json
import os
import stat
import sys
import time
import zipfile
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath
from typing import IO, TYPE_CHECKING, Literal, TypeAlias

import attrs

from diplocorpus.model import Article, Diagnostic, Severity
from diplocorpus.parse import parse

if TYPE_CHECKING:  # pragma: no cover
    from diplocorpus.corpus import Corpus

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READ_CODES",
    "ReadError",
    "Source",
    "iter_tasks",
    "load",
    "read",
]

#: Inputs larger than this (10 MB) are not read: a wire report is a few KB.
DEFAULT_MAX_BYTES = 10_000_000

#: The diagnostic codes this module emits, each with what it means.
READ_CODES: dict[str, str] = {
    "read.missing": "the file does not exist (it vanished after it was listed)",
    "read.unreadable": "the file, directory or archive could not be opened or read",
    "read.binary": "the bytes are not text (NUL bytes or many control characters)",
    "read.too_large": "the input is larger than max_bytes and was not read",
    "read.unsafe_path": "a zip entry's name escapes its folder (../ or absolute); not read",
    "read.jsonl.invalid": "a JSONL line is not a JSON object (or not a valid article dict)",
    "read.jsonl.no_text": "a JSONL object has no string 'text' field",
}

PathLike: TypeAlias = str | os.PathLike[str]
#: What :func:`read` accepts: one path or glob, or an iterable of them.
Source: TypeAlias = PathLike | Iterable[PathLike]
Errors: TypeAlias = Literal["collect", "raise"]

_GLOB_CHARS = frozenset("*?[")
# How many leading bytes the binary sniff looks at.
_SNIFF = 8192
# Byte-order marks of UTF-16/32: such text holds NUL bytes but is not binary.
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


class ReadError(Exception):
    """An input could not be read and ``read(..., errors="raise")`` was asked for.

    ``source`` names the input; ``diagnostic`` is the ``read.*`` diagnostic
    that ``errors="collect"`` would have put on an empty article instead.
    """

    def __init__(self, source: str, diagnostic: Diagnostic) -> None:
        self.source = source
        self.diagnostic = diagnostic
        super().__init__(f"{source}: {diagnostic.code}: {diagnostic.message}")


# --------------------------------------------------------------------------
# Tasks: what one input needs to become an Article.  Plain tuples of str /
# bytes so that they pickle cheaply to worker processes.
# --------------------------------------------------------------------------


@attrs.frozen
class _File:
    """A file on disk: the worker stats and reads it itself."""

    path: str
    source: str


@attrs.frozen
class _Data:
    """Bytes or text already in hand (a zip entry, a JSONL text field)."""

    source: str
    data: bytes | str


@attrs.frozen
class _Done:
    """An article that needs no parsing (a full JSONL article dict, a read error)."""

    article: Article


@attrs.frozen
class _Line:
    """One JSONL line, decoded and parsed where it is loaded (in a worker with workers > 1)."""

    where: str
    raw: bytes


_Task: TypeAlias = _File | _Data | _Done | _Line


def _failed(source: str, code: str, message: str) -> Article:
    """The empty article that stands for an input that could not be read."""
    return Article(
        text="",
        source=source,
        diagnostics=(Diagnostic(code, message, None, Severity.ERROR),),
    )


def _looks_binary(data: bytes) -> bool:
    """True when the first bytes hold a NUL or are more than 10% control bytes."""
    head = data[:_SNIFF]
    if not head or head.startswith(_WIDE_BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return controls * 10 > len(head)


def _parse_bytes(data: bytes | str, source: str) -> Article:
    if isinstance(data, bytes) and _looks_binary(data):
        return _failed(source, "read.binary", "the input looks binary (NUL or control bytes)")
    return parse(data, source=source)


def _load_file(path: str, source: str, max_bytes: int) -> Article:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return _failed(source, "read.missing", "the file does not exist")
    except OSError as exc:
        return _failed(source, "read.unreadable", f"cannot stat the file: {exc.strerror or exc}")
    if not stat.S_ISREG(info.st_mode):
        return _failed(source, "read.unreadable", "not a regular file")
    if info.st_size > max_bytes:
        return _failed(
            source, "read.too_large", f"{info.st_size} bytes is more than max_bytes={max_bytes}"
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return _failed(source, "read.unreadable", f"cannot read the file: {exc.strerror or exc}")
    if len(data) > max_bytes:  # it grew since the stat
        return _failed(source, "read.too_large", f"more than max_bytes={max_bytes} bytes")
    return _parse_bytes(data, source)


def load(task: _Task, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Turn one task into an article (runs in a worker process when ``workers > 1``)."""
    if isinstance(task, _Done):
        return task.article
    if isinstance(task, _Data):
        return _parse_bytes(task.data, task.source)
    if isinstance(task, _Line):
        return load(_jsonl_task(task.raw, task.where), max_bytes)
    return _load_file(task.path, task.source, max_bytes)


def _load_chunk(tasks: list[_Task], max_bytes: int) -> list[Article]:
    return [load(t, max_bytes) for t in tasks]


# --------------------------------------------------------------------------
# Listing: sources -> tasks, lazily.
# --------------------------------------------------------------------------


def _is_glob(text: str) -> bool:
    return not _GLOB_CHARS.isdisjoint(text)


def _walk(root: str, pattern: str, max_bytes: int) -> Iterator[_Task]:
    """Files under *root* whose name matches *pattern*, depth first, by name.

    One directory's names are held at a time (plus the path to it), so the
    listing of a large tree is lazy.  Hidden names (``.git``,
    ``.ipynb_checkpoints``) are skipped; symlinked directories are not
    followed (no loops), symlinked files are.
    """
    try:
        with os.scandir(root) as scan:
            entries = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in scan)
    except OSError as exc:
        yield _Done(_failed(root, "read.unreadable", f"cannot list the directory: {exc}"))
        return
    for name, is_dir in entries:
        if name.startswith("."):
            continue
        path = os.path.join(root, name)
        if is_dir:
            yield from _walk(path, pattern, max_bytes)
        elif fnmatch.fnmatch(name, pattern):
            yield from _file_tasks(path, max_bytes)


def _file_tasks(path: str, max_bytes: int, pattern: str = "*") -> Iterator[_Task]:
    """One named file: an archive (entries matching *pattern*), a JSONL file, or one report."""
    lowered = path.lower()
    if lowered.endswith(".zip"):
        yield from _zip_tasks(path, pattern, max_bytes)
    elif lowered.endswith(".jsonl"):
        yield from _jsonl_tasks(path, max_bytes)
    else:
        yield _File(path, path)


def _unsafe(name: str) -> bool:
    """True for a zip entry name that would land outside the folder it is extracted to."""
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return True
    return ".." in PurePosixPath(posix).parts


def _zip_tasks(path: str, pattern: str, max_bytes: int) -> Iterator[_Task]:
    """The entries of a zip archive that match *pattern*, in archive order."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        yield _Done(_failed(path, "read.unreadable", f"cannot open the zip archive: {exc}"))
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            name = info.filename
            base = name.replace("\\", "/").rsplit("/", 1)[-1]
            if base.startswith(".") or not fnmatch.fnmatch(base, pattern):
                continue
            source = f"{path}!{name}"
            if _unsafe(name):
                yield _Done(
                    _failed(source, "read.unsafe_path", f"zip entry {name!r} escapes its folder")
                )
                continue
            if info.file_size > max_bytes:
                message = f"{info.file_size} bytes is more than max_bytes={max_bytes}"
                yield _Done(_failed(source, "read.too_large", message))
                continue
            try:
                with archive.open(info) as handle:
                    data = handle.read(max_bytes + 1)
            except (OSError, RuntimeError, zipfile.BadZipFile, EOFError) as exc:
                yield _Done(_failed(source, "read.unreadable", f"cannot read the entry: {exc}"))
                continue
            if len(data) > max_bytes:
                message = f"more than max_bytes={max_bytes} bytes"
                yield _Done(_failed(source, "read.too_large", message))
                continue
            yield _Data(source, data)


def _lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` for each line; ``None`` for a line longer than *limit*."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                line = handle.readline(limit + 1)
            yield number, None
        else:
            yield number, line


# A dict holding these keys came from Article.to_dict(): read it back as is.
_ARTICLE_KEYS = frozenset({"text", "body", "paragraphs", "diagnostics"})


def _jsonl_task(raw: bytes, where: str) -> _Task:
    try:
        record = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return _Done(_failed(where, "read.jsonl.invalid", f"not JSON: {exc}"))
    if not isinstance(record, dict):
        return _Done(_failed(where, "read.jsonl.invalid", "not a JSON object"))
    if _ARTICLE_KEYS <= record.keys():
        try:
            return _Done(Article.from_dict(record))
        except (TypeError, ValueError, KeyError) as exc:
            message = f"not a valid article dict: {type(exc).__name__}: {exc}"
            return _Done(_failed(where, "read.jsonl.invalid", message))
    text = record.get("text")
    if not isinstance(text, str):
        return _Done(_failed(where, "read.jsonl.no_text", "no string 'text' field"))
    name = where
    for key in ("source", "id", "url"):
        value = record.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and value != "":
            name = str(value)
            break
    return _Data(name, text)


def _jsonl_tasks(path: str, max_bytes: int) -> Iterator[_Task]:
    """One task per non-blank line of a JSON Lines file."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 -- closed by the with below
    except OSError as exc:
        yield _Done(_failed(path, "read.unreadable", f"cannot open the file: {exc.strerror}"))
        return
    with handle:
        try:
            for number, raw in _lines(handle, max_bytes):
                where = f"{path}:{number}"
                if raw is None:
                    message = f"the line is longer than max_bytes={max_bytes}"
                    yield _Done(_failed(where, "read.too_large", message))
                elif raw.strip():
                    yield _Line(where, raw)
        except OSError as exc:
            yield _Done(_failed(path, "read.unreadable", f"cannot read the file: {exc}"))


def iter_tasks(
    source: Source, pattern: str = "*.txt", max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[_Task]:
    """Every input of *source* as a task, lazily, in a deterministic order.

    A directory is walked recursively (names matching *pattern*); a glob is
    expanded (sorted); a ``.zip`` archive yields its entries matching
    *pattern*; a ``.jsonl`` file yields one task per line; any other file is
    one report; an iterable yields the tasks of each of its items in turn.
    """
    if isinstance(source, (str, os.PathLike)):
        yield from _path_tasks(os.fspath(source), pattern, max_bytes)
        return
    for item in source:
        yield from _path_tasks(os.fspath(item), pattern, max_bytes)


def _path_tasks(path: str, pattern: str, max_bytes: int) -> Iterator[_Task]:
    if os.path.isdir(path):
        yield from _walk(path, pattern, max_bytes)
    elif not os.path.lexists(path) and _is_glob(path):
        for match in sorted(glob.iglob(path, recursive=True)):
            if not os.path.isdir(match):
                yield from _file_tasks(match, max_bytes)
    else:
        yield from _file_tasks(path, max_bytes, pattern)


def _count(source: Source, pattern: str, max_bytes: int) -> int:
    """How many articles iterating *source* yields (lists the inputs, parses nothing)."""
    return sum(1 for _ in iter_tasks(source, pattern, max_bytes))


# --------------------------------------------------------------------------
# Iterating: tasks -> articles, in order, optionally in worker processes.
# --------------------------------------------------------------------------


class _Progress:
    """A ``\\r`` counter on stderr, redrawn at most five times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.count = 0
        self.errors = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def step(self, article: Article) -> None:
        self.count += 1
        if article.errors:
            self.errors += 1
        if self.enabled:
            now = time.monotonic()
            if now - self.shown >= 0.2:
                self.shown = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.count / max(now - self.started, 1e-9)
        sys.stderr.write(
            f"\rdiplocorpus: {self.count} articles read, {self.errors} with errors ({rate:,.0f}/s)"
        )
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            self._draw(time.monotonic())
            sys.stderr.write("\n")
            sys.stderr.flush()


def _chunks(tasks: Iterator[_Task], size: int) -> Iterator[list[_Task]]:
    while chunk := list(itertools.islice(tasks, size)):
        yield chunk


def _parallel(
    tasks: Iterator[_Task], workers: int, chunksize: int, max_bytes: int
) -> Iterator[Article]:
    """Parse in *workers* processes; at most ``4 * workers`` chunks in flight; input order kept."""
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[concurrent.futures.Future[list[Article]]] = deque()
        chunks = _chunks(tasks, chunksize)
        try:
            for chunk in itertools.islice(chunks, 4 * workers):
                pending.append(pool.submit(_load_chunk, chunk, max_bytes))
            while pending:
                done = pending.popleft().result()
                for chunk in itertools.islice(chunks, 1):
                    pending.append(pool.submit(_load_chunk, chunk, max_bytes))
                yield from done
        finally:  # an abandoned iteration cancels the rest
            for future in pending:
                future.cancel()


def iter_articles(
    source: Source,
    *,
    pattern: str = "*.txt",
    workers: int | None = 1,
    errors: Errors = "collect",
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunksize: int = 32,
    progress: bool | None = None,
) -> Iterator[Article]:
    """The articles of *source*, in input order (what iterating a read corpus does)."""
    if workers is None:
        workers = os.cpu_count() or 1
    show = sys.stderr.isatty() if progress is None else progress
    meter = _Progress(show)
    tasks = iter_tasks(source, pattern, max_bytes)
    if workers > 1:
        articles = _parallel(tasks, workers, chunksize, max_bytes)
    else:
        articles = (load(t, max_bytes) for t in tasks)
    try:
        for article in articles:
            if errors == "raise":
                _raise_on_read_error(article)
            meter.step(article)
            yield article
    finally:
        close = getattr(articles, "close", None)
        if close is not None:
            close()
        meter.close()


def _raise_on_read_error(article: Article) -> None:
    for diagnostic in article.diagnostics:
        if diagnostic.code.startswith("read.") and diagnostic.severity is Severity.ERROR:
            raise ReadError(article.source or "<unknown>", diagnostic)


def read(
    source: Source,
    *,
    pattern: str = "*.txt",
    workers: int | None = 1,
    errors: Errors = "collect",
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunksize: int = 32,
    progress: bool | None = None,
) -> Corpus:
    """A lazy corpus of the reports in *source*.

    *source* is a file, a directory (walked recursively for names matching
    *pattern*), a glob (``"reports/**/*.txt"``), a ``.zip`` archive (its
    entries matching *pattern*), a ``.jsonl`` file (one JSON object a line:
    a ``text`` field plus optional ``source``/``id``/``url``, or a full
    ``Article.to_dict()`` as written by the JSONL export, read back exactly),
    or an iterable of any of these.

    Nothing is read now: iterating the corpus reads the sources, each time.
    ``workers`` > 1 parses in that many processes (``None``: one per CPU),
    keeping the input order.  Inputs larger than *max_bytes* are not read.
    With ``errors="collect"`` an input that cannot be read becomes an empty
    article with a ``read.*`` error diagnostic; ``errors="raise"`` raises
    :class:`ReadError` instead.  *progress* draws a counter on stderr
    (default: only when stderr is a terminal).

    A single path that neither exists nor is a glob raises
    :class:`FileNotFoundError` at once.
    """
    from diplocorpus.corpus import Corpus

    if errors not in ("collect", "raise"):
        raise ValueError(f"errors must be 'collect' or 'raise', not {errors!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be >= 1 or None, not {workers!r}")
    if max_bytes < 0 or chunksize < 1:
        raise ValueError("max_bytes must be >= 0 and chunksize >= 1")
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if not os.path.lexists(path) and not _is_glob(path):
            raise FileNotFoundError(f"no such file or directory: {path!r}")
        label = path
    else:
        if not isinstance(source, (list, tuple)):
            source = tuple(source)  # a generator would be empty the second time
        label = f"{len(source)} paths"

    def articles() -> Iterator[Article]:
        return iter_articles(
            source,
            pattern=pattern,
            workers=workers,
            errors=errors,
            max_bytes=max_bytes,
            chunksize=chunksize,
            progress=progress,
        )

    def count() -> int:
        return _count(source, pattern, max_bytes)

    return Corpus(articles, count=count, label=label)
