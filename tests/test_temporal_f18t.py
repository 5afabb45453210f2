"""Temporal follow-up f18t (issue 11/12, session 18): the probe of its classes (tests/data/temporal_probe_f18t,
sentences of our own written and committed before the tool ran on them). ``python tests/test_temporal_f18t.py``
prints every item."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import timeline

sys.path.insert(0, str(Path(__file__).parent))
from events_probe import day  # noqa: E402

PROBE = Path(__file__).parent / "data" / "temporal_probe_f18t" / "probe.json"
FLOOR = 33  # raised as each class lands (raise, never lower)


def item_right(it: dict) -> tuple[bool, str]:
    if it["kind"] == "tag":
        tags = list(timeline.tag(it["text"], pub_date=it["pub"]))
        start = it["text"].index(it["span"])
        end = start + len(it["span"])
        hit = [t for t in tags if t.start < end and start < t.end]
        got = [(t.text, t.value) for t in tags]
        if it["value"] is None:
            return not hit, str(got)
        return any(it["span"] in t.text and t.value == it["value"] for t in hit), str(got)
    df = timeline.extract_many([{"id": "t", "text": it["text"], "pub_date": it["pub"]}])
    hit = df[df["timex_text"].fillna("").str.contains(it["timex"], regex=False)]
    got = str(df[["timex_text", "timex_value", "start", "end"]].astype(str).to_dict("records"))
    return (not hit.empty and day(hit.iloc[0]["start"]) == it["start"] and day(hit.iloc[0]["end"]) == it["end"]), got


def probe_score(probe: Path = PROBE) -> tuple[int, list[str]]:
    """(items right, a line per item) of a temporal probe file (this one's, or another helper's of the same form)."""
    items = json.loads(probe.read_text(encoding="utf-8"))["items"]
    ok, lines = 0, []
    for it in items:
        good, got = item_right(it)
        ok += good
        lines.append(f"{'OK ' if good else 'BAD'} [{it['class']}] {it['text']} | "
                     f"{it.get('span', it.get('timex'))} -> {got}")
    return ok, lines


def test_probe_floor():
    ok, lines = probe_score()
    assert ok >= FLOOR, "\n".join(line for line in lines if line.startswith("BAD"))


if __name__ == "__main__":
    ok, lines = probe_score()
    print("\n".join(lines))
    print(f"probe f18t: {ok}/{len(lines)}")
