"""Issue 11, sixth round: probe sentences written for these tests (not taken from any corpus), each with what the
tagger must find (span, type, value, mod) following the TimeML/TIMEX3 guidelines, and sentences where the
reading must stay as it was. Published Friday 2024-05-10 unless the case gives another date.

Groups: a past perfect that the time dates directly ("had promised in July": over by the report); an
infinitive after a first, last or superlative ("the last storm to hit the state in October": what happened);
a clock range whose end names the day ("from 9 a.m. to 5 p.m. on Tuesday": both ends that day, one range).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import timeline

sys.path.insert(0, str(Path(__file__).parent))
from test_temporal_news3 import _check  # noqa: E402  (one set of probe helpers)

PUB = "2024-05-10"  # a Friday



# 1. A past perfect verb that the time itself dates tells what was over before the story's past, so a month
# not yet come this year is last year's: "had promised in July", said in May, is the July before. A past
# perfect of a plan whose time dates the planned event ("had been due to take effect in July", "had planned
# to visit in July") still keeps the slack that lets the plan lie ahead.
PAST_PERFECT = [
    ("The governor had promised in July to cut taxes.", "July", "DATE", "2023-07", None, PUB),
    ("Police had arrested him on June 3.", "June 3", "DATE", "2023-06-03", None, PUB),
    ("The company had been sold in August.", "August", "DATE", "2023-08", None, PUB),
    ("She said the company had been sold in June.", "June", "DATE", "2023-06", None, PUB),
    # negatives: the planned event keeps the slack, and a month already past this year stays this year's
    ("The rule had been due to take effect in July.", "July", "DATE", "2024-07", None, PUB),
    ("He had planned to visit the city in June.", "June", "DATE", "2024-06", None, PUB),
    ("Police had arrested him on March 3.", "March 3", "DATE", "2024-03-03", None, PUB),
    # a past perfect that schedules or delays still names a time ahead of the plan
    ("The vote had been scheduled for July.", "July", "DATE", "2024-07", None, PUB),
    ("The talks had been postponed until July.", "July", "DATE", "2024-07", None, PUB),
    ("Officials said the vote had been planned for June.", "June", "DATE", "2024-06", None, PUB),
    ("He had been expected back in June.", "June", "DATE", "2024-06", None, PUB),
    ("The governor will decide in July.", "July", "DATE", "2024-07", None, PUB),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", PAST_PERFECT)
def test_past_perfect(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 2. An infinitive after a noun that a first, last, only or superlative picks out ("the last storm to hit the
# state", "the first woman to win the race") tells what happened when the clause around it is past: a month
# not yet come is last year's. A future clause ("will be the first ship to dock") looks ahead, and an
# infinitive after a verb of expecting ("was expected to hit") keeps its look ahead.
FIRST_LAST_INFINITIVE = [
    ("It was the last storm to hit the state in October.", "October", "DATE", "2023-10", None, PUB),
    ("She was the first woman to win the race in August.", "August", "DATE", "2023-08", None, PUB),
    ("He became the youngest player to score a goal in June.", "June", "DATE", "2023-06", None, PUB),
    ("They were the only team to finish the course in September.", "September", "DATE", "2023-09", None, PUB),
    # negatives
    ("It will be the first ship to dock at the port in October.", "October", "DATE", "2024-10", None, PUB),
    ("The storm was expected to hit the state in October.", "October", "DATE", "2024-10", None, PUB),
    ("It was the last storm to hit the state in March.", "March", "DATE", "2024-03", None, PUB),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", FIRST_LAST_INFINITIVE)
def test_first_last_infinitive(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 3. "from 9 a.m. to 5 p.m. on Tuesday": the day said once at the end is the start's too, whatever the tense,
# and the two clock times are one range. A start that names its own day keeps it ("from 9 p.m. Monday to 5
# a.m. Tuesday"), and clock times that are no range ("at 9 a.m. and again at 5 p.m. on Tuesday") are not
# linked.
CLOCK_RANGES = [
    ("The office was open from 9 a.m. to 5 p.m. on Tuesday.",
     {"9 a.m.": "2024-05-07T09:00", "5 p.m. on Tuesday": "2024-05-07T17:00"}, True),
    ("The office will be open from 9 a.m. to 5 p.m. on Tuesday.",
     {"9 a.m.": "2024-05-14T09:00", "5 p.m. on Tuesday": "2024-05-14T17:00"}, True),
    ("Polls stayed open from 7 a.m. to 8 p.m. Sunday.",
     {"7 a.m.": "2024-05-05T07:00", "8 p.m. Sunday": "2024-05-05T20:00"}, True),
    ("The curfew lasted from 10 p.m. to 6 a.m. Tuesday.",
     {"10 p.m.": "2024-05-06T22:00", "6 a.m. Tuesday": "2024-05-07T06:00"}, True),
    ("The curfew ran from 9 p.m. Monday to 5 a.m. Tuesday.",
     {"9 p.m. Monday": "2024-05-06T21:00", "5 a.m. Tuesday": "2024-05-07T05:00"}, True),
    # negatives: no range (the day said once at the end is still both clock times' day: round 7, clock_days.py)
    ("Sirens sounded at 9 a.m. and again at 5 p.m. on Tuesday.",
     {"9 a.m.": "2024-05-07T09:00", "5 p.m. on Tuesday": "2024-05-07T17:00"}, False),
]


@pytest.mark.parametrize("sentence,values,linked", CLOCK_RANGES)
def test_clock_ranges(sentence, values, linked):
    found = {t.text: t for t in timeline.tag(sentence, pub_date=PUB)}
    assert {k: found[k].value if k in found else None for k in values} == values, found
    a, b = (found[k] for k in values)
    assert (a.range_with == b.tid and b.range_with == a.tid) == linked, (a, b)


# 4. Half a week is no whole number of days: "a week and a half" is ten days and twelve hours, written with
# whole days and hours as "a year and a half" is written with whole years and months (P1Y6M), not as a
# fraction of a week. Counts that divide evenly keep their unit.
HALF_WEEKS = [
    ("The talks lasted a week and a half.", "a week and a half", "DURATION", "P10DT12H", None, PUB),
    ("The strike went on for two and a half weeks.", "two and a half weeks", "DURATION", "P17DT12H", None, PUB),
    # negatives: whole units stay as they were
    ("The project took a year and a half.", "a year and a half", "DURATION", "P1Y6M", None, PUB),
    ("The meeting ran an hour and a half.", "an hour and a half", "DURATION", "PT1H30M", None, PUB),
    ("The talks lasted two weeks.", "two weeks", "DURATION", "P2W", None, PUB),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", HALF_WEEKS)
def test_half_weeks(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 5. A date set off by a comma right after a holiday renames it ("on Election Day, Nov. 5"): the two are one
# day, so they share a year. A year the date states decides it ("Christmas Eve, Dec. 24, 2022"); without one
# the holiday's reading, which the clause's tense gave, does ("came on Christmas, Dec. 25", said in November,
# is last year's). A date that is not the holiday's apposition keeps its own reading.
HOLIDAY_APPOSITION = [
    ("Mr. Smith won on Election Day, Nov. 5.", {"Election Day": "2023-11-05", "Nov. 5": "2023-11-05"},
     "2024-09-10"),
    ("The attack came on Christmas, Dec. 25.", {"Christmas": "2023-12-25", "Dec. 25": "2023-12-25"}, "2024-11-10"),
    ("Crowds gathered on Christmas Eve, Dec. 24, 2022.",
     {"Christmas Eve": "2022-12-24", "Dec. 24, 2022": "2022-12-24"}, "2024-01-10"),
    ("Voters went to the polls on Election Day, Nov. 7.", {"Election Day": "2023-11-07", "Nov. 7": "2023-11-07"},
     "2024-01-15"),
    # negatives: no apposition
    ("Sales rose after Christmas and fell on Jan. 5.", {"Christmas": "2023-12-25", "Jan. 5": "2024-01-05"},
     "2024-01-20"),
    ("The store opens on Dec. 26, the day after Christmas.", {"Dec. 26": "2024-12-26"}, "2024-11-10"),
    ("Offices close on Christmas, Jan. 1 and Jan. 6.", {"Christmas": "2024-12-25", "Jan. 1": "2025-01-01"},
     "2024-11-10"),
]


@pytest.mark.parametrize("sentence,values,pub", HOLIDAY_APPOSITION)
def test_holiday_apposition(sentence, values, pub):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=pub)}
    assert {k: found.get(k) for k in values} == values, found


# 6. A day told from the story ("the same day", "that day", "two days later") after a month-only time ("In
# August, sales fell") steps from the story's last day when that day lies in the month: the month is the
# background and the day the story was on is still where it is. With no such day the day stays unknown in the
# month (2021-08-XX).
DAY_IN_MONTH = [
    ("The plant closed on Aug. 3. In August, sales fell 5%. On the same day, workers protested.",
     "the same day", "DATE", "2021-08-03", None, "2021-09-10"),
    ("The plant closed on Aug. 3. In August, sales fell 5%. Two days later, workers protested.",
     "Two days later", "DATE", "2021-08-05", None, "2021-09-10"),
    # negatives
    ("In August, the plant closed. On the same day, workers protested.",
     "the same day", "DATE", "2021-08-XX", None, "2021-09-10"),
    ("The plant closed on July 30. In August, sales fell 5%. On the same day, workers protested.",
     "the same day", "DATE", "2021-08-XX", None, "2021-09-10"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", DAY_IN_MONTH)
def test_day_in_month(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 7. "since" a month in a sentence that has just named a time ("fell in June, its worst month since October")
# reaches back from that time, not from the publication: October is the one before June. A "since" time that
# already lies before the sentence's time, or a sentence with no time before it, keeps its reading.
SINCE_STORY = [
    ("The index fell in June, its worst month since October.",
     {"June": "2023-06", "October": "2022-10"}, "2024-05-10"),
    ("Exports dropped on March 4 to their lowest level since April.",
     {"March 4": "2024-03-04", "April": "2023-04"}, "2024-05-10"),
    # negatives
    ("The plant, which had been idle since June, reopened Monday.",
     {"June": "2023-06", "Monday": "2024-05-06"}, "2024-05-10"),
    ("The index fell in March, its worst month since October.",
     {"March": "2024-03", "October": "2023-10"}, "2024-05-10"),
    ("It was the first time since August that prices fell.", {"August": "2023-08"}, "2024-05-10"),
    ("Sales rose in June. Prices have not fallen since October.", {"June": "2023-06", "October": "2023-10"},
     "2024-05-10"),
]


@pytest.mark.parametrize("sentence,values,pub", SINCE_STORY)
def test_since_story(sentence, values, pub):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=pub)}
    assert {k: found.get(k) for k in values} == values, found


# 8. A month a figure is compared with ("fell in January compared with December", "versus December") is a
# time as after "from" or "than"; "with" alone keeps a name out ("held talks with May", the prime minister).
COMPARED_MONTH = [
    ("Exports fell in January compared with December.", {"January": "2024-01", "December": "2023-12"}),
    ("Exports fell 2%, compared with November.", {"November": "2023-11"}),
    ("Exports fell in January versus December.", {"January": "2024-01", "December": "2023-12"}),
    # negatives: a person named May or April
    ("The minister held talks with May on Friday.", {"May": None, "Friday": "2024-02-09"}),
    ("He was compared with April Smith.", {"April": None}),
]


@pytest.mark.parametrize("sentence,values", COMPARED_MONTH)
def test_compared_month(sentence, values):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date="2024-02-10")}
    assert {k: found.get(k) for k in values} == values, found
