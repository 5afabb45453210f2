"""Subjects and modality round s20 (session helper s20): review19's wire classes (relative and participle clauses
hung on the wrong noun, relative words left as subjects, a trailing speaker after a long clause, a pronoun of a
subordinate clause, a superseded plan's date). Every sentence here is our own, none from a corpus, a held-out set
or the reviewer's articles; each class has positive and negative sentences."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_events_s19 import PUB, _field  # noqa: E402,F401  (one row's field, "" when empty)
from test_events_v6 import _na, row_of  # noqa: E402


# --- a relative clause the parser hung on the last noun of a phrase its verb does not fit --------------------------

@pytest.mark.parametrize("text,timex,subject", [
    # the verb's number does not fit the last noun: the phrase's first noun does it
    ("Doctors are tracking a measles outbreak linked to two schools that has infected 40 children since January.",
     "January", "a measles outbreak"),
    ("The regulator published a list of lenders that was updated on Monday.", "Monday", "a list"),
    # a person does not come into force or take effect: the rule does
    ("Parliament passed new safety standards for ferry operators that came into force in March.", "March",
     "new safety standards"),
    ("The scandal led to stricter disclosure rules for judges that took effect in 2019.", "2019",
     "stricter disclosure rules"),
])
def test_relative_on_the_noun_its_verb_fits(text, timex, subject):
    assert _field(text, timex, "subject").startswith(subject)


@pytest.mark.parametrize("text,timex,subject", [
    # the last noun fits: it stays
    ("The union represents drivers for bus companies that went bankrupt in 2019.", "2019", "bus companies"),
    ("Police questioned the owner of a dog that bit a child on Sunday.", "Sunday", "a dog"),
    ("The agency fined the maker of engines that were recalled in 2021.", "2021", "engines"),
    ("The rules protect workers at a factory that closed in 2020.", "2020", "a factory"),
])
def test_relative_stays_on_a_last_noun_that_fits(text, timex, subject):
    assert _field(text, timex, "subject").startswith(subject)


# --- a participle on the object of a measure's "on" phrase: the measure was imposed, not what it bears on -----------

@pytest.mark.parametrize("text,timex,subject", [
    ("Fishermen ignored a curfew on night fishing imposed last Tuesday.", "last Tuesday", "a curfew"),
    ("Farmers protested against a tax on diesel introduced in January.", "January", "a tax"),
    ("Carmakers welcomed the end of a tariff on steel imposed in 2018.", "2018", "a tariff"),
])
def test_participle_on_a_measures_object(text, timex, subject):
    assert _field(text, timex, "subject").startswith(subject)


@pytest.mark.parametrize("text,timex,subject", [
    ("Inspectors examined the wreck of a ferry built in 1987.", "1987", "a ferry"),
    ("Police recovered a box of letters written in 1944.", "1944", "letters"),
    ("The city extended a ban on cars built before 2005.", "2005", "cars"),
])
def test_participle_stays_on_a_noun_it_fits(text, timex, subject):
    assert _field(text, timex, "subject").startswith(subject)


# --- relative words as subjects -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The IMF, which cut its growth forecast in April, said on Tuesday that inflation would ease.", "April",
     "The IMF"),
    ("The Red Cross, which closed its office in Kabul in 2021, said on Monday it would return.", "2021",
     "The Red Cross"),
])
def test_which_on_a_named_body(text, timex, subject):
    assert _field(text, timex, "subject") == subject


@pytest.mark.parametrize("text,timex,subject", [
    ("Shares of carmaker Veltro, whose annual report was postponed until Friday, fell 4%.", "Friday", "Veltro"),
    ("Fans of the club Dunmore, whose stadium reopened in March, cheered.", "March", "Dunmore"),
])
def test_whose_on_a_name_inside_a_phrase(text, timex, subject):
    assert subject in _field(text, timex, "subject")


# --- an object relative word before the subject of a controlling verb ("which it hoped to deliver") ----------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The ministry said the army had bought 2 million masks, which it hoped to deliver by March.", "March",
     "the army"),
    ("Officials said the city had ordered 40 new buses, which it expects to receive by December.", "December",
     "the city"),
])
def test_object_relative_before_a_controlling_verb(text, timex, subject):
    assert _field(text, timex, "subject", "2024-01-10") == subject


@pytest.mark.parametrize("text,timex,subject", [
    # a true object control keeps its object
    ("The agency expected the contractor to deliver the masks by March.", "March", "the contractor"),
    ("The city asked the firm to finish the road by December.", "December", "the firm"),
    # a thing that does the infinitive by itself after "expect": the relative stays its subject
    ("Drivers welcomed the new bridge, which officials expect to reopen in May.", "May", "the new bridge"),
])
def test_object_control_kept(text, timex, subject):
    assert _field(text, timex, "subject", "2024-01-10") == subject


# --- a trailing speaker after a long clause ----------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Firefighters in two counties are battling a wildfire fanned by strong winds that has burned 4,000 acres "
     "since Sunday, including 30 homes that were destroyed, the state forestry department said Tuesday.", "Tuesday",
     "the state forestry department"),
    ("Health officials are tracing a norovirus outbreak on a cruise ship that has sickened 200 passengers since "
     "Friday, including 12 crew members who were isolated, the company said Monday.", "Monday", "the company"),
])
def test_trailing_speaker_after_a_long_clause(text, timex, subject):
    assert _field(text, timex, "subject") == subject


# --- a plural pronoun in a subordinate clause takes a fitting noun of its own sentence ----------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Investigators filed charges on Monday. The judge said Marsh had lied to auditors when they visited his "
     "office in 2016.", "2016", "auditors"),
    ("Unions called a strike. The minister ignored the nurses after they walked out in May.", "May", "the nurses"),
])
def test_plural_pronoun_in_a_subordinate_clause(text, timex, subject):
    assert _field(text, timex, "subject") == subject


@pytest.mark.parametrize("text,timex,subject", [
    # the main clause's plural subject comes first; a singular pronoun takes no plural noun
    ("The nurses ignored the minister after they won the vote in May.", "May", "The nurses"),
    ("Officials said Ortega had misled the lenders when he applied for loans in 2015.", "2015", "Ortega"),
    # a plural pronoun opening its own sentence keeps the chain
    ("The pilots met the airline's managers on Monday. They walked out in May.", "May", "The pilots"),
])
def test_pronoun_keeps_its_antecedent(text, timex, subject):
    assert _field(text, timex, "subject") == subject


# --- a plan's first date set off after the object of a postponing verb ("postponed the vote, originally set for
#     June,") ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The airline said it had postponed the flight, originally scheduled for Friday, because of fog.", "Friday",
     "the flight"),
    ("The ministry delayed the vote, initially planned for June, until the autumn.", "June", "the vote"),
])
def test_superseded_plan_subject_and_modality(text, timex, subject):
    row = row_of(text, timex, "2024-03-04")
    assert ("" if _na(row["subject"]) else row["subject"]) == subject
    assert "cancelled" in ("" if _na(row["modality"]) else row["modality"]).split()
    assert not bool(row["asserted"])


@pytest.mark.parametrize("text,timex", [
    # the new date is the plan now; a clause that is no plan keeps its time
    ("The ministry delayed the vote until June.", "June"),
    ("The report, originally published in 2019, was updated on Monday.", "2019"),
])
def test_no_superseded_plan(text, timex):
    assert "cancelled" not in _field(text, timex, "modality", "2024-03-04").split()


# --- a participle set off on a subject before a present verb ("new rules, agreed in 2022, take effect") ------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The vote comes a day before tighter emissions limits, adopted in 2023, come into force on Friday.", "2023",
     "tighter emissions limits"),
    ("The vote comes a day before tighter emissions limits, adopted in 2023, come into force on Friday.", "Friday",
     "tighter emissions limits"),
])
def test_subject_of_a_clause_after_before(text, timex, subject):
    assert _field(text, timex, "subject").startswith(subject)


@pytest.mark.parametrize("text,timex,subject", [
    # a participle with a finite verb of its own clause after it is no clause read as a phrase: unchanged
    ("Shares fell after the results, published on Monday, showed a loss.", "Monday", "the results"),
])
def test_clause_after_before_needs_a_subjectless_present(text, timex, subject):
    assert _field(text, timex, "subject") == subject


@pytest.mark.parametrize("text,timex", [
    # two plurals of people named before the pronoun: it stays for the other rules (no guess between them)
    ("The minister sent the nurses to the doctors before they walked out in May.", "May"),
])
def test_plural_pronoun_with_two_candidates(text, timex):
    assert _field(text, timex, "subject") == "they"


# --- a trailing speaker whose name ends in a coordination ("the Department of Forestry and Fire Protection said") --

@pytest.mark.parametrize("text,timex,subject", [
    ("Firefighters are battling a wildfire that has burned 4,000 acres since Sunday, including 30 homes, the "
     "Department of Forestry and Fire Protection said Tuesday.", "Tuesday",
     "the Department of Forestry and Fire Protection"),
    ("Exports have fallen sharply since the strike in March, including shipments of grain, the Ministry of Trade and "
     "Industry said on Wednesday.", "Wednesday", "the Ministry of Trade and Industry"),
])
def test_trailing_speaker_named_with_and(text, timex, subject):
    assert _field(text, timex, "subject") == subject


def test_participle_not_in_its_measures_subject():
    assert _field("Fishermen ignored a curfew on night fishing imposed last Tuesday.", "last Tuesday",
                  "subject") == "a curfew on night fishing"


# --- the main verb after a long aside on the subject, parsed as a clause on the aside's last noun ------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Veltro Motors, the carmaker set up in 1961 as a small workshop in Turin, Italy, reported a loss on Tuesday.",
     "Tuesday", "Veltro Motors"),
    ("Marta Lind, the singer born in 1970 in a fishing village near Bergen, Norway, died on Sunday.", "Sunday",
     "Marta Lind"),
])
def test_main_verb_after_a_long_aside(text, timex, subject):
    assert _field(text, timex, "subject") == subject


@pytest.mark.parametrize("text,timex,subject", [
    # a clause of its own on the aside's noun stays the noun's
    ("Veltro Motors, the carmaker whose plant in Turin closed on Tuesday, is for sale.", "Tuesday", "plant"),
    ("The ferry, which sank off Crete in 2011, was raised on Monday.", "Monday", "The ferry"),
])
def test_aside_clauses_keep_their_subjects(text, timex, subject):
    assert subject in _field(text, timex, "subject")


# --- a name spelt as a relative pronoun ("the WHO", "The Who") is a noun a relative clause may hang on -------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Experts from the WHO, which opened an office in Kyiv in 2022, arrived on Monday.", "2022", "the WHO"),
    ("The Who, which formed in London in 1964, will tour again next year.", "1964", "The Who"),
])
def test_relative_on_a_name_spelt_like_who(text, timex, subject):
    assert _field(text, timex, "subject") == subject


def test_capitalised_who_is_no_relative_pronoun():
    # (written after seeing the parser tag "WHO" as a relative pronoun hung on "the": the subject was "the")
    assert "WHO" in _field("Officials said the WHO would send experts on Friday.", "Friday", "subject")


# --- a clause after "after"/"before" read as the preposition's object, with a time between noun and verb ----------

@pytest.mark.parametrize("text,timex,subject", [
    ("The bridge was closed in May, after an inspection the previous autumn found cracks in the deck.",
     "the previous autumn", "an inspection"),
    ("The club sacked its coach in March, after a review the previous month showed heavy losses.",
     "the previous month", "a review"),
])
def test_clause_after_after_with_a_time_between(text, timex, subject):
    assert _field(text, timex, "subject") == subject


def test_phrase_set_off_before_a_time_subject_stays():
    # a real "after" phrase, set off by a comma, is no subject of the verb
    assert _field("After the storm, Monday was declared a holiday.", "Monday", "subject") != "the storm"
