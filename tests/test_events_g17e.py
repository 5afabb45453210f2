"""Triggers/rows helper g17e (issue 12, session 17): classes from the reviewer's round 2 (errors already in BASE),
with sentences written here (not from any corpus or held-out text); the probe (``tests/data/events_probe22/probe.json``)
was committed before the tool ran on it. ``python tests/test_events_g17e.py`` prints every probe row."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402
from events_probe import probe_score  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe22" / "probe.json"
PUB = "2025-06-12"


def _probe_score() -> tuple[int, list[str]]:
    return probe_score(PROBE, PUB, rows_of)


def main() -> None:
    ok, lines = _probe_score()
    print("\n".join(lines))
    print(f"probe22: {ok}/{len(lines)}")


if __name__ == "__main__":
    main()
