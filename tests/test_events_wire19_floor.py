"""Floor on g19's trigger / no-row judgements of the 37 AQUAINT documents of the dev tuned half
(tests/data/events_wire19, classes in docs/triggers_wire19_classes.md). The documents are read from
../shared/data/tempeval3/train and never copied; without them the test skips."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCORER = Path(__file__).parent / "data" / "events_wire19" / "score.py"
# 271 of 277 right at the 2026-12-02 morning session's end (269 before it; main 5e9943c: 265)
FLOOR = 271


def test_wire_trigger_judgements_floor():
    spec = importlib.util.spec_from_file_location("wire19_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    got = mod.main()
    if got is None:
        pytest.skip(f"the TempEval-3 train corpus is not at {mod.corpus_dir()}")
    right, judged = got
    assert judged == 277
    assert right >= FLOOR, got
