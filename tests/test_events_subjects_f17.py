"""Events, subjects round f17s (session helper f17s): classes found on fifteen fresh articles of our own
(tests/data/events_subjects_f17/texts, committed before the tool ran on them; classes in
docs/subjects_f17_classes.md). Each rule has positive and negative sentences of our own, none from a corpus."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402


def _subject(text: str, timex: str, pub: str = "2024-06-12") -> str:
    v = row_of(text, timex, pub)["subject"]
    return "" if _na(v) else str(v)


# --- "X, [title], said she/he would ...": the speaker's gender is the pronoun's (coref._pronoun_marked_gender) ------

@pytest.mark.parametrize("text,timex,subject", [
    ("Harlan Voss was charged with fraud in May. His lawyer, Dana Kirby, said she would contest the charge. "
     "He will appear in court on Friday.", "Friday", "Voss"),
    ("The mayor, Jo Pelham, fired the city planner Ruth Ames in April. Pelham told reporters he had lost "
     "confidence in her. She filed a complaint on Monday.", "Monday", "Ruth Ames"),
])
def test_said_pronoun_marks_the_speakers_gender(text, timex, subject):
    assert subject in _subject(text, timex)


def test_said_pronoun_keeps_a_same_gender_speaker():
    # the speaker's own "she" agrees with a later "she": still the speaker
    text = ("The club named Tom Hale coach last year. Hale, 48, said he would rebuild the squad. "
            "He signed four players on Monday.")
    assert "Hale" in _subject(text, "Monday")


# --- "the shop, called X,": a name a naming participle gives a thing is no person's (coref._name_given_to_thing) ---

@pytest.mark.parametrize("text,timex,subject", [
    ("Tomas Brill opened a cafe in 2018. The cafe, called Rosa Vinter, now employs nine people. "
     "Brill trained as a chef in Lyon. Last June he opened a second cafe.", "Last June", "Brill"),
])
def test_name_given_to_a_thing_is_no_he(text, timex, subject):
    assert subject in _subject(text, timex)


def test_name_given_to_a_person_stays_a_person():
    text = "The team hired a coach named Elsa Morgan. In March she led the side to a cup win."
    assert "Elsa Morgan" in _subject(text, "March")


# --- an opening surname in -s, tagged a plural noun, after the full name (coref._titlecase_noun_subject) --------------

def test_opening_s_surname_after_full_name_is_the_she():
    text = ("Maria Torres opened a clinic in 2015. The clinic, called Vida Nova, treats 300 patients a week. "
            "Torres, a former nurse, learned the trade from her aunt. In 2021 she opened a second clinic.")
    assert "Torres" in _subject(text, "2021")


def test_opening_plural_noun_is_no_person():
    text = ("Ana Lucas opened a bakery in 2015. Bakers, many of them young, protested in May. "
            "In 2021 they opened a cooperative.")
    assert "Ana Lucas" not in _subject(text, "2021")


# --- "The opposition Social Democrats, who ...": a common noun split off before a name (link._nearer_of_two_subjects)

@pytest.mark.parametrize("text,timex,subject", [
    ("The ruling Liberal Democrats, who lost two seats, are expected to name a new leader next month.",
     "next month", "Democrats"),
])
def test_common_noun_split_from_name_gives_the_name(text, timex, subject):
    assert subject in _subject(text, timex)


def test_plain_common_noun_subject_unchanged():
    text = "The committee, which met twice, is expected to publish its report next month."
    assert _subject(text, "next month") == "The committee"
