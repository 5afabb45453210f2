"""Events, subjects/sources/modality round 8 (issue 12, helper 12s): a probe of twelve new news articles whose
expected rows were written and committed before the tool ran on them (``tests/data/events_subjects8/probe.json``,
not a blind set), and the rule classes found with it, each rule with positive and negative example sentences
written for it here (not the probe's sentences). ``python tests/test_events_subjects8.py`` prints every probe
row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import pytest  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_subjects8" / "probe.json"


def load(path: Path = PROBE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if _na(v) else str(v)


def _row(text: str, timex: str, pub: str = "2025-06-11"):
    return row_of(text, timex, pub)


def _subject(text: str, timex: str, pub: str = "2025-06-11") -> tuple[str, str]:
    row = _row(text, timex, pub)
    return _text(row["subject"]), _text(row["subject_resolved_from"])


# --- the probe ------------------------------------------------------------------------------------------------------

def test_probe_is_well_formed():
    heldout.check_well_formed(load(), 12)


if __name__ == "__main__":
    heldout.main(load())
