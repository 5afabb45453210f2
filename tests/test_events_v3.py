"""Events, third round (issue 12): nominal events dated apart from a present-tense verb, the doer an event
noun names with "by", and the intervals of vague periods — each rule with positive and negative examples
written for it (not taken from any corpus or held-out text)."""

import pandas as pd
import pytest

import timeline

PUB = "2024-03-12"


def rows_of(text: str, pub: str = PUB) -> pd.DataFrame:
    return timeline.extract_many([{"id": "t", "text": text, "pub_date": pub}])


def row_of(text: str, timex: str) -> pd.Series:
    df = rows_of(text)
    return df[df["timex_text"] == timex].iloc[0]


@pytest.mark.parametrize("text,timex,trigger", [
    # a time wholly before the report cannot date a verb in the present: it dates the event noun it follows
    ("The agency is considering a request last week from the union.", "last week", "request"),
    ("The warning follows two rulings by the court last June.", "last June", "rulings"),
    ("The union is studying the offer from last month.", "last month", "offer"),
    # negatives: a perfect reaches into the past; a past verb; a time ahead of the report
    ("The regulator has rejected the request twice since January.", "January", "rejected"),
    ("The agency considered the request last week.", "last week", "considered"),
    ("The board reviews the merger next week.", "next week", "reviews"),
    # negative: no event noun before the time
    ("The firm still owns the warehouse it bought last year.", "last year", "bought"),
])
def test_past_time_on_present_verb(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,subject", [
    # the doer an event noun names with "by", however the parser hung the phrase
    ("The warning follows two rulings by the court last June.", "last June", "the court"),
    ("The strike by rail workers last month cost the economy millions.", "last month", "rail workers"),
    # the verb's subject is not the doer of an event noun dated apart from it
    ("The agency is considering a request last week from the union.", "last week", None),
])
def test_event_noun_doer(text, timex, subject):
    row = row_of(text, timex)
    assert pd.isna(row["subject"]) if subject is None else row["subject"] == subject


def test_by_phrase_that_is_no_doer_is_no_subject():
    # "by 5%" is an amount, not who did it
    row = row_of("Tenants protested against the 2019 increase by 5 percent.", "2019")
    assert row["trigger"] == "increase" and pd.isna(row["subject"])
