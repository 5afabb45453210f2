"""The FOURTEENTH blind held-out event set of issue 12 (``tests/data/events_heldout14/heldout14.json``): ten articles
(five wire stories, five newspaper/feature/sports pieces, 2012-2026, every weekday) in ten domains (a
locust swarm, a heatwave and the power grid, a mountain rescue, an oil spill, a coronation, a ballet premiere, a
bird-flu cull, a toll road opening, a snooker final, a lighthouse restoration), written from the issue texts and
the format files only by a helper that never ran the tool (18a3e40), audited the same way by a second one (e988e3b,
7 corrections: two dates of a negated "until", an absent range end, four TIMEX3 spans with their modifiers), and
committed alone before the tool first ran on them. It measures; it is not tuned on. Same format and scoring as
``tests/test_events_heldout.py`` (whose helpers this file reuses)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT14 = Path(__file__).parent / "data" / "events_heldout14" / "heldout14.json"


def load() -> list[dict]:
    return json.loads(HELDOUT14.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout14_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout14_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at f506a58 (the session's starting main, the audited set beside it), the first run on these texts:
# fully right 120/150 (80.0%), date 124/138, trigger 135/150, subject 120/133, asserted 138/149, absent 41/52 (absent
# counted without the rows the tool flags no_event).
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): subject 123/133.
FLOOR = {"fully_right": 0.833, "date": 0.927, "trigger": 0.92, "subject": 0.924, "asserted": 0.946, "absent": 44}
