"""Regression floor on the TempEval-3 dev set (TimeBank + AQUAINT). Floors sit just below the measured figures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline.eval.tempeval import evaluate

# measured: strict F1 0.872, relaxed F1 0.937, type F1 0.892, value F1 0.791
FLOORS = {"strict_f1": 0.866, "relaxed_f1": 0.932, "type_f1": 0.888, "value_f1": 0.788}


def _train_dir() -> Path:
    env = os.environ.get("TIMELINE_TEMPEVAL_DIR")
    root = Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared/data/tempeval3/train"
    if not root.is_dir():
        pytest.skip(f"TempEval-3 dev data not found at {root} (set TIMELINE_TEMPEVAL_DIR)")
    return root


@pytest.mark.slow
def test_tempeval3_dev_floor():
    report = evaluate(_train_dir())
    scores = report.overall.scores()
    low = {k: round(scores[k], 4) for k, floor in FLOORS.items() if scores[k] < floor}
    assert not low, f"below floor: {low} (floors {FLOORS})"
