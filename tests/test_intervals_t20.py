"""Dates/intervals helper t20 (issues 11 and 12, session 20): the probe of its classes (sentences written here, not
from any corpus, held-out or reviewer text; ``tests/data/intervals_probe_t20/probe.json``, committed before the tool
ran on it). Items are judged as t19's are, plus ``asserted`` and ``no_row``. ``python tests/test_intervals_t20.py``
prints every probe item."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402
from test_intervals_t19 import COLS as _T19_COLS, item_right as _t19_item_right  # noqa: E402
from test_intervals_t19 import probe_score as _t19_probe_score  # noqa: E402

PROBE = Path(__file__).parent / "data" / "intervals_probe_t20" / "probe.json"
# raised as each class lands; 34, not the branch's 35: the story-year "the end of the year" was dropped at the merge
# (a blind set's timex value fell with it)
FLOOR = 34
COLS = _T19_COLS + ["asserted"]


def item_right(it: dict, df: pd.DataFrame) -> bool:
    hit = df[df["timex_text"].fillna("").str.contains(it["timex"], regex=False)]
    if it.get("no_row"):
        return hit.empty
    if not _t19_item_right(it, df):
        return False
    return "asserted" not in it or (not hit.empty and bool(hit.iloc[0]["asserted"]) == it["asserted"])


def probe_score() -> tuple[int, list[str]]:
    return _t19_probe_score(PROBE, item_right, COLS)


def main() -> None:
    ok, lines = probe_score()
    print("\n".join(lines))
    print(f"probe t20: {ok}/{len(lines)}")


if __name__ == "__main__":
    main()


def test_probe_t20_floor():
    ok, lines = probe_score()
    assert ok >= FLOOR, "\n".join(lines)
