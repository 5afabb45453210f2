"""Normalization as small named steps (issue 10): which step a partial's shape picks, and what each does.

The publication date is Tuesday 2023-09-05 throughout unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import pick
from timeline.temporal import resolve as R
from timeline.temporal.partial import Direction, Partial
from timeline.temporal.resolve import StoryTime, resolve

DCT = dt.date(2023, 9, 5)  # a Tuesday
PAST, NONE, FUTURE = Direction.PAST, Direction.NONE, Direction.FUTURE
ON_DAY = StoryTime(dt.date(2023, 8, 30), "day")
IN_Q3 = StoryTime(dt.date(2023, 7, 1), "quarter")

def case(text, p, step, value, anchor, story=None, tense=PAST, dct=DCT):
    return pytest.param(p, story, tense, dct, step, value, anchor, id=text)


Q3_AGO = Partial(anchor="dct", rel_unit="Y", rel_n=-1, keep_anchor_gran=True)
OCT_25 = dt.date(2023, 10, 25)
OCT_20_1998 = dt.date(1998, 10, 20)

# what the text says, its partial, the step that takes it, the value and anchor it gets
CASES = [
    case("on the 14th (future tense)", Partial(day=14), R.day_of_month, "2023-09-14", "dct:2023-09-05", tense=FUTURE),
    case("on the 30th (past tense)", Partial(day=30), R.day_of_month, "2023-08-30", "dct:2023-09-05"),
    case("Thursday the 31st", Partial(day=31, weekday=4), R.day_of_month, "2023-08-31", "dct:2023-09-05",
         tense=FUTURE),
    case("a month earlier (no story time)", Partial(anchor="story", rel_unit="M", rel_n=-1, keep_anchor_gran=True),
         R.relative, "2023-08", "dct:2023-09-05"),
    case("a month earlier (story on a day)", Partial(anchor="story", rel_unit="M", rel_n=-1, keep_anchor_gran=True),
         R.relative, "2023-07-30", "story:2023-08-30", story=ON_DAY),
    case("two Fridays ago", Partial(weekday=5, weekday_count=2), R.counted_weekday, "2023-08-25", "dct:2023-09-05"),
    case("until then (story on a day)", Partial(anchor="story", keep_anchor_gran=True, story_only=True),
         R.story_itself, "2023-08-30", "story:2023-08-30", story=ON_DAY),
    case("until then (story on a quarter)", Partial(anchor="story", keep_anchor_gran=True, story_only=True),
         R.story_itself, "2023-Q3", "story:2023-Q3", story=IN_Q3),
    case("until then (no story time)", Partial(anchor="story", keep_anchor_gran=True, story_only=True),
         R.story_itself, "XXXX", None),
    case("the third Friday of October (future tense)", Partial(month=10, weekday=5, weekday_nth=3),
         R.nth_weekday_in_month, "2023-10-20", "dct:2023-09-05", tense=FUTURE),
    case("the last Friday of the month (story on a day)", Partial(weekday=5, weekday_nth=-1, anchor="story",
         rel_unit="M", rel_n=0), R.nth_weekday_in_month, "2023-08-25", "story:2023-08-30", story=ON_DAY),
    case("the first of next month", Partial(day=1, anchor="dct", rel_unit="M", rel_n=1), R.day_of_named_month,
         "2023-10-01", "dct:2023-09-05"),
    case("the first week of next month", Partial(weekday=4, weekday_nth=1, gran="week", anchor="dct", rel_unit="M",
         rel_n=1), R.nth_weekday_in_month, "2023-W40", "dct:2023-09-05"),
    case("two Fridays ago (said on a Saturday)", Partial(weekday=5, weekday_count=2), R.counted_weekday,
         "2023-09-01", "dct:2023-09-09", dct=dt.date(2023, 9, 9)),
    case("the previous Friday", Partial(anchor="story", weekday=5, direction=-2), R.story_weekday, "2023-08-25",
         "story:2023-08-30", story=ON_DAY),
    case("from a year ago (after the third quarter)", Q3_AGO, R.year_ago_period, "2022-Q3", "story:2023-Q3",
         story=IN_Q3),
    case("three days ago", Partial(anchor="dct", rel_unit="D", rel_n=-3), R.relative, "2023-09-02", "dct:2023-09-05"),
    case("last week", Partial(anchor="dct", rel_unit="W", rel_n=-1, gran="week"), R.relative, "2023-W35",
         "dct:2023-09-05"),
    case("three days later", Partial(anchor="story", rel_unit="D", rel_n=3), R.relative, "2023-09-02",
         "story:2023-08-30", story=ON_DAY),
    case("Tuesday of last week", Partial(anchor="dct", rel_unit="W", rel_n=-1, weekday=2), R.relative, "2023-08-29",
         "dct:2023-09-05"),
    case("last summer", Partial(anchor="dct", rel_unit="SEASON", rel_n=-1, season="SU"), R.relative, "2022-SU",
         "dct:2023-09-05"),
    case("years ago", Partial(anchor="dct", rel_unit="Y"), R.relative, "PAST_REF", "dct:2023-09-05"),
    case("the 1988 period", Partial(year=1988, period_of_story=True), R.period_of_story, "1988-Q3", "story:2023-Q3",
         story=IN_Q3),
    case("the 1988 quarter (story on a day)", Partial(year=1988, period_of_story=True, gran="quarter"),
         R.quarter_of_year, "1988-Q2", "dct:2023-09-05", story=ON_DAY),
    case("the 1990s", Partial(decade=199), R.era, "199", None),
    case("the 19th century", Partial(century=18), R.era, "18", None),
    case("the third millennium", Partial(millennium=2), R.era, "2", None),
    case("June last year", Partial(month=6, year_rel=-1), R.year_from_dct, "2022-06", "dct:2023-09-05", tense=NONE),
    case("March of that year (story in 2019)", Partial(month=3, year_rel=0, year_of_story=True), R.year_from_story,
         "2019-03", "story:2019", story=StoryTime(dt.date(2019, 1, 1), "year"), tense=FUTURE),
    case("June of the following year (story on a day)", Partial(month=6, year_rel=1, year_of_story=True),
         R.year_from_story, "2024-06", "story:2023-08-30", story=ON_DAY),
    case("this fall", Partial(season="FA", direction=1), R.season_by_direction, "2023-FA", "dct:2023-09-05"),
    case("spring (past tense)", Partial(season="SP"), R.season_by_direction, "2023-SP", "dct:2023-09-05"),
    case("winter (future tense)", Partial(season="WI"), R.season_by_direction, "2023-WI", "dct:2023-09-05",
         tense=FUTURE),
    case("on Tuesday (past tense)", Partial(weekday=2), R.weekday_by_direction, "2023-09-05", "dct:2023-09-05"),
    case("on Monday (past tense)", Partial(weekday=1), R.weekday_by_direction, "2023-09-04", "dct:2023-09-05"),
    case("on Monday (future tense)", Partial(weekday=1), R.weekday_by_direction, "2023-09-11", "dct:2023-09-05",
         tense=FUTURE),
    case("next Tuesday", Partial(weekday=2, direction=2), R.weekday_by_direction, "2023-09-12", "dct:2023-09-05"),
    case("last Tuesday", Partial(weekday=2, direction=-2), R.weekday_by_direction, "2023-08-29", "dct:2023-09-05",
         tense=FUTURE),
    case("Tuesday night", Partial(weekday=2, pod="NI"), R.weekday_by_direction, "2023-09-05TNI", "dct:2023-09-05"),
    case("Thanksgiving (future tense)", Partial(holiday=(11, 4, 4)), R.holiday, "2023-11-23", "dct:2023-09-05",
         tense=FUTURE),
    case("Thanksgiving (past tense)", Partial(holiday=(11, 4, 4)), R.holiday, "2022-11-24", "dct:2023-09-05"),
    case("Thanksgiving 2020", Partial(year=2020, holiday=(11, 4, 4)), R.holiday, "2020-11-26", None),
    case("week 5", Partial(week=5), R.unknown_year, "XXXX", None),
    case("at 3 p.m.", Partial(hour=15, minute=0), R.clock_time, "2023-08-30T15:00", "dct:2023-09-05", story=ON_DAY),
    case("this morning", Partial(pod="MO"), R.clock_time, "2023-09-05TMO", "dct:2023-09-05"),
    case("Oct. 20 (past tense, within the slack)", Partial(month=10, day=20), R.infer_year, "2023-10-20",
         "dct:2023-09-05"),
    case("Nov. 20 (past tense, past the slack)", Partial(month=11, day=20), R.infer_year, "2022-11-20",
         "dct:2023-09-05"),
    case("in January (past tense, said in October)", Partial(month=1), R.infer_year, "2023-01", "dct:2023-10-25",
         dct=OCT_25),
    case("March (future tense)", Partial(month=3), R.infer_year, "2024-03", "dct:2023-09-05", tense=FUTURE),
    case("August (no tense)", Partial(month=8), R.infer_year, "2023-08", "dct:2023-09-05", tense=NONE),
    case("last November", Partial(month=11, direction=-2), R.infer_year, "2022-11", "dct:2023-09-05"),
    case("the fourth quarter (past)", Partial(quarter=4, direction=-1), R.infer_year, "2022-Q4", "dct:2023-09-05"),
    case("the third quarter (past)", Partial(quarter=3, direction=-1), R.infer_year, "2023-Q3", "dct:2023-09-05"),
    case("Monday, Oct. 26 (1998)", Partial(month=10, day=26, weekday=1), R.infer_year, "1998-10-26",
         "dct:1998-10-20", tense=NONE, dct=OCT_20_1998),
    case("Sept. 5, 2022", Partial(year=2022, month=9, day=5), R.dated, "2022-09-05", None, tense=FUTURE),
    case("5 p.m. on Nov. 6, 2022", Partial(year=2022, month=11, day=6, hour=17, minute=0), R.dated,
         "2022-11-06T17:00", None),
    case("the third quarter of 2022", Partial(year=2022, quarter=3, month=7), R.dated, "2022-Q3", None),
    case("the first half of 2023", Partial(year=2023, half=1), R.dated, "2023-H1", None),
    case("the spring of 2019", Partial(year=2019, season="SP"), R.dated, "2019-SP", None),
    case("week 53 of 2020", Partial(year=2020, week=53), R.dated, "2020-W53", None),
    case("February 2022", Partial(year=2022, month=2), R.dated, "2022-02", None),
    case("2014", Partial(year=2014), R.dated, "2014", None),
]


@pytest.mark.parametrize("p,story,tense,dct,step,value,anchor", CASES)
def test_step(p, story, tense, dct, step, value, anchor):
    assert R.step_for(p, R.context(p, dct, story, tense)) is step
    res = resolve(p, dct, story, tense)
    assert (res.value, res.anchor, res.unresolved) == (value, anchor, "X" in value)


@pytest.mark.parametrize("text,p,value", [
    ("the previous Friday", Partial(anchor="story", weekday=5, direction=-2), "XXXX-WXX-5"),
    ("three days ago", Partial(anchor="dct", rel_unit="D", rel_n=-3), "XXXX-XX-XX"),
    ("last week", Partial(anchor="dct", rel_unit="W", rel_n=-1, gran="week"), "XXXX-WXX"),
    ("June last year", Partial(month=6, year_rel=-1), "XXXX"),
    ("this fall", Partial(season="FA", direction=1), "XXXX-FA"),
    ("Tuesday night", Partial(weekday=2, pod="NI"), "XXXX-WXX-2TNI"),
    ("Thanksgiving", Partial(holiday=(11, 4, 4)), "XXXX-XX-XX"),
    ("Sept. 5", Partial(month=9, day=5), "XXXX-09-05"),
    ("5 p.m. Nov. 6", Partial(month=11, day=6, hour=17, minute=0), "XXXX-11-06T17:00"),
    ("September", Partial(month=9), "XXXX-09"),
    ("the third quarter", Partial(quarter=3, direction=-1), "XXXX-Q3"),
    ("the second half", Partial(half=2, direction=-1), "XXXX-H2"),
    ("at 3 p.m.", Partial(hour=15, minute=0), "XXXX-XX-XXT15:00"),
])
def test_without_a_publication_date_nothing_is_invented(text, p, value):
    res = resolve(p, None, None, Direction.PAST)
    assert (res.value, res.anchor, res.unresolved) == (value, None, True)


@pytest.mark.parametrize("text,p,value", [
    ("Feb. 30, 2021", Partial(year=2021, month=2, day=30), "XXXX-XX-XX"),
    ("the year 10000", Partial(year=10000), "XXXX"),
    ("week 53 of 2021", Partial(year=2021, week=53), "XXXX-WXX"),
    ("10000 years ago", Partial(anchor="dct", rel_unit="Y", rel_n=-10000, gran="year"), "XXXX"),
])
def test_outside_the_calendar_keeps_the_granularity(text, p, value):
    res = resolve(p, DCT, None, Direction.PAST)
    assert (res.value, res.unresolved, res.story) == (value, True, None)


def test_story_time_moves_with_what_the_text_dates():
    res = resolve(Partial(year=2022, quarter=3), DCT, None, PAST)
    assert res.story == StoryTime(dt.date(2022, 7, 1), "quarter")
    res = resolve(Partial(anchor="story", rel_unit="D", rel_n=3), DCT, ON_DAY, PAST)
    assert res.story == StoryTime(dt.date(2023, 9, 2), "day")


def test_comparisons_and_asides_leave_the_story_time():
    a_year_earlier = Partial(anchor="story", rel_unit="Y", rel_n=-1, keep_anchor_gran=True)
    assert resolve(a_year_earlier, DCT, IN_Q3, PAST).story is None
    assert resolve(Partial(year=2022, moves_story=False), DCT, None, PAST).story is None


def test_literals_pass_through():
    res = resolve(Partial(kind="literal", type="DURATION", value="P3D", mod="APPROX"), DCT, None, PAST)
    assert (res.type, res.value, res.mod, res.anchor) == ("DURATION", "P3D", "APPROX", None)


def test_a_clock_time_makes_a_time():
    assert resolve(Partial(weekday=2, hour=15, minute=0), DCT, None, PAST).type == "TIME"
    assert resolve(Partial(weekday=2, pod="NI"), DCT, None, PAST).type == "DATE"


# ------------------------------------------------------------------ Direction


def test_direction_codes_are_the_ints_rules_write():
    assert [int(d) for d in Direction] == [-2, -1, 0, 1, 2]
    assert Partial(direction=-2).direction is Direction.STRICT_PAST
    assert Partial(direction=Direction.FUTURE).direction == 1
    assert Partial(direction=None).direction is None
    assert Partial(direction=2) == Partial(direction=Direction.STRICT_FUTURE)


def test_direction_outside_the_codes_is_refused():
    with pytest.raises(ValueError):
        Partial(direction=3)


@pytest.mark.parametrize("direction,value", [
    (Direction.STRICT_PAST, "2023-08-29"), (Direction.PAST, "2023-09-05"), (Direction.NONE, "2023-09-05"),
    (Direction.FUTURE, "2023-09-05"), (Direction.STRICT_FUTURE, "2023-09-12"),
])
def test_only_the_strict_directions_skip_the_anchor_day(direction, value):
    assert resolve(Partial(weekday=2, direction=direction), DCT, None, NONE).value == value


@pytest.mark.parametrize("direction,value", [
    (Direction.STRICT_PAST, "2022-Q3"), (Direction.PAST, "2023-Q3"), (Direction.NONE, "2023-Q3"),
    (Direction.FUTURE, "2023-Q3"), (Direction.STRICT_FUTURE, "2024-Q3"),
])
def test_strict_directions_want_the_whole_period_on_their_side(direction, value):
    # 2023-09-05 is inside the third quarter: it has begun (PAST) and not ended (FUTURE)
    assert resolve(Partial(quarter=3, direction=direction), DCT, None, NONE).value == value


def test_every_step_has_an_example():
    examples = {c.values[4] for c in CASES} | {R.undated_without_dct}  # that one is shown without a publication date
    assert {step for _, step in R._STEPS + R._CALENDAR_STEPS} <= examples


@pytest.mark.parametrize("year, day", [(2000, "2000-04-23"), (2019, "2019-04-21"), (2038, "2038-04-25"),
                                       (1818, "1818-03-22"), (2285, "2285-03-22"), (1943, "1943-04-25")])
def test_easter_sunday(year, day):
    assert pick.easter(year).isoformat() == day
