"""g20 (issue 12, review19 section 4): "X on DAY, N days after CLAUSE" dates the clause's verb by the main clause's
day moved back by the length (timeline/events/interval.py _main_time_back_cover). Sentences and lists are
tests/test_events_g20.py's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_g20 import (OFFSET_CLAUSE, OFFSET_CLAUSE_NO_ROW, _rows, check_length_after_clause,  # noqa: E402
                             check_length_after_clause_without_dates)


@pytest.mark.parametrize("text,timex,trigger,start,asserted", OFFSET_CLAUSE)
def test_length_after_clause_dates_its_verb(text, timex, trigger, start, asserted):
    check_length_after_clause(text, timex, trigger, start, asserted)


@pytest.mark.parametrize("text,timex", OFFSET_CLAUSE_NO_ROW)
def test_length_after_clause_without_dates(text, timex):
    check_length_after_clause_without_dates(text, timex)


@pytest.mark.parametrize("text,timex,trigger,modality,asserted", [
    # the clause's verb is "be due to V": V is the row's trigger, under "due to"
    ("The court froze the order on March 3, two days before the rule was due to take effect.", "two days", "take",
     "due to", False),
    # a hedged length makes the day fuzzy
    ("The club sacked its coach on Sunday, about two weeks after the team lost the derby.", "two weeks", "lost",
     None, True),
])
def test_length_after_clause_details(text, timex, trigger, modality, asserted):
    rows = _rows(text, timex)
    assert len(rows) == 1, rows[["timex_text", "trigger", "start"]]
    row = rows.iloc[0]
    assert row["trigger"] == trigger and bool(row["asserted"]) == asserted
    assert (row["modality"] if isinstance(row["modality"], str) else None) == modality
    if "about" in text:
        assert bool(row["fuzzy"])


@pytest.mark.parametrize("text,timex", [
    # a length set off at the end of a clause whose governing verb has a day of its own earlier in the sentence
    # restates that day: no row of its own (the day keeps the verb's row)
    ("Officials certified on Friday that the mayor had won by 96 votes, two weeks after the May 27 runoff.",
     "two weeks"),
    ("The league ruled on Tuesday that the club had broken its rules, a week after the June 3 hearing.", "a week"),
])
def test_length_restating_the_clause_day(text, timex):
    assert not len(_rows(text, timex))


@pytest.mark.parametrize("text,timex,trigger", [
    # negative: no day of the verb's own (the length dates it), or no comma
    ("The minister resigned two days after his arrest on May 3.", "two days", "resigned"),
    ("The firm said it had cut prices, two weeks after the May 20 tariff rise.", "two weeks", "cut"),
])
def test_length_after_dated_noun_still_dates_the_verb(text, timex, trigger):
    rows = _rows(text, timex)
    assert len(rows) == 1 and rows.iloc[0]["trigger"] == trigger, rows[["timex_text", "trigger"]]
