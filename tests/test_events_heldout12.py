"""The TWELFTH blind held-out event set of issue 12 (``tests/data/events_heldout12/heldout12.json``): ten articles
(five wire stories, five newspaper/sports/feature pieces, 2012-2026) in ten domains (a parliamentary inquiry, a
vaccine trial, a rail timetable change, a hostage release, a housing development dispute, a data breach fine, an
archaeological dig, a marathon, an opera premiere, a currency devaluation), written from the issue texts and the
format files only by a helper that never ran the tool (f6b9da8), audited the same way by a second one (ad4bf50, 13
corrections, none to a date, trigger or asserted value), and committed alone before the tool first ran on them. It
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

HELDOUT12 = Path(__file__).parent / "data" / "events_heldout12" / "heldout12.json"


def load() -> list[dict]:
    return json.loads(HELDOUT12.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def scored():
    docs = load()
    return heldout.score(events_gold.run(docs), docs)


def test_heldout12_set_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_heldout12_floors(scored):
    heldout.check_floors(scored, FLOOR)


# Measured at 83dc547 (the session's starting main, the audited set beside it), the first run on these texts:
# fully right 125/148 (84.5%), date 130/137, trigger 134/148, subject 131/145, asserted 140/146, absent 30/37 (absent
# counted without the rows the tool flags no_event).
# Raised on 2026-12-03 (session 27) to just below the figures after the trigger convention of
# docs/preceding_nominal_convention.md and the scorer's day-level end for a row inside one day (a clock
# time): trigger 136/148, subject 133/145, asserted 141/146.
FLOOR = {"fully_right": 0.851, "date": 0.948, "trigger": 0.918, "subject": 0.917, "asserted": 0.965, "absent": 30}
