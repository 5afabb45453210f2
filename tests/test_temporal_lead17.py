"""A daily window whose second clock time ends its sentence ("... every day between 10 a.m. and 6 p.m." followed by
another sentence): the full stop of "p.m." is also the sentence's, so the next sentence's times must not count as a
day named after the recurrence. Found by the session-17 reviewer on its own text."""

from __future__ import annotations

import pytest

import timeline

PUB = "2022-05-16"


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in timeline.tag(text, pub_date=PUB)}


@pytest.mark.parametrize("text, clock", [
    ("Visitors can see the clock every day between 10 a.m. and 6 p.m. The shop opens at 9 a.m. on Monday.", "10 a.m."),
    ("The ferry will sail every day between 7 a.m. and 7 p.m. Tickets go on sale at noon on Friday.", "7 a.m."),
    ("Guides lead tours daily from 9 a.m. to 5 p.m.\nThe cafe closed at 4 p.m. on Sunday.", "9 a.m."),
])
def test_window_ending_its_sentence_is_any_day(text, clock):
    assert values(text)[clock].startswith("XXXX-XX-XXT")


@pytest.mark.parametrize("text, clock", [
    # a day named after the recurrence in the same sentence: a particular day's window
    ("Trains ran every hour on Saturday between 6 a.m. and 9 p.m. Crowds were large.", "6 a.m."),
    # no recurrence at all
    ("The market was open between 10 a.m. and 6 p.m. on Sunday. Crowds were large.", "10 a.m."),
])
def test_particular_day_keeps_its_date(text, clock):
    assert not values(text)[clock].startswith("XXXX")
