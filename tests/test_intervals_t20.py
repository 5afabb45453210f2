"""Dates/intervals helper t20 (issues 11 and 12, session 20): the probe of its classes (sentences written here, not
from any corpus, held-out or reviewer text; ``tests/data/intervals_probe_t20/probe.json``, committed before the tool
ran on it). Items are judged as t19's are, plus ``asserted`` and ``no_row``. ``python tests/test_intervals_t20.py``
prints every probe item."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402
from test_intervals_t19 import _tagged_right, item_right as _t19_item_right  # noqa: E402

PROBE = Path(__file__).parent / "data" / "intervals_probe_t20" / "probe.json"
# raised as each class lands; 34, not the branch's 35: the story-year "the end of the year" was dropped at the merge
# (a blind set's timex value fell with it)
FLOOR = 34


def item_right(it: dict, df: pd.DataFrame) -> bool:
    hit = df[df["timex_text"].fillna("").str.contains(it["timex"], regex=False)]
    if it.get("no_row"):
        return hit.empty
    if not _t19_item_right(it, df):
        return False
    return "asserted" not in it or (not hit.empty and bool(hit.iloc[0]["asserted"]) == it["asserted"])


def probe_score() -> tuple[int, list[str]]:
    items = json.loads(PROBE.read_text(encoding="utf-8"))["items"]
    cols = ["timex_text", "timex_value", "trigger", "start", "end", "range_text", "no_event", "asserted"]
    ok, lines = 0, []
    for it in items:
        if it.get("tagged"):
            good, shown = _tagged_right(it)
        else:
            df = rows_of(it["text"], it["pub"])
            good = item_right(it, df)
            shown = str(df[[c for c in cols if c in df]].astype(str).to_dict("records"))
        ok += good
        lines.append(f"{'OK ' if good else 'BAD'} [{it['class']}] {it['text']} | {it['timex']} -> {shown}")
    return ok, lines


def main() -> None:
    ok, lines = probe_score()
    print("\n".join(lines))
    print(f"probe t20: {ok}/{len(lines)}")


if __name__ == "__main__":
    main()


def test_probe_t20_floor():
    ok, lines = probe_score()
    assert ok >= FLOOR, "\n".join(lines)
