"""Events, subjects/sources/modality round 17 (session helper e17s): the classes of docs/heldout_6-8_subjects.md
(read sets 6-8). The probe ``tests/data/events_subjects17/probe.json`` (committed before the tool ran on it) is
scored by ``python tests/test_events_subjects17.py``; the tests below are further sentences of our own for each
rule, positive and negative, none taken from a corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_subjects17" / "probe.json"


def _text(v) -> str:
    return "" if _na(v) else str(v)


def _got(text: str, timex: str, pub: str = "2024-06-12") -> dict:
    row = row_of(text, timex, pub)
    return {k: _text(row[k]) for k in ("trigger", "subject", "subject_resolved_from", "source")} | {
        "asserted": bool(row["asserted"])}


# --- an opening "Its" on a reporter owns the reported "it" too (coref._reporter) ------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The museum closed its east wing last week. Its curator, Lena Brandt, said it would reopen the wing in May.",
     "May", "The museum"),
    ("The brewery laid off 40 workers in March. Its owner said it would hire them back in September.",
     "September", "The brewery"),
])
def test_reported_it_under_an_opening_its_reporter(text, timex, subject):
    got = _got(text, timex)
    assert (got["subject"], got["subject_resolved_from"]) == (subject, "it")


def test_reported_she_under_an_its_reporter_is_the_reporter():
    text = "The museum closed its east wing last week. Its curator, Lena Brandt, said she would retire in May."
    assert _got(text, "May")["subject"] in ("Lena Brandt", "Its curator, Lena Brandt")


# --- a one-word name whose verb's object opens on "its" is a thing an opening "It" can mean (coref._owns_its_object)

@pytest.mark.parametrize("text,timex,subject", [
    ("Veloxa cut its sales forecast after the recall. It said on Tuesday that it had hired 200 engineers in March.",
     "March", "Veloxa"),
    ("Brightline grounded its fleet after the crash. It said on Monday that it had replaced the engines in May.",
     "May", "Brightline"),
])
def test_name_owning_its_object_is_an_it(text, timex, subject):
    assert _got(text, timex, "2024-07-02")["subject"] == subject


def test_name_with_his_object_is_no_it():
    text = "Okafor sold his stake in the club on Monday. It said on Tuesday that it had hired a new coach in May."
    assert _got(text, "May", "2024-07-02")["subject"] != "Okafor"


# --- a negative subject after an opening quote still negates (link._negative_subject) --------------------------------

@pytest.mark.parametrize("text,timex,asserted", [
    ('"Nobody has been paid since June," a union official said.', "June", False),
    ('"No one has visited the site since 2020," the warden said.', "2020", False),
    ('"Prices have risen since March," she said.', "March", True),
    ('"Nothing has changed at the mill since 2015," he said.', "2015", False),
])
def test_quoted_negative_subject(text, timex, asserted):
    assert _got(text, timex)["asserted"] is asserted


# --- two subjects the parser gave one verb: the one right before it (link._nearer_of_two_subjects) -------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The minister said exports had slowed and that imports had doubled since 2019.", "2019", "imports"),
    ("Officials said the road was unsafe and that repairs would begin in April.", "April", "repairs"),
    ("Residents say the tolls the company plans to introduce in January are too high.", "January", "the company"),
    # (a real relative "that" stays the noun it hangs on)
    ("The report that came out in May criticised the police.", "May", "The report"),
])
def test_nearer_of_two_subjects(text, timex, subject):
    assert _got(text, timex)["subject"] == subject


# --- "according to X" closing a coordination; "said in a statement that" (coref.reported_by) ------------------------

@pytest.mark.parametrize("text,timex,source", [
    ("The lander has been drilling since May 2023 and has collected 22 samples, according to the space agency.",
     "May 2023", "the space agency"),
    ("The club's chairman, Piet Haas, said in a statement that the club had sacked its coach on Sunday.", "Sunday",
     "The club's chairman, Piet Haas|Piet Haas"),
    ("Mayor Ana Costa said in an interview that the city had sold the stadium in 2021.", "2021",
     "Mayor Ana Costa|Ana Costa"),
    # (not how something went: "according to plan"; nor a clause on a noun under a verb that reports nothing)
    ("The probe separated on Tuesday and reached orbit according to plan.", "Tuesday", ""),
    ("She read out a letter that the board had drafted in May.", "May", ""),
])
def test_source_of_coordination_and_statement(text, timex, source):
    assert _got(text, timex)["source"] in source.split("|")


# --- a copula's "due to" infinitive; a subject hung on an adverb; a misread set-off participle (link._subject) -------

@pytest.mark.parametrize("text,timex,subject", [
    ("The new tram line was originally due to open in May 2019.", "May 2019", "The new tram line"),
    ("The inquiry report is due to be published on Friday.", "Friday", "The inquiry report"),
    ("The council will vote on Monday, and the old pier, closed since the storm hit, will reopen in July.", "July",
     "the old pier"),
])
def test_subject_found(text, timex, subject):
    assert _got(text, timex)["subject"] == subject


def test_participle_with_its_own_auxiliary_gives_no_subject_to_the_next_verb():
    # "has closed" is a finite clause of its own, not a set-off participle
    text = "The pier has closed for repairs, and will reopen in July."
    assert _got(text, "July")["subject"] in ("The pier", "")


# --- "X's biggest Y since it ...": the record's owner (coref._record_owner) -----------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Officials said it was the glacier's fastest retreat since it began shrinking in 1990.", "1990", "the glacier"),
    ("It was the bank's biggest loss since it was founded in 1871.", "1871", "the bank"),
])
def test_since_it_after_an_owned_record(text, timex, subject):
    got = _got(text, timex, "2018-05-22")
    assert (got["subject"], got["subject_resolved_from"]) == (subject, "it")


def test_since_it_after_a_persons_record_is_not_the_person():
    # "it" cannot be the mayor; the rule leaves it to the others
    assert _got("It was the mayor's first visit since it opened in 2015.", "2015")["subject"] != "the mayor"


# --- an epithet by age or nationality is the last sentence's person subject (coref._last_person_noun_subject) -------

@pytest.mark.parametrize("text,timex", [
    ("Carla Mendes won the Lisbon Open on Sunday, beating Ana Ruiz in the final. The 24-year-old Brazilian, who turned "
     "professional in 2017, reached the final by beating Eva Horak in Friday's semifinal. She had retired injured here "
     "in 2021.", "2021"),
    ("Tomas Novak won the sprint stage on Tuesday ahead of Piet Smit. The 31-year-old Czech beat Luca Conti in a photo "
     "finish on Sunday. He had broken his collarbone in 2020.", "2020"),
])
def test_epithet_subject_is_the_pronouns_antecedent(text, timex):
    subject = _got(text, timex, "2022-09-12")["subject"]
    assert subject in ("Carla Mendes", "The 24-year-old Brazilian", "Tomas Novak", "The 31-year-old Czech")


# --- "The collapse of X, which killed ...": the event did it (coref._agreeing_noun, consequence_verbs) ---------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The closure of the Elm Street factory, which cost 400 jobs in 2019, still angers residents.", "2019",
     "The closure"),
    ("The collapse of the old dam, which killed 12 people in 1976, is remembered every spring.", "1976", "The collapse"),
    # (not a verb of consequence: the bank lent; not a person's X: the town flooded)
    ("The collapse of the bank, which had lent heavily to builders since 2015, shocked savers.", "2015", "the bank"),
    ("The mayor of Riverton, which flooded in 2011, asked the state for aid.", "2011", "Riverton|The mayor of Riverton"),
])
def test_consequence_relative_after_event_of(text, timex, subject):
    assert _got(text, timex, "2021-05-04")["subject"] in subject.split("|")


def test_subject_hung_on_an_adverb():
    got = _got("Villagers nearby first reported the smoke on Sunday.", "Sunday", "2024-06-12")
    assert got["subject"] in ("Villagers", "Villagers nearby")


# --- a report's clause through a passive's "by" phrase (coref.reported_by, "agent") --------------------------------

@pytest.mark.parametrize("text,timex,source", [
    ("The minister told parliament the project had been delayed by a complaint Vantor filed in court in May 2023.",
     "May 2023", "The minister"),
    ("Police said the fire had been started by a heater the tenants bought in 2019.", "2019", "Police"),
])
def test_source_through_a_passive_agent(text, timex, source):
    assert _got(text, timex)["source"] == source


# --- a verb read as an adjective after "NOUN last/first" in a verbless parse (link._subject_of_verb_read_as_adjective)

def test_verb_read_as_adjective_after_a_time_adverb():
    got = _got("The IMF last approved loans of that scale in 2010, to Greece and Ireland.", "2010", "2015-01-01")
    assert (got["trigger"], got["subject"]) == ("approved", "The IMF")


def test_adjective_participle_in_a_sentence_with_a_verb_is_left_alone():
    got = _got("The first approved vaccines arrived in Lagos in 2021.", "2021", "2022-01-01")
    assert (got["trigger"], got["subject"]) == ("arrived", "The first approved vaccines")


def main() -> None:
    import test_events_heldout as H

    H.main(json.loads(PROBE.read_text(encoding="utf-8"))["documents"])


if __name__ == "__main__":
    main()
