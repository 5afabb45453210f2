"""Triggers helper e16t: the classes of docs/heldout_3-5_error_classes.md given to attach/interval/rows, each with
positive and negative sentences written here (not from any corpus or held-out text), and the probe written before
the fixes (``tests/data/events_probe19/probe.json``, not a blind set). ``python tests/test_events_v19.py`` prints
every probe row."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import row_of, rows_of  # noqa: E402,F401
from events_probe import print_probe, probe_score  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe19" / "probe.json"
PUB = "2025-03-14"


def _probe_score() -> tuple[int, list[str]]:
    return probe_score(PROBE, PUB, rows_of)


def _na(v) -> bool:
    return v is None or (not isinstance(v, str) and pd.isna(v))


# --- class 2: the clause's verb keeps a time after a noun in its PP or object ---------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The jury announced the verdict at a hearing in Dublin on Friday afternoon.", "Friday", "announced"),
    ("The quartet will debut at a concert in Lisbon next spring.", "next spring", "debut"),
    ("Farmers learned of the ban from a radio bulletin on Tuesday.", "Tuesday", "learned"),
    ("The regulator had notified the bank in writing on June 4.", "June 4", "notified"),
    ("The pilots said they would not call another walkout before March.", "March", "call"),
    ("She had started painting the mural in her uncle's basement in 2011.", "2011", "started"),
    # negatives: an occasion with its own time right after it, an event noun after a time relation, a verbless frame
    ("The minister announced the plan at a rally on Saturday.", "Saturday", "rally"),
    ("Shares slid after the chairman's resignation on Monday.", "Monday", "resignation"),
    ("The ballot was delayed after a recount in March.", "March", "recount"),
])
def test_clause_verb_keeps_time_after_noun_in_pp(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- classes 11, 26, 29: times that date nothing ----------------------------------------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("Retail sales rose 3% in June from a year earlier.", "a year earlier"),
    ("The port handled 90 ships, compared with 70 in the same period of 2019.", "2019"),
    ("Bookings in May were less than half the figure for April.", "April"),
    ("Buses will run every 15 minutes between 6 a.m. and 11 p.m.", "6 a.m."),
    ("It was the coldest night the village had known since 1963.", "1963"),
    ("It felt like being back in the 1970s.", "the 1970s"),
])
def test_time_dates_nothing(text, timex):
    row = row_of(text, timex, PUB)
    assert _na(row["trigger"]) and not _na(row["no_event"]), row.to_dict()


@pytest.mark.parametrize("text,timex,trigger", [
    # negatives: no amount or own time, a starting time, a clock time with a day, a plain since
    ("Profit grew 19% from a year ago.", "a year ago", "grew"),
    ("The ferry will sail at 7 a.m. on Monday.", "7 a.m.", "sail"),
    ("The town has seen three floods since 1990.", "1990", "seen"),
    ("The figure for April will be published on Monday.", "Monday", "published"),
])
def test_time_still_dates_its_event(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- class 19 + aux: an ordinal count of events since X; "had last cut" -------------------------------------------------------

def test_ordinal_count_since_is_a_row_of_the_noun():
    row = row_of("It is the airline's third strike since 2022.", "2022", PUB)
    assert row["trigger"] == "strike" and _na(row["no_event"]), row.to_dict()


def test_first_since_stays_a_record():
    assert not _na(row_of("It was the first strike since 2022.", "2022", PUB)["no_event"])


def test_participle_like_its_base_after_had_is_the_verb():
    row = row_of("The bank had last cut rates in May 2021.", "May 2021", PUB)
    assert row["trigger"] == "cut" and row["subject"] == "The bank", row.to_dict()


# --- class 5: a request is not a fact; class 6: a possessed act owns its time ----------------------------------------------------

@pytest.mark.xfail(reason="'asked to' as an irrealis predicate was tried and dropped: with the parser's object-control "
                          "reading ('asked the government to return the bronzes in 2020') read set 5's asserted floor fell")
def test_asked_to_is_not_asserted():
    assert not bool(row_of("Police have been asked to help clear the road from Friday.", "Friday", PUB)["asserted"])


@pytest.mark.parametrize("text,timex,trigger", [
    ("Greece's entry into the eurozone in 2001 was celebrated.", "2001", "entry"),
    ("The club's response on Friday was to sack the coach.", "Friday", "response"),
    # negative: no possessor, the noun is a thing that cost something
    ("Entry to the zoo in 2019 cost 15 dollars.", "2019", "cost"),
])
def test_possessed_act_owns_its_time(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- class 13: a length before/after another dated event -------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger,start", [
    ("The team left the camp two weeks before the summit bid began on May 20, 2023.", "two weeks", "left", "2023-05-06"),
    ("The probe was closed in 2019, four years after its launch.", "four years", "launch", "2015-01-01"),
    pytest.param("The law was repealed in 2019, four years after its passage.", "four years", "passage", "2015-01-01",
                 marks=pytest.mark.xfail(reason="'passage' is no event noun in the lexicon (vocabulary, not the rule)")),
    pytest.param("The plant reopened in June 2022, three months after the fire broke out.", "three months", "broke",
                 "2022-03-01", marks=pytest.mark.xfail(reason="the clause read back from the main clause's time was "
                                                        "dropped: a blind held-out floor fell with it")),
])
def test_length_off_another_events_time(text, timex, trigger, start):
    row = row_of(text, timex, PUB)
    assert row["trigger"] == trigger and str(row["start"])[:10] == start, row.to_dict()


def test_hours_off_another_clause_make_no_row():
    rows = rows_of("Staff heard of the closure on Monday evening, two hours before they got a letter.", PUB)
    assert not rows["timex_text"].fillna("").str.contains("two hours").any(), rows[["timex_text", "trigger"]]


# --- class 22: the time of a coordinated second verb the parser read as an adverb ------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The skating rink will open for visitors in December and close on February 28.", "February 28", "close"),
    ("The skating rink will open for visitors in December and close on February 28.", "December", "open"),
])
def test_second_conjunct_verb_keeps_its_time(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


def test_probe19_floor():
    ok, lines = _probe_score()
    assert ok >= 35, "\n".join(lines)


if __name__ == "__main__":
    print_probe(_probe_score(), "probe19")
