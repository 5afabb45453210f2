"""Issue 11 on ordinary wire phrasing: sentences written for these tests (not taken from any corpus), one
group per class of the issue, each with what the tagger must find (span, type, value, mod) and, per class,
sentences where it must find nothing of that kind. Published Tuesday 2023-09-05 unless a date in the text
anchors the story."""

from __future__ import annotations

import pytest

import timeline

PUB = "2023-09-05"  # a Tuesday


def _found(sentence: str) -> dict[str, tuple]:
    return {t.text: (t.type, t.value, t.mod) for t in timeline.tag(sentence, pub_date=PUB)}


def _check(sentence, span, type_, value, mod=None):
    found = _found(sentence)
    assert found.get(span) == (type_, value, mod), found


# 1. quantified vague periods: DURATION with an X count; bare deictic words stay *_REF
VAGUE_PERIODS = [
    ("Home prices have climbed steadily in past years.", "past years", "DURATION", "PXY"),
    ("Farming changed a great deal over the past decades.", "the past decades", "DURATION", "PXDE"),
    ("The company has cut jobs in the past several years.", "the past several years", "DURATION", "PXY"),
    ("Investors have fled over the last few months.", "the last few months", "DURATION", "PXM"),
    ("Officials expect more arrests in the coming days.", "the coming days", "DURATION", "PXD"),
    ("The dollar weakened during the past few days.", "the past few days", "DURATION", "PXD"),
    ("The economy should recover in the next several months.", "the next several months", "DURATION", "PXM"),
    ("Rents have doubled in recent years, the report said.", "recent years", "DURATION", "PXY"),
    ("Output grew in the past two decades.", "the past two decades", "DURATION", "P20Y"),
    ("Troops have massed on the border in the last days.", "the last days", "DURATION", "PXD"),
    ("Seas rose over the past century.", "the past century", "DURATION", "P100Y"),
    ("Cities grew in the last century.", "the last century", "DATE", "19"),
    ("Rates will stay low in the near term.", "the near term", "DATE", "FUTURE_REF"),
    ("Talks will continue in the months to come.", "the months to come", "DURATION", "PXM"),
    ("The scars will last for years to come.", "years to come", "DURATION", "PXY"),
    ("Not long ago, the town was thriving.", "Not long ago", "DATE", "PAST_REF"),
    ("A few years back, the mill closed.", "A few years back", "DATE", "PAST_REF"),
    ("Prices will fall in the near future.", "the near future", "DATE", "FUTURE_REF"),
]


@pytest.mark.parametrize("sentence,span,type_,value", VAGUE_PERIODS)
def test_vague_periods(sentence, span, type_, value):
    _check(sentence, span, type_, value)


def test_more_than_several_weeks_keeps_its_mod():
    # "more than" is said: the approximator joins the span ("over several weeks" is a preposition instead)
    _check("Negotiations could drag on for more than several weeks.", "more than several weeks", "DURATION",
           "PXW", "MORE_THAN")
    _check("Costs rose over several weeks.", "several weeks", "DURATION", "PXW")


@pytest.mark.parametrize("sentence", [
    "He spent the last years of his life in Rome.",
    "In the last days before the vote, polls tightened.",
    "In his last years he painted less.",
])
def test_vague_period_negatives(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date=PUB) if t.type == "DURATION"]


# 2. clock times, 24-hour with or without a colon, zones kept in the span, not in the value
CLOCKS = [
    ("The first plane landed at 09:15 GMT.", "09:15 GMT", "2023-09-05T09:15Z"),
    ("Shelling began at 0630 local time.", "0630 local time", "2023-09-05T06:30"),
    ("Rebels rejected the 18:00 deadline set by the army.", "18:00", "2023-09-05T18:00"),
    ("As of 22:40, no arrests had been made.", "22:40", "2023-09-05T22:40"),
    ("The blast happened shortly after 14:05 on Monday.", "14:05 on Monday", "2023-09-04T14:05"),
    ("Trading was suspended at 1145 GMT.", "1145 GMT", "2023-09-05T11:45Z"),
    ("The curfew starts at 20:00 local time.", "20:00 local time", "2023-09-05T20:00"),
    ("Talks resume at 0900 GMT on Tuesday.", "0900 GMT on Tuesday", "2023-09-05T09:00Z"),
    ("Troops moved at 1300 hrs.", "1300 hrs", "2023-09-05T13:00"),
    ("The train left at 7.45am.", "7.45am", "2023-09-05T07:45"),
    ("The plane landed at 09.15 GMT.", "09.15 GMT", "2023-09-05T09:15Z"),
    ("The show starts at 8pm tonight.", "8pm tonight", "2023-09-05T20:00"),
    ("He left at 6 a.m. this morning.", "6 a.m. this morning", "2023-09-05T06:00"),
    ("Trading was halted at noon yesterday.", "noon yesterday", "2023-09-04T12:00"),
    ("At 14:30 yesterday afternoon, shots rang out.", "14:30 yesterday afternoon", "2023-09-04T14:30"),
    ("The bells rang at 10 o'clock.", "10 o'clock", "2023-09-05T10:00"),
    ("The blast occurred at 8.30 in the morning.", "8.30 in the morning", "2023-09-05T08:30"),
    ("The ceasefire starts at 12:01 a.m. Friday.", "12:01 a.m. Friday", "2023-09-08T00:01"),
    ("The tremor struck at 03:42 local time.", "03:42 local time", "2023-09-05T03:42"),
]


