"""Issue 11, twelfth round: the fixes made after tests/data/temporal_probe12 (ten news texts written for these tests,
annotated and committed before the tagger ran on them) and the lead's list of left-overs, each with cases where the
reading must stay as it was."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, load  # noqa: E402
from test_temporal_news3 import PUB, _check, _found  # noqa: E402,F401  (one set of probe helpers)

DATA = Path(__file__).parent / "data" / "temporal_probe12"
ARTICLES = load(DATA)

_BRACKETED = ("a clock time restated in brackets ('(2215 GMT Tuesday)', '(1600 GMT)') stays untagged, as in rounds 5 "
              "and 11 (a try cost a dev check-half span); round 12 keeps the restatement from moving the story time")
_DESCRIBED = ("a season an adjective describes ('a wet summer', 'the driest summer', 'the wettest autumn', 'a mild "
              "winter') is not tagged: round 12 tagged it (veto._described_season, dev unchanged) and dropped it when "
              "a blind timex floor failed")
# (article, span, nth occurrence among that article's gold entries with this span) -> reason
XFAIL: dict[tuple[str, str, int], str] = {
    ("a_quake", "2215 GMT Tuesday", 1): _BRACKETED,
    ("g_phone_launch", "1600 GMT", 1): _BRACKETED,
    ("j_loan_signing", "2300 GMT", 1): _BRACKETED,
    ("b_promotion", "August 17", 1): "'the weekend of August 17' is tagged as that weekend (2024-W33-WE), one "
                                     "expression; the annotation gave the day",
    ("c_profit_warning", "the past year", 1): "'over the past year' is a DATE (the year back) as the dev corpus writes "
                                              "it; the annotation wrote the DURATION P1Y",
    ("c_profit_warning", "the autumn", 1): "'will ... hold an investor day in the autumn' published in November reads "
                                           "the autumn under way; the annotation took the next, after 'May 22'",
    ("f_road_closure", "the summer", 1): "'brought forward from the summer': 'from' is no season preceder (adding it "
                                         "tagged 'water from the spring', 'recovered from the fall in March')",
    ("f_road_closure", "Tuesday, February 6", 1): "'at 6.30pm on Tuesday, February 6' is one TIME, as TimeBank joins "
                                                  "a clock time and its day; the annotation split them",
    ("h_festival", "Friday night", 1): "the festival's Friday (the week after publication) is not read from the "
                                       "festival's own dates; the publication's Friday is taken",
    ("h_festival", "Saturday afternoon", 1): "as 'Friday night': the festival's Saturday is not read from its dates",
    ("i_drought", "the wettest autumn", 1): _DESCRIBED,
    ("i_drought", "the driest summer", 1): _DESCRIBED,
    ("i_drought", "a mild winter", 1): _DESCRIBED,
    ("c_profit_warning", "summer", 1): _DESCRIBED,
    ("j_loan_signing", "next summer", 1): "'next summer' said in January steps a year (2026-SU); the annotation "
                                          "reads the coming summer (usage differs)",
}

PROBE = ProbeSet(ARTICLES, XFAIL)


@pytest.mark.parametrize("name,start,end,type_,value", list(PROBE.gold_cases()))
def test_probe12_gold_expression_found_with_its_value(name, start, end, type_, value):
    hits = PROBE.hits(name, start, end)
    assert hits, f"missed {ARTICLES[name]['text'][start:end]!r}"
    if value is not None:
        got = {(t.type, t.value) for t in hits}
        assert (type_, value) in got, got


# The set's figures over all its articles: first run (commit 91fa766, before this round's rule changes) 106 of 124
# gold expressions found, 87 of the 106 with a value right (type and value), 1 spurious span ('that date' of 'date
# back'); after it 116 found, 92 right, no spurious span. Floors at the end figures.
FLOOR_FOUND, FLOOR_RIGHT = 116, 92


def test_probe12_floor():
    found, right = PROBE.found_and_right()
    assert found >= FLOOR_FOUND and right >= FLOOR_RIGHT, (found, right)


@pytest.mark.parametrize("name", list(ARTICLES))
def test_probe12_no_spurious_span(name):
    spurious = PROBE.spurious(name)
    assert not spurious, spurious


# 1. A count of days or weeks from the story ("two weeks later") after a year-grained story time reads the last day
# the story was on only while that year is an aside. Not once the narrative has gone back in time twice (a month, then
# a year, each over before that day), nor when, told in the past, it would land after the publication date: then it
# reads the year, and what follows ("the following spring") the year after it.
YEAR_STORY = [
    ("The mayor was charged on Monday. He took office in March. The contract was signed in 2016, when the council met "
     "in secret. He left the council three weeks later.", "three weeks later", "DATE", "2016", None, PUB),
    ("Officials met on Wednesday. The leak began in 2022, engineers said. The plant shut two weeks later and reopened "
     "the following spring.", "two weeks later", "DATE", "2022", None, "2022-11-10"),
    ("Officials met on Wednesday. The leak began in 2021, engineers said. The plant shut two weeks later and reopened "
     "the following spring.", "the following spring", "DATE", "2022-SP", None, "2022-11-10"),
    # negatives: one aside, a count that stays before the publication, a future, a plan ahead in between
    ("The plant flooded on Thursday. In 2019 a pump failed. Two days later, the town was evacuated.",
     "Two days later", "DATE", "2023-09-02", None, PUB),
    ("Officials met on Wednesday. The leak began in 2022. The plant will shut two weeks later.",
     "two weeks later", "DATE", "2022-11-23", None, "2022-11-10"),
    ("The mayor resigned on Thursday. He had said he would stay until the autumn. He took office in 2015. Two days "
     "later, his deputy was sworn in.", "Two days later", "DATE", "2023-09-02", None, PUB),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", YEAR_STORY)
def test_count_after_a_year_story(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 2. The plain verb of a that-clause after an order ("ordered that it remain in place until Jan. 15") dates what was
# ordered, which comes after the order, as "ordered him to report by Jan. 15" does (lead's finding 2). A past or
# a reported clause ("ordered that the mine remained", "said that it remained") keeps the past.
ORDERED_THAT = [
    ("The governor declared an emergency on Nov. 20 and ordered that it remain in force until at least Jan. 15.",
     "Jan. 15", "DATE", "2024-01-15", None, "2023-12-16"),
    ("The court ordered that the mine stay closed until March.", "March", "DATE", "2024-03", None, "2023-12-16"),
    ("Regulators asked that the bank submit a plan by Jan. 10.", "Jan. 10", "DATE", "2024-01-10", None, "2023-12-16"),
    # negatives
    ("The court found that the mine remained closed until March.", "March", "DATE", "2023-03", None, "2023-12-16"),
    ("He said that the curfew remained in force until Jan. 15.", "Jan. 15", "DATE", "2023-01-15", None, "2023-12-16"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", ORDERED_THAT)
def test_ordered_that_clause(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 3. A reporting verb in the present with a company's figures as its object ("reports earnings on Thursday",
# "announces its first-quarter results on Tuesday") names a results day, a schedule like any news present (lead's
# finding 4); a statement ("says profit rose", "said on Thursday") and the past ("reported earnings") stay past.
RESULTS_DAY = [
    ("The firm reports earnings on Thursday.", "Thursday", "DATE", "2023-03-09", None, "2023-03-03"),
    ("The bank announces its first-quarter results on Tuesday.", "Tuesday", "DATE", "2023-03-07", None, "2023-03-03"),
    # negatives
    ("The firm says profit rose on Thursday.", "Thursday", "DATE", "2023-03-02", None, "2023-03-03"),
    ("The firm reported earnings on Thursday.", "Thursday", "DATE", "2023-03-02", None, "2023-03-03"),
    ("Officials say Tuesday that the plan failed.", "Tuesday", "DATE", "2023-02-28", None, "2023-03-03"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", RESULTS_DAY)
def test_results_day_present(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 4. "since" a day or month after a time named earlier in the sentence lies before that time ("its worst month since
# March"), but not across a present perfect: "has been in place since January 3" reaches back from now.
SINCE_PERFECT = [
    ("The culvert failed on Christmas Eve, and a single-lane system has been in place since January 3.",
     "January 3", "DATE", "2024-01-03", None, "2024-02-02"),
    ("Shares fell on Dec. 28, and they have not recovered since Jan. 4.", "Jan. 4", "DATE", "2024-01-04", None,
     "2024-02-02"),
    # negatives: no present perfect, the earlier time bounds it
    ("The index fell in December, its worst month since March.", "March", "DATE", "2023-03", None, "2024-02-02"),
    ("Stocks dropped on Dec. 28 to the lowest level since Jan. 4.", "Jan. 4", "DATE", "2023-01-04", None,
     "2024-02-02"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", SINCE_PERFECT)
def test_since_across_present_perfect(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 5. A time in brackets right after another ("early on Wednesday (2215 GMT Tuesday)") restates it in another zone:
# the story stays on the day told, so a later clock time is on it. A bracket that is not a restatement, or a time
# told in its own sentence, moves the story as before.
BRACKET_STORY = [
    ("A quake struck early on Wednesday (2215 GMT Tuesday), officials said. It hit at 6:15 a.m. local time.",
     "6:15 a.m. local time", "TIME", "2025-03-12T06:15", None, "2025-03-12"),
    ("The ship sank on Friday (2300 GMT Thursday). Rescuers arrived at 7 a.m.", "7 a.m.", "TIME",
     "2023-09-01T07:00", None, PUB),
    # negatives
    ("The ship sank on Friday. On Thursday, storms had grown. Rescuers arrived at 7 a.m.", "7 a.m.", "TIME",
     "2023-08-31T07:00", None, PUB),
    ("Talks ended on Monday (Tuesday in Tokyo). They resumed at 9 a.m.", "9 a.m.", "TIME", "2023-09-05T09:00", None,
     PUB),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", BRACKET_STORY)
def test_bracketed_restatement_keeps_story(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 7. A court's listing in the present passive ("a hearing is listed for October 4") is a schedule, as "is set for"
# is (vocab schedule_passives "list"); the news present of a past event ("are charged over a robbery on Sunday")
# stays past.
LISTED_FOR = [
    ("A confiscation hearing is listed for October 4.", "October 4", "DATE", "2021-10-04", None, "2021-06-30"),
    ("The case is listed for Monday.", "Monday", "DATE", "2021-07-05", None, "2021-06-30"),
    # negative
    ("Two men are charged over a robbery on Sunday.", "Sunday", "DATE", "2021-06-27", None, "2021-06-30"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", LISTED_FOR)
def test_listed_for_is_a_schedule(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 8. A sports fixture in the news present ("City host Brighton on Wednesday", "Arsenal face Chelsea on Saturday"),
# which the tagger often reads as a noun after a team's name, is still to come (lead's finding 5; vocab
# fixture_verbs). A past form, or a noun after an article ("the host Brighton"), keeps its past.
FIXTURES = [
    ("City, who have won the title in five of the last six seasons, host Brighton on Wednesday.", "Wednesday",
     "DATE", "2024-04-24", None, "2024-04-22"),
    ("Arsenal face Chelsea on Saturday.", "Saturday", "DATE", "2024-04-27", None, "2024-04-22"),
    # negatives
    ("City hosted Brighton on Wednesday.", "Wednesday", "DATE", "2024-04-17", None, "2024-04-22"),
    ("Fans cheered the host Brighton on Wednesday.", "Wednesday", "DATE", "2024-04-17", None, "2024-04-22"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", FIXTURES)
def test_fixture_present_is_ahead(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 9. The second time of a coordinated plan ("will open in April and close in October", published in November 2024)
# shares the first's future: not the October just gone but the one after April (lead's finding 6). A past
# conjunct, a comma and a new subject, or a past sentence keep their readings.
LATER_CONJUNCT = [
    ("The museum will open in April and close in October.", "October", "DATE", "2025-10", None, "2024-11-20"),
    ("The museum will open in April and then close in October.", "October", "DATE", "2025-10", None, "2024-11-20"),
    # negatives
    ("The museum will open in April, and sales fell in October.", "October", "DATE", "2024-10", None, "2024-11-20"),
    ("Sales rose in March and fell in October.", "October", "DATE", "2024-10", None, "2024-11-20"),
    ("The museum will open in April and closed in October.", "October", "DATE", "2024-10", None, "2024-11-20"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", LATER_CONJUNCT)
def test_later_conjunct_shares_the_future(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 10. A present tense in a clause of time or condition tells the future ("faces 40 years in prison when he is
# sentenced on March 14", "once the deal closes in May", "if it is approved in June"), unless the main clause before
# it is past (lead's finding 7).
TIME_CLAUSE = [
    ("Daniel Reyes, 41, faces up to 40 years in prison when he is sentenced on March 14.", "March 14", "DATE",
     "2024-03-14", None, "2023-12-12"),
    ("The bank expects profit to rise once the deal closes in May.", "May", "DATE", "2024-05", None, "2023-12-12"),
    ("The plan can go ahead if it is approved in June.", "June", "DATE", "2024-06", None, "2023-12-12"),
    # negatives
    ("The man was freed when he was sentenced on March 14.", "March 14", "DATE", "2023-03-14", None, "2023-12-12"),
    ("Shares rose after the company reports earnings on Monday.", "Monday", "DATE", "2023-12-11", None,
     "2023-12-12"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", TIME_CLAUSE)
def test_present_in_time_clause_is_ahead(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 11. "until <month or day>" after a time earlier in the same sentence ends after it: "sacked the coach on December 23
# and appointed his assistant until June" (published January 2025) runs to June 2025. A later "until" time, or one
# in another sentence, keeps its reading.
UNTIL_AFTER = [
    ("Valencia sacked its coach on December 23 and appointed his assistant until June.", "June", "DATE", "2025-06",
     None, "2025-01-30"),
    ("The board suspended the chief executive on Nov. 28 and closed the office until Jan. 8.", "Jan. 8", "DATE",
     "2025-01-08", None, "2025-01-30"),
    # negatives
    ("He joined on March 3 and stayed until June.", "June", "DATE", "2024-06", None, "2025-01-30"),
    ("Prices fell in October. Until June, they had risen.", "June", "DATE", "2024-06", None, "2025-01-30"),
    # a state that held before the earlier time (vocab state_before_until; the session's reviewer's regressions)
    ("The factory reopened on March 3 and had been closed until February because of flooding.", "February", "DATE",
     "2025-02", None, "2025-03-10"),
    ("The rate stood at 4% on Jan. 15 and had been unchanged until December.", "December", "DATE", "2024-12", None,
     "2025-01-30"),
    ("The president took office on Jan. 20 and stayed in Florida until December.", "December", "DATE", "2024-12",
     None, "2025-01-30"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", UNTIL_AFTER)
def test_until_after_an_earlier_time(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 12. A plan its subject holds now ("The club plans to sign a striker in January", published in February 2024) is as
# explicit as "will": the coming January, not the one just gone (tense._present_plan_to). A past "planned to" or a
# reported "said it plans to" keeps the slack a reported schedule has.
PRESENT_PLAN = [
    ("The club plans to sign a striker in January.", "January", "DATE", "2025-01", None, "2024-02-10"),
    ("The company aims to open a store in January.", "January", "DATE", "2025-01", None, "2024-02-10"),
    ("The club hopes to sign a striker in January.", "January", "DATE", "2025-01", None, "2024-02-10"),
    # negatives
    ("The company planned to open a store in January.", "January", "DATE", "2024-01", None, "2024-02-10"),
    ("The company said it plans to open a store in January.", "January", "DATE", "2024-01", None, "2024-02-10"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", PRESENT_PLAN)
def test_present_plan_is_ahead(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)
