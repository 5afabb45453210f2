"""A quarter said with the day it ended ("the first quarter ended Aug. 31") is a fiscal quarter when that day is not
its calendar end: TIMEX3 has no value for a fiscal period, so the value stays the quarter the words name (as
TimeBank writes "the fiscal-first quarter" 1989-Q1), or, when they name none ("the quarter ended July 31"), the
calendar quarter holding most of it (TimeBank's 1989-Q2 for May to July); the interval is the three months that end on the stated
day, and a year-back comparison counted from it ("from $9.95 billion a year earlier") moves with it. Runs over a
document's resolved timexes after the resolve loop, as :mod:`ranges` does.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .codec import add_months
from .text import period_bound
from .timex import Timex

_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
# between the quarter and its end day (vocab period_end_words, which the tagger reads for the story time too)
_ENDED = period_bound()
_QUARTER_MONTHS = 3
# a fiscal quarter ends on a month's last day or, in a 52/53-week year, on a day within a week of it ("Dec. 28",
# "Oct. 1"): the day after the end lies within this many days of a month's turn
_LAST_DAYS = 7
# "the quarter", "the latest quarter": the words name no quarter of their own, only the one last reported
_UNNAMED = ("relative.latest_quarter",)


def _months_between(a: dt.datetime, b: dt.datetime) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _shifted(start: dt.datetime, end: dt.datetime, months: int) -> tuple[dt.datetime, dt.datetime]:
    return (dt.datetime.combine(add_months(start.date(), months), dt.time()),
            dt.datetime.combine(add_months(end.date(), months), dt.time()))


def fiscal_quarters(text: str, out: list[Timex]) -> None:
    """Give a quarter followed by "ended <day>" the interval of the three months ending that day (in place)."""
    for i, (a, b) in enumerate(zip(out, out[1:])):
        if (a.type != "DATE" or not _QUARTER.match(a.value) or a.interval_start is None or b.type != "DATE"
                or not _DAY.match(b.value) or not _ENDED.fullmatch(text, a.end, b.start)):
            continue
        try:
            end = dt.datetime.fromisoformat(b.value) + dt.timedelta(days=1)
            start = dt.datetime.combine(add_months(end.date(), -_QUARTER_MONTHS), dt.time())
        except (ValueError, OverflowError):
            continue  # past the calendar's ends
        if end == a.interval_end or abs(_months_between(a.interval_end, end)) >= 12:
            continue  # the calendar quarter; or a day a year or more off, which is not its end
        if _LAST_DAYS < end.day <= calendar.monthrange(end.year, end.month)[1] - _LAST_DAYS + 1:
            continue  # "a strike that began in the second quarter ended on May 15": no period ends mid-month
        calendar_start = a.interval_start
        story = f"story:{a.value}"  # what a later "a year earlier" was counted from, before any revalue
        moved = 0
        if a.rule in _UNNAMED:
            # "the quarter ended July 31" names no quarter: the calendar one holding most of it (its middle month)
            middle = add_months(start.date(), 1)
            a.revalue(f"{middle.year}-Q{(middle.month - 1) // 3 + 1}")
            moved = _months_between(calendar_start, a.interval_start)
        a.interval_start, a.interval_end = start, end
        for t in out[i + 2:]:
            if t.anchor == story and t.type == "DATE" and _QUARTER.match(t.value) and t.interval_start is not None:
                # the same fiscal quarter as many months away as the calendar ones are ("a year earlier"), named
                # as the quarter itself now is
                offset = _months_between(calendar_start, t.interval_start)
                if moved:
                    first = add_months(t.interval_start.date(), moved)
                    t.revalue(f"{first.year}-Q{(first.month - 1) // 3 + 1}")
                    t.anchor = f"story:{a.value}"
                t.interval_start, t.interval_end = _shifted(start, end, offset)


_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^\d{4}-\d\d$")
_FISCAL_YEAR = re.compile(r"\b(?:fiscal|financial)\s+year$", re.IGNORECASE)
_IN = re.compile(r"\s+in\s+", re.IGNORECASE)
_YEAR_MONTHS = 12


def fiscal_years(text: str, out: list[Timex]) -> None:
    """"the financial year that ends in April", "the fiscal year ended June 30": the twelve months ending with the
    month (or the day) said, named by the year it ends in as "fiscal 2025" names it (was: the calendar year of the
    publication). "by the end of the fiscal year in March": the end of that year is that month (was: the calendar
    year's end, three months early). In place, after the resolve loop."""
    for a, b in zip(out, out[1:]):
        if (a.type != "DATE" or not _YEAR.match(a.value) or a.interval_start is None or b.type != "DATE"
                or b.interval_end is None or not _FISCAL_YEAR.search(text[a.start:a.end])):
            continue
        if _MONTH.match(b.value) or (_DAY.match(b.value) and _month_end(b.interval_end)):
            if _ENDED.fullmatch(text, a.end, b.start):
                end = b.interval_end
                a.revalue(str((end - dt.timedelta(days=1)).year))
                a.interval_start = dt.datetime.combine(add_months(end.date(), -_YEAR_MONTHS), dt.time())
                a.interval_end = end
            elif a.mod == "END" and _MONTH.match(b.value) and _IN.fullmatch(text, a.end, b.start):
                a.revalue(b.value)


def _month_end(end: dt.datetime) -> bool:
    """Whether a day that ends at ``end`` is within a week of a month's last day (a 52/53-week year's end)."""
    return not (_LAST_DAYS < end.day <= calendar.monthrange(end.year, end.month)[1] - _LAST_DAYS + 1)
