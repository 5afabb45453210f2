"""Triggers helper e16t: the classes of docs/heldout_3-5_error_classes.md given to attach/interval/rows, each with
positive and negative sentences written here (not from any corpus or held-out text), and the probe written before
the fixes (``tests/data/events_probe19/probe.json``, not a blind set). ``python tests/test_events_v19.py`` prints
every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import row_of, rows_of  # noqa: E402,F401

PROBE = Path(__file__).parent / "data" / "events_probe19" / "probe.json"
PUB = "2025-03-14"


def _day(v) -> str:
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)[:10]


def _probe_score() -> tuple[int, list[str]]:
    items = json.loads(PROBE.read_text(encoding="utf-8"))["items"]
    ok, lines = 0, []
    for it in items:
        df = rows_of(it["text"], PUB)
        hit = df[df["timex_text"].fillna("").str.contains(it["timex"], regex=False)]
        if it.get("no_row"):
            good = hit.empty or not pd.isna(hit.iloc[0]["no_event"])
        elif hit.empty:
            good = False
        else:
            r = hit.iloc[0]
            good = str(r["trigger"]) in it["any_of"] and ("subject" not in it or str(r["subject"]) == it["subject"]) \
                and ("asserted" not in it or bool(r["asserted"]) == it["asserted"]) \
                and all(k not in it or _day(r[k]) == it[k] for k in ("start", "end"))
        ok += good
        cols = ["trigger", "subject", "start", "end", "asserted", "no_event"]
        lines.append(f"{'OK ' if good else 'BAD'} [{it['class']}] {it['text']} | {it['timex']} -> "
                     f"{hit[cols].astype(str).to_dict('records') if not hit.empty else None}")
    return ok, lines


if __name__ == "__main__":
    score, out = _probe_score()
    print("\n".join(out))
    print(f"probe19 {score}/{len(out)}")
