"""The FIFTH held-out (blind until 2026-12-01, then turned into a read set: its misses are classified in
``docs/heldout_3-5_error_classes.md``, and it no longer measures independently) event set of issue 12 (``tests/data/events_heldout5/heldout5.json``): ten wire-style
articles (datelines, trailing attribution, long sentences) in ten domains no earlier set used, written from the
issue texts and the format files only, audited by a second helper that never ran the tool, and committed alone
(b8cec47, audit c1b4a36) before the tool first ran on them. It measured until it was read. Same format and
scoring as ``tests/test_events_heldout.py`` (whose helpers this file reuses). ``python
tests/test_events_heldout5.py`` prints every row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT5 = Path(__file__).parent / "data" / "events_heldout5" / "heldout5.json"


def load() -> list[dict]:
    return json.loads(HELDOUT5.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout5_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout5_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at 8bb3693 (the session's starting main, with the set added), the first run on these texts: fully right
# 111/145 (76.6%), date 120/135, trigger 127/145, subject 107/123, asserted 136/145, absent 20/32, no row for 6.
# At the end of that session (the set never opened; aggregate figures only, measured after merges as a veto):
# fully right 114/145 (78.6%), date 120/135, trigger 129/145, subject 110/123, asserted 137/145, absent 20/32 (23/32
# with no event row: three of the marked times give a row flagged no_event), no row for 5.
# A session later (its sixth blind set's session): 115/145 (79.3%), date 120/135, trigger 129/145, subject
# 110/123, asserted 138/145, absent 20/32 (23/32 with no event row).
# Raised at the end of the 2026-11-30 afternoon session (aggregate figures only): fully right 115/145, date 121/135,
# asserted 139/145, absent 21/32.
# 2026-11-30 evening session 2 end (aggregate figures only, measured after each merge as a veto): fully_right 116/145,
# date 122/135, trigger 130/145, subject 110/123, asserted 139/145, absent 22.
# absent: counted without the rows the tool flags no_event (the scorer's fix of 2026-12-01; before it, rows
# that say "this time dates nothing" counted as rows of their own).
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): fully_right 134/145, date 129/135, trigger 137/145.
FLOOR = {"fully_right": 0.924, "date": 0.955, "trigger": 0.944, "subject": 0.951, "asserted": 0.965, "absent": 32}

if __name__ == "__main__":
    heldout.main(load())
