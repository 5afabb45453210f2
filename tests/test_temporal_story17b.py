"""Issue 11 (and the date column of issue 12), session 17, helper B: DIRECTION and ANCHOR of underspecified dates,
the classes read sets 6-8 showed (docs/heldout_6-8_temporal_direction.md). Sentences of our own, written before the
tool ran on them, several domains, with negatives where the reading must stay as it was. Values by hand from the
TIMEX3 guidelines and the README."""

from __future__ import annotations

import pytest

import timeline


def _values(text: str, pub: str) -> dict[str, str | None]:
    return {t.text: t.value for t in timeline.tag(text, pub_date=pub)}


# B1. A purpose infinitive after the time ("... on Tuesday to discuss the ruling") is not the clause's verb: the
# finite verb before the time dates it, however long its object and place are.
PURPOSE = [
    # pub Wed 2023-03-15
    ("The union will stage a protest march through central Leeds on Saturday to demand higher pay.", "Saturday",
     "2023-03-18", "2023-03-15"),
    # pub Thu 2021-09-16
    ("The ministers will hold an emergency session in the capital on Monday to review the budget.", "Monday",
     "2021-09-20", "2021-09-16"),
    # pub Mon 2019-05-06
    ("Shareholders will gather at the company's headquarters in Zurich on Thursday to vote on the merger.",
     "Thursday", "2019-05-09", "2019-05-06"),
    # negatives: a past verb before keeps the past
    ("The union staged a protest march through central Leeds on Saturday to demand higher pay.", "Saturday",
     "2023-03-11", "2023-03-15"),
    ("Police officers arrived at the scene of the crash on Monday to question the drivers.", "Monday", "2021-09-13",
     "2021-09-16"),
]

# B2. A participle between a preposition and its noun ("a list of banned substances", "claims from injured
# workers") modifies the noun; it is not the clause's past verb.
PARTICIPLE = [
    ("The agency said it would release a list of approved vaccines in March.", "March", "2023-03", "2022-11-10"),
    ("The retailer will open a chain of refurbished stores in June.", "June", "2020-06", "2020-02-05"),
    ("The court will hear claims from injured workers in September.", "September", "2018-09", "2018-04-10"),
    # negatives: the participle is the verb, or a past verb governs
    ("Inspectors found damaged cables in May.", "May", "2020-05", "2021-03-01"),
    ("The museum returned a collection of stolen paintings in October.", "October", "2015-10", "2016-08-20"),
]

# B4. A possessive weekday right after a reporting verb ("said Saturday's parade would begin") names the noun's
# day, not the saying's: the clause after it gives the direction.
POSSESSIVE = [
    ("Organizers said Saturday's parade would begin at 11 a.m.", "Saturday", "2019-06-15", "2019-06-13"),
    ("Organizers said Saturday's parade would begin at 11 a.m.", "11 a.m.", "2019-06-15T11:00", "2019-06-13"),
    ("The league announced Friday's match would be played behind closed doors.", "Friday", "2020-03-13",
     "2020-03-10"),
    # negatives: a past complement, and the saying's own bare weekday
    ("Officials said Saturday's parade had drawn 40,000 people.", "Saturday", "2019-06-15", "2019-06-17"),
    ("The mayor said Sunday that the parade would go ahead.", "Sunday", "2019-06-09", "2019-06-13"),
]

# C1. A gerund after a catenative verb ("began repairing the pier in October") is told in that verb's own past:
# a month after the publication date is last year's, as after "repaired".
CATENATIVE = [
    ("The city began repairing the pier in October.", "October", "2022-10", "2023-09-01"),
    ("Workers started dismantling the old stadium in September.", "September", "2018-09", "2019-08-20"),
    # negatives: futures keep the month ahead
    ("The city will begin repairing the pier in October.", "October", "2023-10", "2023-09-01"),
    ("The airline said it would resume flying to Kyiv in October.", "October", "2023-10", "2023-09-01"),
]

