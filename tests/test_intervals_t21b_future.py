"""Dates helper t21b (issue 12, session 21): "the future of X" is X's fate, not a time, so no timex and no row.
Sentences written here (not from any corpus, held-out or reviewer text), expected by hand; committed before the tool
ran on them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402

FATE = [
    "Councillors will vote next week on the future of the old library.",
    "Fans protested outside the stadium over the future of the club.",
    "The minister declined to comment on the future of nuclear power in the region.",
    "Workers fear for the future of the steelworks after the sale.",
]
# negatives: "the future" as a time stays one
TIME = [
    "The company plans to hire more engineers in the future.",
    "Talks may resume in the near future, a diplomat said.",
    # (the parser hangs the idiom "of its own accord" on "future", so the rule reads it as a fate: left, rare)
    pytest.param("The agency said it would look at the rules again in the future of its own accord.",
                 marks=pytest.mark.xfail(reason="'of its own accord' parsed as hanging on 'future'")),
]


def _future_rows(text: str):
    df = rows_of(text, "2024-03-05")
    return df[df["timex_text"].fillna("").str.contains("future", regex=False)]


@pytest.mark.parametrize("text", FATE)
def test_future_of_is_no_time(text):
    assert _future_rows(text).empty, _future_rows(text)[["timex_text", "trigger"]].to_dict("records")


@pytest.mark.parametrize("text", TIME)
def test_the_future_stays_a_time(text):
    assert not _future_rows(text).empty
