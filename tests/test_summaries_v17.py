"""Issue 12, "summaries read like headlines": shapes found reading new news texts in the 2026-12-01 morning
session. A coordinated predicate in another tense than the row's verb is a statement of its own ("lost its
majority in March and needs opposition votes": the present need is no part of the March event); an infinitive
that says what a plan or an offer is for ("approved a plan on Monday to remove cars by 2028") reads with the
clause holding that noun, or with the noun itself, never as a bare "remove cars" - each with sentences where the
rule fires and sentences where it must not."""

import pytest

from headline_cases import check_headline, extract_cases

PUB = "2024-05-15"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    # a conjunct in another tense is left out
    "majority": ("The coalition lost its majority in March and needs opposition votes to pass the law.", "March",
                 ["The coalition lost its majority"], ["needs"]),
    "museum": ("The museum closed in 2019 and is now a hotel.", "2019", ["The museum closed"], ["hotel"]),
    "reopens": ("The theatre reopens on Friday and was closed for two years.", "Friday", ["reopens"], ["was closed"]),
    # negatives: the same tense, or a verb sharing its head's auxiliary, stays
    "cut-closed": ("The firm cut 200 jobs in May and closed two plants.", "May",
                   ["cut 200 jobs and closed two plants"], []),
    "visit-meet": ("The minister will visit Kyiv on Monday and meet the president.", "Monday",
                   ["will visit Kyiv and meet the president"], []),
    "arrested-charged": ("She was arrested on Friday and charged with fraud.", "Friday",
                         ["was arrested and charged with fraud"], []),
    # an infinitive on a noun reads with the noun's clause, or with the noun
    "plan-approved": ("The council approved a plan on Monday to remove cars from the old town by 2028.", "2028",
                      ["approved a plan to remove cars from the old town"], ["on Monday"]),
    "offer-rejected": ("The union rejected an offer on Thursday to raise pay by 4% from January.", "January",
                       ["rejected an offer to raise pay"], ["Thursday"]),
    "scheme": ("The government announced a scheme last week to plant a million trees by 2030.", "2030",
               ["announced a scheme to plant a million trees"], []),
    "plan-under": ("Under a plan to remove cars by 2028, the streets of the old town will be closed.", "2028",
                   ["a plan to remove cars"], []),
    # negatives: the clause's own row keeps its own verb; an infinitive under a verb is no noun's
    "plan-monday": ("The council approved a plan on Monday to remove cars from the old town by 2028.", "Monday",
                    ["The council approved a plan"], ["2028"]),
    "plans-to": ("The council plans to remove cars from the old town by 2028.", "2028",
                 ["plans to remove cars from the old town"], []),
}


@pytest.fixture(scope="module")
def table():
    return extract_cases(CASES, PUB)


@pytest.mark.parametrize("key", list(CASES))
def test_headline_reads_cleanly(table, key):
    check_headline(table, CASES, key)
