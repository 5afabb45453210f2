"""Issue 12, fourteenth round (helper 12t): rules measured with a probe written and committed before the tool ran on
it (``tests/data/events_probe13/probe.json``, not a blind set; nominal events, light verbs, amounts that are objects,
when-clauses, ranges, since/until, anchored durations, reports with embedded dated events) and with the dev set's
tuned half. Each rule has positive and negative examples written here (not the probe's sentences, not any corpus or
held-out text). ``python tests/test_events_v14.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe13" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]


# --- the probe -----------------------------------------------------------------------------------------------------------

def test_probe13_is_well_formed():
    heldout.check_well_formed(load(), 10)


if __name__ == "__main__":
    heldout.main(load())
