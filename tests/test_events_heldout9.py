"""The NINTH blind held-out event set of issue 12 (``tests/data/events_heldout9/heldout9.json``): ten articles
(five wire stories, five newspaper/business/sports/feature pieces, 2012-2025) in ten domains (hurricane insurance
claims, chip export rules, wildfire evacuation, a central bank's rate rise, a drug recall, an election recount, a
chess playoff, an archaeological find, a rail strike, a hospital ransomware attack), written from the issue texts and
the format files only by a helper that never ran the tool, audited the same way by a second one (2 corrections), and
committed alone before the tool first ran on them. It measures; it is not tuned on. Same format and
scoring as ``tests/test_events_heldout.py`` (whose helpers this file reuses). ``python
tests/test_events_heldout9.py`` prints every row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT9 = Path(__file__).parent / "data" / "events_heldout9" / "heldout9.json"


def load() -> list[dict]:
    return json.loads(HELDOUT9.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout9_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout9_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at 7333f8b (the session's starting main, the audited set beside it), the first run on these texts:
# fully right 123/153 (80.4%), date 128/141, trigger 135/153, subject 132/145, asserted 142/153, absent 40/48.
# absent: counted without the rows the tool flags no_event (the scorer's fix of 2026-12-01; before it, rows
# that say "this time dates nothing" counted as rows of their own).
# 2026-12-01 second session end: 125/153, date 131/141, trigger 137/153, subject 134/145, asserted 145/153.
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): fully_right 127/153, trigger 138/153.
FLOOR = {"fully_right": 0.83, "date": 0.936, "trigger": 0.901, "subject": 0.924, "asserted": 0.947, "absent": 45}

if __name__ == "__main__":
    heldout.main(load())
