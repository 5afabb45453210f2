"""Issue 12, "summaries read like headlines": shapes found reading new news texts in the 2026-12-02 morning
session. A time clause the parser hangs under a reporting verb as if it were what was said ("said on Friday it
would delay the project, a day after a rival cut its plans": "cut" parsed as the complement, "delay" under it) is
not the report: the headline reports the clause before it - with sentences where the rule fires and sentences
where it must not."""

from headline_cases import headline_suite

PUB = "2025-02-07"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    "after-clause": ("Equinor said on Friday it would delay the project by two years, citing rising costs, a day "
                     "after rival Shell cut its spending plans.", "Friday",
                     ["would delay the project"], ["Shell"]),
    "after-clause-long": ("The carmaker said on Thursday it would close two plants in Ohio by 2027, citing weak "
                          "demand, a week after its main rival announced job cuts.", "Thursday",
                          ["close two plants"], ["rival announced"]),
    # negative: an after-clause inside what was said stays in it
    "inside-report": ("The union said on Monday that talks had collapsed after the company cut wages.", "Monday",
                      ["talks had collapsed"], []),
    "inside-report-bare": ("Police said on Sunday the fire started after a gas cylinder exploded.", "Sunday",
                           ["the fire started"], []),
}

table, test_headline_reads_cleanly = headline_suite(CASES, PUB)
