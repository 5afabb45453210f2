"""Issue 11, eighth round: wire articles (tests/data/temporal_probe8, written for these tests, not taken from any
corpus, annotated before the tagger was run on them) and the fixes made after them, each with cases where the
reading must stay as it was.

Each gold expression must be found (a tagged span overlapping it: the TempEval relaxed match) with the gold
type and value; every tagged span must overlap a gold or an optional expression (no spurious spans). Cases
still failing are marked xfail with the reason.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

import timeline

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, found as _found, load  # noqa: E402
from timeline.temporal.codec import format_value, interval, parse
from timeline.temporal.timex import is_valid_value

DATA = Path(__file__).parent / "data" / "temporal_probe8"
ARTICLES = load(DATA)

_SINCE_THEN = ("'since then' was tagged (the story's time) and taken back: three spurious spans on the dev check "
               "half and none to gain on the tuned half, so TimeBank leaves it untagged ('until then', 'by then' "
               "are tagged)")
# (article, span, nth occurrence among that article's gold entries with this span) -> reason
XFAIL: dict[tuple[str, str, int], str] = {
    ("a_quake", "then", 1): _SINCE_THEN,
    ("i_fraud", "then", 1): _SINCE_THEN,
    # ("d_shooting", "11 p.m.", 1) passes since round 11: a report's day at the end of a sentence that told its event's
    # day keeps the story on the event's day (tagger._attribution_day), narrower than the rule dropped in round 8
    ("k_carmaker", "a year ago", 1): "'from a year ago' after a forecast quarter counts from the latest past story "
                                     "time, here the report's day, so it is the year (2024), not the quarter",
}


PROBE = ProbeSet(ARTICLES, XFAIL)


@pytest.mark.parametrize("name,start,end,type_,value", list(PROBE.gold_cases()))
def test_gold_expression_found_with_its_value(name, start, end, type_, value):
    hits = PROBE.hits(name, start, end)
    assert hits, f"missed {ARTICLES[name]['text'][start:end]!r}"
    if value is not None:
        got = {(t.type, t.value) for t in hits}
        assert (type_, value) in got, got


@pytest.mark.parametrize("name", list(ARTICLES))
def test_no_spurious_span(name):
    spurious = PROBE.spurious(name)
    assert not spurious, spurious


# 1. A clock time said in UTC or GMT carries Z (TIMEX3 guidelines, issue item 2); other zones stay out of the value
# as TimeBank writes them. Published Thursday 2024-09-26.
THU = "2024-09-26"


@pytest.mark.parametrize("sentence,span,value", [
    ("The rocket is due to lift off at 17:17 GMT on Saturday.", "17:17 GMT on Saturday", "2024-09-28T17:17Z"),
    ("A briefing is set for 0900 UTC on Friday.", "0900 UTC on Friday", "2024-09-27T09:00Z"),
    ("The ceasefire took hold at midnight GMT.", "midnight GMT", "2024-09-26T24:00Z"),
    ("Trading resumed at 09.30 GMT.", "09.30 GMT", "2024-09-26T09:30Z"),
    ("The index opened at 1330 Zulu.", "1330 Zulu", "2024-09-26T13:30Z"),
    # left as they were: other zones, local time, no zone
    ("Polls close at 8 p.m. EST.", "8 p.m. EST", "2024-09-26T20:00"),
    ("The market closed at 4 p.m. EDT.", "4 p.m. EDT", "2024-09-26T16:00"),
    ("The blast hit at 0630 local time.", "0630 local time", "2024-09-26T06:30"),
    ("The summit opens at 10:00 CET.", "10:00 CET", "2024-09-26T10:00"),
    # an offset after the zone is no UTC time (review finding 5)
    ("The talks end at 14:30 GMT+3.", "14:30 GMT", "2024-09-26T14:30"),
    ("The train left at 14:30.", "14:30", "2024-09-26T14:30"),
])
def test_utc_clock_times_carry_z(sentence, span, value):
    assert _found(sentence, THU).get(span) == ("TIME", value)


def test_utc_range_keeps_z_on_both_ends():
    found = _found("A curfew from 22:00 to 05:00 GMT was imposed.", THU)
    assert found.get("05:00 GMT") == ("TIME", "2024-09-27T05:00Z"), found


@pytest.mark.parametrize("value", ["2024-09-28T17:17Z", "2024-09-28T17Z", "2024-09-28T17:17:05Z", "2024-W39-6T09:00Z"])
def test_codec_round_trips_a_zone(value):
    assert format_value(parse(value)) == value
    assert is_valid_value("TIME", value)
    start, end, gran = interval(value)
    assert start is not None and end > start  # the clock as stated


@pytest.mark.parametrize("value", ["2024-09-28TMOZ", "2024-09-28Z", "2024-09Z", "2024-09-28T17:17+01:00"])
def test_codec_refuses_a_zone_without_a_clock(value):
    assert parse(value) is None


def test_zone_reaches_the_event_table():
    rows = timeline.extract("The rocket lifted off at 17:17 GMT on Saturday, NASA said.", pub_date=THU)
    row = rows[rows.timex_text == "17:17 GMT on Saturday"].iloc[0]
    assert row.timex_value == "2024-09-21T17:17Z"
    assert str(row.start) == "2024-09-21 17:17:00"


# 2. A year-back comparison counts from the period being reported, which is over: after a forecast or a plan an
# earlier sentence named, the story time still ahead is not its base ("the year-ago period" after "through the third
# quarter of next year"); a forecast year in the comparison's own sentence is ("expects 2025 sales to be 8% above
# year-earlier levels"), and a year named before it is the period reported (review findings 2 and 3).
@pytest.mark.parametrize("text,span,value,pub", [
    ("Third-quarter profit fell. Analysts expect losses through the third quarter of 2026. In the year-ago period, "
     "the company earned $10 million.", "the year-ago period", "2024-Q3", "2025-10-23"),
    ("Sales rose in the third quarter. The firm plans to open 50 stores in the second quarter of 2026. Profit was "
     "up 20% from a year ago.", "a year ago", "2024-Q3", "2025-10-23"),
    ("Last year catastrophe losses totaled $5 million. The year-earlier results have been restated.", "year-earlier",
     "2023", "2025-10-23"),
    ("Net income in 2023 rose to $5 million from $3 million in the year-earlier period.", "the year-earlier period",
     "2022", "2024-03-12"),
    ("The company earned $5 million last year, up from $4 million in the year-ago period.", "the year-ago period",
     "2022", "2024-02-15"),
    ("In 2023 exports fell 4% from year-earlier levels.", "year-earlier", "2022", "2024-03-12"),
    ("Sales rose 5% in the fourth quarter of 2023. The company expects 2025 sales to be 8% above year-earlier "
     "levels.", "year-earlier", "2024", "2024-03-12"),
    ("Sales fell 3% in the third quarter. For 2025, the firm forecast revenue 6% above year-earlier levels.",
     "year-earlier", "2024", "2024-10-20"),
    # left as they were: a comparison with a past period, "a year earlier" after a future year
    ("Profit in the third quarter of 2022 topped the year-ago quarter.", "the year-ago quarter", "2021-Q3",
     "2025-10-23"),
    ("The new plant opens in 2027, and the old one will close a year earlier.", "a year earlier", "2026",
     "2025-10-23"),
    ("Profit in the third quarter rose from $4 million a year earlier.", "a year earlier", "2024-Q3", "2025-10-23"),
])
def test_year_back_comparisons(text, span, value, pub):
    assert _found(text, pub).get(span) == ("DATE", value)


# 3. "until then", "by then": the story's time (TimeBank tags "Until then"); "since then" stays untagged (see
# _SINCE_THEN) and "then" alone is no time.
@pytest.mark.parametrize("text,value", [
    ("Conversion rights end on Nov. 30. Until then, the stock remains convertible.", "2025-11-30"),
    ("The mine will reopen in March 2026. Till then, workers get half pay.", "2026-03"),
    ("Troops left on Aug. 30, 2021. By then, the airport was shut.", "2021-08-30"),
])
def test_until_then(text, value):
    assert _found(text, "2025-10-23").get("then") == ("DATE", value)


@pytest.mark.parametrize("text", [
    "The plant closed in March 2020. Since then, output has fallen.",
    "He was arrested and then released.",
    "Until then-president Bush spoke, prices rose.",
    "Back then, nobody cared.",
    # review finding 4: "then" as an adjective before a title or an office; no story time to name
    "The law was signed by then President Barack Obama on Dec. 18, 2015.",
    "It was approved by then finance minister Paul Hale in 2019.",
    "Until then, he had never lost a final.",
])
def test_then_left_alone(text):
    assert "then" not in _found(text, "2025-10-23")


# 4. "fall" as a noun of falling is no season (lead finding 4a): after "a", a number, a percentage or an adjective,
# or before "in" and no number with no preposition of time before it; the season keeps its readings.
@pytest.mark.parametrize("text,expected", [
    ("She had been in declining health since a fall in 2019.", {"2019": ("DATE", "2019")}),
    ("Stocks suffered a sharp fall in prices.", {}),
    ("Markets recovered after a 5% fall.", {}),
    ("The fall in oil prices hurt exporters.", {}),
    ("He was hurt in a fall.", {}),
    # review finding 1: a time adjective before "fall" keeps the season
    ("Harvests were poor in early fall.", {"early fall": ("DATE", "2023-FA")}),
    ("The plant will reopen in late fall.", {"late fall": ("DATE", "2023-FA")}),
    # left as they were
    ("The vote is expected this fall.", {"this fall": ("DATE", "2023-FA")}),
    ("Leaves turn red in the fall.", {"the fall": ("DATE", "2023-FA")}),
    ("It happened in the fall in Ohio.", {"the fall": ("DATE", "2023-FA")}),
    ("Since the fall of 2019, prices rose.", {"the fall of 2019": ("DATE", "2019-FA")}),
    ("Talks resume in fall 2024.", {"fall 2024": ("DATE", "2024-FA")}),
])
def test_a_fall_is_no_season(text, expected):
    assert _found(text, "2023-09-26") == expected


# 5. Tense (lead findings 5a, 5b): a trailing attribution after a comma ("..., the company said on Thursday") does
# not outweigh the verb before the time, however far back it stands; a participle coordinated with a past perfect
# shares its "had". Published Friday 2024-04-05.
FRI = "2024-04-05"


@pytest.mark.parametrize("text,span,value", [
    ("OpenText will cut about 1,200 jobs by the end of its fiscal year in June, the software company said on "
     "Thursday.", "June", "2024-06"),
    ("He said the company had eliminated jobs and sold its unit in May.", "May", "2023-05"),
    # left as they were
    ("Prices fell in April, officials said.", "April", "2024-04"),
    ("In June, officials said.", "June", "2023-06"),
    ("He said the company had eliminated jobs and will sell its unit in May.", "May", "2024-05"),
    ("The company sold its unit in May.", "May", "2023-05"),
])
def test_tense_of_a_far_verb(text, span, value):
    assert _found(text, FRI).get(span) == ("DATE", value)


# 6. A weekday after a date, a comma and an article names the date's day (lead finding 2a), when the date falls on
# it; another weekday ("Oct. 3, the Friday before the holiday") is left as it was resolved.
@pytest.mark.parametrize("text,pub,value", [
    ("Boston will be held on April 15, the Monday of the Patriots' Day holiday.", "2024-03-08", "2024-04-15"),
    ("The vote is on Oct. 3, a Tuesday.", "2023-09-05", "2023-10-03"),
    ("The vote was on Oct. 3, 2023, a Tuesday.", "2025-11-05", "2023-10-03"),
    ("The fair opens on Oct. 3, the Friday before the holiday.", "2023-09-05", "2023-09-08"),
    ("The vote was on Oct. 3. A Tuesday was chosen.", "2023-11-05", "2023-10-31"),
])
def test_weekday_in_apposition_to_a_date(text, pub, value):
    found = {t.text.lower(): t.value for t in timeline.tag(text, pub_date=pub)}
    weekday = next(k for k in found if k in ("monday", "tuesday", "friday"))
    assert found[weekday] == value, found


# 7. A count of hours or minutes after a story clock time is a clock time counted from it, "later" included (lead
# finding 1a, 3a); a bare dawn or morning after a late story clock time is the next day's (1b). With no story clock
# the count stays a DURATION.
@pytest.mark.parametrize("text,pub,expected", [
    ("The ferry left the port at 9:30 p.m. Thursday and struck a reef about four hours later. Rescuers pulled 180 "
     "people from the water by dawn.", "2023-06-18",
     {"about four hours later": ("TIME", "2023-06-16T01:30"), "dawn": ("TIME", "2023-06-16TMO")}),
    ("The men were handed over shortly before noon and crossed into Israel about an hour later.", "2025-02-08",
     {"about an hour later": ("TIME", "2025-02-08T13:00")}),
    ("The blast came at 1430 GMT. Thirty minutes earlier, police had cleared the square.", "2023-02-14",
     {"Thirty minutes earlier": ("TIME", "2023-02-14T14:00Z")}),
    ("Crews arrived at 10 p.m. Friday. By dawn, the fire was out.", "2023-02-14", {"dawn": ("TIME", "2023-02-11TMO")}),
    # left as they were
    ("He was arrested two hours later.", "2023-02-14", {"two hours": ("DURATION", "PT2H")}),
    ("The vote ended on Monday. Two hours later, the count began.", "2023-02-14",
     {"Two hours": ("DURATION", "PT2H")}),
    ("Crews arrived at 9 a.m. Friday. By dawn, the fire was out.", "2023-02-14", {"dawn": ("TIME", "2023-02-10TMO")}),
    ("Crews will arrive at 10 p.m. Friday. This morning the fire flared.", "2023-02-14",
     {"This morning": ("TIME", "2023-02-14TMO")}),
])
def test_counts_after_a_story_clock(text, pub, expected):
    found = _found(text, pub)
    assert {k: found.get(k) for k in expected} == expected, found


# 8. A match's half is no calendar half (lead finding 7a): words of a match in the sentence ("scored", "the 12th
# minute", "sent off") veto a bare "the second half"; a half with its year, or business copy, keeps it.
@pytest.mark.parametrize("text,expected", [
    ("Bukayo Saka scored in the 12th minute and Declan Rice added a second early in the second half.", {}),
    ("The striker was sent off in the first half.", {}),
    # left as they were
    ("Profit will rise in the second half.", {"the second half": ("DATE", "2026-H2")}),
    ("The goal is to lift sales in the second half.", {"the second half": ("DATE", "2026-H2")}),
    ("He scored in 2019 and in the first half of 2020.", {"2019": ("DATE", "2019"),
                                                         "the first half of 2020": ("DATE", "2020-H1")}),
])
def test_match_half_is_no_calendar_half(text, expected):
    assert _found(text, "2026-05-17") == expected


# 9. A quarter said with the day it ended is a fiscal quarter when that day is not its calendar end (issue 11
# leftover): the value stays the quarter the words name (TIMEX3 has no fiscal value; TimeBank writes "the
# fiscal-first quarter" 1989-Q1), the interval is the three months ending that day, and "a year earlier" counted
# from it moves with it.
@pytest.mark.parametrize("text,pub,span,value,start,end", [
    ("Revenue rose to $10.7 billion in the first quarter ended Aug. 31 from $9.95 billion a year earlier.",
     "2019-09-26", "the first quarter", "2019-Q1", "2019-06-01", "2019-09-01"),
    ("Revenue rose to $10.7 billion in the first quarter ended Aug. 31 from $9.95 billion a year earlier.",
     "2019-09-26", "a year earlier", "2018-Q1", "2018-06-01", "2018-09-01"),
    ("Profit fell in the fiscal second quarter ended Dec. 28.", "2020-01-26", "the fiscal second quarter",
     "2019-Q2", "2019-09-29", "2019-12-29"),
    # a quarter the words do not name: the calendar quarter holding most of it
    ("In the quarter ended July 31, the retailer had a loss.", "1989-10-30", "the quarter", "1989-Q2", "1989-05-01",
     "1989-08-01"),
    # left as they were: the calendar quarter, no end day
    ("Profit rose in the third quarter ended Sept. 30.", "2019-10-26", "the third quarter", "2019-Q3", "2019-07-01",
     "2019-10-01"),
    ("Profit rose in the first quarter.", "2019-09-26", "the first quarter", "2019-Q1", "2019-01-01", "2019-04-01"),
])
def test_fiscal_quarter_interval(text, pub, span, value, start, end):
    t = next(t for t in timeline.tag(text, pub_date=pub) if t.text == span)
    assert (t.value, str(t.interval_start.date()), str(t.interval_end.date())) == (value, start, end)


def test_fiscal_quarter_reaches_the_event_table():
    rows = timeline.extract("Harbor Athletic said revenue rose in the first quarter ended Aug. 31.", pub_date="2019-09-26")
    row = rows[rows.timex_text == "the first quarter"].iloc[0]
    assert (str(row.start.date()), str(row.end.date())) == ("2019-06-01", "2019-09-01")


# 10. A year that opens its sentence ("In 2019, ...") frames the months and days the sentence names without a year;
# one that states its year, a weekday, and the next sentence are left alone.
@pytest.mark.parametrize("text,expected", [
    ("In 2019, a similar heatwave broke in mid-June when the monsoon reached the capital.",
     {"mid-June": ("DATE", "2019-06")}),
    ("Prices rose. In 2019, sales fell in March and rose in May 2020.",
     {"March": ("DATE", "2019-03"), "May 2020": ("DATE", "2020-05")}),
    # left as they were
    ("In 2019, the firm said on Tuesday it would close.", {"Tuesday": ("DATE", "2022-05-03")}),
    ("They met in 2019, and in June they married.", {"June": ("DATE", "2021-06")}),
    ("In 2019, prices fell. In June, they rose.", {"June": ("DATE", "2021-06")}),
])
def test_fronted_year_frames_its_sentence(text, expected):
    found = _found(text, "2022-05-05")
    assert {k: found.get(k) for k in expected} == expected, found


# 11. Second review (regressions on ordinary copy and crashes), each kept as a case.
@pytest.mark.parametrize("text,pub,expected", [
    # no shift: a delay, a length, a place in a period
    ("The plane landed at 3 p.m. on Friday, two hours later than scheduled.", "2024-03-12",
     {"two hours": ("DURATION", "PT2H")}),
    ("Trading resumed at 11 a.m. on Tuesday. It had been halted for 15 minutes earlier in the session.", "2024-03-12",
     {"15 minutes": ("DURATION", "PT15M")}),
    # a morning told in the past perfect or after "since" lies before the story's clock time
    ("The ceasefire took effect at 6 p.m. on Friday. Fighting had raged since dawn.", "2024-03-12",
     {"dawn": ("TIME", "2024-03-08TMO")}),
    ("Police were called at 11 p.m. on Saturday. Neighbours said they had heard shots at dawn.", "2024-03-12",
     {"dawn": ("TIME", "2024-03-09TMO")}),
    # a fronted year's frame ends at an attribution, a semicolon or "but", and leaves a time the tense put ahead
    ("In 2023, the carmaker sold 1.2 million vehicles, it said in a report released on Jan. 15.", "2024-01-20",
     {"Jan. 15": ("DATE", "2024-01-15")}),
    ("In 2019, the firm opened its first store; it will open another in March.", "2024-01-20",
     {"March": ("DATE", "2024-03")}),
    ("In 2022, the company lost $3 million, but it says it will break even by December.", "2024-01-20",
     {"December": ("DATE", "2024-12")}),
    # business halves keep their year; only scoring words make a match's half
    ("The company met its sales goals in the second half, it said.", "2023-09-05",
     {"the second half": ("DATE", "2023-H2")}),
    ("Management agreed at the last minute to sell the unit, which lost money in the first half.", "2024-09-12",
     {"the first half": ("DATE", "2024-H1")}),
])
def test_second_review_cases(text, pub, expected):
    found = _found(text, pub)
    assert {k: found.get(k) for k in expected} == expected, found


def test_a_strike_ended_on_a_day_is_no_fiscal_quarter():
    t = next(t for t in timeline.tag("A strike that began in the second quarter ended on May 15, the company said.",
                                     pub_date="2024-08-01") if t.text == "the second quarter")
    assert (str(t.interval_start.date()), str(t.interval_end.date())) == ("2024-04-01", "2024-07-01")


@pytest.mark.parametrize("text", [
    "He left at 11:30 p.m. and arrived two hours later.",
    "The fire broke out at 11 p.m. Crews had it under control by dawn.",
    "The quarter ended Dec. 31, 9999.",
    "The first quarter ended Jan. 31.",
    "In 2019, sales fell in March.",
    "Bukayo Saka scored in the 12th minute and Rice added a second early in the second half.",
    "Talks resume on Oct. 3. Until then, the truce holds.",
    "On April 15, the Monday of the holiday, it opens.",
])
@pytest.mark.parametrize("pub", [dt.date(1, 1, 1), dt.date(1, 3, 1), dt.date(9999, 12, 31)])
def test_post_resolve_passes_at_the_calendar_ends(text, pub):
    timeline.tag(text, pub_date=pub)  # no error: the document is kept


def test_then_after_an_office_word_is_kept_for_other_nouns():
    found = _found("The troops left on Aug. 30. By then police had sealed off the area.", "2024-01-20")
    assert found.get("then") == ("DATE", "2023-08-30"), found
