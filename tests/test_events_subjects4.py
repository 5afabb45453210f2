"""Events, subjects/modality review round (issue 12, helper wt12j): regressions a reviewer found in the session's
subject and modality rules, each with the reviewer's sentence as a negative test and a sentence of our own as the
positive one beside it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402


def _text(v) -> str:
    return "" if _na(v) else str(v)


# --- a denial denied is none: the denying verb's own negation (or a refusal to deny) cancels it --------------------

@pytest.mark.parametrize("text,timex", [
    ("The minister did not deny that she had met the lobbyist in March.", "March"),
    ("He never denied that he visited Moscow in 2019.", "2019"),
    ("The company did not dispute that it paid the fine in March.", "March"),
    ("The company refused to deny that it paid the fine in March.", "March"),
])
def test_negated_denial_is_no_denial(text, timex):
    row = row_of(text, timex, "2024-05-12")
    assert bool(row["asserted"]) and "denied" not in _text(row["modality"])


@pytest.mark.parametrize("text,timex", [
    ("The minister denied that she had met the lobbyist in March.", "March"),
    ("The company has disputed that it paid the fine in March.", "March"),
])
def test_plain_denial_still_denied(text, timex):
    row = row_of(text, timex, "2024-05-12")
    assert not bool(row["asserted"]) and "denied" in _text(row["modality"])


def test_failure_to_prove_denied_is_a_proof():
    row = row_of("The court said prosecutors did not fail to prove the mayor took bribes in 2019.", "2019")
    assert "unproven" not in _text(row["modality"])


def test_failure_to_prove_still_unproven():
    row = row_of("The court said prosecutors failed to prove the mayor took bribes in 2019.", "2019")
    assert not bool(row["asserted"]) and "unproven" in _text(row["modality"])


# --- a subject-less "while/when/after/once V-ing|V-ed" clause is done by its main clause's subject ------------------

@pytest.mark.parametrize("text,timex,pub,subject", [
    ("A passenger jet carrying 132 people skidded off a runway while landing in heavy rain at Yogyakarta airport "
     "on Saturday evening, injuring 14, Indonesia's transport ministry said.", "Saturday", "2024-06-09",
     "A passenger jet"),
    ("Two workers were hurt while repairing the roof on Tuesday.", "Tuesday", "2024-06-09", "Two workers"),
    ("Once completed in 2026, the bridge will carry 40,000 cars a day.", "2026", "2024-06-09", "the bridge"),
    ("When asked on Monday, the minister declined to comment.", "Monday", "2024-06-09", "the minister"),
])
def test_subjectless_participle_clause_takes_the_main_subject(text, timex, pub, subject):
    assert row_of(text, timex, pub)["subject"] == subject


def test_participle_clause_with_its_own_subject_keeps_it():
    row = row_of("The jet skidded off the runway while the pilot was landing on Saturday.", "Saturday", "2024-06-09")
    assert row["subject"] == "the pilot"


# --- a passive "it" after a person's sentence takes up the thing done to in its adverbial clause ------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("He taught in Leeds for years before his first album, Low Tide, was released in 2009 by a tiny label that "
     "later folded. It was nominated for a Grammy in 2010.", "2010", "Low Tide"),
    ("The minister resigned after the report was published in March. It was debated in parliament in April.",
     "April", "the report"),
])
def test_passive_it_takes_up_the_adverbial_clauses_passive_subject(text, timex, subject):
    row = row_of(text, timex, "2023-06-09")
    assert row["subject"] == subject and row["subject_resolved_from"] == "It"


def test_adverbial_clause_without_a_passive_leaves_the_it_open():
    row = row_of("She worked as a nurse for a decade before she published her first novel in 2017. "
                 "It was shortlisted for the Orange Prize in 2018.", "2018", "2023-06-09")
    assert row["subject"] == "It"


# --- an "it" in a clause under an infinitive complement is the "it" of the clause above (lead finding 10b(ii)) -------

def test_it_under_an_infinitive_complement_is_the_it_above():
    row = row_of("The bank said it expects profits to be higher than the record it reported in 2023.", "2023",
                 "2024-10-19")
    assert row["subject"] == "The bank" and row["subject_resolved_from"] == "it"


def test_singular_thing_between_leaves_the_it_open():
    row = row_of("The bank said it expects the merger to be larger than the deal it blocked in 2023.", "2023",
                 "2024-10-19")
    assert row["subject"] == "it"


# --- a pronoun in an adverbial clause under the same pronoun is that one, never the role named between ----------

@pytest.mark.parametrize("text,timex,subject", [
    ("He served as a judge in Lyon until he retired in 2019.", "2019", "he"),
    ("Maria Lopez joined the firm in 2001. She worked as a nurse for a decade before she published her first "
     "novel in 2017.", "2017", "Maria Lopez"),
])
def test_adverbial_pronoun_under_the_same_pronoun(text, timex, subject):
    assert row_of(text, timex, "2023-06-09")["subject"] == subject


def test_adverbial_pronoun_under_a_name_is_the_name():
    row = row_of("Maria Lopez worked as a nurse for a decade before she published her first novel in 2017.", "2017",
                 "2023-06-09")
    assert row["subject"] == "Maria Lopez" and row["subject_resolved_from"] == "she"


# --- a headline's mention of a place the lede names as one is no "he" (lead finding 15b, the full article) ---------

_KEEPER = ("The last {role} of {place}\n\nFor 31 years, {name} kept the light burning on {place}, a treeless island "
           "20 miles off the west coast. He arrived in the spring of 1962, at the age of 24.\n\n{last}, who died last "
           "month at 86, was born in Stornoway.")


@pytest.mark.parametrize("role,place,name", [
    ("keeper", "Sula Rock", "Ewan MacRae"),
    ("warden", "Skerry Holm", "Ruaridh MacKinnon"),
])
def test_headline_mention_of_a_place_is_no_he(role, place, name):
    # the headline's place is tagged a person's name; the lede's apposition shows it to be an island, and the
    # "who" of a later mention shows the man's name (tagged an organisation) to be a person's
    text = _KEEPER.format(role=role, place=place, name=name, last=name.split()[-1])
    row = row_of(text, "1962", "2024-04-14")
    assert row["subject"] == name and row["subject_resolved_from"] == "He"


def test_person_name_without_a_who_mention_is_not_guessed():
    text = ("The last keeper of Sula Rock\n\nFor 31 years, Ewan MacRae kept the light burning on Sula Rock, a "
            "treeless island 20 miles off the west coast. He arrived in the spring of 1962.")
    assert row_of(text, "1962", "2024-04-14")["subject"] != "Sula Rock"


# --- a passive "it" of a transfer verb after a clause of one is the thing passed on (lead finding 12b) --------------

@pytest.mark.parametrize("text,timex", [
    ("Vireo Group sold the hotel in 2015. It was bought by a pension fund in 2019.", "2019"),
    ("Vireo Group bought the hotel in 2015, and it was sold to a pension fund in 2019.", "2019"),
])
def test_passive_transfer_it_is_the_thing_passed_on(text, timex):
    row = row_of(text, timex, "2024-04-14")
    assert row["subject"] == "the hotel" and row["subject_resolved_from"] in ("It", "it")


def test_passive_it_of_another_verb_is_not_the_thing_sold():
    row = row_of("Vireo Group sold the hotel in 2015. It was fined by regulators in 2019.", "2019", "2024-04-14")
    assert row["subject"] != "the hotel"



# --- an amount or distance the parser hung on the time is not hidden with it (lead finding 9b, link side) ----------

@pytest.mark.parametrize("text,timex,shown,hidden", [
    # the parser hangs "about 55 meters" on "Jan." as an apposition: a distance, no part of the time
    ("The craft touched down on Jan. 20 about 55 meters from its target.", "Jan. 20", {"55", "meters"}, {"20"}),
    # an apposition that is itself a time ("a month after the riots") goes with the time
    ("The vote was held on March 3, a month after the riots.", "March 3", set(), {"3", "month", "riots"}),
])
def test_amount_on_the_time_stays_visible(text, timex, shown, hidden):
    from timeline.events import link
    from timeline.pipeline.model import load
    doc = load()(text)
    start = text.index(timex)
    span = doc.char_span(start, start + len(timex), alignment_mode="expand")
    pred = next(t for t in doc if t.dep_ == "ROOT")
    words = {doc[i].text for i in link._hidden(span.root, pred, {t.i for t in span})}
    assert not shown & words and hidden <= words
