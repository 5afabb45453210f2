"""Triggers helper g23 (issue 12, session 23): which event a time dates and which times give no row, by general
classes of news English the earlier probes had not written (event nouns dated inside at/during/after/since phrases,
light verbs, clause times, headline fragments, lists of dated items, times that date nothing). The cases are the
helper's own probe (tests/data/g23/g23_probe.py, written and committed before the tool ran on it) and each rule's
own positive and negative examples (RULE_CASES): none comes from a reviewer's text, the corpus or a read/held-out
set. ``python tests/data/g23/g23_run_probe.py`` prints every probe case."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "g23"))
from g23_probe import CASES  # noqa: E402
from g23_run_probe import judge  # noqa: E402

# probe cases the session did not fix (kept in the probe, not asserted), with why
OPEN = {
    # "listing" is a thing noun by the lexicon (stock listings, rankings); a dated listing is an event only as a
    # flotation, and one word's two senses are not worth a rule
    ("The company has lost half its value since its March 2023 listing.", "March 2023"),
    # a premodifying period on a report told in the past keeps its row: the dev set's TimeML dates "reported
    # third-quarter results Tuesday" by the period (reference_period rule, attach.py _reference_period)
    ("The firm's 2025 results were published on Thursday.", "2025"),
    # the parser reads the headline's verb "forces" as a noun compounded with "Sunday" ("Sunday forces evacuation")
    ("Fire at chemical plant on Sunday forces evacuation of 500 homes", "Sunday"),
    # the tagger does not tag "during the night" (the timex area's, not the linker's)
    ("Nurses walked out during the night.", "the night"),
}

# each rule's own examples, positive and negative (written with the rule)
RULE_CASES = [
    # light "take" (with a gathering only) and "deliver"
    ("The Senate took a vote on the bill on Friday.", "Friday", "vote"),
    ("The judge will deliver her verdict on Thursday.", "Thursday", "verdict"),
    ("The king delivered a speech to parliament on Tuesday.", "Tuesday", "speech"),
    ("Rebels took control of the port on Monday.", "Monday", "took"),
    ("The carmaker delivered 500 vans to the post office in May.", "May", "delivered"),
    ("The new chairman took office in January.", "January", "took"),
    # a scan or check-up had
    ("The goalkeeper had a scan on his shoulder on Monday.", "Monday", "scan"),
    ("The hospital bought a new scanner in May.", "May", "bought"),
    # a time premodifying the noun a multiplier multiplies: the base of the multiple
    ("Unemployment is now double the 2022 rate.", "2022", "no_event:comparison-base"),
    ("Claims reached three times the 2019 total.", "2019", "no_event:comparison-base"),
    ("Losses were twice the 2023 figure.", "2023", "no_event:comparison-base"),
    ("The firm plans to double its 2025 dividend in March.", "March", "double"),
    ("The singer has won twice since the 2019 final.", "2019", "final"),
    # a bare present verb the parser read as a modifier of the plural noun before it
    ("Entries open on Monday.", "Monday", "open"),
    ("Bids close on March 3.", "March 3", "close"),
    ("Applications open on Monday and close on Friday.", "Friday", "close"),
    ("Tenders close on May 5, the agency said.", "May 5", "close"),
    ("Homes close to the river were flooded on Friday.", "Friday", "flooded"),
    ("Stores stay open on Sunday.", "Sunday", "stay"),
    # a call held, and a call as the medium of a saying
    ("The two leaders held a phone call on Saturday.", "Saturday", "call"),
    ("The chief executive told reporters on a conference call Wednesday morning.", "Wednesday morning", "told"),
    ("The finance chief said on a call with analysts on Tuesday that sales would fall.", "Tuesday", "said"),
    # a bare weekday, weekend or part-of-day word sorting a recurring thing by when it recurs; a cohort's year
    ("A Sunday newspaper reported that the minister would resign.", "Sunday", "no_event:period-label"),
    ("The weekend ferry service was cut on Monday.", "weekend", "no_event:period-label"),
    ("Sunday school was cancelled.", "Sunday", "no_event:period-label"),
    ("The Monday market reopened in May.", "Monday", "no_event:period-label"),
    ("Members of the Class of 2020 met on Saturday.", "2020", "no_event:period-label"),
    ("The Tuesday meeting was cancelled.", "Tuesday", "meeting"),
    ("Sunday's newspaper reported the deal.", "Sunday", "reported"),
    ("The ferry service was cut last weekend.", "last weekend", "cut"),
    ("The floods of 2007 hit the town.", "2007", "floods"),
]


@pytest.mark.parametrize("text,timex,want", [c for c in CASES if (c[0], c[1]) not in OPEN],
                         ids=lambda x: str(sorted(x) if isinstance(x, (set, frozenset)) else x)[:40])
def test_probe_case(text, timex, want):
    good, got = judge(text, timex, want)
    assert good, got


@pytest.mark.parametrize("text,timex,want", RULE_CASES,
                         ids=lambda x: str(sorted(x) if isinstance(x, (set, frozenset)) else x)[:40])
def test_rule_case(text, timex, want):
    good, got = judge(text, timex, want)
    assert good, got


def test_open_cases_are_in_the_probe():
    assert OPEN <= {(c[0], c[1]) for c in CASES}
