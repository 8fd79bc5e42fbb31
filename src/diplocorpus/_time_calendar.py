"""Calendar arithmetic for time expressions: anchors, intervals, TIMEX3 values.

An :class:`Anchor` is the date relative expressions resolve against.  It
may be partial: a dateline ``BAKU, Azerbaijan, February 10.`` with no year
known gives month and day only, and ``six months ago`` then resolves to
``XXXX-08``.  A :class:`Value` is a resolved expression: its TIMEX3 string,
precision and (where every digit is known) the first and last day of its
interval.  Nothing here reads the clock.
"""

from __future__ import annotations

import calendar
import datetime

import attrs
from dateutil.relativedelta import relativedelta

from diplocorpus.model import Precision

__all__ = [
    "Anchor",
    "Value",
    "day_value",
    "month_value",
    "narrow",
    "quarter_value",
    "ref_value",
    "season_value",
    "unknown",
    "week_value",
    "year_value",
]

# A reference year for day arithmetic on partial anchors (month and day
# known, year not).  A leap year, so that a "February 29" anchor exists.
_REF_YEAR = 2000

SEASONS = ("SP", "SU", "FA", "WI")
SEASON_WORDS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


@attrs.frozen
class Anchor:
    """The date relative expressions resolve against; any part may be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> datetime.date | None:
        """The full date, when every part is known."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return datetime.date(self.year, self.month, self.day)

    @property
    def known(self) -> bool:
        """True when at least the month is known."""
        return self.month is not None

    @classmethod
    def of(cls, date: datetime.date | None) -> Anchor:
        """The anchor for a full date (or an empty one for None)."""
        if date is None:
            return cls()
        return cls(date.year, date.month, date.day)


@attrs.frozen
class Value:
    """A resolved expression (before it gets its span and becomes a ``When``)."""

    timex: str
    precision: Precision
    start: datetime.date | None = None
    end: datetime.date | None = None
    anchored: bool = False


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def unknown(precision: Precision, anchored: bool = False) -> Value:
    """A value with every digit unknown, for *precision*."""
    timex = {
        Precision.DAY: "XXXX-XX-XX",
        Precision.WEEK: "XXXX-WXX",
        Precision.MONTH: "XXXX-XX",
        Precision.QUARTER: "XXXX-QX",
        Precision.HALF: "XXXX-HX",
        Precision.DECADE: "XXX",
        Precision.CENTURY: "XX",
    }.get(precision, "XXXX")
    return Value(timex, precision, anchored=anchored)


def ref_value(kind: str) -> Value:
    """``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``."""
    return Value(f"{kind}_REF", Precision.REF)


def day_value(
    year: int | None, month: int | None, day: int | None, anchored: bool = False
) -> Value:
    """A day; unknown parts become ``X`` digits and leave the interval empty."""
    if year is not None and month is not None and day is not None:
        d = datetime.date(year, month, day)
        return Value(d.isoformat(), Precision.DAY, d, d, anchored)
    y = "XXXX" if year is None else f"{year:04d}"
    m = "XX" if month is None else f"{month:02d}"
    dd = "XX" if day is None else f"{day:02d}"
    return Value(f"{y}-{m}-{dd}", Precision.DAY, anchored=anchored)


def date_value(d: datetime.date, anchored: bool = True) -> Value:
    """A full day."""
    return Value(d.isoformat(), Precision.DAY, d, d, anchored)


def month_value(year: int | None, month: int | None, anchored: bool = False) -> Value:
    """A calendar month."""
    if year is None or month is None:
        m = "XX" if month is None else f"{month:02d}"
        y = "XXXX" if year is None else f"{year:04d}"
        return Value(f"{y}-{m}", Precision.MONTH, anchored=anchored)
    return Value(
        f"{year:04d}-{month:02d}",
        Precision.MONTH,
        datetime.date(year, month, 1),
        datetime.date(year, month, _last_day(year, month)),
        anchored,
    )


def year_value(year: int | None, anchored: bool = False) -> Value:
    """A calendar year."""
    if year is None:
        return Value("XXXX", Precision.YEAR, anchored=anchored)
    return Value(
        f"{year:04d}",
        Precision.YEAR,
        datetime.date(year, 1, 1),
        datetime.date(year, 12, 31),
        anchored,
    )


def years_value(first: int, last: int) -> Value:
    """A run of years (``2019-2021``): the first year's value, the whole interval."""
    return Value(
        f"{first:04d}",
        Precision.YEAR,
        datetime.date(first, 1, 1),
        datetime.date(last, 12, 31),
    )


