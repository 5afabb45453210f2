"""The SECOND blind held-out event set of issue 12 (``tests/data/events_heldout2/heldout2.json``): eight news
articles whose expected rows were committed alone, before the tool was first run on them. It measures; it is not
tuned on. Same format and scoring as ``tests/test_events_heldout.py`` (whose helpers this file reuses).
``python tests/test_events_heldout2.py`` prints every row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT2 = Path(__file__).parent / "data" / "events_heldout2" / "heldout2.json"


def load() -> list[dict]:
    return json.loads(HELDOUT2.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout2_set_is_well_formed():
    heldout.check_well_formed(load(), 8)


def test_heldout2_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at 88ed8f7 (main 9b74fbf + this set), the first run on these texts: fully right 68/84 (81.0%), date 75/77,
# trigger 81/84, subject 68/80, asserted 83/83, absent 1/1, no row missing. Raised after issue 12's third round
# (not blind any more): fully right 78/84 (92.9%), trigger 84/84, subject 76/80.
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): fully_right 79/84, date 76/77, trigger 84/84, subject 76/80, asserted 83/83.
FLOOR = {"fully_right": 0.94, "date": 0.987, "trigger": 1.0, "subject": 0.95, "asserted": 1.0, "absent": 1}

if __name__ == "__main__":
    heldout.main(load())
