"""Which way a time without its year or week points after "until", "by" and "no later than".

A delay, an extension or a deadline looks forward from the report even in a past-tense sentence ("the vote
was postponed until Thursday"); a past verb that only ends a stretch keeps its past ("the strike lasted until
Thursday"). Written against a Tuesday, 2023-09-05.
"""

from __future__ import annotations

import pytest

import timeline

DCT = "2023-09-05"

CASES = [
    # forward: delays, extensions, grants of time, deadlines
    ("The vote was delayed until Thursday.", "Thursday", "2023-09-07"),
    ("The vote was postponed until Thursday.", "Thursday", "2023-09-07"),
    ("The meeting was put off until Thursday.", "Thursday", "2023-09-07"),
    ("The launch was pushed back until Friday.", "Friday", "2023-09-08"),
    ("The court adjourned the case until Monday.", "Monday", "2023-09-11"),
    ("They were given until Thursday to respond.", "Thursday", "2023-09-07"),
    ("Iraq has until Friday to comply.", "Friday", "2023-09-08"),
    ("The report is due by Friday.", "Friday", "2023-09-08"),
    ("It must be done by Friday.", "Friday", "2023-09-08"),
    ("Bids are due no later than Friday.", "Friday", "2023-09-08"),
    ("Officials said the talks were postponed until December.", "December", "2023-12"),
    # backward: the past verb ends a stretch or states what was done by then
    ("The strike lasted until Thursday.", "Thursday", "2023-08-31"),
    ("He waited until Monday to call.", "Monday", "2023-09-04"),
    ("He did not arrive until Monday.", "Monday", "2023-09-04"),
    ("He gave a speech and stayed until Friday.", "Friday", "2023-09-01"),
    ("The judge deferred sentencing until Monday.", "Monday", "2023-09-11"),
    ("The troops withdrew by Friday.", "Friday", "2023-09-01"),
    ("By Friday the troops had left.", "Friday", "2023-09-01"),
]


@pytest.mark.parametrize("sentence,span,value", CASES, ids=[c[0] for c in CASES])
def test_direction_after_until_and_by(sentence, span, value):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=DCT)}
    assert found.get(span) == value, found


@pytest.mark.parametrize("sentence,span,value", [
    ("The bridge opened two weeks later than planned.", "two weeks", "P2W"),
    ("Harvests start ten days earlier than they used to.", "ten days", "P10D"),
])
def test_later_than_is_an_amount(sentence, span, value):
    found = [(t.text, t.type, t.value) for t in timeline.tag(sentence, pub_date=DCT)]
    assert found == [(span, "DURATION", value)]
