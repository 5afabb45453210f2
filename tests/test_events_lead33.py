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
    ("Analysts expected a weak quarter, according to the Retail Federation. Carmaker Voltro said it had cut output "
     "by a fifth in February.", "February", "Carmaker Voltro"),
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
    text = ("The missing dog was found by a postman, Karl Weiss, on Monday morning. He said he had heard barking "
            "the night before.")
    assert _text(row_of(text, "the night before", PUB)["subject"]) == "Karl Weiss"


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


# --- "been under negotiation": the process the subject went through -----------------------------------------------

def test_event_noun_after_under_is_the_event_of_the_subject():
    row = row_of("The takeover had been under negotiation since the spring of 2019 and was signed on Monday.",
                 "the spring of 2019", PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("negotiation", "The takeover")


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
    row = row_of('Neighbours said they had heard a noise "like a train passing" the night before.',
                 "the night before", PUB)
    assert _text(row["trigger"]) == "heard"


def test_quoted_verb_with_its_own_auxiliary_keeps_the_time():
    # negative: the quotation is the verb's own words ("would ... next year" outside it)
    row = row_of('The union said its members would "fight to the end" next year.', "next year", PUB)
    assert _text(row["trigger"]) == "fight"


# --- a noun after the comma that closes a time --------------------------------------------------------------------

def test_noun_after_the_comma_closing_a_time_does_not_own_it():
    row = row_of("Divers will keep searching the lake until at least Friday, weather permitting, police said.",
                 "Friday", PUB)
    assert _text(row["trigger"]) in ("searching", "keep")


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
    row = row_of("The gallery will open the wing on Friday, and the city choir plans to perform there next spring.",
                 "next spring", PUB)
    assert _text(row["subject"]) in ("city choir", "the city choir")


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
