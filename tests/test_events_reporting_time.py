"""A time right after a reporting verb ("said on Monday it would cut", "told reporters on Monday that") dates
the saying: its direction is the saying's tense and the row sits on the reporting verb, even where the parser
hangs the time on the reported clause. A time that only the reported clause holds ("said it would meet on
Monday", "said that on Monday it would") stays that clause's. Written against Tuesday 2023-09-05, so a past
Monday is 2023-09-04 and a coming one 2023-09-11."""

import pytest

import timeline

PUB = "2023-09-05"


def _rows(text):
    df = timeline.extract(text, pub_date=PUB)
    return [(r.timex_text, r.timex_value, r.trigger) for r in df.itertuples()]


@pytest.mark.parametrize("text,row", [
    # the saying, in the past
    ("The company said on Monday it would cut 500 jobs.", ("Monday", "2023-09-04", "said")),
    ("The minister told reporters on Monday that the government would raise taxes.",
     ("Monday", "2023-09-04", "told")),
    ("Officials told Al Jazeera on Monday that the border would reopen.", ("Monday", "2023-09-04", "told")),
    # past the addressee even when the parser hangs the time on the reported clause
    ("The minister told reporters on Monday it would raise taxes.", ("Monday", "2023-09-04", "told")),
    ("The ministry announced Monday it will close three plants.", ("Monday", "2023-09-04", "announced")),
    # the saying, still to come: its own tense points forward
    ("The company will say on Monday that it cut 500 jobs.", ("Monday", "2023-09-11", "say")),
    # the time belongs to the reported clause
    ("The company said it would meet on Monday.", ("Monday", "2023-09-11", "meet")),
    ("The company said that on Monday it would cut 500 jobs.", ("Monday", "2023-09-11", "cut")),
    # a noun of the reported clause is no addressee: the time dates it, in the clause's tense
    ("He said the vote on Monday will be free.", ("Monday", "2023-09-11", "vote")),
])
def test_time_after_a_reporting_verb(text, row):
    assert _rows(text) == [row]


@pytest.mark.parametrize("text,value", [
    ("The company said on Monday it would cut 500 jobs.", "2023-09-04"),
    ("The company will say on Monday that it cut 500 jobs.", "2023-09-11"),
    ("The company said it would meet on Monday.", "2023-09-11"),
    # a noun of the reported clause stands between: the clause's own future
    ("He said the vote on Monday will be free.", "2023-09-11"),
])
def test_direction_of_a_time_after_a_reporting_verb(text, value):
    assert [t.value for t in timeline.tag(text, pub_date=PUB)] == [value]


@pytest.mark.parametrize("text,value", [
    # a past-tense clause: the nominal's time reads the clause's tense
    ("Protests spread across the capital after Alvarez's arrest on Monday.", "2023-09-04"),
    # "spread" tagged present may as well be past: no schedule reading
    ("Protests spread after Alvarez's arrest on Monday.", "2023-09-04"),
    ("Protests spread on Monday.", "2023-09-04"),
    # an unambiguous present simple with a date is still a schedule
    ("The leaders meet on Monday.", "2023-09-11"),
    ("The team flies home after the final on Sunday.", "2023-09-10"),
    ("Protests will follow the verdict on Monday.", "2023-09-11"),
])
def test_direction_of_a_time_in_a_nominal_phrase(text, value):
    assert [t.value for t in timeline.tag(text, pub_date=PUB)] == [value]


def test_nominal_event_row_keeps_the_past_date():
    assert _rows("Protests spread after Alvarez's arrest on Monday.") == [("Monday", "2023-09-04", "arrest")]
