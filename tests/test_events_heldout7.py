"""(Blind until the 2026-12-01 evening session, then turned into a read set: its last blind figures were
fully right 159/178, timex value F1 0.959; after that it no longer measures independently.) The SEVENTH held-out event set of issue 12 (``tests/data/events_heldout7/heldout7.json``): ten articles
(five wire stories, five newspaper/business/sports/features pieces) in ten domains no earlier set used, written from the
issue texts and the format files only, audited by a second helper that never ran the tool, and committed alone
(51d60c8, audit cd716ed) before the tool first ran on them. It measures; it is not tuned on. Same format and
scoring as ``tests/test_events_heldout.py`` (whose helpers this file reuses). ``python
tests/test_events_heldout7.py`` prints every row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT7 = Path(__file__).parent / "data" / "events_heldout7" / "heldout7.json"


def load() -> list[dict]:
    return json.loads(HELDOUT7.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout7_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout7_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at 06590ff (the session's starting main, the set beside it), the first run on these texts: fully right
# 154/178 (86.5%), date 151/157, trigger 168/178, subject 152/167, asserted 169/175, absent 39/52 (45/52 with no
# event row), no row for 3.
# At the end of that session (the set never opened; aggregate figures only, measured after merges as a veto):
# fully right 157/178 (88.2%), date 152/157, trigger 168/178, subject 154/167, asserted 170/175, absent 40/52.
# 2026-11-30 evening session end: fully right 158/178, asserted 171/175, absent 42/52 (aggregate only).
# absent: counted without the rows the tool flags no_event (the scorer's fix of 2026-12-01; before it, rows
# that say "this time dates nothing" counted as rows of their own).
# 2026-12-01 second session end: 159/178, subject 155/167.
FLOOR = {"fully_right": 0.971, "date": 0.993, "trigger": 0.983, "subject": 0.988, "asserted": 0.988, "absent": 50}

if __name__ == "__main__":
    heldout.main(load())
