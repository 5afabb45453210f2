"""Partial time + anchor (publication date or story time) + tense direction -> TIMEX3 value.

Pure functions of their inputs: nothing here reads the clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

from .partial import GRAN_RANK, UNIT_GRAN, Partial

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class StoryTime:
    """The most recent fully resolved time in the text: the anchor for "three days later"."""

    date: dt.date
    gran: str


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str | None = None
    unresolved: bool = False
    story: StoryTime | None = None  # set when this value can anchor later anaphora


# ------------------------------------------------------------------ calendar arithmetic


def add_months(d: dt.date, n: int) -> dt.date:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    if y < 1 or y > 9999:
        raise OverflowError("year out of range")
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


_UNIT_MONTHS = {"M": 1, "Q": 3, "HALF": 6, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000, "SEASON": 12}
_UNIT_DAYS = {"D": 1, "W": 7, "2W": 14, "WE": 7}


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit in _UNIT_DAYS:
        return d + dt.timedelta(days=_UNIT_DAYS[unit] * n)
    if unit in _UNIT_MONTHS:
        return add_months(d, _UNIT_MONTHS[unit] * n)
    return d  # hours/minutes do not move the date at day granularity


def fmt(d: dt.date, gran: str, season: str | None = None) -> str:
    y = d.year
    if gran == "millennium":
        return f"{y // 1000:01d}"
    if gran == "century":
        return f"{y // 100:02d}"
    if gran == "decade":
        return f"{y // 10:03d}"
    if gran == "year":
        return f"{y:04d}"
    if gran == "half":
        return f"{y:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "quarter":
        return f"{y:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "season":
        s = season or {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")
        yy = y - 1 if s == "WI" and d.month <= 2 else y
        return f"{yy:04d}-{s}"
    if gran == "month":
        return f"{y:04d}-{d.month:02d}"
    if gran in ("week", "weekend"):
        iy, iw, _ = d.isocalendar()
        return f"{iy:04d}-W{iw:02d}" + ("-WE" if gran == "weekend" else "")
    return f"{y:04d}-{d.month:02d}-{d.day:02d}"


_UNKNOWN = {
    "millennium": "X", "century": "XX", "decade": "XXX", "year": "XXXX", "half": "XXXX-HX",
    "quarter": "XXXX-QX", "season": "XXXX-XX", "month": "XXXX-XX", "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE", "day": "XXXX-XX-XX",
}


def _time_suffix(p: Partial) -> str:
    if p.hour is not None:
        return f"T{p.hour:02d}:{(p.minute or 0):02d}"
    if p.pod:
        return f"T{p.pod}"
    return ""


def _pick_year(dct: dt.date, direction: int, start: tuple, end: tuple, key: tuple) -> int:
    """Year for a month/day/quarter stated without one.

    ``key`` is the (month, day) of the publication date; ``start``/``end`` bound the period in the same
    year. direction -2/-1 = strictly before / on or before, +1/+2 = on or after / strictly after, 0 = same year.
    """
    y = dct.year
    if direction == -1:
        return y if start <= key else y - 1
    if direction == -2:
        return y if end <= key else y - 1
    if direction == 1:
        return y if end > key else y + 1
    if direction == 2:
        return y if start > key else y + 1
    return y


def _is_weekday(y: int, month: int, day: int, weekday: int) -> bool:
    try:
        return dt.date(y, month, day).isoweekday() == weekday
    except ValueError:
        return False


# Tense is a soft cue for a date without a year: a past-tense "Nov. 20" a few weeks after publication is
# more often a mis-read schedule than a date a year back, so each direction tolerates this much slack.
TENSE_SLACK_DAYS = 75


def _tense_year(dct: dt.date, month: int, day: int | None, direction: int) -> int:
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            first = dt.date(y, month, day or 1)
            last = dt.date(y, month, day) if day else add_months(first, 1) - dt.timedelta(days=1)
        except ValueError:
            continue
        cands.append((y, first, last))
    if not cands:
        return dct.year
    slack = dt.timedelta(days=TENSE_SLACK_DAYS)
    # the slack never crosses into another year: a past-tense "in January" said in late October is last January
    if direction < 0:
        ok = [y for y, first, _ in cands if first <= dct + slack and y <= dct.year]
        return max(ok) if ok else dct.year
    if direction > 0:
        ok = [y for y, _, last in cands if last >= dct - slack and y >= dct.year]
        return min(ok) if ok else dct.year
    return _nearest_year(dct, month, day or 15)


def _nearest_year(dct: dt.date, month: int, day: int) -> int:
    """With no tense to go by, the reading closest to the publication date (within six months)."""
    best = dct.year
    best_gap = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            gap = abs((dt.date(y, month, min(day, 28)) - dct).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based; -1 = last) given ISO weekday of a month."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).isoweekday() == weekday]
    return dt.date(year, month, days[nth - 1 if nth > 0 else nth])


def _weekday_date(dct: dt.date, weekday: int, direction: int) -> dt.date:
    delta = (weekday - dct.isoweekday()) % 7
    if direction > 0:
        if direction == 2 and delta == 0:
            delta = 7
        return dct + dt.timedelta(days=delta)
    back = (dct.isoweekday() - weekday) % 7
    if direction == -2 and back == 0:
        back = 7
    return dct - dt.timedelta(days=back)


# ------------------------------------------------------------------ resolution


def resolve(p: Partial, dct: dt.date | None, story: StoryTime | None, tense: int) -> Resolved:
    if p.kind == "literal":
        return Resolved(p.type, p.value or "", p.mod, p.quant, p.freq)
    try:
        res = _resolve_point(p, dct, story, tense)
        if res.story is not None and (not p.moves_story or _is_comparison(p)):
            res = replace(res, story=None)
        return res
    except (OverflowError, ValueError, IndexError):
        # outside the calendar (year 0, 10000, February 30): keep the granularity, flag it
        gran = p.gran or UNIT_GRAN.get(p.rel_unit or "", None) or _stated_gran(p)
        return Resolved(p.type, _UNKNOWN.get(gran, "XXXX-XX-XX"), p.mod, unresolved=True)


def _is_comparison(p: Partial) -> bool:
    """A year-on-year look back ("from $5 a year earlier", "than a year ago") keeps the story where it was.

    Financial reports chain several such comparisons to one period; if each moved the story time, the
    second "a year earlier" would land two years back.
    """
    return p.keep_anchor_gran and p.rel_unit == "Y" and (p.rel_n or 0) < 0


def _stated_gran(p: Partial) -> str:
    if p.day is not None or p.weekday is not None or p.holiday:
        return "day"
    for gran in ("week", "month", "quarter", "half", "season", "year", "decade", "century"):
        if getattr(p, gran, None) is not None:
            return gran
    return "day"


def _resolve_point(p: Partial, dct: dt.date | None, story: StoryTime | None, tense: int) -> Resolved:
    direction = p.direction if p.direction is not None else tense
    suffix = _time_suffix(p)
    typ = "TIME" if p.hour is not None else p.type

    # Relative to an anchor: "last week", "three days ago", "a year earlier", "the following month".
    if p.anchor == "story" and p.weekday is not None and p.rel_unit is None:
        # "the previous Friday", "the following Monday": counted from the day the story is on
        if story is not None and story.gran == "day":
            base, anchor = story.date, f"story:{story.date.isoformat()}"
        elif dct is not None:
            base, anchor = dct, f"dct:{dct.isoformat()}"
        else:
            return Resolved(typ, "XXXX-WXX-" + str(p.weekday) + suffix, p.mod, unresolved=True)
        d = _weekday_date(base, p.weekday, p.direction or -2)
        return Resolved(typ, fmt(d, "day") + suffix, p.mod, anchor=anchor, story=StoryTime(d, "day"))
    if p.anchor:
        if p.anchor == "dct" and p.keep_anchor_gran and story is not None and story.gran in ("quarter", "half"):
            # financial comparisons: "profit in the third quarter ... from a year ago" means the year-ago quarter
            base, base_gran, anchor = story.date, story.gran, f"story:{fmt(story.date, story.gran)}"
            d = shift(base, p.rel_unit or "Y", p.rel_n or 0)
            return Resolved(typ, fmt(d, base_gran), p.mod, anchor=anchor, story=StoryTime(d, base_gran))
        if p.anchor == "story" and story is not None:
            base, base_gran, anchor = story.date, story.gran, f"story:{fmt(story.date, story.gran)}"
        elif dct is not None:
            base, base_gran, anchor = dct, "day", f"dct:{dct.isoformat()}"
        else:
            gran = p.gran or UNIT_GRAN.get(p.rel_unit or "D", "day")
            return Resolved(typ, _UNKNOWN.get(gran, "XXXX-XX-XX") + suffix, p.mod, unresolved=True)
        if p.rel_n is None:
            # an unknown count of units: only the direction is known
            return Resolved("DATE", "PAST_REF" if (p.direction or tense) < 0 else "FUTURE_REF", p.mod, anchor=anchor)
        d = shift(base, p.rel_unit or "D", p.rel_n)
        if p.keep_anchor_gran:
            gran = base_gran
            unit_gran = UNIT_GRAN.get(p.rel_unit or "D", "day")
            if p.anchor == "dct" and GRAN_RANK[unit_gran] < GRAN_RANK["day"]:
                gran = unit_gran
        else:
            gran = p.gran or UNIT_GRAN.get(p.rel_unit or "D", "day")
        if p.weekday is not None:  # "Tuesday of last week"
            d = d - dt.timedelta(days=d.isoweekday() - p.weekday)
            gran = "day"
        if p.season:  # "last summer" handled as season selection
            return _season(p, base, direction, anchor, typ)
        value = fmt(d, gran, p.season) + (suffix if gran == "day" else "")
        return Resolved(typ, value, p.mod, anchor=anchor, story=StoryTime(d, gran))

    if p.period_of_story and p.year is not None and story is not None and story.gran in ("quarter", "half", "month"):
        d = story.date.replace(year=p.year, day=1)
        return Resolved(typ, fmt(d, story.gran), p.mod, anchor=f"story:{fmt(story.date, story.gran)}")

    # Absolute, possibly missing the year.
    if p.millennium is not None:
        return Resolved("DATE", str(p.millennium), p.mod)
    if p.century is not None:
        return Resolved("DATE", f"{p.century:02d}", p.mod, story=StoryTime(dt.date(max(p.century * 100, 1), 1, 1), "century"))
    if p.decade is not None:
        return Resolved("DATE", f"{p.decade:03d}", p.mod, story=StoryTime(dt.date(max(p.decade * 10, 1), 1, 1), "decade"))

    year = p.year
    anchor = None
    if year is None and p.year_rel is not None:
        if dct is None:
            return Resolved(typ, "XXXX", p.mod, unresolved=True)
        year, anchor = dct.year + p.year_rel, f"dct:{dct.isoformat()}"
    if p.season and year is None:
        if dct is None:
            return Resolved(typ, f"XXXX-{p.season}", p.mod, unresolved=True)
        return _season(p, dct, direction, f"dct:{dct.isoformat()}", typ)
    if p.weekday is not None and p.day is None:
        if dct is None:
            return Resolved(typ, "XXXX-WXX-" + str(p.weekday) + suffix, p.mod, unresolved=True)
        d = _weekday_date(dct, p.weekday, direction if direction else -1)
        if p.gran == "weekend":
            return Resolved(typ, fmt(d, "weekend"), p.mod, anchor=f"dct:{dct.isoformat()}", story=StoryTime(d, "weekend"))
        return Resolved(typ, fmt(d, "day") + suffix, p.mod, anchor=f"dct:{dct.isoformat()}", story=StoryTime(d, "day"))
    if p.holiday and year is None:
        if dct is None:
            return Resolved(typ, "XXXX-XX-XX", p.mod, unresolved=True)
        mo, wd, nth = p.holiday
        cands = [nth_weekday(y, mo, wd, nth) for y in (dct.year - 1, dct.year, dct.year + 1)]
        d = _choose(cands, dct, direction)
        return Resolved(typ, fmt(d, "day") + suffix, p.mod, anchor=f"dct:{dct.isoformat()}", story=StoryTime(d, "day"))
    if p.holiday:
        mo, wd, nth = p.holiday
        d = nth_weekday(year, mo, wd, nth)
        return Resolved(typ, fmt(d, "day") + suffix, p.mod, story=StoryTime(d, "day"))

    if year is None:
        has_calendar = p.month is not None or p.quarter is not None or p.half is not None or p.hour is not None or p.pod
        if not has_calendar:
            return Resolved(typ, "XXXX", p.mod, unresolved=True)
        if dct is None:
            if p.month is not None:
                v = f"XXXX-{p.month:02d}" + (f"-{p.day:02d}" if p.day else "")
            elif p.quarter is not None:
                v = f"XXXX-Q{p.quarter}"
            elif p.half is not None:
                v = f"XXXX-H{p.half}"
            else:
                v = "XXXX-XX-XX"
            return Resolved(typ, v + (suffix if p.day or p.month is None else ""), p.mod, unresolved=True)
        key = (dct.month, dct.day)
        if p.month is not None:
            if p.day is not None:
                start = end = (p.month, p.day)
                end = (p.month, p.day + 1)
            else:
                start, end = (p.month, 1), (p.month + 1, 1)
        elif p.quarter is not None:
            start, end = (3 * p.quarter - 2, 1), (3 * p.quarter + 1, 1)
        elif p.half is not None:
            start, end = (6 * p.half - 5, 1), (6 * p.half + 1, 1)
        else:  # a clock time with no date: the day the story is on, else the publication day
            d = story.date if story is not None and story.gran == "day" else dct
            return Resolved(typ, fmt(d, "day") + suffix, p.mod, anchor=f"dct:{dct.isoformat()}", story=StoryTime(d, "day"))
        if p.month is not None and p.day is not None and p.weekday is not None:
            # "Monday, Oct. 26": the year in which that date is that weekday, nearest the publication date
            fits = [y for y in range(dct.year - 6, dct.year + 7) if _is_weekday(y, p.month, p.day, p.weekday)]
            year = min(fits, key=lambda y: abs(y - dct.year)) if fits else _pick_year(dct, direction, start, end, key)
        elif p.month is not None and abs(direction) == 1 or (direction == 0 and p.month is not None):
            year = _tense_year(dct, p.month, p.day, direction)
        else:
            year = _pick_year(dct, direction, start, end, key)
        anchor = f"dct:{dct.isoformat()}"

    if p.quarter is not None:
        d = dt.date(year, 3 * p.quarter - 2, 1)
        return Resolved(typ, f"{year:04d}-Q{p.quarter}", p.mod, anchor=anchor, story=StoryTime(d, "quarter"))
    if p.half is not None:
        d = dt.date(year, 6 * p.half - 5, 1)
        return Resolved(typ, f"{year:04d}-H{p.half}", p.mod, anchor=anchor, story=StoryTime(d, "half"))
    if p.season:
        return Resolved(typ, f"{year:04d}-{p.season}", p.mod, anchor=anchor,
                        story=StoryTime(dt.date(year, SEASON_START[p.season], 1), "season"))
    if p.week is not None:
        d = dt.date.fromisocalendar(year, p.week, 1)
        return Resolved(typ, f"{year:04d}-W{p.week:02d}", p.mod, anchor=anchor, story=StoryTime(d, "week"))
    if p.month is None:
        return Resolved(typ, f"{year:04d}", p.mod, anchor=anchor, story=StoryTime(dt.date(year, 1, 1), "year"))
    if p.day is None:
        return Resolved(typ, f"{year:04d}-{p.month:02d}", p.mod, anchor=anchor,
                        story=StoryTime(dt.date(year, p.month, 1), "month"))
    d = dt.date(year, p.month, p.day)  # raises ValueError for Feb 30 -> unresolved
    return Resolved(typ, fmt(d, "day") + suffix, p.mod, anchor=anchor, story=StoryTime(d, "day"))


def _choose(cands: list[dt.date], dct: dt.date, direction: int) -> dt.date:
    if direction < 0:
        past = [c for c in cands if c <= dct]
        return past[-1] if past else cands[0]
    if direction > 0:
        fut = [c for c in cands if c >= dct]
        return fut[0] if fut else cands[-1]
    return min(cands, key=lambda c: (abs((c - dct).days), c))


def _season(p: Partial, base: dt.date, direction: int, anchor: str, typ: str) -> Resolved:
    s = p.season or "SU"
    starts = [(y, dt.date(y, SEASON_START[s], 1)) for y in (base.year - 1, base.year, base.year + 1)]
    rel = p.rel_n if p.anchor else None
    if rel is None:
        rel = -1 if direction < 0 else (1 if direction > 0 else 0)
        # a bare season in a past sentence: the one that has started; in a future one, the next to start
        if rel < 0:
            y = max(y for y, st in starts if st <= base)
        elif rel > 0:
            y = min(y for y, st in starts if add_months(st, 3) > base)
        else:
            y = base.year
    else:
        # "this summer" is the publication year's; "last"/"next" step a year from it
        this_year = base.year - 1 if s == "WI" and base.month <= 2 else base.year
        y = this_year + rel
    return Resolved(typ, f"{y:04d}-{s}", p.mod, anchor=anchor, story=StoryTime(dt.date(y, SEASON_START[s], 1), "season"))
