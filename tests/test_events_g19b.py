"""Triggers helper g19b (issue 12, session 19): two classes from review19's trigger errors (section 3 of
/work/review19/base_errors.md) that earlier rounds saw too. Every sentence here is written for the purpose: none
comes from the reviewer's texts, the corpus or a held-out set.

A. An act "during" an occasion noun that has a time of its own preposition after it: the act happened inside the
   occasion, at that time; the reader checks the act ("cancelled flights during the strike in March" -> cancelled),
   when it is an active act on a direct object after the verb (the project keeps the occasion for what befell a
   passive subject, for an act without object and for a fronted "During ..." phrase: v7, e18, v11).
   Other relations keep the noun (before/after/ahead of it: the act is not at that time), and a time inside a clause
   of the noun is that clause's.
B. An aspectual verb whose object is an event noun ("resumed talks on Monday"): TimeBank dates the aspectual (as it
   already does for "began to fall apart in mid-1996"); the noun's own premodifying or possessive time stays the
   noun's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import row_of  # noqa: E402

PUB = "2025-06-12"


# --- A: an act during an occasion with its own time ---------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Airlines cancelled more than 900 flights during the strike in March.", "March", "cancelled"),
    ("Police arrested 41 people during a protest outside parliament on Saturday.", "Saturday", "arrested"),
    ("The rebels seized the airport during an offensive in 2019.", "2019", "seized"),
    ("The regulator fined the bank during its annual review in February.", "February", "fined"),
    ("Thieves stole three paintings during a blackout in the city in August 2023.", "August 2023", "stole"),
])
def test_act_during_occasion_dates_the_act(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: before/after an occasion the act is not at its time; a clause on the noun dates its own verb
    ("Hospitals postponed operations ahead of the strike in March.", "March", "strike"),
    ("The ferry resumed service after the storm on Tuesday.", "Tuesday", "storm"),
    ("Prices rose during the talks that collapsed on Monday.", "Monday", "collapsed"),
    # (the project's convention for a passive subject, tests/test_events_v7.py: what befell it is the occasion's)
    ("Two dockers were injured during the storm on Tuesday.", "Tuesday", "storm"),
])
def test_occasion_not_shared_keeps_its_time(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- B: an aspectual verb with an event noun object ----------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The two governments resumed negotiations on Monday.", "Monday", "resumed"),
    ("Inspectors began an audit of the ministry in January.", "January", "began"),
    ("The union ended its strike on Wednesday after a pay offer.", "Wednesday", "ended"),
    ("Rescuers stopped the search for survivors late on Sunday.", "Sunday", "stopped"),
])
def test_aspectual_with_event_object_dates_the_aspectual(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: the noun's own premodifying/possessive time stays the noun's; a non-event object keeps its verb
    ("The union ended Monday's strike after a pay offer.", "Monday", "strike"),
    ("The club completed the signing of a new striker on Friday.", "Friday", "completed"),
])
def test_aspectual_noun_own_time(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- C: a verb of becoming "into" a state named by an event-shaped noun ----------------------------------------------
# "could develop into a storm later this week": the noun is the state reached, not an event of its own (as
# becoming_verbs already read "strengthened to a Category 3 storm on Monday"); the time dates the becoming.

@pytest.mark.parametrize("text,timex,trigger", [
    ("The tropical depression strengthened into a typhoon on Thursday.", "Thursday", "strengthened"),
    ("The sit-in turned into a riot late on Saturday, police said.", "Saturday", "turned"),
    ("The row over pensions escalated into a national strike in May.", "May", "escalated"),
    ("Forecasters said the low could develop into a cyclone later this week.", "later this week", "develop"),
])
def test_becoming_into_dates_the_verb(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: "into" after a verb that is no becoming leaves the noun's own time to the noun
    ("The minister ordered an inquiry into Monday's fire.", "Monday", "fire"),
    ("The storm that turned into a typhoon last week killed 12 people on Tuesday.", "Tuesday", "killed"),
])
def test_into_without_becoming(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger
