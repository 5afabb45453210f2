"""Issue 11, session 27: a present verb of dealing with what happened ("are examining", "is assessing") does not send
a weekday after an occurrence noun in its complement into the coming week: "Investigators are examining the cause of
the explosion on Saturday" is the Saturday gone by (timeline/temporal/tense.py ``_aftermath_of``; vocabulary
``aftermath_verbs`` and ``occurrence_nouns``). Read from words and tags only, so `tag` and `extract` agree.
Examples written here."""

from __future__ import annotations

import pytest

import timeline

PUB = "2024-03-13"  # a Wednesday

CASES = [
    ("Investigators are examining the cause of the explosion on Saturday.", "Saturday", "2024-03-09"),
    ("Officials are assessing damage from the earthquake on Friday.", "Friday", "2024-03-08"),
    ("Police are investigating a burglary at the school on Sunday night.", "Sunday night", "2024-03-10TNI"),
    ("Investigators are still trying to establish the cause of the explosion at a plant on Saturday.", "Saturday",
     "2024-03-09"),
    # negatives: planning or preparing looks ahead; no occurrence noun; a verb not of aftermath
    ("The union is planning a strike on Friday.", "Friday", "2024-03-15"),
    ("Police are preparing for protests on Saturday.", "Saturday", "2024-03-16"),
    ("Engineers are inspecting the bridge on Friday.", "Friday", "2024-03-15"),
    ("Fans are travelling to the final on Saturday.", "Saturday", "2024-03-16"),
    # (review of session 27) a modal or "is to" on the way looks ahead; a modifier is no occurrence
    ("The board says it will review the crash on Friday.", "Friday", "2024-03-15"),
    ("The committee is to examine the crash on Friday.", "Friday", "2024-03-15"),
    ("Engineers are inspecting the fire station on Friday.", "Friday", "2024-03-15"),
]


@pytest.mark.parametrize("text,timex,value", CASES)
def test_tag_path(text, timex, value):
    got = {t.text: t.value for t in timeline.tag(text, PUB)}
    assert got[timex] == value, got


@pytest.mark.parametrize("text,timex,value", CASES)
def test_extract_path_agrees(text, timex, value):
    df = timeline.extract(text, pub_date=PUB)
    assert df.loc[df["timex_text"] == timex, "timex_value"].tolist() == [value]
