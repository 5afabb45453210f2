"""Triggers helper g20b (issue 12, session 20): review20's wire-copy trigger errors (/work/review20/base_errors.md,
section 3), the class "a time the parser hung on the verb, read as dating an event noun the verb only asks for".
Every sentence here is written for the purpose: none comes from the reviewer's texts, the corpus or a held-out
set. Written and committed before the tool ran on them (the probe); ``python tests/test_events_g20b.py`` prints
the probe's score."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_g20 import PUB, _rows  # noqa: E402,F401  (a Thursday; the rows of one time, events only)


# an event asked for, or a request for one, is still ahead of the asking: a past time after it dates the asking
# (or the answer to the request), not the event asked for
REQUESTED = [
    ("The mayor's office said it had asked for an emergency meeting last week.", "last week", "asked"),
    ("Farmers pressed for a review of the subsidy scheme on Thursday.", "Thursday", "pressed"),
    ("Opposition parties called for an inquiry into the contracts last month.", "last month", "called"),
    ("The club did not respond to requests for comment on Monday.", "Monday", "respond"),
    ("The ministry did not reply to calls for an investigation on Tuesday.", "Tuesday", "reply"),
    pytest.param("Residents petitioned for a referendum on the bypass in March.", "March", "petitioned",
                 marks=pytest.mark.xfail(reason="a period after 'in' may be when the event asked for is to come "
                                                "('called for elections in March'; tests/test_events_v5.py has 'pressed "
                                                "for the release of the prisoners in May' as the release): only a bare "
                                                "time or a day dates the asking")),
]

# negative: the event itself keeps its time where nothing asks for it, where a gathering is held, or where the
# time lies ahead of the report (the event asked for is then what it dates)
NOT_REQUESTED = [
    ("Investors are waiting for the vote on Thursday.", "Thursday", "vote"),
    # (session 34: a light verb with a plural, possessed or definite object is the event itself, not
    # the noun; was 'talks': docs/preceding_nominal_convention.md)
    ("Ministers held talks on Wednesday.", "Wednesday", "held"),
    ("The union has asked for a meeting next week.", "next week", "meeting"),
    ("The team is preparing for the election in November.", "November", "election"),
]


@pytest.mark.parametrize("text,timex,trigger", REQUESTED + NOT_REQUESTED)
def test_requested_event(text, timex, trigger):
    rows = _rows(text, timex)
    assert len(rows) and rows.iloc[0]["trigger"] == trigger, rows[["timex_text", "trigger"]]


# a time set off by commas after a fronted phrase that names the occasion of the main clause ("At that meeting, on
# March 3, ..."): the clause's verb is what the time dates, not the occasion named again
FRONTED_OCCASION = [
    ("At that meeting, on March 3, the board approved the sale of the Ohio plant.", "March 3", "approved"),
    ("In the second round, on Nov. 9, the challenger took 52 percent of the vote.", "Nov. 9", "took"),
    ("During that visit, in April 2019, the two leaders signed a trade pact.", "April 2019", "signed"),
]

# negative: the aside on a noun inside the subject stays the noun's; so does a time inside the fronted phrase
FRONTED_OCCASION_NEGATIVE = [
    ("Turnout in the last election, in 2021, was 55 percent.", "2021", "election"),
    ("During the parade on Saturday, two floats caught fire.", "Saturday", "parade"),
]

# a bare purpose gerund after "for" ("detained for questioning", "closed for cleaning"): the time after it dates
# the act it is the purpose of; a gerund with an object of its own is an act of its own
PURPOSE_GERUND = [
    ("Police detained the driver for questioning on Sunday.", "Sunday", "detained"),
    ("The museum was closed for cleaning on Tuesday.", "Tuesday", "closed"),
    ("Two sailors were taken ashore for questioning on Friday.", "Friday", "taken"),
]

PURPOSE_GERUND_NEGATIVE = [
    ("The striker was praised for scoring the winner on Sunday.", "Sunday", "scoring"),
]


@pytest.mark.parametrize("text,timex,trigger", FRONTED_OCCASION + FRONTED_OCCASION_NEGATIVE + PURPOSE_GERUND
                         + PURPOSE_GERUND_NEGATIVE)
def test_fronted_occasion_and_purpose(text, timex, trigger):
    rows = _rows(text, timex)
    assert len(rows) and rows.iloc[0]["trigger"] == trigger, rows[["timex_text", "trigger"]]


# going to an event ("go to the polls"): the time the parser hung on the verb dates the going, whose subject is who
# took part; an event noun after "to" of a verb that does not move its subject keeps the time
DROPPED_GOING = pytest.mark.xfail(reason="rule tried and dropped: tests/test_events_v3.py has 'The delegates went to "
                                          "the summit on Monday' as the summit's", strict=False)
GOING_TO_EVENT = [
    pytest.param("Voters in Ecuador head to the polls on Sunday.", "Sunday", "head",
                 marks=pytest.mark.xfail(reason="the parser reads 'head' after a plural subject as a noun (the root), "
                                                "so there is no verb to date; left")),
    pytest.param("Greeks went to the polls in June 2023 for the second time in five weeks.", "June 2023", "went",
                 marks=DROPPED_GOING),
    ("Thousands of fans flocked to the final in Lisbon on Saturday.", "Saturday", "flocked"),
]

GOING_TO_EVENT_NEGATIVE = [
    ("Delegates are looking forward to the summit in May.", "May", "summit"),
]


@pytest.mark.parametrize("text,timex,trigger", GOING_TO_EVENT + GOING_TO_EVENT_NEGATIVE)
def test_going_to_event(text, timex, trigger):
    rows = _rows(text, timex)
    assert len(rows) and rows.iloc[0]["trigger"] == trigger, rows[["timex_text", "trigger"]]


# a statement's participle ("in a statement issued late Monday") dates what the statement says: the verb whose
# medium it is; a participle on a noun that is no saying keeps its own time
ISSUED_STATEMENT = [
    ("The senator denied any wrongdoing in a statement issued on Friday.", "Friday", "denied"),
    ("The bank apologised to customers in a letter sent late Tuesday.", "late Tuesday", "apologised"),
    ("The rebels claimed the attack in a video posted on Sunday.", "Sunday", "claimed"),
]

ISSUED_STATEMENT_NEGATIVE = [
    ("The firm invested in a plant opened in 2019.", "2019", "opened"),
]


@pytest.mark.parametrize("text,timex,trigger", ISSUED_STATEMENT + ISSUED_STATEMENT_NEGATIVE)
def test_issued_statement(text, timex, trigger):
    rows = _rows(text, timex)
    assert len(rows) and rows.iloc[0]["trigger"] == trigger, rows[["timex_text", "trigger"]]


def main() -> None:
    right = 0
    cases = REQUESTED + NOT_REQUESTED + FRONTED_OCCASION + FRONTED_OCCASION_NEGATIVE + PURPOSE_GERUND \
        + PURPOSE_GERUND_NEGATIVE + GOING_TO_EVENT + GOING_TO_EVENT_NEGATIVE \
        + ISSUED_STATEMENT + ISSUED_STATEMENT_NEGATIVE
    for case in cases:
        text, timex, trigger = case.values if hasattr(case, "values") else case
        rows = _rows(text, timex)
        got = rows.iloc[0]["trigger"] if len(rows) else None
        right += got == trigger
        print(("ok  " if got == trigger else "BAD ") + f"{text} [{timex}] want {trigger!r} got {got!r}")
    print(f"probe: {right}/{len(cases)}")


if __name__ == "__main__":
    main()
