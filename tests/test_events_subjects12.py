"""Events, subjects round 12 (session helper e16s): held-out classes 14 and 23 (pronouns left unresolved or bound to
the wrong name), 17/18 (subject of a comma-set participle, subject extent), a dateline whose city is in capitals
with a state abbreviation, and an object pronoun bound to its own clause's subject. The probe
``tests/data/events_subjects12/probe.json`` (committed before the tool ran on it) is printed by
``python tests/test_events_subjects12.py``; the tests below are further sentences written for each rule."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_subjects7 import _subject  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_subjects12" / "probe.json"


def _probe_rows():
    return json.loads(PROBE.read_text(encoding="utf-8"))["rows"]


def _good(got: str, want: str) -> bool:
    if want.startswith("not:"):
        return got != want[4:]
    return got in want.split("|")


def _subj(text: str, timex: str, pub: str = "2024-06-12") -> str:
    return _subject(text, timex, pub)[0]


# --- class 14: a reporter's own pronoun left unresolved (coref._reporter, _fits, _person_by_mention) ----------------

@pytest.mark.parametrize("text,timex,subject", [
    # the complement's "that", tagged a pronoun, is no rival for the pronoun
    ("Ferreira, who has run the lab since 2016, told the committee on Tuesday that she would retire in 2026.",
     "2026", "Ferreira"),
    ("Tomas Brandt told the BBC after the meeting that he would step down in June.", "June", "Tomas Brandt"),
    # "the" + name + "of" a place names a body
    ("The Bank of Ghana said on Monday that it had raised its main rate in March.", "March", "The Bank of Ghana"),
    ("The University of Lagos said in a statement that it had closed two hostels since January.", "January",
     "The University of Lagos"),
    # an unlabelled name of several words with no first name reports as a body
    ("Northern Water said in a statement that it had fixed 300 leaks since April.", "April", "Northern Water"),
])
def test_reporters_pronoun_is_the_reporter(text, timex, subject):
    assert _subject(text, timex) == (subject, text.split(" that ")[1].split()[0])


def test_two_people_who_fit_leave_the_pronoun_open():
    # the addressee may be meant as well: no guess
    assert _subj("Ana Ruiz told Maria Lopez that she would leave the party in May.", "May") == "she"


def test_a_name_with_a_who_clause_is_a_person():
    text = "Marchand, who founded the label in 1998, told a newspaper that she had sold it on Friday."
    assert _subject(text, "Friday") == ("Marchand", "she")


# --- plural "they": number agreement and the last sentence's doers (coref._reported_plural_things, _plural_doers) ----

@pytest.mark.parametrize("text,timex,subject", [
    ("Water levels fell sharply in July, and the authority has warned they could drop further by October.",
     "October", "Water levels"),
    ("The climbers reached the summit on Monday. On Tuesday, they began the descent.", "Tuesday", "The climbers"),
    ("The auditors examined the accounts in May. Last week, they published a damning report.", "Last week",
     "The auditors"),
])
def test_plural_pronoun_takes_the_plural_it_agrees_with(text, timex, subject):
    assert _subject(text, timex) == (subject, "they")


@pytest.mark.parametrize("text,timex,wrong", [
    # people's acts are not said of things that only changed
    ("Rents rose 5% in March, and the council said they would protest outside the hall on Friday.", "Friday", "Rents"),
    ("Shares fell 4% on Monday. On Tuesday, they protested outside the bank.", "Tuesday", "Shares"),
    # a second plural in the last sentence may be meant as well
    ("The divers searched the wrecks in May. In June, they lifted a cannon.", "June", "The divers"),
])
def test_plural_pronoun_not_taken_where_it_does_not_fit(text, timex, wrong):
    assert _subj(text, timex) != wrong


# --- class 23: the first conjunct's subject; what slips is a scheduled thing (coref._bare_surname_doer,
# _surname_shared, _slips) ------------------------------------------------------------------------------------------

def test_surname_shared_by_two_people_gives_no_gender():
    text = ("Novelist Peter Lind died on Friday at 91. His wife, Greta Lind, said he had been ill for months. "
            "Lind left his publisher in 1990, and he did not write again until 2001.")
    assert _subj(text, "2001", "2024-03-04") in ("Lind", "Peter Lind")


def test_bare_name_heading_the_first_conjunct_is_its_conjuncts_he():
    text = "The album was mixed at Tom Reyes's studio in Austin. Okafor quit the band in 1984, and he did not tour again until 1996."
    assert _subj(text, "1996", "2024-03-04") in ("Okafor", "he")


def test_name_written_as_a_place_is_no_he():
    text = "Many families moved to Arden in 1990. Arden grew quickly, and he opened a shop there in 2005."
    assert _subj(text, "2005", "2024-03-04") != "Arden"


@pytest.mark.parametrize("text,timex,subject", [
    ("The launch of the probe is set for March, but the agency said on Monday it could slip to May.", "May",
     "The launch of the probe"),
    ("The referendum had been planned for the autumn. The government said on Friday it would be postponed until 2026.",
     "2026", "The referendum"),
])
def test_what_slips_is_the_scheduled_thing(text, timex, subject):
    assert _subject(text, timex) == (subject, "it")


@pytest.mark.parametrize("text,timex,subject", [
    # a body delaying something (an object) is the body
    ("The carrier said on Monday it would delay the launch until May.", "May", "The carrier"),
    # nothing scheduled in reach: the pronoun stays rather than naming the reporter
    ("Volta Air said on Monday it could be delayed until May.", "May", "it"),
])
def test_delaying_body_or_open_pronoun(text, timex, subject):
    assert _subj(text, timex) == subject


# --- an object pronoun is never its own verb's subject (coref._raised_by) ---------------------------------------------

@pytest.mark.parametrize("text,timex,wrong", [
    ("Oil hit $90 a barrel in April. Analysts at the bank expect it to fall in the autumn.", "the autumn", "Analysts"),
    ("Wages grew 6% in 2023. The ministry expects them to slow in 2025.", "2025", "The ministry"),
    ("Exports slumped in May. The agency now expects it to recover by December.", "December", "The agency"),
])
def test_object_pronoun_before_an_infinitive_is_not_the_verbs_subject(text, timex, wrong):
    assert _subj(text, timex) != wrong


def test_own_infinitive_with_no_pronoun_keeps_the_subject():
    assert _subj("The airline expects to resume flights to Lagos in June.", "June") == "The airline"


# --- classes 17, 18: comma-set participles and subject extent (link._whole_subject_of_set_off_participle,
# _set_off_clauses, _time_phrases, _referent_tokens) -----------------------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("A bill to ban fireworks, tabled in March, will be debated on Friday.", "March", ("A bill to ban fireworks", "A bill")),
    ("A bill to ban fireworks, tabled in March, will be debated on Friday.", "Friday", ("A bill to ban fireworks", "A bill")),
    ("A history of the port, researched over the past decade, will be published in October.", "October",
     ("A history of the port",)),
    # on the subject itself, or on an object: the noun it is set off after
    ("The old mill, built in 1870, was sold on Monday.", "1870", ("The old mill",)),
    ("The firm bought the old mill, built in 1870, on Monday.", "1870", ("the old mill",)),
    # an infinitive on a comma-set "due"/"likely": the main verb's subject
    ("The tunnel, originally due to open in 2019, will open next year.", "2019", ("The tunnel",)),
    ("The museum, likely to reopen in March, has been shut since the flood.", "March", ("The museum",)),
])
def test_comma_set_participle_and_its_subject(text, timex, subject):
    assert _subj(text, timex) in subject


@pytest.mark.parametrize("text,timex,subject", [
    # a range's second end the parser coordinated with the subject
    ("Patients who were treated between 2010 and last summer can apply for compensation until March.", "March",
     ("Patients", "Patients who were treated between 2010 and last summer")),
    ("As many as 500 were rescued from the floods on Sunday.", "Sunday", ("As many as 500",)),
    ("As a result, bus fares rose on Monday.", "Monday", ("bus fares",)),
    # a description closed by a name of several words names a possessed subject
    ("The firm's founder, the Danish engineer Karl Holm, died on Sunday.", "Sunday",
     ("the Danish engineer Karl Holm", "Karl Holm")),
])
def test_subject_extent(text, timex, subject):
    assert _subj(text, timex) in subject


# --- a dateline whose city's first word is abbreviated (readers/dateline._UNDATED) ------------------------------------

@pytest.mark.parametrize("text,subject", [
    ("ST. CLOUD, Minn. (AP) \u2014 School officials will close two schools on Friday.", "School officials"),
    ("FT. MYERS, Fla. (AP) \u2014 Rescue crews will resume the search on Friday.", "Rescue crews"),
])
def test_abbreviated_city_dateline_is_no_subject(text, subject):
    assert _subj(text, "Friday") == subject


def test_capitalised_sentence_opening_is_no_dateline():
    from timeline.readers.dateline import undated_dateline_span
    assert undated_dateline_span("DR. SMITH said on Friday that the clinic would close.") is None
    assert undated_dateline_span("ST. PAUL, Minn. (AP) \u2014 Election officials met.") == (0, 22)


# --- a singular noun for a set of people is a doing "they" (coref._plural_antecedent, collective_people_nouns) -------

def test_collective_noun_is_the_doing_they_past_a_singular_thing():
    text = ("Coach Lena Berg said her squad had trained in Spain for two weeks. The stadium will be repainted. "
            "On Monday, they beat the league leaders 2-0.")
    assert _subject(text, "Monday", "2024-03-06") == ("her squad", "they")


@pytest.mark.parametrize("text,timex,wrong", [
    # a singular thing is never the "they"
    ("The council approved the plan in May. The road will be closed for a month. On Monday, they removed the "
     "barriers.", "Monday", "The road"),
    # a "they" that does nothing to anything is not taken past the thing
    ("Her team won the cup in May. The trophy was stolen in June. In July, they were questioned by police.", "July",
     "Her team"),
])
def test_collective_rule_does_not_reach_where_it_should_not(text, timex, wrong):
    assert _subj(text, timex, "2024-08-06") != wrong


@pytest.mark.parametrize("row", _probe_rows(), ids=lambda r: r[1])
def test_probe(row):
    text, timex, pub, want = row
    assert _good(_subject(text, timex, pub)[0], want)


if __name__ == "__main__":
    ok = 0
    for text, timex, pub, want in _probe_rows():
        got = _subject(text, timex, pub)
        good = _good(got[0], want)
        ok += good
        print("OK " if good else "BAD", timex, repr(got), "want", repr(want), "|", text[:70])
    print(ok, "/", len(_probe_rows()))
