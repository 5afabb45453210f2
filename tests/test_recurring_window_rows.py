"""A clock window of any day ("every day between 10 a.m. and 6 p.m.") is flagged no_event "recurring-window" and
has no interval: whatever day its clock times were resolved against, a chart must not place it on that day (the
reviewer's note: such rows kept the publication day's 10:00-18:01). A clock time of a particular day keeps its
own (negative)."""

import pandas as pd
import pytest

import timeline

CASES = {
    "see": "Visitors could see it every day between 10 a.m. and 6 p.m.",
    "open": "The shop is open every day from 11 a.m. to 10 p.m.",
    "run": "Trains will run every 20 minutes between 6 a.m. and 10 p.m.",
    "opened": "The museum opened at 10 a.m. on Monday.",
}


@pytest.fixture(scope="module")
def table():
    return timeline.extract_many([{"id": k, "text": v, "pub_date": "2022-05-16"} for k, v in CASES.items()])


@pytest.mark.parametrize("key", ["see", "open", "run"])
def test_window_rows_have_no_interval(table, key):
    rows = table[(table["doc_id"] == key) & (table["no_event"] == "recurring-window")]
    assert len(rows) >= 1
    assert rows["start"].isna().all() and rows["end"].isna().all()


def test_a_particular_day_keeps_its_clock_time(table):
    rows = table[table["doc_id"] == "opened"]
    assert len(rows) == 1 and not pd.isna(rows.iloc[0]["start"])
    assert str(rows.iloc[0]["start"]).startswith("2022-05-16 10:00")
