"""Issue 11: "earlier this year" is the year (value 2023, mod START) whose interval ends at the publication
date; "later this month" starts the day after it. "early this year" and "early 2023" keep the whole year."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.temporal.invariants import violations

PUB = dt.date(2023, 9, 5)


def _one(text, pub=PUB):
    timexes = timeline.tag(text, pub_date=pub)
    assert violations(text, pub, timexes) == []
    assert len(timexes) == 1, timexes
    t = timexes[0]
    return t.value, t.mod, t.interval_start, t.interval_end


@pytest.mark.parametrize("text,value,mod,start,end", [
    ("Earlier this year, the firm cut jobs.", "2023", "START", dt.date(2023, 1, 1), dt.date(2023, 9, 5)),
    ("The talks failed earlier this month.", "2023-09", "START", dt.date(2023, 9, 1), dt.date(2023, 9, 5)),
    ("The plant will reopen later this year.", "2023", "END", dt.date(2023, 9, 6), dt.date(2024, 1, 1)),
    ("Prices rose early this year.", "2023", "START", dt.date(2023, 1, 1), dt.date(2024, 1, 1)),
    ("Prices rose in early 2023.", "2023", "START", dt.date(2023, 1, 1), dt.date(2024, 1, 1)),
])
def test_earlier_and_later_cut_the_interval_at_the_publication_date(text, value, mod, start, end):
    got = _one(text)
    assert got == (value, mod, dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()))


def test_nothing_left_to_cut_keeps_the_whole_period():
    # published on New Year's Day: no part of the year lies before the publication date
    value, mod, start, end = _one("Earlier this year, the firm cut jobs.", dt.date(2023, 1, 1))
    assert (value, mod, start, end) == ("2023", "START", dt.datetime(2023, 1, 1), dt.datetime(2024, 1, 1))


def test_the_last_day_of_the_calendar_does_not_overflow():
    value, mod, start, end = _one("It will end later this year.", dt.date(9999, 12, 31))
    assert (value, mod) == ("9999", "END") and start < end
