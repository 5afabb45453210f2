"""The fourth blind TIMEX3 set of issue 11 (``tests/data/timex_heldout4/``): the ten articles of the fourth
held-out event set, annotated by hand in TempEval-3 TimeML and committed alone before the tagger first ran on them
(4254dc2). It measures the tagger on text no rule was written from; it is never tuned on."""

from __future__ import annotations

from pathlib import Path

from timeline.eval.tempeval import evaluate

HELDOUT = Path(__file__).parent / "data" / "timex_heldout4"

# Measured at d0d7373, the first run on these texts: strict F1 0.984, relaxed 0.995, type 0.952, value 0.942
# (189 gold, 187 tagged).
FLOORS = {"strict_f1": 0.98, "relaxed_f1": 0.99, "type_f1": 0.95, "value_f1": 0.94}


def test_timex_heldout4_floors():
    report = evaluate(HELDOUT)
    assert report.overall.scores()["n_gold"] >= 185
    scores = report.overall.scores()
    low = {k: round(scores[k], 4) for k, floor in FLOORS.items() if scores[k] < floor}
    assert not low, f"below floor: {low} (floors {FLOORS})"
