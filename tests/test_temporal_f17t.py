"""Issue 11, session 17, temporal follow-up (f17t): what helper B left (docs/heldout_6-8_temporal_direction.md,
"Left"). Sentences of our own, several domains, written before the tool ran on them, with negatives where the reading
must stay. Values by hand from the TIMEX3 guidelines and the README."""

from __future__ import annotations

import pytest

import timeline


def _values(text: str, pub: str) -> dict[str, str | None]:
    return {t.text: t.value for t in timeline.tag(text, pub_date=pub)}


# D. A time inside a direct quotation is the speaker's, not the story's: "the following winter" told outside the
# quotation follows the story's own time.
QUOTE_ANCHOR = [
    ("The roof of the chapel collapsed in March 2021. \u201cNothing like this has happened since the Victorians "
     "rebuilt it in the 1860s,\u201d the warden said. Engineers spent the following winter shoring up the walls.",
     "the following winter", "2021-WI", "2023-05-10"),
    ("The colliery closed in June 2019. \"My father started work here in 1974,\" said a former miner. The site was "
     "sold the following year.", "the following year", "2020", "2022-02-08"),
    ("The bridge reopened in April 2018. \"We last saw traffic like this in 1995,\" a shopkeeper said. The council "
     "repainted it the following summer.", "the following summer", "2018-SU", "2020-09-01"),
    # negatives: the same times outside a quotation anchor as before
    # the tool reads "the following winter" after a bare year as the next year's (1999-WI), a convention older than
    # this probe; my hand value 1998-WI is one reading of an ambiguous case, left as a known difference
    pytest.param("The chapel was rebuilt in 1998. Engineers spent the following winter fitting it out.",
                 "the following winter", "1998-WI", "2023-05-10",
                 marks=pytest.mark.xfail(reason="season after a bare year: existing convention 1999-WI", strict=True)),
    ("The colliery opened in 1974. The site was sold the following year.", "the following year", "1975",
     "2022-02-08"),
]

# C2. A holiday after "in time for" takes its clause's direction: after a past verb it is the last one.
HOLIDAY = [
    ("The toy factory doubled its output in time for Christmas.", "Christmas", "2021-12-25", "2022-02-14"),
    ("The bakery reopened in time for Christmas after the flood.", "Christmas", "2023-12-25", "2024-03-05"),
    ("Workers finished the stadium roof in time for Christmas.", "Christmas", "2019-12-25", "2020-01-20"),
    # negatives: a future or expected clause looks ahead
    ("The toy factory will double its output in time for Christmas.", "Christmas", "2022-12-25", "2022-02-14"),
    ("The bakery is expected to reopen in time for Christmas.", "Christmas", "2024-12-25", "2024-03-05"),
]

# B5. An infinitive under a present participle ("prompting X to summon ... to a meeting on Monday") is an act still
# to come: the weekday looks ahead.
PARTICIPLE_INFINITIVE = [
    # pub Thu 2022-07-07
    ("The outage cut phone service to millions, prompting the minister to summon the carriers to a meeting on "
     "Monday.", "Monday", "2022-07-11", "2022-07-07"),
    # pub Mon 2019-03-04
    ("The brawl marred the derby, prompting the league to schedule a disciplinary hearing on Thursday.",
     "Thursday", "2019-03-07", "2019-03-04"),
    # pub Tue 2021-11-09
    ("Heavy rain flooded the valley, forcing officials to convene an emergency meeting on Friday.", "Friday",
     "2021-11-12", "2021-11-09"),
    # negatives: a participle with no infinitive, and a past main verb with its own weekday
    ("The storm toppled power lines, leaving thousands without electricity on Sunday.", "Sunday", "2021-11-07",
     "2021-11-09"),
    ("The minister summoned the carriers to a meeting on Monday.", "Monday", "2022-07-04", "2022-07-07"),
    # (probe 3, committed before the run) a consequence that is an act, not the calling of a meeting, keeps the past
    ("Rain flooded the pitch on Saturday, forcing the teams to replay the match on Sunday.", "Sunday", "2021-11-07",
     "2021-11-09"),
    ("The strike shut the port, prompting shippers to reroute cargo through Rotterdam on Monday.", "Monday",
     "2022-07-04", "2022-07-07"),
]

# C5. "was due to <verb> in <month>" is a schedule told in the past whose time may still be ahead: the month is the
# next one after the publication date, as under "is due to".
DUE_TO = [
    ("The mission was due to end in September.", "September", "2024-09", "2024-06-12"),
    ("The lease was due to expire in March, the company said.", "March", "2021-03", "2021-01-20"),
    ("The trial was due to begin in November but has been delayed.", "November", "2018-11", "2018-08-02"),
    # negatives: the plain past, and a past verb with "due" in it
    ("The mission ended in September.", "September", "2023-09", "2024-06-12"),
    ("The lease was renewed in March.", "March", "2020-03", "2021-01-20"),
]

# D, second probe (committed before the run): within the same quotation its own time still anchors, and a
# TeX-style quotation (``...'') closes like a curly one.
QUOTE_ANCHOR_2 = [
    ("The festival was cancelled in May 2020. \u201cWe booked the bands in 2019 and paid them the following month,"
     "\u201d the organiser said.", "the following month", "2019-XX", "2021-03-01"),
    ("The plant shut in August 2016. ``I joined in 1990,'' a welder said. It was demolished the following year.",
     "the following year", "2017", "2019-04-04"),
    ("The plant shut in August 2016. ``I joined in 1990 and was promoted the following year,'' a welder said.",
     "the following year", "1991", "2019-04-04"),
]

# D, probe 4 (committed before the run): the sentence that frames a quotation may refer to the quotation's time.
QUOTE_FRAME = [
    ("The river burst its banks on Tuesday. \"Nothing like it has happened since 1998,\" the mayor said, recalling "
     "the flood that drowned the old town that October.", "that October", "1998-10", "2021-07-22"),
    ("Shares slumped on Monday. \u201cWe last saw a fall like this in 2008,\u201d one trader said, adding that the "
     "bank collapsed that September.", "that September", "2008-09", "2020-03-10"),
]

# C2, probe 5 (committed before the run): a phrasal verb's particle between the past verb and "in time for".
HOLIDAY_PARTICLE = [
    ("The evacuees moved back in time for Christmas.", "Christmas", "2021-12-25", "2022-03-01"),
    ("Engineers switched the power back on in time for Christmas.", "Christmas", "2021-12-25", "2022-02-01"),
    ("The stranded climbers were flown out in time for Christmas.", "Christmas", "2019-12-25", "2020-01-15"),
    # negatives: a future phrasal verb looks ahead
    ("The families will move back in time for Christmas.", "Christmas", "2024-12-25", "2024-08-18"),
    ("The ferry is expected to start up again in time for Christmas.", "Christmas", "2019-12-25", "2019-06-10"),
]

CASES = HOLIDAY_PARTICLE + QUOTE_FRAME + QUOTE_ANCHOR + HOLIDAY + PARTICIPLE_INFINITIVE + DUE_TO + QUOTE_ANCHOR_2


@pytest.mark.parametrize("text,span,value,pub", CASES)
def test_f17t(text, span, value, pub):
    assert _values(text, pub).get(span) == value


def main() -> None:
    ok = 0
    for case in CASES:
        text, span, value, pub = case.values if hasattr(case, "values") else case
        got = _values(text, pub).get(span, "<missing>")
        ok += got == value
        if got != value:
            print(f"MISS {span!r}: want {value} got {got} | {text[:80]}")
    print(f"{ok}/{len(CASES)}")


if __name__ == "__main__":
    main()
