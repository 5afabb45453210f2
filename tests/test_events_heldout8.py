"""(Blind until the 2026-12-01 evening session, then turned into a read set: its last blind figures were
fully right 157/180, timex value F1 0.934; after that it no longer measures independently.) The EIGHTH held-out event set of issue 12 (``tests/data/events_heldout8/heldout8.json``): ten articles
(five wire stories, five newspaper/features pieces) in ten domains (agriculture/commodities, shipping/ports, public
health data release, court appeal, municipal budget, aviation safety report, museum acquisition, labor union vote,
flood recovery, space mission), written from the issue texts and the format files only by a helper that never ran
the tool, and committed alone before the tool first ran on them. It measures; it is not tuned on. Same format and
scoring as ``tests/test_events_heldout.py`` (whose helpers this file reuses). ``python
tests/test_events_heldout8.py`` prints every row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT8 = Path(__file__).parent / "data" / "events_heldout8" / "heldout8.json"


def load() -> list[dict]:
    return json.loads(HELDOUT8.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout8_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout8_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at 02843d9 (the session's starting main, the audited set beside it), the first run on these texts:
# fully right 154/180 (85.6%), date 155/167, trigger 171/180, subject 162/171, asserted 173/179, absent 46/57.
# 2026-11-30 evening session 2 end (aggregate figures only, measured after each merge as a veto): fully_right 157/180,
# date 155/167, trigger 174/180, subject 164/171, asserted 173/179, absent 46.
# absent: counted without the rows the tool flags no_event (the scorer's fix of 2026-12-01; before it, rows
# that say "this time dates nothing" counted as rows of their own).
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): fully_right 172/180, date 161/167.
FLOOR = {"fully_right": 0.955, "date": 0.964, "trigger": 0.988, "subject": 0.982, "asserted": 0.988, "absent": 54}

if __name__ == "__main__":
    heldout.main(load())
