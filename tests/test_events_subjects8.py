"""Events, subjects/sources/modality round 8 (issue 12, helper 12s): a probe of twelve new news articles whose
expected rows were written and committed before the tool ran on them (``tests/data/events_subjects8/probe.json``,
not a blind set), and the rule classes found with it, each rule with positive and negative example sentences
written for it here (not the probe's sentences). ``python tests/test_events_subjects8.py`` prints every probe
row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import pytest  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
# (the row helpers are round 7's: one definition)
from test_events_subjects7 import _asserted, _row, _subject, _text  # noqa: E402,F401

PROBE = Path(__file__).parent / "data" / "events_subjects8" / "probe.json"


def load(path: Path = PROBE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


# --- a trailing attribution's speaker is no topic: a "he" after it is the reported clause's subject (lead, 02:46, 1) ---
# (coref._attributed_clause in _last_person_noun_subject)

@pytest.mark.parametrize("text,timex,subject", [
    ("Dara Quinlan, 61, who led the port authority until 2019, rejects the claims, her spokesman said. She was "
     "questioned by detectives in March.", "March", "Dara Quinlan"),
    ("Tomas Greer will appeal the verdict, the prosecutor said. He was convicted of fraud in May.", "May", "Tomas Greer"),
])
def test_pronoun_after_a_trailing_attribution_is_the_reported_subject(text, timex, subject):
    assert _subject(text, timex) == (subject, text.split(". ")[1].split()[0])


def test_trailing_attribution_about_a_thing_leaves_the_speaker():
    text = "The mill will close 300 jobs, its manager said. He joined the firm in 2011."
    assert _subject(text, "2011")[0] in ("its manager", "The mill's manager")


def test_leading_speaker_keeps_its_claim():
    text = "The manager said the mill would close. He joined the firm in 2011."
    assert _subject(text, "2011") == ("The manager", "He")


# --- a past-tense verb the parser took for an adjective ends its subject (lead, 02:46, 2) -------------------------------
# (link._finite_verb_inside: "The 24-year-old scored 31 goals ... and was named")

def test_lost_verb_in_a_coordinated_subject_is_cut():
    text = "The 31-year-old won 14 races for the team last year and was named captain in August."
    assert _subject(text, "August", "2025-10-01")[0] == "The 31-year-old"


@pytest.mark.parametrize("text,timex,subject", [
    ("The injured workers were taken to hospital on Monday.", "Monday", "The injured workers"),
    ("The revised figures were published in May.", "May", "The revised figures"),
])
def test_participle_adjectives_stay_in_the_subject(text, timex, subject):
    assert _subject(text, timex)[0] == subject


# --- "Several said they ...", "Two of the nine members ... they": a quantifier's group (lead, 02:46, 3) ----------------
# (coref._is_group and _reporter, lexicon quantifier_subjects)

@pytest.mark.parametrize("text,timex,subject", [
    ("Parents crowded the school hall on Monday. Several said they had received the letters last week.",
     "last week", "Several"),
    ("Many of the drivers said they had been paid late in April.", "April", "Many of the drivers"),
])
def test_they_after_a_reporting_quantifier_is_the_speakers(text, timex, subject):
    assert _subject(text, timex) == (subject, "they")


def test_they_after_a_number_of_a_group_is_that_part():
    text = "Three of the five judges dissented. In a separate opinion, they wrote on Friday that the law was vague."
    assert _subject(text, "Friday") == ("Three of the five judges", "they")


@pytest.mark.parametrize("text,timex", [
    ("Three of the five bridges closed. They reopened on Friday.", "Friday"),  # not a group of people ...
    ("Several were damaged on Monday. They said on Friday that repairs would start.", "Friday"),  # bare, not a reporter
])
def test_quantifiers_of_things_are_no_speakers(text, timex):
    assert _subject(text, timex)[0] in ("They", "Three of the five bridges")


# --- a coordinated subject's first conjunct named in apposition reads by the name, the rest kept ----------------------
# (link._named_in_apposition(coordinated=True))

@pytest.mark.parametrize("text,subject", [
    ("Its founder, Lena Voss, and her brother Jonas opened the bakery in 2014.", "Lena Voss and her brother Jonas"),
    ("Its owner, Mia Lund, and her son Erik bought the farm in 2014.", "Mia Lund and her son Erik"),
])
def test_named_first_conjunct_keeps_the_second(text, subject):
    assert _subject(text, "2014")[0] == subject


def test_named_single_subject_still_reads_by_the_name():
    assert _subject("Its founder, Lena Voss, opened the bakery in 2014.", "2014")[0] == "Lena Voss"


def test_coordinated_subject_without_a_name_stays_whole():
    assert _subject("Its founder and her partner opened the bakery in 2014.", "2014")[0] == \
        "Its founder and her partner"


# --- "According to X, they argued ...": a saying that names its source has it ------------------------------------------

def test_according_to_gives_a_saying_its_source():
    text = "According to court papers, the brothers claimed in 2019 that the land was theirs."
    assert _text(_row(text, "2019")["source"]) == "court papers"


def test_plain_saying_has_no_source():
    assert _text(_row("The brothers claimed in 2019 that the land was theirs.", "2019")["source"]) == ""


# --- a surname alone is the gender its earlier first-named mention says, for a reporter too ---------------------------

def test_reporter_surname_after_a_male_first_name_is_no_she():
    text = ("Nadia Kerr and her trainer, Ahmed Malouf, arrived on Monday. Malouf said she would race in Dubai in March.")
    assert _subject(text, "March")[0] != "Malouf"


def test_reporter_surname_after_a_female_first_name_is_she():
    text = "Nadia Kerr and her trainer, Lina Malouf, arrived on Monday. Malouf said she would race in Dubai in March."
    assert _subject(text, "March")[0] == "Malouf"


# --- a "he"/"she" that stands for the first of coordinated people is that one alone (link._referent_tokens) ----------

def test_she_for_the_first_conjunct_is_that_person_alone():
    text = "Mila Hart and her agent, Tom Reyes, flew to Rome on Monday. Reyes said she would sign with Lazio in July."
    assert _subject(text, "July") == ("Mila Hart", "she")


def test_they_for_coordinated_people_keeps_them_all():
    text = "Mila Hart and her agent flew to Rome on Monday. They will meet the club in July."
    assert _subject(text, "July")[0] == "Mila Hart and her agent"


# --- "The curator said the letters had been restored. They were written ...": a reported clause's plural things --------
# (coref._plural_things)

def test_they_for_the_things_a_singular_reporter_spoke_of():
    text = "The curator said the letters had been restored. They were written in 1850."
    assert _subject(text, "1850") == ("the letters", "They")


@pytest.mark.parametrize("text", [
    "The curators said the letters had been restored. They were hired in 2019.",  # plural speakers may be meant
    "The curator said the letters and the maps had been restored. They were written in 1850.",  # two plurals
])
def test_they_with_another_plural_in_reach_stays_open(text):
    assert _subject(text, text[-5:-1])[0] not in ("the letters",)


# --- two subjects of one verb with nothing between them are one noun phrase (lead, 02:55, 4) ---------------------------
# (link._run_on_subject: "A magnitude 6.4 earthquake struck" parsed as "A magnitude" + "6.4 earthquake")

def test_run_on_second_subject_completes_the_first():
    assert _subject("A magnitude 5.2 tremor shook the island on Sunday.", "Sunday")[0] == "A magnitude 5.2 tremor"


@pytest.mark.parametrize("text,subject", [
    ("The mayor and the council agreed on Sunday.", "The mayor and the council"),
    ("Its founder, Lena Voss, opened a second shop on Sunday.", "Lena Voss"),
])
def test_subjects_set_apart_stay_as_they_were(text, subject):
    assert _subject(text, "Sunday")[0] == subject


# --- "Norway's decision to leave the pact in 2026": the owner of a noun is who is to do its infinitive ------------------
# (link._planner)

@pytest.mark.parametrize("text,timex,subject", [
    ("Finland's decision to close its border in 2023 angered Moscow.", "2023", "Finland"),
    ("The airline's plan to cut 900 jobs by March was criticised by unions.", "March", "The airline"),
])
def test_owner_of_a_noun_does_its_infinitive(text, timex, subject):
    assert _subject(text, timex, "2024-06-11")[0] == subject


def test_infinitive_with_its_own_subject_keeps_it():
    text = "The court's order for the city to pay the fine by March was appealed."
    assert _subject(text, "March", "2024-06-11")[0] == "the city"


# --- "Neither the mayor nor the governor": a coordination's opening word stays with it -------------------------------

@pytest.mark.parametrize("text,subject", [
    ("Neither the coach nor the captain spoke to reporters on Friday.", "Neither the coach nor the captain"),
    ("Both Lund and Okafor will race on Friday.", "Both Lund and Okafor"),
])
def test_coordination_keeps_its_opening_word(text, subject):
    assert _subject(text, "Friday")[0] == subject


def test_plain_coordination_unchanged():
    assert _subject("The coach and the captain spoke to reporters on Friday.", "Friday")[0] == \
        "The coach and the captain"


# --- "Two people were killed in the attack": who suffered is not the event's doer (link._harmed_in) ------------------

@pytest.mark.parametrize("text", [
    "Four miners were injured in the explosion on Tuesday.",
    "Two hikers died in the storm on Tuesday.",
])
def test_victims_are_not_the_doers_of_the_event_they_suffered_in(text):
    row = _row(text, "Tuesday")
    assert _text(row["trigger"]) in ("injured", "died") or _text(row["subject"]) == ""


def test_active_harm_verb_keeps_its_doers():
    row = _row("Rebels killed four soldiers in the ambush on Tuesday.", "Tuesday")
    assert _text(row["subject"]) == "Rebels"


# --- "dismissed reports that ...": a claim denied as a verb's object is not asserted (link._framing_mood) ------------

@pytest.mark.parametrize("text", [
    "The club dismissed reports that its coach had been sacked on Sunday.",
    "The army rejected claims that its troops had fired on protesters on Sunday.",
])
def test_dismissed_claim_is_not_asserted(text):
    assert _asserted(text, "Sunday") == (False, "denied")


@pytest.mark.parametrize("text", [
    "The club confirmed reports that its coach had been sacked on Sunday.",
    "The club did not deny reports that its coach had been sacked on Sunday.",
])
def test_confirmed_or_undenied_claim_stays_asserted(text):
    assert _asserted(text, "Sunday")[0]


# --- "a nurse from Malmo": a one-word name after a person's "from" is a place, no "she" (coref._place_object) ---------

def test_name_a_person_comes_from_is_no_antecedent():
    text = "Ida Berg, 47, a teacher from Narvik, won the prize in May. She will retire in June."
    assert _subject(text, "June") == ("Ida Berg", "She")


def test_name_a_thing_comes_from_may_be_a_person():
    text = "The board received a letter from Nakamura in May. He resigned in June."
    assert _subject(text, "June")[0] == "Nakamura"


# --- a "his"/"her" on a subject follows a chain of "he"/"she" back to its name (coref._chained_name) -------------------

def test_possessive_on_a_subject_follows_the_pronoun_chain():
    text = ("Omar Haddad, the club's former owner, was charged on Monday.\n\nInvestigators questioned him for hours. "
            "He denies the charges.\n\nHe had owned the club since 2012. In 2020 he sold a stake.\n\n"
            "His lawyer said he would appeal in July.")
    assert _subject(text, "July", "2025-03-01") == ("Omar Haddad", "he")


def test_possessive_chain_stops_at_someone_else():
    text = ("Omar Haddad was charged on Monday.\n\nHe denies the charges.\n\nHe had owned the club since 2012. "
            "Its new owner, Karl Vogt, bought it in 2020.\n\nHis lawyer said he would appeal in July.")
    assert _subject(text, "July", "2025-03-01")[0] != "Omar Haddad"


# --- "The couple married in 1998. They ...": a singular noun of a few people is a "they" (lexicon pair_nouns) ----------

@pytest.mark.parametrize("text,subject", [
    ("The couple bought the farm in 2001. They sold it in May.", "The couple"),
    ("The pair won silver in 2021. They retired in May.", "The pair"),
])
def test_they_after_a_pair_noun(text, subject):
    assert _subject(text, "May") == (subject, "They")


def test_they_after_a_singular_body_stays_open():
    assert _subject("The council bought the farm in 2001. They sold it in May.", "May")[0] == "They"


# --- "Following his election in 2019, Ruiz cut taxes": a fronted possessive is the clause's named subject -------------
# (coref._fronted_possessor_subject: through a preposition-like participle, for a name the tagger left unlabelled too,
# never for a name marked as the other gender)

@pytest.mark.parametrize("text,timex,subject", [
    ("Following his arrest on Monday, Marco Bellini resigned.", "Monday", "Marco Bellini"),
    ("Following her election in 2019, Ana Ortiz cut taxes.", "2019", "Ana Ortiz"),
])
def test_fronted_possessive_through_following(text, timex, subject):
    assert _subject(text, timex) == (subject, text.split()[1])


def test_fronted_possessive_of_the_other_gender_stays():
    assert _subject("Following her arrest on Monday, Tom Ruiz resigned.", "Monday")[0] != "Tom Ruiz"


# --- "the election of Ana Ruiz as mayor": the role a name is given is no part of who (link._referent_tokens) --------

def test_role_after_a_named_patient_goes():
    assert _subject("The appointment of Lena Berg as coach in June was welcomed.", "June")[0] == "Lena Berg"


def test_role_after_a_common_noun_goes_as_before():
    assert _subject("The appointment of her deputy as coach in June was welcomed.", "June")[0] == "her deputy"


# --- "Its customer, the Swiss weather agency MeteoAlp,": a description the name closes says who (link) ------------------

def test_possessed_noun_takes_a_described_name_in_apposition():
    text = "Its landlord, the Dutch pension fund Stenvast, raised the rent on Monday."
    assert _subject(text, "Monday")[0] == "the Dutch pension fund Stenvast"


def test_description_without_a_name_is_an_aside():
    assert _subject("Her landlord, a retired teacher, raised the rent on Monday.", "Monday")[0] == "Her landlord"


# --- "The firm's founder, 78-year-old Hans Weber,": the name in apposition without its age ---------------------------

def test_named_apposition_drops_its_age():
    text = "The club's president, 71-year-old Piet de Boer, resigned on Monday."
    assert _subject(text, "Monday")[0] == "Piet de Boer"


def test_named_apposition_without_an_age_is_whole():
    assert _subject("The club's president, Piet de Boer, resigned on Monday.", "Monday")[0] == "Piet de Boer"


# --- "Diaz, a former teacher who was elected in 2016": a relative on a name's description is the name (lead 03:24, 5) --
# (coref._resolve)

@pytest.mark.parametrize("text,timex,subject,rel", [
    ("Okafor, a retired nurse who founded the clinic in 2009, died on Monday.", "2009", "Okafor", "who"),
    ("Nordal, an oil company that was founded in 1972, cut 300 jobs on Monday.", "1972", "Nordal", "that"),
])
def test_relative_on_a_names_description_is_the_name(text, timex, subject, rel):
    assert _subject(text, timex) == (subject, rel)


def test_relative_on_a_plain_noun_stays_the_noun():
    text = "The clinic hired a retired nurse who had worked in Lagos until 2009."
    assert _subject(text, "2009") == ("a retired nurse", "who")


# --- "has carried 30,000 vehicles a day since it opened": a rate's time unit is no rival (lead 03:28, 6) ---------------
# (coref._reporter)

def test_rate_unit_is_no_rival_for_it():
    text = "The ferry has carried 2,000 passengers a week since it entered service in 1998."
    assert _subject(text, "1998") == ("The ferry", "it")


def test_thing_object_between_is_still_a_rival():
    text = "The ferry has replaced the old bridge since it was closed in 1998."
    assert _subject(text, "1998")[0] != "The ferry"


# --- the probe ------------------------------------------------------------------------------------------------------

def test_probe_is_well_formed():
    heldout.check_well_formed(load(), 12)


def test_probe_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["rows"] == 75 and f["fully_right"] >= FLOOR and f["subject"][0] >= SUBJECT_FLOOR, f


# First run (probe.json written and committed alone at 75c90cd before the tool ran on it, code = main 56737ba): fully
# right 66/75 (88.0%); date 69/69, trigger 69/75, subject 66/75, asserted 75/75, source 23/23, resolved-from 16/19,
# absent 3/3. End of round (this branch, main f10ee21 merged): fully right 69/75 (92.0%); date 69/69, trigger 69/75,
# subject 70/75, asserted 75/75, source 23/23, resolved-from 18/19, absent 3/3. Left: six rows whose trigger is a
# noun the attachment prefers to the verb ("claimed by a group called BlackFern on Monday": the naming participle;
# "beat ... in the final ... on Sunday"; "take a break from tournaments until March"; "was delayed by flooding in
# 2024"; "argued at the meeting on Wednesday"; "a launch in March was aborted"): attachment's part, not subjects'.
FLOOR = 68
SUBJECT_FLOOR = 69


if __name__ == "__main__":
    heldout.main(load())
