"""A month or weekday opening the sentence after one dated by a month or day with its year, gone by, moves on from
that date (temporal/story_next.py, helper i23, session 23); and a time after "rather than"/"instead of" dates no
event (events/lexicon.json comparison_base_phrases). Sentences written here, not from any corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import timeline

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402


def _value(text: str, pub: str, words: str) -> str:
    hits = [t for t in timeline.tag(text, pub) if t.text == words]
    assert hits, [(t.text, t.value) for t in timeline.tag(text, pub)]
    return hits[-1].value


MOVES_ON = [
    ("The dam was finished in June 2016. In September, the first turbines started.", "2024-05-02", "September",
     "2016-09"),
    ("Protests began in the capital in October 2021. By February, they had spread to the ports.", "2024-05-02",
     "February", "2022-02"),
    ("The striker signed for the club on July 2, 2019. In August, he scored on his debut.", "2024-05-02", "August",
     "2019-08"),
    ("The expedition left Ushuaia on Dec. 4, 2017. On Monday, the ship reached the ice shelf.", "2024-05-02", "Monday",
     "2017-12-11"),
    ("The ferry left Piraeus on Aug. 1, 2020. On Tuesday, it ran aground off Crete.", "2024-05-02", "Tuesday",
     "2020-08-04"),
]

STAYS = [
    # a look ahead is the report's
    ("The plant was sold in June 2016. In March, the new owner will open a second line.", "2024-05-02", "March",
     "2025-03"),
    # not opening its sentence
    ("The dam was finished in June 2016. The first turbines started in September.", "2024-05-02", "September",
     "2023-09"),
    # two sentences on
    ("The dam was finished in June 2016. It cost $2 billion. In September, the first turbines started.", "2024-05-02",
     "September", "2023-09"),
    # the earlier time stated no year
    ("The dam was finished in June. In September, the first turbines started.", "2024-05-02", "September", "2023-09"),
    # a weekday after a month: which week is not said
    ("The ferry left Piraeus in August 2020. On Tuesday, it ran aground off Crete.", "2024-05-02", "Tuesday",
     "2024-04-30"),
    # a year only is no date to move on from ("In 2019" frames its own sentence, when_year.py)
    ("The firm was founded in 2010. In March, it reported a record profit.", "2024-05-02", "March", "2024-03"),
    # a date bounding a stretch up to now is no point the story stands on
    ("The chipmaker has added $3 trillion in value since the launch of the chatbot in November 2022. In March, it "
     "became the first firm worth $4 trillion.", "2024-05-02", "March", "2024-03"),
    # a dated day within a month of the report: the weekday may be the news day
    ("The union called a strike on April 15, 2024. On Monday, it met the employers.", "2024-05-02", "Monday",
     "2024-04-29"),
    # the earlier date is the report's own week
    ("The union called a strike on April 22, 2024. On Monday, it met the employers.", "2024-05-02", "Monday",
     "2024-04-29"),
]


@pytest.mark.parametrize("text, pub, words, value", MOVES_ON, ids=[f"moves-{i}" for i in range(len(MOVES_ON))])
def test_fronted_time_moves_on_from_dated_sentence(text, pub, words, value):
    assert _value(text, pub, words) == value


@pytest.mark.parametrize("text, pub, words, value", STAYS, ids=[f"stays-{i}" for i in range(len(STAYS))])
def test_other_times_keep_their_reading(text, pub, words, value):
    assert _value(text, pub, words) == value


ALTERNATIVE = [
    ("The rail tunnel will now open in 2033 rather than 2031.", "2031", None),
    ("The vote will be held on Sunday instead of Saturday.", "Saturday", None),
    # the kept time still dates its event
    ("The vote will be held on Sunday instead of Saturday.", "Sunday", "held"),
    # "rather than" not before a time leaves the time alone
    ("The firm chose to sell the plant in March rather than close it.", "March", "sell"),
]


@pytest.mark.parametrize("text, words, trigger", ALTERNATIVE, ids=[f"alt-{i}" for i in range(len(ALTERNATIVE))])
def test_alternative_time_dates_nothing(text, words, trigger):
    df = rows_of(text, "2024-05-02")
    hits = df[df["timex_text"].fillna("") == words]
    shown = df[["timex_text", "trigger", "no_event"]].astype(str).to_dict("records")
    if trigger is None:
        assert not len(hits) or hits["trigger"].isna().all(), shown
    else:
        assert (hits["trigger"] == trigger).any(), shown


YEARLY = [
    ("The festival is held every year in August.", "August", None),
    ("Every year in August, the festival fills the town.", "August", None),
    ("The regatta is held in July each year.", "July", None),
    # negatives: one August; a SET of days leaves the month its own; a yearly SET of another clause
    ("The festival was held in August.", "August", "held"),
    ("The market opens every Monday in August.", "August", "opens"),
    ("The festival, held every year, will open in August.", "August", "open"),
]


@pytest.mark.parametrize("text, words, trigger", YEARLY, ids=[f"yearly-{i}" for i in range(len(YEARLY))])
def test_month_beside_yearly_set_dates_nothing(text, words, trigger):
    test_alternative_time_dates_nothing(text, words, trigger)


SAYING = [
    # a reported future looks ahead from the saying's own day or month
    ("The union said Friday that talks would resume Monday.", "2024-05-02", "Monday", "2024-04-29"),
    ("The minister said in March that the law would take effect the next month.", "2024-05-02", "the next month",
     "2024-04"),
    ("The company said on Monday it would hire 200 people the next month.", "2024-05-02", "the next month", "2024-05"),
    # negatives: a direct "will" is the report's own future; a saying still ahead; no dated saying; another sentence
    ("The union said Friday that talks will resume Monday.", "2024-05-02", "Monday", "2024-05-06"),
    ("The minister will say on Friday that talks would resume Monday.", "2024-05-02", "Monday", "2024-05-06"),
    ("The union said that talks would resume Monday.", "2024-05-02", "Monday", "2024-05-06"),
    ("The union spoke to reporters on Friday. Talks would resume Monday, it said.", "2024-05-02", "Monday",
     "2024-05-06"),
]


@pytest.mark.parametrize("text, pub, words, value", SAYING, ids=[f"saying-{i}" for i in range(len(SAYING))])
def test_reported_future_counts_from_the_saying(text, pub, words, value):
    assert _value(text, pub, words) == value


INCLUSIVE_AFTER = [
    # "on or after" a day gone by: the row starts on the day itself
    ("The rebate applies to cars bought on or after April 1.", "April 1", "2024-04-01", "on or after April 1"),
    # negative: a bare "after" starts the day after
    ("Tickets bought after April 20 will be refunded.", "April 20", "2024-04-21", "after April 20"),
]


@pytest.mark.parametrize("text, words, start, range_text", INCLUSIVE_AFTER,
                         ids=[f"after-{i}" for i in range(len(INCLUSIVE_AFTER))])
def test_on_or_after_starts_on_the_day(text, words, start, range_text):
    df = rows_of(text, "2024-05-02")
    row = df[df["timex_text"] == words].iloc[0]
    assert (str(row["start"])[:10], row["range_text"]) == (start, range_text)
