"""Temporal helper t21 (issue 11): the probe of its classes (tests/data/temporal_probe_t21, sentences of our own
written and committed before the tool ran on them): a deadline in a condition looks ahead, "that year" after a
date in a relative clause or a range, "daily" the newspaper, "annually", the base of a year-on-year comparison.
``python tests/test_temporal_t21.py`` prints every item."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_temporal_f18t import probe_score as f18t_probe_score  # noqa: E402  (the same tag/row check)

PROBE = Path(__file__).parent / "data" / "temporal_probe_t21" / "probe.json"
FLOOR = 27  # raised as each class lands (raise, never lower)


def probe_score() -> tuple[int, list[str]]:
    return f18t_probe_score(PROBE)


def test_probe_floor():
    ok, lines = probe_score()
    assert ok >= FLOOR, "\n".join(line for line in lines if line.startswith("BAD"))


if __name__ == "__main__":
    ok, lines = probe_score()
    print("\n".join(lines))
    print(f"probe t21: {ok}/{len(lines)}")
