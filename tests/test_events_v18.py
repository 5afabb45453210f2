"""Follow-up f12n of the seventeenth round: the reviewer's regressions of the h12n4 merge, each class with positive
and negative sentences written here (not the reviewer's, not any corpus or held-out text), and the probe written
before the fixes (``tests/data/events_probe17/probe.json``, not a blind set). ``python tests/test_events_v18.py``
prints every probe row."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import row_of, rows_of  # noqa: E402
from events_probe import print_probe, probe_score  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe17" / "probe.json"
PUB = "2025-03-14"


# --- 1. a generic noun (a quantity, an admission, a thing) as a subject does not take its verb's time --------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Entry to the zoo in 2019 cost 15 dollars.", "2019", "cost"),
    ("Our effort in October raised 40,000 euros for the shelter.", "October", "raised"),
    ("Last year's event drew 3,000 runners.", "Last year", "drew"),
    # negative: a real event noun in the subject keeps its own time
    ("A hailstorm on Monday flattened the vineyards.", "Monday", "hailstorm"),
])
def test_generic_noun_subject_leaves_time_to_verb(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


def test_future_event_of_a_generic_noun_is_not_asserted():
    row = row_of("Next month's event will start at 8 a.m.", "Next month", PUB)
    assert not bool(row["asserted"]), row.to_dict()


# --- 2. a gapped second object joined by the parser to the first object's time -------------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("Norvik announced 600 layoffs in April and a share buyback in August.", "August"),
    ("Norvik announced 600 layoffs in April and a share buyback in August.", "April"),
])
def test_gapped_object_after_dated_object_dates_the_verb(text, timex):
    row = row_of(text, timex, PUB)
    assert row["trigger"] == "announced" and row["subject"] == "Norvik", row.to_dict()


def test_conjoined_times_keep_their_verb():
    # negative: two times joined share the verb, nothing gapped
    rows = rows_of("Bread prices rose in July and August.", PUB)
    assert set(rows["trigger"]) == {"rose"}, rows[["timex_text", "trigger"]]


# --- 4. an event noun the object is "for": a day closing the object's phrase dates the verb -------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The rebels accepted the new terms for a cease-fire on Friday.", "Friday", "accepted"),
    ("The senate rejected a proposal for a referendum on Wednesday.", "Wednesday", "rejected"),
    # negative: a light verb's object keeps the event noun ("gave a reason for the raid")
    ("Officers gave a reason for the raid on Monday.", "Monday", "raid"),
    # negative: an event noun as the object itself, after a scheduling verb, is the event
    ("The union set a date for a strike on Monday.", "Monday", "strike"),
])
def test_event_the_object_is_for(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- 5. a comparison base after a restated amount -------------------------------------------------------------------------

def test_comparison_base_after_restated_amount_is_no_event():
    rows = rows_of("The brewer earned $54 million in the quarter, compared with $61 million, or 22 cents a share, "
                   "a year earlier.", PUB)
    base = rows[rows["timex_text"].str.contains("a year earlier", regex=False)]
    assert base.empty or base["no_event"].notna().all(), rows[["timex_text", "trigger", "no_event"]]


def test_restated_amount_of_a_change_keeps_its_time():
    # negative: a time after a restated amount with no comparison lead dates the change
    row = row_of("Copper fell 3%, or 250 dollars a tonne, on Thursday.", "Thursday", PUB)
    assert row["trigger"] == "fell" and pd.isna(row["no_event"]), row.to_dict()


# --- 6. a comma between coordinated names stays in the phrase ---------------------------------------------------------------

def test_comma_between_coordinated_names_is_kept():
    row = row_of("Kenya, Uganda and Rwanda, which lifted the ban on Tuesday, said trade would resume.", "Tuesday", PUB)
    assert row["subject"] == "Kenya, Uganda and Rwanda", row.to_dict()


def test_comma_before_an_aside_is_not_kept():
    # negative: the comma before an apposition goes with it
    row = row_of("Dalmont, a maker of valves, cut 300 jobs in May.", "May", PUB)
    assert row["subject"] == "Dalmont", row.to_dict()


# --- held-out class 2: a gerund the verb keeps from happening yields the time to the verb ---------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The reporter was banned from entering Syria in June.", "June", "banned"),
    ("High rents kept young couples from buying flats in 2023.", "2023", "kept"),
    # negative: a gerund after another preposition keeps its time
    ("The skipper was fined for entering the bay in June.", "June", "entering"),
])
def test_gerund_after_from_yields_to_verb(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger



# --- held-out class 2: a count of steps after "in" measures the verb's act -------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The two players drew the third game of the series in 28 moves on Monday.", "Monday", "drew"),
    ("The champion won the final in four sets on Sunday.", "Sunday", "won"),
    # a counted event noun that is no step: the time closing the verb's complement is still the verb's
    # (session 27, docs/preceding_nominal_convention.md; before, the attacks)
    ("The rebels fired rockets in two attacks on Monday.", "Monday", "fired"),
])
def test_step_count_is_no_event(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- the probe ------------------------------------------------------------------------------------------------------------

def _probe_score() -> tuple[int, list[str]]:
    return probe_score(PROBE, PUB, rows_of)


def test_probe17_floor():
    ok, lines = _probe_score()
    assert ok >= 12, "\n".join(lines)


if __name__ == "__main__":
    print_probe(_probe_score(), "probe17")
