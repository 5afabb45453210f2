"""The TIMEX3 calendar value codec: value string <-> parts <-> half-open interval, and the calendar
arithmetic they share (month steps, season starts, parts of the day).

Every spelling of a DATE/TIME value lives here once: the resolver spells its values with it, and the
tagger reads their intervals from it (as ``timex.value_interval``). ``format_value(parse(v)) == v`` for
every value ``parse`` accepts.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

# Meteorological seasons, northern hemisphere: each is three months from its first month.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_MONTHS = 3
_MONTH_SEASON = {(start + k - 1) % 12 + 1: s for s, start in SEASON_START.items() for k in range(SEASON_MONTHS)}
# Parts of the day as [start hour, end hour); past 24 runs into the next morning. Midday is a point in
# TimeML, but a point has no half-open interval, so it gets its hour.
PART_OF_DAY_HOURS = {"MO": (6, 12), "MI": (12, 13), "AF": (12, 18), "EV": (18, 22), "NI": (21, 30), "DT": (8, 18)}

TIME_GRANS = ("part_of_day", "hour", "minute", "second")
# The fields each granularity spells after the year (a day may instead be spelled as week and weekday).
SPELLED: dict[str, tuple[str, ...]] = {
    "millennium": (), "century": (), "decade": (), "year": (), "half": ("half",), "quarter": ("quarter",),
    "season": ("season",), "month": ("month",), "week": ("week",), "weekend": ("week",), "day": ("month", "day"),
}


@dataclass(frozen=True)
class Parts:
    """A calendar value as fields; None is an unknown part (spelled X).

    ``year`` is the first year of the period: 1900 for the century ``19``, 2020 for the decade ``202``,
    the ISO year for weeks. A day with ``weekday`` set is spelled by week (``XXXX-WXX-2``).
    """

    gran: str
    year: int | None = None
    half: int | None = None
    quarter: int | None = None
    season: str | None = None
    month: int | None = None
    week: int | None = None
    weekday: int | None = None  # 1 = Monday
    day: int | None = None
    pod: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    # "Z" for a clock time stated in UTC/GMT ("17:17 GMT" is T17:17Z, as the TIMEX3 guidelines write it); other
    # zones are not written (TimeBank gives "5 p.m. EST" as T17:00). The interval is the clock as stated.
    zone: str | None = None

    @property
    def known(self) -> bool:
        """Whether every part the value spells is stated (no X)."""
        if self.gran == "day" or self.gran in TIME_GRANS:
            fields = ("week", "weekday") if self.weekday is not None else ("month", "day")
        else:
            fields = SPELLED.get(self.gran, ())
        return self.year is not None and all(getattr(self, f) is not None for f in fields)


# ------------------------------------------------------------------ calendar arithmetic


def month_add(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) n months on; no range check, so interval ends may run past year 9999."""
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


def add_months(d: dt.date, n: int) -> dt.date:
    """The same day n months on, clamped to the month's last day ("Jan. 31" + 1 month = Feb. 28)."""
    y, m = month_add(d.year, d.month, n)
    if y < 1 or y > 9999:
        raise OverflowError("year out of range")
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


UNIT_MONTHS = {"M": 1, "Q": 3, "HALF": 6, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000, "SEASON": 12}
UNIT_DAYS = {"D": 1, "W": 7, "2W": 14, "WE": 7}


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """``d`` moved n units ("D", "W", "M", "Q", "Y", ...); a season steps a year, to the same season."""
    if unit in UNIT_DAYS:
        return d + dt.timedelta(days=UNIT_DAYS[unit] * n)
    if unit in UNIT_MONTHS:
        return add_months(d, UNIT_MONTHS[unit] * n)
    return d  # hours/minutes do not move the date at day granularity


# ------------------------------------------------------------------ format


def _x(n: int | None, width: int) -> str:
    return "X" * width if n is None else f"{n:0{width}d}"


def _first_digits(year: int | None, size: int) -> int | None:
    return None if year is None else year // size


def _year(p: Parts) -> str:
    return _x(p.year, 4)


def time_suffix(hour: int | None = None, minute: int | None = None, second: int | None = None,
                pod: str | None = None, zone: str | None = None) -> str:
    """``T15:00``, ``T15``, ``T15:00Z``, ``TMO`` or nothing: the time-of-day tail of a day value (a clock time
    wins over a part of the day: "10 in the morning" is ``T10:00``; only a clock time carries a zone)."""
    if hour is None:
        return f"T{pod}" if pod else ""
    return "T" + ":".join(f"{n:02d}" for n in (hour, minute, second) if n is not None) + (zone or "")


def _day(p: Parts) -> str:
    if p.weekday is not None:
        date = f"{_year(p)}-W{_x(p.week, 2)}-{p.weekday}"
    else:
        date = f"{_year(p)}-{_x(p.month, 2)}-{_x(p.day, 2)}"
    return date + time_suffix(p.hour, p.minute, p.second, p.pod, p.zone)


