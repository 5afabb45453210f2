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
from test_events_v6 import _na, row_of, rows_of  # noqa: E402

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
    # a time with its own preposition after the deed dates the accusing, the verb whose complement it closes
    # (session 27, docs/preceding_nominal_convention.md; before, the theft)
    ("The guard was accused of the theft of a painting in 2019.", "2019", "accused"),
    # the deed keeps a bare time right after it, and a time inside its own phrase
    ("The guard was accused of the theft of a painting last May.", "last May", "theft"),
    ("The guard was accused of the 2019 theft of a painting.", "2019", "theft"),
    # an "of" after a verb that judges nothing is no judged deed
    ("The town was robbed of its harbour in 1850.", "1850", "robbed"),
])
def test_deed_with_its_own_time(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- a stated length that runs up to a date is one period: "the three months to September" ---------------------------

def _days(row) -> tuple[str, str]:
    return str(row["start"])[:10], str(row["end"])[:10]


@pytest.mark.parametrize("text,timex,start,end", [
    ("Retail sales rose 2% in the three months to August.", "August", "2025-06-01", "2025-09-01"),
    ("The insurer's profit doubled in the year to March.", "March", "2024-04-01", "2025-04-01"),
    ("Revenue grew 9% in the six months ended Dec. 31, 2024.", "Dec. 31", "2024-07-01", "2025-01-01"),
])
def test_length_to_a_date_is_one_period(text, timex, start, end):
    df = rows_of(text)
    assert len(df) == 1, df[["timex_text", "trigger"]].to_dict("records")
    assert _days(df.iloc[0]) == (start, end)


@pytest.mark.parametrize("text,timex,start,end", [
    # a vague length ("months") names no period: the date keeps its own month
    ("Mortgage rates climbed for months to a peak in May.", "May", "2025-05-01", "2025-06-01"),
    # "before" ties no length to the date: the day is the day
    ("The fire broke out three days before Friday's match.", "Friday", "2025-06-06", "2025-06-07"),
])
def test_no_period_without_a_length_running_to_the_date(text, timex, start, end):
    assert _days(row_of(text, timex)) == (start, end)


# --- a vague length that measures ("months of protests", "took weeks") is no row ------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("The truce ended years of fighting in the valley.", "years"),
    ("Officials said the cleanup would take weeks.", "weeks"),
    ("The outage lasted for hours.", "hours"),
    ("He spent decades in the diplomatic service.", "decades"),
])
def test_measured_length_is_no_row(text, timex):
    df = rows_of(text)
    assert not (df["timex_text"].fillna("") == timex).any(), df[["timex_text", "trigger"]].to_dict("records")


@pytest.mark.parametrize("text,timex,trigger", [
    # a vague period the event sits in stays a (fuzzy) row
    ("Rents have climbed in recent months.", "recent months", "climbed"),
    ("The club has signed many players over the years.", "the years", "signed"),
    # "for" after a verb that does not measure keeps its row (a careful reader dates the state loosely)
    ("The neighbours have quarrelled for years.", "years", "quarrelled"),
])
def test_vague_period_stays_a_row(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- a time in apposition naming the same day again is no second row ------------------------------------------------

def test_apposition_renaming_the_day_gives_one_row():
    df = rows_of("The ferry resumed service on Sunday, the day after the storm.")
    assert len(df) == 1 and df.iloc[0]["timex_text"] == "Sunday", df[["timex_text", "trigger"]].to_dict("records")


def test_apposition_dating_its_own_event_keeps_its_row():
    # "the year the plant closed" dates the closing: two events, two rows
    df = rows_of("In 2019, the year the mill closed, 300 people lost their jobs.")
    assert set(df["trigger"]) == {"lost", "closed"}, df[["timex_text", "trigger"]].to_dict("records")


# --- the base a change is measured from dates no event ---------------------------------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("Factory output grew 2.1% in May, down from 3% in April.", "April"),
    ("The shelter took in 640 dogs last year, up from 410 in 2021.", "2021"),
    ("Inflation eased to 2.4% in March, compared with 2.9% in February.", "February"),
])
def test_comparison_base_dates_nothing(text, timex):
    row = row_of(text, timex)
    assert _text(row["trigger"]) == "" and row["no_event"] == "comparison-base"


