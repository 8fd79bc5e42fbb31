"""Exports: JSONL (lossless), CSV per record type, pandas, Arrow/Parquet, PLOVER and CAMEO.

- **JSONL** writes one ``Article.to_dict()`` per line: nothing is lost, and
  :func:`diplocorpus.read` of the file gives the same articles back.
- **CSV** writes one record type (``statements``, ``events``,
  ``agreements``, ``timexes``, ``articles``, ``diagnostics``) with the
  stdlib ``csv`` module: tuples joined with ``;``, dates ISO, missing
  values empty.
- **pandas**, **Arrow** and **Parquet** need the ``pandas`` / ``arrow``
  extras; those packages are imported only when one of these functions is
  called, and a missing one raises an :class:`ImportError` that names the
  extra to install.  Column types follow the record fields: dates are
  dates, tuples are lists, optional integers are nullable.
- **PLOVER**-style JSON Lines (one object per event) and **CAMEO**-style TSV
  (one row per actor pair) feed event-data tooling.  The event's own
  ``cameo``/``plover`` codes are used where the events stage set them, else
  a default per event kind (:data:`CAMEO_CODES`, :data:`PLOVER_CODES`).
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import functools
import importlib
import io
import json
import os
import typing
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, TypeAlias

import attrs

from diplocorpus.corpus import RECORD_TYPES, EventRecord, Record, records
from diplocorpus.model import Article

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import pyarrow

__all__ = [
    "CAMEO_CODES",
    "CAMEO_COLUMNS",
    "PLOVER_CODES",
    "cameo_rows",
    "columns",
    "plover_events",
    "to_arrow",
    "to_pandas",
    "write_cameo",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_plover",
]

Destination: TypeAlias = str | os.PathLike[str] | IO[str]

#: The CAMEO code used for an event whose ``cameo`` field is empty, by kind.
CAMEO_CODES: dict[str, str] = {
    "meeting": "040",  # consult, not specified
    "talks": "046",  # engage in negotiation
    "visit": "042",  # make a visit
    "summit": "040",
    "conference": "040",
    "phone_call": "041",  # discuss by telephone
    "interview": "010",  # make a public statement
    "signing": "057",  # sign a formal agreement
    "relations_established": "054",  # grant diplomatic recognition
    "election": "",
    "other": "",
}

#: The PLOVER ``(event_type, mode)`` used where an event's ``plover`` field is empty.
PLOVER_CODES: dict[str, tuple[str, str]] = {
    "meeting": ("CONSULT", ""),
    "talks": ("CONSULT", ""),
    "visit": ("CONSULT", "visit"),
    "summit": ("CONSULT", "multilateral"),
    "conference": ("CONSULT", "multilateral"),
    "phone_call": ("CONSULT", "phone"),
    "interview": ("", ""),
    "signing": ("AGREE", ""),
    "relations_established": ("COOPERATE", ""),
    "election": ("", ""),
    "other": ("", ""),
}

#: The columns of the CAMEO-style TSV, in order.
CAMEO_COLUMNS = (
    "date",
    "source_actor",
    "target_actor",
    "cameo_code",
    "root_code",
    "kind",
    "status",
    "place",
    "place_country",
    "source",
    "agency",
    "article_date",
    "text",
)


def _require(module: str, extra: str) -> Any:
    """Import an optional package, or say which extra brings it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f'this needs the optional package {module!r}: pip install "diplocorpus[{extra}]"'
        ) from exc


