"""Issue 12, session 37 (2026-12-04): what reading held-out set 31 showed, as general rules. A relative pronoun the
parser gave a verb beside its own subject; a coordinated "it" past a subordinate clause inside a report; a count of
hours after a part of a day, past background dates; a counterfactual weekday the story already named; a permission
withheld "until" a time; who does what an option or a right given to someone says; a time at the end of an object's
place phrase. Examples written here, not from any corpus or held-out text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from events_gold import _text  # noqa: E402
from test_events_v6 import row_of, rows_of  # noqa: E402

PUB = "2021-03-17"  # a Wednesday
FRIDAY = "2026-08-07"


def _day(row, col="start") -> str:
    return str(row[col])[:10]


def _exact(text: str, timex: str, pub: str):
    """The row of the time written exactly ``timex`` (not one containing it, as "next Wednesday"), or None."""
    df = rows_of(text, pub)
    hit = df[df["timex_text"].astype(str) == timex]
    return hit.iloc[0] if len(hit) else None


# --- a relative pronoun beside the verb's own subject is its object ------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Officers searched a warehouse near the port, which investigators said the gang had rented since 2012.", "2012",
     "the gang"),
    ("The painting, which experts believe the dealer bought in 1998, was sold again.", "1998", "the dealer"),
])
def test_relative_object_with_its_own_subject(text, timex, subject):
    assert _text(row_of(text, timex, PUB)["subject"]) == subject


def test_relative_subject_under_a_report_is_still_the_noun():
    # negative: "who police said had fled": "who" is the only subject of "fled" and stands for the suspect
    row = row_of("The suspect, who police said had fled to Spain in 2019, was arrested.", "2019", PUB)
    assert _text(row["subject"]) == "The suspect"


# --- a coordinated "it" takes up the first clause's subject past a subordinate clause inside its report -------------

def test_it_after_a_report_with_an_as_clause():
    text = ("Nearby Almsted closed its centre to cars in 2015.\n\nThe traders' association says sales have fallen "
            "as the debate dragged on, and it plans to challenge the decision in court next month.")
    assert _text(row_of(text, "next month", PUB)["subject"]) == "The traders' association"


def test_it_after_a_report_with_a_fitting_subject_stays_open():
    # negative: the reported clause's own subject may be meant ("the bank"): no guess is made
    row = row_of("The regulator said the bank had failed, and it plans to appeal next month.", "next month", PUB)
    assert _text(row["subject"]) == "it"


# --- a count of hours after a part of a day, past background dates ---------------------------------------------------

def test_hours_later_after_an_evening_past_a_background_month():
    text = ("The president pardoned the former minister on Monday evening. The minister, who served from 2007 to 2011, "
            "was sentenced in August to four years in prison. He walked out of prison two hours later.")
    row = row_of(text, "two hours later", PUB)
    assert (_text(row["trigger"]), _day(row)) == ("walked", "2021-03-15")


def test_hours_later_after_a_clock_time_past_a_sentence_length():
    # "sentenced to two years" is a measure, not time the story spent
    text = ("The plane left Lagos at 6 a.m. on Tuesday. Its pilot was fined in 2019 and sentenced to two years. "
            "Two hours later it landed in Accra.")
    row = row_of(text, "Two hours later", PUB)
    assert (_text(row["trigger"]), _day(row)) == ("landed", "2021-03-16")


def test_hours_later_after_the_story_spent_days():
    # negative: "for three days" moves the clock on by a stretch the count cannot cross
    text = ("The ferry sank at 9 p.m. on Monday. Its crew had sailed for three days in 2020. Then a storm came. "
            "Two hours later rescuers arrived.")
    row = _exact(text, "Two hours later", PUB)
    assert row is None or _day(row) != "2021-03-15"


# --- a counterfactual weekday the story named before is that day -----------------------------------------------------

def test_counterfactual_weekday_named_before():
    text = ("The eclipse arrives next Wednesday. Without state money, the town would have closed its schools on "
            "Wednesday.")
    row = _exact(text, "Wednesday", FRIDAY)
    assert (_text(row["trigger"]), _day(row)) == ("closed", "2026-08-12")


def test_counterfactual_weekday_alone_is_the_nearest():
    # negative: with no earlier Wednesday the nearest one is meant, two days back from a Friday
    row = row_of("Without the permit, the plant would have shut two of its units on Wednesday.", "Wednesday", FRIDAY)
    assert _day(row) == "2026-08-05"


# --- a permission withheld until a time holds from the report ---------------------------------------------------------

def test_not_allowed_until_runs_from_the_report():
    row = row_of("Landlords will not be allowed to raise rents until June 30, 2031.", "June 30, 2031", PUB)
    assert (_day(row), _day(row, "end")) == (PUB, "2031-07-01")


def test_not_until_on_an_act_is_the_time():
    # negative: "will not reopen until May" says when the reopening comes
    row = row_of("The plant will not reopen until May.", "May", PUB)
    assert (_day(row), _day(row, "end")) == ("2021-05-01", "2021-06-01")


# --- what an option, a chance or a right given to someone says is that someone's -------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The family will give Orvane an option to buy the remaining shares in 2029.", "2029", "Orvane"),
    ("The firm granted its staff the right to strike in 2027.", "2027", "its staff"),
])
def test_given_option_is_the_receivers(text, timex, subject):
    assert _text(row_of(text, timex, PUB)["subject"]) == subject


def test_plan_with_no_receiver_is_still_the_authors():
    # negative: a plan someone approves has its author, not a receiver
    row = row_of("The council approved a plan to build a bridge in 2027.", "2027", PUB)
    assert _text(row["subject"]) == "The council"


# --- a day at the end of an object's place phrase dates the verb --------------------------------------------------

def test_day_after_the_objects_place_dates_the_verb():
    row = row_of("Customs officers found the first shipment in a lorry at the Varna border crossing on "
                 "August 4, 2013.", "August 4, 2013", PUB)
    assert _text(row["trigger"]) == "found"


def test_day_after_an_event_noun_in_the_phrase_stays_the_nouns():
    # negative: "the raid on the port on March 4": the raid is what the day dates
    row = row_of("Customs officers found the shipment after the raid on the port on March 4.", "March 4", PUB)
    assert _text(row["trigger"]) == "raid"


# --- TIMEX3: a futures contract's month is the coming one; a count of hours after a part of a day ---------------------

def _timexes(text: str, pub: str) -> dict:
    from test_temporal_news3 import _found
    return _found(text, pub)


@pytest.mark.parametrize("text,span,value", [
    ("The contract for September delivery settled at 2.61 dollars a pound.", "September", "2021-09"),
    ("Coffee for May delivery fell 3 percent.", "May", "2021-05"),
])
def test_contract_month_is_the_coming_one(text, span, value):
    assert _timexes(text, PUB).get(span) == ("DATE", value, None)


def test_month_of_a_past_act_stays_past():
    # negative: a month a past verb dates, with no contract after it
    assert _timexes("Coffee prices settled lower in September.", PUB).get("September") == ("DATE", "2020-09", None)


@pytest.mark.parametrize("text,span,value", [
    ("The president pardoned him on Monday evening. He walked out of prison two hours later.", "two hours later",
     "2021-03-15TNI"),
    ("The ferry left on Tuesday morning. Three hours later it docked in Split.", "Three hours later", "2021-03-16TAF"),
])
def test_hours_later_after_a_part_of_a_day(text, span, value):
    assert _timexes(text, PUB).get(span) == ("TIME", value, None)


def test_hours_later_after_a_night_stays_a_length():
    # negative: a night runs across midnight; no day a count from it lands on is safe
    found = _timexes("The ferry left on Tuesday night. Two hours later it sank.", PUB)
    assert found.get("Two hours") == ("DURATION", "PT2H", None)


# --- a verb after a "with" phrase set off on the opening noun is that noun's ------------------------------------------

def test_with_phrase_set_off_after_the_subject():
    row = row_of("The prince's previous relationship, with the singer Mara Quist, ended in 2007.", "2007", PUB)
    assert (_text(row["trigger"]), _text(row["subject"])) == ("ended", "The prince's previous relationship")


def test_fronted_with_clause_keeps_its_own_subject():
    # negative: "With prices rising, the bank raised rates": the main clause's subject
    row = row_of("With prices rising, the bank raised rates on Friday.", "Friday", PUB)
    assert _text(row["subject"]) == "the bank"


# --- a stretch ahead after a saying told days before the report counts from the report --------------------------------

def test_within_after_the_news_days_saying():
    row = row_of("The agriculture ministry said on Monday that it would publish a full estimate within 10 days.",
                 "10 days", PUB)
    assert (_day(row), _day(row, "end")) == (PUB, "2021-03-27")


def test_past_stretch_after_an_earlier_saying_day_stays_the_sayings():
    # negative: a count back to the saying ("had sold ... over the past two weeks") ends with the saying's day
    row = row_of("The club said on Monday it had sold 9,000 season tickets over the past two weeks.",
                 "the past two weeks", PUB)
    assert _day(row, "end") == "2021-03-16"


# --- from the review of these rules (helper h37r): where they must not fire ---------------------------------------

def test_relative_beside_a_verb_with_its_own_object_is_its_subject():
    # "which police estimated drew 10,000 people": "drew" has its object; "which" is its subject, the rally
    row = row_of("The rally, which police estimated drew 10,000 people on Saturday, ended peacefully.", "Saturday", PUB)
    assert _text(row["subject"]) == "The rally"


def test_it_doing_a_things_act_after_a_report_stays_open():
    # "and it reopened": the stadium of the subordinate clause may be meant; no guess
    row = row_of("The club says fans stayed away while the stadium was being rebuilt, and it reopened on Saturday.",
                 "Saturday", PUB)
    assert _text(row["subject"]) == "it"


def test_offer_sent_to_someone_is_the_senders():
    row = row_of("The firm sent shareholders an offer to buy their shares by May.", "May", PUB)
    assert _text(row["subject"]) != "shareholders"


@pytest.mark.parametrize("text,timex,start", [
    # a saying three or more days back keeps its day; so does a stretch over by the report
    ("The ministry said on Friday it would decide within 30 days.", "30 days", "2021-03-12"),
    ("Police said on Sunday that the suspect would appear in court within 48 hours.", "48 hours", "2021-03-14"),
])
def test_stretch_after_an_older_saying_keeps_its_day(text, timex, start):
    assert _day(row_of(text, timex, PUB)) == start


@pytest.mark.parametrize("text,span,value", [
    ("Tesla's December deliveries beat forecasts.", "December", "2020-12"),
    ("The union's August contract with the firm expired last year.", "August", "2020-08"),
])
def test_owned_month_before_a_contract_word_is_a_month(text, span, value):
    assert _timexes(text, PUB).get(span) == ("DATE", value, None)


def test_hours_later_after_a_stretch_of_days_stays_a_length():
    found = _timexes("The climbers set off on Monday morning. The ascent took two days. They began the descent two "
                     "hours later.", PUB)
    assert found.get("two hours") == ("DURATION", "PT2H", None)


def test_counterfactual_weekday_named_on_both_sides_is_the_nearest():
    text = ("Stocks slumped on Monday, and the Fed meets on Monday. Without the bank, stocks would have slumped further "
            "on Monday.")
    values = [t.value for t in __import__("timeline").tag(text, pub_date=PUB) if t.text == "Monday"]
    assert values[-1] == "2021-03-15"
