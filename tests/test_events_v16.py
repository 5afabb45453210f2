"""Issue 12, sixteenth round (helper 12n): rules measured with a probe written and committed before the tool ran on
it (``tests/data/events_probe15/probe.json``, not a blind set) and with the dev set's tuned half. Each rule has
positive and negative examples written here (not the probe's sentences, not any corpus or held-out text).
``python tests/test_events_v16.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of, rows_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe15" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]


PUB = "2024-06-12"


# --- a cancelling verb's object is no event of its own: the time dates the calling off -------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Fog forced the ferry line to cancel six sailings on Monday.", "Monday", "cancel"),
    ("The league scrapped the derby on Saturday after crowd trouble.", "Saturday", "scrapped"),
    ("The town called off its carnival on Sunday.", "Sunday", "called"),
    ("The carrier will cancel 40 flights on Friday because of the strike.", "Friday", "cancel"),
    # negative: a scheduling verb that is no calling off leaves the time on its object ("a news conference Thursday")
    ("The club will postpone the match on Saturday.", "Saturday", "match"),
    # negative: the object's own phrase with its own agent keeps its own time elsewhere; a plain act stays the act
    ("The firm cut 300 jobs on Tuesday.", "Tuesday", "cut"),
])
def test_cancelling_verb_keeps_its_time(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a cleft puts the time in focus: the "that" clause's verb is the event ----------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("It was not until Thursday that the club confirmed the sale.", "Thursday", "confirmed"),
    ("It was in 2009 that the pair first met.", "2009", "met"),
    # negative: "it was" with a predicate of its own is that predicate's state
    ("It was warm on Monday, and crowds filled the beaches.", "Monday", "warm"),
    # negative: a plain "be" with no "that" clause
    ("The vote was on Tuesday.", "Tuesday", "vote"),
])
def test_cleft_focus(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


def test_cleft_focus_subject_is_the_clauses():
    row = row_of("It was only on Friday that the regulator approved the merger.", "Friday", PUB)
    assert row["trigger"] == "approved" and row["subject"] == "the regulator"


# --- a participle that only gives a name is no event --------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The hospital was hit by an outage blamed on a gang called NightOwl on Sunday.", "Sunday", "blamed"),
    ("She sold the land to a company named Arvel Holdings in 2019.", "2019", "sold"),
    # negative: a naming verb that is the clause's own act keeps the time
    ("The club named Ana Ruiz as coach on Tuesday.", "Tuesday", "named"),
    # negative: a name set off by commas with its own time ("called X in 2001") stays where the parser put it
    ("The quartet split in 2005.", "2005", "split"),
])
def test_naming_participle_is_no_event(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a past time after the task of a choosing verb dates the choosing -----------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The board appointed Marta Lind to run the airline in 2021.", "2021", "appointed"),
    ("He was elected to chair the committee in 2018.", "2018", "elected"),
    ("The senate voted 60-38 to confirm the judge on Tuesday.", "Tuesday", "voted"),
    ("The shareholders, whom the chairman named to audit the accounts in 2020, resigned.", "2020", "named"),
    # negative: a time ahead of the report is the task's own
    ("The city hired a contractor to rebuild the pier in 2027.", "2027", "rebuild"),
    # negative: a verb that chooses no one leaves the infinitive its time
    ("The union agreed to end the strike on Tuesday.", "Tuesday", "end"),
    # negative: a time in another verb's clause after the infinitive is that verb's
    ("The council voted for a plan to widen the road, with work starting Monday.", "Monday", "starting"),
])
def test_choosing_verb_dated_by_the_time_after_its_task(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a time before an event word in a compound dates the occasion the compound names --------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Mourners filled the church for a Friday afternoon funeral service.", "Friday afternoon", "service"),
    ("Students walked out of a Monday prayer session.", "Monday", "session"),
    ("The party held a Tuesday leadership election campaign launch.", "Tuesday", "launch"),
    # negative: a head that is no occasion leaves the time on the event word
    ("The striker missed a May 2 return date.", "May 2", "return"),
])
def test_time_before_a_compound_dates_its_occasion(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- times that date nothing: a possessed comparison base, a titleholder's year, a record after a possessive ----------------

@pytest.mark.parametrize("text,timex,why", [
    ("The regatta will start on Aug. 3, two days later than last year's.", "last year", "comparison-base"),
    ("Turnout this autumn was lower than last autumn's, officials said.", "last autumn", "comparison-base"),
    ("She clocked the fastest women's time since 2014.", "2014", "record-comparison"),
    ("It was the city's wettest June since 1998.", "1998", "record-comparison"),
])
def test_time_that_dates_nothing(text, timex, why):
    row = row_of(text, timex, PUB)
    assert row["no_event"] == why and _na(row["trigger"]), row.to_dict()


@pytest.mark.parametrize("text,timex", [
    ("Last year's winner, Ola Berg, crashed out on Sunday.", "Last year"),
    ("The tournament's 2021 champion withdrew on Monday.", "2021"),
])
def test_possessive_time_on_a_titleholder_gives_no_row(text, timex):
    rows = rows_of(text, PUB)
    assert not rows["timex_text"].fillna("").str.contains(timex, regex=False).any(), rows[["timex_text", "trigger"]]


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a possessed time on an event noun dates the event
    ("Last year's election was close.", "Last year", "election"),
    # negative: "than" with a later or earlier deadline keeps its time ("no later than Friday": the filing's)
    ("Bids must be filed no later than Friday.", "Friday", "filed"),
    # negative: a possessed time after "than" that owns a noun said there ("than last year's forecast") is no base
    ("The women's team has trained in the city since 2011.", "2011", "trained"),
])
def test_time_that_still_dates_its_event(text, timex, trigger):
    row = row_of(text, timex, PUB)
    assert row["trigger"] == trigger and _na(row["no_event"]), row.to_dict()


# --- a possessed time on a contest that a verb of winning or finishing takes as object dates the outcome ------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The defending champion failed to finish Sunday's stage.", "Sunday", "finish"),
    ("Rivera won last year's final in five sets.", "last year", "won"),
    # negative: a verb that is no outcome leaves the contest its time
    ("Fans watched Saturday's final on big screens.", "Saturday", "final"),
])
def test_possessed_contest_dates_its_outcome(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- the probe -----------------------------------------------------------------------------------------------------------

def test_probe15_is_well_formed():
    heldout.check_well_formed(load(), 10)


if __name__ == "__main__":
    heldout.main(load())