@pytest.mark.parametrize("sentence,span,value", CLOCKS)
def test_clock_times(sentence, span, value):
    _check(sentence, span, "TIME", value)


# 3. ranges: both ends tagged
RANGES = [
    ("The survey covered 2011-2013.", [("2011", "2011"), ("2013", "2013")]),
    ("The repairs will take between six and nine months.", [("six", "P6M"), ("nine months", "P9M")]),
    ("The museum will be open Tuesday through Thursday.", [("Tuesday", "2023-09-05"), ("Thursday", "2023-09-07")]),
    ("The genre flourished in the 1960s and '70s.", [("the 1960s", "196"), ("'70s", "197")]),
    ("Wages rose from 2015 to 2019.", [("2015", "2015"), ("2019", "2019")]),
    ("Works run from mid-June to early August.", [("mid-June", "2023-06"), ("early August", "2023-08")]),
    # a season's or fiscal year's two years with a slash
    ("The 2010/11 season was poor.", [("2010", "2010"), ("11", "2011")]),
    ("Profit rose in fiscal 2022/2023.", [("fiscal 2022", "2022"), ("2023", "2023")]),
]


@pytest.mark.parametrize("sentence", ["Resolution 2019/20 passed.", "The ratio was 2010/15 in the test.",
                                      "Law No. 2020/21 was adopted."])
def test_slashed_numbers_are_no_years(sentence):
    assert not timeline.tag(sentence, pub_date=PUB)


@pytest.mark.parametrize("sentence,ends", RANGES)
def test_range_ends(sentence, ends):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=PUB)}
    assert [(span, found.get(span)) for span, _ in ends] == ends, found


# 4. referential and event-anchored days: from the story time, else unresolved rather than dropped
REFERENTIAL = [
    ("Rebels seized the town on March 3, 2022. That evening, troops withdrew.", "That evening", "2022-03-03TEV"),
    ("The bank collapsed on Oct. 2, 2008. The same week, markets fell.", "The same week", "2008-W40"),
    ("Fighting broke out on Friday. The following morning, aid arrived.", "The following morning",
     "2023-09-02TMO"),
    ("The vote was held on Sunday, Aug. 20. The previous evening, protesters gathered.", "The previous evening",
     "2023-08-19TEV"),
    ("The quake struck on May 2, 2020. The day before, tremors were felt.", "The day before", "2020-05-01"),
    ("The bomb went off on Aug. 30. Later that day, police made arrests.", "Later that day", "2023-08-30"),
    ("The ship sank on Aug. 28. Two days earlier, it had left port.", "Two days earlier", "2023-08-26"),
    ("The rebels retreated. The next morning, they returned.", "The next morning", "XXXX-XX-XXTMO"),
]


@pytest.mark.parametrize("sentence,span,value", REFERENTIAL)
def test_referential_days(sentence, span, value):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=PUB)}
    assert found.get(span) == value, found


