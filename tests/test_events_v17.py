"""Issue 12, seventeenth round (helper h12n4): NOUN events, measured with a probe written and committed before the
tool ran on it (``tests/data/events_probe16/probe.json``, not a blind set) and with the dev set's two halves. Each
rule has positive and negative examples written here (not the probe's sentences, not any corpus or held-out text).
``python tests/test_events_v17.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of, rows_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe16" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]


PUB = "2025-03-14"


# --- underived news event nouns (news_event_nouns): a time in their own phrase dates them ----------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("A blizzard on Tuesday closed the mountain pass.", "Tuesday", "blizzard"),
    ("The shortage last winter pushed bread prices up.", "last winter", "shortage"),
    ("The feud in 2019 between the two brothers split the firm.", "2019", "feud"),
    ("The manhunt on Sunday ended near the lake.", "Sunday", "manhunt"),
    # negative: a content verb's own object is its argument, whatever noun it is
    ("Volunteers joined the manhunt on Sunday.", "Sunday", "joined"),
    # negative: a thing in the subject is no event; the time climbs to the verb
    ("The bridge in Lyon reopened on Monday.", "Monday", "reopened"),
])
def test_news_event_nouns(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a word of the event vocabulary the tagger read as an adjective, heading a noun phrase ------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Tuesday's final ended in a draw.", "Tuesday", "final"),
    ("The coach lost the 2021 final on penalties.", "2021", "final"),
    # negative: an adjective that modifies a noun is no event ("the final report")
    ("The final report was published on Monday.", "Monday", "published"),
])
def test_adjective_read_for_an_event_noun(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- an event noun dated by its own premodifying time takes no second time ---------------------------------------------

def test_noun_with_its_own_time_is_not_dated_again():
    row = row_of("Auditors began a review of the firm's 2020 bond issue in May.", "May", PUB)
    assert row["trigger"] in ("began", "review"), row.to_dict()


def test_noun_without_a_time_of_its_own_keeps_the_later_time():
    # negative: no time of its own: the later time in its phrase is its own
    assert row_of("The sale of its shipping unit in May raised $2 billion.", "May", PUB)["trigger"] == "sale"


# --- a length after what a promise commits to counts from the report ------------------------------------------------------

def test_promised_within_a_length_is_a_row_ahead():
    row = row_of("The mayor pledged a decision within two weeks.", "two weeks", PUB)
    assert row["trigger"] == "decision" and not bool(row["asserted"]), row.to_dict()
    assert str(row["start"])[:10] == "2025-03-14" and str(row["end"])[:10] == "2025-03-28", row.to_dict()


def test_past_length_with_no_promise_is_no_row():
    # negative: a past verb with no promise measures its length from the story's time: no row
    rows = rows_of("The crew finished the repairs within two weeks.", PUB)
    assert not rows["timex_text"].fillna("").str.contains("two weeks").any(), rows[["timex_text", "trigger"]]


# --- a year that only names a thing's origin dates no event -----------------------------------------------------------------

def test_year_naming_a_thing_gives_no_row():
    rows = rows_of("The 1924 lighthouse, which guards the bay, was repainted in June.", PUB)
    own = rows[rows["no_event"].isna()]
    assert not own["timex_text"].fillna("").str.contains("1924").any(), rows[["timex_text", "trigger", "no_event"]]
    assert rows[rows["timex_text"] == "June"]["trigger"].tolist() == ["repainted"]


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a year on an event noun dates it
    ("The 2018 takeover was approved in June.", "2018", "takeover"),
    # negative: with no other time, the subject's year still dates its past verb (as for "A 1996 law strengthened ...")
    ("A 1998 strike shut the port.", "1998", "strike"),
])
def test_year_on_an_event_or_undated_clause_keeps_its_row(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- the brief's first known limit: a fiscal year's own start -----------------------------------------------------------------

def test_relative_on_a_fiscal_year_is_its_start():
    row = row_of("The utility expects a deficit in the coming fiscal year, which begins on Oct. 1.", "Oct. 1", PUB)
    assert row["trigger"] == "begins", row.to_dict()


@pytest.mark.xfail(strict=True, reason="the subject of a relative clause on a time phrase is resolved in link.py/coref.py "
                                       "(the subjects helper's files): it takes the noun the time phrase hangs on")
def test_relative_on_a_fiscal_year_has_the_year_as_subject():
    row = row_of("The utility expects a deficit in the coming fiscal year, which begins on Oct. 1.", "Oct. 1", PUB)
    assert "fiscal year" in str(row["subject"]), row.to_dict()


# --- the probe -----------------------------------------------------------------------------------------------------------------

def test_probe16_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_probe16_floor():
    docs = load()
    results, absent, _ = heldout.score(events_gold.run(docs), docs)
    f = heldout.figures(results)
    assert f["fully_right"] / f["rows"] >= 38 / 44, f  # one below the 39 measured
    assert sum(a["rows"] == 0 for a in absent) >= 2, absent


# First run (probe 58a55e8, code = main 3ee9f65): 34/44 fully right (77.3%); trigger 35/44, subject 6/7, one row missing
# ("promised aid within 48 hours"), absent 1/2 ("The 1911 building" had a row). At this round's best, 41/44; then the
# blind floors (events_heldout3, 4, 6) and older tests failed, and bisection (pass/fail only) removed from
# news_event_nouns "dispute", "incident", "emergency", "survey", "rain(s)" ("in heavy rain on Saturday"), "frost",
# "shipwreck"/"wreck" ("a 17th-century shipwreck") and "demand", and narrowed the adjective-read-as-noun rule to a
# time's own noun: 39/44 (88.6%), absent 2/2. Left: "conducted an aerial survey", "The dispute in 2023" (the words
# removed), "missed the 2022 final" (the year is tagged, but the parse hangs it as a number), "The inquiry's first
# hearing is scheduled for March 4" (the tuned half has no such case to say how TimeBank links it), "blamed the rise
# on a lapse in August" (the verb's "on" argument), and the subject of "the next fiscal year, which starts on July 1"
# ("a loss": link.py/coref.py, not this helper's files).


if __name__ == "__main__":
    heldout.main(load())
