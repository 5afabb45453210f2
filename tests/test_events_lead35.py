"""Issue 12, session 35 (2026-12-04): a capitalised "No" naming a side of a vote, a headline's line break that the
parser closed after the next line's first word, a subject the parser joined to the object before "and", and a
"one of them" the parser hung on the noun of a relative clause. Examples written here, not from any corpus or
held-out text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from events_gold import _text  # noqa: E402
from test_events_v6 import row_of  # noqa: E402

PUB = "2021-03-17"  # a Wednesday


# --- a capitalised "No" inside a sentence names a side, it denies nothing ------------------------------------------

def test_the_no_side_is_a_side_not_a_denial():
    row = row_of("Early counts were close, and the No campaign moved ahead only in early March.", "early March", PUB)
    assert bool(row["asserted"]) is True
    assert _text(row["subject"]) == "the No campaign"


@pytest.mark.parametrize("text,timex", [
    ("No candidate won a majority in February.", "February"),
    ('"No agreement was reached in February," the minister said.', "February"),
])
def test_a_plain_no_still_denies(text, timex):
    # negatives: the word opening the sentence (or a quotation) is the plain "no"
    assert bool(row_of(text, timex, PUB)["asserted"]) is False


# --- a headline's line break: the next line's sentence keeps its subject --------------------------------------------

def test_subject_after_a_headline_line():
    text = "Ferry returns as islanders wait ashore\n\nSailors brought the ferry back into service on Monday."
    row = row_of(text, "Monday", PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("brought", "Sailors")


def test_one_word_line_stays_its_own_sentence():
    # negative: a line of one word (a byline) is still a sentence of its own
    text = "By Ana Rios\n\nWorkers lifted the last span of the Tarn bridge yesterday."
    assert _text(row_of(text, "yesterday", PUB)["subject"]) == "Workers"


# --- "... and a noun phrase, Name, said": the noun phrase says ------------------------------------------------------

@pytest.mark.parametrize("text,timex,subjects", [
    ("The board cut 300 jobs in January and its new chairman, Piet Orde, said on Monday the plan would work.",
     "Monday", ("its new chairman", "Piet Orde")),
    ("The regulator agreed to lend it 50 million euros and a rival lender, Castel Bank, said it would buy the "
     "firm by the end of the year.", "the end of the year", ("a rival lender", "Castel Bank")),
])
def test_subject_joined_to_the_object_before_and(text, timex, subjects):
    assert _text(row_of(text, timex, PUB)["subject"]) in subjects


def test_a_verb_joined_after_its_own_object_keeps_the_first_subject():
    # negative: "and" joining two verbs of one subject
    row = row_of("The council raised fees in May and cut services in June.", "June", PUB)
    assert _text(row["subject"]) == "The council"


# --- "one of them" hung on a relative clause's noun is not part of it -----------------------------------------------

def test_count_before_a_relative_clause_noun_is_no_subject():
    text = "Two miners died, one of them a 50-year-old man who was trapped in the shaft on Friday."
    assert _text(row_of(text, "Friday", PUB)["subject"]) == "a 50-year-old man"


def test_one_of_them_as_the_subject_stays():
    # negative: "one of them" as the subject of the verb is the subject
    text = "Three hikers were hurt, and one of them was flown to hospital on Sunday morning."
    assert _text(row_of(text, "Sunday morning", PUB)["subject"]) == "one of them"


# --- a quoted "they" set against "us" is the other side --------------------------------------------------------------

def test_quoted_they_against_us_is_left_open():
    text = ('Fishermen, who blocked the harbour on Saturday, say the quota was cut unfairly. "They told us in 2018 '
            'that the quota would never fall," said Ivo Marn, a skipper.')
    row = row_of(text, "2018", PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("told", "They")


def test_quoted_they_without_us_is_still_resolved():
    # negative: with no "us" the speaker may well speak of the group named before
    text = 'The unions met the board on Monday. "They will strike in June," said Ivo Marn, a spokesman.'
    assert _text(row_of(text, "June", PUB)["subject"]) == "The unions"


# --- "the measure" (a law) is a thing, not an event a time dates ---------------------------------------------------------

def test_a_time_after_the_measure_dates_the_verb():
    text = "Residents, who gathered 40,000 signatures for the measure last autumn, will march on Saturday."
    row = row_of(text, "last autumn", PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("gathered", "Residents")


def test_a_time_after_a_true_event_noun_still_dates_the_noun():
    # negative: an event noun keeps the preceding-nominal convention
    text = "Residents, who gathered signatures for the referendum last autumn, will march on Saturday."
    assert _text(row_of(text, "last autumn", PUB)["trigger"]) == "referendum"


# --- "was supposed to be finished by October": a past expectation, not a plan ahead ------------------------------------
# (October: five months before the report, seven after it, so the tense decides)

@pytest.mark.parametrize("text", [
    "Work on the bridge began in May 2019 and was supposed to be finished by October, but floods delayed it.",
    "The new wing was meant to be opened in October.",
])
def test_a_past_unmet_expectation_lies_behind_the_report(text):
    assert str(row_of(text, "October", PUB)["end"])[:10] == "2020-11-01"


@pytest.mark.parametrize("text", [
    "The new wing is supposed to be opened in October.",
    "The report, to be released in October, will show losses.",
])
def test_a_present_expectation_or_plain_passive_infinitive_stays_ahead(text):
    # negatives: "is supposed to", and a passive infinitive with no past expectation, still look ahead
    assert str(row_of(text, "October", PUB)["start"])[:10] == "2021-10-01"


# --- "due to finish", parsed as "due to [the] finish": the plan's subject and verb ---------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The trial is due to finish on Friday.", "Friday", "The trial"),
    ("The new stadium, due to finish in 2028, will seat 40,000 people.", "2028", "The new stadium"),
])
def test_due_to_a_misread_verb_keeps_the_subject(text, timex, subject):
    row = row_of(text, timex, PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("finish", subject)


def test_originally_due_to_keeps_the_given_up_plan():
    # "originally" says the plan was given up, whichever word the parser hangs the time on (test_events_g24 had
    # "due to" for this sentence; test_events_s24 "originally" for the same with 2019)
    row = row_of("The repairs were originally due to finish in 2015.", "2015", PUB)
    assert (_text(row["modality"]), bool(row["asserted"])) == ("originally", False)


def test_due_to_a_cause_is_no_plan():
    # negative: "due to" with a determiner names a cause, not a misread verb
    row = row_of("Flights were cancelled due to fog on Friday.", "Friday", PUB)
    assert _text(row["trigger"]) == "cancelled"


# --- a subject the parser lost (a noun read as a verb or an adjective) is the noun phrase before the verb ------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("It was the second theft in a decade. In June 2011 a rare Picasso etching was stolen and found a month later in "
     "Austria.", "June 2011", "a rare Picasso etching"),
    ("It was the second theft in a decade. In June 2011 a rare Picasso etching was stolen and found a month later in "
     "Austria.", "a month later", "a rare Picasso etching"),
    ("Drilling stopped for a month. Two days later, a rockslide hurt three miners.", "Two days later", "a rockslide"),
    ("The main, laid in 1928, had been checked in October and showed no sign of wear, the utility said.", "October",
     "The main"),
])
def test_subject_phrase_before_a_verb_the_parse_left_without_one(text, timex, subject):
    assert _text(row_of(text, timex, PUB)["subject"]) == subject


def test_a_verb_with_its_own_subject_is_unchanged():
    # negative: a well-parsed subject is the parser's
    row = row_of("In May 2009 the gallery lost a small drawing.", "May 2009", PUB)
    assert _text(row["subject"]) == "the gallery"


# --- from the blind subject probe of this session (tests/data/probe_subject35), new examples ------------------------------

def test_inner_possessive_mark_stays_in_the_owner():
    row = row_of("The nurses' union's two-day strike on Monday shut three wards.", "Monday", PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("strike", "The nurses' union")


def test_closing_possessive_mark_still_goes():
    # negative: the owner's own mark is no part of the subject
    assert _text(row_of("Norway's decision on Monday surprised Sweden.", "Monday", PUB)["subject"]) == "Norway"


def test_by_agent_hung_on_the_of_name():
    row = row_of("The takeover of Halden Mills by Birch Textiles in 2018 cost 900 jobs, the report found.", "2018",
                 PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("takeover", "Birch Textiles")


def test_by_after_a_thing_names_no_doer():
    # negative: "by" after a thing may name its maker, not who did the event
    row = row_of("The theft of a painting by Monet in 2018 shocked the town.", "2018", PUB)
    assert _text(row["subject"]) == ""


def test_head_noun_read_as_a_participle_stays_in_the_subject():
    row = row_of("A rare Vermeulen etching was stolen from a private museum in Ostend on Sunday, police said.", "Sunday",
                 PUB)
    assert _text(row["subject"]) == "A rare Vermeulen etching"


def test_a_true_participle_after_the_subject_still_goes():
    # negative: a participle with words of its own is a clause on the subject
    row = row_of("Residents living nearby complained on Monday.", "Monday", PUB)
    assert _text(row["subject"]) == "Residents"


@pytest.mark.parametrize("text,subject", [
    ('"I joined the club in 2015," said Ana Ruiz, the club captain.', "Ana Ruiz"),
    ('"I was on the platform in 2015," a witness said.', "a witness"),
])
def test_quoted_i_is_the_speaker(text, subject):
    assert _text(row_of(text, "2015", PUB)["subject"]) == subject


def test_i_outside_a_quote_is_left():
    # negative: an "I" with no quotation (a first-person column) names no one else
    assert _text(row_of("I joined the club in 2015.", "2015", PUB)["subject"]) == "I"


def test_a_counted_length_does_not_date_the_verb_apart():
    # "after 14 seasons" is a length, not a second time that would leave "on Friday" to the noun
    row = row_of("The veteran defender announced her retirement on Friday after 14 seasons.", "Friday", PUB)
    assert _text(row["trigger"]) == "announced"


def test_a_second_date_still_leaves_the_time_to_the_noun():
    # negative: "on Saturday ... the attacks in Kenya on Friday": the verb has a date of its own
    row = row_of("Iraq on Saturday condemned the attacks in Kenya on Friday.", "Friday", PUB)
    assert _text(row["trigger"]) == "attacks"


def test_a_length_measured_off_the_object_still_dates_the_verb():
    # negative: "within hours of the crash" places the verb by the crash, which keeps its own Monday
    row = row_of("Rescuers reached the site within hours of the crash on Monday.", "Monday", PUB)
    assert _text(row["trigger"]) == "crash"
