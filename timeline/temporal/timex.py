"""The Timex type and the mapping between a TIMEX3 value and its half-open interval."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = (
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
    "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
)
VAGUE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass
class Timex:
    """One temporal expression: where it is, what it means, and how we got there."""

    text: str
    start: int  # character offsets into the document text, half-open
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value, e.g. 2023-09-05, 2023-W37, P6M, PAST_REF, XXXX-09-05
    mod: str | None = None
    granularity: str | None = None  # day, week, month, quarter, half, season, year, decade, century, hour, minute...
    interval_start: dt.datetime | None = None
    interval_end: dt.datetime | None = None
    fuzzy: bool = False
    rule: str = ""  # the rule family/name that fired
    anchor: str | None = None  # "dct:2023-09-05", "story:2023-09-04" or None
    quant: str | None = None  # SET only (EVERY, EACH)
    freq: str | None = None
    unresolved: bool = False  # relative expression that had no anchor (no publication date)
    tid: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        for k in ("interval_start", "interval_end"):
            d[k] = d[k].isoformat() if d[k] is not None else None
        return d


# ---------------------------------------------------------------- value <-> interval

_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}  # meteorological, northern
_PART_OF_DAY = {"MO": (6, 12), "MI": (12, 12), "AF": (12, 18), "EV": (18, 22), "NI": (21, 30), "DT": (8, 18)}

_VALUE_RE = re.compile(
    r"""^(?:
      (?P<century>\d{2})$ |
      (?P<decade>\d{3})$ |
      (?P<year>\d{4})
      (?:-(?:
          Q(?P<quarter>[1-4]) |
          H(?P<half>[12]) |
          (?P<season>SP|SU|FA|WI) |
          W(?P<week>\d{2})(?P<weekend>-WE)? |
          (?P<month>\d{2})(?:-(?P<day>\d{2})
              (?:T(?:(?P<pod>MO|MI|AF|EV|NI|DT)|(?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?))?
          )?
      ))?$
    )""",
    re.X,
)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _dt(y: int, m: int = 1, d: int = 1) -> dt.datetime:
    return dt.datetime(y, m, d)


def _end(y: int, m: int = 1, d: int = 1) -> dt.datetime:
    """An interval end; past year 9999 (outside what datetime holds) it is clamped to ``datetime.max``."""
    return dt.datetime.max if y > 9999 else dt.datetime(y, m, d)


def _plus(start: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    try:
        return start + delta
    except OverflowError:
        return dt.datetime.max


def value_interval(value: str) -> tuple[dt.datetime | None, dt.datetime | None, str | None]:
    """Half-open interval and granularity name of a fully specified DATE/TIME value.

    Values with unknown parts (``XXXX``), vague references and anything outside the Gregorian range
    Python handles (years 1..9999) give (None, None, granularity-or-None).
    """
    m = _VALUE_RE.match(value or "")
    if not m:
        return None, None, None
    g = m.groupdict()
    try:
        if g["century"]:
            c = int(g["century"])
            if c == 0:
                return None, None, "century"
            return _dt(c * 100), _end(c * 100 + 100), "century"
        if g["decade"]:
            d0 = int(g["decade"]) * 10
            if d0 == 0:
                return None, None, "decade"
            return _dt(d0), _end(d0 + 10), "decade"
        y = int(g["year"])
        if y == 0:
            return None, None, None
        if g["quarter"]:
            q = int(g["quarter"])
            a = _add_months(y, 3 * q - 2, 0)
            b = _add_months(y, 3 * q - 2, 3)
            return _dt(*a), _end(*b), "quarter"
        if g["half"]:
            h = int(g["half"])
            a = _add_months(y, 6 * h - 5, 0)
            b = _add_months(y, 6 * h - 5, 6)
            return _dt(*a), _end(*b), "half"
        if g["season"]:
            s, e = _SEASON_MONTHS[g["season"]]
            return _dt(*_add_months(y, s, 0)), _end(*_add_months(y, 1, e - 1)), "season"
        if g["week"]:
            w = int(g["week"])
            monday = dt.datetime.fromisocalendar(y, w, 1)
            if g["weekend"]:  # a weekend starting past 9999 raises OverflowError: no interval
                return monday + dt.timedelta(days=5), _plus(monday, dt.timedelta(days=7)), "weekend"
            return monday, _plus(monday, dt.timedelta(days=7)), "week"
        if g["month"]:
            mo = int(g["month"])
            if not g["day"]:
                return _dt(y, mo), _end(*_add_months(y, mo, 1)), "month"
            day = _dt(y, mo, int(g["day"]))
            if g["pod"]:
                a, b = _PART_OF_DAY[g["pod"]]
                if a == b:  # midday: a point; give it the hour
                    return day + dt.timedelta(hours=a), _plus(day, dt.timedelta(hours=a + 1)), "part_of_day"
                return day + dt.timedelta(hours=a), _plus(day, dt.timedelta(hours=b)), "part_of_day"
            if g["hour"] is not None:
                hh = int(g["hour"])
                mm = int(g["minute"] or 0)
                if hh > 24 or mm > 59 or int(g["second"] or 0) > 59 or (hh == 24 and (mm or int(g["second"] or 0))):
                    return None, None, None  # T25:00, T10:61: not a clock time
                if g["minute"] is None:
                    s = day + dt.timedelta(hours=hh)
                    return s, _plus(s, dt.timedelta(hours=1)), "hour"
                if g["second"] is None:
                    s = day + dt.timedelta(hours=hh, minutes=mm)
                    return s, _plus(s, dt.timedelta(minutes=1)), "minute"
                s = day + dt.timedelta(hours=hh, minutes=mm, seconds=int(g["second"]))
                return s, _plus(s, dt.timedelta(seconds=1)), "second"
            return day, _plus(day, dt.timedelta(days=1)), "day"
        return _dt(y), _end(y + 1), "year"
    except (ValueError, OverflowError):
        return None, None, None


_DURATION_RE = re.compile(r"^P(?:(?:[\dX.]+|X)[YMWDQEL]|(?:[\dX.]+)(?:DE|CE|ML|WE|MO|MI|AF|EV|NI)|T(?:[\dX.]+[HMS])+|[\dX.]+[YMWDQ](?:T(?:[\dX.]+[HMS])+)?)+$")
_TIME_SUFFIX = r"(?:T(?:MO|MI|AF|EV|NI|DT|(?:[01]\d|2[0-4]|XX)(?::[0-5]\d(?::[0-5]\d)?)?))"
_DATE_LIKE_RE = re.compile(
    r"^(?:\d|\d{2}|\d{3}|X{1,3}|\d{3}X|\d{2}XX|[\dX]{4}(?:-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI"
    r"|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-WE|-[1-7]" + _TIME_SUFFIX + r"?)?"
    r"|(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX)" + _TIME_SUFFIX + r"?)?))?)$"
)
_FULL_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def is_valid_value(type_: str, value: str) -> bool:
    """Whether ``value`` is well-formed TIMEX3 for ``type_`` (the checks our output promises)."""
    if type_ not in TYPES or not value:
        return False
    if value in VAGUE_VALUES:
        return type_ in ("DATE", "TIME")
    if type_ in ("DURATION",):
        return bool(_DURATION_RE.match(value))
    if type_ == "SET" and _DURATION_RE.match(value):
        return True
    if not _DATE_LIKE_RE.match(value):
        return False
    m = _FULL_DAY_RE.match(value)
    if m:  # a stated day must exist: no 2023-02-30
        try:
            dt.date(int(m.group(1)) or 1, int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
    return True
