"""Issue 11, second round on ordinary wire phrasing: sentences written for these tests (not taken from any
corpus) over markets, sports, politics, courts, weather, health and tech, each with what the tagger must find
(span, type, value, mod) and, per group, sentences where it must find nothing of that kind. Published Tuesday
2023-09-05 unless a date in the text anchors the story. tests/test_temporal_news.py holds the first round."""

from __future__ import annotations

import pytest

import timeline

PUB = "2023-09-05"  # a Tuesday


def _found(sentence: str, pub: str = PUB) -> dict[str, tuple]:
    return {t.text: (t.type, t.value, t.mod) for t in timeline.tag(sentence, pub_date=pub)}


def _check(sentence, span, type_, value, mod=None):
    found = _found(sentence)
    assert found.get(span) == (type_, value, mod), found


# "since" leads its own time only: a weekday after a later preposition is read by the verb's tense
@pytest.mark.parametrize("sentence,span,value", [
    ("Treasury yields hit their highest since 2007 on Tuesday.", "Tuesday", "2023-09-05"),
    ("Shares fell to their lowest since March on Monday.", "Monday", "2023-09-04"),
    ("The town has been quiet since shortly after the Oct. 23 slaying.", "Oct. 23", "2022-10-23"),
    ("Troops have patrolled the border since Tuesday.", "Tuesday", "2023-08-29"),
])
def test_since_leads_its_own_time(sentence, span, value):
    found = _found(sentence)
    assert found.get(span, (None, None))[1] == value, found


# a present "be" with the time as its complement schedules it; the past keeps its past
@pytest.mark.parametrize("sentence,span,value", [
    ("The vote is Thursday.", "Thursday", "2023-09-07"),
    ("The team's season opener is Sunday.", "Sunday", "2023-09-10"),
    ("The final is on Sunday.", "Sunday", "2023-09-10"),
    ("Kickoff is at 1 p.m. Sunday.", "1 p.m. Sunday", "2023-09-10T13:00"),
    ("The vote was Thursday.", "Thursday", "2023-08-31"),
    ("The final was played on Sunday.", "Sunday", "2023-09-03"),
    ("He is in hospital after a fall on Sunday.", "Sunday", "2023-09-03"),
])
def test_present_be_schedules(sentence, span, value):
    found = _found(sentence)
    assert found.get(span, (None, None))[1] == value, found


