"""Reviewer 1's regressions of the "did not V until X" rule (events/link.py ``_not_until``): with a verb of lasting or
waiting the thing ended, or the act came, before the time, so the row stays a negation (not asserted); any other
past "did not V until X" happened at X."""

import pytest

import timeline

PUB = "2024-03-15"


def _row(text):
    t = timeline.extract(text, pub_date=PUB)
    assert len(t) == 1, t
    return t.iloc[0]


@pytest.mark.parametrize("text", [
    "The truce did not last until Christmas.",
    "The ceasefire did not hold until the weekend.",
    "The deal did not survive until the end of the year.",
    "He did not live until 2020 to see the verdict.",
    "The company did not wait until Friday to announce the recall.",
])
def test_lasting_or_waiting_stays_negated(text):
    row = _row(text)
    assert (row["modality"], bool(row["asserted"])) == ("not", False)


@pytest.mark.parametrize("text", [
    "The museum did not reopen until 10 a.m. on Saturday.",
    "The body was not discovered until 2019.",
])
def test_other_verbs_happened_at_the_time(text):
    assert bool(_row(text)["asserted"])
