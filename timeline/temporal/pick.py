"""Which occurrence a direction picks: the year of a month, quarter or season stated without one, the
weekday nearest the anchor, the year's floating holiday.

Pure functions of the anchor date and a :class:`Direction`; nothing here reads the clock.
"""

from __future__ import annotations

import calendar
import datetime as dt

from dateutil.easter import easter  # Easter Sunday of a Gregorian year (dateutil's Western computus)

from .codec import SEASON_MONTHS, SEASON_START, add_months
from .partial import Direction
from .vocab import holiday_table

MonthDay = tuple[int, int]

# Tense is a soft cue for a date without a year: a past-tense "Nov. 20" a few weeks after publication is
# more often a mis-read schedule than a date a year back, so each direction tolerates this much slack.
TENSE_SLACK_DAYS = 75
# A direct past-tense clause ("The minister resigned in April", tense.Tense.direct) tells what happened: a
# month or day after the publication date is last year's. An explicit future ("will close the plant in June")
# tells what is to happen: a month before it is next year's. TimeBank's reported schedules are what need the
# slack above, and they sit in reported clauses.
DIRECT_SLACK_DAYS = 0
# A quarter or half said without a year before its figures in a future clause ("will report first-quarter
# results") may be one just over: quarterly figures come within weeks of its end, half-year and annual ones
# within about four months.
REPORTING_SLACK_DAYS = 120


def pick_year(dct: dt.date, direction: Direction, start: MonthDay, end: MonthDay) -> int:
    """Year for a period stated without one, bounded by (month, day) ``start`` and ``end`` within a year.

    The period has begun by the publication date (PAST), is over by then (STRICT_PAST), has not ended
    (FUTURE) or has not begun (STRICT_FUTURE); NONE keeps the publication year.
    """
    key = (dct.month, dct.day)
    y = dct.year
    if direction == Direction.PAST:
        return y if start <= key else y - 1
    if direction == Direction.STRICT_PAST:
        return y if end <= key else y - 1
    if direction == Direction.FUTURE:
        return y if end > key else y + 1
    if direction == Direction.STRICT_FUTURE:
        return y if start > key else y + 1
    return y


def year_ahead(dct: dt.date, start: MonthDay, end: MonthDay, slack_days: int) -> int:
    """Year for a period without one in a future clause: the latest begun by the publication date, unless it
    ended more than ``slack_days`` before it, then the one after. ``end`` is the (month, day) after its last
    day, as in :func:`pick_year`."""
    y = pick_year(dct, Direction.PAST, start, end)
    first_after = dt.date(y + (end[0] > 12), (end[0] - 1) % 12 + 1, end[1])
    return y if first_after > dct - dt.timedelta(days=slack_days) else y + 1


def tense_year(dct: dt.date, month: int, day: int | None, direction: Direction,
               slack_days: int = TENSE_SLACK_DAYS) -> int:
    """Year for a month (and day) without one, read from the sentence's tense with ``slack_days``."""
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
    slack = dt.timedelta(days=slack_days)
    # the slack never crosses into another year: a past-tense "in January" said in late October is last January
    if direction < 0:
        ok = [y for y, first, _ in cands if first <= dct + slack and y <= dct.year]
        return max(ok) if ok else dct.year
    if direction > 0:
        ok = [y for y, _, last in cands if last >= dct - slack and y >= dct.year]
        return min(ok) if ok else dct.year
    return nearest_year(dct, month, day or 15)


def nearest_year(dct: dt.date, month: int, day: int) -> int:
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


def weekday_year(dct: dt.date, month: int, day: int, weekday: int) -> int | None:
    """"Monday, Oct. 26": the year within six of the publication date in which that date is that weekday."""
    fits = [y for y in range(dct.year - 6, dct.year + 7) if _is_weekday(y, month, day, weekday)]
    return min(fits, key=lambda y: abs(y - dct.year)) if fits else None


