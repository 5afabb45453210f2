"""Triggers/rows helper g19 (issue 12, session 19): review18 round 2's trigger items (5, 8, 10) and the classes
found on real wire copy (ten AQUAINT documents of the dev tuned half, judged in tests/data/events_wire19/; classes in
docs/triggers_wire19_classes.md). Every sentence here is written for the purpose: none comes from the reviewer's
texts, the corpus or a held-out set."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import row_of, rows_of  # noqa: E402
from test_events_e18 import PUB, _own_rows  # noqa: E402  (the same publication date and row lookup)


# --- review18 item 5: "planned to open X ... but postponed it until Y": Y dates the opening (the delay convention) ---

@pytest.mark.parametrize("text,timex,triggers", [
    ("The museum had hoped to reopen its west wing in March but delayed it until the autumn.", "the autumn",
     {"reopen"}),
    ("The club intended to hold the vote in May, but postponed it until September.", "September", {"hold", "vote"}),
    ("The carmaker had planned to launch the model last year but pushed it back to 2027.", "2027", {"launch"}),
])
def test_delayed_pronoun_dates_the_planned_act(text, timex, triggers):
    assert row_of(text, timex, PUB)["trigger"] in triggers


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a named moved event keeps the noun; a pronoun with no planned act before it keeps the moving verb;
    # the first plan's own time stays with the plan
    ("The company postponed the launch until September.", "September", "launch"),
    ("The council discussed the bridge on Monday and postponed it until July.", "July", "postponed"),
    ("The museum had hoped to reopen its west wing in March but delayed it until the autumn.", "March", "reopen"),
])
def test_delay_without_planned_act(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- review18 item 8: "the second X in three years, after one in January": the time is the earlier one's ------------

@pytest.mark.parametrize("text,timex", [
    ("It was the third strike at the plant in two years, after one in March 2022.", "March 2022"),
    ("The outage was the second this month, after one on June 3.", "June 3"),
    ("Tuesday's derailment was the line's fourth since 2019, after one in August 2024.", "August 2024"),
])
def test_earlier_one_does_not_date_this_event(text, timex):
    rows = _own_rows(text, timex)
    assert not any(t in ("strike", "outage", "derailment", "was") for t in rows["trigger"]), rows[["trigger"]]


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: an earlier event named by its own noun keeps its row; "one of" is a partitive subject, not a
    # stand-in; the numeral "one" before a unit is an amount
    ("It was the second strike at the plant, after a walkout in March 2022.", "March 2022", "walkout"),
    ("The pipeline failed after one of its valves burst in January.", "January", "burst"),
])
def test_other_ones_keep_their_rows(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- review18 item 10: "..., but a higher court overturned that ruling in June" -------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Regulators approved the merger in May, but a tribunal overturned that ruling in August.", "August",
     "overturned"),
    ("The city cut the grant in 2023, and the new council restored that funding in 2024.", "2024", "restored"),
    ("A judge allowed the strike on Monday, but an appeals panel lifted that ruling on Wednesday.", "Wednesday",
     "lifted"),
])
def test_that_gerund_object_after_a_conjunction(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: the first clause keeps its own verb; "that" opening a real clause keeps its noun
    ("Regulators approved the merger in May, but a tribunal overturned that ruling in August.", "May", "approved"),
    ("The strike ended in May, but the mayor said that meeting in January had been useful.", "January", "meeting"),
])
def test_that_gerund_negatives(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- wire class P: a time set before a verb of intending, still ahead of the report, dates the intended act ----------
# (28 AQUAINT documents of the dev tuned half: "On Friday, the government planned to pay ...", "On Tuesday, the league
# plans to hold a news conference ..."; both in different articles; tests/data/events_wire19)

@pytest.mark.parametrize("text,timex,triggers", [
    ("On Friday, the ministry plans to publish its review of the rail timetable.", "Friday", {"publish"}),
    ("Next week, the union intends to hold a ballot on the new pay offer.", "Next week", {"hold", "ballot"}),
    ("Later this month, the regulator aims to issue its first licences.", "Later this month", {"issue"}),
])
def test_fronted_time_ahead_dates_the_intended_act(text, timex, triggers):
    assert row_of(text, timex, PUB)["trigger"] in triggers


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a time gone by is when the intending was; a verb that is no intending keeps its time; a reporting
    # verb keeps its own time
    ("Last year, the council planned to build a second bridge.", "Last year", "planned"),
    ("On Monday, the ministry announced plans to publish its review.", "Monday", "announced"),
    ("On Tuesday, the company said it plans to cut 200 jobs.", "Tuesday", "said"),
    ("On Friday, the ministry refused to publish its review.", "Friday", "refused"),
])
def test_fronted_time_stays_with_its_verb(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- wire class S: a bare time between a verb of discovering and the participle that says in what state the thing
# was found dates the discovering ("was found Thanksgiving Day clinging ...", "was discovered April 8 buried ...":
# two of 37 AQUAINT documents of the dev tuned half; tests/data/events_wire19) --------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The hiker was found Tuesday clinging to a ledge above the river.", "Tuesday", "found"),
    ("The safe was discovered March 3 hidden under the floor of the barn.", "March 3", "discovered"),
    ("Police found the driver Sunday slumped over the wheel.", "Sunday", "found"),
    ("The missing yacht was spotted Monday drifting off the coast.", "Monday", "spotted"),
])
def test_time_before_state_participle_dates_the_discovering(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a participle after a comma is an event of its own; a time in the participle's own phrase is its
    # own; a verb of no discovering keeps the parser's reading
    ("The team left Monday, arriving in Oslo on Wednesday.", "Wednesday", "arriving"),
    ("The hiker was found clinging to a ledge that had collapsed on Tuesday.", "Tuesday", "collapsed"),
    ("The minister resigned Friday, citing ill health.", "Friday", "resigned"),
])
def test_other_participles_keep_their_times(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


def test_time_read_as_a_compound_of_the_participle():
    # the parser may make a two-word holiday a compound on the participle; the finding is still what it dates
    text = "Marco was found Thanksgiving Day clinging to a plank at sea after his mother, uncle and six others drowned."
    assert row_of(text, "Thanksgiving Day", PUB)["trigger"] == "found"

# (wire class D, "gave no reason for the Jan. 14 deadline" -> deadline, was tried and dropped: TimeBank dates the
# verb there, not the deadline, and the dev check half lost one event; see docs/triggers_wire19_classes.md)