_FORMATS: dict[str, Callable[[Parts], str]] = {
    "millennium": lambda p: _x(_first_digits(p.year, 1000), 1),
    "century": lambda p: _x(_first_digits(p.year, 100), 2),
    "decade": lambda p: _x(_first_digits(p.year, 10), 3),
    "year": _year,
    "half": lambda p: f"{_year(p)}-H{_x(p.half, 1)}",
    "quarter": lambda p: f"{_year(p)}-Q{_x(p.quarter, 1)}",
    "season": lambda p: f"{_year(p)}-{p.season or 'XX'}",
    "month": lambda p: f"{_year(p)}-{_x(p.month, 2)}",
    "week": lambda p: f"{_year(p)}-W{_x(p.week, 2)}",
    "weekend": lambda p: f"{_year(p)}-W{_x(p.week, 2)}-WE",
}


def format_value(p: Parts) -> str:
    """The TIMEX3 value of ``p``; any granularity finer than a month is spelled as a day (plus its time)."""
    return _FORMATS.get(p.gran, _day)(p)


def unknown_value(gran: str) -> str:
    """The all-X value at a granularity: ``XXXX-QX``, ``XXXX-WXX``, ``XXXX-XX-XX`` ..."""
    return format_value(Parts(gran))


_DATE_PARTS: dict[str, Callable[[dt.date, str | None], Parts]] = {
    "millennium": lambda d, s: Parts("millennium", d.year // 1000 * 1000),
    "century": lambda d, s: Parts("century", d.year // 100 * 100),
    "decade": lambda d, s: Parts("decade", d.year // 10 * 10),
    "year": lambda d, s: Parts("year", d.year),
    "half": lambda d, s: Parts("half", d.year, half=1 if d.month <= 6 else 2),
    "quarter": lambda d, s: Parts("quarter", d.year, quarter=(d.month - 1) // 3 + 1),
    "season": lambda d, s: _season_parts(d, s or _MONTH_SEASON[d.month]),
    "month": lambda d, s: Parts("month", d.year, month=d.month),
    "week": lambda d, s: _iso_week_parts(d, "week"),
    "weekend": lambda d, s: _iso_week_parts(d, "weekend"),
}


def _iso_week_parts(d: dt.date, gran: str) -> Parts:
    iso_year, week, _ = d.isocalendar()  # 2021-01-03 is in 2020-W53
    return Parts(gran, iso_year, week=week)


def _season_parts(d: dt.date, season: str) -> Parts:
    # a winter is named by the year it starts in: January 2024 is in 2023-WI
    return Parts("season", d.year - 1 if season == "WI" and d.month <= 2 else d.year, season=season)


def date_parts(d: dt.date, gran: str, season: str | None = None) -> Parts:
    """The period at ``gran`` that holds ``d`` (``season`` names it instead of the month's own season).

    Granularities finer than a day give the day itself.
    """
    to_parts = _DATE_PARTS.get(gran)
    return to_parts(d, season) if to_parts else Parts("day", d.year, month=d.month, day=d.day)


def date_value(d: dt.date, gran: str, season: str | None = None) -> str:
    """``format_value(date_parts(...))``: 2023-09-05 at "week" is ``2023-W36``, at "quarter" ``2023-Q3``."""
    return format_value(date_parts(d, gran, season))


# ------------------------------------------------------------------ parse

_VALUE_RE = re.compile(
    r"""^(?:
      (?P<millennium>\d|X) |
      (?P<century>\d{2}|XX) |
      (?P<decade>\d{3}|XXX) |
      (?P<year>\d{4}|XXXX)
      (?:-(?:
          Q(?P<quarter>[1-4]|X) |
          H(?P<half>[12]|X) |
          (?P<season>SP|SU|FA|WI) |
          W(?P<week>\d{2}|XX)(?:-(?P<weekend>WE)|-(?P<weekday>[1-7]))? |
          (?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?
      ))?
      (?:T(?:(?P<pod>MO|MI|AF|EV|NI|DT)|(?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?(?P<zone>Z)?))?
    )$""",
    re.X,
)
_ERA_SIZE = {"millennium": 1000, "century": 100, "decade": 10, "year": 1}


def _int(s: str | None) -> int | None:
    return None if s is None or s.startswith("X") else int(s)


def _parsed_gran(g: dict) -> str:
    for name in ("second", "minute", "hour"):
        if g[name] is not None:
            return name
    if g["pod"]:
        return "part_of_day"
    if g["weekend"]:
        return "weekend"
    if g["day"] is not None or g["weekday"] is not None:
        return "day"
    for name in ("week", "month", "season", "quarter", "half"):
        if g[name] is not None:
            return name
    return next(name for name in _ERA_SIZE if g[name] is not None)


def parse(value: str) -> Parts | None:
    """The parts of a calendar DATE/TIME value, or None for anything else (durations, PAST_REF, ...)."""
    m = _VALUE_RE.match(value or "")
    if not m:
        return None
    g = m.groupdict()
    if (g["pod"] or g["hour"]) and g["day"] is None and g["weekday"] is None:
        return None  # a time of day hangs off a day only
    era = next(name for name in _ERA_SIZE if g[name] is not None)
    year = _int(g[era])
    return Parts(
        _parsed_gran(g), None if year is None else year * _ERA_SIZE[era], half=_int(g["half"]),
        quarter=_int(g["quarter"]), season=g["season"], month=_int(g["month"]), week=_int(g["week"]),
        weekday=_int(g["weekday"]), day=_int(g["day"]), pod=g["pod"], hour=_int(g["hour"]),
        minute=_int(g["minute"]), second=_int(g["second"]), zone=g["zone"],
    )


# ------------------------------------------------------------------ interval

Interval = tuple[dt.datetime | None, dt.datetime | None, str | None]
_NO_INTERVAL: Interval = (None, None, None)


def _end(year: int, month: int = 1) -> dt.datetime:
    """An interval end on a month boundary; past year 9999 (outside datetime) it is ``datetime.max``."""
    return dt.datetime.max if year > 9999 else dt.datetime(year, month, 1)


def _plus(start: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    try:
        return start + delta
    except OverflowError:
        return dt.datetime.max


def _month_span(start_month: Callable[[Parts], int], months: int):
    def span(p: Parts) -> tuple[dt.datetime, dt.datetime]:
        m = start_month(p)
        return dt.datetime(p.year, m, 1), _end(*month_add(p.year, m, months))
    return span


def _week_span(p: Parts) -> tuple[dt.datetime, dt.datetime]:
    monday = dt.datetime.fromisocalendar(p.year, p.week, 1)
    return monday, _plus(monday, dt.timedelta(days=7))


def _weekend_span(p: Parts) -> tuple[dt.datetime, dt.datetime]:
    monday = dt.datetime.fromisocalendar(p.year, p.week, 1)
    # a weekend starting past 9999 raises OverflowError: no interval
    return monday + dt.timedelta(days=5), _plus(monday, dt.timedelta(days=7))


def _valid_clock(p: Parts) -> bool:
    hh, mm, ss = p.hour, p.minute or 0, p.second or 0
    return hh <= 24 and mm <= 59 and ss <= 59 and not (hh == 24 and (mm or ss))


def _day_span(p: Parts) -> tuple[dt.datetime, dt.datetime]:
    if p.weekday is not None:
        day = dt.datetime.fromisocalendar(p.year, p.week, p.weekday)
    else:
        day = dt.datetime(p.year, p.month, p.day)
    if p.pod:
        a, b = PART_OF_DAY_HOURS[p.pod]
        return day + dt.timedelta(hours=a), _plus(day, dt.timedelta(hours=b))
    if p.hour is None:
        return day, _plus(day, dt.timedelta(days=1))
    if not _valid_clock(p):
        raise ValueError("not a clock time")  # T25:00, T10:61
    start = day + dt.timedelta(hours=p.hour, minutes=p.minute or 0, seconds=p.second or 0)
    unit = "seconds" if p.second is not None else "minutes" if p.minute is not None else "hours"
    return start, _plus(start, dt.timedelta(**{unit: 1}))


_SPANS: dict[str, Callable[[Parts], tuple[dt.datetime, dt.datetime]]] = {
    "century": _month_span(lambda p: 1, 1200),
    "decade": _month_span(lambda p: 1, 120),
    "year": _month_span(lambda p: 1, 12),
    "half": _month_span(lambda p: 6 * p.half - 5, 6),
    "quarter": _month_span(lambda p: 3 * p.quarter - 2, 3),
    "season": _month_span(lambda p: SEASON_START[p.season], SEASON_MONTHS),
    "month": _month_span(lambda p: p.month, 1),
    "week": _week_span,
    "weekend": _weekend_span,
    **{g: _day_span for g in ("day",) + TIME_GRANS},
}


def span(p: Parts) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of fully known parts; raises ValueError/OverflowError outside the calendar.

    Millennia have no span: the tagger never gave them one, and TimeBank has none to check against.
    """
    if not p.known or p.gran not in _SPANS:
        raise ValueError(f"no interval for {p!r}")
    return _SPANS[p.gran](p)


def period_start(p: Parts) -> dt.date:
    """The first day of the period ``p`` names (raises ValueError outside years 1..9999)."""
    return span(p)[0].date()


def interval(value: str) -> Interval:
    """Half-open interval and granularity of a fully specified DATE/TIME value.

    Values with unknown parts (``XXXX``), vague references and anything outside the Gregorian range
    Python handles (years 1..9999) give (None, None, None); the century ``00`` and decade ``000`` keep
    their granularity.
    """
    p = parse(value)
    if p is None or not p.known:
        return _NO_INTERVAL
    try:
        start, end = span(p)
    except (ValueError, OverflowError):
        return (None, None, p.gran) if p.year == 0 and p.gran in ("century", "decade") else _NO_INTERVAL
    return start, end, p.gran
