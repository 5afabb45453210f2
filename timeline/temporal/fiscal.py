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


# "the three months to September", "the six months ended June 30", "the 12 months to December": a length of months
# said with the month (or day) it runs to is a reporting period; when it ends where a calendar quarter, half or year
# ends it is that period, and a year-back comparison after it ("to $412 million from $335 million a year earlier")
# is the same period a year back (TimeBank: 1988-Q3 after the third quarter), not the month a year back
_LENGTH_PERIODS = {"P3M": ("quarter", 3), "P6M": ("half", 6), "P12M": ("year", 12), "P1Y": ("year", 12)}
_TO_END = period_bound("to")


def period_to_story(text: str, prev: Timex | None, gap_start: int, start: int, story):
    """The story time a month (or day) ending a preceding length of months stands for: the calendar quarter, half or
    year that length ends with it; ``story`` (the month's own) when it is no such period's end."""
    if (prev is None or story is None or prev.type != "DURATION" or prev.value not in _LENGTH_PERIODS
            or story.gran not in ("month", "day") or not _TO_END.fullmatch(text, gap_start, start)):
        return story
    gran, months = _LENGTH_PERIODS[prev.value]
    d = story.date
    if d.month % months or (story.gran == "day" and d.day != calendar.monthrange(d.year, d.month)[1]):
        return story
    return type(story)(dt.date(d.year, d.month - months + 1, 1), gran)


# "fiscal 2004, which ended in June", "fiscal 2006, which begins Oct. 1": a fiscal year named by its year, then the
# month or day it ends or begins on, said without a year: a fiscal year is named by the year it ends in, so it ends
# in that year, and begins in the year before unless it begins in January (was: the month read from the publication
# date and the tense, "June" said in June 2005 of fiscal 2004 read as June 2005)
_NAMED_FISCAL = re.compile(r"\b(?:fiscal|financial)\s+(?:year\s+)?(?:\d{4}|['’]\d\d)$", re.IGNORECASE)
_BEGINS = period_bound("begins", "began", "beginning", "starts", "started", "starting")
_STATED_YEAR = re.compile(r"\d{4}|['’]\d\d")
_DATED = re.compile(r"^(?P<y>\d{4})(?P<rest>-(?P<m>\d\d)(?:-\d\d)?)$")


def fiscal_bounds(text: str, out: list[Timex]) -> None:
    """Give the yearless month or day that ends or begins a named fiscal year the year it falls in (in place)."""
    for a, b in zip(out, out[1:]):
        m = _DATED.match(b.value)
        if (a.type != "DATE" or not _YEAR.match(a.value) or b.type != "DATE" or not m or b.mod
                or _STATED_YEAR.search(b.text) or not _NAMED_FISCAL.search(text[a.start:a.end])):
            continue
        if _ENDED.fullmatch(text, a.end, b.start):
            year = int(a.value)
        elif _BEGINS.fullmatch(text, a.end, b.start):
            year = int(a.value) - (m["m"] != "01")
        else:
            continue
        if str(year) != m["y"]:
            b.revalue(f"{year}{m['rest']}")
