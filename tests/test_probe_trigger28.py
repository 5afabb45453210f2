"""A probe of which event a time dates in sentences with several (``tests/data/probe_trigger28/probe.json``): a
participle of consequence, an after/before clause, a when/as clause, a reported clause and its embedded event, a
relative clause, coordinated verbs, an event noun with its time, a purpose infinitive, a light verb, a fronted time.
Written blind by a helper of session 28 (it never ran the tool nor read its code) and committed before the tool
first ran on it. Scored as the held-out sets score a row (``tests/test_events_heldout.py``): the trigger on the row
that carries the time. ``python tests/test_probe_trigger28.py`` lists every case."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
import test_probe_subject28 as subject_probe  # noqa: E402  (its scorer, on the trigger alone)

PROBE = Path(__file__).parent / "data" / "probe_trigger28" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["cases"]


def judge(cases: list[dict]) -> list[dict]:
    return subject_probe.judge(cases, ("trigger",))


@pytest.fixture(scope="module")
def judged():
    return judge(load())


def test_probe_is_well_formed():
    cases = load()
    assert len(cases) >= 50
    for c in cases:
        heldout.span(c["text"], c["timex"], c.get("nth", 1))
        assert c["trigger"], c


def test_probe_floors(judged):
    trigger = sum("trigger" not in r["fields"] for r in judged)
    assert trigger >= FLOOR["trigger"], (trigger, len(judged))


# First run, on b2cc89c (the same on da6d0d1, the session's starting code): 56/60. Read the same day; fixed since:
# a time between the subject and the verb hung on the subject ("The grid operator on Wednesday blamed the outage on
# Monday": the outage's Monday), an event named inside an amount's phrase ("Losses from the flood in April"): 58/60.
# Left: "Turnout in the referendum in October" (turnout is no quantity noun of the lexicon), and "quit" tagged as a
# noun before a trailing attribution (a rule reading the reported clause's first finite verb gave "took", measured
# no change elsewhere, not kept).
FLOOR = {"trigger": 58}

if __name__ == "__main__":
    cases = load()
    for c, r in zip(cases, judge(cases)):
        row = r["row"]
        got = "-" if row is None else f"{events_gold._text(row['trigger'])!r}"
        tag = "ok  " if "trigger" not in r["fields"] else "BAD "
        print(f"{tag}{c['kind']:28s} [{c['timex']}] want {c['trigger']} got {got} :: {c['text']}")
