"""Triggers/rows helper g18 (issue 12, session 18): items left by other helpers and classes found on dense wire
articles of the helper's own (``tests/data/events_dense18/``, committed before the tool ran on them; classes in
docs/triggers_dense18_classes.md), tested with sentences written for the purpose (not from any corpus or held-out
text)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import row_of  # noqa: E402
from test_events_e18 import _own_rows  # noqa: E402  (the same pub date; one copy of the helper)

PUB = "2025-06-12"




# --- an ordinal after "by a"/"one" is a fraction of a change, not a rank: "since" dates the change ------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Shares of the insurer have fallen by a fifth since 2023, analysts said.", "2023", "fallen"),
    ("Grain exports have risen by one third since January, the ministry said.", "January", "risen"),
])
def test_fraction_since_dates_the_change(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


@pytest.mark.parametrize("text,timex", [
    # negative: an ordinal that ranks (a noun after it, or "the"), a superlative
    ("The flood was the fifth since 2019 to reach the old town.", "2019"),
    ("It was the highest water level since 2010.", "2010"),
])
def test_ranks_stay_record_comparisons(text, timex):
    assert _own_rows(text, timex).empty


# --- a plan noun ended by a past plan-ending verb: the time dates the ending -----------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The carmaker dropped its plan to build a battery plant on Monday.", "Monday", "dropped"),
    ("The ministry shelved a scheme to widen the coast road last week.", "last week", "shelved"),
    # negative: a plan not ended, a plan's date still ahead of the report
    ("The city approved its plan to build a tram depot in 2027.", "2027", "build"),
    ("The carmaker dropped its plan to build a battery plant in 2028.", "2028", "build"),
])
def test_ended_plan_nouns(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- dense18 class A: a thing noun with an event suffix ("option", "collection") takes no time of its verb ----------
# (d01 "looked at every option over the past six months", d08 "vanished from a private collection in 1979")

@pytest.mark.parametrize("text,timex,trigger", [
    ("The minister said officials had weighed every option over the past three weeks.", "the past three weeks", "weighed"),
    ("The vase was stolen from a museum collection in 1994, police said.", "1994", "stolen"),
    ("Visitors flocked to the town's new attraction last summer.", "last summer", "flocked"),
    # negative: event nouns with the same endings keep the time
    ("The demolition of the old bridge in 2019 angered residents.", "2019", "demolition"),
    ("The company announced the acquisition of a rival in May.", "May", "acquisition"),
])
def test_thing_nouns_with_event_suffixes(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- dense18 class C (kin of e18's multiplier bases): "more than"/"less than" before the multiplier -----------------

@pytest.mark.parametrize("text,timex", [
    ("The dam held 80 million cubic metres in April, more than twice the volume a year earlier.", "a year earlier"),
    ("The plant made 9,000 vans in 2024, more than double the number in 2021.", "2021"),
])
def test_qualified_multiplier_base_dates_nothing(text, timex):
    assert _own_rows(text, timex).empty


def test_more_than_twice_on_a_verb_keeps_its_row():
    # negative: no comma-set base phrase, the multiplier measures the verb's change
    assert row_of("Fares rose more than twice the rate of inflation in 2022.", "2022", PUB)["trigger"] == "rose"


# --- dense18 class B: a time set off by commas right after an event-noun subject of a present/future verb -----------
# (d01 "The company's annual results, due on March 27, will show ...", d11 "An earlier theft ..., in 2020, is still
# unsolved")

@pytest.mark.parametrize("text,timex,trigger", [
    ("A second robbery at the bank, in March, remains unsolved.", "March", "robbery"),
    ("The regulator's final ruling, due on July 30, will decide the merger.", "July 30", "ruling"),
    # negative: a past verb keeps the time; a non-event subject; the time inside a longer set-off phrase
    ("The last major flood in the valley, in 2013, destroyed 400 homes.", "2013", "destroyed"),
    ("The inquiry, in its report on Tuesday, will say the crash could have been avoided.", "Tuesday", "say"),
])
def test_set_off_time_on_event_subject(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


def test_set_off_time_on_thing_subject_is_not_the_subject():
    assert row_of("The company, in 2019, is a small firm.", "2019", PUB)["trigger"] != "company"
