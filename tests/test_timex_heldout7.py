"""(Blind until the 2026-12-01 evening session, then turned into a read set with its event twin; it no longer
measures independently.) The seventh blind TIMEX3 set of issue 11 (``tests/data/timex_heldout7/``): the ten articles of the seventh
held-out event set, annotated by hand in TempEval-3 TimeML, audited, and committed alone before the tagger
first ran on them (51d60c8, audit cd716ed). It measures the tagger on text no rule was written from; it is
never tuned on."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_timex_heldout3 import check_floors  # noqa: E402

HELDOUT = Path(__file__).parent / "data" / "timex_heldout7"

# Measured at 06590ff (the session's starting main), the first run on these texts: strict F1 0.9588, relaxed
# 0.9848, type 0.9544, value 0.9544 (233 gold, 228 tagged, 227 overlapping a gold one; 220 values right).
# At the end of that session: value 0.9588 (221 values right); the rest as at the first run.
# 2026-11-30 evening session end: strict 0.9631.
FLOORS = {"strict_f1": 0.984, "relaxed_f1": 0.989, "type_f1": 0.989, "value_f1": 0.98}


def test_timex_heldout7_floors():
    check_floors(HELDOUT, FLOORS, 230)
