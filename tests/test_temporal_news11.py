"""Issue 11, eleventh round: the articles of tests/data/temporal_probe11 (wire, newspaper, sports, business and local
copy written for these tests, not taken from any corpus, annotated and committed before the tagger was run on them),
the review's vocabulary merge, and the fixes made after the probe and the lead's findings, each with cases where the
reading must stay as it was.

Each gold expression must be found (a tagged span overlapping it: the TempEval relaxed match) with the gold type and
value; every tagged span must overlap a gold or an optional expression (no spurious spans). Cases still failing are
marked xfail with the reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import timeline

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, load  # noqa: E402

DATA = Path(__file__).parent / "data" / "temporal_probe11"
ARTICLES = load(DATA)

_BRACKETED = ("a clock time restated in brackets ('(0600 GMT)', '(1140 GMT Thursday)') stays untagged: tried again in "
              "round 11, the dev check half gained one unmatched span (value .8231 -> .8226), as in round 5")
# (article, span, nth occurrence among that article's gold entries with this span) -> reason
XFAIL: dict[tuple[str, str, int], str] = {
    ("a_ferry", "1140 GMT Thursday", 1): _BRACKETED,
    ("i_bribery", "0600 GMT", 1): _BRACKETED,
    ("f_marathon", "that evening", 1): "'he said that evening' after 'in the winter' and the years '19 and '21: the "
                                       "story's day (Sunday) is left behind for an unknown day of 2021 (its type, "
                                       "TIME, is right since round 16)",
    ("g_obituary", "more than four decades", 1): "decades counted in years (P40Y), as the dev corpus writes 'past "
                                                 "decade' P10Y; the annotation wrote P4DE",
    ("g_obituary", "Easter", 1): "'she had planned to retire at Easter' (published in November, she died on Tuesday): "
                                 "the past perfect plan reads the Easter before; the plan's is the next one",
    ("h_snow", "autumn", 1): "'The cold snap follows the wettest autumn since 2000': the present 'follows' reads as a "
                             "schedule and gives the coming autumn; the superlative season is found",
}

PROBE = ProbeSet(ARTICLES, XFAIL)


@pytest.mark.parametrize("name,start,end,type_,value", list(PROBE.gold_cases()))
def test_gold_expression_found_with_its_value(name, start, end, type_, value):
    hits = PROBE.hits(name, start, end)
    assert hits, f"missed {ARTICLES[name]['text'][start:end]!r}"
    if value is not None:
        got = {(t.type, t.value) for t in hits}
        assert (type_, value) in got, got


# The set's figures over all its articles: first run (commit 7494de1, before this round's rule changes) 117 of 124
# gold expressions found, 97 of the 118 with a value right (type and value), 1 spurious span ("now"); after it 122
# found, 110 right, 1 spurious. Floors just below.
FLOOR_FOUND, FLOOR_RIGHT = 121, 109


def test_probe_set_floor():
    found, right = PROBE.found_and_right()
    assert found >= FLOOR_FOUND and right >= FLOOR_RIGHT, (found, right)


SPURIOUS_XFAIL = {
    "d_energy_results": "'it now expects': 'now' is tagged PRESENT_REF as TimeBank mostly does; the annotation left "
                        "it out (as probe 10's did)",
}


@pytest.mark.parametrize("name", [pytest.param(n, marks=(pytest.mark.xfail(reason=SPURIOUS_XFAIL[n], strict=True),)
                                               if n in SPURIOUS_XFAIL else ()) for n in ARTICLES])
def test_no_spurious_span(name):
    spurious = PROBE.spurious(name)
    assert not spurious, spurious


# The words that make a clock time approximate without making it another time are one list (vocab day_clock_gap
# approximators): a range's end ("between 11 p.m. and roughly 5 a.m.") and a clock time after its day ("on Tuesday,
# roughly 9 p.m.", one row as with "about") read the same words.
@pytest.mark.parametrize("approx", ["about", "around", "approximately", "roughly"])
def test_day_and_approximate_clock_time_are_one_row(approx):
    df = timeline.extract(f"The ferry sank on Tuesday, {approx} 9 p.m. Police said so.", pub_date="2024-03-08")
    assert list(df["timex_text"]) == ["9 p.m."]
    assert list(df["timex_value"]) == ["2024-03-05T21:00"]


@pytest.mark.parametrize("approx", ["about", "around", "approximately", "roughly"])
def test_range_end_after_an_approximator_is_still_the_range_end(approx):
    ts = timeline.tag(f"Drones struck the city between 11 p.m. and {approx} 5 a.m., officials said on Friday.",
                      pub_date="2024-03-08")
    by_text = {t.text: t for t in ts}
    assert by_text["11 p.m."].range_with is not None


def test_a_range_end_after_another_word_is_no_range():
    ts = timeline.tag("Drones struck the city between 11 p.m. and nearly 5 a.m., officials said on Friday.",
                      pub_date="2024-03-08")
    assert all(t.range_with is None for t in ts)


def test_a_day_and_a_clock_time_apart_stay_two_rows():
    df = timeline.extract("The ferry sank on Tuesday, long before 9 p.m. Police said so.", pub_date="2024-03-08")
    assert list(df["timex_text"]) == ["Tuesday", "9 p.m."]


def _found(sentence: str, pub: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in timeline.tag(sentence, pub_date=pub)}


# 1. A count of days or weeks from the story ("the same week", "that evening", "the next day") after a season, a
# half or a quarter reads the last day the story was on, as after a year: a season cannot say which day it is in.
# With no day told before, or after a month, it stays as it was.
COARSE_STORY = [
    ("Ministers met on Tuesday to agree the budget. They want it passed in the autumn. The same week, unions called "
     "a strike.", "The same week", ("DATE", "2023-W45")),
    ("Profit rose in the third quarter, the firm said on Tuesday. In the fourth quarter, costs rose. The next day, "
     "shares fell 5%.", "The next day", ("DATE", "2023-11-08")),
    ("He won on Sunday. \"I thought about stopping in the winter,\" he said the next day.", "the next day",
     ("DATE", "2023-11-06")),
    ("She promised to hold the vote in the autumn. The same week, unions called a strike.", "The same week",
     ("DATE", "2023-WXX")),
    ("The plant closed on Aug. 3. Sales fell in October. The same week, unions called a strike.", "The same week",
     ("DATE", "2023-WXX")),
]


@pytest.mark.parametrize("sentence,span,expected", COARSE_STORY)
def test_day_count_after_a_coarse_story_time(sentence, span, expected):
    assert _found(sentence, "2023-11-10")[span] == expected


# 2. "a day" / "a year" is a rate (SET) after an amount: among the three words before it as before, or further back
# across the noun phrase it counts; a verb between ends the search (the year of "since 2000" counts nothing).
PER_UNIT = [
    ("The field pumps 1.2 million barrels of oil equivalent a day.", "a day", ("SET", "P1D")),
    ("The bank made $5 billion in loans a year.", "a year", ("SET", "P1Y")),
    ("Prices rose 3% a year.", "a year", ("SET", "P1Y")),
    ("Services carry about 300,000 passengers a day.", "a day", ("SET", "P1D")),
    ("The wettest autumn since 2000 comes a week after the storm.", "a week", ("DURATION", "P1W")),
    ("The plant, opened in 1998 with 40 staff in the valley a year after the flood, closed.", "a year",
     ("DURATION", "P1Y")),
]


@pytest.mark.parametrize("sentence,span,expected", PER_UNIT)
def test_rate_after_an_amount(sentence, span, expected):
    assert _found(sentence, "2023-11-10")[span] == expected


# 3. A past told with "did" is a past of the clause's own ("did not file its report in May"), as the simple past
# is; and after a negated past "until" dates when the event did happen ("did not file its report until May 1"), as
# "in" or "on" would: no slack towards the months ahead. A future or an affirmative "until" keeps its reading.
NOT_UNTIL = [
    ("The firm did not file its report until May 1.", "May 1", ("DATE", "2023-05-01")),
    ("The firm didn't file its report until May 1.", "May 1", ("DATE", "2023-05-01")),
    ("The firm did not say until May 1 whether it would pay.", "May 1", ("DATE", "2023-05-01")),
    ("The firm did file its report in March.", "March", ("DATE", "2023-03")),
    ("The firm will not file its report until May 1.", "May 1", ("DATE", "2024-05-01")),
    ("The firm is not expected to file its report until May 1.", "May 1", ("DATE", "2024-05-01")),
]


@pytest.mark.parametrize("sentence,span,expected", NOT_UNTIL)
def test_negated_past_until(sentence, span, expected):
    assert _found(sentence, "2024-02-19")[span] == expected


# 4. A range between clock times on named weekdays ("from 6pm on Wednesday until noon on Friday") ends on the first
# such weekday on or after its start, as a range of bare weekdays does: a start on the publication day keeps the
# range ahead, whatever the tense read of the end alone; a start before it in a past story keeps the range over.
WEEKDAY_CLOCK_RANGES = [
    ("The Met Office has issued an amber warning from 6pm on Wednesday until noon on Friday.", "2026-01-14",
     {"6pm on Wednesday": "2026-01-14T18:00", "noon on Friday": "2026-01-16T12:00"}),
    ("The bridge will be shut from 10 p.m. on Friday until 5 a.m. Monday.", "2026-01-14",
     {"10 p.m. on Friday": "2026-01-16T22:00", "5 a.m. Monday": "2026-01-19T05:00"}),
    ("The roads were closed from 8 p.m. on Monday until 6 a.m. Wednesday, police said.", "2026-01-14",
     {"8 p.m. on Monday": "2026-01-12T20:00", "6 a.m. Wednesday": "2026-01-14T06:00"}),
    ("The strike ran from Tuesday until Friday, the union said.", "2026-01-15",
     {"Tuesday": "2026-01-06", "Friday": "2026-01-09"}),
]


@pytest.mark.parametrize("sentence,pub,expected", WEEKDAY_CLOCK_RANGES)
def test_weekday_clock_range_ends_after_its_start(sentence, pub, expected):
    got = {k: v for k, (_, v) in _found(sentence, pub).items()}
    assert got == expected


# 5. Bare days listed by commas before a last "and"/"or" day after a dated day ("March 16, 17 and 18") are days of
# its month, as the one after "and" was ("March 2 and 3"); a year after the last is every day's. A count after the
# list ("May 3, 4 and 5 people"), a number with a thousands comma, a day that is no later one, or "to" after a
# comma list leave it alone.
LISTED_DAYS = [
    ("The walkouts will take place on March 16, 17 and 18, disrupting services.",
     {"March 16": "2023-03-16", "17": "2023-03-17", "18": "2023-03-18"}),
    ("Talks are set for May 3, 4, 5 and 6.", {"May 3": "2023-05-03", "4": "2023-05-04", "5": "2023-05-05",
                                              "6": "2023-05-06"}),
    ("The fair runs on June 4, 5 or 6.", {"June 4": "2023-06-04", "5": "2023-06-05", "6": "2023-06-06"}),
    ("It happened on March 16, 17 and 18, 2019, officials said.",
     {"March 16": "2019-03-16", "17": "2019-03-17", "18, 2019": "2019-03-18"}),
    ("Prices rose on May 3, 4 and 5 people were hurt.", {"May 3": "2022-05-03"}),
    ("Sales on May 3, 4,000 and 5,000 units.", {"May 3": "2023-05-03"}),
    ("The show is on May 25, 3 and 4.", {"May 25": "2023-05-25"}),
    ("Voting is on May 3, 4 to 5.", {"May 3": "2023-05-03"}),
]


@pytest.mark.parametrize("sentence,expected", LISTED_DAYS)
def test_listed_days_share_the_month(sentence, expected):
    assert {k: v for k, (_, v) in _found(sentence, "2023-02-08").items()} == expected


# 6. "the summer months (of 2022)" is the season, as "the summer (of 2022)" is; a bare year joined to it by "and" or
# "or" at the end of the clause is the same season of that year (lead finding 8). A year going on into a clause of
# its own, or a season said without "of", keeps the plain year.
SEASON_MONTHS = [
    ("Fares rose by up to 70% during the summer months of 2022 and 2023.",
     {"the summer months of 2022": "2022-SU", "2023": "2023-SU"}),
    ("It was built in the spring of 2019 or 2020.", {"the spring of 2019": "2019-SP", "2020": "2020-SP"}),
    ("He plans to rest over the summer months.", {"the summer months": "2023-SU"}),
    ("It was built in the spring of 2019 and 2020 saw more.", {"the spring of 2019": "2019-SP", "2020": "2020"}),
    ("It rained in summer 2019 and 2020.", {"summer 2019": "2019-SU", "2020": "2020"}),
    ("The summer months are busy.", {}),
]


@pytest.mark.parametrize("sentence,expected", SEASON_MONTHS)
def test_season_months(sentence, expected):
    assert {k: v for k, (_, v) in _found(sentence, "2023-02-08").items()} == expected


# 8. More fixed-date holidays and observance days of the news (vocab holidays): Burns Night, St. Patrick's Day,
# Anzac Day, Bonfire Night ...; a holiday's name inside a longer name ("the Burns Night Supper Club") is no date.
HOLIDAYS = [
    ("Councils urged people to check on neighbours ahead of Burns Night on January 25.",
     {"Burns Night": "2026-01-25", "January 25": "2026-01-25"}),
    ("Parades were held on St. Patrick's Day.", {"St. Patrick's Day": "2025-03-17"}),
    ("Crowds gathered on Anzac Day.", {"Anzac Day": "2025-04-25"}),
    ("Fireworks will light the sky on Bonfire Night.", {"Bonfire Night": "2026-11-05"}),
    ("The Burns Night Supper Club met.", {}),
]


@pytest.mark.parametrize("sentence,expected", HOLIDAYS)
def test_more_holidays(sentence, expected):
    assert {k: v for k, (_, v) in _found(sentence, "2026-01-14").items()} == expected


# 9. A length in several units said without "and" when the counts are digits ("in 2 hours 5 minutes 41 seconds",
# a race time), and a third smaller unit after two joined ones, is one DURATION. Words without "and", a larger unit
# after a smaller, or a count of something else after the length stay apart.
COMPOUND = [
    ("He won in 2 hours 5 minutes 41 seconds.", {"2 hours 5 minutes 41 seconds": "PT2H5M41S"}),
    ("It took 1 hour 20 minutes and 5 seconds.", {"1 hour 20 minutes and 5 seconds": "PT1H20M5S"}),
    ("The flight took three hours and 51 minutes.", {"three hours and 51 minutes": "PT3H51M"}),
    ("He served two years, six months of which were suspended.", {"two years": "P2Y", "six months": "P6M"}),
    ("Within 24 hours 300 people fled.", {"24 hours": "PT24H"}),
]


@pytest.mark.parametrize("sentence,expected", COMPOUND)
def test_compound_lengths(sentence, expected):
    assert {k: v for k, (_, v) in _found(sentence, "2026-01-14").items()} == expected


# 10. A wire attribution's day at the end of a sentence that has told its event's day ("caught fire on Thursday
# evening, the agency said on Friday") does not move the story: a clock time or "the following morning" after it
# counts from the event's day. Without an event day before it in its sentence the attribution's day is the story's.
ATTRIBUTION_DAY = [
    ("A ferry caught fire on Thursday evening, the agency said on Friday. The fire broke out at 7:40 p.m. and spread.",
     "7:40 p.m.", ("TIME", "2025-08-14T19:40")),
    ("A ferry caught fire on Thursday evening, the agency said on Friday. Divers recovered six bodies the following "
     "morning.", "the following morning", ("TIME", "2025-08-15TMO")),
    ("A ferry caught fire on Thursday, the agency said Friday. On the same day, a bus crashed.", "the same day",
     ("DATE", "2025-08-14")),
    ("Talks collapsed, the ministry said on Friday. Negotiators met again the next day.", "the next day",
     ("DATE", "2025-08-16")),
    ("The ministry said on Thursday that talks had collapsed. Negotiators met again the next day.", "the next day",
     ("DATE", "2025-08-15")),
    # a night runs into the report's day: its "2 a.m." is the report day's
    ("Drones struck the port overnight, officials said on Friday. The attack began shortly after 2 a.m.", "2 a.m.",
     ("TIME", "2025-08-15T02:00")),
    # a day ahead is no event the report tells as over: the clock time after it is the report day's news
    ("Dockers will extend their strike until Monday, the union said on Friday, after talks broke down shortly "
     "before 0600 local time.", "0600 local time", ("TIME", "2025-08-15T06:00")),
    # a coarser time between the event's day and the attribution is an aside: the day still stands
    ("Thieves broke into a museum on Wednesday and took two 17th-century paintings, police said on Thursday. They "
     "forced a side door at 3:15 a.m.", "3:15 a.m.", ("TIME", "2025-08-13T03:15")),
    ("A ferry caught fire on Thursday near a fort built in 1802, the agency said on Friday. The fire broke out at "
     "7:40 p.m.", "7:40 p.m.", ("TIME", "2025-08-14T19:40")),
    # with no day before it in its sentence, the attribution's day is still the story's
    ("Engineers finished restoring a 19th-century fort, the agency said on Thursday. The work ended at 6 p.m.",
     "6 p.m.", ("TIME", "2025-08-14T18:00")),
]


@pytest.mark.parametrize("sentence,span,expected", ATTRIBUTION_DAY)
def test_attribution_day_keeps_the_story(sentence, span, expected):
    assert _found(sentence, "2025-08-15")[span] == expected


# 11. A bare "overnight" running into a named day ("more would fall overnight into Thursday") is the night before
# that day, as "overnight Thursday" is; "into" and anything else ("famous overnight into the spotlight") is no night.
OVERNIGHT_INTO = [
    ("Forecasters warned that more snow would fall overnight into Thursday.",
     {"overnight": "2026-01-14TNI", "Thursday": "2026-01-15"}),
    ("Snow fell overnight into Thursday, closing roads.", {"overnight": "2026-01-07TNI", "Thursday": "2026-01-08"}),
    ("He became famous overnight into the spotlight.", {}),
    ("More snow will fall overnight.", {}),
]


@pytest.mark.parametrize("sentence,expected", OVERNIGHT_INTO)
def test_overnight_into_a_day(sentence, expected):
    assert {k: v for k, (_, v) in _found(sentence, "2026-01-14").items()} == expected


# 12. A time after the infinitive that follows an order's object ("ordered him to report to prison by Jan. 15",
# "asked the company to respond by Jan. 15") dates what was ordered, ahead of the order, as after "agreed to"
# (lead finding 2). An order with no infinitive ("ordered him released on Jan. 15"), a report's own time or a
# refusal keep the past.
ORDERED_INFINITIVE = [
    ("Judge Karen Holt ordered him to report to prison by Jan. 15 and to repay the money.", "Jan. 15", "2025-01-15"),
    ("The regulator asked the company to respond by Jan. 15.", "Jan. 15", "2025-01-15"),
    ("Police urged residents to leave before Jan. 15.", "Jan. 15", "2025-01-15"),
    ("The judge ordered him released on Jan. 15.", "Jan. 15", "2024-01-15"),
    ("He told reporters on Jan. 15 that he would resign.", "Jan. 15", "2024-01-15"),
    ("She declined to comment on Jan. 15.", "Jan. 15", "2024-01-15"),
]


@pytest.mark.parametrize("sentence,span,value", ORDERED_INFINITIVE)
def test_time_after_an_ordered_infinitive(sentence, span, value):
    assert _found(sentence, "2024-10-17")[span] == ("DATE", value)


# 13. After a day with more days listed or ranged after it ("on May 2 and 3, 2014", "on March 16, 17 and 18", "March
# 16 to 18") the story stands on the last of them, in the year said after it: "the following day" is the day after
# that one. A day alone keeps its own.
LAST_LISTED_DAY = [
    ("Police searched his homes on May 2 and 3, 2014, and arrested him the following day.", "the following day",
     "2014-05-04"),
    ("Talks were held on March 16, 17 and 18. The deal was signed the next day.", "the next day", "2019-03-19"),
    ("Talks were held on March 16 to 18. The deal was signed the next day.", "the next day", "2019-03-19"),
    ("Talks were held on March 16. The deal was signed the next day.", "the next day", "2019-03-17"),
    # clock times are no listed days ("between 07:00 and 19:30")
    ("Voting ran on March 16 between 07:00 and 19:30. Results came the next day.", "the next day", "2019-03-17"),
]


@pytest.mark.parametrize("sentence,span,value", LAST_LISTED_DAY)
def test_story_on_the_last_listed_day(sentence, span, value):
    assert _found(sentence, "2019-06-21")[span] == ("DATE", value)


# 14. A later year naming the subject's edition at a sentence's start ("The 2023 race will be held on April 16",
# published in 2022) is the year of the days and months the tense put ahead in that sentence. An earlier year ("The
# 1990 law was amended on May 3"), a time read in the past or a weekday keep their own reading.
SUBJECT_YEAR = [
    ("The women's race was won by Almaz Tesfaye. The 2023 race will be held on April 16.", "2022-04-11",
     "April 16", "2023-04-16"),
    ("The 2026 World Cup will kick off on June 11 in Mexico City.", "2025-03-01", "June 11", "2026-06-11"),
    ("The 1990 law was amended on May 3.", "2025-03-01", "May 3", "2024-05-03"),
    ("The 2019 law will be amended in June.", "2025-03-01", "June", "2025-06"),
    ("The 2026 budget was approved on Tuesday.", "2025-03-01", "Tuesday", "2025-02-25"),
]


@pytest.mark.parametrize("sentence,pub,span,value", SUBJECT_YEAR)
def test_subject_year_frames_days_ahead(sentence, pub, span, value):
    assert _found(sentence, pub)[span] == ("DATE", value)


# 15. A bare clock time in a past perfect clause lies before the story's time: after a day still ahead of the
# publication ("will try again on Wednesday. The rocket had been due to lift off at 9:22 a.m.", lead finding 3) it is
# on the last day told up to the publication; later in the day than the story's time ("recovered six bodies the
# following morning. The vessel had left the port at 2 p.m.") it is the day before. Earlier on the story's day, with
# no time of day to go by, or "had to" (an obligation) keep the story's day.
PLUPERFECT_CLOCK = [
    ("A ferry caught fire on Thursday evening, the agency said on Friday. Divers recovered six bodies the following "
     "morning. The vessel had left the port at 2 p.m. for a long crossing.", "2025-08-15", "2 p.m.",
     "2025-08-14T14:00"),
    ("The launch was postponed on Sunday. The agency will try again on Wednesday. The rocket had been due to lift off "
     "at 9:22 a.m. local time.", "2024-02-19", "9:22 a.m. local time", "2024-02-18T09:22"),
    ("Candidates held rallies on Friday. Counting began on Sunday morning. Polls had closed at 8 p.m.", "2024-02-19",
     "8 p.m.", "2024-02-17T20:00"),
    ("Candidates held rallies on Friday. Voting ended at 8 p.m. on Sunday. Polls had opened at 7 a.m.", "2024-02-19",
     "7 a.m.", "2024-02-18T07:00"),
    ("Counting began at 9 a.m. on Sunday. Crews had to arrive by 10 a.m.", "2024-02-19", "10 a.m.", "2024-02-18T10:00"),
    ("Police said on Monday that the man had been seen at 4 p.m.", "2024-02-19", "4 p.m.", "2024-02-19T16:00"),
]


@pytest.mark.parametrize("sentence,pub,span,value", PLUPERFECT_CLOCK)
def test_past_perfect_clock_time_before_the_story(sentence, pub, span, value):
    assert _found(sentence, pub)[span] == ("TIME", value)


# 16. A trailing attribution ends the frame of a fronted year ("In 2019, ...") with any reporting verb of the
# vocabulary (REPORT_FORMS), not only the seven once written into when_year.py ("confirmed", "noted" too).
@pytest.mark.parametrize("verb", ["said", "confirmed", "noted"])
def test_attribution_ends_a_fronted_year(verb):
    found = _found(f"In 2019, the plant closed in March, the company {verb} in a statement on Jan. 15.", "2024-05-02")
    assert found["March"] == ("DATE", "2019-03") and found["Jan. 15"] == ("DATE", "2024-01-15")


# 17. A verb after "and" that the tagger read as a participle, coordinated with a simple past ("closed in March and
# reopened in June"), is that past's own: no slack towards the months ahead, and a fronted year frames it. A passive
# with its own "was" or a past perfect's conjunct keep their reading.
CONJOINED_PAST = [
    ("The plant closed in March and reopened in June.", "June", "2023-06"),
    ("In 2019, the plant closed in March and reopened in June.", "June", "2019-06"),
    ("The plant closed in March and was reopened in June.", "June", "2023-06"),
]


@pytest.mark.parametrize("sentence,span,value", CONJOINED_PAST)
def test_conjoined_participle_shares_the_past(sentence, span, value):
    assert _found(sentence, "2024-05-02")[span] == ("DATE", value)
