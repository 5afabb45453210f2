"""Events, twelfth round (issue 12): rule classes found with a probe of new-domain texts written before the tool
ran on them (``tests/data/events_probe11/probe.json``, not a blind set; weighted towards nominal events, light
verbs and embedded events) and with the dev set's tuned half — each rule with positive and negative examples
written for it here (not the probe's sentences, not any corpus or held-out text). ``python tests/test_events_v12.py``
prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of, rows_of  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe11" / "probe.json"


def load() -> list[dict]:
    return json.loads(PROBE.read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if _na(v) else str(v)


# --- a light verb of presence hands its event to a noun of showing up, coming or going ------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The singer made her television debut in 2019.", "2019", "debut"),
    ("The president made a brief stop in Denver on Thursday.", "Thursday", "stop"),
    # a possessive pronoun does not make the noun the verb's own content when the verb is light
    ("The envoy made his first visit to Kyiv in March.", "March", "visit"),
    ("The king paid a visit to the flooded town on Friday.", "Friday", "visit"),
    ("The minister gave a speech in Geneva on Tuesday.", "Tuesday", "speech"),
])
def test_light_verb_hands_its_event_to_the_noun(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # "make" with any other noun keeps its own meaning for TimeBank: the making is dated
    ("The board made a final decision on Monday.", "Monday", "made"),
    # and a non-light verb's own possessed object is its content
    ("The council will announce its verdict on Thursday.", "Thursday", "announce"),
])
def test_verb_that_is_not_light_keeps_the_time(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,subject", [
    # a light verb's pronoun owner is its subject again: who made the debut is who the verb says
    ("The young defender made his debut in 2016.", "2016", "The young defender"),
    ("The two ministers held their talks on Monday.", "Monday", "The two ministers"),
])
def test_light_verb_noun_takes_the_verbs_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_noun_owner_is_the_subject_without_a_light_verb():
    # "her" owns the visit the city welcomed: no light verb, the owner does the visiting
    assert row_of("The city welcomed her visit on Friday.", "Friday")["subject"] in ("her", "The city")


# --- a ruling on a proposed event is dated by the ruling ---------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("Regulators approved Acme's purchase of Zeta Labs on Friday.", "Friday", "approved"),
    ("The senate rejected the governor's appointment of a new judge on Tuesday.", "Tuesday", "rejected"),
])
def test_ruling_on_a_possessed_event_is_dated(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


def test_reaction_to_a_possessed_event_leaves_it_its_time():
    # condemning is no ruling on a proposal: the annexation keeps its year
    assert row_of("The UN condemned Russia's annexation of Crimea in 2014.", "2014")["trigger"] == "annexation"


# --- an event that another follows or precedes is an event of its own ------------------------------------------------

def test_followed_event_keeps_its_own_time():
    assert row_of("The recall follows a safety review in May that found cracks.", "May")["trigger"] == "review"


def test_own_object_of_another_verb_is_its_content():
    assert row_of("The company completed a review in May.", "May")["trigger"] == "completed"


# --- a time right after "in" a medium of saying dates the saying -----------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The group claimed responsibility for the bombing in a video on Sunday.", "Sunday", "claimed"),
    ("The ministry denied the report in a letter on Wednesday.", "Wednesday", "denied"),
])
def test_medium_of_saying_does_not_pass_the_time_on(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


def test_place_after_an_event_noun_passes_the_time_on():
    # a place is no medium; the time closing the verb's complement is the claim's (session 27, docs/preceding_nominal_convention.md; before, the
    # bombing); a bare time right after the place is the bombing's
    row = row_of("The group claimed responsibility for the bombing in Kabul on Sunday.", "Sunday")
    assert row["trigger"] == "claimed"
    row = row_of("The group claimed responsibility for the bombing in Kabul last Sunday.", "last Sunday")
    assert row["trigger"] == "bombing"


# --- underived event nouns of the probe's domains ---------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The theatre's 2008 performance of Hamlet was filmed by a German crew.", "2008", "performance"),
    ("The hospital's founding in 1911 was funded by a bequest.", "1911", "founding"),
])
def test_event_noun_with_its_own_year(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- a verb that only grants time up to a deadline: the deadline dates the act that is due --------------------------

@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("Tenants have until Nov. 30 to renew their permits.", "Nov. 30", "renew", "Tenants"),
    # the one given the time is who is to act
    ("The judge gave the bank until Friday to respond.", "Friday", "respond", "the bank"),
])
def test_deadline_dates_the_due_act(text, timex, trigger, subject):
    row = row_of(text, timex)
    assert (row["trigger"], row["subject"]) == (trigger, subject)


@pytest.mark.parametrize("text,timex,trigger", [
    # no infinitive: nothing else is due
    ("Farmers have until the end of the month.", "the end of the month", "have"),
    # a verb that does more than grant time keeps it
    ("The shop stays open until Friday to clear its stock.", "Friday", "stays"),
])
def test_no_due_act_keeps_the_verb(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- an "until" date that ends a term dates the term, from the report up to then ------------------------------------

def test_term_until_a_date_is_the_term():
    row = row_of("The goalkeeper signed a contract until June 2031.", "June 2031")
    assert row["trigger"] == "contract"
    assert _days(row) == ("2025-06-10", "2031-07-01")


@pytest.mark.parametrize("text,timex,trigger", [
    # "by" is a deadline, not the end of a term
    ("The council must sign the lease by Friday.", "Friday", "sign"),
    # no term: a past state up to a date keeps the verb
    ("The bank stayed open until 2012.", "2012", "stayed"),
])
def test_until_without_a_term(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


def _days(row) -> tuple[str, str]:
    return str(row["start"])[:10], str(row["end"])[:10]


# --- a vague length after "for" says how long, not when: no row, as "for six hours" gives none ---------------------

@pytest.mark.parametrize("text", [
    "The ferry drifted for hours.",
    "The road was shut for a few days.",
    "The bank froze the accounts for several weeks.",
])
def test_vague_length_after_for_is_no_row(text):
    assert len(rows_of(text)) == 0


@pytest.mark.parametrize("text,timex", [
    # a perfect runs up to now, and "the past few years" is a period up to now: both stay (fuzzy) rows
    ("The museum has been closed for months.", "months"),
    ("Prices have climbed for the past few years.", "the past few years"),
])
def test_length_up_to_now_stays_a_row(text, timex):
    assert len(rows_of(text)) == 1 and timex in rows_of(text).iloc[0]["timex_text"]


# --- a past perfect within a length counts from the time the story named ----------------------------------------------

def test_past_perfect_within_counts_from_story_time():
    rows = rows_of("Cholera was confirmed in the town on March 2. Within two weeks it had reached the capital.")
    row = rows[rows["trigger"] == "reached"].iloc[0]
    assert _days(row) == ("2025-03-02", "2025-03-16")


def test_past_narrative_next_weeks_count_from_story_time():
    rows = rows_of("The first raid took place on May 2. Six more followed over the next three weeks.")
    row = rows[rows["timex_text"].str.contains("three weeks")].iloc[0]
    assert row["trigger"] == "followed" and _days(row) == ("2025-05-02", "2025-05-23")


def test_following_months_after_a_year_are_a_fuzzy_period():
    # from some time in 2019: from the year's start to three months past its end, fuzzy
    rows = rows_of("She joined the firm in 2019 and spent the next three months in training.")
    row = rows[rows["trigger"] == "spent"].iloc[0]
    assert _days(row) == ("2019-01-01", "2020-04-01") and row["fuzzy"]


def test_following_months_after_a_day_count_from_the_day():
    rows = rows_of("She joined the firm on May 6, 2019 and spent the next three months in training.")
    row = rows[rows["trigger"] == "spent"].iloc[0]
    assert _days(row) == ("2019-05-06", "2019-08-06")


def test_future_within_counts_from_the_report():
    rows = rows_of("Cholera was confirmed in the town on March 2. Within two weeks it will reach the capital.")
    row = rows[rows["trigger"] == "reach"].iloc[0]
    assert _days(row)[0] == "2025-06-10" and not row["asserted"]


# --- a "when" clause on a time is a second event that time dates ---------------------------------------------------

@pytest.mark.parametrize("text,timex,first,second", [
    ("The country has been under curfew since May 2022, when riots broke out in the capital.", "May 2022",
     "been", "broke"),
    ("The band last toured in 2016, when it played 40 shows in Asia.", "2016", "toured", "played"),
    ("Tensions rose in March when the navy seized a fishing boat.", "March", "rose", "seized"),
])
def test_when_clause_is_a_second_row(text, timex, first, second):
    rows = rows_of(text)
    assert set(rows["trigger"]) == {first, second}, rows[["timex_text", "trigger"]].to_dict("records")
    when = rows[rows["trigger"] == second].iloc[0]
    assert when["timex_text"] == timex and pd.isna(when["range_text"])  # dated by the time itself, not "since"


@pytest.mark.parametrize("text", [
    # without a comma a clause in the present says when the main event is, no second event
    "The leaders will meet next week when the president travels to Oslo.",
    # a "when" that is no clause on the time
    "Nobody knows when the plant will reopen, officials said Monday.",
])
def test_no_second_row_without_a_past_when_clause(text):
    assert len(rows_of(text)) == 1


# --- a day and the clock time on it are one time: one row, the clock time's ----------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The hearing begins on March 3 at 10 a.m.", "10 a.m.", "begins"),
    ("Voting starts on Tuesday at 7 a.m. and ends at 8 p.m.", "7 a.m.", "starts"),
])
def test_day_and_its_clock_time_are_one_row(text, timex, trigger):
    rows = rows_of(text)
    day = rows[rows["timex_text"] == timex]
    assert len(day) == 1 and day.iloc[0]["trigger"] == trigger
    assert not rows["timex_text"].isin(["March 3", "Tuesday"]).any()


def test_day_and_a_clock_time_of_another_clause_stay_two_rows():
    # the clock time is its own event's ("landed"), joined by "and" to the day's verb
    rows = rows_of("The plane left on Monday and landed at 9 p.m.")
    assert set(rows["trigger"]) == {"left", "landed"}


# --- a length before or after a dated event dates the verb it hangs on ---------------------------------------------

def test_length_after_a_dated_event_dates_the_verb():
    rows = rows_of("The senator resigned two days after his arrest in March 2021.")
    row = rows[rows["trigger"] == "resigned"].iloc[0]
    assert row["timex_text"] == "two days" and row["fuzzy"] and _days(row)[0] == "2021-03-03"


@pytest.mark.parametrize("text", [
    # an event with no time of its own: nothing to count from, no row
    "The company collapsed two years after its listing.",
    # a plain length: no row
    "The senator spoke for two days.",
])
def test_length_without_a_dated_event_is_no_row(text):
    assert len(rows_of(text)) == 0


# --- a year between an owner and a noun dates the owner's noun, whatever the noun --------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The climber's 2008 ascent of K2 made her famous.", "2008", "ascent"),
    ("The museum's 1995 facelift cost $2 million.", "1995", "facelift"),
])
def test_owned_year_dates_the_noun(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


def test_year_without_an_owner_keeps_the_climb():
    # no owner: "a 2019 model" is a label of a thing, no event of that year
    assert all(t != "model" for t in rows_of("A 2019 model sold well last year.")["trigger"])


# --- review of this round (negative cases): the light verb's modality, money "return", physical following, a
# term bounded only by a verb that makes it, a deadline's act is not done ------------------------------------------

REVIEW_PUB = "2024-03-12"


@pytest.mark.parametrize("text,timex,trigger,mood", [
    ("The president will pay a state visit to Japan in April.", "April", "visit", "will"),
    ("The prime minister will not make a visit to the region on Friday.", "Friday", "visit", "will not"),
    ("The president is expected to pay a visit to the region in April.", "April", "visit", "expected to"),
    ("Biden could make a stop in Ohio on Friday, aides said.", "Friday", "stop", "could"),
    ("The foreign minister will make a trip to China in May.", "May", "trip", "will"),
    ("The ministers may pay a visit to the site on Thursday.", "Thursday", "visit", "may"),
])
def test_light_verb_noun_keeps_the_verbs_modality(text, timex, trigger, mood):
    row = row_of(text, timex, REVIEW_PUB)
    assert (row["trigger"], row["modality"], bool(row["asserted"])) == (trigger, mood, False)


@pytest.mark.parametrize("text,timex,trigger", [
    ("The fund made a return of 8% in 2023.", "2023", "made"),
    ("Investors made a 10% return last year.", "last year", "made"),
    ("Thousands followed the funeral procession on Saturday.", "Saturday", "followed"),
    ("The union will study the agreement through Friday.", "Friday", "study"),
])
def test_review_negatives_keep_the_verb(text, timex, trigger):
    assert row_of(text, timex, REVIEW_PUB)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger,pub", [
    ("The minister had until midnight on Friday to respond but did not.", "Friday", "respond", "2024-03-12"),
    ("He had until Friday to pay the fine but failed to do so.", "Friday", "pay", "2024-03-15"),
    ("Firms had until March 31 to file their returns.", "March 31", "file", "2024-06-12"),
])
def test_deadline_act_is_not_asserted(text, timex, trigger, pub):
    row = row_of(text, timex, pub)
    assert row["trigger"] == trigger and not row["asserted"]


# --- a vague length that sets one event off from another is no row of its own (lead finding) -----------------------

@pytest.mark.parametrize("text,timex", [
    ("The club signed the winger on Friday for 30 million pounds, hours before the transfer window closed.", "hours"),
    ("The activist was rearrested days after his release.", "days"),
])
def test_offset_length_is_no_row(text, timex):
    rows = rows_of(text)
    assert not rows["timex_text"].eq(timex).any() and not rows["start"].isna().any(), rows.to_dict("records")


def test_vague_period_without_offset_stays_a_row():
    assert len(rows_of("Prices have risen in recent weeks.")) == 1


# --- a time closing a contact relative clause is that clause's (lead finding 6a left as it is) ---------------------

def test_time_closing_a_contact_clause_dates_its_verb():
    # the buying was in 1998, not the selling: moving such a time to the main verb would be wrong here
    assert row_of("She sold the house she bought in 1998.", "1998")["trigger"] == "bought"


# --- the probe ---------------------------------------------------------------------------------------------------

def test_probe11_is_well_formed():
    heldout.check_well_formed(load(), 10)


def test_probe11_floor():
    docs = load()
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= 78 / 86, f  # one below the 79 measured


# fully right at the first run (probe fbc26b4 on main 02843d9 code): 73/86 (84.9%); date 71/72, trigger 78/86,
# subject 68/75, asserted 84/86; absent 7/7. After this round: 79/86 (91.9%); date 71/72, trigger 84/86, subject
# 71/75, asserted 84/86; absent 7/7. Left: "went undetected until April 28" (the tool dates "undetected"), "is due
# to wrap by Christmas" (no subject), "is planned for early July" (asserted), "from next season" (untagged), "her
# comeback from a wrist injury in 2023" (dates the injury, no subject), "2 a.m. on Sunday" (a clock time's own
# interval, not the day's), "its founding in 1911" (subject from the sentence's verb, not "its").


if __name__ == "__main__":
    heldout.main(load())


def test_day_bounding_a_stretch_keeps_its_row_beside_the_clock_time():
    # reviewer 2: "until Monday" is the stretch up to Monday; merging it into the 6 a.m. point lost the interval
    rows = rows_of("The curfew will last until Monday at 6 a.m.")
    assert "Monday" in set(rows["timex_text"]), rows[["timex_text", "start", "end"]]


def test_subjectless_when_clause_is_no_second_row():
    # reviewer 2: "when asked" has no event of its own to date
    rows = rows_of("In March, when asked about the deal, he declined to comment.")
    assert list(rows["trigger"]) == ["declined"], rows[["timex_text", "trigger"]]


def test_past_perfect_within_inside_a_report_is_no_forward_row():
    # reviewer 2: the month up to the saying, not the month after it
    rows = rows_of("He said on Monday that within a month the company had lost half its value.")
    assert "a month" not in set(rows["timex_text"]), rows[["timex_text", "start", "end"]]
