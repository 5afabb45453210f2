"""Issue 11: the limits of this session's post-resolve passes, from a review that ran them on sentences of its
own. Each pass fired wider than its rule says: a ", when" clause's year reached past the clause, an "and"
between two clock times that were not one verb group's, any present passive read as a schedule, two lengths
joined across a comma that did not end the length, a day-shift lead cut short, initials read as a sentence end.
Each case holds the sentence where the pass must still fire and the one where it must not."""

from __future__ import annotations

import pytest

import timeline


def tag(text: str, pub: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in timeline.tag(text, pub_date=pub)}


@pytest.mark.parametrize("text,pub,span,value", [
    # the clause ends at its comma: a date after it keeps its own year
    ("Sales have tripled since 2021, when the plant opened, and the firm will open another plant in March.",
     "2024-11-24", "March", "2025-03"),
    # initials inside the clause are no end of it; the clause's own month takes the year
    ("Fires have hit every summer since 2021, when the U.S. army left in late July.", "2024-11-24", "late July",
     "2021-07"),
    ("Wildfires have hit since 2021, when blazes killed eight people in late July and early August.", "2024-11-24",
     "early August", "2021-08"),
])
def test_when_clause_year_stays_in_its_clause(text, pub, span, value):
    assert tag(text, pub)[span][1] == value


@pytest.mark.parametrize("text,span,value", [
    # a clause of its own between the two clock times: the first keeps its day
    ("The plant was evacuated at 3 a.m. and police said it would reopen at 6 p.m. on Friday.", "3 a.m.",
     "2023-09-05T03:00"),
    # one verb group's two verbs share the day named with the second
    ("Polls will open at 7 a.m. and close at 7 p.m. on Friday.", "7 a.m.", "2023-09-08T07:00"),
])
def test_clock_time_takes_the_day_of_its_own_verb_group(text, span, value):
    assert tag(text, "2023-09-05")[span][1] == value


@pytest.mark.parametrize("text,value", [
    ("Two men are charged over a robbery on Sunday.", "2023-09-03"),  # the news present of a past event
    ("The results are published on Monday.", "2023-09-11"),  # a schedule
    ("The race is held the Sunday before Easter.", None),  # a schedule with an irregular participle (below)
])
def test_present_passive_is_a_schedule_only_for_schedule_verbs(text, value):
    got = tag(text, "2023-09-05")
    if value is None:
        assert got["the Sunday before Easter"][1] == "2024-03-24"
    else:
        assert next(v for _, v in got.values()) == value


@pytest.mark.parametrize("text,joined", [
    ("The flight lasted 11 hours, 20 minutes.", {"11 hours, 20 minutes": "PT11H20M"}),
    ("The match lasted three hours and 51 minutes.", {"three hours and 51 minutes": "PT3H51M"}),
    # negatives: the second length goes on into a phrase of its own
    ("He was jailed for two years, six months of which were suspended.", {"two years": "P2Y", "six months": "P6M"}),
    ("Over the past two years, six months of talks failed.", {"the past two years": "P2Y", "six months": "P6M"}),
    ("The session lasted three hours, 20 minutes before the recess.", {"three hours": "PT3H", "20 minutes": "PT20M"}),
])
def test_two_unit_length_joins_only_when_it_ends(text, joined):
    got = tag(text, "2023-09-05")
    assert {k: v for k, (_, v) in got.items()} == joined


@pytest.mark.parametrize("text,span,value", [
    ("Protesters marched on the Wednesday before Thanksgiving.", "the Wednesday before Thanksgiving", "2022-11-23"),
    ("He resigned the day after May 3 and left the country.", "the day after May 3", "2023-05-04"),
])
def test_day_shift_leads_join(text, span, value):
    assert tag(text, "2023-09-06")[span][1] == value


def test_day_before_a_noun_is_the_events_day():
    # negative: "the eve of the May 9 parade" names the parade's day; the lead does not join it
    assert "May 9" in tag("Protests came on the eve of the May 9 parade.", "2023-09-06")


def test_initials_are_no_sentence_end_for_overnight():
    got = tag("Overnight, U.S. jets struck the port, officials said Monday.", "2023-09-06")
    assert got["Overnight"][1] == "2023-09-03TNI"


@pytest.mark.parametrize("text,value", [
    # an onset participle takes the tense of the verb its phrase hangs on, with no comma before it
    ("Nurses will walk off the job for 48 hours starting Thursday, the union said.", "2024-03-14"),
    ("New fares apply beginning Monday.", "2024-03-18"),
    # negative: a past verb keeps the day behind
    ("Nurses struck for 48 hours starting Thursday.", "2024-03-07"),
])
def test_onset_participle_takes_its_verbs_tense(text, value):
    got = tag(text, "2024-03-13")
    assert next(v for t, v in got.values() if t == "DATE") == value
