"""Subjects and modality round s23: constructions the s21/s22 probes left out (passives with a "by" agent,
coordinated subjects, fronted adverbials and datelines, title-first appositions, object control, partitives,
expletive "there", raising predicates, quotes with the speaker after, "according to", negation, conditionals,
plans, proposals and denials). Every sentence is our own (tests/data/events_probe_s23/probe.json, written before the
tool ran on it), none from a corpus, a held-out set or the reviewer's articles.
``python tests/test_events_s23.py`` prints the probe and its score."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from events_probe import subject_problems  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

_DIR = Path(__file__).parent / "data" / "events_probe_s23"
PROBE = json.loads((_DIR / "probe.json").read_text(encoding="utf-8"))
# part 2: more constructions (coordinated passives, absolutes, modal and raising verbs, sources, inversions)
PROBE["items"] += json.loads((_DIR / "probe2.json").read_text(encoding="utf-8"))["items"]


def problems(item: dict) -> list[str]:
    """What the item's row gets wrong (empty when right)."""
    return subject_problems(item, row_of(item["text"], item["timex"], PROBE["pub"]))


# items the round did not fix (kept, so that a later rule shows up as a pass): (cls, timex) -> why
_OPEN: dict[tuple[str, str], str] = {
    ("coord-as-well-as", "Tuesday"): "an 'as well as' conjunct set off by commas stays in the subject phrase (no rule yet)",
    ("ctl-object-allow", "October"): "the time dates 'allowed', not the infinitive 'resume' (events/attach.py, not this round's)",
    ("rel-zero-object", "Friday"): "the parser reads 'The man police' as one noun phrase: no relative clause to resolve",
}


@pytest.mark.parametrize("item", [pytest.param(i, marks=pytest.mark.xfail(reason=_OPEN[(i["cls"], i["timex"])], strict=False))
                                  if (i["cls"], i["timex"]) in _OPEN else i for i in PROBE["items"]],
                         ids=[f"{i['cls']}:{i['timex']}" for i in PROBE["items"]])
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
    print(f"probe s23: {ok}/{len(PROBE['items'])}")


if __name__ == "__main__":
    main()


# --- one rule family each: positives and negatives (own sentences) -------------------------------------------------

def _row(text: str, timex: str):
    return row_of(text, timex, PROBE["pub"])


@pytest.mark.parametrize("text,timex,modality", [
    # a hedge or hearsay over a to-infinitive (hedging_raising_predicates): the event is in doubt, not asserted
    ("The economy appears to have shrunk in the fourth quarter.", "the fourth quarter", "appears to"),
    ("The blaze seems to have started in a storeroom on Friday.", "Friday", "seems to"),
    ("The gunman is believed to have fled to Belgium on Saturday.", "Saturday", "believed to"),
    ("The singer is said to have married in 2015.", "2015", "said to"),
    ("The minister is thought to have resigned on Friday.", "Friday", "thought to"),
])
def test_hedging_raising_predicate(text, timex, modality):
    r = _row(text, timex)
    assert r["modality"] == modality and not r["asserted"]


@pytest.mark.parametrize("text,timex", [
    # negatives: the same verbs with no to-infinitive under them state what happened
    ("Witnesses reported seeing smoke over the plant on Friday.", "Friday"),
    ("The minister appeared in court on Monday.", "Monday"),
    ("Police said the gunman fled on Saturday.", "Saturday"),
])
def test_hedging_verb_without_infinitive(text, timex):
    r = _row(text, timex)
    assert _na(r["modality"]) and r["asserted"]
