"""A reporting verb's own day: "said in a televised address on Sunday that the government would review the bill"
is the Sunday gone by (the saying), whatever tense the complement has; a participle between an article and its
noun ("a televised address") is no verb that would end the reporting verb's phrase (a regression of the
afternoon's merge, caught by tests/test_temporal_news7.py). Negative: a time inside the complement ("said it would
strike on Friday") is the complement's."""

import pytest

import timeline

PUB = "2025-07-22"  # a Tuesday

CASES = [
    ("The president said in a televised address on Sunday that the government would review the bill.", "Sunday",
     "2025-07-20"),
    ("The minister told reporters at a crowded briefing on Friday that prices would fall.", "Friday", "2025-07-18"),
    ("The union said it would strike on Friday.", "Friday", "2025-07-25"),
]


@pytest.mark.parametrize("sentence,span,value", CASES)
def test_reporting_verb_owns_its_day(sentence, span, value):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=PUB)}
    assert found.get(span) == value, found
