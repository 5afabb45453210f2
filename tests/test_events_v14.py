"""Issue 12, fourteenth round (helper 12t): rules measured with a probe written and committed before the tool ran on
it (``tests/data/events_probe13/probe.json``, not a blind set; nominal events, light verbs, amounts that are objects,
when-clauses, ranges, since/until, anchored durations, reports with embedded dated events) and with the dev set's
tuned half. Each rule has positive and negative examples written here (not the probe's sentences, not any corpus or
held-out text). ``python tests/test_events_v14.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe13" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]


PUB = "2024-06-12"


# --- an infinitive the parser read as a noun is still the verb ------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The tour was due to end in Lisbon on Nov. 2.", "Nov. 2", "end"),
    ("The exhibition was due to end in Madrid on Sept. 9.", "Sept. 9", "end"),
    # negative: a verb the parser read as a verb is unchanged; a real noun "end" stays a noun
    ("The talks are set to end on Friday.", "Friday", "end"),
    ("The end of the talks came on Friday.", "Friday", "came"),
])
def test_infinitive_read_as_a_noun_is_the_verb(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


def test_infinitive_read_as_a_noun_is_a_predicate():
    from timeline.events.grammar import is_predicate
    from timeline.pipeline.model import load

    doc = load()("The tour was due to end in Lisbon on Nov. 2.")
    assert is_predicate(next(t for t in doc if t.text == "end"))
    doc = load()("The end of the talks came on Friday.")
    assert not is_predicate(next(t for t in doc if t.text == "end"))


# --- an event noun counted by the verb's object amount does not take the verb's time ----------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The airline cut 10% of flights in the December quarter.", "December quarter", "cut"),
    ("The carrier cancelled half of its flights on Friday.", "Friday", "cancelled"),
    ("The operator scrapped 300 of its flights in May.", "May", "scrapped"),
    ("Ferries cancelled a third of the sailings on Monday.", "Monday", "cancelled"),
    # negative: a counted subject is not the verb's object. (An event noun that is no amount's, with a time of its
    # own preposition after it, leaves the time to the verb as well: session 27, docs/preceding_nominal_convention.md; before, the merger)
    ("Police said most of the protests on Sunday were peaceful.", "Sunday", "protests"),
    ("The board approved the terms of the merger in March.", "March", "approved"),
    # a part of one event keeps its time ("part" is no count): a known miss since session 27, whose rule gives the
    # verb a time closing its complement even where "would" cannot be dated by a period already gone by
    pytest.param("The pact would resolve part of a broad investigation of the firm in the past year.", "the past year",
                 "investigation", marks=pytest.mark.xfail(strict=True, reason="would + a period gone by: the noun's")),
])
def test_event_noun_counted_by_the_object_leaves_the_time_to_the_verb(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- "the strongest to hit the region since 2015": a ranked infinitive's "since" is a record comparison --------------

@pytest.mark.parametrize("text,timex", [
    ("The quake, the strongest to hit the region since 2015, killed at least 153 people.", "2015"),
    ("She became the first woman to win the title since 1990.", "1990"),
])
def test_since_on_a_ranked_infinitive_is_a_record_comparison(text, timex):
    row = row_of(text, timex, PUB)
    assert row["no_event"] == "record-comparison" and _na(row["trigger"])


def test_ranked_infinitive_keeps_its_when_clause():
    row = row_of("It was the biggest storm to strike the coast since 2012, when a hurricane flooded the town.", "2012",
                 PUB)
    assert row["trigger"] == "flooded"


def test_since_on_an_infinitive_of_no_rank_is_a_span():
    # negative: no superlative or record word ranks the doer: "since" spans the inspecting
    row = row_of("The agency hired staff to inspect the dams since 2021.", "2021", PUB)
    assert row["trigger"] == "inspect" and _na(row["no_event"])


# --- a length counted from the report after an object's of-phrase dates the verb -----------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The bank will publish the minutes of the meeting within two weeks.", "two weeks", "publish"),
    ("The ministry will release the results of the inquiry in three months.", "three months", "release"),
    # a day after the of-phrase too: the time closing the verb's complement is the verb's (session 27, docs/preceding_nominal_convention.md; before, the
    # meeting); negative: a day gone by cannot date "will", and is the meeting's
    ("The bank will publish the minutes of the meeting on Friday.", "Friday", "publish"),
    ("The bank will publish the minutes of the meeting on March 2, 2024.", "March 2, 2024", "meeting"),
])
def test_anchored_length_after_an_objects_of_phrase_dates_the_verb(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a plural noun the parser read as a subjectless verb is no clause of its own ------------------------------------------

def test_plural_noun_read_as_a_verb_leaves_the_time_to_the_verb():
    row = row_of("The 22-year-old will rise to No. 5 in the world rankings on Monday.", "Monday", PUB)
    assert row["trigger"] == "rise"


@pytest.mark.parametrize("text,word,predicate", [
    ("The 22-year-old will rise to No. 5 in the world rankings on Monday.", "rankings", False),
    # negative: a present verb with its own subject stays a verb
    ("The group said the company plans to close the plant in May.", "plans", True),
    ("Analysts expect the bank raises rates in May.", "raises", True),
])
def test_plural_noun_read_as_a_verb_is_no_predicate(text, word, predicate):
    from timeline.events.grammar import is_predicate
    from timeline.pipeline.model import load

    assert is_predicate(next(t for t in load()(text) if t.text == word)) is predicate


# --- a month naming a thing in a clause with its own time gives no row -----------------------------------------------------

@pytest.mark.parametrize("text,label", [
    ("The January transfer window closes at 11 p.m. on February 1.", "January"),
    ("The March budget will be presented on Tuesday.", "March"),
])
def test_month_label_on_a_thing_gives_no_row(text, label):
    from test_events_v6 import rows_of

    df = rows_of(text, PUB)
    assert label not in set(df["timex_text"]) and len(df) == 1


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a month on an event noun dates it; with no other time in the clause the month still dates the verb
    ("The March election will be held on Sunday.", "March", "election"),
    ("The March budget raised taxes on fuel.", "March", "raised"),
])
def test_month_on_an_event_or_alone_still_dates(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a bare time after a verb's with/against argument dates the verb ------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("She had struggled with a knee injury last year and missed the final.", "last year", "struggled"),
    ("Fans protested against the verdict last week.", "last week", "protested"),
    # negative: after "on" the noun keeps the bare time (TimeBank's "soared on the announcement yesterday"); a time
    # with its own preposition after the argument is unchanged
    ("Shares soared on the announcement yesterday.", "yesterday", "announcement"),
    ("She had struggled with an injury after surgery in March.", "March", "surgery"),
])
def test_bare_time_after_a_with_argument_dates_the_verb(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a tallied vote on an act dates the act ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The school board approved the plan in a 5-2 vote last Thursday.", "last Thursday", "approved"),
    ("The Senate passed the bill by a vote of 60-40 on Tuesday.", "Tuesday", "passed"),
    ("The council rejected the proposal in a unanimous vote on Monday.", "Monday", "rejected"),
    # a vote with no tally: the time closing the verb's complement is the verb's too (session 27, docs/preceding_nominal_convention.md; before, the
    # referendum); negative: a vote held is the event
    ("Voters rejected the plan in a referendum on Sunday.", "Sunday", "rejected"),
    ("The board will hold a vote on the plan on Monday.", "Monday", "vote"),
    # a score on a contest is its result, not a tally of an act
    ("The club sacked the coach a week after a 5-0 defeat on Saturday.", "Saturday", "defeat"),
])
def test_tallied_vote_dates_the_act(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- added event nouns (event_nouns) --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The inquiry follows a complaint from a customer in April.", "April", "complaint"),
    ("The suspension comes after a fight between two players on Saturday.", "Saturday", "fight"),
    # negative: the verb's own object is its argument ("filed a complaint"); a time on the verb stays the verb's
    ("She filed a complaint with the regulator in March.", "March", "filed"),
])
def test_added_event_nouns(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- "has been above target since 2021": a level after "be" is no event of the subject noun -----------------------------

@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("Inflation has been above target since 2021.", "2021", "been", "Inflation"),
    ("Unemployment was below 4% in May.", "May", "was", "Unemployment"),
])
def test_level_after_be_is_no_event_of_the_subject(text, timex, trigger, subject):
    row = row_of(text, timex, PUB)
    assert (row["trigger"], row["subject"]) == (trigger, subject)


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a bare "be" with a place still says when its event-noun subject takes place
    ("The funeral will be on Saturday.", "Saturday", "funeral"),
    ("The meeting will be at the hotel on Monday.", "Monday", "meeting"),
])
def test_event_noun_on_a_bare_be_still_takes_place(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- "had to be rescued": the verb after "have to" is the event -------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Last year, 11 people had to be rescued on the mountain and two died.", "Last year", "rescued"),
    ("On Monday, the airline had to cancel 40 flights.", "Monday", "cancel"),
    ("In May, she had to have surgery.", "May", "surgery"),
    # negative: "have" with an object of its own keeps its meaning
    ("The company had a loss of $5 million in March.", "March", "had"),
])
def test_have_to_gives_the_verb_after_it(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a "when" clause of expecting: the expected act is its event ----------------------------------------------------------

def _triggers(text):
    from test_events_v6 import rows_of

    return list(rows_of(text, PUB)["trigger"])


def test_when_clause_of_expecting_gives_the_expected_act():
    got = _triggers("She will present the bank's results on Feb. 27, when analysts expect it to report a fall in profit.")
    assert "report" in got and "expect" not in got
    got = _triggers("The vote is on Friday, when lawmakers are expected to approve the bill.")
    assert "approve" in got and "expected" not in got


def test_when_clause_of_another_verb_is_unchanged():
    # negative: a when-clause verb that expects nothing is its own event
    assert "fell" in _triggers("The deal was signed in May, when prices fell.")


# --- "has been in talks since last year": the talks are the event ----------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The airline has been in talks with a rival since last year over a stake sale.", "last year", "talks"),
    ("The two unions have been in negotiations with the city since March.", "March", "negotiations"),
    # negative: a place or state that is no event leaves the verb
    ("He has been in prison since 2019.", "2019", "been"),
])
def test_being_in_an_event_since_gives_the_event(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- "since the coup on Feb. 1": the event the phrase names, and the verb it bounds --------------------------------------

@pytest.mark.parametrize("text,timex,noun,verb", [
    ("The border has been closed since the coup on Feb. 1.", "Feb. 1", "coup", "closed"),
    ("Prices have risen 20% since the invasion in February 2022.", "February 2022", "invasion", "risen"),
    ("Since taking over in 2021, the chief executive has cut costs by 20%.", "2021", "taking", "cut"),
])
def test_since_an_event_gives_the_event_and_the_bounded_verb(text, timex, noun, verb):
    from test_events_v6 import rows_of

    df = rows_of(text, PUB)
    df = df[df["timex_text"] == timex]
    assert set(df["trigger"]) == {noun, verb}
    bounded = df[df["trigger"] == verb].iloc[0]
    assert str(bounded["end"])[:10] == "2024-06-13" and bounded["start"] == df[df["trigger"] == noun].iloc[0]["start"]


def test_since_a_record_or_a_plain_time_gives_one_row():
    from test_events_v6 import rows_of

    # negatives: a record comparison names no bounded event; "since March" is one row with its interval
    assert len(rows_of("It is the lowest level since the crash in 2008.", PUB)) == 1
    assert list(rows_of("Prices have risen since March.", PUB)["trigger"]) == ["risen"]


# --- "from April 1 until the end of September": a range whose ends differ in grain is one row --------------------------------

@pytest.mark.parametrize("text,timex,start,end", [
    ("The cuts will take effect from April 1 until the end of September.", "April 1", "2024-04-01", "2024-10-01"),
    ("She led the agency from 2019 until March 2021.", "2019", "2019-01-01", "2021-04-01"),
])
def test_range_of_mixed_grains_is_one_row(text, timex, start, end):
    from test_events_v6 import rows_of

    df = rows_of(text, "2024-02-06")
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["timex_text"], str(row["start"])[:10], str(row["end"])[:10]) == (timex, start, end)


def test_a_moved_date_is_no_range():
    from test_events_v6 import rows_of

    # negative: "postponed from May until June" moves the event: no range row from May
    df = rows_of("The vote was postponed from May until the end of June.", "2024-02-06")
    assert len(df) == 2


# --- a market setting after an amount the parser hung it on still gives the verb -------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Acme's shares rose 50 cents to close at $12 in New York trading yesterday.", "yesterday", "close"),
    # negative: a setting that is no market keeps the preceding noun's reading
    ("Acme's shares rose 50 cents after a fire at its plant yesterday.", "yesterday", "fire"),
])
def test_market_setting_after_an_amount(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- "which fell 1.2%, or 300 points, on Friday": the time after an amount said again is the relative clause's ----------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Losses in banks dragged down the index as well as the Dow, which fell 1.2%, or 300 points, on Friday.", "Friday",
     "fell"),
    # negative: a relative clause with no amount said again leaves the time to the verb it was hung on
    ("The storm hit the town, which lost power for two days, on Monday.", "Monday", "hit"),
])
def test_time_after_a_restated_amount_dates_the_relative_clause(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a ruling verb's object with a time hung on it: the ruling is dated ------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The senate approved the expansion move in October.", "October", "approved"),
    # negative: a verb that rules on nothing leaves a period hung on its object noun to the noun
    ("The board reported a decline in the fourth quarter.", "the fourth quarter", "decline"),
])
def test_sanctioned_object_dates_the_ruling(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- "on the night of April 24": the part of the day is part of the time phrase --------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("A late frost on the night of April 24 destroyed the crop.", "April 24", "A late frost"),
    ("A truck on the morning of May 3 hit the old bridge.", "May 3", "A truck"),
    # negative: a part of the day with no date after it is no time phrase of the date
    ("The frost on Monday destroyed the crop.", "Monday", "The frost"),
])
def test_part_of_the_day_before_a_date_leaves_the_subject(text, timex, subject):
    row = row_of(text, timex, PUB)
    assert row["subject"] == subject and "night of" not in row["event"] and "hours of" not in row["event"]


# --- the probe -----------------------------------------------------------------------------------------------------------

def test_probe13_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_probe13_floor():
    docs = load()
    results, absent, _ = heldout.score(events_gold.run(docs), docs)
    f = heldout.figures(results)
    assert f["fully_right"] / f["rows"] >= 60 / 67, f  # one below the 61 measured
    assert sum(a["rows"] == 0 for a in absent) >= 3, absent


# fully right at the first run (probe f09597f, code adc3453): 58/67 (86.6%); date 56/58, trigger 64/67, subject 54/60,
# asserted 65/66; plain lengths with no row 3/3. After this round: 61/67 (91.0%); date 57/58, trigger 66/67, subject
# 54/60, asserted 66/66; 3/3. Left: "The last major eruption, in 1973, destroyed 400 homes" (the aside dates the
# noun, by design); "was due to end in Lisbon on Nov. 2" (the tagger reads Nov. 2 as past: temporal); subjects
# "a series win ... in the 2013-14 season" (none), "after a fire at a data centre cut connections" ("cut" parsed as a
# noun: "It"), and two where the probe's own alternatives missed a right reading ("The singer Maya Lund" for "she",
# "Lund" for "She": an annotation slip, left as written).


if __name__ == "__main__":
    heldout.main(load())
