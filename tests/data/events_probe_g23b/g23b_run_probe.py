"""Score the g23b probe: python tests/data/events_probe_g23b/g23b_run_probe.py (prints each item and the count right)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
from events_probe import item_right  # noqa: E402

PROBE = Path(__file__).parent / "probe.json"


def rows_of(text, pub):
    import timeline
    return timeline.extract_many([{"id": "p", "text": text, "pub_date": pub}])


def g23b_right(it, df):
    """item_right, plus n_rows: how many event rows (no_event rows excluded) the sentence must give."""
    good = item_right(it, df)
    if "n_rows" in it:
        good = good and int(df["no_event"].isna().sum()) == it["n_rows"]
    return good


def score():
    data = json.loads(PROBE.read_text(encoding="utf-8"))
    ok, lines = 0, []
    cols = ["timex_text", "trigger", "start", "end", "no_event", "event"]
    for it in data["items"]:
        df = rows_of(it["text"], data["pub_date"])
        good = g23b_right(it, df)
        ok += good
        lines.append(f"{'OK ' if good else 'BAD'} [{it['class']}] {it['text']} | {it['timex']} -> "
                     f"{df[[c for c in cols if c in df]].astype(str).to_dict('records')}")
    return ok, lines


if __name__ == "__main__":
    ok, lines = score()
    print("\n".join(lines))
    print(f"g23b probe: {ok}/{len(lines)}")
