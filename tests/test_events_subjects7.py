"""Events, subjects/sources/modality round 7 (issue 12, helper 12s): a probe of twelve new news articles whose
expected rows were written and committed before the tool ran on them (``tests/data/events_subjects7/probe.json``,
not a blind set), and the rule classes found with it, each rule with positive and negative example sentences
written for it here (not the probe's sentences). ``python tests/test_events_subjects7.py`` prints every probe
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

PROBE = Path(__file__).parent / "data" / "events_subjects7" / "probe.json"


def load(path: Path = PROBE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if _na(v) else str(v)


def _row(text: str, timex: str, pub: str = "2025-06-11"):
    return row_of(text, timex, pub)


def _subject(text: str, timex: str, pub: str = "2025-06-11") -> tuple[str, str]:
    row = _row(text, timex, pub)
    return _text(row["subject"]), _text(row["subject_resolved_from"])


# --- a person noun that is the role of a subjectless gerund or participle is no one a pronoun stands for ------------
# (coref._role_of_subjectless: "Before becoming president in 2017, he ..." gave the subject "president")

@pytest.mark.parametrize("text,timex,subject", [
    ("Prime Minister Ana Lind will visit Oslo on Thursday. Before becoming prime minister in 2019, she ran a bank.",
     "2019", "Ana Lind"),
    ("Mayor Tom Reed spoke on Monday. After serving as governor in 2010, he returned to law.", "2010", "Tom Reed"),
])
def test_role_of_a_subjectless_verb_is_no_antecedent(text, timex, subject):
    assert _subject(text, timex)[0] == subject


def test_person_noun_with_its_own_subject_still_counts():
    text = "Police questioned Tom Reed on Monday. The suspect was a former banker, and he had worked in Madrid since 2019."
    assert _subject(text, "2019") == ("The suspect", "he")


# --- a name's own "his"/"her" says its gender when no word of it does (coref._pronoun_marked_gender) ----------------

def test_name_marked_male_by_its_possessive_is_no_she():
    text = ("The board named Laura Morel as chief executive on Monday. She replaces Tarek Odum, who announced his "
            "departure in March. Odum will stay until May, and she will start in June.")
    assert _subject(text, "June") == ("Laura Morel", "she")


def test_unmarked_name_stays_the_nearest():
    text = ("The board named Laura Morel as chief executive on Monday. She replaces Tarek Odum in March. Odum will stay "
            "until May, and she will start in June.")
    assert _subject(text, "June")[0] == "Odum"


def test_possessive_in_a_reported_clause_marks_no_one():
    # the "her" is inside what Kahl said: Kahl's own gender is not given by it
    assert _subject("Sami Kahl said her team would win the cup. He retired in May.", "May") == ("Sami Kahl", "He")


# --- a surname after an earlier mention with a gendered first name is that person, whatever the entity tag -----------

def test_surname_of_an_earlier_first_named_mention_is_a_she():
    text = ("The Halden Philharmonic named Ines Varga as its music director on Tuesday. She succeeds Pieter Claes, who "
            "announced his retirement in February. Varga, 44, studied in Budapest and Vienna and made her debut with the "
            "orchestra in 2019. Claes will conduct his farewell concert on Oct. 12, and she will take over in January.")
    assert _subject(text, "January", "2025-09-10") == ("Varga", "she")


def test_surname_after_a_male_first_name_is_no_she():
    text = ("The club named Jorge Varga as its coach on Tuesday. Varga, 44, made his debut in 2019. The club said on "
            "Wednesday that she would start in January.")
    assert _subject(text, "January", "2025-09-10")[0] != "Varga"


# --- a trailing report the parser coordinated with its clause is found at a paragraph's end too (lead, 23:15) ---------
# (coref._last_word: the paragraph break the parser keeps inside the paragraph's last sentence is no word)

_THEATRE = ("The old theatre, which was badly damaged by a flood in 2019, will reopen on Oct. 3 with a new staging of "
            "Verdi's Aida, {}.\n\nTickets go on sale soon.")


def test_trailing_report_before_a_paragraph_break_is_the_source():
    row = _row(_THEATRE.format("its manager announced on Friday"), "Oct. 3")
    assert _text(row["source"]) == "its manager"


def test_joined_report_before_a_paragraph_break_is_no_source():
    row = _row(_THEATRE.format("and its manager announced a new season on Friday"), "Oct. 3")
    assert _text(row["source"]) == ""


def test_last_word_passes_over_stop_and_paragraph_break():
    import datetime as dt

    from timeline.events.coref import _last_word
    from timeline.pipeline import model, prepare_doc

    nlp = model.load()
    doc = nlp(prepare_doc(nlp, "Its manager spoke on Friday.\n\nTickets go on sale soon.", dt.date(2025, 6, 11), True))
    assert [_last_word(s).text for s in doc.sents] == ["Friday", "soon"]


# --- a name with a gendered first name in an object slot gives way to its sentence's subject, as other names do --------
# (lead, 23:20: "beating top seed Ana Petrova ... The 22-year-old Croatian ... She reached" gave Ana Petrova)

def test_sentence_subject_wins_over_a_first_named_object():
    text = ("Lena Hart won in Rome on Sunday, beating top seed Ana Petrov. The 24-year-old Briton will rise to No. 8 on "
            "Monday. She reached the final in Doha in February, losing to Petrov.")
    assert _subject(text, "February") == ("Lena Hart", "She")


def test_first_named_object_stays_when_the_subject_is_the_other_gender():
    text = ("Tom Hart won in Rome on Sunday, beating top seed Ana Petrov. The 24-year-old Briton will rise to No. 8 on "
            "Monday. She reached the final in Doha in February.")
    assert _subject(text, "February")[0] == "Ana Petrov"


# --- a plural "they" that is reported on (a passive reporting verb) may still stand for the last plural subject -------

@pytest.mark.parametrize("text,timex,subject", [
    ("Two cars were stolen from the depot on Sunday. They were reported missing on Monday.", "Monday", "Two cars"),
    ("Four hikers were found by a helicopter crew on Sunday. They had been reported missing by a friend on Friday.",
     "Friday", "Four hikers"),
])
def test_they_reported_on_is_the_last_plural_subject(text, timex, subject):
    assert _subject(text, timex) == (subject, "They")


def test_they_that_report_are_no_things():
    assert _subject("Shares rose 4% on Friday. They said on Monday that profits were up.", "Monday")[0] == "They"


# --- a relative clause set off by a comma deeper in a subject's phrase is an aside (link._set_off_clauses) ------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Support for the museum, which was founded in 1901, was doubled last March.", "last March", "Support for the museum"),
    ("The mayor of Lyon, who took office in 2020, resigned on Monday.", "Monday", "The mayor of Lyon"),
])
def test_set_off_clause_deeper_in_the_subject_goes(text, timex, subject):
    assert _subject(text, timex)[0] == subject


def test_clause_without_a_comma_says_which_and_stays():
    text = "The owner of the shop that burned down in May was arrested on Monday."
    assert _subject(text, "Monday")[0].startswith("The owner of the shop that burned down")


# --- an apposition with no comma right after its noun is the rest of one noun phrase (lead, 23:20, finding 5) -------
# (link._unmarked_apposition: "a magnitude 6.4 earthquake" parsed as "a magnitude" + apposition "6.4 earthquake")

def test_unmarked_apposition_completes_the_subject():
    text = "When a magnitude 5.9 earthquake struck northern Chile late Sunday, thousands fled their homes."
    assert _subject(text, "Sunday")[0] == "a magnitude 5.9 earthquake"


def test_ranked_team_parsed_as_an_apposition_is_one_subject():
    assert _subject("No. 4 Auburn lost to unranked Vanderbilt on Saturday.", "Saturday")[0] == "No. 4 Auburn"


def test_apposition_set_off_by_commas_stays_apart():
    assert _subject("The company's founder, Ana Ruiz, resigned on Monday.", "Monday")[0] == "Ana Ruiz"


# --- an event a person goes through, after a verb's preposition, is the verb's person's (lead, 23:20, finding 6) ------
# (link._undergone_after_verb, lexicon undergone_event_nouns / undergone_event_prepositions)

@pytest.mark.parametrize("text,timex,subject", [
    ("The striker has not played since an injury in May.", "May", "The striker"),
    ("Ana Ruiz returned to the squad on Friday after surgery in March.", "March", "Ana Ruiz"),
])
def test_undergone_event_after_a_verb_is_its_subjects(text, timex, subject):
    assert _subject(text, timex)[0] == subject


@pytest.mark.parametrize("text,timex", [
    ("The team trained indoors after a storm in March.", "March"),  # no undergone event
    ("Doctors praised the club after the surgery of its captain in March.", "March"),  # the captain's
])
def test_other_event_nouns_after_a_verb_are_not_its_subjects(text, timex):
    assert _subject(text, timex)[0] in ("", "its captain")


def test_thing_subject_gives_its_owner():
    text = "Caio Lima scored 11 goals in 2023. His season ended early after a knee injury in October 2023."
    assert _subject(text, "October 2023", "2024-02-01") == ("Caio Lima", "His")


# --- a reporter named as someone's ("Kovac's coach") reports on that someone ------------------------------------------
# (coref._named_owner)

def test_reported_pronoun_is_the_reporters_named_owner():
    text = "Tom Smith was convicted on Friday. Smith's lawyer said on Monday that he would appeal in June."
    assert _subject(text, "June") == ("Smith", "he")


@pytest.mark.parametrize("text", [
    # a reporter noun of the pronoun's own gender may mean itself
    "Ana Lopez was convicted on Friday. Lopez's spokeswoman said on Monday that she would retire in June.",
    # a company's lawyer is no company's "he"
    "Acme's lawyer said on Monday that he would retire in June.",
])
def test_reporter_itself_when_the_owner_does_not_fit(text):
    assert "'s" in _subject(text, "June")[0]


# --- modality: a light verb's noun event is framed as its verb is ("denied that it had held talks in March") -------

def _asserted(text: str, timex: str) -> tuple[bool, str]:
    row = _row(text, timex)
    return bool(row["asserted"]), _text(row["modality"])


def test_noun_event_of_a_denied_light_verb_is_not_asserted():
    assert _asserted("The ministry denied on Tuesday that it had held talks with the rebels in March.", "March") \
        == (False, "denied")


def test_noun_event_of_a_reported_light_verb_stays_asserted():
    assert _asserted("The ministry said on Tuesday that it had held talks with the rebels in March.", "March")[0]


# --- "It said that ...": an active reporting or finding verb's "it" is someone, not a placeholder (lead, 23:10, 7) ---

@pytest.mark.parametrize("text,timex,subject", [
    ("The Competition Authority opened an inquiry into the cartel in March after dozens of farmers complained. It "
     "said on Thursday that the firms had fixed prices in 2022.", "Thursday", "The Competition Authority"),
])
def test_it_that_reports_is_the_last_body(text, timex, subject):
    assert _subject(text, timex) == (subject, "It")


def test_it_that_finds_gives_the_embedded_rows_source():
    text = ("The regulator opened its investigation in June 2023 after complaints from travel agents. It found that "
            "the airline had raised fares in May.")
    assert _text(_row(text, "May", "2024-06-11")["source"]) == "The regulator"


@pytest.mark.parametrize("text", [
    "The bank collapsed in March. It was announced on Thursday that the bank had ignored warnings.",
    "The bank collapsed in March. It emerged on Thursday that the bank had ignored warnings.",
])
def test_passive_or_unaccusative_it_stays_a_placeholder(text):
    assert _subject(text, "Thursday")[0] == "It"


# --- "and that it ...": a second reported clause's "it" is the first clause's thing when the reporter is a person -----

def test_second_report_it_is_the_first_clauses_thing_under_a_person_reporter():
    text = "The mayor said the library had lost money in 2023 and that it would close in 2026."
    assert _subject(text, "2026") == ("the library", "it")


def test_second_report_it_under_a_body_stays_the_body_or_open():
    # (the company may be meant: its "it" is never the field)
    text = "Nordvik said the field could hold up to 90 million barrels and that it hoped to start production in 2029."
    assert _subject(text, "2029")[0] != "the field"


# --- "Police arrested a man. He ...": the last sentence's one person object, when its subject cannot be meant --------

@pytest.mark.parametrize("text,subject", [
    ("Police arrested a 32-year-old man on Friday. He was charged with murder on Sunday.", "a 32-year-old man"),
    ("Officers detained a woman on Friday. She was released on Sunday.", "a woman"),
])
def test_he_after_a_body_arresting_a_person_is_that_person(text, subject):
    assert _subject(text, "Sunday") == (subject, text.split(". ")[1].split()[0])


@pytest.mark.parametrize("text", [
    "Police arrested a woman on Friday. He was charged with murder on Sunday.",  # the other gender
    "Police arrested a man and his son on Friday. He was charged with murder on Sunday.",  # two people
])
def test_he_with_no_single_fitting_object_stays_open(text):
    assert _subject(text, "Sunday") == ("He", "")


def test_person_subject_keeps_its_claim():
    assert _subject("The officer arrested a man on Friday. He was praised by the mayor on Sunday.", "Sunday")[0] \
        == "The officer"


# --- the same subject pronoun again in a reported clause's adverbial clause is the same one, whatever lies between ---

def test_same_it_in_the_reported_clauses_adverbial_clause():
    text = "Nokra said on Tuesday that it would open a factory in India next year, after it shut a plant in Chile in 2023."
    assert _subject(text, "2023") == ("Nokra", "it")


def test_it_after_another_subject_keeps_its_rivals():
    # the reported clause's subject is a noun: the stadium or the club may be meant, as before
    text = "The club said the stadium would close in May after it failed a safety inspection in 2023."
    assert _subject(text, "2023")[0] in ("it", "the stadium")


# --- "many of whom", "two of which": the part of what the relative pronoun stands for (link._partitive_relative) -----

@pytest.mark.parametrize("text,timex,subject,rel", [
    ("Farmers, many of whom lost their crops in 2022, marched on Sunday.", "2022", "many of the farmers", "whom"),
    ("The bank owns five branches, two of which closed in 2019.", "2019", "two of the five branches", "which"),
])
def test_partitive_relative_subject_names_its_noun(text, timex, subject, rel):
    assert _subject(text, timex) == (subject, rel)


def test_partitive_without_a_relative_stays():
    assert _subject("Many of the farmers lost their crops in 2022.", "2022") == ("Many of the farmers", "")


# --- "..., adding that ...": a reporting participle after its clause is said by that clause's subject ---------------

@pytest.mark.parametrize("text,timex,source", [
    ('"We will appeal," her lawyer, Tom Berg, told reporters on Friday, adding that the ruling would be challenged in '
     'March.', "March", "Tom Berg"),
    ("The minister said on Monday the budget was balanced, adding that taxes would rise in 2026.", "2026",
     "The minister"),
])
def test_adding_that_has_the_clauses_speaker(text, timex, source):
    assert _text(_row(text, timex)["source"]) == source


def test_participle_that_does_not_report_gives_no_source():
    assert _text(_row("Prices rose on Monday, pushing inflation above 3% in May.", "May")["source"]) == ""


# --- a noun event in a verb's phrase: framed as the verb is; done by the verb's subject when the verb acts in it ------

def test_noun_event_in_a_denied_verbs_phrase_is_not_asserted():
    assert _asserted("The mayor denied that he had resigned in protest on Monday.", "Monday") == (False, "denied")


def test_noun_event_in_a_reported_verbs_phrase_stays_asserted():
    assert _asserted("The mayor said that he had resigned in protest on Monday.", "Monday")[0]


@pytest.mark.parametrize("text,timex,subject", [
    ("Swiss voters rejected the proposal in a referendum on Sunday.", "Sunday", "Swiss voters"),
    ("The governor announced the cuts at a news conference on Friday.", "Friday", "The governor"),
])
def test_event_an_active_verb_is_done_in_takes_its_subject(text, timex, subject):
    assert _subject(text, timex)[0] == subject


@pytest.mark.parametrize("text,timex", [
    ("The result follows the party's defeat in the March general election.", "March"),  # a relating verb
    ("The company lost $2 billion in a fire on Monday.", "Monday"),  # the fire is no one's
])
def test_relating_verbs_and_doerless_events_give_no_doer(text, timex):
    row = _row(text, timex, "2024-06-11")
    assert _text(row["trigger"]) == "lost" or _text(row["subject"]) == ""


# --- press-release datelines: a region after the place, the wire between slashes (readers/dateline.py) -------------

@pytest.mark.parametrize("text,story", [
    ("NAIROBI, Kenya, Sept. 5, 2024 /PRNewswire/ -- Acme Ltd said on Thursday it would list in 2025.", "Acme Ltd"),
    ("AUSTIN, Texas /PRNewswire/ -- Zeta Corp said on Monday it had hired 200 engineers.", "Zeta Corp"),
])
def test_press_release_dateline_is_the_filing_line(text, story):
    from timeline.readers.dateline import story_start

    assert text[story_start(text):].startswith(story)


def test_press_release_dateline_gives_the_date_and_no_row():
    from timeline.readers.dateline import dateline_span, find_dateline

    text = "NAIROBI, Kenya, Sept. 5, 2024 /PRNewswire/ -- Acme Ltd said on Thursday it would list in 2025."
    assert find_dateline(text).isoformat() == "2024-09-05" and text[slice(*dateline_span(text))] == "Sept. 5, 2024"
    assert _subject(text, "2025", "2024-09-05") == ("Acme Ltd", "it")


@pytest.mark.parametrize("text", ["Paris, Texas, was founded in 1844 by settlers.",
                                  "Acme and Zeta / partners - signed a deal on Monday."])
def test_sentences_are_no_datelines(text):
    from timeline.readers.dateline import dateline_span, story_start

    assert dateline_span(text) is None and story_start(text) is None


# --- a noun owned by the reported pronoun's own family is no rival to the reporter ------------------------------------

def test_noun_owned_by_its_is_no_rival():
    text = "Orsted said its profit fell in the third quarter and that it would buy back shares in January."
    assert _subject(text, "January") == ("Orsted", "it")


@pytest.mark.parametrize("text", [
    "Orsted said the profit fell in the third quarter and that it would buy back shares in January.",
    "Orsted said its rival's profit fell in the third quarter and that it would buy back shares in January.",
])
def test_other_nouns_stay_rivals(text):
    assert _subject(text, "January")[0] == "it"


# --- a relative clause on a noun in the main object's phrase: its pronoun subject is the main clause's subject -------

@pytest.mark.parametrize("text,timex,subject", [
    ("The airline is considering a bid for the carrier, which it first explored in 2021.", "2021", "The airline"),
    ("The council approved a plan for the park, which it had bought in 2019.", "2019", "The council"),
])
def test_relative_on_the_objects_phrase_takes_the_main_subject(text, timex, subject):
    assert _subject(text, timex) == (subject, "it")


def test_relative_on_who_may_act_stays():
    assert _subject("The union rejected an offer from the company, which it made in May.", "May")[0] != "The union"


# --- a singular nationality word with its determiner is a person ("The Brazilian ... before he joined") ---------------

def test_nationality_noun_is_a_person_for_he():
    text = "Caio Lima left Porto for Ajax in 2019. The Brazilian scored 40 goals there before he joined Chelsea in 2022."
    assert _subject(text, "2022") == ("The Brazilian", "he")


def test_nationality_adjective_on_a_body_stays_a_thing():
    assert _subject("The French government fell in May after it lost a vote in 2022.", "2022") \
        == ("The French government", "it")


# --- the probe ------------------------------------------------------------------------------------------------------

def test_probe_is_well_formed():
    heldout.check_well_formed(load(), 12)


def test_probe_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["rows"] == 75 and f["fully_right"] >= FLOOR and f["subject"][0] >= SUBJECT_FLOOR, f


# First run (probe.json written and committed alone at eea1fa7 before the tool ran on it, code = this branch at b492f2b,
# main adc3453 plus an outputs-unchanged review): fully right 67/75 (89.3%); date 69/69, trigger 75/75, subject
# 68/75, asserted 74/75, source 19/19, resolved-from 23/26, absent 6/6. End of round (this branch, main merged):
# fully right 72/75 (96.0%); date 69/69, trigger 75/75, subject 73/75, asserted 74/75, source 19/19, resolved-from
# 24/26, absent 6/6. Left: "Funding for the project, which was cut in 2023" (the parser hangs the clause on
# "project"; which noun is cut is a matter of meaning), "bring it back for another vote in September" (the row sits on
# the noun "vote", whose voters are not the speaker: attachment's part), "The quotas, which expire at the end of the
# year" asserted (the tagger's "the end of the year" spans the whole year, so the row is not ahead of the
# publication date: dates' part).
FLOOR = 71
SUBJECT_FLOOR = 72


if __name__ == "__main__":
    heldout.main(load())
