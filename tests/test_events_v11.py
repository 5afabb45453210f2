"""Events, eleventh round (issue 12): rule classes found with a probe of new-domain texts written before the tool
ran on them (``tests/data/events_probe10/probe.json``, not a blind set; weighted towards nominal events and light
verbs) and with the dev set's tuned half — each rule with positive and negative examples written for it here (not
the probe's sentences, not any corpus or held-out text). ``python tests/test_events_v11.py`` prints every probe
row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe10" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if _na(v) else str(v)


# --- an event noun in a sentence-opening phrase, with the time right after it, is dated there -----------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("During the parade on Saturday, two floats caught fire.", "Saturday", "parade"),
    ("After the vote on Tuesday, the chairman resigned.", "Tuesday", "vote"),
])
def test_fronted_event_phrase_dates_its_noun(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # a statement is the saying's medium and a deadline no event: the main clause's verb is dated
    ("In a statement on Monday, the ministry denied the report.", "Monday", "denied"),
    ("By the deadline on Friday, only two bidders had applied.", "Friday", "applied"),
])
def test_fronted_phrase_without_its_own_event(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- a sentence root read as a noun yet with a direct object is the lost verb ----------------------------------------

def test_root_noun_with_an_object_is_the_verb():
    # parsed "The 25-year-old [set]/NN ... record/dobj": the setting is dated, not the second verb
    row = row_of("The 25-year-old set a national record in Oslo in 2021 and retired two years later.", "2021")
    assert row["trigger"] == "set"


def test_root_noun_without_an_object_stays_no_verb():
    # a verbless fragment: no object, so no verb is invented
    assert _text(row_of("Another record for the club in 2019.", "2019")["trigger"]) == ""


# --- a number glued by a hyphen stays in its word ---------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The 30-year-old broke the course record in 2019.", "2019", "The 30-year-old"),
    ("A 12-member jury convicted him on Monday.", "Monday", "A 12-member jury"),
])
def test_hyphenated_number_stays_in_the_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_spaced_number_is_no_part_of_the_word():
    # "in 2019 - a year": the number stands apart from the word after the dash
    row = row_of("Turnout hit a record in 2019 - a year of protests.", "2019")
    assert "2019" not in _text(row["subject"])


# --- a judging word's bare "of" deed: the time dates the judging -----------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The treasurer was convicted of fraud on Thursday.", "Thursday", "convicted"),
    ("A jury found the driver guilty of manslaughter in May.", "May", "found"),
    ("The coach was cleared of misconduct last month.", "last month", "cleared"),
])
def test_judged_deed_dates_the_judging(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # a deed with its own determiner keeps its own time
    ("The guard was accused of the theft of a painting in 2019.", "2019", "theft"),
    # an "of" after a verb that judges nothing is no judged deed
    ("The town was robbed of its harbour in 1850.", "1850", "robbed"),
])
def test_deed_with_its_own_time(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- the probe ---------------------------------------------------------------------------------------------------

def test_probe10_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= 63 / 71, f


# fully right at the first run (probe adef05b on main 06590ff code): 63/71 (88.7%);
# date 58/60, trigger 66/71, subject 58/64, asserted 66/70; absent 4/5.


if __name__ == "__main__":
    heldout.main(load())
