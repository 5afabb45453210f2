"""Issue 12, session of 2026-12-02 (night), the lead's own rules, each with positive and negative examples written
here (not from any corpus or held-out text)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import row_of, rows_of  # noqa: E402

PUB = "2024-03-12"  # a Tuesday


# --- nouns of relation and state are no events ("in connection with", "bankruptcy protection"); underived event
# nouns are ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    # (the time closing the verb's complement is the arresting's: session 27, docs/preceding_nominal_convention.md; before, the robbery)
    ("Police arrested two men in connection with the robbery of a jewelry store on Sunday.", "Sunday", "arrested"),
    ("The airline emerged from bankruptcy protection in 2007.", "2007", "emerged"),
    ("The retailer filed for protection from its creditors on Monday.", "Monday", "filed"),
    # negative: an event noun after the relation word keeps a bare time ("the crash last Friday")
    ("Officials questioned a driver in connection with the crash last Friday.", "last Friday", "crash"),
    # underived event nouns the suffix rule cannot see ("a restart", "the payout")
    ("Analysts expect a restart in April.", "April", "restart"),
    ("The payout in May surprised investors.", "May", "payout"),
    ("The swap last year cut the bank's debt.", "last year", "swap"),
    # negative: such a noun that is the verb's own object leaves the time to the verb
    ("The bank completed the swap of its bonds on Friday.", "Friday", "completed"),
])
def test_trigger(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- an "it" that begins, ends or takes effect is the event or measure of the last sentence, not its doer -------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The union called a strike. It began on Monday.", "Monday", "a strike"),
    ("Prosecutors opened an inquiry in 2019. It lasted until June.", "June", "an inquiry"),
    ("The council approved a new budget on Monday. It will take effect in July.", "July", "a new budget"),
    # negatives: an event subject is the "it" already; an "it" with an object of its own is the doer
    ("The strike closed the port. It ended on Friday.", "Friday", "The strike"),
    ("The company announced a buyback in May. It began selling shares on Monday.", "Monday", "The company"),
])
def test_it_of_an_event_course_verb(text, timex, subject):
    row = row_of(text, timex, PUB)
    assert row["subject"] == subject, row.to_dict()


# --- two years closing a change's clause are when it went on, not the values it went between --------------------------

@pytest.mark.parametrize("text,start,end", [
    ("Prices rose from 2019 to 2023.", "2019-01-01", "2024-01-01"),
    ("Exports fell from 2008 to 2010, the agency said.", "2008-01-01", "2011-01-01"),
])
def test_change_over_two_closing_years_is_one_range_row(text, start, end):
    _one_row_from_to(text, start, end)


def _one_row_from_to(text: str, start: str, end: str) -> None:
    df = rows_of(text, PUB)
    own = df[df["no_event"].isna()]
    assert len(own) == 1 and str(own.iloc[0]["start"])[:10] == start and str(own.iloc[0]["end"])[:10] == end, \
        df[["timex_text", "timex_value", "start", "end", "no_event"]].to_dict("records")


def test_years_with_a_unit_after_them_stay_amounts():
    # negative: "2000 levels" is a level, the base of the comparison; only 1998 dates the rise
    df = rows_of("Output rose from 1998 to 2000 levels.", PUB)
    assert df.set_index("timex_text").loc["2000", "no_event"] == "comparison-base", df.to_dict("records")


# --- a range's start is put before its end for quarters too; "will" keeps a range ahead --------------------------------

@pytest.mark.parametrize("text,start,end", [
    ("Output fell between the first quarter and the third quarter.", "2023-01-01", "2023-10-01"),
    ("The road will be closed between December and March.", "2024-12-01", "2025-04-01"),
    # negatives: told in the past or the present (a closure under way), the season that holds the report
    ("The road was closed between December and March.", "2023-12-01", "2024-04-01"),
    ("The road is closed between December and March.", "2023-12-01", "2024-04-01"),
])
def test_yearless_range_ends_in_order(text, start, end):
    _one_row_from_to(text, start, end)


# --- two past weekdays joined by "and" come in the order told ("began on Monday and ended on Thursday") ---------------

@pytest.mark.parametrize("text,values", [
    ("The strike began on Monday and ended on Thursday.", ["2024-03-04", "2024-03-07"]),
    ("Talks opened on Monday and collapsed on Friday, officials said.", ["2024-03-04", "2024-03-08"]),
    # negatives: already in order; a second clause ahead of the report keeps its own direction
    ("The strike began on Thursday and ended on Monday.", ["2024-03-07", "2024-03-11"]),
    ("He arrived on Friday and will leave on Monday.", ["2024-03-08", "2024-03-18"]),
])
def test_past_weekdays_in_the_order_told(text, values):
    import timeline

    assert [t.value for t in timeline.tag(text, pub_date=PUB)] == values
