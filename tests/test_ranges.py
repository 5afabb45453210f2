"""Ranges of dates (timeline.temporal.ranges): both ends tagged, elided parts completed, ends linked."""

from __future__ import annotations

import pytest

from timeline import pipeline as nlp_mod
from timeline.api import tag
from timeline.document import Document

PUB = "2023-05-10"


@pytest.fixture(scope="module")
def nlp():
    return nlp_mod.load_for_tagging(None)


def _ranges(timexes):
    by_tid = {t.tid: t for t in timexes}
    return {(t.text, t.value, by_tid[t.range_with].text, by_tid[t.range_with].value)
            for t in timexes if t.range_with and t.start < by_tid[t.range_with].start}


@pytest.mark.parametrize("sentence, start, end", [
    ("The drought lasted from 2010-2012 in the south.", ("2010", "2010"), ("2012", "2012")),
    ("Exports fell in 2004–06, the ministry said.", ("2004", "2004"), ("06", "2006")),
    ("Output rose in 1998-99, the ministry said.", ("1998", "1998"), ("99", "1999")),
    ("The festival runs from March to June, organisers said.", ("March", "2023-03"), ("June", "2023-06")),
    ("The works run February to August 2021.", ("February", "2021-02"), ("August 2021", "2021-08")),
    ("The season runs November to March 2021.", ("November", "2020-11"), ("March 2021", "2021-03")),
    ("The clinic is open Monday through Wednesday.", ("Monday", "2023-05-08"), ("Wednesday", "2023-05-10")),
    ("She taught there between 1971 and 1976.", ("1971", "1971"), ("1976", "1976")),
    # a word that only begins like a change verb ("movie", "upon") is none
    ("The movie festival runs from April to July.", ("April", "2023-04"), ("July", "2023-07")),
    # an elided second day takes the first one's month and year
    ("Talks ran Sept. 12-14, officials said.", ("Sept. 12", "2022-09-12"), ("14", "2022-09-14")),
    ("The fair ran from April 3 to 5.", ("April 3", "2023-04-03"), ("5", "2023-04-05")),
    ("Polls were open between Jan. 4 and 9.", ("Jan. 4", "2023-01-04"), ("9", "2023-01-09")),
    ("The fair ran Dec. 30-31, 2021, in Oslo.", ("Dec. 30", "2021-12-30"), ("31, 2021", "2021-12-31")),
    # "from" opens a stretch, so the clause may go on after "to N" ("Nov. 18 to 19 in the index" alone may be a figure)
    ("The depot will close from Aug. 2 to 9 while inspectors work.", ("Aug. 2", "2023-08-02"), ("9", "2023-08-09")),
    ("She will compete from June 11 to 14 in Lyon.", ("June 11", "2023-06-11"), ("14", "2023-06-14")),
    # two dates of different sizes opened by "between"/"from": one stretch
    ("Deposits paid between 2014 and March 2016 are refunded.", ("2014", "2014"), ("March 2016", "2016-03")),
    ("He worked there from 2019 to last month.", ("2019", "2019"), ("last month", "2023-04")),
    # written day first, the bare opening day takes the end's month and year
    ("Nurses will stage walkouts from 14 to 18 November.", ("14", "2023-11-14"), ("18 November", "2023-11-18")),
    ("The fair runs 3-7 March 2024 in Lyon.", ("3", "2024-03-03"), ("7 March 2024", "2024-03-07")),
    ("Polls will open between 3 and 7 June.", ("3", "2023-06-03"), ("7 June", "2023-06-07")),
    # a count after the comma is the clause's, not a year
    ("Between 3 and 7 March, 40 people died.", ("3", "2023-03-03"), ("7 March", "2023-03-07")),
    # no year said: the start takes the year that puts it before the end
    ("Troops fought between June and August.", ("June", "2022-06"), ("August", "2022-08")),
    ("It will run from November to January.", ("November", "2023-11"), ("January", "2024-01")),
    # a range of durations: the bare opening count takes the end's unit
    ("Repairs will take two to three weeks.", ("two", "P2W"), ("three weeks", "P3W")),
    ("Recovery takes between six and nine months.", ("six", "P6M"), ("nine months", "P9M")),
    ("He faces 5-10 years in prison.", ("5", "P5Y"), ("10 years", "P10Y")),
    ("Flights were delayed by 2 to 3 hours.", ("2", "PT2H"), ("3 hours", "PT3H")),
    # an elided half of the day: the opening hour takes the end's day and a.m./p.m.
    ("The debate will air 9-10 p.m. on Friday.", ("9", "2023-05-12T21:00"), ("10 p.m. on Friday", "2023-05-12T22:00")),
    ("Polls are open from 7 to 11 a.m.", ("7", "2023-05-10T07:00"), ("11 a.m.", "2023-05-10T11:00")),
    ("Visits run between 2:30 and 4 pm.", ("2:30", "2023-05-10T14:30"), ("4 pm", "2023-05-10T16:00")),
    ("The market runs from 11 to 1 p.m.", ("11", "2023-05-10T11:00"), ("1 p.m.", "2023-05-10T13:00")),
    # two years closing a change's clause are when it went on (this sentence was a "no range" example until
    # 2026-12-02: read as values, 1998 to 2000 would be a rise, which "dropped" denies); "rose from 1998 to 2000
    # levels" keeps its amounts (test_no_range)
    ("Output dropped sharply from 1998 to 2000.", ("1998", "1998"), ("2000", "2000")),
])
def test_range_ends_are_tagged_completed_and_linked(nlp, sentence, start, end):
    assert (start[0], start[1], end[0], end[1]) in _ranges(tag(sentence, PUB, nlp=nlp))


