"""Datelines under a headline and a byline (session 24): the filing line is found there too, dated or not, and
a byline may carry a staff title or the paper's name. Found by review24b, whose stories all opened
"Headline / By Name, Title / CITY, State - lede"; the sentences below are our own."""

import datetime as dt

import pytest

from timeline.readers.dateline import dateline_span, find_dateline, story_start, undated_dateline_span

HEAD = "Ferry operator cuts winter sailings\n\n"


@pytest.mark.parametrize("byline", ["By Ana Ruiz, Staff Writer", "By Ana Ruiz, The Harbor Gazette",
                                    "By Ana Ruiz, Coast-Tribune", "By Ana Ruiz and Tom Bell, Metro Desk"])
def test_an_undated_dateline_after_a_byline_with_a_title(byline):
    text = HEAD + byline + "\n\nPORTLAND, Maine - The ferry line said on Monday it would cut sailings."
    span = undated_dateline_span(text)
    assert span is not None and text[span[0]:span[1]] == "PORTLAND, Maine -"
    assert text[story_start(text):].startswith("The ferry line")


@pytest.mark.parametrize("line, date", [
    ("OSLO, Nov 3 (Reuters) - The ferry line cut sailings on Monday.", "Nov 3"),
    ("HALIFAX, Nova Scotia, 3 November - The ferry line cut sailings.", "3 November"),
    ("PORTLAND, Maine, Nov. 3, 2021 — The ferry line cut sailings.", "Nov. 3, 2021"),
])
@pytest.mark.parametrize("byline", ["", "By Ana Ruiz\n\n", "By Ana Ruiz, Staff Writer\n\n"])
def test_a_dated_dateline_under_a_headline_is_the_filing_line(line, date, byline):
    text = HEAD + byline + line
    span = dateline_span(text)
    assert span is not None and text[span[0]:span[1]] == date
    assert text[story_start(text):].startswith("The ferry line")


def test_a_dated_dateline_under_a_headline_states_the_publication_date_when_it_has_a_year():
    assert find_dateline(HEAD + "PORTLAND, Maine, Nov. 3, 2021 — The line cut sailings.") == dt.date(2021, 11, 3)
    assert find_dateline(HEAD + "OSLO, Nov 3 (Reuters) - The line cut sailings.") is None  # no year stated


@pytest.mark.parametrize("text", [
    HEAD + "Nov. 3, 2021 - a day the island will remember.",       # no place before the date: the story's own
    HEAD + "OSLO, Nov 3 the line cut sailings.",                    # nothing closes it
    HEAD + "The line cut sailings on Nov. 3, 2021 - its third cut.",  # a sentence, not a place
    "The line cut sailings.\nOSLO, Nov 3 (Reuters) - x",             # the first line is a sentence, no headline
])
def test_dated_dateline_negatives(text):
    assert dateline_span(text) is None


@pytest.mark.parametrize("byline", ["By Ana Ruiz, who covers the port", "By the numbers, a bad year"])
def test_a_byline_is_a_name_and_a_title_not_a_clause(byline):
    text = HEAD + byline + "\n\nPORTLAND, Maine - The ferry line cut sailings."
    assert undated_dateline_span(text) is None


def test_a_dateline_under_a_headline_is_no_subject_and_dates_no_second_row():
    from timeline.api import extract

    text = HEAD + "By Ana Ruiz, Staff Writer\n\nOSLO, Nov 3 (Reuters) - Fjordline Ferries cut its winter " \
                  "sailings on Tuesday, citing fuel costs.\n"
    table = extract(text, pub_date="2021-11-03")
    rows = table[table["timex_text"].notna() & table["start"].notna()]
    assert list(rows["timex_text"]) == ["Tuesday"]
    assert rows["subject"].iloc[0] == "Fjordline Ferries"
    assert "OSLO" not in rows["event"].iloc[0]