# A. A bare clock time in a past clause is on the day of the story's event: not a day named in a relative clause
# of another sentence or its own, not the report's day; after a future day it takes the last day gone by.
STORY_DAY = [
    ("Rebels released two journalists on Sunday, and a truce that began on Thursday was holding, officials said.\n\n"
     "The journalists were handed to Red Cross staff at about 3 p.m. and flown to the capital that evening.",
     "about 3 p.m.", "2018-10-14T15:00", "2018-10-16"),
    ("Rebels released two journalists on Sunday, and a truce that began on Thursday was holding, officials said.\n\n"
     "The journalists were handed to Red Cross staff at about 3 p.m. and flown to the capital that evening.",
     "that evening", "2018-10-14TEV", "2018-10-16"),
    ("A ferry carrying 300 passengers ran aground off the coast on Saturday, the coast guard said on Sunday.\n\n"
     "The ferry, which entered service on May 2, 2011, struck rocks at 4:10 a.m.", "4:10 a.m.", "2017-08-12T04:10",
     "2017-08-14"),
    ("Nurses voted on Monday to strike for three days from March 1, their union said. The ballot closed at 6 p.m.",
     "6 p.m.", "2023-02-13T18:00", "2023-02-15"),
    # negative: a main clause's own earlier day is where the story went
    ("Rescuers found the climber on Monday. He had set out on Saturday and fell at about 2 p.m.", "about 2 p.m.",
     "2019-07-13T14:00", "2019-07-16"),
]

# B3. A verb inside a parenthetical set off by commas (", including a request to keep paying staff,") is not the
# clause's verb: the verb before the parenthetical dates the time after it.
PARENTHETICAL = [
    ("The judge will hear the first motions, including a request to keep paying staff, on Tuesday.", "Tuesday",
     "2021-09-21", "2021-09-16"),
    ("The board is scheduled to discuss several proposals, including plans to sell two hotels, on Monday morning.",
     "Monday morning", "2022-05-09TMO", "2022-05-06"),
    # negatives: the verb before the parenthetical is past
    ("The board discussed several proposals, including plans to sell two hotels, on Monday.", "Monday",
     "2022-05-02", "2022-05-06"),
    ("Rescuers searched the area, including the flooded tunnels, on Sunday.", "Sunday", "2019-07-14", "2019-07-16"),
]

# A (negatives, written before the second round ran). A relative clause ending its sentence whose day the next
# sentence goes on with keeps that day; a future clause keeps the publication day.
STORY_DAY_KEPT = [
    ("A convoy of aid trucks reached the besieged city on Friday, the United Nations said on Saturday.\n\n"
     "The drivers had waited for days at the border before the trip, which started on Wednesday. The first lorry "
     "crossed at 6:15 a.m. and arrived eight hours later.", "6:15 a.m.", "2023-03-01T06:15", "2023-03-05"),
    ("The minister, who took office on Monday, will speak to reporters at 3 p.m.", "3 p.m.", "2024-01-10T15:00",
     "2024-01-10"),
]

# A (negatives, round 3): after a future day with no day gone by before it, a past clause's clock time stays on the
# publication day; a clock time with its own day is never moved. (pub Thu 2022-10-06)
STORY_DAY_KEPT += [
    ("Police said the suspect would appear in court on Oct. 20. He was arrested at 6 p.m. outside his flat.",
     "6 p.m.", "2022-10-06T18:00", "2022-10-06"),
    ("The museum, which reopened on Tuesday, was evacuated at 11 a.m. on Wednesday.", "11 a.m. on Wednesday",
     "2022-10-05T11:00", "2022-10-06"),
]

CASES = PURPOSE + PARTICIPLE + POSSESSIVE + CATENATIVE + STORY_DAY + PARENTHETICAL + STORY_DAY_KEPT


@pytest.mark.parametrize("text,span,value,pub", CASES, ids=[f"{c[1]}@{c[3]}:{c[0][:40]}" for c in CASES])
def test_direction_and_anchor(text, span, value, pub):
    found = _values(text, pub)
    assert found.get(span) == value, found
