"""Issue 12, "summaries read like headlines": shapes found reading new news texts in the 2026-12-02 morning
session. A time clause the parser hangs under a reporting verb as if it were what was said ("said on Friday it
would delay the project, a day after a rival cut its plans": "cut" parsed as the complement, "delay" under it) is
not the report: the headline reports the clause before it. A phrase the parser left between the two halves of a
split time clause ("two days after water from a reservoir burst": "after water" and "burst" on the main verb, "from
a reservoir" between them) goes with that clause. A participle set off after a clause dated otherwise ("recovered
in the 2010s, peaking at 85,000 in 2019") is its own headline ("Attendance peaking at 85,000", the participle
kept so that the headline holds the row's trigger). A deadline that a
verb gives ("were given until June to remove the gear") stays in the headline. An infinitive dated otherwise
than the verb over it ("voted on Monday to shut the plant in December") reads "The board to shut the plant", with
an object before it as its doer. A second object set off by a comma that restates the first with the row's time
("blocked only one merger in the past decade, a Spanish deal in 2016") replaces it - each with sentences where the
rule fires and sentences where it must not. In wire copy the dateline's words are excluded from every row's
headline; the rules asking where the row's time sits ("did not open until 2 p.m." -> "opened") must not count them
(they did, and never fired in a story with a dateline)."""

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
    # a split time clause's middle goes with it
    "split-after": ("Rescuers pulled nine climbers from a crevasse on Friday, two days after snow from a cornice "
                    "buried their camp.", "Friday", ["Rescuers pulled nine climbers from a crevasse"], ["cornice"]),
    "split-after-adverb": ("Firefighters rescued six hikers from a ravine on Sunday, three days after a rock slide "
                           "from the cliff above blocked the trail.", "Sunday",
                           ["rescued six hikers from a ravine"], ["above", "cliff"]),
    "split-after-noun": ("Divers brought 12 workers up from a flooded tunnel in the Andes on Friday, two days after "
                         "water from a mountain lake burst into the shaft, the company said.", "Friday",
                         ["brought 12 workers up from a flooded tunnel"], ["lake"]),
    # negative: a phrase of the main clause after a whole time clause stays
    "whole-after": ("The team flew home from Lisbon on Monday after a loss, with fans waiting at the airport.",
                    "Monday", ["flew home from Lisbon"], []),
    # a participle dated apart from its clause
    "peaking": ("Visitor numbers recovered in the 2010s, peaking at 2.1 million in 2018.", "2018",
                ["Visitor numbers peaking at 2.1 million"], ["recovered"]),
    "hitting": ("Exports fell sharply in 2020, hitting a low of $4 billion in May.", "May",
                ["Exports hitting a low of $4 billion"], ["fell"]),
    "peaking-main": ("Visitor numbers recovered in the 2010s, peaking at 2.1 million in 2018.", "the 2010s",
                     ["Visitor numbers recovered"], ["peak"]),
    # negative: a participle without a time of its own is no headline of its own
    "forcing": ("Heavy rain fell on Monday, forcing schools to close.", "Monday", ["Heavy rain fell"], ["forcing"]),
    # a deadline given
    "given-until": ("Operators were given until June 2024 to remove the equipment.", "June 2024",
                    ["were given until June 2024 to remove the equipment"], []),
    "have-until": ("Tenants have until Friday to leave the building.", "Friday",
                   ["Tenants have until Friday to leave"], []),
    # negative: an "until" that only bounds a state goes
    "stay-until": ("The museum will stay open until Friday to clear the queue.", "Friday",
                   ["The museum will stay open"], ["until"]),
    # an infinitive dated apart from its verb
    "voted-to": ("The board voted on Monday to shut the plant in December.", "December",
                 ["The board to shut the plant"], ["voted"]),
    "ordered-to": ("A judge ordered the firm on Tuesday to pay the fine by June 30.", "June 30",
                   ["the firm to pay the fine"], ["judge"]),
    "voted-to-vote": ("The board voted on Monday to shut the plant in December.", "Monday",
                      ["The board voted to shut the plant"], []),
    # negative: an infinitive whose verb has no other time keeps the verb
    "plans-to": ("The company plans to open a store in May.", "May", ["The company plans to open a store"], []),
    # a dateline is not the row's time
    "dateline-until": ("LYON, March 8 (Reuters) - The museum did not open until 2 p.m. on Friday after a power cut.",
                       "2 p.m. on Friday", ["The museum opened"], ["did not"]),
    "dateline-peaking": ("OSLO, March 8 (Reuters) - Exports fell sharply in 2020, hitting a low of $4 billion in May.",
                         "May", ["Exports hitting a low of $4 billion"], ["fell"]),
    # a restating second object
    "restated": ("The regulator has blocked only one airline merger in the past decade, a Spanish deal in 2016.",
                 "2016", ["The regulator has blocked a Spanish deal"], ["merger"]),
    "restated-first": ("The regulator has blocked only one airline merger in the past decade, a Spanish deal in "
                       "2016.", "the past decade", ["The regulator has blocked only one airline merger"], ["Spanish"]),
}

table, test_headline_reads_cleanly = headline_suite(CASES, PUB)
