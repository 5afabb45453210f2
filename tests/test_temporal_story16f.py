"""Issue 11 (and the date column of issue 12), session 16, temporal follow-up f16t: four classes left after helper B
(docs/heldout_3-5_error_classes.md classes 3-5 and 8). Sentences of our own, written and committed before the tool
ran on them, several domains, positives and negatives. Values by hand from the TIMEX3 guidelines and the README."""

from __future__ import annotations

import pytest

import timeline


def _values(text: str, pub: str) -> dict[str, str | None]:
    return {t.text: t.value for t in timeline.tag(text, pub_date=pub)}


def _check(text, span, value, pub):
    found = _values(text, pub)
    assert found.get(span) == value, found


# 1. A quarter premodifying a data noun (earnings, results, growth, GDP, loss) labels the reported period: the quarter
# most recently ended, even when the report itself is still ahead ("will release ... on Oct. 30"). A quarter that is
# the time of a forecast event ("growth to pick up in the fourth quarter") is still this year's quarter ahead.
QUARTER_LABEL = [
    ("The statistics office will publish its preliminary estimate of third-quarter growth on Oct. 30.",
     "third-quarter", "2019-Q3", "2019-10-10"),
    ("The bank will report fourth-quarter earnings next week, analysts said.", "fourth-quarter", "2021-Q4",
     "2022-01-12"),
    ("The retailer's second-quarter results are due on Thursday.", "second-quarter", "2023-Q2", "2023-07-18"),
    ("Analysts expect the chipmaker to post a first-quarter loss when it reports on April 25.", "first-quarter",
     "2018-Q1", "2018-04-09"),
    # negatives: the quarter is when the forecast event happens
    ("The central bank expects growth to pick up in the fourth quarter.", "the fourth quarter", "2021-Q4",
     "2021-10-14"),
    ("The airline said bookings would recover in the fourth quarter.", "the fourth quarter", "2020-Q4",
     "2020-10-06"),
]


@pytest.mark.parametrize("text,span,value,pub", QUARTER_LABEL)
def test_quarter_label(text, span, value, pub):
    _check(text, span, value, pub)


# 2. Story time skips a time inside a reduced relative / relative clause ("a rig built in 2009", "a vessel that sank
# in 1912"): the next relative time follows the main clause's time.
RELATIVE_SKIP = [
    ("The samples were collected over two weeks in August using a drilling rig built in 2009. Researchers spent the "
     "next four months analysing them before publishing their results in January.", "the next four months",
     "2024-08", "2025-03-04"),
    ("Divers surveyed the reef in May from a ship that was launched in 1998. The following month they returned "
     "with cameras.", "The following month", "2023-06", "2023-11-20"),
    # negative: the year is the main clause's time, so it anchors
    ("The rig was built in 2009. The following year it was moved to the North Sea.", "The following year", "2010",
     "2025-03-04"),
]


def _anchor_month(text, span, pub):
    for t in timeline.tag(text, pub_date=pub):
        if t.text == span:
            return t.value if not t.value.startswith("P") else (t.anchor or "")[len("story:"):][:7]
    return None


# The first case stays a strict xfail: "the next four months" is a duration whose row anchor is read in events/
# (not the tagger), and "in August" before "using" is read as this year's.
@pytest.mark.parametrize("text,span,value,pub", [
    pytest.param(*RELATIVE_SKIP[0], marks=pytest.mark.xfail(strict=True, reason="story time still takes the relative clause's time")),
    RELATIVE_SKIP[1],
    RELATIVE_SKIP[2]])
def test_relative_clause_skipped(text, span, value, pub):
    assert _anchor_month(text, span, pub) == value


# 3. A gerund under a temporal preposition ("before closing", "after losing") takes the main verb's tense: past.
GERUND = [
    ("The company cut 300 jobs before closing the plant in June.", "June", "2023-06", "2024-05-15"),
    ("The club sold its stadium after losing the league title in May.", "May", "2020-05", "2021-04-20"),
    ("The minister resigned shortly after announcing the budget in November.", "November", "2018-11", "2019-02-11"),
    # negatives: a future main verb keeps the gerund ahead
    ("The company will cut 300 jobs before closing the plant in June.", "June", "2024-06", "2024-05-15"),
    ("The club plans to sell its stadium after playing its last match in May.", "May", "2021-05", "2021-04-20"),
]


@pytest.mark.parametrize("text,span,value,pub", GERUND)
def test_gerund_takes_main_tense(text, span, value, pub):
    _check(text, span, value, pub)


# 4. A bare clock time or part of day in a past clause takes the day of the event named earlier with its day.
CLOCK_DAY = [
    ("The singer won the top prize at the ceremony in Vienna on Saturday. She learned of the result at 23:15.",
     "23:15", "2019-06-15T23:15", "2019-06-16"),
    ("The ferry sank off the coast on Tuesday. Survivors were picked up at about 0545 GMT.", "about 0545 GMT",
     "2018-03-06T05:45Z", "2018-03-08"),  # (GMT: the project writes Z)
    ("The elephants were moved to the reserve on Monday. They were feeding by the river that evening.",
     "that evening", "2022-10-03TEV", "2022-10-05"),
    # (added with the rule, after a diagnostic run on two sentences: a background month between the day and the
    # clock time, which the rule is for)
    ("Rescuers reached the trapped miners on Sunday. The mine was closed for repairs in August. The last man came "
     "up at 03:50.", "03:50", "2021-11-14T03:50", "2021-11-16"),
    ("The festival opened on Friday. It drew 40,000 visitors in July. The closing concert will start at 20:00.",
     "20:00", "2021-11-16T20:00", "2021-11-16"),
    # negative: a wire lead's bare clock time is the publication day
    ("The prime minister said at 10 a.m. that the border would stay closed.", "10 a.m.", "2020-04-14T10:00",
     "2020-04-14"),
]


@pytest.mark.parametrize("text,span,value,pub", CLOCK_DAY)
def test_clock_takes_event_day(text, span, value, pub):
    _check(text, span, value, pub)


# Guards added after the rules, checked once by hand (each reading by the guidelines, not by the output): a data noun
# only ("figures"), a future main verb keeps its gerund ahead, a relative clause with no story time before it in its
# sentence is left to the rules as before.
GUARDS = [
    ("The fourth-quarter figures will be published next month.", "fourth-quarter", "2019-Q4", "2020-01-15"),
    ("The shares are expected to rise before easing in June.", "June", "2024-06", "2024-05-15"),
    ("Officials will inspect the dam before reopening the road in June.", "June", "2024-06", "2024-05-15"),
    ("The museum reopened on Tuesday after a renovation that began in 2019. Two days later, the first school groups "
     "arrived.", "Two days later", "2021-06-10", "2021-06-11"),
    ("The company, which was founded in 1998, went public in 2004. The following year it bought a rival.",
     "The following year", "2005", "2021-06-11"),
    # known, not this rule's (main gives the same): a planned launch named by its quarter in January is the coming one
    pytest.param("The carmaker plans a fourth-quarter launch of the new model.", "fourth-quarter", "2020-Q4",
                 "2020-01-15", marks=pytest.mark.xfail(strict=True, reason="a plan's attributive quarter reads the latest begun")),
]


@pytest.mark.parametrize("text,span,value,pub", GUARDS)
def test_guards(text, span, value, pub):
    _check(text, span, value, pub)
