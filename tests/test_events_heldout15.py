"""The FIFTEENTH blind held-out event set of issue 12 (``tests/data/events_heldout15/heldout15.json``): ten articles
(five wire stories, five newspaper/feature/sports pieces, 2012-2026, every weekday) in ten domains (an extradition,
an abalone poaching trial, a refinery fire, a bus fleet electrification, a sumo tournament, a wine harvest, a
library levy, a submarine cable repair, a whale stranding, a postal strike), written from the issue texts and the
format files only by a helper that never ran the tool (2d401cd), audited the same way by a second one (7e320c0, 4
corrections: one row's dates, three TIMEX3 annotations), and committed alone before the tool first ran on them. It
measures; it is not tuned on. Same format and scoring as ``tests/test_events_heldout.py`` (whose helpers this file
reuses)."""


from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT15 = Path(__file__).parent / "data" / "events_heldout15" / "heldout15.json"


def load() -> list[dict]:
    return json.loads(HELDOUT15.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout15_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout15_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at da8afe5 (the session's starting main, the audited set beside it), the first run on these texts:
# fully right 123/146 (84.2%), date 131/139, trigger 135/146, subject 122/134, asserted 135/139, absent 45/54.
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): fully_right 129/146, date 135/139, trigger 136/146, subject 124/134.
FLOOR = {"fully_right": 0.883, "date": 0.971, "trigger": 0.931, "subject": 0.925, "asserted": 0.971, "absent": 48}
