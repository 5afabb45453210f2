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
from events_probe import case_id  # noqa: E402  (tests/, put on the path by the runner)

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
    # the tagger's span is "Friday" alone (the trigger, "announced", is right; the case names the longer span)
    ("Late on Friday, negotiators from both sides announced a deal to end the strike.", "Late on Friday"),
    # the parser hangs "on Wednesday" on "collapse" two phrases down the object; only knowing a company's collapse
    # is not reported the day a long-awaited report on it comes out tells the two apart
    ("The committee published its long-awaited report into the collapse of the water company on Wednesday.",
     "Wednesday"),
    # the parser reads "the record set in 1992" as a compound noun ("record set"), with no verb left to date
    ("Turnout reached 68%, above the 2021 level but below the record set in 1992.", "1992"),
    # a list after a colon parsed as appositions of "dates", its clause a relative clause on them
    ("Key dates: Feb. 1, nominations open; March 3, polling day.", "Feb. 1"),
    # "stage" is no event noun by the lexicon (a platform, a phase); as a race's stage it would be
    ("The tour resumes in Lyon on Friday; the final stage is on Sunday.", "Sunday"),
}

# each rule's own examples, positive and negative (written with the rule)
RULE_CASES = [
    # light "take" (with a gathering only) and "deliver"
    ("The Senate took a vote on the bill on Friday.", "Friday", "vote"),
    # (session 34: a light verb with a plural, possessed or definite object is the event itself, not
    # the noun; was 'verdict': docs/preceding_nominal_convention.md)
    ("The judge will deliver her verdict on Thursday.", "Thursday", "deliver"),
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
    # an act at a contest dated by its own premodifier or possessive: the act
    ("The skier, who won two golds at the 2018 Winter Olympics, retired on Monday.", "2018", "won"),
    ("The cyclist crashed in Sunday's race near the finish.", "Sunday", "crashed"),
    ("The striker scored twice in Saturday's match against Leeds.", "Saturday", "scored"),
    ("Fans are still celebrating Saturday's victory.", "Saturday", "victory"),
    ("Officials cancelled Sunday's race because of the storm.", "Sunday", "race"),
    ("The singer has not performed live since the 2019 tour.", "2019", "tour"),
    # a year on an apposition set off by commas on a verb's argument says which thing, not when the verb happened
    ("Norla, a 2016 spin-off of the dairy cooperative, opened a plant on Monday.", "2016", "no_event:name-label"),
    ("The buyer, a 2009 start-up from Oslo, paid $3 million.", "2009", "no_event:name-label"),
    ("Norla, a spin-off of the dairy cooperative, opened a plant in 2016.", "2016", "opened"),
    ("Norla, the cooperative's 2016 acquisition, opened a plant on Monday.", "2016", "acquisition"),
    # a comparison level after "at"
    ("Home sales are back at 2019 levels.", "2019", "no_event:comparison-base"),
    ("Rents have held at pre-2020 levels.", "pre-2020", "no_event:comparison-base"),
    ("Rents peaked at record levels in 2022.", "2022", "peaked"),
]


@pytest.mark.parametrize("text,timex,want", [c for c in CASES if (c[0], c[1]) not in OPEN],
                         ids=case_id)
def test_probe_case(text, timex, want):
    good, got = judge(text, timex, want)
    assert good, got


@pytest.mark.parametrize("text,timex,want", RULE_CASES,
                         ids=case_id)
def test_rule_case(text, timex, want):
    good, got = judge(text, timex, want)
    assert good, got


def test_open_cases_are_in_the_probe():
    assert OPEN <= {(c[0], c[1]) for c in CASES}
