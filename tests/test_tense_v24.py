"""A time phrase between a verb that looks ahead and its infinitive (session 24; our own sentences): "agreed on
Monday to sell the plant by June" still looks ahead from the agreeing, and "last week" there is no rank ("the
last storm to hit")."""

import pytest

from timeline.api import extract

PUB = "2024-03-14"  # a Thursday


def _row(text: str, timex: str):
    table = extract(text, pub_date=PUB)
    rows = table[table["timex_text"] == timex]
    assert len(rows) == 1, list(table["timex_text"])
    return rows.iloc[0]


@pytest.mark.parametrize("text, timex, value", [
    ("The company agreed on Monday to sell the plant by June.", "June", "2024-06"),
    ("The board decided last week to close the mine in December.", "December", "2024-12"),
    ("The council voted on Tuesday to shut the pool in August.", "August", "2024-08"),
    ("The regulator promised yesterday to publish its ruling in May.", "May", "2024-05"),
])
def test_a_time_between_an_ahead_verb_and_its_infinitive(text, timex, value):
    row = _row(text, timex)
    assert row["timex_value"] == value and not row["asserted"]


@pytest.mark.parametrize("text, timex, value", [
    # a verb that does not look ahead keeps its past
    ("The minister declined on Friday to comment on the report from February.", "February", "2024-02"),
    # a rank, with its article, still tells what happened
    ("Ida was the last storm to hit the state in October.", "October", "2023-10"),
])
def test_time_gap_negatives(text, timex, value):
    assert _row(text, timex)["timex_value"] == value
