"""Issue 12, "summaries read like headlines": shapes found reading new news texts in the 2026-12-01 morning
session. A coordinated predicate in another tense than the row's verb is a statement of its own ("lost its
majority in March and needs opposition votes": the present need is no part of the March event); an infinitive
that says what a plan or an offer is for ("approved a plan on Monday to remove cars by 2028") reads with the
clause holding that noun, or with the noun itself, never as a bare "remove cars"; a gerund after "before" in
another clause of the subject's is the subject doing it, in the main verb's tense ("flew ..., arriving in late
October, before returning to Finland in May" -> "Eight of them returned to Finland"); a time that is a copula's
subject keeps its copula ("The last three weeks were the hardest", was "the hardest"); a noun set off by a comma
after the verb's phrase has closed is a comment, not an object ("will leave for the Middle East on Thursday, his
first trip to the region"); a "than" phrase whose comparative went with a removed time goes too ("would arrive
'a few weeks later' than usual") - each with sentences where
the rule fires and sentences where it must not."""

from headline_cases import headline_suite

PUB = "2024-05-15"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    # a conjunct in another tense is left out
    "majority": ("The coalition lost its majority in March and needs opposition votes to pass the law.", "March",
                 ["The coalition lost its majority"], ["needs"]),
    "museum": ("The museum closed in 2019 and is now a hotel.", "2019", ["The museum closed"], ["hotel"]),
    "reopens": ("The theatre reopens on Friday and was closed for two years.", "Friday", ["reopens"], ["was closed"]),
    "could-lose-may": ("The ferry firm failed to pay its fuel bills in May and could lose its licence, regulators said on "
                       "Tuesday.", "May", ["failed to pay its fuel bills"], ["could lose"]),
    # negatives: a past modal denied is the past verb's own time; a report dated on its reporting verb keeps both
    # clauses of what was said; the same tense, or a verb sharing its head's auxiliary, stays
    "could-not": ("Rescuers reached the village on Monday but could not find the missing hiker.", "Monday",
                  ["reached the village but could not find the missing hiker"], []),
    "would-not": ("The minister met union leaders on Monday but would not discuss pay.", "Monday",
                  ["met union leaders but would not discuss pay"], []),
    "could-lose-said": ("The ferry firm failed to pay its fuel bills in May and could lose its licence, regulators said "
                        "on Tuesday.", "Tuesday", ["failed to pay its fuel bills and could lose its licence"], []),
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
    # ... also after a linking verb
    "first-country": ("The review began last week after Denmark became the first country to pause the rollout on "
                      "March 11.", "March 11", ["Denmark became the first country to pause the rollout"], []),
    "first-woman": ("She was the first woman to win the race in 1967.", "1967", ["She was the first woman to win the race"],
                    []),
    # negatives: a finite relative clause keeps its own clause; the clause's own row keeps its own verb; an
    # infinitive under a verb is no noun's
    "who-won": ("The first woman who won the race in 1967 has died.", "1967", ["The first woman won the race"], ["died"]),
    "plan-monday": ("The council approved a plan on Monday to remove cars from the old town by 2028.", "Monday",
                    ["The council approved a plan"], ["2028"]),
    "plans-to": ("The council plans to remove cars from the old town by 2028.", "2028",
                 ["plans to remove cars from the old town"], []),
    # a gerund after "before"/"after" in another clause: the subject doing it, in the main verb's tense
    "returned": ("Eight of the birds flew to Mozambique, arriving in late October, before returning to Finland in "
                 "May.", "May", ["Eight of the birds returned to Finland"], ["arriving"]),
    "head-home": ("The crew will sail to Cape Town, stopping in Lisbon, before heading home in June.", "June",
                  ["The crew will head home"], ["stopping"]),
    # negatives: a gerund right under the main verb keeps its clause; the other time's row keeps its own verb
    "memoir": ("He wrote a memoir before leaving office in 2009.", "2009", ["He wrote a memoir before leaving office"],
               []),
    "memoir-fronted": ("After leaving office in 2009, he wrote a memoir.", "2009", ["wrote a memoir after leaving office"],
                       []),
    "arriving": ("Eight of the birds flew to Mozambique, arriving in late October, before returning to Finland in "
                 "May.", "late October", ["arriving"], ["returned"]),
    # a time that is the copula's subject stays with its copula
    "hardest": ('"The last three weeks were the hardest," she said.', "The last three weeks",
                ["The last three weeks were the hardest"], []),
    "coldest": ("Last winter was the coldest in a decade.", "Last winter", ["Last winter was the coldest"], []),
    # negative: a time inside the subject's phrase is no subject
    "vote-close": ("The vote on Tuesday was close.", "Tuesday", ["The vote was close"], ["Tuesday"]),
    # a noun set off after the verb's phrase closed on a prepositional phrase is a comment, not the verb's object
    "trip": ("Secretary of State James A. Baker will leave for the Middle East on Thursday, his first trip to the "
             "region since the war began on Jan. 16.", "Thursday", ["will leave for the Middle East"], ["trip"]),
    "visit": ("The team flew to Tokyo on Monday, its first visit since 2015.", "Monday", ["The team flew to Tokyo"],
              ["visit"]),
    # negative: an object after a phrase set off on both sides is the verb's own
    "house": ("He bought, for $5 million, a house in Malibu in 2019.", "2019", ["a house in Malibu"], []),
    # a "than" phrase whose comparative went with a removed time goes too
    "than-usual": ('The chief executive said last month that the phones would arrive "a few weeks later" than usual.',
                   "last month", ["said the phones would arrive"], ["than usual"]),
    # negative: a comparison of something else stays
    "than-expected": ("Sales in May were higher than expected.", "May", ["higher than expected"], []),
    # an event noun the tagger read as an adjective reads with its verb, as a noun would
    "final-drew": ("Saturday's final drew a crowd of 40,000 to Wembley.", "Saturday", ["final drew a crowd of 40,000"],
                   []),
    # negative: an adjective on a noun is no event of its own
    "final-report": ("The company released its final report on Monday.", "Monday",
                     ["The company released its final report"], []),
}


table, test_headline_reads_cleanly = headline_suite(CASES, PUB)
