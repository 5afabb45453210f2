"""The TENTH blind held-out event set of issue 12 (``tests/data/events_heldout10/heldout10.json``): ten articles
(five wire stories, five newspaper/business/sports/feature pieces, 2013-2026) in ten domains (a port strike, a mine
rescue, a satellite launch delay, a measles outbreak, a lumber tariff dispute, a film festival, a shipping merger
review, a sentencing hearing, a football transfer, a bridge inspection), written from the issue texts and the format
files only by a helper that never ran the tool (b05d6b6, its own audit fd7045c), audited the same way by a second
one (3ec982b, 2 corrections), and
committed alone before the tool first ran on them. It measures; it is not tuned on. Same format and
scoring as ``tests/test_events_heldout.py`` (whose helpers this file reuses). ``python
tests/test_events_heldout10.py`` prints every row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT10 = Path(__file__).parent / "data" / "events_heldout10" / "heldout10.json"


def load() -> list[dict]:
    return json.loads(HELDOUT10.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout10_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout10_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at adc3453 (the session's starting main, the audited set beside it), the first run on these texts:
# fully right 107/139 (77.0%), date 108/118, trigger 122/139, subject 111/127, asserted 132/137, absent 19/29.
# absent: counted without the rows the tool flags no_event (the scorer's fix of 2026-12-01; before it, rows
# that say "this time dates nothing" counted as rows of their own).
# End of the 2026-12-01 session: fully right 108/139, trigger 123, subject 112, asserted 134, absent 24/29.
# 2026-12-01 second session end: 110/139, trigger 124/139, subject 115/127.
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): fully_right 120/139, date 115/118, trigger 127/139, subject 118/127.
FLOOR = {"fully_right": 0.863, "date": 0.974, "trigger": 0.913, "subject": 0.929, "asserted": 0.985, "absent": 26}
