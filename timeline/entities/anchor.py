"""Placing an event in time: a time expression linked to it, else the story time or the publication date
when its tense says so, else nowhere (ordinal 0). Never a guess from the wall clock."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..temporal.timex import Timex
from .facts import Anchor

_CALENDAR_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def anchor_from_value(value: str, source: str) -> Anchor | None:
    """A day, month or year TIMEX3 value as an anchor ("2010-06-07", "2006-03", "1976"); None for others."""
    m = _CALENDAR_RE.match(value or "")
    if not m:
        return None
    y = int(m.group(1))
    try:
        if m.group(3):
            start = dt.date(y, int(m.group(2)), int(m.group(3)))
            return Anchor(value, start, start + dt.timedelta(days=1), "day", source)
        if m.group(2):
            mo = int(m.group(2))
            start = dt.date(y, mo, 1)
            return Anchor(value, start, start + dt.timedelta(days=calendar.monthrange(y, mo)[1]), "month", source)
        return Anchor(value, dt.date(y, 1, 1), dt.date(y + 1, 1, 1), "year", source)
    except ValueError:
        return None


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