def _is_weekday(y: int, month: int, day: int, weekday: int) -> bool:
    try:
        return dt.date(y, month, day).isoweekday() == weekday
    except ValueError:
        return False


def holiday_dates(year: int, holiday: tuple) -> list[dt.date]:
    """A floating holiday's days in ``year``: one, or for a lunar calendar's ("table", name) those its table
    gives (none outside it; two for an Islamic feast in some years)."""
    if holiday[0] == "table":
        return [dt.date(year, m, d) for m, d in holiday_table(holiday[1]).get(year, ())]
    return [holiday_date(year, holiday)]


def holiday_date(year: int, holiday: tuple) -> dt.date:
    """A floating holiday's day in ``year``: ("easter", days from Easter Sunday) or (month, weekday, nth), with
    days after that day when a fourth number is given (Black Friday is the day after Thanksgiving); a lunar
    calendar's ("table", name) its first day in the table (ValueError outside it)."""
    if holiday[0] == "table":
        days = holiday_dates(year, holiday)
        if not days:
            raise ValueError(f"{holiday[1]} in {year} is outside the holiday table")
        return days[0]
    if holiday[0] == "easter":
        return easter(year) + dt.timedelta(days=holiday[1])
    month, weekday, nth, *after = holiday
    return nth_weekday(year, month, weekday, nth) + dt.timedelta(days=after[0] if after else 0)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based; -1 = last) given ISO weekday of a month."""
    last = calendar.monthrange(year, month)[1]
    days = [d for d in range(1, last + 1) if dt.date(year, month, d).isoweekday() == weekday]
    return dt.date(year, month, days[nth - 1 if nth > 0 else nth])


def weekday_date(anchor: dt.date, weekday: int, direction: Direction) -> dt.date:
    """The given ISO weekday nearest ``anchor`` in ``direction``; only the strict ones skip the anchor's own
    day ("last Tuesday" said on a Tuesday is a week back). NONE looks back."""
    if direction > 0:
        ahead = (weekday - anchor.isoweekday()) % 7
        if direction == Direction.STRICT_FUTURE and ahead == 0:
            ahead = 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.isoweekday() - weekday) % 7
    if direction == Direction.STRICT_PAST and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)


def choose(cands: list[dt.date], dct: dt.date, direction: Direction, slack_days: int = 0) -> dt.date:
    """Of sorted candidate dates: the last on or before the publication date in the past, the first on or
    after it in the future, else the nearest. ``slack_days`` widens a tense-given direction (PAST/FUTURE, not
    the strict "last"/"next") as a month's year is read: "as Easter week began" said six days before Easter is
    this year's Easter, not last year's."""
    slack = dt.timedelta(days=slack_days if direction in (Direction.PAST, Direction.FUTURE) else 0)
    if direction < 0:
        past = [c for c in cands if c <= dct + slack]
        return past[-1] if past else cands[0]
    if direction > 0:
        fut = [c for c in cands if c >= dct - slack]
        return fut[0] if fut else cands[-1]
    return min(cands, key=lambda c: (abs((c - dct).days), c))


def season_year(season: str, base: dt.date, direction: Direction, rel: int | None) -> int:
    """Year of a season said relative to ``base``: ``rel`` years on from the anchor's own ("last summer"
    is -1), or with no count, the one the direction points to."""
    if rel is not None:
        # "this summer" is the publication year's; "last"/"next" step a year from it
        this_year = base.year - 1 if season == "WI" and base.month <= 2 else base.year
        return this_year + rel
    starts = [(y, dt.date(y, SEASON_START[season], 1)) for y in (base.year - 1, base.year, base.year + 1)]
    # a bare season in a past sentence: the one that has started; in a future one, the next to start
    if direction < 0:
        return max(y for y, st in starts if st <= base)
    if direction > 0:
        return min(y for y, st in starts if add_months(st, SEASON_MONTHS) > base)
    # no cue: the winter running through January and February is the one begun the December before
    return base.year - 1 if season == "WI" and base.month <= 2 else base.year
