"""Regression floor on the TempEval-3 dev set (TimeBank + AQUAINT). Floors sit just below the measured figures."""

from __future__ import annotations

import pytest

from timeline.eval.tempeval import evaluate

# measured: strict F1 0.887, relaxed F1 0.944, type F1 0.900, value F1 0.812
FLOORS = {"strict_f1": 0.885, "relaxed_f1": 0.942, "type_f1": 0.898, "value_f1": 0.810}


@pytest.mark.slow
def test_tempeval3_dev_floor(tempeval_dir):
    report = evaluate(tempeval_dir)
    scores = report.overall.scores()
    low = {k: round(scores[k], 4) for k, floor in FLOORS.items() if scores[k] < floor}
    assert not low, f"below floor: {low} (floors {FLOORS})"
