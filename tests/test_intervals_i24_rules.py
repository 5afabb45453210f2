"""Rules of helper i24 (session 24) on a row's date, each with positive and negative examples written here (not
from the probe, the reviewers' texts or any corpus). Same item format and checker as tests/test_intervals_i24.py:
(id, text, pub date, words of the row's time, expected trigger(s) or None for no dated row, start, end, fuzzy)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_intervals_i24 import _check  # noqa: E402

# --- a time fronted before a past verb of planning that takes an infinitive: the planning's (tense.fronted_plan_act),
# and what was planned is counted from it as from a saying's day ----------------------------------------------------
FRONTED_PLAN = [
    ("plan-month", "In February the mayor intended to open the bridge the following month.", "2024-06-10",
     "February", ("intended",), "2024-02-01", "2024-03-01", None),
    ("plan-month-next", "In February the mayor intended to open the bridge the following month.", "2024-06-10",
     "the following month", ("open",), "2024-03-01", "2024-04-01", None),
    ("expected-month", "In March, analysts expected the central bank to cut rates.", "2024-06-10", "March",
     ("expected",), "2024-03-01", "2024-04-01", None),
    # negatives: a weekday fronted before a plan names the planned day; a time after the infinitive is the planned
    # act's; "had planned" keeps its own past
    ("plan-weekday-neg", "On Thursday, the ministry planned to release the prisoners.", "2024-06-10", "Thursday",
     ("release",), "2024-06-13", "2024-06-14", None),
    ("plan-after-inf-neg", "The ministry planned to release the prisoners in September.", "2024-06-10", "September",
     ("release",), "2024-09-01", "2024-10-01", None),
]

# --- a day after the publication is no saying's day (when_year._after_the_report) -------------------------------------
NO_FUTURE_SAYING = [
    ("vote-expected-march", "The mayor, who faces a runoff expected on June 2, has said the tunnel will open in April.",
     "2024-03-05", "April", ("open",), "2024-04-01", "2024-05-01", None),
    # negative: a saying gone by keeps moving its reported future past its day
    ("said-on-day-neg", "Organisers said on May 20 that the regatta would return on May 12.", "2024-05-25",
     "May 12", ("return",), "2025-05-12", "2025-05-13", None),
]

# --- a range that ends at an event the text dates ("from A until his death in B"): one row from A to B's end, and the
# event's own row at B (temporal/ranges._EVENT_END, pipeline/rows.py) -------------------------------------------------
EVENT_END = [
    ("until-closure", "The mill employed 400 people from 1985 until its closure in 2001.", "2024-05-02", "1985",
     ("employed",), "1985-01-01", "2002-01-01", None),
    ("until-closure-own-row", "The mill employed 400 people from 1985 until its closure in 2001.", "2024-05-02",
     "2001", ("closure",), "2001-01-01", "2002-01-01", None),
    ("to-sale-months", "The family owned the hotel from May 1990 to the sale in August 2004.", "2024-05-02",
     "May 1990", ("owned",), "1990-05-01", "2004-09-01", None),
    # negatives: a clause after "until" ends nothing here; a change's values stay values
    ("until-clause-neg", "He coached the team from 2003, until the club folded in 2010.", "2024-05-02", "2003",
     ("coached",), "2003-01-01", "2004-01-01", None),
    ("rose-until-neg", "Output rose from 2015 until the crash in 2019.", "2024-05-02", "2015", ("rose",),
     "2015-01-01", "2016-01-01", None),
]

# --- a reported plan ahead of the publication is no story time for the next sentence's "the month" (tagger.py
# story_reported_ahead); a plan told directly ("will open on Aug. 3") still is ------------------------------------
REPORTED_PLAN = [
    ("reported-plan-month", "The minister said the navy would hold exercises off the coast in October. Parliament is "
     "expected to vote on the defence budget by the end of the month.", "2024-06-12", "the end of the month",
     ("vote", "expected"), None, "2024-07-01", None),
    ("reported-whether-month", "The striker said he would rest before deciding whether to play at the cup in July. "
     "The club is expected to confirm its squad by the end of the month.", "2024-03-20", "the end of the month",
     ("confirm", "expected"), None, "2024-04-01", None),
    ("scheduled-plan-month-neg", "The book fair opens on Sept. 12. Publishers set up their stands at the start of the "
     "month.", "2024-03-20", "the start of the month", ("set",), "2024-09-01", None, None),
    ("direct-plan-month-neg", "The new terminal will open on Oct. 7. Airlines will move their check-in desks at the "
     "start of the month.", "2024-06-12", "the start of the month", ("move",), "2024-10-01", None, None),
]

# --- a quotation restating a day the story already told takes the story back to that day (tagger.py, before_quote)
TRIAL = ("Ana Ruiz denies setting fire to the warehouse on the night of Feb. 11 last year. The business had failed in "
         "2019, and from the autumn of 2020 she had owed rent. \"On Feb. 11 she bought two cans of petrol,\" the "
         "prosecutor told the court. A guard called firefighters at 1.20 a.m. Ruiz was arrested the following evening "
         "at a hotel.")
TRIAL_NEW_DAY = ("Ana Ruiz denies setting fire to the warehouse on the night of Feb. 11 last year. \"On Feb. 2 she "
                 "bought two cans of petrol,\" the prosecutor told the court. Ruiz was arrested the following evening "
                 "at a hotel.")
QUOTED_DAY = [
    ("quote-restates-day-clock", TRIAL, "2022-09-14", "1.20 a.m.", ("called",), "2021-02-11", None, None),
    ("quote-restates-day-next", TRIAL, "2022-09-14", "the following evening", ("arrested",), "2021-02-12", None,
     None),
    # negatives: the same day ahead is the tense's; a quoted day the story had not told is an aside, and the story
    # goes on from its day before the quote
    ("same-day-ahead-neg", "The spa first opened on May 1, 2015. After the refit it will reopen on May 1.",
     "2024-03-02", "May 1", ("reopen",), "2024-05-01", "2024-05-02", None),
    ("quote-new-day-neg", TRIAL_NEW_DAY, "2022-09-14", "the following evening", ("arrested",), "2021-02-12", None,
     None),
]

ITEMS = FRONTED_PLAN + NO_FUTURE_SAYING + EVENT_END + REPORTED_PLAN + QUOTED_DAY


@pytest.mark.parametrize("name, text, pub, timex, triggers, start, end, fuzzy", ITEMS, ids=[i[0] for i in ITEMS])
def test_i24_rules(name, text, pub, timex, triggers, start, end, fuzzy):
    _check(name, text, pub, timex, triggers, start, end, fuzzy)
