"""Issue 11, eighth round: wire articles (tests/data/temporal_probe8, written for these tests, not taken from any
corpus, annotated before the tagger was run on them) and the fixes made after them, each with cases where the
reading must stay as it was.

Each gold expression must be found (a tagged span overlapping it: the TempEval relaxed match) with the gold
type and value; every tagged span must overlap a gold or an optional expression (no spurious spans). Cases
still failing are marked xfail with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import timeline
from timeline.temporal.codec import format_value, interval, parse
from timeline.temporal.timex import is_valid_value

DATA = Path(__file__).parent / "data" / "temporal_probe8"
ARTICLES = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*.json"))}

_SINCE_THEN = ("'since then' was tagged (the story's time) and taken back: three spurious spans on the dev check "
               "half and none to gain on the tuned half, so TimeBank leaves it untagged ('until then', 'by then' "
               "are tagged)")
# (article, span, nth occurrence among that article's gold entries with this span) -> reason
XFAIL: dict[tuple[str, str, int], str] = {
    ("a_quake", "about nine hours later", 1): "a count of hours after a story clock time stays the DURATION "
                                              "('about nine hours'): the story time keeps a day, not a clock",
    ("a_quake", "then", 1): _SINCE_THEN,
    ("i_fraud", "then", 1): _SINCE_THEN,
    ("d_shooting", "11 p.m.", 1): "a day that dates a report ('police said Sunday') stays the story's day for a "
                                  "later bare clock time: tried and dropped (the dev check half lost a value and "
                                  "blind set 6's event floor failed: a clock time after a report is as often the "
                                  "report day's news)",
    ("j_heat", "March", 1): "a bare month as a clause's subject ('said March was the hottest') has no temporal "
                            "preposition and is vetoed like a name",
    ("j_heat", "mid-June", 1): "a month after a fronted year ('In 2019, a similar heatwave broke in mid-June') "
                               "takes the year the tense picks, not the sentence's",
    ("k_carmaker", "a year ago", 1): "'from a year ago' after a forecast quarter counts from the latest past story "
                                     "time, here the report's day, so it is the year (2024), not the quarter",
}


def _gold_offsets(article: dict) -> list[tuple[int, int, str, str | None, int]]:
    """The gold entries with their character offsets, found in text order."""
    out, pos, seen = [], 0, {}
    for span, type_, value in article["gold"]:
        start = article["text"].index(span, pos)
        pos = start + len(span)
        seen[span] = seen.get(span, 0) + 1
        out.append((start, pos, type_, value, seen[span]))
    return out


def _optional_offsets(article: dict) -> list[tuple[int, int]]:
    text, out = article["text"], []
    for span in article["optional"]:
        start = text.find(span)
        while start >= 0:
            out.append((start, start + len(span)))
            start = text.find(span, start + 1)
    return out


_TAGGED: dict[str, list] = {}


def _tagged(name: str) -> list:
    if name not in _TAGGED:
        art = ARTICLES[name]
        _TAGGED[name] = list(timeline.tag(art["text"], pub_date=art["pub"]))
    return _TAGGED[name]


def _gold_cases():
    for name, art in ARTICLES.items():
        for start, end, type_, value, nth in _gold_offsets(art):
            span = art["text"][start:end]
            reason = XFAIL.get((name, span, nth))
            marks = (pytest.mark.xfail(reason=reason, strict=True),) if reason else ()
            yield pytest.param(name, start, end, type_, value, marks=marks, id=f"{name}-{span}-{nth}")


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


@pytest.mark.parametrize("name,start,end,type_,value", list(_gold_cases()))
def test_gold_expression_found_with_its_value(name, start, end, type_, value):
    hits = [t for t in _tagged(name) if _overlaps(t.start, t.end, start, end)]
    assert hits, f"missed {ARTICLES[name]['text'][start:end]!r}"
    if value is not None:
        got = {(t.type, t.value) for t in hits}
        assert (type_, value) in got, got


@pytest.mark.parametrize("name", list(ARTICLES))
def test_no_spurious_span(name):
    art = ARTICLES[name]
    allowed = [(s, e) for s, e, *_ in _gold_offsets(art)] + _optional_offsets(art)
    spurious = [(t.text, t.value) for t in _tagged(name)
                if not any(_overlaps(t.start, t.end, s, e) for s, e in allowed)]
    assert not spurious, spurious


def _found(sentence: str, pub: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in timeline.tag(sentence, pub_date=pub)}


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


# 2. A year-back comparison counts from the period being reported, which is over: after a forecast or a plan the
# story time still ahead is not its base ("the year-ago period" after "through the third quarter of next year"), and
# after "last year" a "year-earlier" adjective is that same year, not the one before it.
@pytest.mark.parametrize("text,span,value,pub", [
    ("Third-quarter profit fell. Analysts expect losses through the third quarter of 2026. In the year-ago period, "
     "the company earned $10 million.", "the year-ago period", "2024-Q3", "2025-10-23"),
    ("Sales rose in the third quarter. The firm plans to open 50 stores in the second quarter of 2026. Profit was "
     "up 20% from a year ago.", "a year ago", "2024-Q3", "2025-10-23"),
    ("Last year catastrophe losses totaled $5 million. The year-earlier results have been restated.", "year-earlier",
     "2024", "2025-10-23"),
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
    # left as they were
    ("The vote is expected this fall.", {"this fall": ("DATE", "2023-FA")}),
    ("Leaves turn red in the fall.", {"the fall": ("DATE", "2023-FA")}),
    ("It happened in the fall in Ohio.", {"the fall": ("DATE", "2023-FA")}),
    ("Since the fall of 2019, prices rose.", {"the fall of 2019": ("DATE", "2019-FA")}),
    ("Talks resume in fall 2024.", {"fall 2024": ("DATE", "2024-FA")}),
])
def test_a_fall_is_no_season(text, expected):
    assert _found(text, "2023-09-26") == expected
