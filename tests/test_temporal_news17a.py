"""Issue 11, round 17 (helper A): spans, types and missed expressions from the read sets 6-8 error classes
(docs/heldout_6-8_temporal_spans_types.md), each written as news sentences of our own (not from any corpus) before
the fix, with negatives that must keep their reading. Values by hand from the TIMEX3 guidelines and the README.

Each case: (sentence, span, type, value, pub). A type of None means the span must NOT be a timex."""

from __future__ import annotations

import pytest

import timeline


def _found(sentence: str, pub: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in timeline.tag(sentence, pub_date=pub)}


def _check(sentence, span, type_, value, pub):
    found = _found(sentence, pub)
    if type_ is None:
        assert span not in found, found
    else:
        assert found.get(span) == (type_, value), found


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


@pytest.mark.parametrize("sentence,span,type_,value,pub", FREQUENCY_ADVERBS)
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


@pytest.mark.parametrize("sentence,span,type_,value,pub", PAREN_CLOCK)
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
