"""A probe of times that date no event (``tests/data/probe_absent28/probe.json``): the second end of a range, a
dateline, a comparison base, a measured duration, a frequency, a "now" of a state, a time that names a thing, an
age; each kind with contrasts built to look alike whose time does date an event. Written blind by a helper of
session 28 (it never ran the tool nor read its code) and committed before the tool first ran on it.

A row flagged ``no_event`` counts as no row, as in the held-out sets (the tool keeps such a row for checking and says
the time dates nothing). ``python tests/test_probe_absent28.py`` lists every case."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_heldout import _overlapping, span  # noqa: E402

PROBE = Path(__file__).parent / "data" / "probe_absent28" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["cases"]


def judge(cases: list[dict]) -> list[tuple[dict, bool, str]]:
    """(case, right, what the tool gave) for every case."""
    import timeline

    df = timeline.extract_many([{"id": str(i), "text": c["text"], "pub_date": c["pub_date"]}
                                for i, c in enumerate(cases)])
    out = []
    for i, c in enumerate(cases):
        rows = df[df["doc_id"] == str(i)]
        own = rows[rows["no_event"].isna()] if "no_event" in rows else rows
        a, b = span(c["text"], c["timex"], c.get("nth", 1))
        hit = _overlapping(own, a, b)
        triggers = [str(t) for t in hit["trigger"]] if len(hit) else []
        if c["row"]:
            right = any(t in c["trigger"] for t in triggers)
        else:
            right = not len(hit)
        out.append((c, right, ", ".join(triggers) or "-"))
    return out


@pytest.fixture(scope="module")
def judged():
    return judge(load())


def test_probe_is_well_formed():
    cases = load()
    assert len(cases) >= 60
    for c in cases:
        span(c["text"], c["timex"], c.get("nth", 1))  # the time is in the text
        assert isinstance(c["row"], bool) and (not c["row"] or c["trigger"]), c


def test_probe_floors(judged):
    absent = [right for c, right, _ in judged if not c["row"]]
    present = [right for c, right, _ in judged if c["row"]]
    figures = (sum(absent), len(absent), sum(present), len(present))
    assert sum(absent) >= FLOOR["absent"] and sum(present) >= FLOOR["present"], figures


# First run, on 91474d5 (and the same on da6d0d1, the session's starting code): no row 36/45, row 24/25. Read the
# same day; fixed since: the opening day of "from 14 to 18 November" (a range, no second row), possessive times
# on label nouns ("next year's budget"), a year naming a model in a present clause, a day restated after a comma
# ("on Monday, the day she turned 70"): 39/45 and 25/25. Left: "since the 2008 crisis" (a record comparison
# whose base is an event noun dates that noun, the README's convention), and "now"/"currently"/"today" on a
# present state (4 cases): as no_event rows they cost the dev set 24 of its TimeBank links, which tie "now" to
# the state as TimeML's events include states.
FLOOR = {"absent": 39, "present": 25}

if __name__ == "__main__":
    for c, right, got in judge(load()):
        print(("ok  " if right else "BAD ") + f"row={c['row']!s:5} [{c['timex']}] got {got} :: {c['text']}")
