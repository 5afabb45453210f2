"""Dates/intervals helper t19 (issues 11 and 12, session 19): the probe of its classes (sentences written here, not
from any corpus, held-out or reviewer text; ``tests/data/intervals_probe_t19/probe.json``, committed before the tool
ran on it). ``python tests/test_intervals_t19.py`` prints every probe item."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

import timeline

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "intervals_probe_t19" / "probe.json"
FLOOR = 36  # raised as each class lands (raise, never lower)


def _cell(v) -> str:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    return str(pd.Timestamp(v))[:16]


def _tagged_right(it: dict) -> tuple[bool, str]:
    tx = timeline.tag(it["text"], it["pub"])
    got = [(t.text, t.value) for t in tx]
    if any(t.text in it.get("absent", ()) for t in tx):
        return False, str(got)
    if "absent" in it and "value" not in it:
        return True, str(got)
    hit = [t for t in tx if it["timex"] in t.text]
    if not hit:
        return False, str(got)
    return str(hit[0].value or "").startswith(it.get("value", "")), str(got)


def item_right(it: dict, df: pd.DataFrame) -> bool:
    texts = df["timex_text"].fillna("")
    if any(t in it.get("absent", ()) for t in texts):
        return False
    hit = df[texts.str.contains(it["timex"], regex=False)]
    if it.get("no_interval"):
        return hit.empty or all(_cell(v) == "" for v in hit["start"])
    if hit.empty:
        return False
    r = hit.iloc[0]
    if "value" in it and not str(r["timex_value"]).startswith(it["value"]):
        return False
    if "no_event" in it and str(r["no_event"]) != it["no_event"]:
        return False
    return all(k not in it or _cell(r[k]).startswith(it[k]) for k in ("start", "end"))


COLS = ["timex_text", "timex_value", "trigger", "start", "end", "range_text", "no_event"]


def probe_score(probe: Path = PROBE, judge=None, cols: list[str] = COLS) -> tuple[int, list[str]]:
    """Every item of a probe file judged (by ``judge``, this probe's ``item_right`` unless given), with a line each;
    later probes of the same shape (tests/test_intervals_t20.py) score through this one."""
    judge = judge or item_right
    items = json.loads(probe.read_text(encoding="utf-8"))["items"]
    ok, lines = 0, []
    for it in items:
        if it.get("tagged"):
            good, shown = _tagged_right(it)
        else:
            df = rows_of(it["text"], it["pub"])
            good = judge(it, df)
            shown = str(df[[c for c in cols if c in df]].astype(str).to_dict("records"))
        ok += good
        lines.append(f"{'OK ' if good else 'BAD'} [{it['class']}] {it['text']} | {it['timex']} -> {shown}")
    return ok, lines


def main() -> None:
    ok, lines = probe_score()
    print("\n".join(lines))
    print(f"probe t19: {ok}/{len(lines)}")


if __name__ == "__main__":
    main()


def test_probe_t19_floor():
    ok, lines = probe_score()
    assert ok >= FLOOR, "\n".join(lines)
