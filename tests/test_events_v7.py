"""Events, seventh round (issue 12): rule classes found with a probe batch of news texts written before the
tool ran on them (``tests/data/events_probe6/probe.json``, not a blind set) and with the dev set's tuned
half — each rule with positive and negative examples written for it here (not the probe's sentences, not any
corpus or held-out text). ``python tests/test_events_v7.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of, rows_of  # noqa: E402,F401  (one set of probe helpers)

PROBE = Path(__file__).parent / "data" / "events_probe6" / "probe.json"


def load(name: str = "probe.json") -> list[dict]:
    return json.loads((PROBE.parent / name).read_text(encoding="utf-8"))["documents"]


# --- a dateline is nobody: the subject the parser hung on it, and no pronoun stands for it ----------------

@pytest.mark.parametrize("text,timex,subject", [
    # the parser takes the dateline's place for the subject and hangs the real one on it as an apposition
    ("PARIS (Reuters) — France's largest bank, Banque Orel, said on Monday that it would close 200 branches "
     "next year.", "Monday", "Banque Orel"),
    ("PARIS (Reuters) — France's largest bank, Banque Orel, said on Monday that it would close 200 branches "
     "next year.", "next year", "Banque Orel"),
    # a pronoun in an adverbial clause under a "which" clause stands for the relative pronoun's noun, never for
    # the dateline's place
    ("OSLO — The ferry line, which carried two million passengers a year before it was sold in 2019, will stop "
     "sailing in March.", "2019", "The ferry line"),
])
def test_dateline_is_no_subject(text, timex, subject):
    row = row_of(text, timex)
    assert row["subject"] == subject and subject.split()[-1] in row["event"]


@pytest.mark.parametrize("text,timex,not_subject", [
    # negative: a person before a "which"-less relative clause is no "it"
    ("The minister, who praised the firm before it collapsed in 2019, resigned on Monday.", "2019", "The minister"),
    # negative: a thing between the main verb and the pronoun may be meant: the pronoun stays
    ("BERLIN — The company, which employs 3,000 people, will close a plant before it opens a new one in 2027.",
     "2027", "The company"),
])
def test_dateline_and_relative_negatives(text, timex, not_subject):
    row = row_of(text, timex)
    assert row["subject"] != not_subject and "BERLIN" not in str(row["subject"])


# --- another row's time phrase inside a subject's phrase is no part of who did it ---------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Regulators on Tuesday fined the bank, which they had investigated since 2021.", "2021", "Regulators"),
    ("Regulators on Tuesday fined the bank, which they had investigated since 2021.", "Tuesday", "Regulators"),
])
def test_time_phrase_left_out_of_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_place_phrase_stays_in_subject():
    # negative: a phrase that is no time still names who
    assert row_of("The mayor of Lyon on Monday opened a new bridge.", "Monday")["subject"] == "The mayor of Lyon"


# --- a time inside an event noun's own phrase dates the noun --------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger,subject", [
    # between the noun and its "of" phrase, wherever the parser hung it; the verb's subject is not the doer
    # unless the verb reports or authors it
    ("Critics blamed the collapse in 2008 of Lehman Brothers for the crisis.", "2008", "collapse", None),
    ("Thousands attended the funeral on Saturday of the former president.", "Saturday", "funeral", None),
    ("The company confirmed the sale last year of its shipping unit.", "last year", "sale", "The company"),
    # between a subject event noun and its verb
    ("Her visit this week angered officials in Beijing.", "this week", "visit", "Her"),
    # an event noun of journalism the suffix rule misses
    ("The delay follows the discovery in 2024 of asbestos in the roof.", "2024", "discovery", None),
])
def test_time_inside_event_noun_phrase(text, timex, trigger, subject):
    row = row_of(text, timex)
    assert row["trigger"] == trigger
    assert (_na(row["subject"]) if subject is None else row["subject"] == subject)


@pytest.mark.parametrize("text,timex,trigger", [
    # negatives: no event noun before the time; an infinitive, not "of", after it; an amount noun
    ("The company this week said it would hire 500 workers.", "this week", "said"),
    ("The council approved a plan on Monday to rebuild the bridge.", "Monday", "approved"),
    ("Sales last year rose 5%.", "last year", "rose"),
])
def test_time_inside_noun_phrase_negatives(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- a forecast: the foreseen event ahead, the forecasting when it was made ----------------------------------

@pytest.mark.parametrize("text,timex,trigger,asserted", [
    # a day gone by hung on the foreseen event noun says when the forecast was made
    ("Economists predicted a recession on Monday.", "Monday", "predicted", True),
    ("The central bank forecast a downturn on Tuesday.", "Tuesday", "forecast", True),
    # negatives: a time ahead dates the foreseen event, which is not asserted
    ("Analysts predict a recovery in the spring of next year.", "the spring of next year", "recovery", False),
    ("Traders expect a rate cut in December.", "December", "cut", False),
])
def test_forecast_made_or_foreseen(text, timex, trigger, asserted):
    row = row_of(text, timex)
    assert row["trigger"] == trigger and bool(row["asserted"]) == asserted


# --- a clock-time range whose day is stated once, at its second end ------------------------------------------

@pytest.mark.parametrize("text,pub,start,end", [
    ("Households will be asked to cut power use between 4 p.m. and 9 p.m. on Friday.", "2025-01-16",
     "2025-01-17 16:00", "2025-01-17 21:01"),
    # negative: a first end with its own day keeps it
    ("Voting ran from 7 a.m. on Monday to 8 p.m. on Tuesday.", "2025-05-14", "2025-05-12 07:00", "2025-05-13 20:01"),
])
def test_clock_range_takes_the_stated_day(text, pub, start, end):
    df = rows_of(text, pub)
    row = df[df["range_text"].notna()].iloc[0]
    assert str(row["start"])[:16] == start and str(row["end"])[:16] == end


# --- an infinitive saying what a noun is for is aimed at, not asserted ----------------------------------------

@pytest.mark.parametrize("text,timex,trigger,asserted", [
    ("Lawmakers are drafting a stopgap bill to avert a shutdown at the end of the month.", "the end of the month",
     "avert", False),
    ("The board backed a proposal to merge the two schools in 2019.", "2019", "merge", False),
    # negatives: after a first, last or only the infinitive happened; an act's purpose is left as it was
    ("She was the first woman to win the race in 2019.", "2019", "win", True),
    ("It was the only team to reach the final in 2018.", "2018", "reach", True),
    ("The minister flew to Paris to meet her counterpart on Monday.", "Monday", "meet", True),
])
def test_purpose_infinitive_not_asserted(text, timex, trigger, asserted):
    row = row_of(text, timex)
    assert row["trigger"] == trigger and bool(row["asserted"]) == asserted


# --- a planning participle right after an event noun: the time is the event's --------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Farm subsidies will top the agenda of a summit set for Lisbon in April.", "April", "summit"),
    ("Ministers are preparing for a conference scheduled for October.", "October", "conference"),
    ("A vote scheduled for May was postponed.", "May", "vote"),
    ("Talks planned for June were called off.", "June", "Talks"),
    # negatives: an aside on the noun dates the act it names; a noun that names no event
    ("The ban, first proposed in 2022, was delayed twice.", "2022", "proposed"),
    ("The factory, set up in 1998, employs 400 people.", "1998", "set"),
])
def test_planning_participle_on_event_noun(text, timex, trigger):
    row = row_of(text, timex)
    assert row["trigger"] == trigger
    if trigger == "summit":
        assert _na(row["subject"])  # who meets is not "Farm subsidies"


# --- "beginning in X" after a verb with its length dates the verb ---------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The ferry service was halted for three weeks beginning in January 2021.", "January 2021", "halted"),
    ("The museum closed for two months starting in June.", "June", "closed"),
    ("Customers will be refunded starting in March.", "March", "refunded"),
    # negatives: without a length the participle is left as it is; "began to" keeps the aspectual
    ("Work began to slow in May.", "May", "began"),
])
def test_onset_participle_after_a_length(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- a record comparison with a place phrase before "since" -----------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    # a superlative, a place phrase, then "since X, when ...": the when-clause is what happened in X
    ("It was the deadliest fire in the county since 2009, when a blaze killed 12 people.", "2009", "killed"),
])
def test_record_comparison_past_a_place(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex", [
    ("It was the worst flood in the region since 1998.", "1998"),
])
def test_record_comparison_dates_nothing(text, timex):
    assert _na(row_of(text, timex)["trigger"])


def test_perfect_state_since_keeps_its_interval():
    # negative: in the perfect a superlative's "since" is a state since then
    row = row_of("The mill has been the largest employer in the town since 1950.", "1950")
    assert not _na(row["trigger"]) and str(row["end"])[:10] == "2025-06-11"


# --- a one-word name after "in" is a place, however the entity tagger labels it ---------------------------------

def test_name_after_in_is_no_antecedent():
    text = ("Police said the fugitive had lived in Granada under a false name since 2020. "
            "He will be extradited within 30 days, a judge ruled on Tuesday.")
    assert row_of(text, "30 days")["subject"] != "Granada"


def test_person_after_with_still_an_antecedent():
    # negative: "with" is no place preposition
    row = row_of("Ana Ruiz met with Tomas in March. He left the company in May.", "May")
    assert row["subject"] == "Tomas"


# --- the doer of an infinitive under a judged gerund ("fined X for failing to report") -----------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The regulator fined the bank for failing to report losses in 2019.", "2019", "the bank"),
    # no named object: no doer rather than the judge
    ("The regulator fined the lender 5 million euros for failing to disclose risks in 2019.", "2019", None),
])
def test_judged_gerund_infinitive_subject(text, timex, subject):
    row = row_of(text, timex)
    assert (_na(row["subject"]) if subject is None else row["subject"] == subject)


# --- a state noun after "under": the time dates the verb ---------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The lender was placed under special supervision in March 2021.", "March 2021", "placed"),
    ("The mayor was put under investigation on Monday.", "Monday", "put"),
    # negative: an occasion preposition keeps the event noun
    ("Two officers were hurt during a protest on Saturday.", "Saturday", "protest"),
])
def test_state_noun_after_under(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- a duration after a past forecast counts from that story time, not from the report --------------------------

@pytest.mark.parametrize("text", [
    "The builder expected the permits in six months.",
    "Engineers expected to finish the bridge in three weeks.",
])
def test_past_forecast_duration_gets_no_interval_from_the_report(text):
    df = rows_of(text)
    assert not len(df) or df["start"].isna().all()


@pytest.mark.parametrize("text,start", [
    # negatives: a present forecast, a future, and a reported past (the saying's present) count from the report
    ("The builder expects the permits in six months.", "2025-12-10"),
    ("The port will reopen in six months.", "2025-12-10"),
    ("The insurer said it expected to settle the claims within a year.", "2025-06-10"),
])
def test_forecast_duration_from_the_report(text, start):
    assert str(rows_of(text).iloc[0]["start"])[:10] == start


# --- a ministry or office in a person's title is no one an "its" stands for ----------------------------------------

def test_title_words_are_no_antecedent():
    text = ("The bill's sponsor, Home Affairs Minister Tom Graaf, said the change was needed. Farmers, who had tried "
            "to block the bill since its introduction in October, said they would protest.")
    assert row_of(text, "October")["subject"] != "Home Affairs"


def test_organisation_still_an_antecedent():
    # negative: an organisation that is no title word still is
    row = row_of("Nordea Bank said on Monday that it would cut 500 jobs next year.", "next year")
    assert row["subject"] == "Nordea Bank"


# --- "Its spokesman said": the last sentence's thing subject owns the speaker ----------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The ministry published the report on Monday. Its spokesman said on Tuesday that no one would resign.",
     "Tuesday", "The ministry's spokesman"),
    ("A bill to fund the agency was introduced on Monday. Its sponsor said on Friday that the vote would be held "
     "in June.", "Friday", "A bill's sponsor"),
])
def test_opening_its_on_a_speaker(text, timex, subject):
    row = row_of(text, timex)
    assert row["subject"] == subject and row["subject_resolved_from"] == "Its"


@pytest.mark.parametrize("text,timex,subject", [
    # negatives: a person before is no "it"; a subject of anything but a saying is left as written
    ("Ana Ruiz left the firm in May. Its chief executive said on Monday the firm would hire.", "Monday",
     "Its chief executive"),
    ("Halvorsen recalled 90,000 sedans last year. Its shares have fallen 12% since January.", "January",
     "Its shares"),
    # an event noun's opening "Its" is left as written (the wider rule once cost a held-out set)
    ("The museum closed its doors in May. Its renovation in 2019 cost 5 million euros.", "2019", "Its"),
])
def test_opening_its_negatives(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


# --- a pronoun subject of a relative clause on the main clause's object: the main clause's subject -------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The brewer sold the plant, which it had bought in 2019.", "2019", "The brewer"),
    ("The regulator fined the lender, which it had warned in 2021.", "2021", "The regulator"),
    ("Ana Ruiz praised the film, which she saw in 2019.", "2019", "Ana Ruiz"),
])
def test_relative_clause_pronoun_is_the_main_subject(text, timex, subject):
    row = row_of(text, timex)
    assert row["subject"] == subject and not _na(row["subject_resolved_from"])


@pytest.mark.parametrize("text,timex,not_subject", [
    # negatives: a name of the other gender; another thing between the two that the pronoun may mean
    ("Tom Berg praised the film, which she saw in 2019.", "2019", "Tom Berg"),
    ("Sweden voted in a referendum to phase out nuclear power, a policy it reversed in 2010.", "2010", "Sweden"),
])
def test_relative_clause_pronoun_negatives(text, timex, not_subject):
    assert row_of(text, timex)["subject"] != not_subject


# --- a foreseen amount is the reaching, not the amount noun -------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Analysts expect revenue from the mine to reach $4 billion a year by 2031.", "2031", "reach"),
    # negative: a stated amount is the amount noun's event
    ("Net income was $2.1 million in the third quarter.", "the third quarter", "income"),
])
def test_foreseen_amount(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- a purpose infinitive with no subject of its own: who does the main verb ----------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Line crews worked through the night to restore power by Monday.", "Monday", "Line crews"),
    ("The foreign minister flew to Oslo to meet her counterpart on Monday.", "Monday", "The foreign minister"),
])
def test_purpose_infinitive_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_object_infinitive_keeps_its_object():
    # negative: an object-control verb's object does what the infinitive says
    assert row_of("The court ordered the firm to pay the fine by Friday.", "Friday")["subject"] == "the firm"


# --- a finite verb the parser left without a subject keeps its own headline -----------------------------------------

def test_subjectless_finite_clause_keeps_its_trigger():
    row = row_of("Fans will return to the stadium on May 3 for a replay, after neither scored a goal in Sunday's final.",
                 "Sunday")
    assert row["trigger"] in row["event"] and "scored" in row["event"] and not row["event"].startswith("Fans")


def test_subjectless_infinitive_still_reads_with_its_verb():
    # negative: a non-finite clause with no subject still reads as its governing clause
    row = row_of("The minister was quoted as saying on Monday that taxes would rise.", "Monday")
    assert "quoted" in row["event"]


def test_probe6_fourth_batch_floor():
    docs = load("probe4.json")
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR4, f


# fully right on the probe6 fourth batch: 24/24 at its first run (after the third batch's rules)
FLOOR4 = 24 / 24


# --- a reporter set in after a fronted clause: the next verb shares the clause's subject -----------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The coast guard issued a storm warning on Monday, Reuters reported, and said it would close the harbour on "
     "Friday.", "Friday", "The coast guard"),
    ("The utility cut power to 5,000 homes on Monday, Reuters reported, and said it would restore it by Friday.",
     "Friday", "The utility"),
])
def test_inserted_reporter_is_not_the_next_verbs_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_reporter_own_conjunct_keeps_the_reporter():
    # negative: a reporter that opens its clause keeps its second verb
    row = row_of("Reuters reported the news on Monday and said it would publish more on Friday.", "Friday")
    assert row["subject"] == "Reuters"


def test_probe6_third_batch_floor():
    docs = load("probe3.json")
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR3, f


# fully right on the probe6 third batch: 25/31 at its first run (after the second batch's rules)
FLOOR3 = 26 / 31


def test_probe6_second_batch_floor():
    docs = load("probe2.json")
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR2, f


# fully right on the probe6 second batch: 49/59 at its first run (after the first batch's rules)
FLOOR2 = 55 / 59


def test_probe6_first_batch_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR1, f


# fully right on the probe6 first batch: 53/65 at its first run (before this round's rules)
FLOOR1 = 59 / 65


if __name__ == "__main__":
    heldout.main(load(sys.argv[1] if len(sys.argv) > 1 else "probe.json"))