@pytest.mark.parametrize("text,timex,trigger", [
    # no amount before the time: "from" leads a starting point, not a base
    ("Prices were cut from March to June.", "March", "cut"),
    # "up from" its own place, with no amount: an ordinary time
    ("The miners came up from the pit on Sunday.", "Sunday", "came"),
])
def test_no_base_without_an_amount(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- the other term of a comparison between two times dates no event -------------------------------------------------

def test_time_compared_against_dates_nothing():
    row = row_of("Exports to Asia rose more in May than in April, the ministry said.", "April")
    assert _text(row["trigger"]) == "" and row["no_event"] == "comparison-base"
    assert row_of("Tourism grew faster in July than in June.", "July")["trigger"] == "grew"


@pytest.mark.parametrize("text,timex,trigger", [
    # no time before "than": nothing is compared with the time, which dates its verb
    ("The ferry left later than on Monday.", "Monday", "left"),
    # "no later than": a deadline, no comparison term
    ("The firm must pay by no later than June 30.", "June 30", "pay"),
])
def test_than_without_a_compared_time(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- an anchored duration in a past narrative counts from its coordinated clause's time --------------------------------

def test_narrative_duration_counts_from_the_sister_clause():
    text = ("Police said on Monday that the boat had no licence.\n\n"
            "The ferry sank on the night of May 3 and, pushed by the current, drifted ashore within hours.")
    row = row_of(text, "hours")
    assert _days(row) == ("2025-05-03", "2025-05-04")  # the day it sank, never a zero-length day


def test_present_sister_clause_counts_from_the_report():
    # "expects" looks ahead from the report, not from April
    row = row_of("The firm said it began trials in April and expects results within six months.", "six months")
    assert _days(row) == ("2025-06-10", "2025-12-10")


# --- whole days of hours: "over the next 72 hours" reaches three days on ----------------------------------------------

def test_hours_in_whole_days_move_the_date():
    assert _days(row_of("Forecasters expect more snow over the next 72 hours.", "72 hours")) == ("2025-06-10", "2025-06-13")


def test_a_few_hours_still_cover_the_day():
    assert _days(row_of("Crews will restore power within six hours.", "six hours")) == ("2025-06-10", "2025-06-11")


# --- "starting"/"beginning" on an infinitive says when that verb's act starts ----------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The board voted on Monday to ban diesel buses starting Jan. 1.", "Jan. 1", "ban"),
    ("The union agreed to cut overtime beginning in September.", "September", "cut"),
])
def test_onset_participle_on_an_infinitive(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


def test_onset_participle_with_its_own_object_keeps_it():
    # "starting a new round" has an object of its own: it is an act, not an onset
    row = row_of("The rebels agreed to talk, starting a new round of negotiations in July.", "July")
    assert row["trigger"] != "talk"


# --- an anchored duration in reported speech counts from the report; a coarse story time places no short one ---------

def test_reported_next_period_counts_from_the_report():
    text = ("The ministry hopes to plant a million trees by the end of the year. Its director said the region needed "
            "40 new nurseries over the next six months.")
    assert _days(row_of(text, "the next six months")) == ("2025-06-10", "2025-12-10")


def test_year_story_time_still_starts_a_long_period():
    # a year can start "the following two decades" in a narrative
    text = "In 1971 she founded a choir. It toured Europe over the following two decades."
    assert _days(row_of(text, "two decades"))[0] == "1971-01-01"


def test_day_story_time_starts_a_short_period():
    text = "The dam failed on April 2, 2001. Engineers rebuilt it over the next three weeks."
    assert _days(row_of(text, "three weeks")) == ("2001-04-02", "2001-04-23")


# --- the comparison base counts things too: "up from 2,100 cases at the end of June" ---------------------------------

def test_counted_comparison_base_dates_nothing():
    row = row_of("By Friday 900 homes had been flooded, up from 350 homes at the end of May.", "the end of May")
    assert _text(row["trigger"]) == "" and row["no_event"] == "comparison-base"


# --- a time the parser hung on a passive verb's doer dates the passive act -------------------------------------------

def test_time_on_the_doer_dates_the_passive_act():
    row = row_of("Divers found a ship sunk by a storm in the 16th century.", "the 16th century")
    assert row["trigger"] == "sunk"


def test_doer_with_an_amount_keeps_its_period():
    # an amount is dated by its period, whoever it offsets
    row = row_of("The loss was offset by a gain of about $12 million in the quarter.", "the quarter")
    assert row["trigger"] == "gain"


# --- "to death": the state an act ended in leaves the time to the act -------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("A night watchman was beaten to death on Saturday.", "Saturday", "beaten", "A night watchman"),
    ("The farmer was crushed to death by a tractor in 2019.", "2019", "crushed", "The farmer"),
])
def test_to_death_dates_the_act(text, timex, trigger, subject):
    row = row_of(text, timex)
    assert (row["trigger"], row["subject"]) == (trigger, subject)


def test_death_with_its_own_determiner_is_an_event():
    # "the death of 40 people in 2012" is an event of its own, not the state an act ended in
    assert row_of("The flood led to the death of 40 people in 2012.", "2012")["trigger"] == "death"


# --- "be" + up/down with an amount is the move ---------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("Shares of the miner were up 4% on Thursday.", "Thursday", "up", "Shares of the miner"),
    ("The index was down 30 points on Monday.", "Monday", "down", "The index"),
])
def test_be_up_by_an_amount_is_the_move(text, timex, trigger, subject):
    row = row_of(text, timex)
    assert (row["trigger"], row["subject"]) == (trigger, subject)


def test_be_up_without_an_amount_stays_be():
    # "up" with no amount is no move ("the price was up for review")
    assert row_of("The lease was up for renewal in May.", "May")["trigger"] != "up"


# --- the probe ---------------------------------------------------------------------------------------------------

def test_probe10_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= 65 / 71, f


# fully right at the first run (probe adef05b on main 06590ff code): 63/71 (88.7%); date 58/60, trigger 66/71,
# subject 58/64, asserted 66/70; absent 4/5. After this round (with main merged at 15:05, wt12j's subject and
# modality rules included): 66/71 (93.0%); date 58/60, trigger 67/71, subject 60/64, asserted 67/70; absent 4/5
# (the fifth, "up from 94 in 2020", is a flagged no_event row, kept as record comparisons are). Left: "earlier in
# the day" and "last month" untagged and "between 360 and 380 A.D." unread (tagger), "emerged from its earlier
# bankruptcy in 2021" (the noun keeps the time), "the highest since voting became ..." parsed with "highest" as the
# subject.


if __name__ == "__main__":
    heldout.main(load())
