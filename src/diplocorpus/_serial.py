"""Lossless conversion between model values and JSON-ready data.

Driven by the attrs field types, so every model class (and every field added
later) round-trips without per-class code: enums by ``.value``, dates and
datetimes as ISO strings, spans as ``[start, end]``, tuples as lists.
"""

from __future__ import annotations

import datetime
import enum
import functools
import types
import typing
from typing import Any, TypeVar

import attrs

from diplocorpus.model import Span

T = TypeVar("T")


def unstructure(value: object) -> object:
    """Turn a model value into str/int/float/bool/None/list/dict."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [unstructure(v) for v in value]
    if attrs.has(type(value)):
        names = attrs.fields_dict(type(value))  # type: ignore[arg-type]
        return {name: unstructure(getattr(value, name)) for name in names}
    raise TypeError(f"cannot unstructure {type(value).__name__}")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def structure(cls: type[T], data: Any) -> T:
    """Build an instance of the attrs class *cls* from unstructured *data*."""
    return typing.cast(T, _structure(cls, data))


def _structure(tp: Any, data: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _structure(inner, data)
    if origin is tuple:
        (inner, _ellipsis) = typing.get_args(tp)
        return tuple(_structure(inner, v) for v in data)
    if tp is Span:
        start, end = data
        return Span(int(start), int(end))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(data)
    if tp is datetime.datetime:
        return datetime.datetime.fromisoformat(data)
    if tp is datetime.date:
        return datetime.date.fromisoformat(data)
    if tp in (str, int, float, bool):
        return tp(data)
    if isinstance(tp, type) and attrs.has(tp):
        hints = _hints(tp)
        kwargs = {
            f.name: _structure(hints[f.name], data[f.name])
            for f in attrs.fields(tp)
            if f.name in data
        }
        return tp(**kwargs)
    raise TypeError(f"cannot structure {tp!r}")
