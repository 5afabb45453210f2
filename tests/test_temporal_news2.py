"""Issue 11, second round on ordinary wire phrasing: sentences written for these tests (not taken from any
corpus) over markets, sports, politics, courts, weather, health and tech, each with what the tagger must find
(span, type, value, mod) and, per group, sentences where it must find nothing of that kind. Published Tuesday
2023-09-05 unless a date in the text anchors the story. tests/test_temporal_news.py holds the first round."""

from __future__ import annotations

import pytest

import timeline

PUB = "2023-09-05"  # a Tuesday


def _found(sentence: str, pub: str = PUB) -> dict[str, tuple]:
    return {t.text: (t.type, t.value, t.mod) for t in timeline.tag(sentence, pub_date=pub)}


def _check(sentence, span, type_, value, mod=None):
    found = _found(sentence)
    assert found.get(span) == (type_, value, mod), found


# "since" leads its own time only: a weekday after a later preposition is read by the verb's tense
@pytest.mark.parametrize("sentence,span,value", [
    ("Treasury yields hit their highest since 2007 on Tuesday.", "Tuesday", "2023-09-05"),
    ("Shares fell to their lowest since March on Monday.", "Monday", "2023-09-04"),
    ("The town has been quiet since shortly after the Oct. 23 slaying.", "Oct. 23", "2022-10-23"),
    ("Troops have patrolled the border since Tuesday.", "Tuesday", "2023-08-29"),
])
def test_since_leads_its_own_time(sentence, span, value):
    found = _found(sentence)
    assert found.get(span, (None, None))[1] == value, found


# a present "be" with the time as its complement schedules it; the past keeps its past
@pytest.mark.parametrize("sentence,span,value", [
    ("The vote is Thursday.", "Thursday", "2023-09-07"),
    ("The team's season opener is Sunday.", "Sunday", "2023-09-10"),
    ("The final is on Sunday.", "Sunday", "2023-09-10"),
    ("Kickoff is at 1 p.m. Sunday.", "1 p.m. Sunday", "2023-09-10T13:00"),
    ("The vote was Thursday.", "Thursday", "2023-08-31"),
    ("The final was played on Sunday.", "Sunday", "2023-09-03"),
    ("He is in hospital after a fall on Sunday.", "Sunday", "2023-09-03"),
])
def test_present_be_schedules(sentence, span, value):
    found = _found(sentence)
    assert found.get(span, (None, None))[1] == value, found
