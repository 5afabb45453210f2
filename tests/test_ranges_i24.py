"""Range rules of helper i24 (temporal/ranges.py), each family with positive and negative examples written here:
whether the tagger links two times as the ends of one range (``range_with``) and what values the ends take.

* an amount's change verb ("fell", "rose") makes "from X to Y" values only when an end could be an amount;
* a dashed weekday pair closing a clause ("runs Friday-Sunday at the harbour") is a range, a label is not;
* a day and a part of a day ("between Friday and Sunday morning") are the two ends of one range.
"""

from __future__ import annotations

import pytest

import timeline

# (id, text, pub date, first end's words, second end's words, linked?, first end's value, second end's value)
CASES = [
    # an amount's change verb between months, weekdays, days: when it happened
    ("fell-months", "Grain exports fell from March through May.", "2024-08-10", "March", "May", True, "2024-03",
     "2024-05"),
    ("rose-months-year", "Orders for tractors rose from January to April 2021.", "2024-08-10", "January", "April 2021",
     True, "2021-01", "2021-04"),
    ("dropped-weekdays", "Ridership dropped from Monday to Thursday during the heatwave.", "2024-05-02", "Monday",
     "Thursday", True, None, None),
    # an end that could be an amount, or a verb that moves a date: no range
    ("rose-year-levels", "Output rose from 1998 to 2000 levels.", "2024-05-02", "1998", "2000", False, None, None),
    ("moved-weekdays", "The final was moved from Friday to Sunday.", "2024-05-02", "Friday", "Sunday", False, None,
     None),
    ("postponed-months", "The vote was postponed from March to June.", "2024-05-02", "March", "June", False, None,
     None),
    # a dashed pair of weekdays closing a clause; a label before a noun is none
    ("dash-at", "The flower show runs Friday-Sunday at the castle.", "2024-05-02", "Friday", "Sunday", True,
     "2024-05-03", "2024-05-05"),
    ("dash-stop", "Clinics will be open Monday-Friday.", "2024-05-02", "Monday", "Friday", True, None, None),
    ("dash-label", "The Monday-Friday timetable changes next month.", "2024-05-02", "Monday", "Friday", False, None,
     None),
    # a day and a part of a day, or a part of a day and a day
    ("day-to-morning", "Heavy rain fell between Friday and Sunday morning.", "2024-05-06", "Friday",
     "Sunday morning", True, "2024-05-03", "2024-05-05TMO"),
    ("evening-to-day", "The motorway will be shut from Friday evening to Sunday.", "2024-05-02", "Friday evening",
     "Sunday", True, "2024-05-03TEV", "2024-05-05"),
    ("day-to-clock", "The consulate is closed from Monday to 5 p.m. Wednesday.", "2024-05-02", "Monday",
     "5 p.m. Wednesday", True, "2024-05-06", "2024-05-08T17:00"),
    ("day-and-morning-no-between", "Rain fell on Friday and Sunday morning.", "2024-05-06", "Friday",
     "Sunday morning", False, None, None),
]


def _by_text(timexes, words):
    hit = [t for t in timexes if t.text == words]
    assert hit, [(t.text, t.value) for t in timexes]
    return hit[0]


@pytest.mark.parametrize("name, text, pub, a, b, linked, va, vb", CASES, ids=[c[0] for c in CASES])
def test_i24_ranges(name, text, pub, a, b, linked, va, vb):
    timexes = timeline.tag(text, pub_date=pub)
    ta, tb = _by_text(timexes, a), _by_text(timexes, b)
    shown = [(t.text, t.value, t.range_with) for t in timexes]
    assert (ta.range_with == tb.tid and tb.range_with == ta.tid) == linked, shown
    if va is not None:
        assert ta.value == va, shown
    if vb is not None:
        assert tb.value == vb, shown
