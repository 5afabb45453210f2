"""Issue 12, "summaries read like headlines": shapes found reading news rows in the 2026-11-30 evening-2 session —
a fronted "Before X," losing its preposition, a fronted gerund phrase opening the headline, a comment set off at
the sentence's end, a comparison left behind by a removed length, a length the verb takes as its object — each
with sentences where the rule fires and sentences where it must not."""

import pytest
from headline_cases import case_row, headline_suite

PUB = "2024-03-12"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    # a fronted prepositional phrase kept whole keeps its preposition
    "before-that": ("Before that, he led Taco Bell from 2013 to 2015.", "2013", ["Before that, he led Taco Bell"],
                    []),
    "before-merger": ("Before the merger, he led Taco Bell in 2013.", "2013", ["Before the merger, he led"], []),
    # negative: a subordinator of a clause still goes ("before the company was sold" is another row's clause)
    "before-clause": ("The plant closed in 2012, before the company was sold.", "2012", ["The plant closed"],
                      ["before"]),
    # a fronted gerund phrase holding the trigger goes after its clause
    "after-leaving": ("After leaving office in 2009, he wrote a memoir.", "2009",
                      ["he wrote a memoir after leaving office"], []),
    "before-joining": ("Before joining Apple in 2014, he worked at Google.", "2014",
                       ["he worked at Google before joining Apple"], []),
    # a comment set off at the end of the sentence goes
    "setback": ("Voters rejected both proposals on Friday, a setback for the government that had campaigned for "
                "them.", "Friday", ["Voters rejected both proposals"], ["setback"]),
    "largest": ("Last month, the government agreed a $35 billion investment deal with the United Arab Emirates, the "
                "largest foreign investment in Egypt's history.", "Last month",
                ["agreed a $35 billion investment deal with the United Arab Emirates"], ["largest", "history"]),
    "long-awaited": ("Egypt's central bank raised its main interest rate by 600 basis points on Wednesday, a "
                     "long-awaited step that cleared the way for a loan.", "Wednesday",
                     ["raised its main interest rate by 600 basis points"], ["step", "cleared"]),
    "increase": ("More than 17,000 cases have been reported this year, a 160% increase over the same period last "
                 "year.", "this year", ["More than 17,000 cases have been reported"], ["increase"]),
    "twice": ("The museum welcomed 8.7 million visitors last year, more than twice the number it was designed for "
              "in the 1980s.", "last year", ["The museum welcomed 8.7 million visitors"], ["twice", "number"]),
    # negatives: a list, a sum of money renaming the news, and a comment holding the row's own trigger stay
    "loss-of": ("The company reported its results on Thursday, a loss of $2 billion.", "Thursday",
                ["a loss of $2 billion"], []),
    "list": ("They bought a boat in 2019, a car and a house.", "2019", ["a car and a house"], []),
    "own-trigger": ("More than 17,000 cases have been reported this year, a 160% increase over the same period last "
                    "year.", "the same period last year", ["increase"], []),
    # a comparison measured from a removed length goes with it
    "earlier-than-planned": ("Lifeguards will begin patrols on Saturday, a month earlier than planned.", "Saturday",
                             ["Lifeguards will begin patrols"], ["than planned", "than"]),
    # negative: a comparison of the verb's own stays
    "faster-than": ("The economy grew faster than forecast in the first quarter.", "the first quarter",
                    ["grew faster than forecast"], []),
    # a length the verb takes as its object stays
    "spend": ("Marine biologists will spend the next 10 days tagging sharks near the reef.", "the next 10 days",
              ["will spend the next 10 days tagging sharks"], []),
    # negative: a length that only dates the verb goes
    "cut-over": ("The company will cut 500 jobs over the next two years.", "the next two years",
                 ["The company will cut 500 jobs"], ["years"]),
    # an infinitive the verb takes as its complement stays, though a time made it an adverbial clause
    "offered-to": ("Kenya offered in July to lead a multinational force to help Haiti fight gangs.", "July",
                   ["Kenya offered to lead a multinational force"], []),
    "voted-to": ("The union voted on Friday to accept the offer.", "Friday", ["The union voted to accept the offer"],
                 []),
    # negative: a purpose infinitive still goes
    "went-to": ("The minister went to Paris on Monday to meet her counterpart.", "Monday",
                ["The minister went to Paris"], ["to meet"]),
    # a fronted time that inverts the clause stays in it
    "not-until-inverted": ("Not until Friday did the government admit the error.", "Friday",
                           ["Not until Friday did the government admit the error"], []),
    "only-on-inverted": ("Only on Monday did the company admit the error.", "Monday",
                         ["Only on Monday did the company admit the error"], []),
    # negative: a plain "not until" after the verb still loses its time (and reads as the event at that time, which
    # the row's asserted column says: tests/test_summaries_v16.py)
    "not-until-plain": ("The government did not admit the error until Friday.", "Friday",
                        ["The government admitted the error"], ["Friday"]),
    # a verb-prefix word keeps its auxiliary and prefix in a relative clause
    "re-elected": ("Prime Minister Kyriakos Mitsotakis, who was re-elected in June, spoke on Friday.", "June",
                   ["Kyriakos Mitsotakis was re-elected"], []),
}


table, test_headline_reads_cleanly = headline_suite(CASES, PUB)


def _row(table, key):
    return case_row(table, CASES, key)




@pytest.mark.parametrize("key", list(CASES))
def test_headline_holds_its_trigger(table, key):
    row = _row(table, key)
    assert row["trigger"] in str(row["event"]), (key, row["trigger"], row["event"])
