"""Regression floor on the TempEval-3 dev set (TimeBank + AQUAINT). Floors sit just below the measured figures."""

from __future__ import annotations

import pytest

from timeline.eval.tempeval import evaluate

# measured: strict F1 0.9001, relaxed F1 0.9509, type F1 0.9168, value F1 0.8256 (issue 11, round 8; the round's
# peak 0.8267 gave back two tuned values when a reviewer's regressions on ordinary copy took the "year-earlier after
# last year" reading out: the floor sits under the final figure, still above the round's start, 0.824)
# The type floor went down deliberately in round 16 (lead's decision): a part of a particular day ("Friday night",
# "that afternoon") is typed TIME as the TIMEX3 guidelines say, where TimeBank mostly writes DATE (type F1 0.9168 ->
# 0.9068; tuned 0.921 -> 0.905, check 0.913 -> 0.908; values unchanged).
# 2026-12-02 evening session end: strict F1 0.9017, relaxed 0.9519, type 0.9071, value 0.8278 (1,533 values right)
FLOORS = {"strict_f1": 0.9015, "relaxed_f1": 0.9517, "type_f1": 0.9070, "value_f1": 0.8275}
# the halves (timeline.eval.tempeval.half): rules are written on "tuned", "check" is only ever scored.
# measured: tuned value F1 0.8284, check value F1 0.8226 (round 8)
# The type and check floors went down once, deliberately (f26030d): quantified vague periods ("recent
# months", "the past few years") are DURATION PX* as the TIMEX3 guidelines and issue 11 ask, not PAST_REF;
# TimeBank writes them both ways (tuned +5 value matches, check -5, whole 1513 either way).
# 2026-12-02 evening session end: tuned 0.8310, check 0.8244
HALF_FLOORS = {"tuned": 0.8305, "check": 0.8240}


@pytest.mark.slow
def test_tempeval3_dev_floor(tempeval_dir):
    report = evaluate(tempeval_dir)
    scores = report.overall.scores()
    low = {k: round(scores[k], 4) for k, floor in FLOORS.items() if scores[k] < floor}
    assert not low, f"below floor: {low} (floors {FLOORS})"


@pytest.mark.slow
@pytest.mark.parametrize("split", sorted(HALF_FLOORS))
def test_tempeval3_dev_half_floors(tempeval_dir, split):
    value = evaluate(tempeval_dir, split=split).overall.scores()["value_f1"]
    assert value >= HALF_FLOORS[split], f"{split} half value F1 {value:.4f} below {HALF_FLOORS[split]}"
