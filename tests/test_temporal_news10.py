"""Issue 11, tenth round: articles of tests/data/temporal_probe10 (wire and newspaper copy written for these tests, not
taken from any corpus, annotated before the tagger was run on them) and the fixes made after them, each with cases
where the reading must stay as it was.

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
from temporal_probe import ProbeSet, found as _found, load  # noqa: E402

DATA = Path(__file__).parent / "data" / "temporal_probe10"
ARTICLES = load(DATA)

# (article, span, nth occurrence among that article's gold entries with this span) -> reason
XFAIL: dict[tuple[str, str, int], str] = {
    ("e_storm", "the weekend", 1): "'ordered schools closed through the weekend' on Wednesday: the past verb picks the "
                                   "weekend before; reading an order's 'through' forward was tried and reverted (a past "
                                   "order's end counts from the order, which may lie weeks back: reviewer 2, R2-3)",
    ("b_election", "7 a.m.", 1): "'were open from 7 a.m. to 10 p.m.' takes the story's last day, Friday (the sentence "
                                 "before: 'told supporters on Friday'); only the election's day makes it Saturday",
    ("b_election", "10 p.m.", 1): "as '7 a.m.' before it",
    ("h_holiday", "autumn", 1): "a bare season after an adjective ('after a weak autumn') is not tagged",
}

PROBE = ProbeSet(ARTICLES, XFAIL)


@pytest.mark.parametrize("name,start,end,type_,value", list(PROBE.gold_cases()))
def test_gold_expression_found_with_its_value(name, start, end, type_, value):
    hits = PROBE.hits(name, start, end)
    assert hits, f"missed {ARTICLES[name]['text'][start:end]!r}"
    if value is not None:
        got = {(t.type, t.value) for t in hits}
        assert (type_, value) in got, got


# The set's figures over all its articles, held at what the tagger reaches: first run (before this round's fixes,
# with the f_rates dateline optional) 101 of 105 gold expressions found, 83 of the 93 with a value right (type and
# value), 2 spurious spans; after it 103 found, 87 right, 1 spurious ("now", see SPURIOUS_XFAIL); 86 right after the
# order rule was reverted on reviewer 2's cases (R2-3: "ordered schools closed through the weekend").
FLOOR_FOUND, FLOOR_RIGHT = 104, 89


def test_probe_set_floor():
    found, right = PROBE.found_and_right()
    assert found >= FLOOR_FOUND and right >= FLOOR_RIGHT, (found, right)


SPURIOUS_XFAIL = {
    "d_profit": "'Kaito now expects': 'now' is tagged PRESENT_REF as TimeBank mostly does; the annotation left it out",
}


@pytest.mark.parametrize("name", [pytest.param(n, marks=(pytest.mark.xfail(reason=SPURIOUS_XFAIL[n], strict=True),)
                                               if n in SPURIOUS_XFAIL else ()) for n in ARTICLES])
def test_no_spurious_span(name):
    spurious = PROBE.spurious(name)
    assert not spurious, spurious


# 1. "overnight" inside a sentence whose wire attribution names the report's day after it ("struck ... overnight,
# officials said on Tuesday") is the night before that day. Without such a day, or as a figure of speech, it stays
# untagged (a night after a past event verb alone was dropped in round 7: spurious spans on the dev check half).
# Published Tuesday 2026-04-14.
TUE = "2026-04-14"


@pytest.mark.parametrize("sentence,span,value", [
    ("Drones struck power plants overnight, forcing cuts that lasted hours, officials said on Tuesday.", "overnight",
     "2026-04-13TNI"),
    ("Rebels shelled the town overnight, the army said Monday.", "overnight", "2026-04-12TNI"),
    ("Storms cut power to 40,000 homes overnight, the utility reported on Sunday.", "overnight", "2026-04-11TNI"),
])
def test_overnight_before_the_reported_day(sentence, span, value):
    assert _found(sentence, TUE).get(span) == ("TIME", value)


@pytest.mark.parametrize("sentence", [
    "Peace will not come overnight, the envoy said on Monday.",
    "Drones struck power plants overnight.",
    "He was kept in hospital overnight.",
    "The overnight rate rose, traders said on Tuesday.",
    "Prices nearly doubled overnight, dealers said on Monday.",
])
def test_overnight_left_alone(sentence):
    assert "overnight" not in _found(sentence, TUE)


# 2. A verb spelt the same in the past and the plain form ("forecast", "set", "cut"), tagged present, is a past when
# its subject is in the third person singular ("it forecast in May": the present would be "forecasts"); with a plural
# subject it stays without a tense ("Analysts forecast a rebound in May" may be a forecast for next May).
# Published Wednesday 2023-11-22.
WED = "2023-11-22"


@pytest.mark.parametrize("sentence,span,value", [
    ("Kaito now expects operating profit of 310 billion yen for the year ending in March, up from the 270 billion yen "
     "it forecast in May.", "May", "2023-05"),
    ("Sales beat the target it set in May.", "May", "2023-05"),
    ("The firms cut prices in May.", "May", "2023-05"),
    # left as they were: a plural subject, and a plain present
    ("Analysts forecast a rebound in May.", "May", "2024-05"),
    ("Protests spread on Monday.", "Monday", "2023-11-20"),
])
def test_same_form_verb_with_a_singular_subject_is_past(sentence, span, value):
    assert _found(sentence, WED).get(span) == ("DATE", value)


# 3. A match's half: the words of a match (a goal, half-time, stoppage time, a 25th-minute header) in the paragraph
# before a quote make its "the first half" the match's, no date; a business figure in the sentence, or only the
# business sense of "a goal" before it, keeps a half-year. Published Sunday 2024-10-20.
SUN = "2024-10-20"


@pytest.mark.parametrize("text", [
    "Sunderland had led at half-time through a 25th-minute header. The win lifts Leeds to second. \"We were poor in "
    "the first half,\" the manager said.",
    "Piroe scored four minutes into stoppage time. \"The second half was much better,\" Farke said.",
])
def test_match_half_after_a_match_paragraph_is_no_date(text):
    assert not [t for t in timeline.tag(text, pub_date=SUN) if "half" in t.text]


@pytest.mark.parametrize("text,span,value", [
    ("The striker was injured. Sales in the second half fell 3%.", "the second half", "2024-H2"),
    ("The firm set a goal of cutting costs by a fifth. It expects to return to growth in the second half.",
     "the second half", "2024-H2"),
    ("Output fell in the first half.", "the first half", "2024-H1"),
])
def test_business_half_stays_a_date(text, span, value):
    assert _found(text, SUN).get(span) == ("DATE", value)


# 4. Without a parse the time's verb is the nearest one; a gerund right after a preposition after the time ("peak in
# the third quarter before easing back") opens an event of its own and is passed over for the verb before the time.
# Published Thursday 2025-05-08.
THU = "2025-05-08"


@pytest.mark.parametrize("sentence,span,value", [
    ("Inflation is expected to peak at 3.7% in the third quarter before easing back towards the 2% target in 2027, "
     "the bank said.", "the third quarter", "2025-Q3"),
    ("The bank will hold rates in June before cutting again.", "June", "2025-06"),
    # left as they were: a past verb before the time, and a gerund alone after it
    ("Shares rose 3% on Monday before falling back.", "Monday", "2025-05-05"),
    ("He resigned in March after losing the vote.", "March", "2025-03"),
])
def test_gerund_after_a_preposition_is_not_the_times_verb(sentence, span, value):
    assert _found(sentence, THU).get(span) == ("DATE", value)


# 6. Reading "ordered schools closed through the weekend" forward (an order's state lasting up to a time, as after
# "postponed until") was tried and reverted (reviewer 2, R2-3): a past order's "until Sunday" counts from the order,
# which may lie weeks back ("Last week the mayor ordered bars shut until Sunday"). These keep their readings.
THU_JUL = "2023-07-27"


@pytest.mark.parametrize("sentence,pub,span,value", [
    ("Last week the mayor ordered bars shut until Sunday.", "2023-06-15", "Sunday", "2023-06-11"),
    ("The mayor ordered the park closed until Sunday after a shooting there on Oct. 1.", "2022-10-13", "Sunday",
     "2022-10-09"),
    ("Two weeks ago, officials declared the bridge closed until Monday.", "2022-10-13", "Monday", "2022-10-10"),
    ("The road was closed until Friday.", THU_JUL, "Friday", "2023-07-21"),
    ("The strike lasted until Friday.", THU_JUL, "Friday", "2023-07-21"),
])
def test_a_past_order_until_a_day_keeps_its_past(sentence, pub, span, value):
    assert _found(sentence, pub).get(span)[1] == value


# 7. "most recently" (or "more recently") right before another time ("most recently last year", "most recently in
# 2019") says which event that time dates: no PAST_REF of its own beside it. Alone, or before a count, it stays.
# Published Monday 2024-12-16.
MON = "2024-12-16"


@pytest.mark.parametrize("sentence,times", [
    ("Djokovic had won the title 10 times, most recently last year.", {"last year": "2023"}),
    ("He has won it twice, most recently in 2019.", {"2019": "2019"}),
    ("Prices rose three times, most recently on Dec. 3.", {"Dec. 3": "2024-12-03"}),
    # left as they were
    ("Prices have risen most recently.", {"most recently": "PAST_REF"}),
    ("Most recently, 300 workers quit.", {"Most recently": "PAST_REF"}),
    ("More recently, the group has grown.", {"More recently": "PAST_REF"}),
])
def test_most_recently_before_a_time_is_no_timex(sentence, times):
    assert {t: v for t, (_, v) in _found(sentence, MON).items()} == times


# 8. An event noun set up as still to come ("paving the way for an early election on Feb. 23", "set the stage for
# talks in March") is dated ahead of the report whatever the tense of the verb that set it up; the same noun and date
# without the frame keep the tense's reading. Published Monday 2024-12-16.


@pytest.mark.parametrize("sentence,span,value", [
    ("German Chancellor Olaf Scholz lost a confidence vote in parliament on Monday, paving the way for an early "
     "election on Feb. 23.", "Feb. 23", "2025-02-23"),
    ("The vote paved the way for talks in March.", "March", "2025-03"),
    ("The ruling cleared the ground for a new trial in February.", "February", "2025-02"),
    # left as they were
    ("The election on Feb. 23 was won by the CDU.", "Feb. 23", "2024-02-23"),
    ("He voted for the bill in March.", "March", "2024-03"),
    ("Markets fell ahead of the central bank meeting in October.", "October", "2024-10"),
])
def test_event_set_up_to_come_lies_ahead(sentence, span, value):
    assert _found(sentence, MON).get(span)[1] == value


# 9. A range of clock times across midnight with no day named ("between 11 p.m. and 5 a.m.") told in the past is the
# night that ended on the publication day when the verb before it is a past form: the start moves back a day; told
# ahead, as a schedule, before its verb, or after a present perfect or an order, the end moves to the next day. An approximate end ("and about 5 a.m.") still ends the range. Published Tuesday
# 2026-04-14.


@pytest.mark.parametrize("sentence,values", [
    ("Air defences shot down 38 of the 52 drones launched between 11 p.m. and about 5 a.m., the air force said.",
     {"11 p.m.": "2026-04-13T23:00", "5 a.m.": "2026-04-14T05:00"}),
    ("A curfew ran from 10 p.m. to 6 a.m.", {"10 p.m.": "2026-04-13T22:00", "6 a.m.": "2026-04-14T06:00"}),
    ("Rebels shelled the city from 10 p.m. to 4 a.m., residents said.",
     {"10 p.m.": "2026-04-13T22:00", "4 a.m.": "2026-04-14T04:00"}),
    # left as they were: a range ahead, a schedule, a range before its past verb, one a past order set up
    ("A curfew will run from 10 p.m. to 6 a.m.", {"10 p.m.": "2026-04-14T22:00", "6 a.m.": "2026-04-15T06:00"}),
    ("A curfew from 22:00 to 05:00 GMT was imposed.", {"22:00": "2026-04-14T22:00", "05:00 GMT": "2026-04-15T05:00Z"}),
    ("Officials have imposed a curfew from 10 p.m. to 6 a.m.",
     {"10 p.m.": "2026-04-14T22:00", "6 a.m.": "2026-04-15T06:00"}),
    ("The army imposed a curfew from 10 p.m. to 6 a.m.", {"10 p.m.": "2026-04-14T22:00", "6 a.m.": "2026-04-15T06:00"}),
    ("The curfew runs from 10 p.m. to 6 a.m.", {"10 p.m.": "2026-04-14T22:00", "6 a.m.": "2026-04-15T06:00"}),
])
def test_past_night_range_ends_on_the_report_day(sentence, values):
    assert {t: v for t, (_, v) in _found(sentence, TUE).items()} == values


# 10. "the December quarter" (Australian, Asian and British business usage) is the quarter ending in that month, one
# DATE with the quarter's value; a month told beside a quarter stays a month. Published Wednesday 2024-02-14.
WED_FEB = "2024-02-14"


@pytest.mark.parametrize("sentence,span,value", [
    ("Arrears in its home loan book rose slightly in the December quarter.", "the December quarter", "2023-Q4"),
    ("The miner expects output to recover in the June quarter.", "the June quarter", "2024-Q2"),
    ("Exports fell in the September 2022 quarter.", "the September 2022 quarter", "2022-Q3"),
    # left as they were
    ("Sales peaked in December, the last month of the quarter.", "December", "2023-12"),
    ("The store opened in December.", "December", "2023-12"),
])
def test_month_quarter_is_the_quarter_ending_then(sentence, span, value):
    assert _found(sentence, WED_FEB).get(span) == ("DATE", value)


# 11. Without a parse, a gerund right before a finite verb after a fronted time ("The next month, fighting resumed")
# is that verb's subject, not the time's verb: the past verb after it makes "the next month" the story's next month.
# Published Wednesday 2024-10-16.
WED_OCT = "2024-10-16"


@pytest.mark.parametrize("text,span,value", [
    ("Talks collapsed in March 2022. The next month, fighting resumed.", "The next month", "2022-04"),
    ("Talks collapsed in 2019. The next year, fighting resumed.", "The next year", "2020"),
    ("On Friday, voting will begin.", "Friday", "2024-10-18"),
    # left as they were
    ("Talks collapsed in March 2022. The next month, the rebels withdrew.", "The next month", "2022-04"),
    ("Next month, spending will rise.", "Next month", "2024-11"),
])
def test_gerund_subject_is_not_the_times_verb(text, span, value):
    assert _found(text, WED_OCT).get(span)[1] == value


# 12. Reviewer R1-B: a verb with a listed prefix and its hyphen is one token ("re-scheduled", pipeline/hyphens.py);
# the tagger's delay and schedule words are looked up through it ("re-scheduled" as "rescheduled" and, for the
# schedule verbs, as "scheduled"). Published Friday 2024-03-15.
FRI = "2024-03-15"


@pytest.mark.parametrize("sentence,span,value", [
    ("Talks were re-scheduled for Thursday.", "Thursday", "2024-03-21"),
    ("The hearing has been re-scheduled for Monday.", "Monday", "2024-03-18"),
    ("The launch, originally set for May, was re-scheduled for Tuesday.", "Tuesday", "2024-03-19"),
    ("The trial was re-scheduled to begin on Monday.", "Monday", "2024-03-18"),
    # left as they were
    ("Talks were rescheduled for Thursday.", "Thursday", "2024-03-21"),
    ("The meeting was rescheduled on Monday.", "Monday", "2024-03-11"),
    ("He was re-elected on Monday.", "Monday", "2024-03-11"),
])
def test_prefixed_verbs_read_as_their_vocabulary_word(sentence, span, value):
    assert _found(sentence, FRI).get(span)[1] == value


# 13. Reviewer 2's cases (R2-1, R2-2, R2-4): "overnight" before an attribution day dates only a past event (a future,
# a modal, a plan or a present puts the night ahead: untagged as before); a frame's event followed by a relative
# clause in the past is over; a night's clock range after an order is one to come.
@pytest.mark.parametrize("sentence,pub", [
    ("Rockets will be launched overnight, officials said on Tuesday.", "2024-03-06"),
    ("Temperatures will fall sharply overnight, forecasters said on Monday.", "2023-11-14"),
    ("More rain is expected overnight, forecasters said on Tuesday.", "2024-03-06"),
    ("Crews will work overnight to clear the line, the railway said on Tuesday.", "2024-03-06"),
    ("Rockets could strike again overnight, officials warned on Tuesday.", "2024-03-06"),
    ("The city is bracing for more attacks overnight, the mayor said on Tuesday.", "2024-03-06"),
    ("Heavy rain is forecast overnight, the weather service said on Wednesday.", "2022-10-13"),
    ("Troops are set to move into the city overnight, a senior official said on Wednesday.", "2022-10-13"),
    ("The strike will begin overnight, the union said on Wednesday.", "2022-10-13"),
    ("Engineers plan to test the bridge overnight, the city said on Wednesday.", "2022-10-13"),
])
def test_overnight_ahead_is_not_the_night_before(sentence, pub):
    assert "overnight" not in _found(sentence, pub)


@pytest.mark.parametrize("sentence,pub,span,value", [
    ("The deal paved the way for talks in March, which ended without agreement.", "2023-06-15", "March", "2023-03"),
    ("The collapse of the government in December set the stage for an election in February, which the opposition "
     "won.", "2023-06-15", "February", "2023-02"),
    ("The operator ordered trains halted between 11 p.m. and 5 a.m.", "2023-04-20", "11 p.m.", "2023-04-20T23:00"),
    ("The operator ordered trains halted between 11 p.m. and 5 a.m.", "2023-04-20", "5 a.m.", "2023-04-21T05:00"),
])
def test_reviewer_two_readings(sentence, pub, span, value):
    assert _found(sentence, pub).get(span)[1] == value
