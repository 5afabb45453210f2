"""Subjects and modality round s21 (session helper s21): review20's subject/modality classes (a modal or
conditional calling off, listed subjects with their own times, empty subjects of fronted/coordinated clauses).
Every sentence here is our own (tests/data/events_probe21/probe.json holds them with the probe's expectations),
none from a corpus, a held-out set or the reviewer's articles; each class has positive and negative sentences."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_s19 import _field  # noqa: E402  (one row's field, "" when empty)

PUB = "2025-06-02"  # a Monday


# --- a calling off that is only possible, conditional or denied leaves the plan standing -------------------------

@pytest.mark.parametrize("text,timex", [
    ("The final, scheduled for June 14, could be postponed if the rain continues.", "June 14"),
    ("The launch, planned for June 20, might be delayed if the weather worsens.", "June 20"),
    ("The summit, which was scheduled for June 25, would be called off if the ceasefire collapses.", "June 25"),
    ("The concert, set for June 21, was not cancelled despite the storm warnings.", "June 21"),
])
def test_undecided_calling_off_is_no_cancellation(text, timex):
    assert _field(text, timex, "modality", PUB) != "cancelled"


@pytest.mark.parametrize("text,timex", [
    ("The vote, scheduled for May 4, was postponed.", "May 4"),
    ("The hearing, set for Thursday, has been postponed.", "Thursday"),
    ("The summit, scheduled for June 25, was called off on Sunday.", "June 25"),
    # "would" alone reports a decision
    ("Officials said the match, scheduled for June 22, would be postponed.", "June 22"),
])
def test_decided_calling_off_stays_cancelled(text, timex):
    assert _field(text, timex, "modality", PUB) == "cancelled"


# --- a subject followed by a comma-set list of places with their times: the list is an aside -----------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Two strikes, at Antwerp in May 2021 and at Rotterdam in June 2022, halted shipping for days.", "June 2022",
     "Two strikes"),
    ("Three fires, in Greece in 2018, in Portugal in 2017 and in Australia in 2020, killed 250 people.", "2020",
     "Three fires"),
    ("Two earthquakes, in Nepal in April 2015 and in Turkey in February 2023, killed more than 60,000 people.",
     "February 2023", "Two earthquakes"),
    ("The talks, in Geneva on Monday and in Vienna on Friday, ended without a deal.", "Friday", "The talks"),
])
def test_listed_places_and_times_are_no_part_of_the_subject(text, timex, subject):
    assert _field(text, timex, "subject", "2025-02-07") == subject


@pytest.mark.parametrize("text,timex,subject", [
    # no list: the place stays in the subject ("which crash")
    ("The crash in Ethiopia in March 2019 killed 157 people.", "March 2019", ("", "The crash in Ethiopia")),
    # one set-off time: the plain aside (it was already left out)
    ("The company, in a statement on Monday, said it would close the plant in 2026.", "Monday", ("The company",)),
    ("Two men, in their 30s, were arrested on Monday.", "Monday", ("Two men",)),
])
def test_subject_without_a_listing_aside(text, timex, subject):
    assert _field(text, timex, "subject", "2025-02-07") in subject
