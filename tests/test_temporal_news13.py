"""Issue 11, thirteenth round: the fixes made after tests/data/temporal_probe13 (ten news texts written for these tests,
annotated and committed before the tagger ran on them) and the lead's findings, each with cases where the reading
must stay as it was."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, load  # noqa: E402
from test_temporal_news3 import _check  # noqa: E402  (one set of probe helpers)

DATA = Path(__file__).parent / "data" / "temporal_probe13"
ARTICLES = load(DATA)

_BRACKETED = ("a clock time restated in brackets ('(1400 GMT)') stays untagged, as in rounds 5, 11 and 12 (a try "
              "cost a dev check-half span)")
_DESCRIBED = ("a season an adjective describes ('the wettest autumn') stays untagged: round 12 tagged it and dropped "
              "it when a blind timex floor failed")
# (article, span, nth occurrence among that article's gold entries with this span) -> reason
XFAIL: dict[tuple[str, str, int], str] = {
    ("i_talks_resume", "1400 GMT", 1): _BRACKETED,
    ("h_cold_snap", "autumn", 1): _DESCRIBED,
    ("h_cold_snap", "the weekend", 1): "'warned of disruption throughout the weekend' said on a Friday: the past "
                                       "'warned' takes the weekend gone by; the warning is of the one to come",
    ("j_airline_outlook", "Christmas", 1): "'a week of strikes over Christmas would cost it' read ahead by 'would'; "
                                           "the strikes were six weeks before publication",
    ("j_airline_outlook", "the afternoon", 1): "'fell 4 percent in the afternoon' is not tagged",
}

PROBE = ProbeSet(ARTICLES, XFAIL)


@pytest.mark.parametrize("name,start,end,type_,value", list(PROBE.gold_cases()))
def test_probe13_gold_expression_found_with_its_value(name, start, end, type_, value):
    hits = PROBE.hits(name, start, end)
    assert hits, f"missed {ARTICLES[name]['text'][start:end]!r}"
    if value is not None:
        got = {(t.type, t.value) for t in hits}
        assert (type_, value) in got, got


# The set's figures over all its articles: first run (commit d9723d1, before this round's rule changes) 134 of 141
# gold expressions found, 115 of the 128 with a value right (type and value), no spurious span; after it 138 found,
# 121 right, no spurious span. Floors at the end figures.
FLOOR_FOUND, FLOOR_RIGHT = 138, 121


def test_probe13_floor():
    found, right = PROBE.found_and_right()
    assert found >= FLOOR_FOUND and right >= FLOOR_RIGHT, (found, right)


@pytest.mark.parametrize("name", list(ARTICLES))
def test_probe13_no_spurious_span(name):
    spurious = PROBE.spurious(name)
    assert not spurious, spurious


# 1. "a year" after a comma is a count, not a rate: "in 1999, a year before he was born" (a number before the comma
# closed an amount's phrase only when nothing stood between); "$50,000 a year" stays a rate.
# (rule examples: sets.per_unit negatives)
COUNT_AFTER_COMMA = [
    ("Their last title came in 1999, a year before Marsh was born.", "a year", "DURATION", "P1Y", None, "2022-05-02"),
    ("Sales reached 40,000, a year after the launch.", "a year", "DURATION", "P1Y", None, "2022-05-02"),
    # negatives
    ("He earns 50,000 euros a year.", "a year", "SET", "P1Y", None, "2022-05-02"),
    ("Output is 300,000 barrels a day, the firm said.", "a day", "SET", "P1D", None, "2022-05-02"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", COUNT_AFTER_COMMA)
def test_count_after_comma_is_no_rate(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 2. A clock time told in its own past is not on a story day still ahead of the publication ("will report results
# on October 29. The shares fell at 10:15 a.m."): it is the publication day's. A present or future clock time keeps
# the day the story is on.
PAST_CLOCK_NOT_AHEAD = [
    ("Norvik will report results on October 29. The shares were down 3 percent at 1015 GMT.", "1015 GMT", "TIME",
     "2025-07-30T10:15Z", None, "2025-07-30"),
    ("The firm will report results on October 29. Its shares fell at 10:15 a.m.", "10:15 a.m.", "TIME",
     "2025-07-30T10:15", None, "2025-07-30"),
    # negatives: a schedule keeps the story's day, and a past story day keeps it too
    ("The vote is on Friday. Polls open at 7 a.m.", "7 a.m.", "TIME", "2025-08-01T07:00", None, "2025-07-30"),
    ("The vote will be on Friday. Polls will open at 7 a.m.", "7 a.m.", "TIME", "2025-08-01T07:00", None,
     "2025-07-30"),
    ("The ship sank on Monday. Rescuers arrived at 7 a.m.", "7 a.m.", "TIME", "2025-07-28T07:00", None, "2025-07-30"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", PAST_CLOCK_NOT_AHEAD)
def test_past_clock_not_on_a_day_ahead(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 3. Two weekdays a range joins ("from 6 p.m. on Saturday until noon on Sunday") lie within a week: a start read in
# the past a week or more before an end still to come moves forward to the such weekday before the end. A range
# told in the past stays past.
WEEKDAY_RANGE = [
    ("An amber warning is in place from 6 p.m. on Saturday until noon on Sunday.", "6 p.m. on Saturday", "TIME",
     "2024-01-20T18:00", None, "2024-01-19"),
    ("A warning is in force from Saturday until Sunday.", "Saturday", "DATE", "2024-01-20", None, "2024-01-19"),
    # negatives
    ("The strike ran from Saturday until Monday.", "Saturday", "DATE", "2024-01-13", None, "2024-01-19"),
    ("The strike ran from Saturday until Monday.", "Monday", "DATE", "2024-01-15", None, "2024-01-19"),
    ("A warning is in force from Saturday until Sunday.", "Sunday", "DATE", "2024-01-21", None, "2024-01-19"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", WEEKDAY_RANGE)
def test_weekday_range_within_a_week(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 4. A day and month with "last/this/next year" right after it ("on June 10 last year", "1 July next year") is a day
# of that year (rule dates.day_rel_year; was: the day read by the tense); "last year" stays its own expression (the
# day first, "1 July next year", is one, as "July next year" already was). A full stop or an owner's "last year's"
# leaves the day to the tense.
DAY_REL_YEAR = [
    ("It was picked up by a telescope on June 10 last year.", "June 10", "DATE", "2022-06-10", None,
     "2023-06-08"),
    ("It was picked up by a telescope on June 10 last year.", "last year", "DATE", "2022", None, "2023-06-08"),
    ("He was hired on Jan. 4 last year and fired in March.", "Jan. 4", "DATE", "2022-01-04", None,
     "2023-09-05"),
    ("The law takes effect on 1 July next year.", "1 July next year", "DATE", "2024-07-01", None, "2023-09-05"),
    # negatives
    ("It rained on June 10. Last year was dry.", "June 10", "DATE", "2023-06-10", None, "2023-09-05"),
    ("Sales peaked on June 10, last year's best day.", "June 10", "DATE", "2023-06-10", None, "2023-09-05"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", DAY_REL_YEAR)
def test_day_with_relative_year(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 5. A year of the common era written with its era ("A.D. 200", "AD 1120", "122 AD", "250 CE") is that year (rule
# dates.ad_year, vocab common_eras; lead's finding 1), and "from about A.D. 200 until the late fourth century" is one
# range from the year to the century (ranges._years_to_era). An era in lower case, a label or a name is no year.
AD_YEARS = [
    ("The bathhouse was in use from about A.D. 200 until the late fourth century.", "A.D. 200", "DATE", "0200", None,
     "2024-10-03"),
    ("The church was built in AD 1120.", "AD 1120", "DATE", "1120", None, "2024-10-03"),
    ("The wall dates from 122 AD.", "122 AD", "DATE", "0122", None, "2024-10-03"),
    ("Rome fell in 476 A.D. and the city shrank.", "476 A.D.", "DATE", "0476", None, "2024-10-03"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", AD_YEARS)
def test_common_era_year(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["The AD 200 camera sold well.", "He lives at 300 AD Street.",
                                      "The 300 ad campaign ran.", "Model 300 CE was recalled."])
def test_no_common_era_year(sentence):
    import timeline
    assert not timeline.tag(sentence, pub_date="2024-10-03")


def _range_texts(sentence, pub="2024-10-03"):
    import timeline
    timexes = timeline.tag(sentence, pub_date=pub)
    by_tid = {t.tid: t for t in timexes}
    return {(t.text, by_tid[t.range_with].text) for t in timexes if t.range_with and t.start < by_tid[t.range_with].start}


def test_year_to_century_range():
    assert _range_texts("The bathhouse was in use from about A.D. 200 until the late fourth century.") == {
        ("A.D. 200", "the late fourth century")}
    assert _range_texts("The mill ran from the 1990s until 2004.") == {("the 1990s", "2004")}
    # negatives: no "from", a change, an end before the start
    assert not _range_texts("Sales rose in 1990 and the 1990s.")
    assert not _range_texts("Output fell from 2004 to the 1990s level.")
    assert not _range_texts("The fort stood until the 1990s, then 2004.")


# 6. A period with the day or month that ends it (lead's finding 2; the left-over "by the end of the fiscal year in
# March"): "the quarter that ended on Nov. 30" is bounded by that day as "the quarter ended Nov. 30" was (vocab
# period_end_words, now with "on"/"in" after the word), its value the calendar quarter holding most of it and a
# year-back comparison the same quarter a year earlier; "the financial year" is tagged as "the fiscal year" is; a
# fiscal year with its end month is named by the year it ends in, its interval the twelve months to then
# (fiscal.fiscal_years); "the end of the fiscal year in March" is that March. A period with no end word keeps its
# reading.
FISCAL_ENDS = [
    ("Net income fell to $84 million in the quarter that ended on Nov. 30, from $131 million a year earlier.",
     "the quarter", "DATE", "2024-Q4", None, "2024-12-19"),
    ("Net income fell to $84 million in the quarter that ended on Nov. 30, from $131 million a year earlier.",
     "a year earlier", "DATE", "2023-Q4", None, "2024-12-19"),
    ("Sales rose in the fiscal year ending in May.", "the fiscal year", "DATE", "2025", None, "2024-12-19"),
    ("Kestrel cut its outlook for the financial year that ends in April.", "the financial year", "DATE", "2025", None,
     "2025-02-05"),
    ("The company would close 12 stores by the end of the fiscal year in March.", "the end of the fiscal year", "DATE",
     "2024-03", "END", "2023-11-09"),
    # negatives: no end word, a calendar quarter's own end, a month that is no end
    ("Sales for the fiscal year rose in June.", "the fiscal year", "DATE", "2023", None, "2023-11-09"),
    ("Profit fell in the third quarter ended Sept. 30.", "the third quarter", "DATE", "2023-Q3", None, "2023-11-09"),
    ("Profit fell in the fiscal year, and in March it cut jobs.", "the fiscal year", "DATE", "2023", None,
     "2023-11-09"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", FISCAL_ENDS)
def test_period_with_its_end(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


def test_fiscal_year_interval_is_the_twelve_months_to_its_end():
    import datetime as dt
    import timeline
    t = next(t for t in timeline.tag("Sales rose in the fiscal year ending in May.", pub_date="2024-12-19")
             if t.text == "the fiscal year")
    assert (t.interval_start, t.interval_end) == (dt.datetime(2024, 6, 1), dt.datetime(2025, 6, 1))


# 7. A season after "for" in lower case is the season ("a memorial service is planned for the autumn", "bookings for
# the summer"; vocab lowercase_season_preceders); a capitalized one after it is often a name, and "for a fall" a
# tumble.
FOR_SEASON = [
    ("A memorial service is planned for the autumn.", "the autumn", "DATE", "2019-FA", None, "2019-08-23"),
    ("Bookings for the summer are 5 percent ahead of last year.", "the summer", "DATE", "2025-SU", None, "2025-02-05"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", FOR_SEASON)
def test_season_after_for(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["They voted for Spring, the new party.", "Tickets for the Fall Classic sold out.",
                                      "The shares are headed for a fall.", "He fell for the spring water ads."])
def test_no_season_after_for(sentence):
    import timeline
    assert not timeline.tag(sentence, pub_date="2019-08-23")


def test_fiscal_year_keeps_the_invariants():
    import datetime as dt
    import timeline
    from timeline.temporal.invariants import violations
    text = "Sales rose in the fiscal year ending in May. Profit fell in the quarter that ended on Nov. 30."
    assert violations(text, dt.date(2024, 12, 19), timeline.tag(text, pub_date="2024-12-19")) == []
    # negative: a year's interval a month off its value is still caught
    t = next(t for t in timeline.tag("Sales rose in 2023.", pub_date="2024-12-19"))
    t.interval_start, t.interval_end = dt.datetime(2023, 2, 1), dt.datetime(2024, 1, 1)
    assert violations("Sales rose in 2023.", dt.date(2024, 12, 19), [t])


# 8. A time that dates the noun a news present follows ("The GM move follows Tuesday's declaration", "comes after
# Monday's vote", "follows the Tuesday ruling"; vocab sequel_leads) names what came before the report: the past
# weekday, not the next (was: the news present read as a schedule). A time of the verb itself ("The final follows
# on Sunday") and a verb that looks ahead ("await") keep the schedule.
SEQUEL = [
    ("The GM move follows Tuesday's declaration by Ford that it is prepared to bid.", "Tuesday", "DATE", "1989-10-24",
     None, "1989-10-27"),
    ("The decision comes after Monday's vote in parliament.", "Monday", "DATE", "1989-10-23", None, "1989-10-27"),
    ("The move follows the Tuesday ruling.", "Tuesday", "DATE", "1989-10-24", None, "1989-10-27"),
    # negatives
    ("The final follows on Sunday.", "Sunday", "DATE", "1989-10-29", None, "1989-10-27"),
    ("Investors await Tuesday's vote.", "Tuesday", "DATE", "1989-10-31", None, "1989-10-27"),
    ("The semi-final follows Tuesday.", "Tuesday", "DATE", "1989-10-31", None, "1989-10-27"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", SEQUEL)
def test_time_of_what_the_present_follows(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 9. "on weeknights" recurs: a SET of nights (rule sets.weeknights; TIMEX3 has no value for the working week's nights
# alone, so the value is that of "every night"); a count of them is no SET.
def test_weeknights_is_a_set():
    from test_temporal_news3 import _found
    got = _found("Supplies will be shut off between 10 p.m. and 5 a.m. on weeknights.", "2026-02-11")
    assert got["weeknights"] == ("SET", "XXXX-XX-XXTNI", None), got
    assert not _found("Repairs took four weeknights.", "2026-02-11")


# 10. A day or month with "that year", "the following year" after it ("On March 3 that year", "In March that year",
# "on 9 May the following year") is in the story's year (rules dates.day_story_year, dates.month_story_year now
# without "of"; was: the publication's year); a year said right after a day restates it, so the story stays on the
# day ("Earlier that month" is March). With no story year the year stays unknown; "that year's" is an owner.
STORY_YEAR_DAY = [
    ("In 2019 the firm collapsed. On March 3 that year, its chief resigned. Earlier that month, shares fell.",
     "March 3", "DATE", "2019-03-03", None, "2024-10-17"),
    ("In 2019 the firm collapsed. On March 3 that year, its chief resigned. Earlier that month, shares fell.",
     "Earlier that month", "DATE", "2019-03", "START", "2024-10-17"),
    ("The firm collapsed in 2019. In March that year, its chief resigned.", "March that year", "DATE", "2019-03",
     None, "2024-10-17"),
    ("The war began in 2014. On 9 May the following year, it spread.", "9 May the following year", "DATE",
     "2015-05-09", None, "2024-10-17"),
    ("The telescope saw it on June 10 last year. The next day, it vanished.", "The next day", "DATE", "2023-06-11",
     None, "2024-10-17"),
    # negatives
    ("On March 3 that year, its chief resigned.", "March 3", "DATE", "XXXX-03-03", None, "2024-10-17"),
    ("The firm collapsed in 2019. Later that year, shares fell. That month, jobs went.", "That month", "DATE",
     "2019-XX", None, "2024-10-17"),
    ("In March that year's budget was cut.", "March", "DATE", "2024-03", None, "2024-10-17"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", STORY_YEAR_DAY)
def test_day_of_the_story_year(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 11. A gerund after "before" takes the tense of the verb it follows ("is expected to peak on Saturday before easing
# on Sunday": the Sunday after, was the Sunday gone by); after "after" only a past one ("was released after being
# arrested on Monday"), as what came before a future may lie behind the report.
SEQUEL_GERUND = [
    ("The storm is expected to peak on Saturday afternoon before easing on Sunday.", "Sunday", "DATE", "2024-01-21",
     None, "2024-01-19"),
    ("The storm will hit on Saturday before moving east on Sunday.", "Sunday", "DATE", "2024-01-21", None,
     "2024-01-19"),
    # negatives
    ("Shares rose on Monday before easing on Tuesday.", "Tuesday", "DATE", "2024-01-16", None, "2024-01-19"),
    ("He will appear in court after being arrested on Monday.", "Monday", "DATE", "2024-01-15", None, "2024-01-19"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", SEQUEL_GERUND)
def test_gerund_after_before(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 12. A verb of arriving after "and" in the sentence of a late departure's clock time ("left Lagos at 11:40 p.m. on
# Monday and landed in London at 6:05 a.m."; vocab arrival_clock_leads) moves the story forward as "by" or "due to
# land at" do: the morning clock time is the next day's (was: the same day, before the departure). A past perfect in
# its own sentence, or a morning told after "and" with no such verb, keeps the day.
ARRIVAL_CLOCK = [
    ("The plane left Lagos at 11:40 p.m. on Monday and landed in London at 6:05 a.m.", "6:05 a.m.", "TIME",
     "2024-10-15T06:05", None, "2024-10-17"),
    ("The ferry sailed at 10 p.m. on Monday and finally docked at 4 a.m.", "4 a.m.", "TIME", "2024-10-15T04:00", None,
     "2024-10-17"),
    # negatives
    ("The plane left at 11:40 p.m. on Monday. It had landed at 6:05 a.m.", "6:05 a.m.", "TIME", "2024-10-14T06:05",
     None, "2024-10-17"),
    ("The race started at 8 p.m. on Monday and qualifying took place at 11 a.m.", "11 a.m.", "TIME",
     "2024-10-14T11:00", None, "2024-10-17"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", ARRIVAL_CLOCK)
def test_arrival_after_late_departure(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 13. A time after "from": when a state a present "is" puts in place begins ("A warning is in force from Saturday",
# "The museum is open from Tuesday"; vocab onset_states) is still to come (was: the day gone by), and when a record
# a subject names was made ("Footage from Saturday shows ..."; vocab provenance_nouns) is gone by (was: the news
# present read as a schedule). "are from Tuesday", a past state and a comparison keep their reading.
FROM_TIME = [
    ("A warning is in force from Saturday.", "Saturday", "DATE", "2025-03-15", None, "2025-03-10"),
    ("The museum is open from Tuesday.", "Tuesday", "DATE", "2025-03-11", None, "2025-03-10"),
    ("An amber warning is in place from 6 p.m. on Saturday.", "6 p.m. on Saturday", "TIME", "2025-03-15T18:00", None,
     "2025-03-10"),
    ("Footage from Saturday shows police beating protesters.", "Saturday", "DATE", "2025-03-08", None, "2025-03-10"),
    ("Data from Friday show a rise in cases.", "Friday", "DATE", "2025-03-07", None, "2025-03-10"),
    # negatives
    ("The latest figures are from Tuesday.", "Tuesday", "DATE", "2025-03-04", None, "2025-03-10"),
    ("The road was closed from Friday.", "Friday", "DATE", "2025-03-07", None, "2025-03-10"),
    ("Shares are down 3 percent from Tuesday.", "Tuesday", "DATE", "2025-03-04", None, "2025-03-10"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", FROM_TIME)
def test_time_after_from(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)
