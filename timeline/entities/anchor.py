"""Placing an event in time: a time expression linked to it, else the story time or the publication date
when its tense says so, else nowhere (ordinal 0). Never a guess from the wall clock."""

from __future__ import annotations

import datetime as dt

from ..temporal.codec import interval
from ..temporal.timex import Timex
from .facts import Anchor

# The calendar units an event is placed on, with how many characters of an ISO date spell each.
_SPELLING = {"day": 10, "month": 7, "year": 4}


def anchor_from_value(value: str, source: str) -> Anchor | None:
    """A day, month or year TIMEX3 value as an anchor ("2010-06-07", "2006-03", "1976"); None for others."""
    start, end, gran = interval(value or "")
    # spelled as a calendar date ("2010-W23-2" is a day too, but written by week) and ending inside the calendar
    if start is None or gran not in _SPELLING or end == dt.datetime.max \
            or value != start.date().isoformat()[:_SPELLING[gran]]:
        return None
    return Anchor(value, start.date(), end.date(), gran, source)


def anchor_from_timex(t: Timex) -> Anchor | None:
    """The calendar unit a time expression names: its value when that is a day, month or year, else its
    interval's day/month/year when the interval is exactly one ("2010-W23" is none of them: not placed)."""
    a = anchor_from_value((t.value or "")[:10], "timex") if t.type in ("DATE", "TIME") else None
    if a is not None:
        return a
    if t.interval_start is None or t.interval_end is None:
        return None
    s, e = t.interval_start.date(), t.interval_end.date()
    for value in (s.isoformat(), s.isoformat()[:7], s.isoformat()[:4]):
        a = anchor_from_value(value, "timex")
        if a is not None and a.start == s and a.end == e:
            return a
    return None


def publication_anchor(pub_date: dt.date | None) -> Anchor | None:
    return None if pub_date is None else anchor_from_value(pub_date.isoformat(), "publication")


def story_anchor(a: Anchor) -> Anchor:
    return Anchor(a.value, a.start, a.end, a.granularity, "story")
