"""Publication dates from metadata, HTML and datelines: stated dates in any common format, never guessed."""

import datetime as dt

import pytest

from timeline.document import parse_date_string, parse_pub_date
from timeline.errors import UsageError
from timeline.readers.dateline import find_dateline

D = dt.date(2023, 9, 5)


@pytest.mark.parametrize("s", ["2023-09-05", "Sept. 5, 2023", "5 September 2023", "2023-09-05T10:00:00Z",
                               "Tue, 05 Sep 2023 14:03:00 GMT", "Tuesday, September 5, 2023", "2023/09/05"])
def test_stated_dates_parse(s):
    assert parse_date_string(s) == D


@pytest.mark.parametrize("s", ["yesterday", "last Tuesday", "2023", "September 2023", "05/09/2023", "2023-02-30",
                               "", "no date here 2023", "x" * 500])
def test_relative_partial_ambiguous_or_invalid_dates_are_refused(s):
    assert parse_date_string(s) is None


def test_cli_pub_date_is_strict_iso():
    assert parse_pub_date("2023-09-05") == D
    for bad in ("Sept. 5, 2023", "2023-13-01", "05/09/2023"):
        with pytest.raises(UsageError):
            parse_pub_date(bad)


@pytest.mark.parametrize("head", ["WASHINGTON, Sept. 5, 2023 — Talks advanced.", "September 5, 2023\nTalks.",
                                  "5 September 2023: Talks.", "KYIV, Tuesday, Sept. 5, 2023 (AP) -- Talks.",
                                  "2023-09-05 Talks advanced."])
def test_dateline(head):
    assert find_dateline(head) == D


def test_date_deep_in_text_is_not_a_dateline():
    assert find_dateline("Talks advanced.\nOn Sept. 5, 2023 they met.") is None


@pytest.mark.parametrize("head, date", [
    ("LISBON, March 14 (Reuters) - Parliament voted.", "March 14"),
    ("NAIROBI, Kenya, 3 June (AP) — Rains fell.", "3 June"),
    ("PARIS, Tuesday, Sept. 5 — Talks advanced.", "Sept. 5"),
])
def test_a_yearless_dateline_is_the_filing_line_but_states_no_publication_date(head, date):
    from timeline.readers.dateline import dateline_span

    span = dateline_span(head)
    assert span is not None and head[span[0]:span[1]] == date
    assert find_dateline(head) is None  # the year would be a guess (and a wall-clock one at that)


@pytest.mark.parametrize("head", [
    "March 14 was a Monday - and nobody noticed.",   # no place first: the story's own sentence
    "LISBON, March 14 Portugal voted.",               # nothing closes it
    "Lisbon, March 44 (Reuters) - Talks.",            # no such day
    "Talks advanced.\nLISBON, March 14 (Reuters) - x",  # not the first line
])
def test_yearless_dateline_negatives(head):
    from timeline.readers.dateline import dateline_span

    assert dateline_span(head) is None


def test_a_yearless_dateline_makes_no_row_and_stays_out_of_subjects():
    from timeline.api import extract

    table = extract("LISBON, March 14 (Reuters) - Portugal's parliament approved the budget on Friday.",
                    pub_date="2024-03-14")
    assert list(table["timex_text"]) == ["Friday"]
    assert "LISBON" not in table["subject"].iloc[0] and "LISBON" not in table["event"].iloc[0]