# 5. the new date of a delay lies ahead of the report even in a past-tense sentence
DELAYS = [
    ("The vote was delayed until Thursday.", "Thursday", "2023-09-07"),
    ("The launch was postponed until Friday.", "Friday", "2023-09-08"),
    ("The talks were put off until next week.", "next week", "2023-W37"),
    ("The hearing was pushed back to Monday.", "Monday", "2023-09-11"),
    ("The vote was postponed to Thursday.", "Thursday", "2023-09-07"),
    ("The talks were rescheduled for Friday.", "Friday", "2023-09-08"),
    ("The court adjourned until Monday.", "Monday", "2023-09-11"),
    # a plan said in the present lies ahead; in the past it keeps its past
    ("The vote is set for Thursday.", "Thursday", "2023-09-07"),
    ("The verdict is due on Friday.", "Friday", "2023-09-08"),
    ("Payment was due on Friday.", "Friday", "2023-09-01"),
    ("A record set on Aug. 6 still stands.", "Aug. 6", "2023-08-06"),
    # no delay: the past keeps its past
    ("The strike lasted until Thursday.", "Thursday", "2023-08-31"),
    ("The vote was held on Thursday.", "Thursday", "2023-08-31"),
    ("Rebels moved to the border on Monday.", "Monday", "2023-09-04"),
    ("He was sentenced to Monday service.", "Monday", "2023-09-04"),
]


@pytest.mark.parametrize("sentence,span,value", DELAYS)
def test_delay_direction(sentence, span, value):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=PUB)}
    assert found.get(span) == value, found


# 6. the smaller ones, and the everyday expressions around them
SMALLER = [
    ("The bridge opened two weeks later than planned.", "two weeks", "DURATION", "P2W", None),
    ("He won the title in '85.", "'85", "DATE", "1985", None),
    ("Grunge ruled the '90s.", "the '90s", "DATE", "199", None),
    ("Retailers are heading into summer with full shelves.", "summer", "DATE", "2024-SU", None),
    ("The firm was sold earlier this year.", "earlier this year", "DATE", "2023", "START"),
    ("The plant should be finished within a year.", "a year", "DURATION", "P1Y", None),
    ("Leaders will meet later this week.", "later this week", "DATE", "2023-W36", "END"),
    ("The plant is due to open in mid-2024.", "mid-2024", "DATE", "2024", "MID"),
    ("The cuts take effect at the end of next month.", "the end of next month", "DATE", "2023-10", "END"),
    ("Profit rose in the first half.", "the first half", "DATE", "2023-H1", None),
    ("The merger was agreed late last year.", "late last year", "DATE", "2022", "END"),
    ("Rain is expected this spring.", "this spring", "DATE", "2023-SP", None),
    ("Sales are forecast to rise in fiscal 2024.", "fiscal 2024", "DATE", "2024", None),
    ("Revenue grew 5% in Q3.", "Q3", "DATE", "2023-Q3", None),
    ("Shops stayed shut on Christmas Eve.", "Christmas Eve", "DATE", "2022-12-24", None),
    ("The fund has doubled since the start of the year.", "the start of the year", "DATE", "2023", "START"),
    ("The president left the country last night.", "last night", "TIME", "2023-09-04TNI", None),
    ("He has led the party for more than a decade.", "more than a decade", "DURATION", "P10Y", "MORE_THAN"),
    ("The club was founded in the late '90s.", "the late '90s", "DATE", "199", "END"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod", SMALLER)
def test_smaller_classes(sentence, span, type_, value, mod):
    _check(sentence, span, type_, value, mod)


# parts of day said alone
PARTS_OF_DAY = [
    ("Troops attacked at dawn on Monday.", "dawn on Monday", "TIME", "2023-09-04TMO"),
    ("The curfew starts at dusk.", "dusk", "TIME", "2023-09-05TEV"),
    ("A truce took hold overnight Sunday.", "overnight Sunday", "TIME", "2023-09-03TNI"),
    ("Overnight, storms swept the coast.", "Overnight", "TIME", "2023-09-04TNI"),
    ("Rain will fall overnight Friday.", "overnight Friday", "TIME", "2023-09-08TNI"),
]


@pytest.mark.parametrize("sentence,span,type_,value", PARTS_OF_DAY)
def test_parts_of_day(sentence, span, type_, value):
    _check(sentence, span, type_, value)


@pytest.mark.parametrize("sentence", [
    "The overnight rate rose.", "Change will not happen overnight.", "He was kept in hospital overnight.",
    "It was the dawn of a new era.", "Dawn Smith said the vote was fair.", "Overnight trading was thin.",
])
def test_parts_of_day_negatives(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date=PUB) if t.type in ("DATE", "TIME")]


# recurring times
SETS = [
    ("The market is held on weekends.", "weekends", "XXXX-WXX-WE", None),
    ("The committee meets every other week.", "every other week", "P2W", "EVERY"),
    ("The board meets twice a year.", "twice a year", "P1Y", None),
    ("The plant is inspected every few years.", "every few years", "PXY", "EVERY"),
    ("She trains three times a week.", "three times a week", "P1W", None),
    ("The board meets each morning.", "each morning", "XXXX-XX-XXTMO", "EACH"),
]


@pytest.mark.parametrize("sentence,span,value,quant", SETS)
def test_sets(sentence, span, value, quant):
    found = {t.text: (t.type, t.value, t.quant) for t in timeline.tag(sentence, pub_date=PUB)}
    assert found.get(span) == ("SET", value, quant), found


@pytest.mark.parametrize("sentence", ["Repairs took four weekends.", "He bought a few years of supplies."])
def test_set_negatives(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date=PUB) if t.type == "SET"]


