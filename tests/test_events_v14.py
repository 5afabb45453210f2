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
    # negative: a part of one event keeps its time ("part" is no count); a counted subject is not the verb's
    # object; an event noun that is no amount's keeps the preceding-nominal reading
    ("The pact would resolve part of a broad investigation of the firm in the past year.", "the past year",
     "investigation"),
    ("Police said most of the protests on Sunday were peaceful.", "Sunday", "protests"),
    ("The board approved the terms of the merger in March.", "March", "merger"),
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
    # negative: a day after the of-phrase may be the named event's own ("the minutes of the meeting on Friday")
    ("The bank will publish the minutes of the meeting on Friday.", "Friday", "meeting"),
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


# --- the probe -----------------------------------------------------------------------------------------------------------

def test_probe13_is_well_formed():
    heldout.check_well_formed(load(), 10)


if __name__ == "__main__":
    heldout.main(load())
