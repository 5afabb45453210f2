"""Issue 12, "summaries read like headlines": shapes found reading news rows in the 2026-11-30 night session —
a comment set off at the end of a paragraph's last sentence (the paragraph break the parser keeps inside the
sentence hid the sentence's end), "no earlier than" / "no later than" and "and again" left behind by a removed time, and the "whether" of
"decide whether to V", the copula a participle set after its noun needs, and the
verb group a conjoined verb shares with its head (not a finite conjunct: "did not attend ... and left" leaves "left"
asserted) — each
with sentences where the rule fires and sentences where it must not."""

import pytest

import timeline
from headline_cases import case_row, headline_suite

PUB = "2024-11-19"
NEXT = "\n\nDrivers will use the detour."

# (text, time expression of the row, words the headline must hold, words it must not hold)
CASES = {
    # a comment set off at the end of a sentence goes, also when a paragraph follows
    "process-para": ("Engineers will return in early December to decide whether the beams can be repaired, a process "
                     "that could take up to 18 months." + NEXT, "early December", ["Engineers will return"],
                     ["process"]),
    "process-alone": ("Engineers will return in early December to decide whether the beams can be repaired, a "
                      "process that could take up to 18 months.", "early December", ["Engineers will return"],
                      ["process"]),
    "setback-para": ("Voters rejected both proposals on Friday, a setback for the government." + NEXT, "Friday",
                     ["Voters rejected both proposals"], ["setback"]),
    # negative: a list at the end of a paragraph stays
    "list-para": ("On Friday the club signed a striker, a goalkeeper and a defender." + NEXT, "Friday",
                  ["a striker, a goalkeeper and a defender"], []),
    # the "no" of a bound on the time goes with the time
    "no-earlier": ("The agency said it would try again no earlier than Wednesday.", "Wednesday",
                   ["would try again"], ["no earlier", "earlier"]),
    "no-later": ("The company must file its report no later than May 1.", "May 1",
                 ["The company must file its report"], ["later"]),
    "no-sooner": ("Officials expect a decision no sooner than March.", "March", ["Officials expect a decision"],
                  ["sooner"]),
    # negatives: a negation of the event itself stays
    "not-before": ("The strike will not end before Friday.", "Friday", ["The strike will not end"], []),
    # (a past "did not V until X" is the event at X, as the row's asserted column says: tests/test_summaries_v16.py)
    "not-until": ("The firm did not file its report until May 1.", "May 1", ["The firm filed its report"], ["not"]),
    # an adverb the parser made a conjunct of a time's phrase goes with it ("in December and again on Jan. 14")
    "and-again-1": ("Republicans blocked a similar bill twice in December and again on Jan. 14.", "December",
                    ["Republicans blocked a similar bill"], [" in", "and again"]),
    "and-again-2": ("Republicans blocked a similar bill twice in December and again on Jan. 14.", "Jan. 14",
                    ["Republicans blocked a similar bill"], [" in", "and again", "December"]),
    # negative: an "again" of the verb's own stays
    "again-own": ("The company raised prices again in May.", "May", ["The company raised prices again"], []),
    # "whether" before an infinitive stays: without it the headline says the judge will charge them
    "whether-to": ("A judge will decide by Wednesday evening whether to charge the men.", "Wednesday evening",
                   ["A judge will decide whether to charge the men"], []),
    # negative: a plain infinitive complement has no "whether" to keep
    "decided-to": ("The minister decided on Monday to resign.", "Monday", ["The minister decided to resign"],
                   ["whether"]),
    # a passive participle set after its noun reads with a copula ("The bridge, built in 1958," → "was built")
    "built": ("The bridge, built in 1958, was last renovated in 1994.", "1958", ["The bridge was built"], []),
    "held": ("The talks, held in Geneva last week, ended without a deal.", "last week", ["The talks were held"], []),
    "wounded": ("Two soldiers wounded on Monday were flown to Kyiv.", "Monday", ["Two soldiers were wounded"], []),
    # negative: a participle with its own auxiliary, and a noun row, get none
    "own-aux": ("The bridge was built in 1958.", "1958", ["The bridge was built"], ["was was"]),
    "root-noun": ("The pair, both from Seattle, set out from Camp Muir early Sunday and planned to return the same "
                  "evening.", "early Sunday", ["set out from Camp Muir"], ["was set"]),
    "noun-row": ("The 1958 bridge collapsed on Monday.", "Monday", ["The 1958 bridge collapsed"], ["was"]),
    # a conjoined verb shares its head's verb group
    "charged": ("The two men were arrested on Monday and charged on Tuesday.", "Tuesday", ["The two men were charged"],
                []),
    "demolished": ("The plant will be closed in March and demolished next year.", "next year",
                   ["The plant will be demolished"], []),
    "expire": ("The bill would take effect in May and expire in 2027.", "2027", ["The bill would expire"], []),
    "hire": ("The firm wants to open a store in May and hire 50 people by June.", "June",
             ["The firm wants to hire 50 people"], []),
    "to-hire": ("The firm plans to open a store in May and to hire 50 people by June.", "June",
                ["The firm plans to hire 50 people"], []),
    # the head's "to" kept in the headline gets its governing verb too
    "hub": ("The airline plans to open a new hub in Denver and hire 500 workers next year.", "next year",
            ["The airline plans to open a new hub"], []),
    "factory": ("The company plans to build a factory in Texas and to hire 800 workers by 2026.", "2026",
                ["The company plans to"], ["company to"]),
    # negatives: a finite conjunct shares nothing, and a conjunct with its own auxiliary keeps only its own
    "left": ("He did not attend the meeting on Monday and left the city on Tuesday.", "Tuesday",
             ["He left the city"], ["not", "did"]),
    "own-will": ("The plant was closed in March and will be demolished next year.", "next year",
                 ["The plant will be demolished"], ["was will"]),
    # a time inside a second conjunct's complement: the first conjunct goes but for the subject
    "urged": ("Opposition leader Raila Odinga called the vote a betrayal and urged supporters to join nationwide "
              "protests next Tuesday.", "next Tuesday", ["Raila Odinga urged supporters to join nationwide protests"],
              ["called", "betrayal"]),
    "plans-to": ("The company cut 500 jobs and plans to close two plants next year.", "next year",
                 ["The company plans to close two plants"], ["cut", "jobs"]),
    # negatives: a time on the conjunct itself keeps a shared predicate; a dated first conjunct goes as before
    "resign-run": ("She will resign and run for mayor in 2026.", "2026", ["She will resign and run for mayor"], []),
    "moved": ("He resigned in May and moved to Spain in June.", "June", ["moved to Spain"], ["resigned"]),
}

# a finite conjunct after "did not" is asserted; a bare one shares the negation
ASSERTED = {"left": True, "demolished": False}


@pytest.mark.parametrize("key", list(ASSERTED))
def test_conjunct_negation(table, key):
    assert bool(_row(table, key)["asserted"]) is ASSERTED[key]


def test_conjunct_shares_did_not():
    rows = timeline.extract("He did not sign the deal on Monday or attend the talks on Tuesday.", pub_date=PUB)
    row = rows[rows["timex_text"] == "Tuesday"].iloc[0]
    assert not row["asserted"] and "not" in str(row["modality"])


def test_conjunct_shares_governor_modality():
    rows = timeline.extract("The firm plans to open a store in May and to hire 50 people by June.", pub_date=PUB)
    assert "plans to" in str(rows[rows["timex_text"] == "June"].iloc[0]["modality"])


table, test_headline_reads_cleanly = headline_suite(CASES, PUB)


def _row(table, key):
    return case_row(table, CASES, key)


