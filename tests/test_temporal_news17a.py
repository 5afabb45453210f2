"""Issue 11, round 17 (helper A): spans, types and missed expressions from the read sets 6-8 error classes
(docs/heldout_6-8_temporal_spans_types.md), each written as news sentences of our own (not from any corpus) before
the fix, with negatives that must keep their reading. Values by hand from the TIMEX3 guidelines and the README.

Each case: (sentence, span, type, value, pub). A type of None means the span must NOT be a timex."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_temporal_news16a import _check  # noqa: E402  (the same (sentence, span, type, value, pub) check)


# A. "early/late + weekday" in wire ledes: the modifier is part of the expression (mod START / END), as it is for
# months ("early March"); the value is the day.
EARLY_LATE_DAY = [
    # pub Wed 2024-05-08
    ("Rebels seized the border town early Monday, the army said.", "early Monday", "DATE", "2024-05-06", "2024-05-08"),
    ("The senate passed the spending bill late Tuesday after a marathon session.", "late Tuesday", "DATE",
     "2024-05-07", "2024-05-08"),
    ("Storm Ilsa made landfall early Sunday near the port of Brest.", "early Sunday", "DATE", "2024-05-05",
     "2024-05-08"),
    ("The airline said it would publish the revised timetable late Friday.", "late Friday", "DATE", "2024-05-10",
     "2024-05-08"),
    # negatives: "early on Tuesday" keeps the day alone; a weekday alone is unchanged
    ("The ferry docked early on Tuesday.", "Tuesday", "DATE", "2024-05-07", "2024-05-08"),
    ("The ferry docked on Tuesday.", "Tuesday", "DATE", "2024-05-07", "2024-05-08"),
]


@pytest.mark.parametrize("sentence,span,type_,value,pub", EARLY_LATE_DAY)
def test_early_late_weekday(sentence, span, type_, value, pub):
    _check(sentence, span, type_, value, pub)


# B. A bare plural unit as a vague length: "for years", "weeks before", "months of talks" (PXY / PXW / PXM).
BARE_PLURAL = [
    # pub 2024-05-08
    ("Residents had complained about the noise for years before the council acted.", "years", "DURATION", "PXY",
     "2024-05-08"),
    ("The strike could last for weeks, union leaders warned.", "weeks", "DURATION", "PXW", "2024-05-08"),
    ("The factory shut its gates weeks before the election.", "weeks", "DURATION", "PXW", "2024-05-08"),
    ("The deal followed months of talks between the two carriers.", "months", "DURATION", "PXM", "2024-05-08"),
    # negatives: a surname, a distance unit
    ("Coach Tom Weeks resigned after the defeat.", "Weeks", None, None, "2024-05-08"),
    ("The probe is now four light years from the nearest star.", "years", None, None, "2024-05-08"),
]


@pytest.mark.parametrize("sentence,span,type_,value,pub", BARE_PLURAL)
def test_bare_plural_units(sentence, span, type_, value, pub):
    _check(sentence, span, type_, value, pub)


# C. Frequency adverbs after the verb phrase: "annually" SET P1Y, "quarterly" SET P3M.
FREQUENCY_ADVERBS = [
    ("The new mill will produce 40,000 tonnes of steel annually.", "annually", "SET", "P1Y", "2024-05-08"),
    ("The pension fund reports its holdings quarterly, a spokeswoman said.", "quarterly", "SET", "P3M",
     "2024-05-08"),
    ("The festival draws about 80,000 visitors annually to the small town.", "annually", "SET", "P1Y",
     "2024-05-08"),
    # negative: the adjective in a proper name
    ("She edits the Quarterly Review of Biology.", "Quarterly", None, None, "2024-05-08"),
]


@pytest.mark.parametrize("sentence,span,type_,value,pub", [
    c if c[2] is None else pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason=(
        "tried again in round 17 (vocab set adverbs + a veto before a noun): read set 7 gained both 'annually', "
        "but the dev check half gained two unmatched spans and no value, as in round 5 "
        "(tests/test_temporal_news5.py): dropped"))) for c in FREQUENCY_ADVERBS])
def test_frequency_adverbs(sentence, span, type_, value, pub):
    _check(sentence, span, type_, value, pub)


# D. A 24-hour clock with a zone given in parentheses after the local time: "at 8 p.m. (1800 GMT)".
PAREN_CLOCK = [
    # pub Wed 2024-05-08
    ("Polling stations closed at 8 p.m. (1800 GMT) on Wednesday.", "1800 GMT", "TIME", "2024-05-08T18:00Z",
     "2024-05-08"),
    ("The explosion was heard at about 6:15 a.m. (0415 GMT) today, police said.", "0415 GMT", "TIME",
     "2024-05-08T04:15Z", "2024-05-08"),
    # negative: a phone number in parentheses
    ("Callers can reach the hotline (0800 123 456) at any hour.", "0800", None, None, "2024-05-08"),
]


@pytest.mark.xfail(reason="not retried: tagging the bracketed restatement of a clock time was tried in rounds 5, 11 "
                          "and 14 (veto.clock_context) and each time cost a dev check span and a blind floor",
                   strict=False)
@pytest.mark.parametrize("sentence,span,type_,value,pub", PAREN_CLOCK[:2])
def test_parenthesised_clock_positive(sentence, span, type_, value, pub):
    _check(sentence, span, type_, value, pub)


@pytest.mark.parametrize("sentence,span,type_,value,pub", PAREN_CLOCK[2:])
def test_parenthesised_clock(sentence, span, type_, value, pub):
    _check(sentence, span, type_, value, pub)


# E. "the previous SEASON" like "the following SEASON": a season next to a year the story gave.
PREVIOUS_SEASON = [
    ("The harvest failed in 2022 after a drought the previous summer.", "the previous summer", "DATE", "2021-SU",
     "2024-05-08"),
    ("The roof was repaired in 2019, after storms the previous winter.", "the previous winter", "DATE", "2018-WI",
     "2024-05-08"),
]


@pytest.mark.parametrize("sentence,span,type_,value,pub", PREVIOUS_SEASON)
def test_previous_season(sentence, span, type_, value, pub):
    _check(sentence, span, type_, value, pub)


# H. "N days a week" is one SET (a frequency inside each week), not a length plus a set.
DAYS_A_WEEK = [
    ("The clinic is open five days a week.", "five days a week", "SET", "P1W", "2024-05-08"),
    ("Volunteers staff the food bank three days a week during the winter.", "three days a week", "SET", "P1W",
     "2024-05-08"),
    # negative: a length stays a length
    ("The strike lasted five days.", "five days", "DURATION", "P5D", "2024-05-08"),
]


@pytest.mark.parametrize("sentence,span,type_,value,pub", DAYS_A_WEEK)
def test_days_a_week(sentence, span, type_, value, pub):
    _check(sentence, span, type_, value, pub)


# I. A clock time with seconds ("at 4:17:09 a.m.", quake and launch reports) is one time, seconds kept; a race
# time ("won in 2:04:12") is a length (DURATION), as TIMEX3 writes it.
SECONDS = [
    # pub Wed 2024-05-08
    ("The first tremor was recorded at 4:17:09 a.m. local time.", "4:17:09 a.m. local time", "TIME",
     "2024-05-08T04:17:09", "2024-05-08"),
    ("The launch window opens at 21:45:30 GMT.", "21:45:30 GMT", "TIME", "2024-05-08T21:45:30Z", "2024-05-08"),
    ("Kipchoge won the race in 2:04:12, a minute outside his record.", "2:04:12", "DURATION", "PT2H4M12S",
     "2024-05-08"),
    ("The Dutch rider finished the stage in 4:41:07.", "4:41:07", "DURATION", "PT4H41M7S", "2024-05-08"),
    ("Her winning time of 1:58:33 was a course best.", "1:58:33", "DURATION", "PT1H58M33S", "2024-05-08"),
    # negatives: a mixing ratio; the minutes and seconds of a clock time are no time of their own
    ("The fertiliser is sold as a 10:10:20 blend.", "10:10:20", None, None, "2024-05-08"),
    ("The first tremor was recorded at 4:17:09 a.m. local time.", "17:09 a.m. local time", None, None, "2024-05-08"),
]


_RACE_DROPPED = pytest.mark.xfail(strict=True, reason=(
    "a race time after in/of/clocked as DURATION was tried in round 17 (read set 7 gained its two) and dropped: "
    "a blind TIMEX3 floor fell with it"))


@pytest.mark.parametrize("sentence,span,type_,value,pub", [
    pytest.param(*c, marks=_RACE_DROPPED) if c[2] == "DURATION" else c for c in SECONDS])
def test_clock_and_race_seconds(sentence, span, type_, value, pub):
    _check(sentence, span, type_, value, pub)


# K. "midmorning", "midafternoon" written solid are the parts of the day "mid-morning" is.
MID_POD = [
    ("Rescuers reached the village by midmorning.", "midmorning", "TIME", "2024-05-08TMO", "2024-05-08"),
    ("By midafternoon, the river had burst its banks.", "midafternoon", "TIME", "2024-05-08TAF", "2024-05-08"),
    ("They stopped for a midmorning snack.", "midmorning", None, None, "2024-05-08"),
]


@pytest.mark.parametrize("sentence,span,type_,value,pub", MID_POD)
def test_mid_part_of_day(sentence, span, type_, value, pub):
    _check(sentence, span, type_, value, pub)


# K2. A century as an adjective ("the 17th-century altar"): the article is the noun's, outside the timex.
CENTURY_ADJ = [
    ("Firefighters saved the 17th-century altar from the flames.", "17th-century", "DATE", "16", "2024-05-08"),
    ("Masons are rebuilding the 12th-century tower of the abbey.", "12th-century", "DATE", "11", "2024-05-08"),
    ("Two world wars shaped the 20th century.", "the 20th century", "DATE", "19", "2024-05-08"),
]


@pytest.mark.parametrize("sentence,span,type_,value,pub", CENTURY_ADJ)
def test_century_adjective(sentence, span, type_, value, pub):
    _check(sentence, span, type_, value, pub)
