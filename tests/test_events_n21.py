"""Nominal-events helper n21 (issue 12, session 21): which event a time dates when an event noun is near it. A time
that modifies an event noun ("the Oct. 23 shooting", "her arrest in March", "held talks on Monday") dates the noun;
where the verb is the event and the noun only its object ("announced the merger on Friday") the verb stays. Every
sentence is written for the purpose (none from the corpus, a reviewer's texts or a held-out set); the probe
(``tests/data/events_probe_n21/probe.json``) was committed before the tool ran on it.
``python tests/test_events_n21.py`` prints every probe row."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402
from events_probe import probe_score  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe_n21" / "probe.json"
PUB = "2025-06-12"


def _probe_score() -> tuple[int, list[str]]:
    return probe_score(PROBE, PUB, rows_of)


def main() -> None:
    ok, lines = _probe_score()
    print("\n".join(lines))
    print(f"probe_n21: {ok}/{len(lines)}")


if __name__ == "__main__":
    main()
