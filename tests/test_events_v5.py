"""Events, fifth round (issue 12): rules that generalize, found with a probe set of short news texts written for
it before the tool ran on them (``tests/data/events_probe5/probe.json``, not a blind set) and with the dev set's
tuned half — each rule with positive and negative examples written for it (not taken from any corpus or
held-out text). ``python tests/test_events_v5.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import PUB, _na, row_of, rows_of  # noqa: E402,F401  (one set of probe helpers)

PROBE = Path(__file__).parent / "data" / "events_probe5" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]




@pytest.mark.parametrize("text,timex,subject", [
    # an "it" opening a sentence stands for the last sentence's subject when that is a singular thing, named or
    # not (a storm's name the entity tagger takes for a person's, under a trailing reporter too)
    ("The museum closed its doors in January. It will reopen in March.", "March", "The museum"),
    ("Tropical Storm Pia gained strength on Sunday, forecasters said. It is expected to hit the coast on Wednesday.",
     "Wednesday", "Tropical Storm Pia"),
    ("Rain is expected to spread north on Thursday. It will reach the capital by Saturday.", "Saturday", "Rain"),
    # "it is due to ..." has a real subject: the raising adjective's infinitive is what it does
    ("MIAMI (AP) — The tanker Orla ran aground on Monday, officials said. It is due to be refloated by Friday.",
     "Friday", "The tanker Orla"),
])
def test_it_opening_a_sentence_is_the_last_things_subject(text, timex, subject):
    row = row_of(text, timex)
    assert row["subject"] == subject and row["subject_resolved_from"] in ("It", "it")


@pytest.mark.parametrize("text,timex,not_subject", [
    # negatives: a person (named, even unlabelled, or a person noun) is no "it"; a passive's named doer may be meant
    ("Ana Ruiz left the party on Monday. It will choose a new leader in July.", "July", "Ana Ruiz"),
    ("The minister left the party on Monday. It will choose a new leader in July.", "July", "The minister"),
    ("The study was led by the Vell Institute. It raised funds from donors in July.", "July", "The study"),
])
def test_it_is_no_person_nor_a_passive_subject_with_a_doer(text, timex, not_subject):
    assert row_of(text, timex)["subject"] != not_subject


@pytest.mark.parametrize("text,timex,subject,resolved", [
    # the same pronoun in a coordinated clause stands for whatever the first one does
    ("The airline cut routes in May. It did not hire pilots this year, and it plans to sell jets in 2026.", "2026",
     "The airline", True),
    # negative: a different pronoun before it says nothing about "it"
    ("Kim Lee joined the firm in 2019. She left in May, and it closed the plant in July.", "July", "it", False),
])
def test_coordinated_pronoun(text, timex, subject, resolved):
    row = row_of(text, timex)
    assert row["subject"] == subject and _na(row["subject_resolved_from"]) != resolved


@pytest.mark.parametrize("text,timex,subject", [
    # a "which" clause on a plural noun the tagger took for a verb still stands for that noun
    ("The hospital rankings, which were released on Tuesday, put Mercy General first.", "Tuesday",
     "The hospital rankings"),
    ("The court rulings, which were handed down on Tuesday, angered the unions.", "Tuesday", "The court rulings"),
    # negative: a clause on a noun the tagger got right is unchanged
    ("The bridge, which was closed in March, will reopen in July.", "March", "The bridge"),
])
def test_relative_on_a_mistagged_noun(text, timex, subject):
    row = row_of(text, timex)
    assert row["subject"] == subject and row["subject_resolved_from"] == "which"


@pytest.mark.parametrize("text,timex,trigger", [
    # a stop on a tour is an event: a bare time right after it dates it
    ("His second stop Wednesday afternoon was a school in Lyon.", "Wednesday", "stop"),
    # negative: a place called a stop is a thing; the verb is dated
    ("The bus stop was moved on Wednesday.", "Wednesday", "moved"),
])
def test_a_stop_is_an_event(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger,asserted", [
    # an adjective completing a verb that is no mere link is part of the verb's event, and its "not" negates the
    # adjective, not the pleading
    ("The senator pleaded not guilty on Monday.", "Monday", "pleaded", True),
    ("The driver pleaded guilty on Friday to speeding.", "Friday", "pleaded", True),
    # negative: after a linking verb the adjective is the stative predicate (one of expectation, "likely", says
    # the deal was only expected: not asserted, s23b's hedging_predicate_adjectives)
    ("The deal was likely in March, officials said.", "March", "likely", False),
])
def test_adjective_completing_a_verb(text, timex, trigger, asserted):
    row = row_of(text, timex)
    assert row["trigger"] == trigger and bool(row["asserted"]) == asserted


@pytest.mark.parametrize("text,timex,trigger", [
    # "to" after a verb of becoming or change names the state reached, not an event of its own
    ("Hurricane Ema strengthened to a Category 4 storm on Monday.", "Monday", "strengthened"),
    ("The storm weakened to a tropical depression on Tuesday.", "Tuesday", "weakened"),
    # negative: "to" after a verb of motion leads to an event; the time closing the complement is the travelling's
    # (session 27, docs/preceding_nominal_convention.md; before, the summit)
    ("The minister travelled to the summit on Monday.", "Monday", "travelled"),
])
def test_state_reached_is_no_event(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # a past time after a scheduling verb's partitive object ("a string of concerts") dates the verb
    ("Quinn canceled a string of concerts last summer after she hurt her ankle.", "last summer", "canceled"),
    ("The band canceled a series of concerts last month.", "last month", "canceled"),
    # negative: a time ahead is the events' own
    ("The team postponed a string of matches until September.", "September", "matches"),
])
def test_partitive_object_of_a_scheduling_verb(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # a past time on a planning verb in a relative clause dates the planning
    ("The ceremony, which was postponed last year because of rain, drew 5,000 people.", "last year", "postponed"),
    ("The vote, which was delayed last week, will take place in September.", "last week", "delayed"),
    # negative: the time the event is set for is the event's
    ("The vote, which is scheduled for September, may be delayed.", "September", "vote"),
])
def test_planned_relative_in_the_past(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,subject", [
    # the infinitive of a proposal, plan or offer is its content: the noun does not do it
    ("The union rejected a proposal to extend the wage deal until 2027.", "2027", None),
    # negatives: the author of an announced plan does it, and so does a body that approves a plan as its own
    # (f12s: adopting_verbs); a noun picked out by doing what its infinitive says is its linking verb's subject
    # (f12s: "Denmark became the first country to pause the rollout" -> Denmark)
    ("The council approved a plan to build a bridge in 2027.", "2027", "The council"),
    ("The mayor announced a plan to close the library next year.", "next year", "The mayor"),
    ("She was the first woman to climb the peak in 1975.", "1975", "She"),
])
def test_content_infinitive_has_no_noun_subject(text, timex, subject):
    got = row_of(text, timex)["subject"]
    assert _na(got) if subject is None else got == subject


@pytest.mark.parametrize("text,timex,subject,summary", [
    # the event's own clause inside its subject's phrase is not repeated in the subject or the headline
    ("The last storm to hit the state in October was weaker.", "October", "The last storm",
     "The last storm to hit the state"),
    # negative: a subject's own purpose infinitive stays in the subject
    ("A dredging project to deepen the river channel was halted in April.", "April",
     "A dredging project to deepen the river channel", None),
])
def test_own_clause_not_repeated_in_subject(text, timex, subject, summary):
    row = row_of(text, timex)
    assert row["subject"] == subject
    if summary is not None:
        assert row["event"] == summary


@pytest.mark.parametrize("text,timex,subject", [
    # a surname alone the entity tagger took for a thing is a person's when an earlier mention names one; its
    # gender is that mention's
    ("Foreign Minister Eva Marsh arrived in Oslo on Monday. Chancellor Tom Berg greeted her at the airport. "
     "Marsh's first stop was a school, where she met pupils. She will fly to Rome on Friday.", "Friday", "Marsh"),
    # a subject pronoun opening a sentence stands for the last sentence's person subject before a name that is no
    # subject (an apposition, an object)
    ("Her agent, Rick Moss, said she was resting. The singer, who grew up in Ohio, won a Grammy in 2023. She has "
     "not toured since August.", "August", "The singer"),
    ("The singer thanked Paul Moss on Monday. She will tour Asia in October.", "October", "The singer"),
    # negatives: a man's surname (by its earlier whole mention) is no "she" (left open until session 30; since
    # then the "she" past the man who greeted "her" is the lead's woman, coref._lead_person); a name that is a
    # subject keeps its claim; a first name the word list knows says a man
    ("Foreign Minister Eva Marsh arrived in Oslo on Monday. Chancellor Tom Berg greeted her at the airport. "
     "Berg's first stop was a school, where he met pupils. She will fly to Rome on Friday.", "Friday", "Eva Marsh"),
    ("Daniel Okafor was convicted in 2019. The judge resigned. He has been in prison since January 2020.",
     "January 2020", "Daniel Okafor"),
    ("Eva Holm hired Rick Dunn in 2020. He left the firm in May.", "May", "Rick Dunn"),
])
def test_choosing_among_people_for_a_pronoun(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,trigger", [
    # a time right after the doer of a participle describing a noun dates that participle
    ("A report released by the ministry on Monday shows a rise in crime.", "Monday", "released"),
    ("A list of names published by the council Tuesday included two judges.", "Tuesday", "published"),
    # negatives: a passive main verb is its own; a time after the main clause is not the participle's
    ("The letter was signed by the minister on Monday.", "Monday", "signed"),
    ("A report released by the ministry shows a rise in crime on Monday.", "Monday", "crime"),
])
def test_time_after_a_participles_doer(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # a bare event noun after an argument preposition is what the verb is about: the time dates the verb
    ("The man was charged with murder on Thursday.", "Thursday", "charged"),
    ("The senator voted for war on Monday.", "Monday", "voted"),
    # a determined event noun too: the time closing the verb's complement is the verb's (session 27, docs/preceding_nominal_convention.md; before,
    # the war); negative: a bare time right after the noun is the noun's
    ("The senator voted for the war on Monday.", "Monday", "voted"),
    ("The pair fought in the war in 1898.", "1898", "fought"),
])
def test_bare_event_noun_after_argument_preposition(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # a particle completing what the verb makes of its object: the time dates the verb
    ("The World Health Organization declared an outbreak of cholera in eastern Chad over on Tuesday.", "Tuesday",
     "declared"),
    ("The agency declared the drought over on Friday.", "Friday", "declared"),
    # negative: an event noun with its own time phrase and no particle keeps it
    ("Police searched for the hiker after the attack on Sunday.", "Sunday", "attack"),
])
def test_particle_between_object_and_time(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # "since" with a verb in the perfect measures the verb's own activity, whatever noun stands before the time
    ("Environmental groups, which have campaigned for a ban since 2015, welcomed the decision.", "2015",
     "campaigned"),
    ("Activists have pressed for the release of the prisoners since May.", "May", "pressed"),
    # negatives: without the perfect the noun keeps its time; a light verb's noun is the event
    ("Activists pressed for the release of the prisoners in May.", "May", "release"),
    # (session 34: a light verb with a plural, possessed or definite object is the event itself, not
    # the noun; was 'talks': docs/preceding_nominal_convention.md)
    ("The club has held talks with the player since March.", "March", "held"),
])
def test_since_with_a_perfect_verb(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # "at least"/"at most" bound an amount: no record comparison, the time dates the verb
    ("Laura Moss said the pair had stolen at least 30 vehicles since February.", "February", "stolen"),
    ("The firm has sold at least 40 homes since April.", "April", "sold"),
    # negative: a superlative before "since" is a record comparison, which dates nothing
    ("The index closed at its lowest level since 2009.", "2009", None),
])
def test_bound_of_an_amount_is_no_record(text, timex, trigger):
    got = row_of(text, timex)["trigger"]
    assert _na(got) if trigger is None else got == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # a month in another date is no event noun "march"
    ("The firm laid off 300 workers in March 2023 and another 150 in January.", "January", "laid"),
    # negative: the common noun still is one
    ("Thousands took part in the march on Saturday.", "Saturday", "march"),
])
def test_month_is_no_march(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,subject", [
    # an aside set off by commas inside the subject's phrase is no part of it
    ("One of them, a 17-year-old, was released on bail Wednesday night.", "Wednesday", "One of them"),
    # negatives: a title before a name is kept; an "of" phrase is kept
    ("Striker Omar Diallo, 31, missed the 2022 World Cup.", "2022", "Striker Omar Diallo"),
    ("The coach of the team, Ines Blanco, resigned in May.", "May", "The coach of the team"),
])
def test_aside_inside_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,trigger", [
    # a verb whose "to" phrase is its own argument: the time dates the verb
    ("The company agreed to the deal in June after a long battle.", "June", "agreed"),
    ("The union objected to the merger on Monday.", "Monday", "objected"),
    # "to" after a verb of motion leads to an event, but the time closing the complement is the verb's (session 27, docs/preceding_nominal_convention.md)
    ("The minister travelled to the summit on Monday.", "Monday", "travelled"),
])
def test_to_phrase_as_argument(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # an event noun naming what a non-event object is of, with a bare time right after it: the verb's time
    ("The judge rejected an earlier version of the deal last year.", "last year", "rejected"),
    ("The regulator published details of the merger last week.", "last week", "published"),
    # with its own preposition too: the time closing the verb's complement is the verb's (session 27, docs/preceding_nominal_convention.md; before, the merger)
    ("The regulator published details of the merger in March.", "March", "published"),
])
def test_bare_time_after_the_objects_of_phrase(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # "according to" only names a source: a time in it dates the clause it hangs on
    ("According to the latest figures as of Monday, 46 people have died since the fighting resumed.", "Monday",
     "died"),
    # negatives: a participle of its own inside it keeps the time; a time outside it is the clause's anyway
    ("According to police figures released on Monday, crime fell by 5%.", "Monday", "released"),
    ("Crime fell by 5% last year, according to figures from the ministry.", "last year", "fell"),
])
def test_according_to_is_no_event(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,subject", [
    # the object of a verb that judges, rewards or punishes it did what "for" + gerund names
    ("A Paris court on Monday sentenced former minister Luc Girard to three years in prison for embezzling public "
     "funds between 2012 and 2015.", "2012", "former minister Luc Girard"),
    ("The court jailed the driver for causing a crash in 2021.", "2021", "the driver"),
    ("Police thanked residents for reporting the fire on Sunday.", "Sunday", "residents"),
    # negative: with no object judged, the verb's subject does it
    ("The firm apologised for delaying the flights in May.", "May", "The firm"),
])
def test_judged_object_does_the_gerund(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,trigger", [
    # a time the parser hung on an auxiliary dates the verb it helps
    ("She has until Friday to pay the fine.", "Friday", "pay"),
    # negative: a time on a full verb stays there
    ("She paid the fine on Friday.", "Friday", "paid"),
])
def test_time_hung_on_an_auxiliary(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # a past time on a scheduling verb's object dates the verb, however the parser hung it
    ("The airline, which carried 9 million passengers in 2024, cancelled about 200 flights on Monday.", "Monday",
     "cancelled"),
    # a cancelling verb's object never has a time of its own (the cancelled flights do not fly): the time dates the
    # cancelling, ahead of the report too (events round 16: cancelling_verbs)
    ("The airline will cancel about 200 flights on Friday.", "Friday", "cancel"),
    # negative: a time ahead on another scheduling verb's object is the object's own
    ("The airline will delay about 200 flights on Friday.", "Friday", "flights"),
])
def test_past_time_on_a_scheduled_object(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


def test_fourth_probe_batch_floor():
    docs = json.loads((PROBE.parent / "probe4.json").read_text(encoding="utf-8"))["documents"]
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR4, f


# fully right on the fourth probe batch: 25/28 at its first run (after the third batch's rules)
FLOOR4 = 28 / 28


@pytest.mark.parametrize("text,timex,trigger", [
    # a time set off by commas right after an event noun is that noun's
    ("Turnout in the last election, in 2021, was 55%.", "2021", "election"),
    ("The last major port strike, in 2019, lasted nine days.", "2019", "strike"),
    # negative: after a noun that names no event, the clause's verb keeps it
    ("The minister, in 2019, signed the deal.", "2019", "signed"),
])
def test_time_aside_on_an_event_noun(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,summary", [
    # the headline keeps a name after its title noun, as the subject does
    ("The singer Ada Mensah, 42, will release her fifth album in September.", "September",
     "The singer Ada Mensah will release her fifth album"),
    ("The rapper Kofi Boateng, who grew up in Accra, will tour Europe in May.", "May",
     "The rapper Kofi Boateng will tour Europe"),
    # negative: an apposition set off by commas is still an aside
    ("The coach, Ines Blanco, said on Monday the team would travel.", "Monday", "The coach said the team would travel"),
])
def test_headline_keeps_name_after_title(text, timex, summary):
    assert row_of(text, timex)["event"] == summary


@pytest.mark.parametrize("text,timex,asserted,modality", [
    # an event noun a forecast verb takes as object is foreseen, not asserted
    ("The lender said it expected a loss for the third quarter.", "the third quarter", False, "expected"),
    # negatives: a reported one is asserted; "expect no change" is a denial
    ("The firm reported a loss for the third quarter.", "the third quarter", True, ""),
    ("Economists expect no change until the fourth quarter.", "the fourth quarter", False, "not"),
])
def test_forecast_object_is_not_asserted(text, timex, asserted, modality):
    row = row_of(text, timex)
    assert bool(row["asserted"]) == asserted and (row["modality"] if not _na(row["modality"]) else "") == modality


@pytest.mark.parametrize("text,timex,trigger", [
    # a bare (undetermined) event noun after an argument preposition, modifiers and all, is the verb's argument
    ("The company had been fined for safety breaches in 2022.", "2022", "fined"),
    # a future day on which figures are given out dates the giving
    ("The firm will present the full results on Oct. 28.", "Oct. 28", "present"),
    # negative: figures "for" a period keep it. (A determined event noun: the time closing the verb's complement is
    # the verb's: session 27, docs/preceding_nominal_convention.md)
    ("The firm will present its results for the quarter ended June 30.", "June 30", "results"),
    ("The senator voted for the war on Monday.", "Monday", "voted"),
])
def test_argument_nouns_and_future_figures(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,subject,summary", [
    # an "its" after its clause's thing subject stands for it; the headline is not rewritten as a possessive
    ("The firm will present its results for the quarter ended June 30.", "June 30", "The firm",
     "The firm will present its results for the quarter"),
    # negatives: a person subject is no "it"; a possessive opening the headline still reads as the owner's
    ("The minister praised the agency for its work in 2023.", "2023", "The minister", None),
    ("After his arrest on Monday, Marco Bellini was taken to Rome.", "Monday", "Marco Bellini",
     "Marco Bellini's arrest"),
])
def test_its_after_a_thing_subject(text, timex, subject, summary):
    row = row_of(text, timex)
    assert row["subject"] == subject
    if summary is not None:
        assert row["event"] == summary


def test_sixth_probe_batch_floor():
    docs = json.loads((PROBE.parent / "probe6.json").read_text(encoding="utf-8"))["documents"]
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR6, f


# fully right on the sixth probe batch: 20/26 at its first run (after the fifth batch's rules)
FLOOR6 = 23 / 26


@pytest.mark.parametrize("text,timex,trigger", [
    # an event noun in "in favour of"/"in support of" is the verb's argument, however the parser hung the time
    ("The union's members voted 94% in favour of a walkout in February.", "February", "voted"),
    ("Lawmakers spoke in support of the reform on Monday.", "Monday", "spoke"),
    # negative: a place phrase is no argument; the event noun after it keeps its time
    ("Fans gathered in front of the stadium after the match on Sunday.", "Sunday", "match"),
])
def test_argument_phrase(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


def test_seventh_probe_batch_floor():
    docs = json.loads((PROBE.parent / "probe7.json").read_text(encoding="utf-8"))["documents"]
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR7, f


# fully right on the seventh probe batch: 19/23 at its first run (after the sixth batch's rules)
FLOOR7 = 20 / 23


def test_fifth_probe_batch_floor():
    docs = json.loads((PROBE.parent / "probe5.json").read_text(encoding="utf-8"))["documents"]
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR5, f


# fully right on the fifth probe batch: 25/29 at its first run (after the fourth batch's rules)
FLOOR5 = 26 / 29


def test_second_probe_batch_floor():
    docs = json.loads((PROBE.parent / "probe2.json").read_text(encoding="utf-8"))["documents"]
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR2, f


# fully right on the second probe batch: 44/51 at its first run (after the first batch's rules)
FLOOR2 = 49 / 51


def test_third_probe_batch_floor():
    docs = json.loads((PROBE.parent / "probe3.json").read_text(encoding="utf-8"))["documents"]
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR3, f


# fully right on the third probe batch: 29/35 at its first run (after the second batch's rules)
FLOOR3 = 31 / 35


def test_probe_set_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= FLOOR, f


# fully right on the probe set: 61/82 at its first run (before this round's rules), see the commit messages
FLOOR = 76 / 82

if __name__ == "__main__":
    heldout.main(load())
