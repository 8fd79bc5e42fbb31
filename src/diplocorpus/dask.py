"""Beyond one machine: a corpus as a Dask bag, its records as a Dask DataFrame.

Needs the ``dask`` extra (``pip install "diplocorpus[dask]"``)::

    >>> from diplocorpus.dask import read_bag, to_dataframe      # doctest: +SKIP
    >>> bag = read_bag("reports/", partition_size=200)           # doctest: +SKIP
    >>> statements = to_dataframe(bag, "statements")             # doctest: +SKIP
    >>> statements.groupby("speaker").size().compute()           # doctest: +SKIP

The inputs are listed where :func:`read_bag` is called (the client); each
task reads and parses its files where it runs, so the workers must see the
same paths (a shared file system).  Zip entries and JSONL lines are read by
the client and shipped as data.  Articles and records are plain frozen
attrs values: they pickle cleanly between processes.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from diplocorpus.corpus import records
from diplocorpus.model import Article
from diplocorpus.reader import DEFAULT_MAX_BYTES, Source, iter_tasks, load

__all__ = ["read_bag", "to_dataframe"]


def _require(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f'this needs the optional package {module!r}: pip install "diplocorpus[dask]"'
        ) from exc


def read_bag(
    source: Source,
    *,
    pattern: str = "*.txt",
    max_bytes: int = DEFAULT_MAX_BYTES,
    partition_size: int = 100,
) -> Any:
    """A Dask bag of the articles in *source* (anything :func:`diplocorpus.read` accepts).

    Every input is accounted for as with ``read``: an input that cannot be
    read is an empty article with a ``read.*`` error diagnostic.  The bag
    keeps the input order.
    """
    bag = _require("dask.bag")
    tasks = list(iter_tasks(source, pattern, max_bytes))
    return bag.from_sequence(tasks, partition_size=partition_size).map(load, max_bytes=max_bytes)


def _partition_frame(articles: Iterable[Article], kind: str) -> Any:
    from diplocorpus.export import frame

    return frame(records(articles, kind), kind)


def to_dataframe(bag: Any, kind: str = "statements") -> Any:
    """The records of *kind* in a bag of articles, as a Dask DataFrame.

    One pandas partition per bag partition, with the same columns and
    types as :meth:`Corpus.to_pandas <diplocorpus.corpus.Corpus.to_pandas>`.
    """
    dd = _require("dask.dataframe")
    delayed = _require("dask").delayed
    from diplocorpus.export import frame

    meta = frame([], kind)
    parts = [delayed(_partition_frame)(part, kind) for part in bag.to_delayed()]
    return dd.from_delayed(parts, meta=meta, verify_meta=False)
