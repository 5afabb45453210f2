"""(Blind until the 2026-12-01 evening session, then turned into a read set: its last blind figures were
fully right 118/143, timex value F1 0.933; after that it no longer measures independently.) The SIXTH held-out event set of issue 12 (``tests/data/events_heldout6/heldout6.json``): ten articles
(five wire stories, five newspaper/business/sports pieces) in ten domains no earlier set used, written from the
issue texts and the format files only, audited by a second helper that never ran the tool, and committed alone
(871aac2, audit 32ee9f7) before the tool first ran on them. It measures; it is not tuned on. Same format and
scoring as ``tests/test_events_heldout.py`` (whose helpers this file reuses). ``python
tests/test_events_heldout6.py`` prints every row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT6 = Path(__file__).parent / "data" / "events_heldout6" / "heldout6.json"


def load() -> list[dict]:
    return json.loads(HELDOUT6.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout6_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout6_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at 5b9bafa (the session's starting main, with the set added), the first run on these texts: fully right
# 112/143 (78.3%), date 116/129, trigger 127/142, subject 98/116, asserted 134/142, absent 28/34 (30/34 with no
# event row), no row for 4. At the end of that session (the set never opened; aggregate figures only, measured
# after merges as a veto): 115/143 (80.4%), date 118/129, trigger 127/142, subject 99/116, asserted 136/142,
# absent 29/34 (31/34 with no event row), no row for 4.
# Raised at the end of the 2026-11-30 afternoon session (aggregate figures only): subject 100/116; the rest as before.
# 2026-11-30 evening session end: fully right 116/143, subject 101/116 (aggregate only).
# 2026-11-30 evening session 2 end (aggregate figures only, measured after each merge as a veto): fully_right 118/143,
# date 119/129, trigger 128/142, subject 102/116, asserted 136/142, absent 29.
# absent: counted without the rows the tool flags no_event (the scorer's fix of 2026-12-01; before it, rows
# that say "this time dates nothing" counted as rows of their own).
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): fully_right 137/143, trigger 139/142.
FLOOR = {"fully_right": 0.958, "date": 0.976, "trigger": 0.978, "subject": 0.982, "asserted": 0.992, "absent": 32}

if __name__ == "__main__":
    heldout.main(load())
