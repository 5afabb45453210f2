"""Events, subjects/sources/modality round (issue 12, helper wt12j): a probe of ten new news articles whose expected
rows were written and committed before the tool ran on them (``tests/data/events_subjects3/probe.json``, not a
blind set), and the rule classes found with it — each rule with positive and negative example sentences written
for it here (not the probe's sentences). ``python tests/test_events_subjects3.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import pytest  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_subjects3" / "probe.json"
PROBE2 = PROBE.with_name("probe2.json")
PROBE3 = PROBE.with_name("probe3.json")


def load(path: Path = PROBE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if _na(v) else str(v)


# --- a passive's doer is a rival for "it" only when it could be an "it" itself -----------------------------------

def test_plural_doer_leaves_the_passive_subject():
    row = row_of("Corvel Shipping was fined by port authorities in 2021. It paid the fine in March.", "March")
    assert row["subject"] == "Corvel Shipping" and row["subject_resolved_from"] == "It"


def test_singular_doer_keeps_the_it_open():
    # the agency may be meant as well as the drug: no guess
    row = row_of("The drug was approved by the agency in 2020. It raised prices in May.", "May")
    assert row["subject"] != "The drug"


# --- a one-word name that opened a company's longer name is that company ------------------------------------------

def test_short_form_of_a_company_name_is_an_it():
    text = ("Brennic Motors opened a plant in Ohio in 2019. Brennic was sued by dealers in 2021. "
            "It settled the case in May.")
    row = row_of(text, "May")
    assert row["subject"] == "Brennic" and row["subject_resolved_from"] == "It"


def test_a_persons_surname_is_no_it():
    text = "Lena Brennic joined the board in 2019. Brennic was sued by dealers in 2021. It settled the case in May."
    assert _text(row_of(text, "May")["subject"]) not in ("Brennic", "Lena Brennic")


# --- a name the text shows to be a person's is no "it", whatever the entity tagger says ---------------------------

@pytest.mark.parametrize("text", [
    # an age set off after the name
    "The architect Ilse Varnak designed the hall. Varnak, 61, lives in Bergen. It was renovated in 2020.",
    # a person noun the name stands by
    "Tova Reinholt, a sculptor, built the pavilion. It was repainted in 2020.",
])
def test_person_by_mention_is_no_it(text):
    assert not any(w in _text(row_of(text, "2020")["subject"]) for w in ("Varnak", "Reinholt"))


def test_company_name_still_an_it():
    row = row_of("Dovran Foods cut 200 jobs last year. It closed a plant in May.", "May")
    assert row["subject"] == "Dovran Foods"


# --- a gerund subject of a first clause is what a coordinated "it" takes up --------------------------------------

def test_gerund_subject_of_the_first_clause():
    text = "Smuggling across the border dropped after the army built a fence in 2019, but it has grown again since 2022."
    row = row_of(text, "2022")
    assert row["subject"] == "Smuggling across the border" and row["subject_resolved_from"] == "it"


def test_object_of_the_first_clause_is_still_a_rival():
    # the sale may be what fell: not the ministry
    row = row_of("The ministry banned the sale in 2019, and it has fallen since 2022.", "2022")
    assert row["subject"] != "The ministry"


# --- a determinerless mass object is no rival for an adverbial clause's "it" --------------------------------------

def test_mass_object_is_no_rival():
    row = row_of("The plane lost cabin pressure shortly after it left Dover on Friday.", "Friday")
    assert row["subject"] == "The plane" and row["subject_resolved_from"] == "it"


def test_counted_object_stays_a_rival():
    row = row_of("The airline bought the carrier before it collapsed in 2019.", "2019")
    assert row["subject"] != "The airline"


# --- a stand-in subject ("one, X,") is the name set off after it ---------------------------------------------------

def test_stand_in_subject_is_its_name():
    row = row_of("Three lenders cut rates, and one, Nordic Savings Bank, said it would cut again in May.", "May")
    assert row["subject"] == "Nordic Savings Bank" and row["source"] == "Nordic Savings Bank"


def test_one_of_a_group_stays():
    row = row_of("One of the banks said on Monday that rates would fall.", "Monday")
    assert row["subject"] == "One of the banks"


# --- an "it" whose own verb's object repeats the candidate's noun is not that noun -----------------------------------

def test_it_is_not_its_own_object():
    text = "The bridge will reopen in June, the council said on Monday. It closed the bridge for repairs in 2022."
    row = row_of(text, "2022")
    assert row["subject"] == "the council" and row["subject_resolved_from"] == "It"


def test_it_without_that_object_is_the_subject():
    text = "The bridge will reopen in June, the council said on Monday. It closed in 2022 after a flood."
    assert row_of(text, "2022")["subject"] == "The bridge"


# --- a prepositional aside set off by commas is no part of the subject ----------------------------------------------

def test_comma_aside_left_out_of_the_subject():
    assert row_of("The miners, all from the same village, were rescued on Sunday.", "Sunday")["subject"] == "The miners"


def test_restrictive_phrase_kept_in_the_subject():
    row = row_of("The miners from the village were rescued on Sunday.", "Sunday")
    assert row["subject"] == "The miners from the village"


# --- what someone was urged, asked or ordered to do is not asserted --------------------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("Police ordered the crowd to disperse on Saturday.", "Saturday"),
    ("The union urged its members to walk out on Friday.", "Friday"),
    ("The council advised residents to boil water on Monday.", "Monday"),
])
def test_directed_infinitive_not_asserted(text, timex):
    row = row_of(text, timex)
    assert not bool(row["asserted"]) and row["subject"] != "Police"


@pytest.mark.parametrize("text,timex", [
    ("Police dispersed the crowd on Saturday.", "Saturday"),
    ("Crews managed to reopen the road on Saturday.", "Saturday"),  # an implicative verb: it happened
])
def test_plain_or_implicative_asserted(text, timex):
    assert bool(row_of(text, timex)["asserted"])


# --- the lede after a dateline closed by a dash is a sentence of its own ---------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("OSLO, March 3 (Wire) - Nordvik Bank, the country's largest lender, plans to cut 300 jobs in the second half "
     "of the year.", "the second half of the year", "Nordvik Bank"),
    ("BERGEN (Wire) - Fjellstad Kraft, a hydropower firm, will build a new dam in 2027.", "2027", "Fjellstad Kraft"),
])
def test_lede_after_a_dateline(text, timex, subject):
    assert row_of(text, timex, "2025-03-03")["subject"] == subject


@pytest.mark.parametrize("text,start", [
    ("OSLO, March 3 (Wire) - Nordvik Bank cut jobs.", "Nordvik"),
    ("LISBON, Sept. 5, 2023 \u2014 The bank cut jobs.", "The bank"),
    ("GENEVA (Reuters) - The agency said.", "The agency"),
])
def test_story_start(text, start):
    from timeline.readers.dateline import story_start

    assert text[story_start(text):].startswith(start)


@pytest.mark.parametrize("text", [
    "March 14 was a Monday.",
    "The company said on Monday it would cut jobs.",
    "WASHINGTON, Sept. 5, 2023 The bank cut jobs.",  # no dash closes it
])
def test_no_story_start(text):
    from timeline.readers.dateline import story_start

    assert story_start(text) is None


# --- a participle set off after its clause is done by the clause's subject --------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The council will close two libraries next year, moving their books to a new hub in March.", "March", "The council"),
    ("A gas blast wrecked the market on Sunday, killing three traders on the spot in the early hours of Monday.",
     "Monday", "A gas blast"),
])
def test_trailing_participle_takes_the_clause_subject(text, timex, subject):
    assert row_of(text, timex, "2025-01-10")["subject"] == subject


def test_participle_with_a_subject_of_its_own():
    # "with staff moving": the staff move the books, not the council
    row = row_of("The council closed the library, with staff moving the books in March.", "March", "2025-01-10")
    assert row["subject"] != "The council"


# --- "they" for a plural thing the last sentence was about ---------------------------------------------------------

def test_they_for_plural_things():
    row = row_of("Bond yields rose sharply on Monday. They have climbed 40 basis points since March.", "March")
    assert row["subject"] == "Bond yields" and row["subject_resolved_from"] == "They"


@pytest.mark.parametrize("text,timex", [
    # another plural in the sentence may be meant
    ("Talks between the two unions stalled in May. They resumed on Monday.", "Monday"),
    # things do not report
    ("Prices rose sharply in May. They said on Monday that the rise would slow.", "Monday"),
])
def test_they_left_open(text, timex):
    assert row_of(text, timex)["subject"] == "They"


# --- a past form the parser hung on a noun, in a sentence with no verb, is its main verb --------------------------

def test_lost_main_verb_takes_the_whole_subject():
    row = row_of("Negotiations between the two unions stalled in the spring.", "the spring")
    assert row["trigger"] == "stalled" and row["subject"] == "Negotiations between the two unions"


def test_participle_in_a_sentence_with_a_verb_stays_on_its_noun():
    assert row_of("Cables installed in 1990 were replaced.", "1990")["subject"] == "Cables"


# --- an "it" in a "where" clause that says where something is ---------------------------------------------------------

def test_where_it_has_been_is_the_object():
    row = row_of("The bank held its main rate at a record high, where it has stood since July.", "July")
    assert row["subject"] == "its main rate" and row["subject_resolved_from"] == "it"


def test_where_it_acts_is_not_the_object():
    row = row_of("The company opened a plant in Ohio, where it has employed 500 people since 2019.", "2019")
    assert row["subject"] != "a plant"


# --- "supposed to", "meant to": planned, not asserted ------------------------------------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("The ferry was supposed to sail on Monday but stayed in port.", "Monday"),
    ("The audit was meant to finish in March.", "March"),
])
def test_supposed_to_not_asserted(text, timex):
    assert not bool(row_of(text, timex)["asserted"])


def test_meaning_without_infinitive_asserted():
    assert bool(row_of("The ferry sailed on Monday, which meant a late arrival.", "Monday")["asserted"])


# --- second probe round -------------------------------------------------------------------------------------------

def test_plural_with_a_who_clause_is_people():
    text = "The cleaners, who work for an outside contractor, rejected the offer on Monday. They struck for a day in May."
    row = row_of(text, "May")
    assert row["subject"] == "The cleaners" and row["subject_resolved_from"] == "They"


def test_plural_without_people_words_beside_another_plural_stays():
    row = row_of("The cleaners at the two hospitals rejected the offer on Monday. They struck in May.", "May")
    assert row["subject"] == "They"


def test_apposition_of_the_one_thing_is_no_rival():
    text = "Police sealed off the old harbour, a busy fishing port, on Monday. It had reopened in April after repairs."
    row = row_of(text, "April")
    assert row["subject"] == "the old harbour" and row["subject_resolved_from"] == "It"


def test_two_things_keep_the_it_open():
    row = row_of("Police sealed off the harbour and the market on Monday. It had reopened in April.", "April")
    assert row["subject"] == "It"


def test_name_after_an_organisation_noun_is_a_thing():
    text = "Regulators fined the payments firm Zentiq on Monday. Zentiq said it would appeal in March."
    row = row_of(text, "March")
    assert row["subject"] == "Zentiq" and row["subject_resolved_from"] == "it"


def test_name_after_a_person_noun_is_no_it():
    text = "Regulators questioned the banker Zentiq on Monday. Zentiq said it would appeal in March."
    assert row_of(text, "March")["subject"] != "Zentiq"


# --- the probe ---------------------------------------------------------------------------------------------------

def test_probe_is_well_formed():
    heldout.check_well_formed(load(), 8)
    heldout.check_well_formed(load(PROBE2), 8)
    heldout.check_well_formed(load(PROBE3), 7)


# --- a passive "it" takes up the last sentence's passive subject, not its doer ------------------------------------------

def test_passive_it_takes_up_the_passive_subject():
    text = "The bridge was designed by Harwick Engineering, a Danish firm. It was opened to traffic in May."
    row = row_of(text, "May")
    assert row["subject"] == "The bridge" and row["subject_resolved_from"] == "It"


def test_active_it_after_a_doer_stays_open():
    # the firm may be meant as well as the bridge: no guess
    text = "The bridge was designed by Harwick Engineering, a Danish firm. It won a design award in May."
    assert row_of(text, "May")["subject"] != "The bridge"


# --- an organisation's quoted "we" is the organisation ----------------------------------------------------------------

def test_quoted_we_of_an_organisation():
    row = row_of('"We will open two new stores in March," the retailer said on Monday.', "March")
    assert row["subject"] == "the retailer" and row["subject_resolved_from"] == "We"


def test_quoted_we_of_a_person_stays():
    assert row_of('"We will win the league in May," the coach said on Monday.', "May")["subject"] == "We"


# --- what a denial's clause says, and an inverted conditional, are not asserted -------------------------------------

@pytest.mark.parametrize("text,timex,mood", [
    ("The senator denied that he had met the donor in March.", "March", "denied"),
    ("The club disputed that its players had broken the rules in 2022.", "2022", "denied"),
    ("Had the levee failed on Sunday, the town would have flooded.", "Sunday", "if"),
    ("Should the talks collapse next week, the strike would resume.", "next week", "if"),
])
def test_framed_event_not_asserted(text, timex, mood):
    row = row_of(text, timex)
    assert not bool(row["asserted"]) and mood in _text(row["modality"])


@pytest.mark.parametrize("text,timex", [
    ("The senator said that he had met the donor in March.", "March"),  # a plain report
    ("Had he known about the debts in March, he said nothing.", "March"),  # no modal: no hypothesis
])
def test_unframed_event_asserted(text, timex):
    assert bool(row_of(text, timex)["asserted"])


# --- who is accused or convicted "of" a deed did it ----------------------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Prosecutors accused the treasurer of stealing funds in 2019.", "2019", "the treasurer"),
    ("Lena Dahl was accused of leaking documents in 2021.", "2021", "Lena Dahl"),
])
def test_accused_of_a_deed(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_warned_of_is_no_deed_of_the_object():
    # "warned residents of flooding": the residents do not flood
    assert row_of("Forecasters warned residents of flooding on Sunday.", "Sunday")["subject"] != "residents"


# --- a name in capitals alone is an organisation's acronym -------------------------------------------------------------

def test_acronym_reporter_is_an_it():
    row = row_of("KORVA said it would launch the probe in May.", "May")
    assert row["subject"] == "KORVA" and row["subject_resolved_from"] == "it"


def test_persons_name_reporter_is_no_it():
    assert row_of("Maria Lopez said it would close the plant in May.", "May")["subject"] != "Maria Lopez"


# --- "according to plan" names no source -------------------------------------------------------------------------------

def test_according_to_plan_is_no_source():
    assert _text(row_of("The second stage separated on Friday according to plan.", "Friday")["source"]) == ""


def test_according_to_someone_is_the_source():
    assert row_of("According to the coast guard, the ferry sank on Friday.", "Friday")["source"] == "the coast guard"


# --- third probe round -------------------------------------------------------------------------------------------------

def test_owned_person_noun_is_not_its_owners_pronoun():
    # "His agent" is someone else than the "he" the agent speaks of
    text = "His agent, Maria Costa, said that her client had repaid everything he borrowed in 2019."
    assert row_of(text, "2019")["subject"] not in ("Maria Costa", "His agent")


def test_person_noun_subject_still_a_he():
    row = row_of("The driver told police that he had left the depot in March.", "March")
    assert row["subject"] == "The driver" and row["subject_resolved_from"] == "he"


@pytest.mark.parametrize("text,timex,subject", [
    ("Two of Norway's largest insurers, Fjord Mutual and Nordvern Forsikring, agreed on Tuesday to merge.", "Tuesday",
     "Two of Norway's largest insurers"),
    ("Three of the miners were rescued on Sunday.", "Sunday", "Three of the miners"),
])
def test_count_of_a_group_keeps_its_of_phrase(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_number_without_of_stays():
    assert row_of("Two men were arrested on Sunday.", "Sunday")["subject"] == "Two men"


def test_trailing_report_parsed_as_a_conjunct():
    text = ("The museum, which was closed by a flood in 2021, will reopen on June 14 with an exhibition of Dutch "
            "prints, its curator announced on Thursday.")
    assert row_of(text, "June 14")["source"] == "its curator"


def test_coordinated_report_with_and_is_no_trailing_one():
    row = row_of("The firm cut 200 jobs in May and its chief executive said on Monday that more would go.", "May")
    assert _text(row["source"]) == ""


@pytest.mark.parametrize("text,timex", [
    ("The court ruled that prosecutors had failed to prove the mayor took bribes in 2019.", "2019"),
    ("Investigators could not show that the pilot ignored the warning on Monday.", "Monday"),
])
def test_unproven_complement_not_asserted(text, timex):
    row = row_of(text, timex)
    assert not bool(row["asserted"]) and "unproven" in _text(row["modality"])


def test_proven_complement_asserted():
    assert bool(row_of("Auditors showed that the firm paid the bribe in 2019.", "2019")["asserted"])


# --- review findings (reviewer's sentences of its own) ----------------------------------------------------------------

@pytest.mark.parametrize("text,timex", [
    # an opening "they" with a verb only people do is not the last sentence's plural things
    ("Fuel prices jumped 10% in May. They protested outside parliament on Friday.", "Friday"),
    ("Exports fell in 2023. They blamed the strong dollar on Tuesday.", "Tuesday"),
    ("The strikes ended in May. They won a 5% pay rise in June.", "June"),
])
def test_they_with_a_peoples_verb_stays(text, timex):
    assert row_of(text, timex)["subject"] == "They"


def test_they_with_a_things_verb_resolves():
    row = row_of("Talks collapsed in March. They will resume on Monday.", "Monday")
    assert row["subject"] == "Talks" and row["subject_resolved_from"] == "They"


@pytest.mark.parametrize("text,timex,subject", [
    # a label before a colon is no subject of the phrase after it
    ("Wildfires near Athens: thousands evacuated on Sunday.", "Sunday", "thousands"),
    ("Photo: The bridge built in 1890 near the old mill.", "1890", "The bridge"),
])
def test_lost_verb_never_across_a_label(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,name", [
    # nouns an organisation also is do not make a name a person's
    ("Kestrel, a designer of chips, listed its shares in 2023. It raised $4.9 billion on Monday.", "Kestrel"),
    ("Vornado, the landlord, sued the retailer in May. It won the case on Monday.", "Vornado"),
    ("Halden Trust, the trustee, sued the fund in May. It won the case on Monday.", "Halden Trust"),
    ("Orvex, the largest tenant, left the mall in May. It opened a new store on Monday.", "Orvex"),
])
def test_organisation_nouns_leave_an_it(text, name):
    assert row_of(text, "Monday")["subject"] == name


# --- lead findings 10: an aspectual relative clause on "X at Y"; an event noun subject of an infinitive -----------------

def test_aspectual_clause_takes_the_event_noun():
    row = row_of("Output was cut by a strike at the Leeds factory that ended on Monday.", "Monday")
    assert row["subject"].startswith("a strike") and row["subject_resolved_from"] == "that"


def test_non_aspectual_clause_keeps_the_place():
    row = row_of("Output was cut by a strike at the Leeds factory that opened in 1990.", "1990")
    assert not _text(row["subject"]).startswith("a strike")


def test_event_noun_subject_of_an_expected_infinitive():
    row = row_of("The bank expects first-quarter profit to be lower.", "first-quarter", "1989-10-19")
    assert not bool(row["asserted"])


def test_event_noun_subject_of_a_plain_clause():
    assert bool(row_of("First-quarter profit was lower.", "First-quarter", "1989-10-19")["asserted"])


# --- lead findings 12a: a name its phrase shows to be a place is no "he"/"she" ---------------------------------------------

def test_place_name_is_no_he():
    text = "For a decade, Ewan Baird kept the ferry running to Carrick Holm, a small island off the coast. " \
           "He retired in the spring of 2001."
    assert "Carrick" not in _text(row_of(text, "2001")["subject"])


def test_person_name_still_a_he():
    row = row_of("Tom Reyes left the firm in 2019. He joined a rival in May.", "May")
    assert row["subject"] == "Tom Reyes" and row["subject_resolved_from"] == "He"


def test_probe_floors():
    for path, (right, rows) in ((PROBE, (76, 81)), (PROBE2, (54, 57)), (PROBE3, (37, 41))):
        docs = load(path)
        f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
        assert f["fully_right"] >= right and f["rows"] == rows, (path.name, f)


# First runs (each set written and committed before the tool ran on it): probe.json at 06590ff+da6c845 67/81
# (82.7%) fully right; date 68/69, trigger 76/80, subject 72/81, asserted 80/81, source 23/24. After round one
# (185a0a2, 86c8926): 75/81 (92.6%); subject 79/81, asserted 81/81, source 24/24. probe2.json, written after round
# one, first run at 86c8926: 51/57 (89.5%); subject 53/57, asserted 57/57, source 16/17, resolved-from 12/14; after
# round two 54/57 (94.7%), subject 56/57. Left: triggers on a noun for attach.py ("staged a walkout", "returned them
# to service", "results came back", "in connection with", "during a hearing", "at the festival"), a tense
# ("was expected to announce the listing on Monday" read as next Monday), "it" after a passive with a doer that
# fits ("published by a small press ... It was shortlisted") left open, and "The European Commission" named
# without its "The" by the name scan.


if __name__ == "__main__":
    heldout.main(load({"2": PROBE2, "3": PROBE3}.get((sys.argv[1:] or ["1"])[0], PROBE)))
