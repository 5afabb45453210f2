"""A probe of event subjects in article context (``tests/data/probe_context29/probe.json``): twelve short articles
whose dated events have subjects a reader resolves across sentences (a pronoun, a description such as "the
54-year-old" or "the company", a quote's attribution, a relative clause or apposition, another party named in
between, an organisation's "it" or "they"). Written blind by a helper of session 29 (it never ran the tool nor read
its code) and committed before the tool first ran on it. Scored as the held-out sets score a row
(``tests/test_events_heldout.py``) on the trigger and the subject of the row that carries the time.
``python tests/test_probe_context29.py`` lists every case."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
import test_probe_subject28 as subject_probe  # noqa: E402  (its scorer, on this probe's fields)

PROBE = Path(__file__).parent / "data" / "probe_context29" / "probe.json"
FIELDS = ("trigger", "subject")


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["cases"]


def judge(cases: list[dict]) -> list[dict]:
    return subject_probe.judge(cases, FIELDS)


@pytest.fixture(scope="module")
def judged():
    return judge(load())


def test_probe_is_well_formed():
    cases = load()
    assert len(cases) >= 50
    for c in cases:
        heldout.span(c["text"], c["timex"], c.get("nth", 1))
        assert all(f in c for f in FIELDS), c


def figures(judged: list[dict]) -> dict[str, int]:
    """Cases with a row right on every field ("whole") and on each field; a case with no row is wrong on all."""
    has = [r for r in judged if "missing" not in r["fields"]]
    return {"whole": sum(not (set(FIELDS) & r["fields"]) for r in has),
            **{f: sum(f not in r["fields"] for r in has) for f in FIELDS}}


def test_probe_floors(judged):
    got = figures(judged)
    assert all(got[k] >= FLOOR[k] for k in FLOOR), (got, len(judged))


# First run, on 2820f97 (the session's starting code) and on 98e188a: 32 of 60 right (trigger 57, subject 32).
FLOOR = {"whole": 32, "trigger": 57, "subject": 32}

if __name__ == "__main__":
    cases = load()
    judged_cases = judge(cases)
    for c, r in zip(cases, judged_cases):
        row = r["row"]
        got = "-" if row is None else " ".join(
            f"{f}={(events_gold._day(row[f]) if f == 'start' else events_gold._text(row[f]))!r}" for f in FIELDS)
        tag = "ok  " if "missing" not in r["fields"] and not (set(FIELDS) & r["fields"]) else "BAD "
        print(f"{tag}{c['kind']:28s} [{c['timex']}] want {[c[f] for f in FIELDS]} got {got} :: {c['text']}")
    print(figures(judged_cases), "of", len(cases))
