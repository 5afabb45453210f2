"""Verb-prefix words ("re-elected", "co-founded") are one token, so the small model parses them as verbs
(timeline/pipeline/hyphens.py); other hyphenated words are split as the model and the time rules expect."""

from __future__ import annotations

import pytest

import timeline
from timeline.pipeline.model import load


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.mark.parametrize("text, word", [
    ("Mitsotakis, who was re-elected in June, spoke.", "re-elected"),
    ("Re-elected in 2009, she retired in 2014.", "Re-elected"),
    ("She co-founded the firm in 2001.", "co-founded"),
    ("The bank pre-announced its results on Monday.", "pre-announced"),
    ("The shares were de-listed in May.", "de-listed"),
    ("THE MINISTER WAS RE-ELECTED IN JUNE.", "RE-ELECTED"),
])
def test_prefixed_word_is_one_token(nlp, text, word):
    assert word in [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("text, pieces", [
    ("a long-term deal", ["long", "-", "term"]),
    ("in mid-July", ["mid", "-", "July"]),
    ("the year-earlier quarter", ["year", "-", "earlier"]),
    ("a 30-year-old man", ["year", "-", "old"]),
    ("are-we-there questions", ["are", "-", "we"]),       # "re" inside a word is no prefix
    ("the core-business unit", ["core", "-", "business"]),  # nor "co" inside "core"
])
def test_other_hyphenated_words_stay_split(nlp, text, pieces):
    words = [t.text for t in nlp.make_doc(text)]
    at = words.index(pieces[0])
    assert words[at:at + len(pieces)] == pieces


def test_relative_clause_with_prefixed_verb_dates_that_verb():
    # split, "re" became the relative clause's verb and the headline lost "was re-"
    t = timeline.extract("Prime Minister Kyriakos Mitsotakis, who was re-elected in June, told parliament on "
                         "Friday that the government would compensate businesses.", pub_date="2023-07-31")
    row = t[t.timex_text == "June"].iloc[0]
    assert row.trigger == "re-elected"
    assert row.subject == "Prime Minister Kyriakos Mitsotakis"
    assert "was re-elected" in row.event


def test_prefixed_root_verb_keeps_its_subject():
    t = timeline.extract("She co-founded the company in 2001.", pub_date="2023-07-31")
    row = t.iloc[0]
    assert (row.trigger, row.subject) == ("co-founded", "She")


def test_mid_month_still_tagged():
    t = timeline.tag("Prices rose in mid-July.", pub_date="2023-09-05")
    assert [(x.text, x.value, x.mod) for x in t] == [("mid-July", "2023-07", "MID")]
