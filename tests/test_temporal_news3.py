"""Issue 11, third round: probe sentences written for these tests (not taken from any corpus), each with what the
tagger must find (span, type, value, mod) following the TimeML/TIMEX3 guidelines, and sentences where it must
find nothing of that kind. Published Tuesday 2023-09-05 unless the case gives another date.

Groups: the tense of a direct clause deciding the year of a month said without one; ordinal weekdays and weeks
of a month; "a year ago today"; a weekday with a part of day; holidays, named periods and BC years.
"""

from __future__ import annotations

import pytest

import timeline

PUB = "2023-09-05"  # a Tuesday


def _found(sentence: str, pub: str = PUB) -> dict[str, tuple]:
    return {t.text: (t.type, t.value, t.mod) for t in timeline.tag(sentence, pub_date=pub)}


def _check(sentence, span, type_, value, mod=None, pub=PUB):
    found = _found(sentence, pub)
    assert found.get(span) == (type_, value, mod), found


# 1. A month (and day) without a year: a direct past-tense clause takes the past reading; a future, modal,
# present or reported clause keeps the slack that lets a schedule said in the past tense ("said the offer
# expired Dec. 15", the sequence of tenses) land ahead.
TENSE_YEAR = [
    ("The minister resigned in April.", "April", "DATE", "2023-04", None, "2024-03-12"),
    ("Police arrested him on April 3.", "April 3", "DATE", "2023-04-03", None, "2024-03-12"),
    ("The minister resigned in February.", "February", "DATE", "2024-02", None, "2024-03-12"),
    ("The minister resigned in March.", "March", "DATE", "2024-03", None, "2024-03-12"),
    ("Shares rose sharply in December.", "December", "DATE", "2022-12", None, "2023-11-01"),
    ("The minister will resign in April.", "April", "DATE", "2024-04", None, "2024-03-12"),
    ("The minister said he would resign in April.", "April", "DATE", "2024-04", None, "2024-03-12"),
    ("The offer expires Dec. 15.", "Dec. 15", "DATE", "2023-12-15", None, "2023-11-01"),
    ("The company said the offer expired Dec. 15.", "Dec. 15", "DATE", "2023-12-15", None, "2023-11-01"),
    ("Officials said the new law took effect April 1.", "April 1", "DATE", "2024-04-01", None, "2024-03-12"),
    # second batch
    ("In April, the minister resigned.", "April", "DATE", "2023-04", None, "2024-03-12"),
    ("The minister was sacked on March 30.", "March 30", "DATE", "2023-03-30", None, "2024-03-12"),
    ("The minister, who resigned in April, said he had no regrets.", "April", "DATE", "2023-04", None,
     "2024-03-12"),
    ("Prices fell in April, officials said.", "April", "DATE", "2023-04", None, "2024-03-12"),
    ("Officials said prices would fall in April.", "April", "DATE", "2024-04", None, "2024-03-12"),
    # third batch: a preposition that puts the time after the event keeps the slack
    ("Shoppers flocked to stores before Christmas.", "Christmas", "DATE", "2023-12-25", None, "2023-12-20"),
    ("Shoppers bought gifts for Christmas.", "Christmas", "DATE", "2023-12-25", None, "2023-12-20"),
    ("Crews rushed to finish the bridge ahead of April.", "April", "DATE", "2024-04", None, "2024-03-12"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", TENSE_YEAR)
def test_tense_decides_the_year(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 2. An ordinal weekday or week of a month is one day (one week); a half of a month is the month with a mod.
# "The first week of May" is the ISO week holding the month's first Thursday, as an ISO year holds its first.
ORDINAL_IN_MONTH = [
    ("The conference opens on the third Friday of October.", "the third Friday of October", "DATE", "2023-10-20",
     None),
    ("The strike will start on the last Friday of the month.", "the last Friday of the month", "DATE", "2023-09-29",
     None),
    ("The vote will be held on the first Monday in October.", "the first Monday in October", "DATE", "2023-10-02",
     None),
    ("The holiday fell on the fourth Thursday of November 2022.", "the fourth Thursday of November 2022", "DATE",
     "2022-11-24", None),
    ("Sales slumped in the first week of May.", "the first week of May", "DATE", "2023-W18", None),
    ("The plant will reopen in the last week of September.", "the last week of September", "DATE", "2023-W39",
     None),
    ("Prices rose in the second half of June.", "the second half of June", "DATE", "2023-06", "END"),
    ("Talks will resume in the first half of October.", "the first half of October", "DATE", "2023-10", "START"),
    # second batch
    ("The talks collapsed on the last Friday of August.", "the last Friday of August", "DATE", "2023-08-25", None),
    ("Protests are planned for the last weekend of September.", "the last weekend of September", "DATE",
     "2023-W39-WE", None),
    ("The festival returns the second week of October.", "the second week of October", "DATE", "2023-W41", None),
]


ORDINAL_IN_MONTH += [
    # second batch: every month's nth weekday recurs, a SET
    ("The board meets on the first Monday of every month.", "the first Monday of every month", "SET", "P1M", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", ORDINAL_IN_MONTH)
def test_ordinal_in_month(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)


@pytest.mark.parametrize("sentence", ["The first week of the trial was slow.", "It is the third week of the strike.",
                                      "He scored in the second half of the game."])
def test_ordinal_in_month_negatives(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date=PUB) if t.type in ("DATE", "TIME")]


# 3. "a year ago today": the day (month, week) that many units back, one expression
AGO_TODAY = [
    ("A year ago today, the dam burst.", "A year ago today", "DATE", "2022-09-05", None),
    ("Two years ago today, the first case was found.", "Two years ago today", "DATE", "2021-09-05", None),
    ("The storm hit a week ago Sunday.", "a week ago Sunday", "DATE", "2023-08-27", None),
    ("A year ago this month, the plant closed.", "A year ago this month", "DATE", "2022-09", None),
    ("A year ago, the dam held.", "A year ago", "DATE", "2022", None),
    # second batch
    ("Two years ago this month, the dam broke.", "Two years ago this month", "DATE", "2021-09", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", AGO_TODAY)
def test_ago_today(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)


# 4. A weekday with a part of day: the part's code stays in the value, as the guidelines write it; the type is
# DATE as TimeBank and AQUAINT type such days (12 of the 13 in the dev set's tuned half; the guidelines' TIME
# was this probe's first expectation)
WEEKDAY_POD = [
    ("Police raided the house on Friday night.", "Friday night", "TIME", "2023-09-01TNI", None),
    ("The summit opens Wednesday morning.", "Wednesday morning", "TIME", "2023-09-06TMO", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", WEEKDAY_POD)
def test_weekday_part_of_day(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)


# 5. Holidays, named periods, years before the common era
HOLIDAYS_ERAS = [
    ("Caesar was murdered in 44 BC.", "44 BC", "DATE", "BC0044", None),
    ("The city was founded in 753 BCE.", "753 BCE", "DATE", "BC0753", None),
    ("Coins from 300 B.C. were found.", "300 B.C.", "DATE", "BC0300", None),
    ("Talks will resume in the new year.", "the new year", "DATE", "2024", None),
    ("Fireworks lit the sky on New Year's Eve.", "New Year's Eve", "DATE", "2022-12-31", None),
    ("Factories will close for Lunar New Year.", "Lunar New Year", "DATE", "2024-02-10", None),
    ("Sales rose during Chinese New Year.", "Chinese New Year", "DATE", "2023-01-22", None),
    # second batch: a holiday's weekend is the one it falls on, ends (a Monday holiday) or opens
    ("Crowds packed the beaches over Labor Day weekend.", "Labor Day weekend", "DATE", "2023-W35-WE", None),
    ("Travel will peak over Thanksgiving weekend.", "Thanksgiving weekend", "DATE", "2023-W47-WE", None),
    ("Churches filled on Easter weekend.", "Easter weekend", "DATE", "2023-W14-WE", None),
    ("Fighting flared the week before last.", "the week before last", "DATE", "2023-W34", None),
    # third batch: a season or a day of a month named from the publication year or month; a holiday's break
    ("He was elected in the spring of last year.", "the spring of last year", "DATE", "2022-SP", None),
    ("The plant will close in the autumn of next year.", "the autumn of next year", "DATE", "2024-FA", None),
    ("The law takes effect on the first of next month.", "the first of next month", "DATE", "2023-10-01", None),
    ("Rents are due on the 15th of the month.", "the 15th of the month", "DATE", "2023-09-15", None),
    ("Protests erupted over the Easter holiday.", "the Easter holiday", "DATE", "2023-04-09", None),
    ("The plant shut during the Christmas holidays.", "the Christmas holidays", "DATE", "2022-12-25", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", HOLIDAYS_ERAS)
def test_holidays_and_eras(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)


@pytest.mark.parametrize("sentence", ["The BC government passed the bill.", "He turned a new year older.",
                                      "Model 300 BC sold well."])
def test_holidays_and_eras_negatives(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date=PUB) if t.type in ("DATE", "TIME")]
