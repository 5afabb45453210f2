"""Issue 12 and 11, session 34 (2026-12-03): "the coming weekend", a comma between a noun's adjectives, a counted
offset after a past verb's complement, an occasion "at" hung on the verb's object or joined to another preposition, a
clause's subject read as a preposition's object, and a month label beside a joined verb's own time. Examples written here, not from any corpus or held-out text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from events_gold import _text  # noqa: E402
from test_events_v6 import rows_of, row_of  # noqa: E402

PUB = "2021-03-17"  # a Wednesday


# --- "the coming weekend" is the nearest weekend not yet over ------------------------------------------------------

def test_the_coming_weekend_said_midweek_is_that_weeks():
    row = row_of("The society urged donors to book appointments for the coming weekend.", "the coming weekend", PUB)
    assert (str(row["start"])[:10], str(row["end"])[:10]) == ("2021-03-20", "2021-03-22")


def test_next_week_is_unchanged():
    # negative: "next week" is still the week after the report's
    row = row_of("The society will open a new centre next week.", "next week", PUB)
    assert str(row["start"])[:10] == "2021-03-22"


# --- a comma between two of a noun's adjectives is the phrase's -----------------------------------------------------

def test_comma_between_two_adjectives_stays_in_the_subject():
    row = row_of("The first swarm crossed the border on March 3, and a second, larger swarm arrived on March 12.",
                 "March 12", PUB)
    assert _text(row["subject"]) == "a second, larger swarm"


def test_comma_before_a_modifier_with_its_own_adverb_stays_in_the_subject():
    # (the review's: the adjective after the comma has its own "much")
    row = row_of("A second, much larger swarm arrived on March 12.", "March 12", PUB)
    assert _text(row["subject"]) == "A second, much larger swarm"


def test_comma_before_an_aside_still_closes_the_subject():
    # negative: an aside set off after the noun is not the noun's phrase
    row = row_of("The second swarm, larger than the first, arrived on March 12.", "March 12", PUB)
    assert _text(row["subject"]) == "The second swarm"


# --- a counted offset forward after a past verb's complement is the verb's ----------------------------------------

def test_offset_after_a_past_verbs_complement_dates_the_verb():
    text = "The runner-up lost the final game on Thursday and walked out of the closing ceremony two days later."
    assert _text(row_of(text, "two days later", PUB)["trigger"]) == "walked"


@pytest.mark.parametrize("text,trigger", [
    ("She had walked out of the closing ceremony two days later.", "walked"),
    ("He was arrested in May and was charged with the murder of his business partner two weeks later.", "charged"),
])
def test_offset_after_a_past_perfect_or_passive_verbs_complement_dates_the_verb(text, trigger):
    # (the review's: a past told with an auxiliary)
    timex = "two days later" if "two days" in text else "two weeks later"
    assert _text(row_of(text, timex, PUB)["trigger"]) == trigger


def test_ago_after_an_event_noun_dates_the_noun():
    # negative: "ago" often dates the noun it follows ("claims from the landslide three weeks ago")
    text = "Volunteers are still clearing debris from the landslide three weeks ago."
    assert _text(row_of(text, "three weeks ago", PUB)["trigger"]) == "landslide"


# --- an occasion "at" on the verb's object, or joined to another preposition, dates the verb's act ----------------

# (the first case already held on the start code's parse, which hangs "at" on the verb itself)
@pytest.mark.parametrize("text,timex,trigger", [
    ("The pension fund said it would publish a detailed timetable at its annual meeting on June 12.", "June 12",
     "publish"),
    ("Investigators found that the firms had swapped price lists by email and at monthly lunches from March 2016 "
     "until the raids.", "March 2016", "swapped"),
    ("The winners will be announced at a ceremony at 8 p.m. on Saturday.", "8 p.m. on Saturday", "announced"),
])
def test_occasion_at_dates_the_act(text, timex, trigger):
    assert _text(row_of(text, timex, PUB)["trigger"]) == trigger


def test_topic_on_after_the_object_dates_the_noun():
    # negative: "on" after the object says what it is about, not where it was done
    text = "The archive yesterday released 900 secret files on the border crisis of 1968."
    assert _text(row_of(text, "1968", PUB)["trigger"]) == "crisis"


def test_saying_at_a_news_conference_keeps_the_occasion():
    # negative: an active reporting verb with no object of its own still gives the occasion the time
    text = "The minister said at a news conference on Tuesday that fares would rise."
    assert _text(row_of(text, "Tuesday", PUB)["trigger"]) == "conference"


# --- a subordinator read as a preposition: its object is the clause's subject --------------------------------------

def test_subject_of_a_clause_read_as_a_prepositions_object():
    text = "The agency appealed for new donors after its stocks of plasma fell to a record low on Sunday."
    row = row_of(text, "Sunday", PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("fell", "its stocks of plasma")


def test_preposition_before_a_noun_and_no_clause_keeps_its_object():
    # negative: "before the vote on Monday" has no verb after the noun; the noun is no subject
    row = row_of("The senator resigned before the vote on Monday.", "Monday", PUB)
    assert _text(row["subject"]) != "the vote"


# --- a month on a noun is a time when only a joined verb has a time of its own ------------------------------------

def test_month_on_a_period_noun_dates_its_verb_beside_a_joined_verbs_deadline():
    text = ("Repairs at the harbour, all paid for by the state, will start during the August holidays and must be "
            "finished by October 1.")
    row = row_of(text, "August", PUB)
    assert _text(row["trigger"]) == "start"


def test_month_label_beside_a_joined_verbs_time_has_no_row():
    # negative (the review's): "The May jobs report" names which report, whatever clause the time is in
    df = rows_of("The May jobs report disappointed investors and sent stocks lower on Friday.", PUB)
    assert "May" not in set(df["timex_text"])


def test_month_label_in_a_dated_clause_has_no_row():
    # negative: "The March budget" names which budget; the clause's own time dates the presenting
    df = rows_of("The March budget will be presented on Tuesday.", PUB)
    assert "March" not in set(df["timex_text"])


# --- a light verb with a plural, possessed or definite object is the event; with one occasion, the noun --------------

# (the first case already held on the start code's parse, which hangs "next week" past the noun's own phrase)
@pytest.mark.parametrize("text,timex,trigger", [
    ("The actress said she would give her first full interview about the dispute next week.", "next week", "give"),
    ("The ministry held public hearings on the dam project from March to June 2019.", "March", "held"),
])
def test_light_verb_with_a_plural_or_possessed_object_is_the_event(text, timex, trigger):
    assert _text(row_of(text, timex, PUB)["trigger"]) == trigger


def test_light_verb_construction_gives_only_its_own_object():
    # negative (the review's): "a meeting about the strike" is the meeting, not the strike
    row = row_of("The union held a meeting about the strike on Monday.", "Monday", PUB)
    assert _text(row["trigger"]) in ("meeting", "held")


@pytest.mark.parametrize("text,timex,trigger", [
    ("The council took a vote on the plan on Friday.", "Friday", "vote"),
    ("Thousands of farmers took part in the march on Saturday.", "Saturday", "march"),
])
def test_light_verb_with_one_occasion_gives_the_noun(text, timex, trigger):
    # negative: "took a vote" is the light verb construction proper, "took part in" a light verb and preposition
    assert _text(row_of(text, timex, PUB)["trigger"]) == trigger
