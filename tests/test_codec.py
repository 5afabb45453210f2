"""The TIMEX3 calendar value codec (issue 10): spelling, parsing and intervals of DATE/TIME values, and the
calendar arithmetic the resolver shares with them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import codec
from timeline.temporal.codec import Parts

D = dt.datetime
MAX = dt.datetime.max

# Every spelling the resolver emits (and TimeBank uses), known and with X parts.
ROUND_TRIP = [
    "2", "19", "00", "202", "199", "000", "2023", "0001", "9999", "0000",
    "2023-H1", "2023-H2", "2023-Q1", "2023-Q4", "2023-SP", "2023-SU", "2023-FA", "2023-WI",
    "2023-W01", "2020-W53", "2023-W37-WE", "2023-09", "2023-09-05", "2024-02-29", "0001-01-01", "9999-12-31",
    "2023-09-05T15:00", "2023-09-05T15", "2023-09-05T15:00:30", "2023-09-05T24:00", "2023-09-05TMO",
    "2023-09-05TMI", "2023-09-05TAF", "2023-09-05TEV", "2023-09-05TNI", "2023-09-05TDT", "2023-W37-2",
    "X", "XX", "XXX", "XXXX", "XXXX-HX", "XXXX-H1", "XXXX-QX", "XXXX-Q3", "XXXX-SU", "XXXX-XX", "XXXX-09",
    "XXXX-WXX", "XXXX-WXX-WE", "XXXX-XX-XX", "XXXX-09-05", "XXXX-09-05T10:00", "XXXX-XX-XXTNI",
    "XXXX-WXX-2", "XXXX-WXX-2T12:00", "XXXX-WXX-7TMO",
]


@pytest.mark.parametrize("value", ROUND_TRIP)
def test_format_of_parse_is_the_value(value):
    assert codec.format_value(codec.parse(value)) == value


@pytest.mark.parametrize("value,parts", [
    ("19", Parts("century", 1900)),
    ("202", Parts("decade", 2020)),
    ("2", Parts("millennium", 2000)),
    ("2023-Q3", Parts("quarter", 2023, quarter=3)),
    ("2023-W37-WE", Parts("weekend", 2023, week=37)),
    ("2023-09-05TMO", Parts("part_of_day", 2023, month=9, day=5, pod="MO")),
    ("2023-09-05T15:00", Parts("minute", 2023, month=9, day=5, hour=15, minute=0)),
    ("XXXX-09", Parts("month", None, month=9)),
    ("XXXX-WXX-2", Parts("day", None, weekday=2)),
    ("XXXX-QX", Parts("quarter")),
])
def test_parse(value, parts):
    assert codec.parse(value) == parts


@pytest.mark.parametrize("value", ["", "P3D", "PAST_REF", "2023-13-01T", "2023T10:00", "2023-09T10:00", "20233",
                                   "2023-Q5", "2023-H3", "2023-W37-8", "199X", "XXXX-WXX-garbage", "2023-09-05TXX"])
def test_parse_rejects_what_is_no_calendar_value(value):
    assert codec.parse(value) is None


@pytest.mark.parametrize("value,start,end,gran", [
    ("19", D(1900, 1, 1), D(2000, 1, 1), "century"),
    ("99", D(9900, 1, 1), MAX, "century"),
    ("202", D(2020, 1, 1), D(2030, 1, 1), "decade"),
    ("999", D(9990, 1, 1), MAX, "decade"),
    ("2023", D(2023, 1, 1), D(2024, 1, 1), "year"),
    ("0001", D(1, 1, 1), D(2, 1, 1), "year"),
    ("9999", D(9999, 1, 1), MAX, "year"),
    ("2023-H2", D(2023, 7, 1), D(2024, 1, 1), "half"),
    ("2023-Q3", D(2023, 7, 1), D(2023, 10, 1), "quarter"),
    ("9999-Q4", D(9999, 10, 1), MAX, "quarter"),
    ("2023-SP", D(2023, 3, 1), D(2023, 6, 1), "season"),
    ("2023-WI", D(2023, 12, 1), D(2024, 3, 1), "season"),  # a winter runs into the next year
    ("9999-WI", D(9999, 12, 1), MAX, "season"),
    ("2023-09", D(2023, 9, 1), D(2023, 10, 1), "month"),
    ("2023-12", D(2023, 12, 1), D(2024, 1, 1), "month"),
    ("2023-W37", D(2023, 9, 11), D(2023, 9, 18), "week"),
    ("2020-W53", D(2020, 12, 28), D(2021, 1, 4), "week"),  # ISO week 53 runs into January
    ("0001-W01", D(1, 1, 1), D(1, 1, 8), "week"),
    ("2023-W37-WE", D(2023, 9, 16), D(2023, 9, 18), "weekend"),
    ("2020-W53-WE", D(2021, 1, 2), D(2021, 1, 4), "weekend"),
    ("2023-W37-2", D(2023, 9, 12), D(2023, 9, 13), "day"),
    ("2024-02-29", D(2024, 2, 29), D(2024, 3, 1), "day"),
    ("0001-01-01", D(1, 1, 1), D(1, 1, 2), "day"),
    ("9999-12-31", D(9999, 12, 31), MAX, "day"),
    ("2023-09-05TMO", D(2023, 9, 5, 6), D(2023, 9, 5, 12), "part_of_day"),
    ("2023-09-05TMI", D(2023, 9, 5, 12), D(2023, 9, 5, 13), "part_of_day"),
    ("2023-09-05TNI", D(2023, 9, 5, 21), D(2023, 9, 6, 6), "part_of_day"),  # the night runs into the morning
    ("9999-12-31TNI", D(9999, 12, 31, 21), MAX, "part_of_day"),
    ("2023-09-05T15", D(2023, 9, 5, 15), D(2023, 9, 5, 16), "hour"),
    ("2023-09-05T15:30", D(2023, 9, 5, 15, 30), D(2023, 9, 5, 15, 31), "minute"),
    ("2023-09-05T15:30:10", D(2023, 9, 5, 15, 30, 10), D(2023, 9, 5, 15, 30, 11), "second"),
    ("2023-12-31T24:00", D(2024, 1, 1), D(2024, 1, 1, 0, 1), "minute"),
])
def test_interval(value, start, end, gran):
    assert codec.interval(value) == (start, end, gran)


@pytest.mark.parametrize("value,gran", [
    ("2023-02-29", None), ("2021-W53", None), ("2023-W00", None), ("2023-13", None), ("2023-09-05T25:00", None),
    ("2023-09-05T10:61", None), ("2023-09-05T24:01", None), ("0000", None), ("0000-01-01", None),
    ("9999-W52-WE", None),  # that weekend starts in year 10000
    ("XXXX-09-05", None), ("XXXX-WXX-2", None), ("PAST_REF", None), ("P3D", None),
    ("2", None),  # millennia never had an interval
    ("00", "century"), ("000", "decade"),  # outside the calendar, but still a century and a decade
])
def test_no_interval(value, gran):
    assert codec.interval(value) == (None, None, gran)


@pytest.mark.parametrize("d,gran,value", [
    (dt.date(2023, 9, 5), "millennium", "2"),
    (dt.date(2023, 9, 5), "century", "20"),
    (dt.date(1999, 9, 5), "decade", "199"),
    (dt.date(2023, 9, 5), "year", "2023"),
    (dt.date(2023, 6, 30), "half", "2023-H1"),
    (dt.date(2023, 9, 5), "quarter", "2023-Q3"),
    (dt.date(2023, 9, 5), "season", "2023-FA"),
    (dt.date(2024, 2, 29), "season", "2023-WI"),  # a winter is named by the year it starts in
    (dt.date(2023, 12, 1), "season", "2023-WI"),
    (dt.date(2023, 9, 5), "month", "2023-09"),
    (dt.date(2021, 1, 3), "week", "2020-W53"),  # the ISO year, not the calendar year
    (dt.date(2023, 9, 5), "weekend", "2023-W36-WE"),
    (dt.date(2023, 9, 5), "day", "2023-09-05"),
    (dt.date(2023, 9, 5), "hour", "2023-09-05"),  # finer than a day: the day
])
def test_date_value(d, gran, value):
    assert codec.date_value(d, gran) == value


def test_date_value_names_the_season_it_is_given():
    assert codec.date_value(dt.date(2024, 1, 10), "season", "WI") == "2023-WI"
    assert codec.date_value(dt.date(2024, 1, 10), "season", "SU") == "2024-SU"


@pytest.mark.parametrize("gran,value", [
    ("millennium", "X"), ("century", "XX"), ("decade", "XXX"), ("year", "XXXX"), ("half", "XXXX-HX"),
    ("quarter", "XXXX-QX"), ("season", "XXXX-XX"), ("month", "XXXX-XX"), ("week", "XXXX-WXX"),
    ("weekend", "XXXX-WXX-WE"), ("day", "XXXX-XX-XX"), ("part_of_day", "XXXX-XX-XX"), ("hour", "XXXX-XX-XX"),
])
def test_unknown_value(gran, value):
    assert codec.unknown_value(gran) == value


def test_time_suffix():
    assert codec.time_suffix(15, 0) == "T15:00"
    assert codec.time_suffix(15) == "T15"
    assert codec.time_suffix(pod="MO") == "TMO"
    assert codec.time_suffix(10, 0, pod="MO") == "T10:00"  # the clock time is the finer
    assert codec.time_suffix() == ""


@pytest.mark.parametrize("d,n,out", [
    (dt.date(2023, 1, 31), 1, dt.date(2023, 2, 28)),
    (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
    (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
    (dt.date(2023, 11, 15), 3, dt.date(2024, 2, 15)),
    (dt.date(2023, 3, 15), -15, dt.date(2021, 12, 15)),
    (dt.date(9999, 12, 31), 0, dt.date(9999, 12, 31)),
])
def test_add_months(d, n, out):
    assert codec.add_months(d, n) == out


@pytest.mark.parametrize("d,n", [(dt.date(9999, 12, 1), 1), (dt.date(1, 1, 31), -1)])
def test_add_months_outside_the_calendar(d, n):
    with pytest.raises(OverflowError):
        codec.add_months(d, n)


def test_month_add_runs_past_the_calendar():
    assert codec.month_add(9999, 12, 1) == (10000, 1)
    assert codec.month_add(2023, 1, -1) == (2022, 12)


@pytest.mark.parametrize("unit,n,out", [
    ("D", -3, dt.date(2023, 9, 2)), ("W", 1, dt.date(2023, 9, 12)), ("2W", -1, dt.date(2023, 8, 22)),
    ("M", -1, dt.date(2023, 8, 5)), ("Q", 1, dt.date(2023, 12, 5)), ("Y", -1, dt.date(2022, 9, 5)),
    ("DE", -1, dt.date(2013, 9, 5)), ("SEASON", 1, dt.date(2024, 9, 5)), ("H", 5, dt.date(2023, 9, 5)),
])
def test_shift(unit, n, out):
    assert codec.shift(dt.date(2023, 9, 5), unit, n) == out


def test_season_starts():
    assert codec.SEASON_START == {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    for season, month in codec.SEASON_START.items():
        assert codec.period_start(Parts("season", 2023, season=season)) == dt.date(2023, month, 1)


def test_period_start_outside_the_calendar_raises():
    for parts in (Parts("year", 0), Parts("year", 10000), Parts("quarter", 2023, quarter=5),
                  Parts("week", 2021, week=53), Parts("day", 2023, month=2, day=29), Parts("quarter")):
        with pytest.raises(ValueError):
            codec.period_start(parts)


GRANS = ["century", "decade", "year", "half", "quarter", "season", "month", "week", "day"]


@settings(max_examples=300, deadline=None)
@given(d=st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)), gran=st.sampled_from(GRANS))
def test_the_value_of_a_date_holds_it(d, gran):
    value = codec.date_value(d, gran)
    assert codec.format_value(codec.parse(value)) == value
    start, end, got = codec.interval(value)
    if start is None:  # only the century 00, the decade 000 and the winter of year 0 (January 1 of year 1's)
        assert gran in ("century", "decade") and set(value) == {"0"} or value == "0000-WI", value
        return
    assert got == gran
    assert start <= dt.datetime.combine(d, dt.time()) < end
