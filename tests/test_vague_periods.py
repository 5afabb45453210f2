"""Quantified vague periods (issue 11, class 1): a stretch counted vaguely back to now or ahead of it is a
DURATION with an X count, as the TimeML guidelines write it; bare deictic words stay *_REF. And the event
table places a period that says its side as a fuzzy interval ending or starting at the publication date."""

from __future__ import annotations

import pandas as pd
import pytest

import timeline

PUB = "2023-09-05"


@pytest.mark.parametrize("sentence,span,type_,value", [
    ("Prices rose in recent months.", "recent months", "DURATION", "PXM"),
    ("Over recent years the firm grew.", "recent years", "DURATION", "PXY"),
    ("Sales grew over the past few years.", "the past few years", "DURATION", "PXY"),
    ("Sales fell over the last several months.", "the last several months", "DURATION", "PXM"),
    ("The plan takes shape over the next few weeks.", "the next few weeks", "DURATION", "PXW"),
    ("Talks resume in the coming weeks.", "the coming weeks", "DURATION", "PXW"),
    ("A decision is due in coming months.", "coming months", "DURATION", "PXM"),
    ("Emissions rose over the past several decades.", "the past several decades", "DURATION", "PXDE"),
    ("Growth will slow in the coming decade.", "the coming decade", "DURATION", "P10Y"),
    # deictic words and one named period stay as they were
    ("Prices have risen recently.", "recently", "DATE", "PAST_REF"),
    ("In the past, we did this.", "the past", "DATE", "PAST_REF"),
    ("Talks may resume in the future.", "the future", "DATE", "FUTURE_REF"),
    ("In recent times, crime fell.", "recent times", "DATE", "PAST_REF"),
    ("Profit in the most recent quarter rose.", "the most recent quarter", "DATE", "2023-Q2"),
])
def test_vague_period_values(sentence, span, type_, value):
    found = {t.text: (t.type, t.value, t.mod) for t in timeline.tag(sentence, pub_date=PUB)}
    assert found.get(span) == (type_, value, None), found


@pytest.fixture(scope="module")
def rows():
    texts = {
        "past": "Sales grew over the past few years.",
        "ahead": "Rates will fall over coming months.",
        "recent": "Sales have slumped in recent months, the company said on Tuesday.",
    }
    df = timeline.extract_many([{"id": k, "text": v, "pub_date": PUB} for k, v in texts.items()])
    return {k: df[df["doc_id"] == k] for k in texts}


def test_past_period_ends_at_the_report(rows):
    row = rows["past"].iloc[0]
    assert row["fuzzy"] and row["end"] == pd.Timestamp(PUB) + pd.Timedelta(days=1)
    assert row["start"] < pd.Timestamp(PUB) - pd.Timedelta(days=365)


def test_coming_period_starts_at_the_report(rows):
    # "over coming months": the adjective says the side, as "in the coming months" does
    row = rows["ahead"].iloc[0]
    assert row["timex_value"] == "PXM" and row["fuzzy"] and row["start"] == pd.Timestamp(PUB)
    assert row["end"] > pd.Timestamp(PUB)


def test_recent_period_is_a_fuzzy_row(rows):
    # the table's rule (tests/test_events_v2.py): "in recent weeks" is dated by no direction words, so its row
    # is fuzzy and undated rather than given invented dates
    row = rows["recent"][rows["recent"]["timex_text"] == "recent months"].iloc[0]
    assert row["timex_value"] == "PXM" and row["fuzzy"] and pd.isna(row["start"])
