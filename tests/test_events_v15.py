"""Issue 12, fifteenth round (helper 12n): rules measured with a probe written and committed before the tool ran on
it (``tests/data/events_probe14/probe.json``, not a blind set; noun events, light verbs, nominalised reporting, times
that must give no row, verb triggers in complex clauses) and with the dev set's tuned half. Each rule has positive
and negative examples written here (not the probe's sentences, not any corpus or held-out text).
``python tests/test_events_v15.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of, rows_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe14" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]


PUB = "2024-06-12"


# --- comparison bases with no amount after "compared with", after "that of", after a "to X from Y" change ----------------

@pytest.mark.parametrize("text,timex", [
    ("Exports fell 8% in the last quarter compared with 2022.", "2022"),
    ("Ticket sales slipped 5% this spring compared to last year.", "last year"),
    ("The harvest this autumn was half that of 2021.", "2021"),
    ("Rents in the city are now 30% above those of 2019.", "2019"),
    ("Turnout dropped to 39% from 52% four years earlier.", "four years earlier"),
    ("Debt rose to $9 billion from $7 billion a year ago.", "a year ago"),
    ("Unemployment eased to 5.1% in March from 5.4% in February, the agency said.", "February"),
    ("This year the county spent $40 million on roads, twice what it spent in 2018.", "2018"),
    ("Ticket sales are now triple what they were in 2021.", "2021"),
])
def test_time_that_is_a_comparison_base_dates_nothing(text, timex):
    row = row_of(text, timex, PUB)
    assert row["no_event"] == "comparison-base" and _na(row["trigger"]), row.to_dict()


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a time with its own preposition after a "to X from Y" change dates the change
    ("The bank raised its rate to 3% from 2.5% on Wednesday.", "Wednesday", "raised"),
    ("Unemployment eased to 5.1% in March from 5.4% in February, the agency said.", "March", "eased"),
    # negative: a time of the change earlier in the sentence is no cue for a later day after the base amount
    ("In March the bank raised its rate to 3% from 2.5% on Wednesday.", "Wednesday", "raised"),
    # negative: "compared with" an event noun the time premodifies compares that event, which the time dates
    ("The firm posted a loss of $3 million, compared with a year-earlier loss of $5 million.", "year-earlier", "loss"),
    # negative: a time right after the comparing verb's own object is the verb's
    ("The minister compared the two budgets on Tuesday.", "Tuesday", "compared"),
    # negative: a "what" clause with no multiplier before it is its own event
    ("The witness described what she saw in 2018.", "2018", "saw"),
])
def test_time_that_is_no_comparison_base_keeps_its_event(text, timex, trigger):
    row = row_of(text, timex, PUB)
    assert row["trigger"] == trigger and _na(row["no_event"]), row.to_dict()


def test_when_clause_on_a_comparison_base_is_dated_by_it():
    row = row_of("Sales fell to $40 million from $90 million a year ago, when demand peaked.", "a year ago", PUB)
    assert row["trigger"] == "peaked" and row["subject"] == "demand"


# --- a year naming which titleholder is no row -------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("The 2018 winner, Tom Hale, crashed on the final lap on Sunday.", "2018"),
    ("A 2005 graduate of the school, she joined the firm in 2010.", "2005"),
    ("The 2012 Olympic champion retired last month.", "2012"),
])
def test_year_naming_a_titleholder_gives_no_row(text, timex):
    rows = rows_of(text, PUB)
    assert not rows["timex_text"].str.contains(timex, regex=False).any(), rows[["timex_text", "trigger"]]


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a label noun's year as a past verb's subject still dates it; an event noun is dated by its year
    ("A 1998 law banned the practice.", "1998", "banned"),
    ("She won the 2019 final in Paris.", "2019", "final"),
])
def test_year_on_other_nouns_keeps_its_row(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a year naming a plan, a target or a bill is no row; still ahead, even as a past verb's subject -----------------------

@pytest.mark.parametrize("text,timex", [
    ("The mayor signed the 2025 transport bill on Friday.", "2025"),
    ("The city's 2030 housing goals were unveiled on Monday.", "2030"),
    ("The group dropped its 2027 sales ambition in March.", "2027"),
])
def test_year_naming_a_plan_gives_no_row(text, timex):
    rows = rows_of(text, PUB)
    assert not rows["timex_text"].str.contains(timex, regex=False).any(), rows[["timex_text", "trigger"]]


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a past year on a past verb's subject dates it; a goal set in a year is dated by it
    ("A 1996 bill tightened the rules.", "1996", "tightened"),
    ("The board set a goal in 2019 to double sales.", "2019", "set"),
])
def test_year_beside_a_plan_noun_keeps_its_row(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a verb after "and" the parser read as an adverb, with its own time, shares the head's auxiliary ---------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The exhibition will open in March and close in August.", "August", "close"),
    ("The ferry service will start on Monday and stop on Friday.", "Friday", "stop"),
    # negative: an adverb of order or repetition after "and" is no verb; the first verb keeps its time
    ("Fares will rise in March and again in September.", "September", "rise"),
    ("Fares will rise in March and possibly in September.", "September", "rise"),
    ("The exhibition will open in March and close in August.", "March", "open"),
])
def test_conjunct_verb_read_as_an_adverb(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


def test_conjunct_verb_read_as_an_adverb_is_a_predicate():
    from timeline.events.grammar import is_predicate
    from timeline.pipeline.model import load

    doc = load()("The exhibition will open in March and close in August.")
    tok = next(t for t in doc if t.text == "close")
    assert is_predicate(tok) or tok.pos_ == "VERB"
    doc = load()("Fares will rise in March and again in September.")
    assert not is_predicate(next(t for t in doc if t.text == "again"))


# --- "the first at the hospitals in four years": a record counted back past one place phrase ------------------------------

@pytest.mark.parametrize("text,timex", [
    ("If the walkout goes ahead, it would be the first at the port in six years.", "six years"),
    ("The blaze was the largest at the refinery in three decades.", "three decades"),
])
def test_record_in_a_span_past_a_place_phrase_dates_nothing(text, timex):
    rows = rows_of(text, "2023-09-21")
    hit = rows[rows["timex_text"].str.contains(timex, regex=False)]
    assert hit.empty or (hit["no_event"] == "record-comparison").all(), hit[["timex_text", "trigger", "no_event"]]


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: an explicit future opening is when it opens; an "of" phrase is the thing ranked, no record
    ("The chain will open its first store in Denver in three weeks.", "three weeks", "open"),
    ("The chain will open the first of its stores in three weeks.", "three weeks", "open"),
])
def test_span_after_a_ranked_thing_with_a_future_keeps_its_event(text, timex, trigger):
    assert row_of(text, timex, "2023-09-21")["trigger"] == trigger


# --- "on Feb. 26, days before a March 1 deadline": the length restates the day; the date dates its own noun ---------------

def test_length_restating_a_day_gives_no_row_and_the_anchor_date_dates_its_noun():
    rows = rows_of("Negotiators resume on Sept. 9, days before a Sept. 15 deadline to settle the dispute.", "2025-09-01")
    assert not rows["timex_text"].str.fullmatch("days").any(), rows[["timex_text", "trigger"]]
    assert row_of("Negotiators resume on Sept. 9, days before a Sept. 15 deadline to settle the dispute.", "Sept. 15",
                  "2025-09-01")["trigger"] == "deadline"
    rows = rows_of("The referendum is on June 8, three weeks after the May 18 election.", "2025-05-01")
    assert not rows["timex_text"].str.contains("three weeks", regex=False).any(), rows[["timex_text", "trigger"]]


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a length with no dated time before it keeps its row; a deadline the verb must meet is the verb's
    ("Negotiators resume days before a Sept. 15 deadline.", "days", "resume"),
    ("The firm must reply before a Sept. 15 deadline.", "Sept. 15", "reply"),
])
def test_length_or_deadline_without_a_restated_day(text, timex, trigger):
    assert row_of(text, timex, "2025-09-01")["trigger"] == trigger


# --- a time after a participle of a standing relation (or one dated already) on the object dates the main verb ----------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Regulators grounded all helicopters operated by the company on Thursday.", "Thursday", "grounded"),
    ("The bank sold bonds held by its clients last month.", "last month", "sold"),
    ("The ministry recalled troops stationed abroad on Monday.", "Monday", "recalled"),
    ("The state sold a brewery founded in 1875 on Tuesday.", "Tuesday", "sold"),
    # negative: an event participle keeps its own time; a range's second end stays with the participle's range
    ("The city demolished a tower built in 1962.", "1962", "built"),
    ("The town bought a hall damaged in the flood on Monday.", "Monday", "flood"),
])
def test_time_after_a_standing_participle_dates_the_main_verb(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a window ahead after the object of a future act dates the act ---------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The council said it would announce a verdict within five days.", "five days", "announce"),
    ("The agency will finish the inspection in three weeks.", "three weeks", "finish"),
    # negative: a light verb's noun stays the event; a day (not a window) keeps the existing readings
    # (session 34: a light verb with a plural, possessed or definite object is the event itself, not
    # the noun; was 'elections': docs/preceding_nominal_convention.md)
    ("The junta said it would hold elections within 60 days.", "60 days", "hold"),
    ("The board will announce its decision on Friday.", "Friday", "announce"),
])
def test_window_ahead_on_a_future_act(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- the probe -----------------------------------------------------------------------------------------------------------

def test_probe14_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_probe14_floor():
    docs = load()
    results, absent, _ = heldout.score(events_gold.run(docs), docs)
    f = heldout.figures(results)
    assert f["fully_right"] / f["rows"] >= 60 / 66, f  # one below the 61 measured
    assert sum(a["rows"] == 0 for a in absent) >= 12, absent  # one below the 13 measured


# fully right at the first run (probe 753b4ba, code 56737ba): 61/66 (92.4%); date 61/61, trigger 62/66, subject 50/53,
# asserted 65/66; times with no row of their own 6/13 as scored then, 9/13 with main's later scorer (a row flagged
# no_event is no row). After this round: 61/66 (92.4%), the same fields; no row 13/13 ("compared with 2023", "double
# that of July 2024", "from 57% five years earlier", "The 2019 champion"). Left: "staged three walkouts in 2023" (the
# tool says "walkouts", a fair light-verb reading the probe did not list), "The government's offer of a 5% pay rise in
# December" ("rise"), "opened an investigation into the cause of the fire this week" ("fire"), "pledged during the
# campaign to cut local taxes in 2023" (subject "the campaign": link.py), "filed a motion to dismiss the case on
# Monday" ("dismiss": a time with its preposition after an infinitive on a noun stays with the infinitive by design).


if __name__ == "__main__":
    heldout.main(load())
