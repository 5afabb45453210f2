"""Issue 12, "summaries read like headlines": shapes found reading new news texts in the 2026-12-01 session — a
length measured off another event ("on Friday, four years after a leak") that left "after a leak" behind, a length
that is what happened ("sentenced to ten years") lost with another row's time, and gapped prepositional conjuncts
with a time each ("moved to Paris in 2019 and to Rome two years later"), the name after a ranking ("No. 3
Georgia"), a set-off superlative ("its lowest in two years") and a focus adverb on the removed time ("only in late
2025"), a fronted participle ("Born in Cleveland in 1932, Dr. Ellison ...") a hyphen inside a name, a colon between two clauses, a connective opening a reported clause and
a time inside an "including" phrase — each with sentences where the rule fires
and sentences where it must not."""

import pytest

from headline_cases import case_row, extract_cases, headline_suite

PUB = "2023-03-03"

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    # a length measured off another event goes with its whole "after/before" phrase
    "measured-off": ("Police arrested the suspect on Monday, two weeks after the robbery at a jewellery store.",
                     "Monday", ["Police arrested the suspect"], ["after", "robbery"]),
    "measured-before": ("The minister resigned on Tuesday, three days before a confidence vote in parliament.",
                        "Tuesday", ["The minister resigned"], ["before", "vote"]),
    # negative: after a copula the phrase is all the clause says, and stays
    "copula-before": ("The vote is on March 5, two days before the March 7 summit.", "March 5",
                      ["The vote is before the March 7 summit"], []),
    # negative: an "after" phrase without a length is no other time's, and stays
    "after-talks": ("The company was sold on Monday, after months of talks.", "Monday",
                    ["The company was sold", "after months of talks"], []),
    # a length that is the sentence or the amount of a change stays with its verb
    "sentenced-relcl": ("The judge, who sentenced him in 2018 to ten years, retired.", "2018",
                        ["sentenced him to ten years"], []),
    "extended-relcl": ("The contract, which was extended in May by two years, expires in 2027.", "May",
                       ["extended by two years"], []),
    # negative: a date after "by" is another row's time, and goes
    "by-date": ("The firm said on Monday it would cut prices by 2026.", "Monday", ["The firm said"],
                ["2026", " by"]),
    # gapped prepositional conjuncts, a time each: each row keeps its own phrase
    "paris-first": ("He moved to Paris in 2019 and to Rome two years later.", "2019", ["He moved to Paris"],
                    ["Rome"]),
    "paris-second": ("He moved to Paris in 2019 and to Rome two years later.", "two years later",
                     ["He moved to Rome"], ["Paris", "2019"]),
    "tokyo-first": ("She flew to Tokyo on Monday and to Seoul on Wednesday.", "Monday", ["She flew to Tokyo"],
                    ["Seoul", " on"]),
    "tokyo-second": ("She flew to Tokyo on Monday and to Seoul on Wednesday.", "Wednesday", ["She flew to Seoul"],
                     ["Tokyo", "Monday"]),
    # negatives: one time over both phrases keeps both
    "tokyo-both": ("She flew to Tokyo and to Seoul on Wednesday.", "Wednesday", ["She flew to Tokyo and to Seoul"],
                   []),
    "paris-both": ("He moved to Paris and to Rome in 2019.", "2019", ["He moved to Paris and to Rome"], []),
    # a ranked team's name after "No. 3" is part of the subject, in the headline too
    "ranked": ("No. 3 Georgia lost to Alabama on Saturday.", "Saturday", ["No. 3 Georgia lost to Alabama"], []),
    # negatives: a name set off by commas is an aside; a title's name without a number stays as before
    "aside": ("The coach, Ines Blanco, resigned on Monday.", "Monday", ["The coach resigned"], ["Ines"]),
    "title": ("The singer Ada Mensah will release an album in May.", "May", ["The singer Ada Mensah will release"],
              []),
    # a superlative standing for its noun, set off after the clause, ranks it and goes (with its own time)
    "its-lowest": ("British inflation fell more than expected to 4.6% in October, its lowest in two years, official "
                   "figures showed on Wednesday.", "October", ["British inflation fell more than expected to 4.6%"],
                   ["lowest", "its"]),
    # negatives: a superlative object is what the verb did, and stays
    "her-fastest": ("She ran her fastest on Sunday.", "Sunday", ["She ran her fastest"], []),
    "their-highest": ("Prices hit their highest on Monday, traders said.", "Monday", ["Prices hit their highest"], []),
    # a focus adverb on the time's preposition goes with the time
    "only-in": ("The bank said it expected inflation to reach its 2% target only in late 2025.", "late 2025",
                ["to reach its 2% target"], ["only"]),
    "even-on": ("The shop opened even on Christmas Day.", "Christmas Day", ["The shop opened"], ["even"]),
    # a fronted passive participle put after its subject reads with a copula
    "born": ("Born in Cleveland in 1932, Dr. Ellison earned her doctorate in 1958.", "1932",
             ["Dr. Ellison was born in Cleveland"], []),
    "elected": ("Elected in 2019, the senators took office in January.", "2019", ["the senators were elected"], []),
    # negatives: the main clause's row gets none; a participle with its own auxiliary gets no second one
    "born-main": ("Born in Cleveland in 1932, Dr. Ellison earned her doctorate in 1958.", "1958",
                  ["Dr. Ellison earned her doctorate"], ["was"]),
    "was-born": ("Dr. Ellison was born in Cleveland in 1932.", "1932", ["Dr. Ellison was born in Cleveland"],
                 ["was was"]),
    # a hyphen inside a name after its title stays; a comma-set age still goes
    "hyphen-name": ("She joined the drug maker Warner-Chilcott in 1961.", "1961",
                    ["She joined the drug maker Warner-Chilcott"], []),
    "age-aside": ("The singer Ada Mensah, 42, will release an album in May.", "May",
                  ["The singer Ada Mensah will release an album"], ["42"]),
    # a colon between two clauses with a subject each ends a sentence of its own
    "colon-clause": ("And yet, the outlook remains fragile: exports to China slumped 8% from January to March.",
                     "January", ["exports to China slumped 8%"], ["outlook", ":"]),
    "colon-message": ("The message was clear: the bank will raise rates in June.", "June",
                      ["the bank will raise rates"], ["message"]),
    # negative: a list after a colon is no clause, and the row's own words stay
    "colon-list": ("He listed three causes: a strike in May, floods and a fire.", "May", ["strike"], []),
    # a reported clause opens on its own words, not on a connective the sentence started with
    "reported-meanwhile": ("Meanwhile, German factory orders unexpectedly fell in April, data showed on Monday, a sign "
                           "that the economy may struggle to recover.", "Monday",
                           ["data: German factory orders unexpectedly fell"], ["Meanwhile"]),
    # the copula goes before the participle's own adverb
    "first-spotted": ("The comet, first spotted by a Chinese observatory in January 2023, last came this close "
                      "80,000 years ago.", "January 2023", ["The comet was first spotted by a Chinese observatory"],
                      ["first was"]),
    # a second conjunct with a verb group of its own takes none of the first's
    "had-begun": ("Hans Vogel told analysts the company would cut its research budget and had begun talks with "
                  "potential partners in May.", "May", ["the company had begun talks"], ["would"]),
    # a relative object of the row's infinitive is named after it, not left as "which"
    "which-deliver": ("Kyiv says it needs seven more Patriot air defense systems, which Germany and the United States "
                      "have promised to deliver by the end of the year.", "the end of the year",
                      ["have promised to deliver seven more Patriot air defense systems"], ["which"]),
    # negative: the relative clause's own verb, as before
    "which-shut": ("The plant, which the company shut down in May, employed 300 people.", "May",
                   ["the company shut down the plant"], ["which"]),
    # a time inside an "including" phrase dates the included member: the headline names it, not the group
    "including": ("North Korea has tested more than 100 missiles since the start of 2022, including an "
                  "intercontinental ballistic missile in March that analysts said could reach the U.S. mainland.",
                  "March", ["North Korea has tested an intercontinental ballistic missile"], ["100", "since", "start"]),
    "including-flagship": ("The company has closed 40 stores, including its flagship in London in May.", "May",
                           ["The company has closed its flagship in London"], ["40 stores"]),
    # negatives: the group's own row keeps the group; a time outside the phrase keeps it whole
    "including-group": ("North Korea has tested more than 100 missiles since the start of 2022, including an "
                        "intercontinental ballistic missile in March.", "the start of 2022",
                        ["North Korea has tested more than 100 missiles"], []),
    "including-outside": ("Several ministers, including the finance minister, resigned on Monday.", "Monday",
                          ["including the finance minister, resigned"], []),
    # a second verb tagged as another word still shares its head's "will"
    "museum-close": ("The museum will open in April and close in October.", "October", ["The museum will close"], []),
}


table, test_headline_reads_cleanly = headline_suite(CASES, PUB)


def test_length_rows_keep_their_dates(table):
    # the headline rules change no date: the gapped second phrase is still dated two years after 2019
    assert str(case_row(table, CASES, "paris-second")["start"])[:4] == "2021"


@pytest.mark.parametrize("text,modality", [
    # a raising verb the lemmatizer stumbles on ("hopes" lemmatized "hop") is found by its form
    ("The club hopes to sign a striker in January.", "hopes to"),
    ("The club hoped to sign a striker in January.", "hopes to"),
])
def test_modality_by_form(text, modality):
    row = extract_cases({"m": (text, "January", [], [])}, "2024-02-10").iloc[0]
    assert row["modality"] == modality and not row["asserted"], row.to_dict()


def test_hopping_is_no_hope():
    row = extract_cases({"m": ("The rabbit hops to the gate on Monday.", "Monday", [], [])}, "2024-02-10").iloc[0]
    assert str(row["modality"]) in ("<NA>", "nan", "None"), row.to_dict()
