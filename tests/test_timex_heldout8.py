"""The eighth blind TIMEX3 set of issue 11 (``tests/data/timex_heldout8/``): the ten articles of the eighth
held-out event set, annotated by hand in TempEval-3 TimeML (DCT = publication date) from the TIMEX3 guidelines,
and committed alone before the tagger first ran on them. It measures the tagger on text no rule was written
from; it is never tuned on."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_timex_heldout3 import check_floors  # noqa: E402

HELDOUT = Path(__file__).parent / "data" / "timex_heldout8"

# Floors at 0 until the first run on these texts (the lead sets real floors from it).
FLOORS = {"strict_f1": 0.0, "relaxed_f1": 0.0, "type_f1": 0.0, "value_f1": 0.0}


def test_timex_heldout8_floors():
    check_floors(HELDOUT, FLOORS, 240)
