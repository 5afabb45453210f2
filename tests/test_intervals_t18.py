"""Dates/intervals helper t18 (issues 11 and 12, session 18): the probe of its classes (sentences written here, not
from any corpus, held-out or reviewer text; ``tests/data/intervals_probe_t18/probe.json``, committed before the tool
ran on it). ``python tests/test_intervals_t18.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402
from events_probe import day  # noqa: E402

PROBE = Path(__file__).parent / "data" / "intervals_probe_t18" / "probe.json"
PUB = "2025-09-17"
FLOOR = 0  # raised as each class lands (raise, never lower)


def item_right(it: dict, df: pd.DataFrame) -> bool:
    hit = df[df["timex_text"].fillna("").str.contains(it["timex"], regex=False)]
    if it.get("no_interval"):
        return hit.empty or all(day(v) == "" for v in hit["start"])
    if hit.empty:
        return False
    r = hit.iloc[0]
    good = "any_of" not in it or str(r["trigger"]) in it["any_of"]
    return good and all(k not in it or day(r[k]) == it[k] for k in ("start", "end"))


def probe_score() -> tuple[int, list[str]]:
    items = json.loads(PROBE.read_text(encoding="utf-8"))["items"]
    cols = ["timex_text", "timex_value", "trigger", "start", "end", "range_text", "no_event"]
    ok, lines = 0, []
    for it in items:
        df = rows_of(it["text"], PUB)
        good = item_right(it, df)
        ok += good
        lines.append(f"{'OK ' if good else 'BAD'} [{it['class']}] {it['text']} | {it['timex']} -> "
                     f"{df[[c for c in cols if c in df]].astype(str).to_dict('records')}")
    return ok, lines


def main() -> None:
    ok, lines = probe_score()
    print("\n".join(lines))
    print(f"probe t18: {ok}/{len(lines)}")


if __name__ == "__main__":
    main()


def test_probe_t18_floor():
    ok, lines = probe_score()
    assert ok >= FLOOR, "\n".join(lines)
