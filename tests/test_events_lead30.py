"""Issue 12 and 11, session 30 (2026-12-03): a trailing attribution the parser gave a second subject, a state "under"
an event with its own "since", a year before a noun after "after", a base amount's time before "to <amount> now",
a past act that lasted "until" a month, and a small hour joined by "and" to a late-night clock time. Examples written
here, not from any corpus or held-out text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from events_gold import _text  # noqa: E402
from test_events_v6 import row_of, rows_of  # noqa: E402

PUB = "2011-03-16"  # a Wednesday


@pytest.mark.parametrize("text,timex,subject", [
    # a trailing attribution after a long reported clause: who said it, not the reported clause's subject
    ("A landslide swept across a mountain road near the village on Sunday evening, burying three cars, two of which "
     "were empty, officials said on Monday.", "Monday", "officials"),
    # negative: one subject stays the subject
    ("The landslide buried a mountain road on Sunday evening.", "Sunday evening", "The landslide"),
])
def test_attribution_subject(text, timex, subject):
    assert _text(row_of(text, timex, PUB)["subject"]) == subject


def test_attribution_headline_leaves_the_reported_clause_out():
    row = row_of("A landslide swept across a mountain road near the village on Sunday evening, burying three cars, two "
                 "of which were empty, officials said on Monday.", "Monday", PUB)
    assert _text(row["event"]) == "officials said"


@pytest.mark.parametrize("text,timex,trigger,subject", [
    # a state "under" an event, set off by commas with its own "since": the state, said of the noun
    ("The council said the old library, under renovation since 2009, would reopen next spring.", "2009",
     "renovation", "the old library"),
    ("The pier, under repair since March, will open in June.", "March", "repair", "The pier"),
    # ... "in" and "on" with a bare noun too, the time hung on the state's preposition or the aside on the verb
    ("The minister, in office since 2009, resigned on Tuesday.", "2009", "office", "The minister"),
    ("The dockers, on strike since March, returned to work on Monday.", "March", "strike", "The dockers"),
    # an adjective the tagger read as a name in apposition states the same way
    ("The reactor, offline since 2008, will restart in July.", "2008", "offline", "The reactor"),
    # negative: a noun with a determiner is a place, no state
    ("The plant, on the coast since 1990, closed on Monday.", "1990", "closed", "The plant"),
    # ... and the noun's other row keeps the noun without the aside
    ("The pier, under repair since March, will open in June.", "June", "open", "The pier"),
])
def test_state_under_an_event(text, timex, trigger, subject):
    row = row_of(text, timex, PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == (trigger, subject)


def test_state_under_headlines():
    df = rows_of("The pier, under repair since March, will open in June.", PUB)
    events = dict(zip(df["timex_text"], df["event"]))
    assert (events["March"], events["June"]) == ("The pier under repair", "The pier will open")


@pytest.mark.parametrize("text,timex,trigger", [
    # a year right before a noun that "after" or "before" opens dates that noun, not the verb after or before it
    ("Residents demanded a new warning system after the 2004 incident.", "2004", "incident"),
    # negative: a noun that names no occurrence (review of session 30)
    ("The club rebuilt its defence after the 2015 squad.", "2015", "rebuilt"),
])
def test_year_before_a_noun_after_a_lead(text, timex, trigger):
    assert _text(row_of(text, timex, PUB)["trigger"]) == trigger


def test_year_before_a_label_after_a_lead_is_no_event():
    df = rows_of("Rents rose sharply after the 2005 law.", PUB)
    hit = df[df["timex_text"] == "2005"]
    assert not len(hit) or hit.iloc[0]["trigger"] in (None, "") or hit.iloc[0].get("no_event")


@pytest.mark.parametrize("text,timex", [
    # "from 94 percent in 2012 to 86 percent now": 2012 is when the base held (the parser hangs "to" on "86")
    ("Vaccination rates for the jab have dropped from 94 percent in 2012 to 86 percent now.", "2012"),
    # ... also parsed with "2012 to 4" as an amount's bounds (review)
    ("Unemployment fell from 9 percent in 2012 to 4 percent last year.", "2012"),
    # "... to 86 percent now": when the new level holds, the other term of the comparison
    ("Vaccination rates for the jab have dropped from 94 percent in 2012 to 86 percent now.", "now"),
])
def test_comparison_terms_are_no_event(text, timex):
    df = rows_of(text, PUB)
    hit = df[df["timex_text"] == timex]
    assert len(hit) == 1 and hit.iloc[0]["no_event"] == "comparison-base"


def test_now_on_a_plain_change_keeps_its_row():
    df = rows_of("Turnout fell to 40 percent now, officials said.", PUB)
    hit = df[df["timex_text"] == "now"]
    assert len(hit) == 1 and _text(hit.iloc[0]["trigger"]) == "fell"


@pytest.mark.parametrize("text,timex,start", [
    # an act that is over lasted until a month behind the report
    ("Repairs to the line took until early May.", "early May", "2010-05-01"),
    ("The talks lasted until late April.", "late April", "2010-04-01"),
    # negatives: a past "be" with "until", or a closing, may announce a state still in force
    ("The minister said on Monday that the road was closed until April 1.", "April 1", "2011-04-01"),
    ("The museum closed until April 1 for renovation, its director said on Monday.", "April 1", "2011-04-01"),
])
def test_until_after_a_past_act(text, timex, start):
    assert str(row_of(text, timex, PUB)["start"])[:10] == start


@pytest.mark.parametrize("text,timex,start", [
    # a small hour joined by "and" to a late-night clock time goes on past midnight
    ("The fire broke out at 11:40 p.m. on Monday in a storeroom, and crews brought it under control at 2:15 a.m.",
     "2:15 a.m.", "2011-03-15"),
    # negatives: an evening clock time is not late enough; no clause of its own after "and" (a list), a relative
    # clause or an aside after it, or an order stated outright (review of session 30)
    ("The body was found at 7 p.m. on Monday, and the victim had died at around 3 a.m.", "3 a.m.", "2011-03-14"),
    ("Police arrested a man at 11 p.m. on Monday in connection with a robbery and assault at 3 a.m. in the city "
     "centre.", "3 a.m.", "2011-03-14"),
    ("Power returned at 9 p.m. on Monday, and the outage, which began at 3 a.m., affected 40,000 homes.", "3 a.m.",
     "2011-03-14"),
    ("The blast at 11 p.m. on Monday shook the port, and followed a smaller explosion at 4 a.m.", "4 a.m.",
     "2011-03-14"),
])
def test_small_hour_joined_to_a_late_night(text, timex, start):
    assert str(row_of(text, timex, PUB)["start"])[:10] == start


@pytest.mark.parametrize("text,timex,subject", [
    # the nearest name's clause shows the pronoun means someone else: a quotation about a "he" is about another man
    ("Midfielder Tomas Lind signed a three-year deal with Rovers on Friday. Rovers coach Paul Grant said the club "
     "had followed him for a year. \"He is fast and he never stops running,\" Grant said on Friday. He made his "
     "league debut in 2017.", "2017", "Tomas Lind"),
    # ... and one who did something to a "her" is not the "she" after it
    ("Health Minister Clara Vidal will unveil the plan on Monday, her office said on Thursday. \"The figures are "
     "clear,\" she told reporters. Opposition leader Jan Kovac accused her on Wednesday of delaying the reforms. She "
     "met hospital chiefs last week, the ministry said.", "last week", "Clara Vidal"),
    # ... and so does a speaker named in apposition
    ("John Reed was charged with fraud on Monday. \"He is innocent,\" his lawyer, Mark Kent, said on Tuesday. He was "
     "released on bail on Wednesday.", "Wednesday", "John Reed"),
    # ... the lead's two-word name the entity tagger left untagged, which the quotation names by its first word
    ("Sprinter Chloe Mbeki broke the national 200m record on Saturday in Oslo. The 22-year-old still finished "
     "second. \"Chloe is fearless, and she is not close to her peak yet,\" her coach Ruth Adler said. She turned "
     "professional in 2017.", "2017", "Chloe Mbeki"),
    # negatives: a speaker who speaks of no one else is the "he" after him; so is one who goes on speaking ("added",
    # "also"), and one when the lead names no other man (review of session 30)
    ("Rovers beat City 2-0 on Saturday. Coach Paul Grant said on Saturday the team was ready. He took charge in "
     "2019.", "2019", "Paul Grant"),
    ("Striker Thiago Alves signed for Rovers on Monday. \"He is quick, he is clever,\" coach Paul Grant said. He "
     "added on Tuesday that the club would sign two more players.", "Tuesday", "Paul Grant"),
    ("Rovers beat City on Saturday. \"He was brilliant,\" coach Paul Grant said of his goalkeeper. He praised the "
     "fans on Sunday.", "Sunday", "Paul Grant"),
])
def test_pronoun_past_a_name_that_means_someone_else(text, timex, subject):
    assert _text(row_of(text, timex, PUB)["subject"]) == subject


@pytest.mark.parametrize("text,timex,trigger,start", [
    # a length after an event noun the sentence before told on its verb, the day hung inside the verb's object
    ("United sacked coach Tom Reyes on February 6 after a run of five straight league defeats. Eight days after his "
     "dismissal, the club appointed former winger Ivo Kral on a two-year contract.", "Eight days", "appointed",
     "2011-02-14"),
    # ... and after a noun whose set-off clause is the sentence's, not the noun's
    ("The first case of the virus was confirmed in the town on February 3. Officials declared an outbreak two weeks "
     "after the confirmation, when cases passed 50.", "two weeks", "outbreak", "2011-02-17"),
])
def test_length_after_the_event_before(text, timex, trigger, start):
    row = row_of(text, timex, PUB)
    assert (_text(row["trigger"]), str(row["start"])[:10]) == (trigger, start)


@pytest.mark.parametrize("text,timex,start", [
    # a small hour told plainly right after a clock time of 10 p.m. or later goes on past midnight
    ("Two climbers called for help at 10:40 p.m. on Monday. Rescuers reached them at 2:15 a.m.", "2:15 a.m.",
     "2011-03-15"),
    ("Police were called to the bar at 11:50 p.m. Monday. A man was arrested at 12:30 a.m.", "12:30 a.m.",
     "2011-03-15"),
    # ... also when the late clock time's "p.m." ends its sentence, and after a "had" that is the verb of having
    ("Polls closed at 10 p.m. on Monday, and the first result was declared at 11:20 p.m. The first gain came at "
     "12:45 a.m.", "12:45 a.m.", "2011-03-15"),
    ("A fire broke out at a depot at 11:30 p.m. on Monday, and crews had it under control at 3 a.m., the fire "
     "service said.", "3 a.m.", "2011-03-15"),
    # negatives: a day the clock time says itself is not moved twice; a past perfect looks back
    ("The suspect was seen at 10 p.m. on Monday. He was arrested at 5 a.m. the following morning.",
     "5 a.m. the following morning", "2011-03-15"),
    ("The vote closed at 10 p.m. on Monday. Turnout had been light at 2 a.m. in the hill districts.", "2 a.m.",
     "2011-03-14"),
])
def test_small_hour_after_a_late_clock_time(text, timex, start):
    assert str(row_of(text, timex, PUB)["start"])[:10] == start


@pytest.mark.parametrize("text,timex,trigger", [
    # a time set off by commas right after "and" opens the second conjunct
    ("Judge Helen Ward took her seat at 10 a.m. and, at 2:15 p.m., jailed him for six years.", "2:15 p.m.",
     "jailed"),
    # negative: the first conjunct's own time stays
    ("Judge Helen Ward took her seat at 10 a.m. and, at 2:15 p.m., jailed him for six years.", "10 a.m.", "took"),
])
def test_time_opening_a_conjunct(text, timex, trigger):
    assert _text(row_of(text, timex, PUB)["trigger"]) == trigger
