"""Subjects and triggers round s25: the row's subject and trigger inside non-finite and relative clauses ("a project
due to begin next spring", "a payment due on Monday", "talks to end it, which ...", "enough cash to last until
2027", "keep searching until Thursday", "rose faster than inflation", "loss-making"). Every sentence is our own
(tests/data/events_probe_s25/probe.json, written before the tool ran on it), none from a corpus, a held-out set or
the reviewers' articles. ``python tests/test_events_s25.py`` prints the probe and its score."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from events_probe import load_subject_probe, open_marked, subject_probe_main, subject_problems  # noqa: E402
from test_events_v6 import rows_of  # noqa: E402

_DIR = Path(__file__).parent / "data" / "events_probe_s25"
PROBE = load_subject_probe(_DIR, "probe.json", "probe2.json")


def problems(item: dict) -> list[str]:
    """What the item's row gets wrong (empty when right): its trigger (one of ``any_of``), then its subject."""
    df = rows_of(item["text"], PROBE["pub"])
    hit = df[df["timex_text"].fillna("").str.contains(item["timex"], regex=False)]
    if hit.empty or not hit.iloc[0]["trigger"] or str(hit.iloc[0]["trigger"]) == "nan":
        return [] if item.get("ok_no_row") else [f"no row: {df[['timex_text', 'trigger']].astype(str).values.tolist()}"]
    row = hit.iloc[0]
    bad = [] if str(row["trigger"]) in item["any_of"] else [f"trigger {row['trigger']!r}"]
    return bad + subject_problems(item, row)


# items the round did not fix (kept, so that a later rule shows up as a pass): (cls, timex) -> why
_OPEN: dict[tuple[str, str], str] = {
}


@pytest.mark.parametrize("item", open_marked(PROBE["items"], _OPEN),
                         ids=[f"{i['cls']}:{i['timex']}" for i in PROBE["items"]])
def test_probe_item(item):
    assert not problems(item)


def main() -> None:
    subject_probe_main("s25", PROBE["items"], problems)


if __name__ == "__main__":
    main()
