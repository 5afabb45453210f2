"""The THIRD held-out (blind until 2026-12-01, then turned into a read set: its misses are classified in
``docs/heldout_3-5_error_classes.md``, and it no longer measures independently) event set of issue 12 (``tests/data/events_heldout3/heldout3.json``): ten news
articles whose expected rows were committed alone, before the tool was first run on them. It measured until it
was read. Same format and scoring as ``tests/test_events_heldout.py`` (whose helpers this file reuses).
``python tests/test_events_heldout3.py`` prints every row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT3 = Path(__file__).parent / "data" / "events_heldout3" / "heldout3.json"


def load() -> list[dict]:
    return json.loads(HELDOUT3.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout3_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout3_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at 02405aa (main 1c3b505 + this set), the first run on these texts: fully right 98/129 (76.0%), date
# 99/112, trigger 116/129, subject 102/122, asserted 123/129, absent 5/10, no row for 5.
# After the day's events rounds 3 and 4 (which never opened the set; a5e37a2): fully right 105/129 (81.4%), date
# 101/112, trigger 117/129, subject 107/122, asserted 123/129, absent 5/10.
# After the next session's rounds 5 and 6 (which never opened it either): fully right 107/129 (82.9%), date 103/112,
# trigger 118/129, subject 108/122, asserted 124/129, absent 5/10.
# After the 2026-11-30 afternoon session (events rounds 7 and 8, the lead's wire-copy fixes; the set stayed
# unopened, aggregate figures only): fully right 108/129 (83.7%), date 103/112, trigger 119/129, subject 108/122,
# asserted 124/129, absent 6/10.
# Raised at the end of the 2026-11-30 afternoon session (aggregate figures only): fully right 110/129 (85.3%), subject
# 110/122; the rest as before.
# 2026-11-30 evening session end: fully right 111/129, trigger 119/129, subject 111/122 (aggregate only).
# 2026-11-30 evening session 2 end (aggregate figures only, measured after each merge as a veto): fully_right 113/129,
# date 103/112, trigger 119/129, subject 112/122, asserted 124/129, absent 6.
# absent: counted without the rows the tool flags no_event (the scorer's fix of 2026-12-01; before it, rows
# that say "this time dates nothing" counted as rows of their own).
FLOOR = {"fully_right": 0.945, "date": 0.982, "trigger": 0.953, "subject": 0.959, "asserted": 0.984, "absent": 10}

if __name__ == "__main__":
    heldout.main(load())
