"""Events, ninth round (issue 12): rule classes found with a probe of wire copy written before the tool ran on
it (``tests/data/events_probe8/probe.json``, not a blind set) and with the lead's findings — each rule with
positive and negative examples written for it here (not the probe's sentences, not any corpus or held-out
text). ``python tests/test_events_v9.py`` prints every probe row."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import events_gold  # noqa: E402
import test_events_heldout as heldout  # noqa: E402
from test_events_v6 import _na, row_of, rows_of  # noqa: E402,F401  (one set of probe helpers)

PROBE = Path(__file__).parent / "data" / "events_probe8" / "probe.json"


def load(name: str = "probe.json") -> list[dict]:
    return json.loads((PROBE.parent / name).read_text(encoding="utf-8"))["documents"]


def _text(v) -> str:
    return "" if _na(v) else str(v)


# --- an opening "it" after a reported clause with a plural subject: the reporter ---------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The regulator warned that prices had risen since the energy crisis. It will publish new rules in two months.",
     "two months", "The regulator"),
])
def test_it_skips_a_plural_reported_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,subject", [
    # a singular thing as the reported clause's subject is still the one meant
    ("The regulator said the tariff had risen. It will fall again in May.", "May", "the tariff"),
])
def test_it_keeps_a_singular_reported_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_a_name_modifying_a_common_noun_is_no_it():
    # "the COVID-19 pandemic": the name only says which pandemic; no "it" means it
    row = row_of("Schools in the region closed during the COVID-19 pandemic. It will reopen its labs in May.", "May")
    assert row["subject"] != "COVID-19"


# --- a bare time phrase on the subject the tagger leaves untagged ----------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Cyclone Mira, the third named storm this season, hit the coast on Tuesday.", "Tuesday", "Cyclone Mira"),
])
def test_untagged_time_on_subject_is_dropped(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_a_time_inside_a_pp_of_the_subject_is_kept_when_not_a_date():
    # not a time: "the storm of the century" keeps its words
    assert row_of("The storm of the century hit the coast on Tuesday.", "Tuesday")["subject"] == \
        "The storm of the century"


# --- a subject noun the parser made a compound on its finite verb -----------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The ferry leaves Thursday.", "Thursday", "The ferry"),
    ("The night train departs Friday.", "Friday", None),  # whatever the parse: never a wrong noun
])
def test_compound_on_verb_is_its_subject(text, timex, subject):
    row = row_of(text, timex)
    if subject is None:
        assert _text(row["subject"]) in ("", "The night train", "train")
    else:
        assert row["subject"] == subject


def test_compound_inside_a_noun_phrase_is_no_subject():
    # "leaves" hung as the object of "to": no clause of its own, so "the island" does not leave
    row = row_of("The overnight ferry to the island leaves Thursday.", "Thursday")
    assert _text(row["subject"]) != "the island"


# --- the time as the subject of a copula: the event noun's owner, or the one who plans it -----------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Coach Tom Berg has said 2027 will be his last season.", "2027", "Coach Tom Berg"),
    ("The ministry has said 2026 will be a year of heavy spending.", "2026", "The ministry"),
])
def test_time_as_copula_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex", [
    # a record, not a plan: no one did "the hottest year"
    ("Scientists said 2023 was the hottest year on record.", "2023"),
])
def test_time_as_copula_subject_record_has_no_doer(text, timex):
    assert _text(row_of(text, timex)["subject"]) == ""


# --- a possessive on a reported clause's argument: the reporter ---------------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("Kovac said 2026 would be his final year in charge.", "2026", "Kovac"),
])
def test_possessive_in_reported_clause_is_the_reporter(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_possessive_with_a_rival_stays():
    # both the reporter and the addressee fit "her": the pronoun stays
    row = row_of("Ana Ruiz told Maria Lopez that 2026 would be her final season.", "2026")
    assert row["subject"] not in ("Ana Ruiz", "Maria Lopez")


# --- an act's purpose infinitive with a deadline: aimed at, not done ---------------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("The council brought in engineers to inspect the bridge by Friday.", "Friday"),
    ("The state hired a firm to audit the accounts by the end of June.", "June"),
])
def test_purpose_with_deadline_is_not_asserted(text, timex):
    assert not bool(row_of(text, timex)["asserted"])


@pytest.mark.parametrize("text,timex", [
    # the infinitive happened ("managed to"), or the time is no deadline ("on Sunday": told because it was done)
    ("The council managed to inspect the bridge by Friday.", "Friday"),
    ("The city sent crews to clear the roads on Sunday.", "Sunday"),
])
def test_purpose_without_deadline_stays_asserted(text, timex):
    assert bool(row_of(text, timex)["asserted"])


# --- a year inside a name, a label noun or a quoted title: no row of its own ------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("The state still enforces the 2011 Clean Harbors Act, officials said on Monday.", "2011"),
    ("The club wants to rebuild the 1923 Old Mill Stadium by 2028.", "1923"),
    ("The bank cut its 2027 growth forecast on Tuesday.", "2027"),
    ("Drivers of the 2018 model can get a free repair.", "2018"),
    ("Her debut novel, \"Autumn 1974,\" sold well last year.", "1974"),
    ("He wrote a memoir titled \"Summer of 1999\" after he retired in 2015.", "1999"),
])
def test_time_in_a_name_or_title_has_no_row(text, timex):
    rows = rows_of(text)
    assert not rows["timex_text"].fillna("").str.contains(timex, regex=False).any(), rows[["timex_text", "trigger"]]


@pytest.mark.parametrize("text,timex,trigger", [
    # an event noun or a name of an event is dated by its year
    ("The 2019 takeover of the airline cost more than expected.", "2019", "takeover"),
    ("She won gold at the 2024 Paris Olympics.", "2024", None),
    # the subject of a past event: the year dates it
    ("A 1996 law strengthened the embargo.", "1996", "strengthened"),
    # a fronted year the parser hung on a name
    ("In 1991 Charles Keating was convicted of fraud.", "1991", "convicted"),
    # a quote that is no title
    ("She said \"the deal closed in 2019\" and left.", "2019", "closed"),
])
def test_dated_nouns_and_quotes_keep_their_row(text, timex, trigger):
    row = row_of(text, timex)
    assert _text(row["trigger"]) != ""
    if trigger is not None:
        assert row["trigger"] == trigger


# --- the lead's findings: pronouns and shared subjects -------------------------------------------------------

def test_a_unit_after_a_number_is_no_antecedent():
    row = row_of("The fire started late Friday and spread in gusts of up to 60 kph (37 mph). By early Saturday it had "
                 "reached the outskirts of the town, firefighters said.", "Saturday")
    assert row["subject"] == "The fire"


def test_opening_it_in_a_reported_clause_after_fronted_time():
    # the clause the trailing reporter takes is where the "it" opens; the last sentence's subject is meant
    row = row_of("The storm hit the coast late Monday. By Tuesday it had moved inland, forecasters said.", "Tuesday")
    assert (row["subject"], row["subject_resolved_from"]) == ("The storm", "it")


def test_opening_it_not_forced_after_a_person():
    row = row_of("Ana Ruiz left the board late Monday. By Tuesday it had moved inland, forecasters said.", "Tuesday")
    assert row["subject"] != "Ana Ruiz"


@pytest.mark.parametrize("text,timex,subject", [
    # an adjective the tagger read for the subject noun ("The cooperative last cut ...")
    ("The cooperative cut its forecast in May. It raised the price twice in 2021.", "2021", "The cooperative"),
])
def test_opening_it_after_a_misread_noun_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex,subject", [
    ("Langford said many farmers had borrowed heavily in 2022 to buy land and would struggle to repay the loans "
     "before Christmas.", "Christmas", "many farmers"),
])
def test_verb_joined_to_a_purpose_infinitive_shares_the_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


@pytest.mark.parametrize("text,timex", [
    # "for the Nth time in <span>" counts back over a window: no date of its own
    ("The bank said on Monday it would raise rates for the second time in four months.", "four months"),
])
def test_nth_time_in_a_span_is_no_row(text, timex):
    rows = rows_of(text)
    assert not ((rows["timex_text"] == timex) & rows["trigger"].notna()).any(), rows[["timex_text", "trigger"]]


def test_nth_store_ahead_is_dated():
    # an explicit future: when it opens
    row = row_of("The chain will open its second store in three weeks.", "three weeks")
    assert row["trigger"] == "open"


# --- an undated dateline after a headline line -----------------------------------------------------------------

@pytest.mark.parametrize("text,found", [
    ("Pill slows decline in trial\n\nBOSTON (AP) — An experimental pill slowed memory loss.", "BOSTON (AP) —"),
    ("BOSTON (AP) — An experimental pill slowed memory loss.", "BOSTON (AP) —"),
    # a first line that is a sentence is no headline; a line of story text is no dateline
    ("The pill slowed decline in a trial.\n\nBOSTON (AP) — An experimental pill slowed memory loss.", None),
    ("Pill slows decline in trial\n\nThe maker said on Monday it was pleased.", None),
])
def test_undated_dateline_after_a_headline(text, found):
    from timeline.readers.dateline import undated_dateline_span

    span = undated_dateline_span(text)
    assert (text[span[0]:span[1]] if span else None) == found


def test_dateline_agency_after_a_headline_is_no_antecedent():
    text = ("Drugmaker's pill slows decline\n\nBOSTON (AP) — A new pill slowed memory loss in a study, its maker said "
            "Monday.\n\nVeltra Labs said it plans to ask regulators for approval by the end of the year.")
    row = row_of(text, "the end of the year")
    assert row["subject"] != "AP"


# --- the period a forecast covers; the count of a run; an occasion with its own place -----------------------------

@pytest.mark.parametrize("text,timex", [
    ("The retailer withdrew its forecast for fiscal 2026 on Thursday.", "2026"),
    ("The ministry raised its growth target for 2027 on Monday.", "2027"),
])
def test_period_a_forecast_covers_has_no_row(text, timex):
    rows = rows_of(text)
    assert not rows["timex_text"].fillna("").str.contains(timex, regex=False).any(), rows[["timex_text", "trigger"]]


def test_period_for_a_plan_is_dated():
    # not a label noun: the decision is for then
    assert row_of("The firm will make a decision for 2026 soon.", "2026")["trigger"] in ("make", "decision")


@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("Copper prices rose for a fourth straight session on Friday.", "Friday", "rose", "Copper prices"),
    ("Analysts expect exports to fall for a third year running in 2026.", "2026", "fall", "exports"),
])
def test_count_of_a_run_dates_the_verb(text, timex, trigger, subject):
    row = row_of(text, timex)
    assert (row["trigger"], row["subject"]) == (trigger, subject)


def test_plain_ordinal_event_noun_keeps_its_row():
    # "its second meeting": an event, no count of a run (session 34: the possessed object of a light verb leaves the
    # verb the event, so the noun is shown under a verb of its own; was "The board held its second meeting on
    # Tuesday" -> meeting: docs/preceding_nominal_convention.md)
    assert row_of("The board postponed its second meeting until Tuesday.", "Tuesday")["trigger"] == "meeting"


def test_expected_infinitive_with_its_own_subject_is_not_asserted():
    row = row_of("Economists expect exports to fall for a third year running in 2024.", "2024", pub="2024-11-07")
    assert not bool(row["asserted"])


@pytest.mark.parametrize("text,timex,trigger", [
    ("The results will be shown at a medical conference in Denver next month, the company said.", "next month", "shown"),
    ("Full data will be presented at a science congress in Vienna next week, the firm said.", "next week", "presented"),
])
def test_act_at_an_occasion_with_its_place(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # being present at an occasion: the time closing the verb's complement is the verb's (session 27, docs/preceding_nominal_convention.md; before, the
    # summit)
    ("The minister spoke at a summit in Paris on Monday.", "Monday", "spoke"),
])
def test_presence_at_an_occasion_stays(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


# --- probe8 batch 2 classes ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    # a passive act's "from" argument is what it kept its subject from: the time dates the act
    ("The cyclist was banned from the tour in April.", "April", "banned"),
    # a possessive time on a named event dates the event
    ("Fans are already queuing for next year's Winter Olympics.", "next year", "Olympics"),
    # and on an event noun ("harvest" is one)
    ("Last year's harvest was the worst in a decade.", "Last year", "harvest"),
])
def test_batch2_attachment(text, timex, trigger):
    assert row_of(text, timex)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # an active verb's "from" phrase may be its own event ("returned from the summit in May" keeps the summit's
    # time as the summit's or the return's, never forced)
    ("The cyclist withdrew from the tour in April.", "April", None),
    # a possessive time on a thing is no named event
    ("Next year's budget will be tight.", "Next year", "budget"),
])
def test_batch2_attachment_negatives(text, timex, trigger):
    rows = rows_of(text)
    hit = rows[rows["timex_text"].fillna("").str.contains(timex, regex=False)]
    if trigger is None:
        assert len(hit) and _text(hit.iloc[0]["trigger"]) in ("withdrew", "tour")
    else:
        assert not len(hit) or _text(hit.iloc[0]["trigger"]) != "Olympics"


def test_time_in_the_countrys_constitution_is_a_label():
    rows = rows_of("The court cited the country's 1991 constitution in its ruling on Monday.")
    assert not rows["timex_text"].fillna("").str.contains("1991").any()


@pytest.mark.parametrize("text,timex,subject", [
    ("The city will build a new bridge, with work due to start in 2029.", "2029", "work"),
])
def test_noun_before_a_due_infinitive_is_its_subject(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


# --- durations counted from the story's time -----------------------------------------------------------------

def test_last_minutes_of_a_past_event_are_no_row():
    rows = rows_of("The home side scored twice in the last ten minutes.", "2024-10-29")
    assert not rows["timex_text"].fillna("").str.contains("minutes").any(), rows[["timex_text", "trigger"]]


@pytest.mark.parametrize("text,timex", [
    # counted back from the report: kept
    ("Rescuers pulled 40 people from the rubble in the past 24 hours.", "24 hours"),
    ("Shares have fallen 4% in the last 30 minutes.", "30 minutes"),
])
def test_report_anchored_last_hours_keep_their_row(text, timex):
    assert not _na(row_of(text, timex, pub="2024-10-29")["start"])


@pytest.mark.parametrize("text,timex,start,end", [
    ("He moved to Lagos in 1981, where he taught for the next decade.", "the next decade", "1981-01-01", "1991-01-01"),
    ("In 1990 the couple founded a bakery. It supplied the city's hotels over the following two decades.",
     "the following two decades", "1990-01-01", "2010-01-01"),
])
def test_next_and_following_count_from_the_story_time(text, timex, start, end):
    row = row_of(text, timex, pub="2024-05-14")
    assert (events_gold._day(row["start"]), events_gold._day(row["end"])) == (start, end)


@pytest.mark.parametrize("text,timex", [
    # a plan: from the report (or the day it was said), not from an earlier year
    ("The company will invest $3 billion over the next five years.", "five years"),
])
def test_next_years_of_a_plan_count_from_the_report(text, timex):
    row = row_of(text, timex, pub="2024-05-14")
    assert events_gold._day(row["start"]) == "2024-05-14"


def test_following_with_nothing_to_count_from_is_no_row():
    rows = rows_of("Prices rose sharply over the following months.", "2024-05-14")
    assert not rows["timex_text"].fillna("").str.contains("following").any(), rows[["timex_text", "trigger"]]


# --- a trailing reporter the parser lost; a time is no source; a bracketed aside in a subject ----------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("The union will appeal the ruling, its spokeswoman, Ana Petrova, said Tuesday evening.", "Tuesday", "Ana Petrova"),
    ("The union will appeal, Ana Petrova, its spokeswoman, said on Tuesday.", "Tuesday", "Ana Petrova"),
])
def test_speaker_set_off_before_a_trailing_said(text, timex, subject):
    assert row_of(text, timex)["subject"] == subject


def test_a_clause_object_before_a_trailing_said_is_no_speaker():
    # "the ruling" is what will be appealed; with a real subject the rule does not run at all
    row = row_of("The union will appeal the ruling, the company said on Tuesday.", "Tuesday")
    assert row["subject"] == "the company"


def test_bracketed_aside_in_a_subject_goes_whole():
    row = row_of("Gusts of up to 90 kph (56 mph) were forecast for Sunday.", "Sunday")
    assert "(" not in _text(row["subject"]) and "mph" not in _text(row["subject"])


# --- a saying's gerund is what was said ------------------------------------------------------------------------

@pytest.mark.parametrize("text,timex,trigger,asserted", [
    ("The former mayor admitted taking kickbacks between 2015 and 2019.", "2015", "taking", True),
    ("The official denied taking bribes in 2019.", "2019", "taking", False),
])
def test_gerund_of_a_saying_is_dated(text, timex, trigger, asserted):
    row = row_of(text, timex)
    assert (row["trigger"], bool(row["asserted"])) == (trigger, asserted)


def test_secondary_participle_still_dates_the_main_verb():
    # a participle describing the subject's state: the main verb is the event
    assert row_of("The hiker was found clinging to a ledge on Sunday.", "Sunday")["trigger"] == "found"


# --- an event that only sets the time of a fronted adjunct has no doer from the clause ---------------------------

def test_fronted_during_event_takes_no_clause_subject():
    row = row_of("During the drought of 2018 he ran the village's only well.", "2018")
    assert not (row["trigger"] == "drought" and _text(row["subject"]) == "he")


def test_event_object_keeps_the_clause_subject():
    assert row_of("Spain won the 2010 final.", "2010")["subject"] == "Spain"


@pytest.mark.parametrize("name,floor", [("probe.json", 53 / 63), ("probe2.json", 51 / 52)])
def test_probe8_floor(name, floor):
    docs = load(name)
    f = heldout.figures(heldout.score(events_gold.run(docs), docs)[0])
    assert f["fully_right"] / f["rows"] >= floor, f


# fully right at the first run: probe.json 50/63 (79.4%), probe2.json 47/52 (90.4%, written after the first
# batch's fixes)


if __name__ == "__main__":
    for name in ("probe.json", "probe2.json"):
        heldout.main(load(name))
