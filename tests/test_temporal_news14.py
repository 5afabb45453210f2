"""Issue 11, fourteenth round: the regressions and limits the last round's reviewer and lead found, each written as a
test before its fix, with cases where the reading must stay as it was; and tests/data/temporal_probe14 (eight news
texts written for these tests, annotated and committed before the tagger ran on them)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, load  # noqa: E402
from test_temporal_news3 import _check  # noqa: E402  (one set of probe helpers)

import timeline  # noqa: E402

DATA = Path(__file__).parent / "data" / "temporal_probe14"
ARTICLES = load(DATA)
_BRACKETED = ("a clock time restated in brackets with four digits ('(0930 GMT)') stays untagged: round 14 tagged it right "
              "after a clock time (UTC zones only) and dropped it when the dev check half gained an unmatched span and "
              "blind set 9's value F1 fell below its floor, as in rounds 5 and 11")
# (article, span, nth occurrence among that article's gold entries with this span) -> reason
XFAIL: dict[tuple[str, str, int], str] = {
    ("d_exchange_outage", "0930 GMT", 1): _BRACKETED,
    ("d_exchange_outage", "1215 GMT", 1): _BRACKETED,
    ("d_exchange_outage", "0800 GMT", 1): _BRACKETED,
    ("h_food_results", "1940 GMT", 1): _BRACKETED,
}
PROBE = ProbeSet(ARTICLES, XFAIL)


@pytest.mark.parametrize("name,start,end,type_,value", list(PROBE.gold_cases()))
def test_probe14_gold_expression_found_with_its_value(name, start, end, type_, value):
    hits = PROBE.hits(name, start, end)
    assert hits, f"missed {ARTICLES[name]['text'][start:end]!r}"
    got = {(t.type, t.value) for t in hits}
    assert (type_, value) in got, got


# The set's figures: first run (commit 07acd20, before this round's rule changes) 58 of 65 gold expressions found, 54
# right (type and value), no spurious span; after it 61 found, 61 right (the four bracketed GMT times left: XFAIL).
# Floors at the end figures.
FLOOR_FOUND, FLOOR_RIGHT = 61, 61


def test_probe14_floor():
    found, right = PROBE.found_and_right()
    assert found >= FLOOR_FOUND and right >= FLOOR_RIGHT, (found, right)


@pytest.mark.parametrize("name", list(ARTICLES))
def test_probe14_no_spurious_span(name):
    spurious = PROBE.spurious(name)
    assert not spurious, spurious


# 1. A bare season after "for" in a clause told in the present ("Plans for the spring are still being drawn up", "The
# hotel is booked out for the autumn", "The stadium is closed for the winter") is the season not yet over (was: the
# present participle read as a past, the season gone by: the spring said in June was this year's). A past clause, a
# perfect and a measured result keep the season that has begun.
FOR_SEASON_PRESENT = [
    ("Plans for the spring are still being drawn up.", "the spring", "DATE", "2025-SP", None, "2024-06-20"),
    ("The hotel is booked out for the autumn.", "the autumn", "DATE", "2024-FA", None, "2024-06-20"),
    ("The stadium is closed for the winter while the pitch is relaid.", "the winter", "DATE", "2024-WI", None,
     "2024-10-09"),
    ("Ski resorts are hiring extra staff for the winter.", "the winter", "DATE", "2024-WI", None, "2024-06-20"),
    ("Water restrictions are in force for the summer in three counties.", "the summer", "DATE", "2025-SU", None,
     "2025-06-05"),
    # negatives
    ("Bookings were weak for the winter.", "the winter", "DATE", "2023-WI", None, "2024-06-20"),
    ("The team trained in Spain for the spring.", "the spring", "DATE", "2024-SP", None, "2024-06-20"),
    ("Sales are up 4 percent for the spring.", "the spring", "DATE", "2024-SP", None, "2024-06-20"),
    ("Sales have fallen for the winter.", "the winter", "DATE", "2023-WI", None, "2024-06-20"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", FOR_SEASON_PRESENT)
def test_season_after_for_in_a_present_clause(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 2. A time dating the noun after "comes after" / "follows" takes the tense of its clause: a future one looks ahead
# ("The ruling will come after Thursday's hearing"), and a present relative clause takes its main clause's ("The
# final vote, which comes after Monday's debate, is expected on Tuesday", said on a Wednesday, is the Monday ahead;
# was: the Monday gone by). A past or present main clause keeps what the present follows behind the report.
SEQUEL_CLAUSE = [
    ("The final vote, which comes after Monday's debate, is expected on Tuesday.", "Monday", "DATE", "2025-06-16",
     None, "2025-06-11"),
    ("Its decision, which comes after Friday's hearing, will be announced on Tuesday.", "Friday", "DATE",
     "2024-10-11", None, "2024-10-09"),
    ("The ruling will come after Thursday's hearing.", "Thursday", "DATE", "2024-10-10", None, "2024-10-09"),
    # negatives
    ("The suspension, which follows Sunday's incident, was confirmed on Tuesday.", "Sunday", "DATE", "2024-10-06",
     None, "2024-10-09"),
    ("The sale, which follows Monday's vote, is a blow to the unions.", "Monday", "DATE", "2024-10-07", None,
     "2024-10-09"),
    ("The appeal came after Saturday's defeat at Leeds.", "Saturday", "DATE", "2024-10-05", None, "2024-10-09"),
    ("The decision comes after Monday's vote in parliament.", "Monday", "DATE", "2024-10-07", None, "2024-10-09"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", SEQUEL_CLAUSE)
def test_sequel_takes_its_clause_tense(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


def test_sequel_takes_its_clause_tense_when_parsed():
    df = timeline.extract("The final vote, which comes after Monday's debate, is expected on Tuesday.",
                          pub_date="2025-06-11")
    assert dict(zip(df.timex_text, df.timex_value)) == {"Monday": "2025-06-16", "Tuesday": "2025-06-17"}


# 3. "within hours of the attack", "Within weeks of the 2019 vote": how soon after an event, a duration of unknown
# length as "within hours" is (was: no timex; "of" vetoed the bare plural as a noun's). In past narration it counts
# from the story's event, not from the publication date: no row interval from the report. "years of data", "for
# years of talks" stay untagged.
WITHIN_OF = [
    ("Police said they had arrested a man within hours of the attack on May 3.", "hours", "DURATION", "PTXH", None,
     "2023-05-09"),
    ("Within weeks of the 2019 vote, the governing party split in two.", "weeks", "DURATION", "PXW", None,
     "2025-06-11"),
    ("The start-up collapsed within months of its listing.", "months", "DURATION", "PXM", None, "2025-06-11"),
    ("Within days of taking office, she fired the board.", "days", "DURATION", "PXD", None, "2025-06-11"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", WITHIN_OF)
def test_within_a_stretch_of_an_event(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["It was the best result in years of data.", "Talks dragged on for years of stalemate.",
                                      "The rule applies within 30 days of notice."])
def test_no_bare_plural_before_of(sentence):
    assert not {t.text for t in timeline.tag(sentence, pub_date="2025-06-11")} & {"years", "days"}


@pytest.mark.parametrize("sentence", ["Police said they had arrested a man within hours of the attack on May 3.",
                                      "Health officials said they had traced the source within hours of the first "
                                      "case being reported.",
                                      "Within weeks of the 2019 vote, the governing party broke up."])
def test_within_of_in_past_narration_is_not_counted_from_the_report(sentence):
    df = timeline.extract(sentence, pub_date="2023-05-09")
    rows = df[df.timex_value.isin(["PTXH", "PXW", "PXD", "PXM"])]
    assert not any(str(s)[:10] == "2023-05-09" for s in rows.start), rows[["timex_text", "start", "end"]]


# 4. A clock time restated in brackets in another zone ("at 10:30 a.m. (0930 GMT)"): the lead asked for both tagged, the
# GMT one with its Z. Tried in this round right after a clock time, UTC zones only, and dropped (XFAIL below): the dev
# check half gained an unmatched span and blind set 9's value F1 fell below its floor (0.9461 < 0.948), as in rounds 5
# and 11; the dev corpus leaves the four-digit restatement untagged. Kept: a UTC restatement the tagger does take
# (written with a colon, "(23:30 GMT)") is on the day the two clocks' offset puts it on, which may be the local day's
# neighbour (clock_days._restated_across_midnight; was: the local day).
_DROPPED_CLOCK = pytest.mark.xfail(strict=True, reason=_BRACKETED)
BRACKETED_CLOCK = [
    pytest.param("Trading was halted on Thursday at 10:30 a.m. (0930 GMT).", "0930 GMT", "TIME", "2024-03-14T09:30Z",
                 None, "2024-03-14", marks=_DROPPED_CLOCK),
    pytest.param("Its shares rose 3 percent at 2:40 p.m. (1940 GMT).", "1940 GMT", "TIME", "2024-12-19T19:40Z", None,
                 "2024-12-19", marks=_DROPPED_CLOCK),
    ("Trading was halted on Thursday at 10:30 a.m. (0930 GMT).", "10:30 a.m.", "TIME", "2024-03-14T10:30", None,
     "2024-03-14"),
    ("The quake struck early on Thursday at 1:30 a.m. (23:30 GMT).", "23:30 GMT", "TIME", "2024-03-13T23:30Z", None,
     "2024-03-14"),
    ("The rocket lifted off at 10:45 p.m. Wednesday (02:45 GMT).", "02:45 GMT", "TIME", "2024-03-14T02:45Z", None,
     "2024-03-14"),
    # negatives: no midnight between them, and a restatement that names its own day keeps it
    ("Trading was halted on Thursday at 10:30 a.m. (09:30 GMT).", "09:30 GMT", "TIME", "2024-03-14T09:30Z", None,
     "2024-03-14"),
    ("The plane landed at 11 p.m. Wednesday (03:00 GMT Thursday).", "03:00 GMT Thursday", "TIME", "2024-03-14T03:00Z",
     None, "2024-03-14"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", BRACKETED_CLOCK)
def test_bracketed_clock_restatement(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["Rebels attacked the town on Thursday (0600 GMT).",
                                      "The count stood at 5 p.m. (1430 votes)."])
def test_no_bracketed_clock_without_a_clock_before(sentence):
    assert not any(t.text[:2] in ("06", "14") for t in timeline.tag(sentence, pub_date="2024-03-14"))


# 5. "the quarter that ended on Nov. 30" keeps the calendar quarter holding most of it (2024-Q4) as its value, its
# interval the three months to Nov. 30 (fiscal.py). Left as it is: TIMEX3's value grammar has no fiscal or
# non-calendar period (the "FY1999" prefix is TIDES TIMEX2's, not TimeML's), a month range is no single value, and
# TimeBank writes such quarters with the calendar label (1989-Q2 for May to July); tests/test_temporal_news13.py
# FISCAL_ENDS holds the value and its year-back comparison. Here the interval:
def test_non_calendar_quarter_keeps_its_months():
    import datetime as dt
    t = next(t for t in timeline.tag("Net income fell in the quarter that ended on Nov. 30.", pub_date="2024-12-19")
             if t.text == "the quarter")
    assert (t.value, t.interval_start, t.interval_end) == ("2024-Q4", dt.datetime(2024, 9, 1), dt.datetime(2024, 12, 1))
