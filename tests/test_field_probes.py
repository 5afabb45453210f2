"""The session-29 and session-30 probes, each a set of passages with one expected row per case, scored as the held-out sets score
a row (``tests/test_events_heldout.py``) on the fields the probe checks. Each was written blind by a helper (it
never ran the tool nor read its code) and committed before the tool first ran on it:

- ``probe_offset29``: dates relative to another event or to the story time (a length after an event noun, before
  a clause, within a length of an event, "three days later", "the following morning", "the day after" an event, a
  clock time after the story's, and controls where a length only restates the gap between two dates);
- ``probe_clause29``: which event a time dates, and whether it is asserted, near a clause inside a clause (a
  relative clause on the subject, an infinitive after an order or a plan, a wanted or expected object, a finding
  out, a scheduling passive, a reported clause, "every" occasions, a condition or a denial, a participle phrase);
- ``probe_context29``: event subjects in article context, twelve short articles (a pronoun, a description such as
  "the 54-year-old" or "the company", a quote's attribution, a relative clause or apposition, another party named
  in between, an organisation's "it" or "they"). Its writer was asked to give the name a description stands for;
  the held-out writers keep the description ("The company"), and resolving descriptions cost the read sets 13 rows
  and the blind sets 9 (session 29), so those cases stay wrong here.

- ``probe_pronoun30`` (session 30): "he"/"she" subjects around quotations and other people, twelve short articles
  (the protagonist after another person's quotation about them or act on them, the speaker going on or telling
  their own deed).

``python tests/test_field_probes.py NAME`` lists every case of one probe."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
import test_probe_subject28 as subject_probe  # noqa: E402  (its scorer, on each probe's fields)

DATA = Path(__file__).parent / "data"

# name: the fields scored, the floor (cases right on all fields, and on each), and the floor's history
PROBES = {
    "probe_offset29": (("trigger", "start"), {"whole": 33, "trigger": 36, "start": 33},
                       "First run, on 2820f97 (the session's starting code) and on 10bfd1d: 22 of 50 (27 rows, 23 "
                       "cases with no row). Read the same day: a length from the event the sentence before tells "
                       "(lexicon event_families), 'after' hung on the length, 'within hours of' on the event's day, "
                       "a length before a clause told earlier: 34 (81e1d9b). The review then found near-misses "
                       "the first versions took ('Oil prices fell on Monday. The tunnel reopened two weeks after the "
                       "collapse'): everyday verbs left the families (fall, give, break, walk, lift, lose ...), "
                       "'a ruling' is no event told before, and a small hour after a night needs words that move "
                       "the story on: 30. Left: small hours told plainly after an "
                       "evening clock time (read as background, tests/test_temporal_news9.py), 'the day after the "
                       "signing' (not tagged), nouns no family word names. Session of 2026-12-03 (afternoon): the "
                       "lead's day hung inside its verb's object, and a clause set off after the event noun: 32; "
                       "a small hour told plainly after a clock time of 10 p.m. or later: 33."),
    "probe_clause29": (("trigger", "asserted"), {"whole": 49, "trigger": 52, "asserted": 55},
                       "First run, on 2820f97: 46 of 60 (trigger 48, asserted 54); on 10bfd1d: 47 (49, 54). Read "
                       "the same day: a planned relative after the noun's own phrase, 'every' occasions after the "
                       "nominal step, an inverted condition split by an attribution, a claimed clause: 49 (81e1d9b). "
                       "Left: a scheduling passive's event noun (the writer wants 'hearing' over 'set'; older "
                       "probes and the blind sets want the verb), 'starting on Friday' onsets, 'hoped for rain'."),
    "probe_context29": (("trigger", "subject"), {"whole": 35, "trigger": 57, "subject": 35},
                        "First run, on 2820f97 and on 98e188a: 32 of 60 (trigger 57, subject 32). Not tuned on: "
                        "descriptions stay as written (see above); the pronoun misses want the article's "
                        "protagonist over the last name mentioned. Session of 2026-12-03 (afternoon): a he/she "
                        "past a name whose clause shows it means someone else (a quotation about 'he', an act on "
                        "'her') is the lead's person (coref._speaks_of_another, _lead_person): 35."),
    "probe_clock30": (("trigger", "start"), {"whole": 32, "trigger": 46, "start": 34},
                      "First run (committed alone, fe3fb6a), on d673f49 (the session's starting code) and on the "
                      "session's rules then (c707915 and after): 24 of 50 (trigger 45, start 26), the same on both. "
                      "Read the same day: a small hour told plainly after a clock time of 10 p.m. or later goes on "
                      "past midnight (all ten of its 'small-hours-joined' cases wanted it, as did blind set 22's "
                      "writer), and a time set off after 'and,' opens the second conjunct: 31; a 'p.m.' ending its "
                      "sentence, and 'had it under control' (no past perfect): 32 (start 34). Its 'until' cases "
                      "were asked (by the lead's prompt) for the day X itself, where the held-out convention starts "
                      "a forward 'until X' at publication and gives a range's second end no row: most of its "
                      "'until-ahead' misses are that, not the tool's."),
    "probe_pronoun30": (("trigger", "subject"), {"whole": 53, "trigger": 57, "subject": 53},
                        "First run (committed alone, 1172de3), on d673f49 (the session's starting code): 39 of 60 "
                        "(trigger 57, subject 39); on the session's rules (c707915 and the aside fix after it): 44 "
                        "(57, 44). Read the same day: the lead's person taken at once after a speaker who spoke of "
                        "someone else (not a name further back), a quotation naming another person, a lead name the "
                        "entity tagger missed but a title marks: 52; a lead's untagged two-word name whose first "
                        "word a quotation names as a person: 53."),
}


def load(name: str) -> list[dict]:
    return json.loads((DATA / name / "probe.json").read_text(encoding="utf-8"))["cases"]


def figures(judged: list[dict], fields: tuple[str, ...]) -> dict[str, int]:
    """Cases with a row right on every field ("whole") and on each field; a case with no row is wrong on all."""
    has = [r for r in judged if "missing" not in r["fields"]]
    return {"whole": sum(not (set(fields) & r["fields"]) for r in has),
            **{f: sum(f not in r["fields"] for r in has) for f in fields}}


@pytest.mark.parametrize("name", sorted(PROBES))
def test_probe_is_well_formed(name):
    fields = PROBES[name][0]
    cases = load(name)
    assert len(cases) >= 50
    for c in cases:
        heldout.span(c["text"], c["timex"], c.get("nth", 1))
        assert all(f in c for f in fields), c


@pytest.mark.parametrize("name", sorted(PROBES))
def test_probe_floor(name):
    fields, floor, _ = PROBES[name]
    got = figures(subject_probe.judge(load(name), fields), fields)
    assert all(got[k] >= floor[k] for k in floor), (name, got)


if __name__ == "__main__":
    name = sys.argv[1] if len(sys.argv) > 1 else "probe_offset29"
    fields = PROBES[name][0]
    cases = load(name)
    judged = subject_probe.judge(cases, fields)
    for c, r in zip(cases, judged):
        row = r["row"]
        got = "-" if row is None else " ".join(
            f"{f}={(events_gold._day(row[f]) if f == 'start' else events_gold._text(row[f]))!r}" for f in fields)
        tag = "ok  " if "missing" not in r["fields"] and not (set(fields) & r["fields"]) else "BAD "
        print(f"{tag}{c['kind']:28s} [{c['timex']}] want {[c[f] for f in fields]} got {got} :: {c['text']}")
    print(figures(judged, fields), "of", len(cases))
