"""A dated list, the usual form of a backgrounder's timeline ("- October 2008: The probe lifts off."): the parser
ends the sentence at the colon, so the date had a row with no event and the event after it no date. A time that
heads its line dates the main predicate of the clause after it on the same line; a time alone on its line, or a
fragment with no clause after it, keeps its row without an event as before. A dash that opens a line is a bullet,
not a minus sign: the year after it ("- 2019: ...", "- 2020-2022: ...") is a year. A month or day without a year on
such a line takes the line's year ("- June 2016: Dredging begins. Work stops in August": August 2016): the list's
present tense is history, not the publication's future."""

import pandas as pd
import pytest

import timeline

PUB = "2026-02-16"

TEXT = (
    "Timeline: a decade of the port project\n\n"
    "- March 2014: The city council approves the harbour expansion.\n"
    "- June 2016: Dredging begins. Work stops in August after a court challenge.\n"
    "- 2019: The first container ship arrives at the new quay.\n"
    "- 2020-2022: Traffic falls during the pandemic.\n"
    "* Oct. 4, 2021: A fire destroys two cranes.\n"
    "January 2024 - The port authority announces a second phase.\n"
)

ALONE = "Key dates\n\nMarch 2014:\n\nThe city council approved the harbour expansion after a long debate.\n"


@pytest.fixture(scope="module")
def rows():
    return timeline.extract(TEXT, pub_date=PUB)


def _row(df: pd.DataFrame, time: str) -> pd.Series:
    hit = df[df["timex_text"] == time]
    assert len(hit) == 1, (time, df[["timex_text", "trigger"]].to_string())
    return hit.iloc[0]


@pytest.mark.parametrize("time, trigger, subject", [
    ("March 2014", "approves", "The city council"),
    ("June 2016", "begins", "Dredging"),
    ("2019", "arrives", "The first container ship"),
    ("Oct. 4, 2021", "destroys", "A fire"),
    ("January 2024", "announces", "The port authority"),
])
def test_a_time_heading_its_line_dates_the_clause_after_it(rows, time, trigger, subject):
    r = _row(rows, time)
    assert r["trigger"] == trigger and r["subject"] == subject
    assert trigger in r["event"]


def test_a_second_sentence_on_the_line_keeps_its_own_time_in_the_lines_year(rows):
    # the list's present tense is history: August after "June 2016" is August 2016, not the coming August
    r = _row(rows, "August")
    assert r["trigger"] == "stops" and str(r["start"])[:7] == "2016-08" and bool(r["asserted"])


def test_a_month_before_the_headings_month_is_the_next_year():
    df = timeline.extract("Key dates\n- October 2009: The plant opens. It closes for repairs in March.\n", pub_date=PUB)
    assert str(_row(df, "March")["start"])[:7] == "2010-03"


def test_a_month_on_the_next_line_is_not_the_headings():
    df = timeline.extract("- October 2009: The plant opens.\nThe council will vote on its future in March.\n",
                          pub_date=PUB)
    assert str(_row(df, "March")["start"])[:7] == "2026-03"


def test_a_time_alone_on_its_line_dates_nothing_on_the_next():
    df = timeline.extract(ALONE, pub_date=PUB)
    r = _row(df, "March 2014")
    assert pd.isna(r["trigger"]) or r["trigger"] == ""


def test_a_bulleted_year_range_is_one_row_on_its_line(rows):
    r = _row(rows, "2020")
    assert r["trigger"] == "falls"
    assert str(r["start"])[:4] == "2020" and str(r["end"])[:4] == "2023"


@pytest.mark.parametrize("text", ["The score was 3 - 2019 points.", "Temperatures fell to - 2019 degrees."])
def test_a_dash_inside_a_line_still_vetoes_the_year(text):
    assert timeline.extract(text, pub_date=PUB).empty
