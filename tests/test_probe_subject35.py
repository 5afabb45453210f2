"""A probe of event subjects a parser tends to lose (``tests/data/probe_subject35/probe.json``): a noun the tagger
reads as a verb, a subject after a fronted time with no comma, a name in apposition, a long aside before the verb, a
count or part, a headline line before the lede, pronouns across sentences and quotes, relative clauses, infinitives,
an event noun's possessor or "by" agent, and coordinated subjects. Written blind by helper h35b of session 35 (it
never ran the tool nor read its code) and committed (d7fc19d) before the tool first ran on it. Scored as the held-out
sets score a row: the subject and trigger on the row that carries the time. ``python tests/test_probe_subject35.py``
lists every case."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_probe_subject28 import judge  # noqa: E402

PROBE = Path(__file__).parent / "data" / "probe_subject35" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def judged():
    return judge(load())


def test_probe_is_well_formed():
    cases = load()
    assert len(cases) == 60
    for c in cases:
        heldout.span(c["text"], c["timex"], c.get("nth", 1))
        assert c["subject"] and c["trigger"], c


def test_probe_floors(judged):
    subject = sum("subject" not in r["fields"] for r in judged)
    trigger = sum("trigger" not in r["fields"] for r in judged)
    assert subject >= FLOOR["subject"] and trigger >= FLOOR["trigger"], (subject, trigger, len(judged))


# First run, on 34c6c63 (the session's starting code): subject 49/60, trigger 56/60; on b0d144a (the session's first
# fixes, from reading set 29) subject 50/60. Read the same day; fixed since, each with new examples in
# tests/test_events_lead35.py: a head noun the tagger read as an "-ing" participle on the subject ("A rare Vermeulen
# etching was stolen"), the inner possessive mark of an owner ("The librarians' union's strike"), a "by" agent hung on
# the "of" name ("The takeover of Pemberly Mills by Arkon Textiles"), a counted length ("after 14 seasons") that no
# longer leaves the time to the object noun: subject 53/60, trigger 57/60.
# Left: "A water main burst" and "A rockfall injured two climbers ..., officials said" (the whole clause parsed as a
# noun phrase); a possessed title with a named apposition shows the name ("The team's captain, the veteran defender
# Rasa Dambrauskas": the name, by an older convention); a person's "We" in a quote; a quoted "I" whose speaker is a
# "he" after a title with an unknown first name; "whose debut album" (we write "The singer's debut album"); a time
# after an apposition on an event noun subject ("The resignation of the finance minister, Oskar Ferm, on Tuesday
# triggered"); an aside inside a coordinated subject.
FLOOR = {"subject": 53, "trigger": 57}

if __name__ == "__main__":
    cases = load()
    for c, r in zip(cases, judge(cases)):
        row = r["row"]
        got = "-" if row is None else f"{events_gold._text(row['trigger'])!r} subj={events_gold._text(row['subject'])!r}"
        tag = "ok  " if not ({"subject", "trigger"} & r["fields"]) else "BAD "
        print(f"{tag}{c['kind']:28s} [{c['timex']}] want {c['subject'][0]!r} got {got} :: {c['text']}")
