"""Dates/intervals helper t19, second part: classes fixed after the probe (tests/test_intervals_t19.py), each with
sentences of my own, positive and negative. (Written after the probe had run; the reviewer's sentences are not
used.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import timeline

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402


def _values(text: str, pub: str) -> dict[str, str]:
    return {t.text: t.value for t in timeline.tag(text, pub)}


# --- a length set off by a comma after a time it restates dates nothing (class 9) --------------------------------

def test_length_restating_a_time_gets_no_row():
    df = rows_of("Coalition talks collapsed on Sunday. The three parties had hoped to form a cabinet by Friday, "
                 "nearly 250 days after the May vote.", "2017-10-16")
    assert not df["timex_text"].fillna("").str.contains("250 days").any(), df[["timex_text", "start"]].to_dict("records")


@pytest.mark.parametrize("text, timex, start", [
    # the length back from the time to the event still dates the event
    ("Her first novel was banned in Russia in 2015, three years after her arrest at a rally in Moscow.",
     "three years", "2012-01-01"),
    # with no time before it, the length still moves the event's own time
    ("He resigned two days after his indictment in March.", "two days", "2017-03-03"),
])
def test_event_offsets_still_dated(text, timex, start):
    df = rows_of(text, "2017-10-16")
    hit = df[df["timex_text"].fillna("") == timex]
    assert len(hit) == 1 and str(hit.iloc[0]["start"])[:10] == start, df[["timex_text", "start"]].to_dict("records")


# --- a bare clock time of a fresh attributed item is the news day, not an earlier saying's day (class 3) ----------

@pytest.mark.parametrize("text, timex, value", [
    ("The governor said on Saturday that the port would reopen. Bond yields were steady by midday, dealers said.",
     "midday", "2018-08-14T12:00"),
    ("Police said on Sunday that the suspect was held. Traffic was moving again by noon, motorists said.",
     "noon", "2018-08-14T12:00"),
    # the earlier day is the event's, not a saying's: the clock time stays on it
    ("The fire started on Saturday. Crews had it under control by midday, police said.", "midday",
     "2018-08-11T12:00"),
    # an order told on a day is no saying's day: the clock time of what followed stays on it
    ("Drivers were told on Sunday to avoid the bridge. The warning, posted online at 9 a.m., was lifted later, "
     "the council said.", "9 a.m.", "2018-08-12T09:00"),
    # no attribution of its own: the story goes on from the saying
    ("The minister said on Saturday that talks had failed. He left the building at 3 p.m.", "3 p.m.",
     "2018-08-11T15:00"),
])
def test_bare_clock_after_a_saying_day(text, timex, value):
    assert _values(text, "2018-08-14")[timex] == value


# --- a fraction of a period: the share the rule read is the row's interval (output unchanged) ---------------------

@pytest.mark.parametrize("text, start, end", [
    ("Sales should peak in the final quarter of the decade.", "2027-07-01", "2030-01-01"),
    ("Growth slowed in the first half of the 1990s.", "1990-01-01", "1995-01-01"),
    ("Output rose in the last quarter of the 19th century.", "1875-01-01", "1900-01-01"),
])
def test_fraction_share_is_the_rows_interval(text, start, end):
    df = rows_of(text, "2024-05-02")
    r = df.iloc[0]
    assert (str(r["start"])[:10], str(r["end"])[:10]) == (start, end)


def test_share_stays_out_of_the_timex3_output():
    (t,) = timeline.tag("Sales should peak in the final quarter of the decade.", "2024-05-02")
    assert t.share == (3, 4) and "share" not in t.to_dict()


# --- a length after an event noun the story dated earlier (open item: "two days after his arrest") ---------------

@pytest.mark.parametrize("text, timex, start", [
    ("The driver's arrest came on Friday. He was charged two days after his arrest.", "two days", "2024-04-28"),
    ("The strike began on Monday. Talks resumed three days after the strike.", "three days", "2024-05-02"),
])
def test_length_after_an_event_noun_dated_earlier(text, timex, start):
    df = rows_of(text, "2024-05-02")
    hit = df[df["timex_text"].fillna("") == timex]
    assert len(hit) == 1 and str(hit.iloc[0]["start"])[:10] == start, df[["timex_text", "start"]].to_dict("records")


@pytest.mark.parametrize("text", [
    "The suspect was charged two days after his arrest.",  # the arrest is never dated: no row
    "The embassy was attacked on Monday. Talks resumed three days after the election.",  # another noun's day
])
def test_length_after_an_undated_event_noun_gets_no_row(text):
    df = rows_of(text, "2024-05-02")
    assert not df["timex_value"].fillna("").str.startswith("P").any(), df[["timex_text", "start"]].to_dict("records")
