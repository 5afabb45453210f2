"""Issue 12, session 33 (2026-12-03): pronouns after a body noun opening a sentence and inside a "who" clause, a
"he" after a person noun named in apposition, an infinitive hung on an "until" deadline's noun, "under
negotiation", a participle between two joined nouns and on a reported clause's subject, "was due", a time outside a
quotation, and a noun after the comma closing a time. Examples written here, not from any corpus or held-out text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from events_gold import _text  # noqa: E402
from test_events_v6 import row_of  # noqa: E402

PUB = "2021-03-17"  # a Wednesday


# --- an "it" after a body noun that opens its sentence ("Drugmaker Helvex") ------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Regulators warned on Tuesday that prices could rise, according to the Consumer Council. Drugmaker Ferrox said it "
     "had cut output by a fifth in February.", "February", "Drugmaker Ferrox"),
    ("Regulators opened an inquiry in the spring, the Consumer Council said. Broadcaster Telvia said it had dropped "
     "the show in January.", "January", "Broadcaster Telvia"),
])
def test_it_after_a_body_noun_opening_the_sentence_is_that_body(text, timex, subject):
    assert _text(row_of(text, timex, PUB)["subject"]) == subject


def test_he_after_a_title_opening_the_sentence_stays_a_person():
    # negative: a person's title, no body noun, keeps the name a person's
    row = row_of("Shares fell, the Retail Federation said. Chairman Tomas Brell said he had resigned in February.",
                 "February", PUB)
    assert _text(row["subject"]) == "Chairman Tomas Brell"


# --- a "he" inside a "who" clause on a name is that name ----------------------------------------------------------

def test_he_inside_a_who_clause_is_the_name_it_hangs_on():
    text = ("Farmers in the north voted against the plan on Monday. Governor Alan Ruiz, who promised lower taxes when "
            "he ran for office in 2018, said on Tuesday that he would veto it.")
    assert _text(row_of(text, "2018", PUB)["subject"]) in ("Governor Alan Ruiz", "Alan Ruiz")


def test_he_inside_a_whom_clause_is_someone_else():
    # negative: the name is the clause's object; its "he" is not the name
    text = ("Coach Tom Hale praised the team on Monday. Striker Ivo Bran, whom he signed in 2018, scored twice "
            "on Sunday.")
    assert _text(row_of(text, "2018", PUB)["subject"]) != "Striker Ivo Bran"


# --- a "he" after a person noun named in apposition is the name ---------------------------------------------------

def test_he_after_a_passive_agent_named_in_apposition_is_the_name():
    text = ("The missing painting, worth 2 million euros, was found by a builder, Marco Tesi, on Monday morning in a "
            "loft. He said he had seen the frame the week before.")
    assert _text(row_of(text, "the week before", PUB)["subject"]) == "Marco Tesi"


# --- an infinitive the parser hung on an "until" deadline's noun --------------------------------------------------

def test_infinitive_on_the_deadlines_noun_is_the_act_due():
    row = row_of("The winning bidder has until the end of the month to pay, the auctioneer said.",
                 "the end of the month", PUB)
    assert (_text(row["trigger"]), _text(row["subject"]), bool(row["asserted"])) == ("pay", "The winning bidder", False)


def test_until_without_an_infinitive_keeps_its_verb():
    # negative: no infinitive after the deadline, the verb the "until" hangs on is bounded
    row = row_of("The exhibition will stay open until the end of the month, the museum said.",
                 "the end of the month", PUB)
    assert _text(row["trigger"]) == "stay"


# --- "been under negotiation": a state the subject was in, not its subject noun's event ----------------------------

def test_event_noun_after_under_is_a_state_of_the_subject():
    row = row_of("The takeover had been under negotiation since the spring of 2019 and was signed on Monday.",
                 "the spring of 2019", PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("been", "The takeover")


def test_under_a_thing_keeps_the_copula():
    # negative: "under way" names no event; the event-noun subject stays the event
    row = row_of("The talks have been under way since January.", "January", PUB)
    assert _text(row["trigger"]) == "talks"


# --- a participle set off between two joined nouns describes the nearer one --------------------------------------

def test_participle_between_joined_nouns_describes_the_nearer_noun():
    row = row_of("The alliance between Norvik Air, founded in 1962, and the smaller Brisa Jets was approved on Monday.",
                 "1962", PUB)
    assert _text(row["subject"]) == "Norvik Air"


def test_participle_set_off_after_a_phrase_describes_the_whole_phrase():
    # negative: no second noun joined after it, the participle is said of the whole noun phrase
    row = row_of("A ban on night flights over the city, imposed in 2019, was lifted on Monday.", "2019", PUB)
    assert _text(row["subject"]).startswith("A ban")


# --- a participle on the subject of a fronted reported clause -----------------------------------------------------

def test_participle_on_a_reported_clauses_subject_is_said_of_that_noun():
    # (this parse already gave the coin on the start code; the rule is for parses that hang the clause's verb on the
    # noun as a second participle, where the reporter's subject took over)
    text = ("ARDEN, March 17 (Coast Wire) - A silver coin minted in 1793 fetched 80,000 pounds on Tuesday, "
            "the auction house Pell & Stroud said.")
    assert _text(row_of(text, "1793", PUB)["subject"]) == "A silver coin"


# --- "was due": an expectation, not the event ----------------------------------------------------------------------

def test_was_due_is_not_asserted():
    row = row_of("The ferry left the harbour on Friday morning and was due back on Sunday evening.",
                 "Sunday evening", PUB)
    assert (_text(row["trigger"]), bool(row["asserted"])) == ("due", False)


def test_arrival_after_due_is_asserted():
    # negative: the act told beside the expectation happened
    text = "The payment was due on Monday, but the company paid it on Friday."
    assert bool(row_of(text, "Friday", PUB)["asserted"])
    assert not bool(row_of(text, "Monday", PUB)["asserted"])


# --- a time outside a quotation ------------------------------------------------------------------------------------

def test_time_after_a_quoted_simile_dates_the_writers_verb():
    row = row_of('She said she had heard a noise "like a truck braking" the night before.', "the night before", PUB)
    assert _text(row["trigger"]) == "heard"


def test_quoted_verb_with_its_own_auxiliary_keeps_the_time():
    # negative: the quotation is the verb's own words ("would ... next year" outside it)
    row = row_of('The union said its members would "fight to the end" next year.', "next year", PUB)
    assert _text(row["trigger"]) == "fight"


# --- a noun after the comma that closes a time --------------------------------------------------------------------

def test_noun_after_the_comma_closing_a_time_does_not_own_it():
    row = row_of("The coastguard said the operation would continue until at least Friday, weather permitting.",
                 "Friday", PUB)
    assert _text(row["trigger"]) == "continue"


# --- "who" after a body a person is from ----------------------------------------------------------------------------

def test_who_after_a_body_stands_for_the_people_from_it():
    row = row_of("Engineers from the Port Authority, who inspected the pier last month, said on Monday it was safe.",
                 "last month", PUB)
    assert _text(row["subject"]).startswith("Engineers")


def test_who_after_a_person_noun_with_a_body_stays_the_person():
    # negative: the person noun itself carries the phrase
    row = row_of("A professor at the University of Leiden, who studied the letters last month, said on Monday they "
                 "were genuine.", "last month", PUB)
    assert _text(row["subject"]).startswith("A professor")


# --- a plural noun joined to a verb, read for the verb "plans" -----------------------------------------------------

def test_lost_verb_plans_keeps_the_compound_before_it_as_subject():
    row = row_of("The museum will show the painting from May 2 until June 30, and the national orchestra plans to "
                 "perform the piece next spring.", "next spring", PUB)
    assert _text(row["subject"]) in ("national orchestra", "the national orchestra")


def test_plans_as_a_noun_has_no_doer_of_its_own():
    # negative: "the government's plans to cut pay": the owner, not the plans
    row = row_of("The union rejected the plan on Monday and the government's plans to cut pay next year.",
                 "next year", PUB)
    assert _text(row["subject"]) != "plans"


# --- a demonstrative before a noun the parser read as a verb -------------------------------------------------------

def test_demonstrative_object_read_as_a_verb_leaves_the_time_to_the_verb():
    row = row_of("The government rejected that offer two weeks ago.", "two weeks ago", PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("rejected", "The government")


# --- a past clock time on no day still ahead ---------------------------------------------------------------------

def test_past_clock_time_after_a_day_ahead_is_not_on_that_day():
    row = row_of("The ban runs until March 31 and may be extended, the ministry said in a statement issued at 11 a.m.",
                 "11 a.m.", PUB)
    assert str(row["start"])[:10] == PUB and bool(row["asserted"])


def test_future_clock_time_after_a_day_ahead_stays_on_that_day():
    # negative: a clock time still ahead keeps the day the sentence names
    row = row_of("The bridge will reopen on March 31 and the first train will cross at 11 a.m.", "11 a.m.", PUB)
    assert str(row["start"])[:10] == "2021-03-31"


# --- a change noun's "of" phrase is what changed ------------------------------------------------------------------

def test_change_nouns_of_phrase_is_what_changed():
    row = row_of("The bakery raised prices on Monday, blaming a doubling of flour costs since the start of the year.",
                 "the start of the year", PUB)
    assert _text(row["subject"]) == "flour costs"


def test_change_nouns_amount_is_no_subject():
    # negative: "a rise of 3 percent" names how much, not what rose
    row = row_of("Exports showed a rise of 3 percent in February.", "February", PUB)
    assert _text(row["subject"]) != "3 percent"


# --- a time set off after an event noun's infinitive phrase ----------------------------------------------------

def test_time_set_off_after_an_event_nouns_infinitive_dates_the_noun():
    row = row_of("An earlier attempt to close the branch line, in 2014, was dropped after protests.", "2014", PUB)
    assert _text(row["trigger"]) == "attempt"


def test_time_set_off_after_a_place_keeps_the_verb():
    # negative (docs/preceding_nominal_convention.md): no infinitive, a place before the aside
    row = row_of("The last flood in the valley, in 2013, destroyed 400 homes.", "2013", PUB)
    assert _text(row["trigger"]) == "destroyed"


# --- an amount spent on a gerund over a period ---------------------------------------------------------------------

def test_amount_spent_on_a_gerund_over_a_period_is_the_spending():
    row = row_of("The state said it would spend 5 million euros on repairing the dam over the next three years.",
                 "the next three years", PUB)
    assert _text(row["trigger"]) == "spend"


# --- a measure participle and a describing participle --------------------------------------------------------------

def test_time_on_a_measure_participle_dates_the_clause_and_its_tense():
    row = row_of("The tax will add 10 cents to the price of a bottle of any drink containing more than 5 grams of "
                 "sugar from January 1.", "January 1", PUB)
    assert (_text(row["trigger"]), str(row["start"])[:10]) == ("add", "2022-01-01")


# --- a called event with its place before "for" ----------------------------------------------------------------

def test_called_event_with_a_place_lies_ahead_of_the_call():
    row = row_of("The union said on Monday it would appeal, and called a rally outside the town hall for Saturday "
                 "morning.", "Saturday morning", PUB)
    # (the trigger is "called" or "rally" as the parser hangs "for": the day is what this rule is about)
    assert str(row["start"])[:10] == "2021-03-20"


# --- a length in a plan's infinitive counts from the report -------------------------------------------------------

def test_length_in_a_plans_infinitive_counts_from_the_report():
    row = row_of("Farmers blocked the motorway yesterday morning in protest at the government's plan to cut subsidies "
                 "over the next three years.", "the next three years", PUB)
    assert str(row["start"])[:10] == PUB


def test_length_in_a_reported_clause_counts_from_the_saying():
    # negative: a reported plan counts from the day it was said (session 37: a saying a week or more back; one of
    # the last day or two is the day's news, counted from the report: tests/test_events_lead37.py)
    row = row_of("The company said on March 8 it would cut 400 jobs over the next three years.",
                 "the next three years", PUB)
    assert str(row["start"])[:10] == "2021-03-08"


# --- a past clause's clock time and a day ahead that an earlier clause's verb named ---------------------------------

def test_past_clock_time_is_not_put_on_an_earlier_clauses_day_ahead():
    row = row_of("The permit runs until April 30, the agency said in a notice posted at 9 a.m.", "9 a.m.", PUB)
    assert str(row["start"])[:10] == PUB


def test_present_schedule_clock_time_keeps_the_day_ahead():
    # negative: a present schedule after a day still ahead is on that day
    row = row_of("The fair opens on Friday, March 19. Gates open at 9 a.m.", "9 a.m.", PUB)
    assert str(row["start"])[:10] == "2021-03-19"
