"""Subjects round s22b: a profile's pronoun chain across a sentence naming a spouse, a laboratory or a firm; a
"he" for a person noun a reported clause holds; a "they" for a plural thing subject; an "it" for a legal case; a
time phrase never a source. Positives and negatives, all our own sentences (tests/data/events_probe_s22b/probe.json,
written before the tool ran on it). ``python tests/test_events_s22b.py`` prints the probe and its score."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

_DIR = Path(__file__).parent / "data" / "events_probe_s22b"
PROBE = json.loads((_DIR / "probe.json").read_text(encoding="utf-8"))


def problems(item: dict) -> list[str]:
    """What the item's row gets wrong (empty when right)."""
    r = row_of(item["text"], item["timex"], PROBE["pub"])
    subj = "" if _na(r["subject"]) else r["subject"]
    res = "" if _na(r["subject_resolved_from"]) else r["subject_resolved_from"]
    src = "" if _na(r["source"]) else r["source"]
    bad = []
    if "subject" in item and not any(subj.lower().startswith(s.lower()) for s in item["subject"]):
        bad.append(f"subject {subj!r}")
    bad += [f"subject holds {w!r}: {subj!r}" for w in item.get("subject_not", []) if w.lower() in subj.lower()]
    if "resolved" in item and res.lower() != (item["resolved"] or "").lower():
        bad.append(f"resolved_from {res!r}")
    if "source" in item and not any(src.lower().startswith(s.lower()) for s in item["source"]):
        bad.append(f"source {src!r}")
    bad += [f"source holds {w!r}: {src!r}" for w in item.get("source_not", []) if w.lower() in src.lower()]
    return bad


@pytest.mark.parametrize("item", PROBE["items"], ids=[f"{i['cls']}:{i['timex']}" for i in PROBE["items"]])
def test_probe_item(item):
    assert not problems(item)


def main() -> None:
    ok = 0
    for item in PROBE["items"]:
        try:
            bad = problems(item)
        except AssertionError as e:
            bad = [f"no row: {e}"]
        ok += not bad
        print(f"{'OK ' if not bad else 'BAD'} [{item['cls']}] {item['timex']} " + "; ".join(bad))
    print(f"probe s22b: {ok}/{len(PROBE['items'])}")


if __name__ == "__main__":
    main()