@contextlib.contextmanager
def _open(dest: Destination, newline: str | None = None) -> Iterator[IO[str]]:
    if isinstance(dest, (str, os.PathLike)):
        with open(dest, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
    else:
        yield dest


def _record_type(kind: str) -> type[Any]:
    try:
        return RECORD_TYPES[kind]
    except KeyError:
        raise ValueError(
            f"unknown record kind {kind!r}; expected one of {sorted(RECORD_TYPES)}"
        ) from None


def columns(kind: str) -> tuple[str, ...]:
    """The column names of the records of *kind*, in order."""
    return tuple(f.name for f in attrs.fields(_record_type(kind)))


# --------------------------------------------------------------------------
# JSONL and CSV (stdlib only).
# --------------------------------------------------------------------------


def write_jsonl(articles: Iterable[Article], dest: Destination) -> int:
    """Write one ``Article.to_dict()`` per line; return how many were written."""
    count = 0
    with _open(dest) as handle:
        for article in articles:
            handle.write(json.dumps(article.to_dict(), ensure_ascii=False))
            handle.write("\n")
            count += 1
    return count


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return ";".join(str(v) for v in value)
    return str(value)


def write_csv(articles: Iterable[Article], dest: Destination, kind: str = "statements") -> int:
    """Write the records of *kind* as CSV with a header row; return the row count."""
    names = columns(kind)
    count = 0
    with _open(dest, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for record in records(articles, kind):
            writer.writerow([_cell(getattr(record, n)) for n in names])
            count += 1
    return count


# --------------------------------------------------------------------------
# Column types, from the record classes' field types.
# --------------------------------------------------------------------------


@functools.cache
def _types(kind: str) -> dict[str, tuple[str, bool]]:
    """Each field's base type name (str, int, bool, date, datetime, list) and nullability."""
    cls = _record_type(kind)
    hints = typing.get_type_hints(cls)
    result: dict[str, tuple[str, bool]] = {}
    for field in attrs.fields(cls):
        tp = hints[field.name]
        args = typing.get_args(tp)
        nullable = type(None) in args
        if nullable:
            (tp,) = [a for a in args if a is not type(None)]
        if typing.get_origin(tp) is tuple:
            name = "list"
        elif tp is datetime.datetime:
            name = "datetime"
        elif tp is datetime.date:
            name = "date"
        else:
            name = tp.__name__
        result[field.name] = (name, nullable)
    return result


def _columns_of(rows: Iterable[Record], kind: str) -> dict[str, list[Any]]:
    """Column-wise values; tuples become lists, datetimes ISO strings."""
    types = _types(kind)
    data: dict[str, list[Any]] = {name: [] for name in types}
    for row in rows:
        for name, (base, _nullable) in types.items():
            value = getattr(row, name)
            if base == "list":
                value = list(value)
            elif base == "datetime" and value is not None:
                value = value.isoformat()
            data[name].append(value)
    return data


def frame(rows: Iterable[Record], kind: str) -> pandas.DataFrame:
    """A pandas DataFrame of *rows* (records of *kind*), typed even when empty."""
    pd = _require("pandas", "pandas")
    data = _columns_of(rows, kind)
    series = {}
    for name, (base, nullable) in _types(kind).items():
        values = data[name]
        if base == "date":
            series[name] = pd.to_datetime(pd.Series(values, dtype=object), errors="coerce")
        elif base == "int":
            series[name] = pd.Series(values, dtype="Int64" if nullable else "int64")
        elif base == "bool":
            series[name] = pd.Series(values, dtype="boolean" if nullable else "bool")
        else:
            series[name] = pd.Series(values, dtype=object)
    return pd.DataFrame(series)


def to_pandas(articles: Iterable[Article], kind: str = "statements") -> pandas.DataFrame:
    """The records of *kind* as a pandas DataFrame (the ``pandas`` extra)."""
    return frame(records(articles, kind), kind)


def _schema(kind: str) -> pyarrow.Schema:
    pa = _require("pyarrow", "arrow")
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "datetime": pa.string(),  # ISO text: aware and naive values mix
        "list": pa.list_(pa.string()),
    }
    return pa.schema(
        [
            pa.field(name, types[base], nullable=nullable or base == "list")
            for name, (base, nullable) in _types(kind).items()
        ]
    )


def _batches(articles: Iterable[Article], kind: str, size: int) -> Iterator[Any]:
    pa = _require("pyarrow", "arrow")
    schema = _schema(kind)
    rows = records(articles, kind)
    while True:
        chunk = [r for _, r in zip(range(size), rows, strict=False)]
        if not chunk:
            return
        yield pa.RecordBatch.from_pydict(_columns_of(chunk, kind), schema=schema)


def to_arrow(articles: Iterable[Article], kind: str = "statements") -> pyarrow.Table:
    """The records of *kind* as an Arrow table (the ``arrow`` extra)."""
    pa = _require("pyarrow", "arrow")
    return pa.Table.from_batches(list(_batches(articles, kind, 65_536)), schema=_schema(kind))


def write_parquet(
    articles: Iterable[Article],
    path: str | os.PathLike[str],
    kind: str = "statements",
    *,
    batch_size: int = 65_536,
) -> int:
    """Write the records of *kind* to a Parquet file, batch by batch; return the row count."""
    pq = _require("pyarrow.parquet", "arrow")
    count = 0
    with pq.ParquetWriter(os.fspath(path), _schema(kind)) as writer:
        for batch in _batches(articles, kind, batch_size):
            writer.write_batch(batch)
            count += batch.num_rows
    return count


# --------------------------------------------------------------------------
# Event data: PLOVER-style JSON Lines, CAMEO-style TSV.
# --------------------------------------------------------------------------


def _event_records(articles: Iterable[Article]) -> Iterator[EventRecord]:
    for r in records(articles, "events"):
        assert isinstance(r, EventRecord)
        yield r


def _iso(value: datetime.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def plover_events(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    """One PLOVER-style dict per event.

    ``event_type`` and ``mode`` come from the event's ``plover`` field
    (``"CONSULT"`` or ``"CONSULT/visit"``) or the kind's default;
    ``actor`` and ``recipient`` are the first two participant country codes.
    """
    for r in _event_records(articles):
        if r.plover:
            event_type, _, mode = r.plover.partition("/")
        else:
            event_type, mode = PLOVER_CODES.get(r.kind, ("", ""))
        codes = r.participant_countries
        yield {
            "id": f"{r.source or ''}#{r.index}",
            "event_type": event_type,
            "mode": mode or (r.mode or ""),
            "actor": codes[0] if codes else None,
            "recipient": codes[1] if len(codes) > 1 else None,
            "actors": list(codes),
            "participants": list(r.participants),
            "date": r.date or _iso(r.article_date),
            "date_start": _iso(r.date_start),
            "date_end": _iso(r.date_end),
            "location": {"name": r.place, "country": r.place_country},
            "kind": r.kind,
            "status": r.status,
            "source": r.source,
            "agency": r.agency,
            "article_date": _iso(r.article_date),
            "text": r.text,
        }


def write_plover(articles: Iterable[Article], dest: Destination) -> int:
    """Write :func:`plover_events` as JSON Lines; return the count."""
    count = 0
    with _open(dest) as handle:
        for event in plover_events(articles):
            handle.write(json.dumps(event, ensure_ascii=False))
            handle.write("\n")
            count += 1
    return count


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def cameo_rows(articles: Iterable[Article]) -> Iterator[dict[str, str]]:
    """CAMEO-style rows: one per (first participant, other participant) pair.

    An event with fewer than two participant countries gives one row with
    the missing actor codes empty.  ``date`` is ``YYYYMMDD`` (the event's
    first day, else the article date).
    """
    for r in _event_records(articles):
        code = r.cameo or CAMEO_CODES.get(r.kind, "")
        day = r.date_start or r.article_date
        codes = r.participant_countries
        pairs = [(codes[0], other) for other in codes[1:]] or [(codes[0] if codes else "", "")]
        for actor, target in pairs:
            yield {
                "date": day.strftime("%Y%m%d") if day else "",
                "source_actor": actor,
                "target_actor": target,
                "cameo_code": code,
                "root_code": code[:2],
                "kind": r.kind,
                "status": r.status,
                "place": r.place or "",
                "place_country": r.place_country or "",
                "source": r.source or "",
                "agency": r.agency or "",
                "article_date": _iso(r.article_date) or "",
                "text": _one_line(r.text),
            }


def write_cameo(articles: Iterable[Article], dest: Destination) -> int:
    """Write :func:`cameo_rows` as tab-separated values with a header; return the rows."""
    count = 0
    with _open(dest, newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=CAMEO_COLUMNS, delimiter="\t", lineterminator="\n"
        )
        writer.writeheader()
        for row in cameo_rows(articles):
            writer.writerow(row)
            count += 1
    return count


def dumps_jsonl(articles: Iterable[Article]) -> str:
    """The JSONL export as one string (for small corpora and tests)."""
    buffer = io.StringIO()
    write_jsonl(articles, buffer)
    return buffer.getvalue()
