"""Issue 12, session of 2026-12-02 (evening), the lead's own rules, each with positive and negative examples
written here (not from any corpus or held-out text)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import _na, row_of  # noqa: E402

PUB = "2015-04-01"


# --- a share ("a quarter", "two thirds") is an amount: the time after it, behind "from", is when the base held -------

@pytest.mark.parametrize("text,timex", [
    ("Gas made about a tenth of the town's power last year, down from a quarter a decade ago.", "a decade ago"),
    ("Solar met a third of demand in 2014, up from a fifth five years earlier.", "five years earlier"),
    ("Turnout rose to one half in 2014 from two thirds in 2009.", "2009"),
])
def test_time_of_a_shared_base_dates_nothing(text, timex):
    row = row_of(text, timex, PUB)
    assert row["no_event"] == "comparison-base" and _na(row["trigger"]), row.to_dict()


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: a share that is the verb's own object keeps its time
    ("He served a quarter of his sentence in 2013.", "2013", "served"),
    ("Rebels held a third of the country in 2012.", "2012", "held"),
])
def test_time_after_a_share_still_dates_its_event(text, timex, trigger):
    row = row_of(text, timex, PUB)
    assert row["trigger"] == trigger and _na(row["no_event"]), row.to_dict()
