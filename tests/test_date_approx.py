"""'around Nov. 1', 'circa 1850': an approximating word before a calendar date joins it as mod APPROX.

The positives are also rule examples (dates.date_md, dates.year); here the words that must stay out.
"""

from __future__ import annotations

import pytest

from timeline.api import tag

PUB = "2023-09-05"


@pytest.mark.parametrize("sentence, span, value", [
    ("The sale should close around Nov. 1.", "around Nov. 1", "2023-11-01"),
    ("The mill was built circa 1850.", "circa 1850", "1850"),
    ("Prices peaked roughly in 1990, then fell.", "1990", "1990"),  # the word must touch the date
])
def test_approximate_date(sentence, span, value):
    [t] = tag(sentence, PUB)
    assert (t.text, t.value, t.mod) == (span, value, "APPROX" if span != value else None)


@pytest.mark.parametrize("sentence, span", [
    ("She wrote a book about 1968.", "1968"),  # "about" a date is a topic
    ("Lawyers sought a way around Wednesday's ruling.", "Wednesday"),  # a weekday, and a possessive
    ("Rates rose around last year.", "last year"),  # counted from the publication date: no date mod
])
def test_word_stays_out(sentence, span):
    [t] = tag(sentence, PUB)
    assert t.text == span and t.mod is None
