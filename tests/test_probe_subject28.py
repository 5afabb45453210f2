"""A probe of event subjects (``tests/data/probe_subject28/probe.json``): who did it, for a pronoun standing for
someone named before, a relative clause, an apposition, coordinated verbs, a reported clause, a passive, an
infinitive's controller, a long noun phrase, a fronted time or clause, an organisation's "it", a possessor of an
event noun and a quote's attribution. Written blind by a helper of session 28 (it never ran the tool nor read its
code) and committed before the tool first ran on it. Scored as the held-out sets score a row
(``tests/test_events_heldout.py``): the subject on the row that carries the time. ``python
tests/test_probe_subject28.py`` lists every case."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402

PROBE = Path(__file__).parent / "data" / "probe_subject28" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["cases"]


def as_documents(cases: list[dict], fields: tuple[str, ...] = ("trigger", "subject")) -> list[dict]:
    """The cases as held-out documents of one expected row each, judged on ``fields``."""
    return [{"id": f"p28-{i:02d}", "pub_date": c["pub_date"], "text": c["text"],
             "rows": [{"timex": c["timex"], "nth": c.get("nth", 1), **{f: c[f] for f in fields}}]}
            for i, c in enumerate(cases)]


def judge(cases: list[dict], fields: tuple[str, ...] = ("trigger", "subject")) -> list[dict]:
    docs = as_documents(cases, fields)
    results, _, _ = heldout.score(events_gold.run(docs), docs)
    return results


@pytest.fixture(scope="module")
def judged():
    return judge(load())


def test_probe_is_well_formed():
    cases = load()
    assert len(cases) >= 50
    for c in cases:
        heldout.span(c["text"], c["timex"], c.get("nth", 1))
        assert c["subject"] and c["trigger"], c


def test_probe_floors(judged):
    subject = sum("subject" not in r["fields"] for r in judged)
    trigger = sum("trigger" not in r["fields"] for r in judged)
    assert subject >= FLOOR["subject"] and trigger >= FLOOR["trigger"], (subject, trigger, len(judged))


# First run, on a626add (the same on da6d0d1, the session's starting code): subject 56/60, trigger 58/60. Read the
# same day; fixed since: the owner's mark after a name of several words ("Hartwell Pharma's acquisition"), rulings
# on a request (sanctioning_verbs: "denied the defence's request for a mistrial on Wednesday"), a label noun taken
# for an event before a deadline ("a referendum on the new constitution before the end of 2025"): 59/60 and 60/60.
# Left: "A panel" for "A panel of three judges from the Ninth Circuit Court of Appeals" (a subject over ten words
# keeps no phrase; keeping its first "of" phrase cost blind set 21 and the blind sets 9-19 a subject each).
FLOOR = {"subject": 59, "trigger": 60}

if __name__ == "__main__":
    cases = load()
    for c, r in zip(cases, judge(cases)):
        row = r["row"]
        got = "-" if row is None else f"{events_gold._text(row['trigger'])!r} subj={events_gold._text(row['subject'])!r}"
        tag = "ok  " if not ({"subject", "trigger"} & r["fields"]) else "BAD "
        print(f"{tag}{c['kind']:28s} [{c['timex']}] want {c['subject'][0]!r} got {got} :: {c['text']}")
