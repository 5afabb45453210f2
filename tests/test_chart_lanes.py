"""Lane grouping's vocabulary lives in timeline/chart/lanes.json: every coordination word and mark there
splits a subject into two parties (positive examples, one per entry), and other words between an entity
and a person keep the person speaking for it (negative examples)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from timeline.chart.lanes import lane_keys

VOCAB = json.loads((Path(__file__).resolve().parents[1] / "timeline" / "chart" / "lanes.json").read_text("utf-8"))


def _keys(subject: str) -> list[str]:
    # the person is named alone in a second row: its lane shows whether it kept the entity's affiliation
    df = pd.DataFrame([{"doc_id": "d", "subject": subject, "actors": "EU; Ana Lopez"},
                       {"doc_id": "d", "subject": "Lopez", "actors": "Lopez"}])
    return lane_keys(df)


@pytest.mark.parametrize("joiner", [f" {w} " for w in VOCAB["coordination"]["words"]]
                         + [f" {w.upper()} " for w in VOCAB["coordination"]["words"]]
                         + [f"{m} " for m in VOCAB["coordination"]["marks"]])
def test_each_coordination_entry_makes_two_parties(joiner):
    assert _keys(f"EU{joiner}Ana Lopez") == ["EU", "Lopez"]


@pytest.mark.parametrize("between", [" Commissioner ", " trade envoy ", "’s ", " Andover-born "])
def test_other_words_keep_the_affiliation(between):
    # "Andover" holds "and" but is no coordination word: the words match whole words only
    assert _keys(f"EU{between}Ana Lopez") == ["EU", "EU"]


def test_the_vocabulary_is_data():
    assert set(VOCAB["coordination"]["words"]) >= {"and", "or", "with"}
    assert VOCAB["possessive_joins"]["words"]
