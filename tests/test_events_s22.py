"""Subjects and modality round s22: the subject constructions of news English as a whole (personal pronouns after
two candidates, relative pronouns, control and raising, passives, participle clauses, appositions, coordination,
inverted attribution, "according to", existentials, datelines and bylines) and negatives (a pronoun with no
antecedent, a place as a poor antecedent of "it"). Every sentence is our own (tests/data/events_probe_s22/probe*.json,
written before the tool ran on it), none from a corpus, a held-out set or the reviewer's articles.
``python tests/test_events_s22.py`` prints the probe and its score."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

_DIR = Path(__file__).parent / "data" / "events_probe_s22"
PROBE = json.loads((_DIR / "probe.json").read_text(encoding="utf-8"))
# part 2: short passages, where a subject has several candidates sentences back (same pub date, same keys)
PROBE["items"] += json.loads((_DIR / "probe2.json").read_text(encoding="utf-8"))["items"]
# part 3: more constructions (fronted phrases, a spokesman's "it", "accused of", a cleft, ...)
PROBE["items"] += json.loads((_DIR / "probe3.json").read_text(encoding="utf-8"))["items"]


def problems(item: dict) -> list[str]:
    """What the item's row gets wrong (empty when right)."""
    r = row_of(item["text"], item["timex"], PROBE["pub"])
    subj = "" if _na(r["subject"]) else r["subject"]
    res = "" if _na(r["subject_resolved_from"]) else r["subject_resolved_from"]
    mood = "" if _na(r["modality"]) else r["modality"]
    bad = []
    if "subject" in item and not any(subj.lower().startswith(s.lower()) for s in item["subject"]):
        bad.append(f"subject {subj!r}")
    bad += [f"subject holds {w!r}: {subj!r}" for w in item.get("subject_not", []) if w.lower() in subj.lower()]
    if "resolved" in item and res.lower() != (item["resolved"] or "").lower():
        bad.append(f"resolved_from {res!r}")
    if "modality" in item and mood != (item["modality"] or ""):
        bad.append(f"modality {mood!r}")
    if "asserted" in item and bool(r["asserted"]) != item["asserted"]:
        bad.append(f"asserted {bool(r['asserted'])}")
    return bad


@pytest.mark.parametrize("item", PROBE["items"], ids=[f"{i['cls']}:{i['text'][:40]}" for i in PROBE["items"]])
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
        print(f"{'OK ' if not bad else 'BAD'} [{item['cls']}] {item['text'][:70]!r} | {item['timex']} " + "; ".join(bad))
    print(f"probe s22: {ok}/{len(PROBE['items'])}")


if __name__ == "__main__":
    main()
