"""The THIRTEENTH blind held-out event set of issue 12 (``tests/data/events_heldout13/heldout13.json``): ten articles
(five wire stories, five newspaper/feature/sports/business pieces, 2012-2026, every weekday) in ten domains (a
glacier collapse, a lottery jackpot, a pension reform protest, a prison escape, a census release, a train
derailment, an avalanche at a ski resort, a deep-sea mining licence, a stadium deal, a startup listing), written
from the issue texts and the format files only by a helper that never ran the tool (58fe4e0), audited the same way
by a second one (c51cc6a, 3 corrections: a noun-event trigger, a "before X" start, a TIMEX3 anchor), and committed
alone before the tool first ran on them. It measures; it is not tuned on. Same format and scoring as
``tests/test_events_heldout.py`` (whose helpers this file reuses)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT13 = Path(__file__).parent / "data" / "events_heldout13" / "heldout13.json"


def load() -> list[dict]:
    return json.loads(HELDOUT13.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout13_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout13_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at 3ee9f65 (the session's starting main, the audited set beside it), the first run on these texts:
# fully right 118/148 (79.7%), date 130/141, trigger 140/148, subject 116/130, asserted 137/145, absent 39/46 (absent
# counted without the rows the tool flags no_event).
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): fully_right 127/148, date 135/141, trigger 142/148, subject 119/130.
# Raised again the same day after "nearly"/"almost" on a verb (not asserted): fully right 129/148, asserted 142/145.
FLOOR = {"fully_right": 0.871, "date": 0.957, "trigger": 0.959, "subject": 0.915, "asserted": 0.979, "absent": 40}
