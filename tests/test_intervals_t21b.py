"""Dates helper t21b (issue 12, session 21): a past "until X" is a stretch that ends with X. Sentences written here
(not from any corpus, held-out or reviewer text), expected outputs by hand from the README's column table; committed
before the tool ran on them. ``python tests/test_intervals_t21b.py`` prints every item with its rows."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402


def _row(text: str, pub: str, timex: str, trigger: str | None = None) -> pd.Series:
    df = rows_of(text, pub)
    hit = df[df["timex_text"].fillna("").str.contains(timex, regex=False)]
    if trigger is not None:  # the row of the stretch, not a "when" clause's event on the same time
        hit = hit[hit["trigger"] == trigger]
    assert len(hit), df[["timex_text", "trigger", "start", "end"]].astype(str).to_dict("records")
    return hit.iloc[0]


# --- 1. a past "until X": what held ran up to the end of X; when it began is not told ----------------------------
# "was owned by the family until 1988" is the owning, not an event of 1988: start NaT, end the end of X, range_text
# the "until" phrase (as "had never acted before last year" is bounded by its time).
PAST_UNTIL = [
    ("The mill was owned by the Carter family until 1988, when it was sold to a Danish group.", "2023-05-01",
     "1988", "1989-01-01", "owned"),
    ("She served as the club's treasurer until March 2019.", "2022-10-11", "March 2019", "2019-04-01", "served"),
    ("The striker played for Ajax until 2012 before moving to Spain.", "2021-07-03", "2012", "2013-01-01", "played"),
    ("Inflation stayed below the central bank's target until October 2021, official figures show.", "2023-02-14",
     "October 2021", "2021-11-01", "stayed"),
    ("The hospital wing housed the city's maternity unit until 2004.", "2019-08-20", "2004", "2005-01-01", "housed"),
]


@pytest.mark.xfail(strict=False, reason="the rule (start NaT, end the end of X) was dropped at the merge: the earlier "
                   "convention, that a past 'until X' keeps X's own interval, is held by tests/data/events_gold "
                   "('The steelworks operated until 2012, when ...') and tests/test_events_v8.py; the conflict is left "
                   "for a session that can settle it on the blind aggregates")
@pytest.mark.parametrize("text, pub, timex, end, trigger", PAST_UNTIL)
def test_past_until_ends_with_the_time(text, pub, timex, end, trigger):
    row = _row(text, pub, timex, trigger)
    assert pd.isna(row["start"]), row.to_dict()
    assert str(row["end"])[:10] == end, row.to_dict()
    assert str(row["range_text"]).startswith("until"), row.to_dict()


# negatives: a move of an event to X (the event is at X), a past "not ... until X" (it happened at X), and a
# forward-looking "until X" (from the publication date)
UNTIL_OTHERS = [
    ("The court postponed the hearing until March 12, lawyers said.", "2024-02-01", "March 12",
     "2024-03-12", "2024-03-13"),
    ("The museum did not reopen until Saturday, when repairs were finished.", "2024-06-12", "Saturday",
     "2024-06-08", "2024-06-09"),
    ("The bridge will stay closed until Friday, the council said.", "2024-06-12", "Friday",
     "2024-06-12", "2024-06-15"),
]


@pytest.mark.parametrize("text, pub, timex, start, end", UNTIL_OTHERS)
def test_other_until_keeps_its_dates(text, pub, timex, start, end):
    row = _row(text, pub, timex)
    assert (str(row["start"])[:10], str(row["end"])[:10]) == (start, end), row.to_dict()


if __name__ == "__main__":
    for items in (PAST_UNTIL, UNTIL_OTHERS):
        for text, pub, timex, *_ in items:
            df = rows_of(text, pub)
            print(text)
            print(df[["timex_text", "trigger", "start", "end", "range_text"]].to_string())