# quarters and halves named by their months
@pytest.mark.parametrize("sentence,span,value", [
    ("Sales in the April-June quarter rose.", "the April-June quarter", "2023-Q2"),
    ("Exports fell in the October-December quarter of 2022.", "the October-December quarter of 2022", "2022-Q4"),
    ("Profit rose in the January-June period.", "the January-June period", "2023-H1"),
])
def test_month_span_periods(sentence, span, value):
    _check(sentence, span, "DATE", value)


def test_month_span_that_is_no_period_stays_two_months():
    found = _found("The March-May period was dry.")
    assert found.get("March") == ("DATE", "2023-03", None) and found.get("May") == ("DATE", "2023-05", None), found


# everyday wire forms around the classes
@pytest.mark.parametrize("sentence,span,type_,value", [
    ("The trial is expected to last several months.", "several months", "DURATION", "PXM"),
    ("The strike will last two days.", "two days", "DURATION", "P2D"),
    ("Sales fell in the last three years.", "the last three years", "DURATION", "P3Y"),
    ("Profit in 2013's first quarter rose.", "2013's first quarter", "DATE", "2013-Q1"),
    ("The deadline is the first of October.", "the first of October", "DATE", "2023-10-01"),
    ("The meeting on Monday lasted two hours.", "two hours", "DURATION", "PT2H"),
    ("He died in the early 1990s.", "the early 1990s", "DATE", "199"),
])
def test_everyday_forms(sentence, span, type_, value):
    found = _found(sentence)
    assert found.get(span, (None, None))[:2] == (type_, value), found


def test_possessive_month_is_no_ordinal_day():
    assert "the second of March" not in _found("It was the second of March's two storms.")


def _range_pairs(sentence):
    ts = timeline.tag(sentence, pub_date=PUB)
    by_tid = {t.tid: t for t in ts}
    return [(t.text, t.value, by_tid[t.range_with].text, by_tid[t.range_with].value)
            for t in ts if t.range_with and t.start < by_tid[t.range_with].start]


@pytest.mark.parametrize("sentence,pair", [
    # a night's clock range ends on the next day
    ("The curfew runs from 10pm to 6am.", ("10pm", "2023-09-05T22:00", "6am", "2023-09-06T06:00")),
    ("A curfew from 22:00 to 05:00 GMT was imposed.", ("22:00", "2023-09-05T22:00", "05:00 GMT", "2023-09-06T05:00Z")),
    ("Polls are open from 7 a.m. to 8 p.m.", ("7 a.m.", "2023-09-05T07:00", "8 p.m.", "2023-09-05T20:00")),
])
def test_clock_ranges(sentence, pair):
    assert _range_pairs(sentence) == [pair]


def test_a_clock_range_end_that_names_its_day_keeps_it():
    found = {t.text: t.value for t in timeline.tag("The curfew ran from 10pm to 6am Tuesday.", pub_date=PUB)}
    assert found["6am Tuesday"] == "2023-09-05T06:00", found


@pytest.mark.parametrize("sentence,ends,linked", [
    # the noun said once: both quarters tagged, the first with the second's year
    ("Prices rose in the third and fourth quarters of 2022.", [("third", "2022-Q3"), ("fourth quarters of 2022", "2022-Q4")],
     False),
    ("Profit rose in the second to fourth quarters of 2021.", [("second", "2021-Q2"), ("fourth quarters of 2021", "2021-Q4")],
     True),
])
def test_quarters_said_once(sentence, ends, linked):
    ts = timeline.tag(sentence, pub_date=PUB)
    assert [(t.text, t.value) for t in ts] == ends
    assert (ts[0].range_with == ts[1].tid) is linked


def test_centuries_said_once():
    ts = timeline.tag("Literacy spread in the 19th and 20th centuries.", pub_date=PUB)
    assert [(t.text, t.value) for t in ts] == [("19th", "18"), ("20th centuries", "19")]


def test_quarters_of_a_game_are_no_dates():
    assert not timeline.tag("He scored in the third and fourth quarters of the game.", pub_date=PUB)
