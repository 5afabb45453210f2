"""Triggers/rows helper e17t (issue 12, session 17): classes from read sets 6-8 (docs/heldout_6-8_triggers_rows.md)
with sentences written here (not from any corpus or held-out text); the probe (``tests/data/events_probe21/probe.json``)
was committed before the tool ran on it. ``python tests/test_events_v21.py`` prints every probe row."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402
from events_probe import probe_score  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe21" / "probe.json"
PUB = "2025-06-12"
FLOOR = 25  # probe21 at the first commit of each class (raise, never lower)


def _probe_score() -> tuple[int, list[str]]:
    return probe_score(PROBE, PUB, rows_of)


def main() -> None:
    ok, lines = _probe_score()
    print("\n".join(lines))
    print(f"probe21: {ok}/{len(lines)}")


if __name__ == "__main__":
    main()


import pytest  # noqa: E402
from test_events_v6 import row_of  # noqa: E402


def test_probe21_floor():
    ok, lines = _probe_score()
    assert ok >= FLOOR, "\n".join(lines)


# --- T1: "hold" + an event noun dates the holding, unless the noun is a gathering -----------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Farmers held protests outside the agriculture ministry on Tuesday.", "Tuesday", "held"),
    ("The club will hold its annual charity auction next month.", "next month", "hold"),
    ("Opposition parties have held three rallies since April.", "April", "held"),
    ("Dockers held a two-hour stoppage at the container terminal on Friday.", "Friday", "held"),
    # negative: a gathering stays the event ("held talks", "hold a meeting"); other light verbs unchanged
    ("The two sides held talks in Geneva on Monday.", "Monday", "talks"),
    ("The board will hold an emergency meeting on Thursday.", "Thursday", "meeting"),
    ("Inspectors carried out a surprise inspection of the plant on Wednesday.", "Wednesday", "inspection"),
    ("The central bank held interest rates steady in May.", "May", "held"),
])
def test_hold_with_event_noun(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger
