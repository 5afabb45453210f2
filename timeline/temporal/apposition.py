"""A date set off by a comma right after a holiday renames it: "on Election Day, Nov. 5", "Christmas Eve, Dec.
24, 2022"; a weekday after a date, a comma and an article names the date's day ("on April 15, the Monday of the
holiday", "on Oct. 3, a Tuesday"). The two name one day, which each was resolved to on its own (the holiday by the clause's tense, the
date with the slack a bare month and day keeps), so they could land a year apart. Runs over a document's
resolved timexes in text order, after the resolve loop, as :mod:`ranges` does.

The year comes from the date when it states one, else from the holiday; the day is always the date's, since
the writer wrote it out.
"""

from __future__ import annotations

import datetime as dt
import re

from .timex import WEEKDAY_RULE, Timex
from .vocab import vocab

_HOLIDAY_RULE = "dates.holiday"
_DATE_RULES = ("dates.date_md", "dates.date_mdy")
_COMMA = re.compile(r"\s*,\s*")
_DAY = re.compile(r"^(?P<y>\d{4})-(?P<md>\d\d-\d\d)$")
_STATED_YEAR = re.compile(r"\d{4}")
_WEEKDAYS = vocab()["weekdays"]
_COMMA_ARTICLE = re.compile(r"\s*,\s*(?:the|a)\s+", re.IGNORECASE)


# A holiday that moves with the weekday ("Election Day", "Thanksgiving") falls within a week of the same date in
# another year; a date further off is not the holiday's
_NEAR_DAYS = 7


def _day(year: str, md: str) -> dt.date:
    return dt.date.fromisoformat(f"{year}-{md}") if md != "02-29" else dt.date(int(year), 2, 28)


def _set(t: Timex, value: str) -> None:
    if t.revalue(value):
        t.unresolved, t.fuzzy = False, False


def rename_holidays(text: str, out: list[Timex]) -> None:
    """Give a holiday and the date in apposition to it one value (in place)."""
    for a, b in zip(out, out[1:]):
        if a.rule != _HOLIDAY_RULE or b.rule not in _DATE_RULES or not _COMMA.fullmatch(text, a.end, b.start):
            continue
        ma, mb = _DAY.match(a.value), _DAY.match(b.value)
        if not ma or not mb:
            continue
        if abs((_day(ma.group("y"), mb.group("md")) - _day(ma.group("y"), ma.group("md"))).days) > _NEAR_DAYS:
            continue  # "on Christmas, New Year's Eve and Jan. 6": a list of days, not one day renamed
        year = mb.group("y") if _STATED_YEAR.search(b.text) else ma.group("y")
        value = f"{year}-{mb.group('md')}"
        _set(a, value)
        _set(b, value)


def weekday_of_date(text: str, out: list[Timex]) -> None:
    """Give a weekday in apposition to the date before it ("April 15, the Monday of ...") that date, when the
    date falls on it (in place); the weekday was resolved on its own from the publication date."""
    for a, b in zip(out, out[1:]):
        if (a.rule not in _DATE_RULES or b.rule != WEEKDAY_RULE or b.text.lower() not in _WEEKDAYS
                or not _COMMA_ARTICLE.fullmatch(text, a.end, b.start)):
            continue
        m = _DAY.match(a.value)
        if m and dt.date.fromisoformat(a.value).isoweekday() == _WEEKDAYS[b.text.lower()]:
            _set(b, a.value)
