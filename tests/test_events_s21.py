"""Subjects and modality round s21 (session helper s21): review20's subject/modality classes (a modal or
conditional calling off, listed subjects with their own times, empty subjects of fronted/coordinated clauses).
Every sentence here is our own (tests/data/events_probe_s21/probe.json holds them with the probe's expectations),
none from a corpus, a held-out set or the reviewer's articles; each class has positive and negative sentences."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_s19 import _field  # noqa: E402  (one row's field, "" when empty)

PUB = "2025-06-02"  # a Monday


# --- a calling off that is only possible, conditional or denied leaves the plan standing -------------------------

@pytest.mark.parametrize("text,timex", [
    ("The final, scheduled for June 14, could be postponed if the rain continues.", "June 14"),
    ("The launch, planned for June 20, might be delayed if the weather worsens.", "June 20"),
    ("The summit, which was scheduled for June 25, would be called off if the ceasefire collapses.", "June 25"),
    ("The concert, set for June 21, was not cancelled despite the storm warnings.", "June 21"),
])
def test_undecided_calling_off_is_no_cancellation(text, timex):
    assert _field(text, timex, "modality", PUB) != "cancelled"


@pytest.mark.parametrize("text,timex", [
    ("The vote, scheduled for May 4, was postponed.", "May 4"),
    ("The hearing, set for Thursday, has been postponed.", "Thursday"),
    ("The summit, scheduled for June 25, was called off on Sunday.", "June 25"),
    # "would" alone reports a decision
    ("Officials said the match, scheduled for June 22, would be postponed.", "June 22"),
])
def test_decided_calling_off_stays_cancelled(text, timex):
    assert _field(text, timex, "modality", PUB) == "cancelled"


# --- a subject followed by a comma-set list of places with their times: the list is an aside -----------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Two strikes, at Antwerp in May 2021 and at Rotterdam in June 2022, halted shipping for days.", "June 2022",
     "Two strikes"),
    ("Three fires, in Greece in 2018, in Portugal in 2017 and in Australia in 2020, killed 250 people.", "2020",
     "Three fires"),
    ("Two earthquakes, in Nepal in April 2015 and in Turkey in February 2023, killed more than 60,000 people.",
     "February 2023", "Two earthquakes"),
    ("The talks, in Geneva on Monday and in Vienna on Friday, ended without a deal.", "Friday", "The talks"),
])
def test_listed_places_and_times_are_no_part_of_the_subject(text, timex, subject):
    assert _field(text, timex, "subject", "2025-02-07") == subject


@pytest.mark.parametrize("text,timex,subject", [
    # no list: the place stays in the subject ("which crash")
    ("The crash in Ethiopia in March 2019 killed 157 people.", "March 2019", ("", "The crash in Ethiopia")),
    # one set-off time: the plain aside (it was already left out)
    ("The company, in a statement on Monday, said it would close the plant in 2026.", "Monday", ("The company",)),
    ("Two men, in their 30s, were arrested on Monday.", "Monday", ("Two men",)),
])
def test_subject_without_a_listing_aside(text, timex, subject):
    assert _field(text, timex, "subject", "2025-02-07") in subject


# --- a subject the parser hung on a fronted adjunct ("Under Lopez, the city's murder rate dropped") ---------------

@pytest.mark.parametrize("text,timex,subject,event", [
    ("Under Lopez, the city's murder rate dropped by a third in 2019.", "2019", "the city's murder rate",
     "Under Lopez, the city's murder rate dropped by a third"),
    ("Under Lopez, the city's murder rate dropped by a third in 2019, and the mayor was re-elected in 2020.", "2019",
     "the city's murder rate", "Under Lopez, the city's murder rate dropped by a third"),
])
def test_subject_taken_for_an_apposition_of_a_fronted_adjunct(text, timex, subject, event):
    assert _field(text, timex, "subject", "2025-02-07") == subject
    assert _field(text, timex, "event", "2025-02-07") == event


@pytest.mark.parametrize("text,timex,subject", [
    ("Under its new owner, Bayer, the firm expanded in 2019.", "2019", "the firm"),  # a name in apposition stays
    ("Under Hale, the county's jobless rate fell to 4% in 2017.", "2017", "the county's jobless rate"),
    ("Under Moreno, the club won the league in 2021.", "2021", "the club"),
])
def test_subject_after_a_fronted_adjunct_unchanged(text, timex, subject):
    assert _field(text, timex, "subject", "2025-02-07") == subject


def test_appended_subject_helper_on_the_misparse():
    from test_events_s19 import _parsed
    from timeline.events import link
    # "Under Pratt, the port's cargo volume doubled in 2012.", with "volume" an apposition of "Pratt"
    words = ["Under", "Pratt", ",", "the", "port", "'s", "cargo", "volume", "doubled", "in", "2012", "."]
    heads = [8, 0, 1, 4, 7, 4, 7, 1, 8, 8, 9, 8]
    deps = ["prep", "pobj", "punct", "det", "poss", "case", "compound", "appos", "ROOT", "prep", "pobj", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "DET", "NOUN", "PART", "NOUN", "NOUN", "VERB", "ADP", "NUM", "PUNCT"]
    tags = ["IN", "NNP", ",", "DT", "NN", "POS", "NN", "NN", "VBD", "IN", "CD", "."]
    doc = _parsed(words, heads, deps, pos, tags)
    assert link._subject_in_fronted_adjunct(doc[8]).text == "volume"
    # the same with a name in apposition ("Under its owner, Pratt, ..."): not taken
    pos2 = pos[:7] + ["PROPN"] + pos[8:]
    doc2 = _parsed(words, heads, deps, pos2, tags)
    assert link._subject_in_fronted_adjunct(doc2[8]) is None


# --- a verb coordinated with a noun whose misread past-form modifier has the subject --------------------------------

def test_subject_of_a_verb_coordinated_with_a_misread_first_verb():
    from test_events_s19 import _parsed
    from timeline.events import link
    # "Moreau studied law in Lyon and worked for a bank in the 1990s.", parsed with "studied" an adjective on "law"
    # (the root) and "worked" coordinated with "law" (the model does so in some contexts only)
    words = ["Moreau", "studied", "law", "in", "Lyon", "and", "worked", "for", "a", "bank", "in", "the", "1990s", "."]
    heads = [1, 2, 2, 2, 3, 2, 2, 6, 9, 7, 6, 12, 10, 2]
    deps = ["nsubj", "amod", "ROOT", "prep", "pobj", "cc", "conj", "prep", "det", "pobj", "prep", "det", "pobj",
            "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NUM",
           "PUNCT"]
    tags = ["NNP", "VBN", "NN", "IN", "NNP", "CC", "VBD", "IN", "DT", "NN", "IN", "DT", "CD", "."]
    doc = _parsed(words, heads, deps, pos, tags)
    assert link._subject_of_conjunct_misread_verb(doc[6]).text == "Moreau"
    # no subject on the modifier ("the stolen car and ran"): none
    heads2 = [2] + heads[1:]
    deps2 = ["det"] + deps[1:]
    doc2 = _parsed(["The"] + words[1:], heads2, deps2, ["DET"] + pos[1:], ["DT"] + tags[1:])
    assert link._subject_of_conjunct_misread_verb(doc2[6]) is None


@pytest.mark.parametrize("text,timex,subject", [
    ("Okafor studied medicine in Lagos and practised as a surgeon in Accra in the 1980s.", "the 1980s", "Okafor"),
    ("Born in Porto in 1975, Silva studied economics in Lisbon and worked for a bank in Madrid in the 2000s.",
     "the 2000s", "Silva"),
])
def test_coordinated_verbs_keep_their_subject(text, timex, subject):
    assert _field(text, timex, "subject", "2025-02-07") == subject


# --- "it" reported by an owner-like noun, and a place named as a setting --------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    # a "which" on the reporter says it is a body: its own "it"
    ("Unions in Lyon called a strike. The airline's owner, which bought it in 2018, said it would sell the carrier "
     "in June.", "June", "The airline's owner"),
    ("Workers in Turin walked out. The paper's buyer, which took it over in 2015, said it would close the title in "
     "March.", "March", "The paper's buyer"),
    # a passive "it" stays the thing owned
    ("Fire broke out in Oslo. The building's landlord, which bought it in 2019, said it had been rewired in March.",
     "March", "The building"),
    ("Police questioned a mechanic from Leeds on Sunday. The car's owner, who bought it in 2020, said it had been "
     "serviced in May.", "May", "The car"),
])
def test_it_reported_by_an_owner(text, timex, subject):
    assert _field(text, timex, "subject", "2025-02-07") == subject


@pytest.mark.parametrize("text,timex,allowed", [
    # a person noun speaks for a body: a one-word place after "in" in an earlier sentence is not that body
    ("Unions in Lyon called a strike. A spokesman said it would reopen the plant in May.", "May", ("", "it")),
    ("Unions in Lyon called a strike. The owner said it would reopen the plant in May.", "May", ("", "it")),
    # a body named before the place is
    ("Air Lumen cancelled 40 flights on Monday. Unions in Lyon called a strike. A spokesman said it would resume "
     "flights in May.", "May", ("Air Lumen",)),
    # and a body that is a subject, not a setting, stays one
    ("Renault cut 300 jobs in 2019. A spokesman said it would reopen the plant in May.", "May", ("Renault",)),
])
def test_it_reported_by_a_person_noun_is_no_setting(text, timex, allowed):
    assert _field(text, timex, "subject", "2025-02-07") in allowed


# --- read-set classes (own sentences): a lost main verb hung inside an apposition, a restated event's possessor -----

@pytest.mark.parametrize("text,timex,subject,event", [
    ("Marlow Foods, the snack maker founded in 1978 as a bakery in Leeds, England, cut 200 jobs on Tuesday.",
     "Tuesday", "Marlow Foods", "Marlow Foods cut 200 jobs"),
    ("Velo Bikes, the cycle firm started in 2001 as a repair shop in Utrecht, Netherlands, closed its last store on "
     "Monday.", "Monday", "Velo Bikes", "Velo Bikes closed its last store"),
])
def test_lost_main_verb_inside_an_apposition(text, timex, subject, event):
    assert _field(text, timex, "subject", "2025-04-04") == subject
    assert _field(text, timex, "event", "2025-04-04") == event


def test_lost_main_verb_needs_the_comma():
    from test_events_s19 import _parsed
    from timeline.events import coref
    # "Velo Bikes, the firm founded in 2001 as a shop in Utrecht, Netherlands, closed its store on Monday."
    words = ["Velo", "Bikes", ",", "the", "firm", "founded", "in", "2001", "as", "a", "shop", "in", "Utrecht", ",",
             "Netherlands", ",", "closed", "its", "store", "on", "Monday", "."]
    heads = [1, 1, 1, 4, 1, 4, 5, 6, 5, 10, 8, 10, 11, 12, 12, 12, 10, 18, 16, 16, 19, 1]
    deps = ["compound", "ROOT", "punct", "det", "appos", "acl", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj",
            "punct", "appos", "punct", "acl", "poss", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "NUM", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT",
           "PROPN", "PUNCT", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"]
    tags = ["NNP", "NNP", ",", "DT", "NN", "VBN", "IN", "CD", "IN", "DT", "NN", "IN", "NNP", ",", "NNP", ",", "VBD",
            "PRP$", "NN", "IN", "NNP", "."]
    doc = _parsed(words, heads, deps, pos, tags)
    assert coref.lost_main_verb_subject(doc[16]).text == "Bikes"
    # without the comma before it the verb is the aside's own ("a shop in Utrecht closed ..." is no lost main verb)
    words2 = words[:15] + ["that"] + words[16:]
    pos2 = pos[:15] + ["PRON"] + pos[16:]
    tags2 = tags[:15] + ["WDT"] + tags[16:]
    deps2 = deps[:15] + ["nsubj"] + deps[16:]
    heads2 = heads[:15] + [16] + heads[16:]
    doc2 = _parsed(words2, heads2, deps2, pos2, tags2)
    assert coref.lost_main_verb_subject(doc2[16]) is None


@pytest.mark.parametrize("text,timex,subject", [
    ("Ostrand recalled 9,000 cars on Monday. It is Ostrand's third recall since 2022.", "2022", "Ostrand"),
    ("Velo recalled 9,000 bikes on Monday. It was the firm's second recall in 2024.", "2024", "the firm"),
    # no event noun: the pronoun stays the subject
    ("The plant closed in May. It was the town's biggest employer in 2010.", "2010", "It"),
])
def test_possessor_of_an_event_a_pronoun_restates(text, timex, subject):
    assert _field(text, timex, "subject", "2025-09-19") == subject


# --- a "he"/"she" stands for the person's name, not the lower-case job title run on with it -------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Tourism minister Luka Horvat said on Tuesday he would visit the island on Thursday.", "Thursday", "Luka Horvat"),
    ("Education secretary Owen Pryce said he would publish the plan on Friday.", "Friday", "Owen Pryce"),
    # a capitalised title reads as part of the name; an unresolved subject keeps its whole phrase
    ("Interior Minister Rosa Villanueva said she would resign on Friday.", "Friday",
     "Interior Minister Rosa Villanueva"),
    ("Tourism minister Luka Horvat visited the island on Monday.", "Monday", "Tourism minister Luka Horvat"),
])
def test_pronoun_name_without_lowercase_title(text, timex, subject):
    assert _field(text, timex, "subject", "2022-06-07") == subject


# --- a reported "it" whose clause the parser hung under a later clause of the same report ---------------------------

def _report_misparse(root_word: str):
    from test_events_s19 import _parsed
    # "The company said it would delay the farm , a day after its rival cut its plans ." with "delay" under "cut"
    # and "cut" under the root (the model does so in some contexts only)
    words = ["The", "company", root_word, "it", "would", "delay", "the", "farm", ",", "a", "day", "after", "its",
             "rival", "cut", "its", "plans", "."]
    heads = [1, 2, 2, 5, 5, 14, 7, 5, 14, 10, 14, 14, 13, 14, 2, 16, 14, 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj", "punct", "det", "npadvmod", "mark",
            "poss", "nsubj", "ccomp", "poss", "dobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "SCONJ", "PRON", "NOUN",
           "VERB", "PRON", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "PRP", "MD", "VB", "DT", "NN", ",", "DT", "NN", "IN", "PRP$", "NN", "VBD", "PRP$",
            "NNS", "."]
    doc = _parsed(words, heads, deps, pos, tags)
    for t, w in zip(doc, [w.lower() if w not in ("said",) else "say" for w in words]):
        t.lemma_ = w
    return doc


def test_reported_it_under_a_later_clause_is_the_reporters():
    from timeline.events import coref
    doc = _report_misparse("said")
    assert coref._reporter(doc[3]).head.text == "company"
    doc2 = _report_misparse("met")  # no reporting verb above: no reporter
    assert coref._reporter(doc2[3]) is None


# --- each listed passive participle's row reads as its own passive ------------------------------------------------

@pytest.mark.parametrize("text,timex,event", [
    ("The tariff was introduced in 2015, suspended in May 2021 and restored a year later.", "May 2021",
     "The tariff was suspended"),
    ("The tariff was introduced in 2015, suspended in May 2021 and restored a year later.", "a year later",
     "The tariff was restored"),
    ("The law was passed in 2010, amended in 2016 and repealed in 2023 by the new government.", "2016",
     "The law was amended"),
    # the first (main) clause keeps its own headline
    ("The law was passed in 2010, amended in 2016 and repealed in 2023 by the new government.", "2010",
     "The law was passed"),
])
def test_listed_passive_participle_headline(text, timex, event):
    assert _field(text, timex, "event", "2025-02-07") == event
