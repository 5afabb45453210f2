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