@pytest.mark.parametrize("sentence", [
    "The vote was postponed from Monday to Wednesday.",  # a change of date, not a range
    "The vote was rescheduled from Monday to Wednesday.",
    "Output rose from 1998 to 2000 levels.",  # amounts: a unit follows the second number
    "See pages 1871-1876 of the report.",
    "The score was 2-3 at half time.",
    "Prices rose in 1990 and 1994.",  # two years, no "between"
    "The music of the 1960s and '70s was loud.",
    "Babies aged six and nine months were weighed.",  # two ages, no "between"
    "Rates rose 7 to 9 months ago.",  # a past point, not a duration
    "The term was cut from 10 to 5 years.",  # a change, not a range
    "The visitors won 3 to 2 p.m. Sunday.",  # a score before a clock time
    "He paid $5 to 6 p.m. callers.",
    "Prices rose 14 to 18 March.",  # no "from": figures, then a day
    "Sales grew 3 and 7 June.",  # "and" needs "between"
    "Output rose from 1998 to March levels.",  # amounts of different dates, not a stretch
    "The vote moved from 2024 to March.",  # a change of date
])
def test_no_range(nlp, sentence):
    assert not _ranges(tag(sentence, PUB, nlp=nlp))


def test_elided_day_after_and_is_tagged_but_not_a_range(nlp):
    timexes = tag("The summit met on April 24 and 25.", PUB, nlp=nlp)
    assert [(t.text, t.value) for t in timexes] == [("April 24", "2023-04-24"), ("25", "2023-04-25")]
    assert not _ranges(timexes)  # two days listed, not a stretch


@pytest.mark.parametrize("sentence", [
    "On May 3 and 25 people died.",  # a count follows
    "Prices on June 4 rose 6 to 7%.",
    "Shares rose on June 4 to 7 dollars.",  # no "from": a price, not the end of a stretch
    "The index fell from June 4 to 9 percent below its peak.",  # a figure follows even after "from"
    "The vote is on Feb. 28 and 30.",  # no such day
    "It opened on June 4 and 2.",  # not a later day
])
def test_no_elided_day(nlp, sentence):
    assert [t.rule for t in tag(sentence, PUB, nlp=nlp) if t.rule == "ranges.second_day"] == []


def test_second_year_needs_a_forward_span(nlp):
    values = [t.value for t in tag("The code 1998-01 was filed.", PUB, nlp=nlp)]
    assert "2001" not in values and "1901" not in values


def test_links_survive_the_pipeline_renumbering(nlp):
    text = ("Rain fell on Monday. " * 1200) + "The dig ran from 1921-1925, officials said."
    [tagged] = list(nlp_mod.tag_documents([Document(doc_id="d", text=text, pub_date=None)], nlp))
    by_tid = {t.tid: t for t in tagged.timexes}
    assert len(by_tid) == len(tagged.timexes)
    linked = [t for t in tagged.timexes if t.range_with]
    assert [t.text for t in linked] == ["1921", "1925"]
    for t in linked:
        assert by_tid[t.range_with].range_with == t.tid


@pytest.mark.parametrize("sentence,texts", [
    # a month and a year joined by a hyphen keep the year; a capitalised code before the hyphen makes a name
    ("Sales in Jan-2015 were weak.", ["Jan", "2015"]),
    ("The drug, known as HT-2015, failed its trial.", []),
])
def test_hyphen_before_a_year(nlp, sentence, texts):
    assert [t.text for t in tag(sentence, PUB, nlp=nlp)] == texts