# markets and earnings
MARKETS = [
    ("Shares have risen 12% so far this year.", "this year", "DATE", "2023", None),
    ("Revenue was flat compared with the previous quarter.", "the previous quarter", "DATE", "2023-Q2", None),
    ("The company expects a loss in fiscal year 2024.", "fiscal year 2024", "DATE", "2024", None),
    ("Guidance for FY2024 was cut.", "FY2024", "DATE", "2024", None),
    ("Results for FY23 beat estimates.", "FY23", "DATE", "2023", None),
    ("Revenue in Q3 2023 beat forecasts.", "Q3 2023", "DATE", "2023-Q3", None),
    ("The bank posted a 3Q loss.", "3Q", "DATE", "2023-Q3", None),
    ("Earnings fell in 2Q 2023.", "2Q 2023", "DATE", "2023-Q2", None),
    ("The tax rises in the 2024 fiscal year.", "the 2024 fiscal year", "DATE", "2024", None),
    ("Prices have risen 9% over the past 12 months.", "the past 12 months", "DURATION", "P12M", None),
    ("Cases have doubled in the past fortnight.", "the past fortnight", "DURATION", "P2W", None),
    ("The yen hit a 10-year low against the dollar.", "10-year", "DURATION", "P10Y", None),
    ("The stock closed at 3pm ET.", "3pm ET", "TIME", "2023-09-05T15:00", None),
    ("Trading opens at 15:00 CET.", "15:00 CET", "TIME", "2023-09-05T15:00", None),
    ("The central bank will meet again in the coming months.", "the coming months", "DURATION", "PXM", None),
    ("The deal should close by midyear.", "midyear", "DATE", "2023", "MID"),
    ("Profit rose in the fourth quarter from a year earlier.", "a year earlier", "DATE", "2021-Q4", None),
    ("Consumer prices rose 0.4% a month earlier.", "a month earlier", "DATE", "2023-08", None),
    ("The drug must be taken twice daily.", "twice daily", "SET", "P1D", None),
    ("Third-quarter 2023 sales were down from the prior-year quarter.", "the prior-year quarter", "DATE", "2022-Q3",
     None),
    ("The deal is expected to close by year-end.", "year-end", "DATE", "2023", "END"),
    ("The chip will ship in the second half of next year.", "the second half of next year", "DATE", "2024-H2", None),
    ("Stores will open early on Black Friday.", "Black Friday", "DATE", "2023-11-24", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", MARKETS)
def test_markets(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)


@pytest.mark.parametrize("sentence", [
    "The company pays a quarterly dividend.", "The firm holds a biannual review.", "She read 1Q84 on the train.",
    "The Audi Q3 sold well.", "The firm released mid-year results.", "Shoppers queued for Black Friday deals.",
    "The stock has fallen in four of the past five sessions.",
])
def test_markets_negatives(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date=PUB) if t.type in ("DATE", "TIME")]


# sports
SPORTS = [
    ("The final is scheduled for this weekend.", "this weekend", "DATE", "2023-W36-WE", None),
    ("The club trains every Monday.", "every Monday", "SET", "XXXX-WXX-1", None),
    ("He scored twice on March 5th.", "March 5th", "DATE", "2023-03-05", None),
    ("They lost two Fridays ago.", "two Fridays ago", "DATE", "2023-08-25", None),
    ("The match kicks off tonight.", "tonight", "TIME", "2023-09-05TNI", None),
    ("He won the marathon the day before yesterday.", "the day before yesterday", "DATE", "2023-09-03", None),
    ("Fans met once a month.", "once a month", "SET", "P1M", None),
    ("He joined the club in the fall of 2019.", "the fall of 2019", "DATE", "2019-FA", None),
    ("Crops failed in the past three summers.", "the past three summers", "SET", "XXXX-SU", None),
    ("The talks lasted an hour and a half.", "an hour and a half", "DURATION", "PT1H30M", None),
    ("He signed a two-and-a-half-year deal.", "two-and-a-half-year", "DURATION", "P2Y6M", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", SPORTS)
def test_sports(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)


def test_season_with_two_years():
    found = {t.text: t.value for t in timeline.tag("The team won the title in the 1999-2000 season.", pub_date=PUB)}
    assert found.get("1999") == "1999" and found.get("2000") == "2000", found


@pytest.mark.parametrize("sentence", ["He spent three summers in Rome.", "Johnny Winters played the blues.",
                                      "He works two Fridays a month."])
def test_sports_negatives(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date=PUB) if t.type in ("DATE", "TIME")]


# politics and elections
POLITICS = [
    ("The president will address the nation on New Year's Day.", "New Year's Day", "DATE", "2024-01-01", None),
    ("The minister will stay in office through 2025.", "2025", "DATE", "2025", None),
    ("The country aims for net zero by mid-century.", "mid-century", "DATE", "20", "MID"),
    ("The senator spoke to reporters the other day.", "the other day", "DATE", "PAST_REF", None),
    ("At present, the bill has 40 sponsors.", "At present", "DATE", "PRESENT_REF", None),
    ("At the moment, no vote is planned.", "At the moment", "DATE", "PRESENT_REF", None),
    ("Nowadays, few voters trust the polls.", "Nowadays", "DATE", "PRESENT_REF", None),
    ("These days, the party is divided.", "These days", "DATE", "PRESENT_REF", None),
    ("The bill passed in 2019. That year, turnout hit a record.", "That year", "DATE", "2019", None),
    ("The election was held on May 4, 2021. On the same date, riots broke out.", "the same date", "DATE",
     "2021-05-04", None),
    ("Protesters gathered on Monday. The same day, police made arrests.", "The same day", "DATE", "2023-09-04", None),
    ("The summit ended around midday.", "midday", "TIME", "2023-09-05T12:00", None),
    ("The law takes effect on January 1.", "January 1", "DATE", "2024-01-01", None),
    ("Polls close at 8 p.m. Eastern time.", "8 p.m. Eastern time", "TIME", "2023-09-05T20:00", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", POLITICS)
def test_politics(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)


@pytest.mark.parametrize("sentence", ["The Good Friday Agreement held.", "One ward was open, the other day and night.",
                                      "The chair is a mid-century modern design."])
def test_politics_negatives(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date=PUB) if t.type in ("DATE", "TIME")]


# courts
COURTS = [
    ("The jury must reach a verdict within 24 hours.", "24 hours", "DURATION", "PT24H", None),
    ("The suspect was held for 48 hours.", "48 hours", "DURATION", "PT48H", None),
    ("The court ruled on 5/3/2022.", "5/3/2022", "DATE", "2022-05-03", None),
    ("He faces up to 20 years in prison.", "up to 20 years", "DURATION", "P20Y", "EQUAL_OR_LESS"),
    ("The judge set a hearing for later this month.", "later this month", "DATE", "2023-09", "END"),
    ("The defendant will be sentenced on Oct. 12.", "Oct. 12", "DATE", "2023-10-12", None),
    ("The scheme ran for three-and-a-half years.", "three-and-a-half years", "DURATION", "P3Y6M", None),
    ("The law took effect on Jan. 1, 2020. Until that date, smoking was allowed.", "that date", "DATE",
     "2020-01-01", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", COURTS)
def test_courts(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)


# weather and disasters
WEATHER = [
    ("Temperatures hit a 30-year high on the Fourth of July.", "the Fourth of July", "DATE", "2023-07-04", None),
    ("Floods struck on Easter Sunday.", "Easter Sunday", "DATE", "2023-04-09", None),
    ("Crops have failed since the early 1990s.", "the early 1990s", "DATE", "199", "START"),
    ("The drought began in the mid-1990s.", "the mid-1990s", "DATE", "199", "MID"),
    ("The stadium was built in the late 19th century.", "the late 19th century", "DATE", "18", "END"),
    ("Snow fell on New Year's Day.", "New Year's Day", "DATE", "2023-01-01", None),
    ("The storm is expected to hit the coast tonight.", "tonight", "TIME", "2023-09-05TNI", None),
    ("The outbreak began in late 2019.", "late 2019", "DATE", "2019", "END"),
    ("He was born in the spring of 1968.", "the spring of 1968", "DATE", "1968-SP", None),
    ("The heat wave is expected to last through the weekend.", "the weekend", "DATE", "2023-W36-WE", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", WEATHER)
def test_weather(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)


# health and tech
HEALTH_TECH = [
    ("The vaccine will be available in the coming weeks.", "the coming weeks", "DURATION", "PXW", None),
    ("Doctors see patients once a week.", "once a week", "SET", "P1W", None),
    ("Patients are tested every six months.", "every six months", "SET", "P6M", None),
    ("The drug has been used since the 1990s.", "the 1990s", "DATE", "199", None),
    ("The phone goes on sale this weekend.", "this weekend", "DATE", "2023-W36-WE", None),
    ("The update will roll out later this month.", "later this month", "DATE", "2023-09", "END"),
    ("The app had 2 million users at the end of 2022.", "the end of 2022", "DATE", "2022", "END"),
    ("The company reports results every quarter.", "every quarter", "SET", "P1Q", None),
    ("Servers were down for about six hours on Monday.", "about six hours", "DURATION", "PT6H", "APPROX"),
    ("The launch slipped to early next year.", "early next year", "DATE", "2024", "START"),
    ("Rates may be cut by mid-month.", "mid-month", "DATE", "2023-09", "MID"),
    ("The company was founded a decade ago.", "a decade ago", "DATE", "2013", None),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", HEALTH_TECH)
def test_health_tech(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)
