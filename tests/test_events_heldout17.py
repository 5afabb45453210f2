"""The SEVENTEENTH held-out event set of issue 12 (``tests/data/events_heldout17/heldout17.json``): ten articles
(five wire stories, five newspaper/feature pieces) in ten domains (a ferry sinking, a bank merger vote, a wildfire
season, a chess tournament, a water-price review, a vaccine trial, a coal-plant closure, a diplomatic expulsion, a
film festival, a teachers' pay deal), written on 2026-12-02 from the issue texts and the format files only by a
helper that never ran the tool nor read its code, and committed alone before the tool first ran on them. It was
blind for one session (measured on that session's start and end code alike); on 2026-12-02 (evening) it was turned
into a READ set, as sets 3 to 8 were: its 26 misses were read and sorted into classes (six durations its writer
wanted as rows where other writers mark them absent, a convention difference left alone; seven times after an
object noun given to the noun; subjects of "due to" and relative clauses; range ends; one-offs), so its figures
are no longer independent. Same format and scoring as ``tests/test_events_heldout.py`` (whose helpers this file
reuses)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

HELDOUT17 = Path(__file__).parent / "data" / "events_heldout17" / "heldout17.json"


def load() -> list[dict]:
    return json.loads(HELDOUT17.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout17_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout17_floors(scored):
    heldout.check_floors(scored, FLOOR)


# First run, on dd8b5a6 (the code at the start of the session that wrote it) and again on the session's end code
# (aggregate figures only): fully right 110/136 (80.9%), date 107/110, trigger 118/136, subject 111/126, asserted
# 125/132, absent 27/29; the session's rules, written from other texts, moved none of it.
FLOOR = {"fully_right": 0.941, "date": 0.999, "trigger": 0.948, "subject": 0.952, "asserted": 0.954, "absent": 28}

if __name__ == "__main__":
    heldout.main(load())
