"""The ELEVENTH blind held-out event set of issue 12 (``tests/data/events_heldout11/heldout11.json``): ten articles
(five wire stories, five feature/local/sports/business pieces, 2012-2026) in ten domains (a volcanic-ash airport
closure, a cathedral organ restoration, a teachers' contract, a doping ban, an ocean sailing race, a central bank
governor's resignation, a shipwreck identified, drought water cuts, an e-scooter recall, a chocolate factory
closing), written from the issue texts and the format files only by a helper that never ran the tool (b0cc984),
audited the same way by a second one (8299989, 6 corrections), and committed alone before the tool first ran on
them. It measures; it is not tuned on. Same format and scoring as ``tests/test_events_heldout.py`` (whose helpers
this file reuses). ``python tests/test_events_heldout11.py`` prints every row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT11 = Path(__file__).parent / "data" / "events_heldout11" / "heldout11.json"


def load() -> list[dict]:
    return json.loads(HELDOUT11.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout11_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout11_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at 06f36a0 (the session's starting main, the audited set beside it), the first run on these texts:
# fully right 126/148 (85.1%), date 141/145, trigger 140/148, subject 116/131, asserted 142/147, absent 34/38 (absent
# counted without the rows the tool flags no_event).
# End of that session: fully right 127/148 (85.8%), trigger 141/148, absent 35/38.
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): fully_right 133/148, trigger 146/148, subject 121/131.
FLOOR = {"fully_right": 0.898, "date": 0.979, "trigger": 0.986, "subject": 0.923, "asserted": 0.986, "absent": 36}
