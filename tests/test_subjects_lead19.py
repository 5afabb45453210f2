"""A trailing "..., it said" after a clause whose subject is a thing owned by a named body or an organisation: the
owner speaks, not the thing ("Sakura's net profit rose 14% in the year to Feb. 29, it said last month": Sakura).
A reviewer's wire stories had the profit as the speaker. Not when the subject is itself a body ("The company's board
approved ..., it said") or when the owner is a person (no "it")."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402

PUB = "2024-04-10"


def _said(text: str):
    df = rows_of(text, PUB)
    hit = df[df["trigger"] == "said"]
    assert len(hit) == 1, df[["timex_text", "trigger", "subject"]].to_dict("records")
    return hit.iloc[0]


@pytest.mark.parametrize("text, subject", [
    ("Harlow Foods' pretax profit fell 8% in the six months to March, it said on Tuesday.", "Harlow Foods"),
    ("Meridian's annual revenue topped $2 billion for the first time in 2023, it said on Monday.", "Meridian"),
    ("The bank's net interest income rose 12% in 2023, it said on Friday.", "The bank"),
    # negative: a body as the subject speaks itself
    ("The company's board approved the merger in March, it said on Friday.", "The company's board"),
])
def test_trailing_it_said_is_the_owner(text, subject):
    row = _said(text)
    assert row["subject"] == subject
    assert not str(row["event"]).split(":")[0].endswith("'s")


def test_a_person_owner_is_no_it():
    # "it" never stands for the mayor, whatever else it is taken for
    assert "mayor" not in str(_said("The mayor's plan was approved in March, it said on Friday.")["subject"]).split()