def week_value(d: datetime.date, anchored: bool = True) -> Value:
    """The ISO week that contains *d* (``2025-W16``)."""
    iso_year, week, _ = d.isocalendar()
    monday = d - datetime.timedelta(days=d.weekday())
    return Value(
        f"{iso_year:04d}-W{week:02d}",
        Precision.WEEK,
        monday,
        monday + datetime.timedelta(days=6),
        anchored,
    )


def weekend_value(d: datetime.date, anchored: bool = True) -> Value:
    """The weekend of the ISO week that contains *d* (``2025-W16-WE``)."""
    week = week_value(d)
    saturday = week.start + datetime.timedelta(days=5) if week.start else None
    return Value(f"{week.timex}-WE", Precision.WEEK, saturday, week.end, anchored)


def quarter_value(year: int | None, quarter: int, anchored: bool = False) -> Value:
    """A quarter (``2024-Q1``)."""
    if year is None:
        return Value(f"XXXX-Q{quarter}", Precision.QUARTER, anchored=anchored)
    first = 3 * (quarter - 1) + 1
    return Value(
        f"{year:04d}-Q{quarter}",
        Precision.QUARTER,
        datetime.date(year, first, 1),
        datetime.date(year, first + 2, _last_day(year, first + 2)),
        anchored,
    )


def half_value(year: int | None, half: int, anchored: bool = False) -> Value:
    """A half year (``2024-H1``)."""
    if year is None:
        return Value(f"XXXX-H{half}", Precision.HALF, anchored=anchored)
    first = 1 if half == 1 else 7
    return Value(
        f"{year:04d}-H{half}",
        Precision.HALF,
        datetime.date(year, first, 1),
        datetime.date(year, first + 5, _last_day(year, first + 5)),
        anchored,
    )


def season_bounds(year: int, season: str) -> tuple[datetime.date, datetime.date]:
    """Meteorological seasons of the northern hemisphere; ``YYYY-WI`` begins in December YYYY."""
    if season == "WI":
        end_year = year + 1
        return datetime.date(year, 12, 1), datetime.date(end_year, 2, _last_day(end_year, 2))
    first = {"SP": 3, "SU": 6, "FA": 9}[season]
    return datetime.date(year, first, 1), datetime.date(year, first + 2, _last_day(year, first + 2))


def season_value(year: int | None, season: str, anchored: bool = False) -> Value:
    """A season (``2024-SU``)."""
    if year is None:
        return Value(f"XXXX-{season}", Precision.SEASON, anchored=anchored)
    start, end = season_bounds(year, season)
    return Value(f"{year:04d}-{season}", Precision.SEASON, start, end, anchored)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> int:
    """The day of the *nth* *weekday* of a month (``nth=-1``: the last one)."""
    days = [
        d
        for d in range(1, _last_day(year, month) + 1)
        if datetime.date(year, month, d).weekday() == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


def decade_value(first_year: int, anchored: bool = False) -> Value:
    """A decade (``199`` for the 1990s)."""
    return Value(
        f"{first_year // 10:03d}",
        Precision.DECADE,
        datetime.date(first_year, 1, 1),
        datetime.date(first_year + 9, 12, 31),
        anchored,
    )


def century_value(number: int) -> Value:
    """A century by its ordinal (21 -> ``20``, the years 2000-2099 as TIMEX3 counts them)."""
    first = (number - 1) * 100
    start = datetime.date(max(first, 1), 1, 1)
    return Value(f"{number - 1:02d}", Precision.CENTURY, start, datetime.date(first + 99, 12, 31))


def narrow(value: Value, mod: str) -> Value:
    """The part of *value*'s interval a modifier points at (``early`` = first third).

    The TIMEX3 value stays that of the whole (``mid-2023`` -> ``2023``), as
    TimeML does (it puts the modifier in a separate attribute).
    """
    if value.start is None or value.end is None:
        return value
    days = (value.end - value.start).days + 1
    third = max(days // 3, 1)
    if mod in ("early", "beginning", "start"):
        return attrs.evolve(value, end=value.start + datetime.timedelta(days=third - 1))
    if mod in ("late", "end"):
        return attrs.evolve(value, start=value.end - datetime.timedelta(days=third - 1))
    if mod in ("mid", "middle"):
        start = value.start + datetime.timedelta(days=third)
        return attrs.evolve(
            value, start=start, end=max(start, value.end - datetime.timedelta(days=third))
        )
    return value


def shift_partial(anchor: Anchor, **delta: int) -> Anchor:
    """Shift a partial anchor (month and day known) by *delta*, keeping the year unknown."""
    assert anchor.month is not None
    day = anchor.day if anchor.day is not None else 1
    moved = datetime.date(_REF_YEAR, anchor.month, day) + relativedelta(**delta)  # type: ignore[arg-type]
    return Anchor(None, moved.month, moved.day if anchor.day is not None else None)
