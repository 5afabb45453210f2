"""Events on wire copy (issue 12): rule classes from misses the lead found running the tool on agency-style
stories of his own (datelines, "said Wednesday it would ..."). Each rule has positive and negative examples
written here, not those stories' sentences and not corpus text."""

from __future__ import annotations

import pytest

from test_events_v6 import _na, row_of, rows_of

PUB = "2024-03-13"  # a Wednesday


# --- a subject the parser hung on the dateline as an apposition ----------------------------------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("OSLO, Norway (AP) — Norway's second-biggest insurer said Wednesday it would raise premiums.", "Wednesday",
     "Norway's second-biggest insurer"),
    ("LIMA, Peru (AP) — Peru's state-run oil company said Tuesday that output had fallen.", "Tuesday",
     "Peru's state-run oil company"),
])
def test_subject_hung_on_the_dateline_is_the_subject(text, timex, subject):
    row = row_of(text, timex, PUB)
    assert row["subject"] == subject and row["event"].startswith(subject), row.to_dict()
    assert "(AP)" not in row["event"] and "Norway ," not in row["event"]


@pytest.mark.parametrize("text,timex,subject", [
    # a subject of its own after the dateline stays as it is
    ("OSLO, Norway (AP) — The insurer said Wednesday it would raise premiums.", "Wednesday", "The insurer"),
    ("LIMA (Reuters) - Petroperu said on Tuesday that output had fallen.", "Tuesday", "Petroperu"),
])
def test_own_subject_after_a_dateline_is_kept(text, timex, subject):
    assert row_of(text, timex, PUB)["subject"] == subject


# --- a duration after a day named earlier in its clause counts from that day ---------------------------------

@pytest.mark.parametrize("text,timex,start,end,trigger", [
    ("The airline said Wednesday it would retire 40 jets over the next three years.", "the next three years",
     "2024-03-13", "2027-03-13", "retire"),
    ("The ministry said on March 4 it would hire 2,000 nurses within two years.", "two years",
     "2024-03-04", "2026-03-04", "hire"),
    ("The club said on Monday it had sold 9,000 season tickets over the past two weeks.", "the past two weeks",
     "2024-02-26", "2024-03-12", "sold"),
])
def test_duration_counts_from_the_day_named_before_it(text, timex, start, end, trigger):
    row = row_of(text, timex, PUB)
    assert (str(row["start"])[:10], str(row["end"])[:10], row["trigger"]) == (start, end, trigger), row.to_dict()


def test_stretch_ahead_after_the_news_days_saying_counts_from_the_report():
    # (session 37: a saying of the last day or two is the day's news; held-out sets written by separate annotators
    # count a stretch ahead in what it reports from the report, as the "publication date + P3W" does. One
    # said a week or more back, as above, keeps its day.)
    row = row_of("The ministry said on Tuesday it would hire 2,000 nurses within two years.", "two years", PUB)
    assert (str(row["start"])[:10], str(row["end"])[:10], row["trigger"]) == ("2024-03-13", "2026-03-13", "hire")


@pytest.mark.parametrize("text,timex", [
    # a month is no day to count from: when in January the warning came is unsaid
    ("The carrier warned in January that it could run out of cash within a year.", "a year"),
    # a day in a relative clause dates that clause only: the duration counts from the report
    ("The plant, which closed on Monday, will reopen within six months.", "six months"),
])
def test_duration_after_a_coarse_or_aside_time(text, timex):
    df = rows_of(text, PUB)
    hit = df[df["timex_text"].str.contains(timex, regex=False)]
    if timex == "a year":
        assert not len(hit), hit.to_dict("records")
    else:
        assert len(hit) and str(hit.iloc[0]["start"])[:10] == "2024-03-13", hit.to_dict("records")


# --- the agency in a dateline is no one a pronoun stands for; "it" after fronted modifiers ------------------

@pytest.mark.parametrize("text,timex,subject", [
    ("DARWIN, Australia (AP) — The cyclone crossed the coast on Monday morning. By that night it had weakened "
     "to a tropical low.", "that night", "The cyclone"),
    ("GENEVA (Reuters) — The agency opened an inquiry in May. Two weeks later, it closed the case.",
     "Two weeks later", "The agency"),
])
def test_it_after_fronted_modifiers_is_the_last_subject(text, timex, subject):
    row = row_of(text, timex, PUB)
    assert row["subject"] == subject and row["subject_resolved_from"] == "it", row.to_dict()


@pytest.mark.parametrize("text,timex", [
    # nothing before the dateline's agency fits: the pronoun stays a pronoun rather than becoming "AP"
    ("DARWIN, Australia (AP) — Heavy rain fell across the north on Monday, and by Tuesday it had flooded "
     "two highways.", "Tuesday"),
    ("QUITO, Ecuador (AP) — Officials said on Monday it had been a hard week.", "Monday"),
])
def test_dateline_agency_is_no_antecedent(text, timex):
    assert row_of(text, timex, PUB)["subject"] not in ("AP", "Reuters")


def test_person_before_fronted_modifier_is_no_antecedent_for_it():
    row = row_of("Maria Lopez left the agency in 2019. By the next spring, it had hired three new directors.",
                 "next spring", PUB)
    assert row["subject"] != "Maria Lopez"


# --- a superlative or "first" before "in" + a span counted back: a record comparison, no event's date --------

@pytest.mark.parametrize("text,timex", [
    ("Forecasters said the coming winter could be one of the coldest in years.", "years"),
    ("The river reached its highest level in decades on Friday.", "decades"),
    ("Exports fell for the first time in three years in January.", "three years"),
    ("It was the biggest one-day drop in a week.", "a week"),
])
def test_record_in_a_span_dates_nothing(text, timex):
    # a vague span keeps a flagged row (the reader sees why it dates nothing); a counted one has none
    df = rows_of(text, PUB)
    hit = df[df["timex_text"] == timex]
    assert all(r["no_event"] == "record-comparison" and str(r["start"]) in ("NaT", "nan", "None")
               for _, r in hit.iterrows()), hit.to_dict("records")
    if timex in ("years", "decades"):
        assert len(hit)


@pytest.mark.parametrize("text,timex,trigger", [
    ("The company will open a second plant in three years.", "three years", "open"),  # ahead, and no record
    ("The highest rainfall in 2019 flooded the town.", "2019", "flooded"),  # a date, not a span
])
def test_in_a_span_without_a_record_is_a_row(text, timex, trigger):
    df = rows_of(text, PUB)
    hit = df[df["timex_text"] == timex]
    assert len(hit) and hit.iloc[0]["trigger"] == trigger, hit.to_dict("records")


# --- an opening participle is said of the main clause's subject, with a copula in the headline -------------------

@pytest.mark.parametrize("text,timex,trigger,subject,event", [
    ("Born in Lisbon in 1948, Duarte studied law in Coimbra in 1967.", "1948", "Born", "Duarte",
     "Duarte was born in Lisbon"),
    ("Founded in 2003, the cooperative now supplies 90 shops.", "2003", "Founded", "the cooperative",
     "the cooperative was founded"),
])
def test_opening_participle_takes_the_main_subject(text, timex, trigger, subject, event):
    row = row_of(text, timex, PUB)
    assert (row["trigger"], row["subject"], row["event"]) == (trigger, subject, event), row.to_dict()


def test_participle_after_its_subject_is_unchanged():
    assert row_of("The bridge, built in 1931, will close in May.", "1931", PUB)["subject"] == "The bridge"


# --- a superlative before "of" + a time: the time bounds a ranking ------------------------------------------

@pytest.mark.parametrize("text,timex", [
    ("Critics called it the finest novel of the 19th century.", "the 19th century"),
    ("Thursday was the busiest day of the year at the port.", "the year"),
])
def test_superlative_of_a_time_dates_nothing(text, timex):
    hit = rows_of(text, PUB).query("timex_text == @timex")
    assert len(hit) and hit.iloc[0]["no_event"] == "record-comparison", hit.to_dict("records")


def test_first_of_a_time_may_date_its_noun():
    row = row_of("The first auction of 2024 raised $2 million.", "2024", PUB)
    assert row["trigger"] in ("auction", "raised"), row.to_dict()


# --- market reports: the trading is where a price moved; the time after it dates the move --------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The airline's shares slid 4% in early trading on Thursday.", "Thursday", "slid"),
    ("Copper rose 1.2% in London trade on Monday.", "Monday", "rose"),
    ("The index ended 0.5% lower in a choppy session on Friday.", "Friday", "ended"),
])
def test_time_after_a_market_setting_dates_the_move(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    # trading as the event itself; a fronted setting is left as it is
    ("Trading in the shares was halted on Tuesday.", "Tuesday", "halted"),
    ("The late session on Friday ran past midnight.", "Friday", "session"),
])
def test_market_setting_negatives(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- "until" after a verb that moves an event: when it now happens, not a stretch from now --------------------

@pytest.mark.parametrize("text,timex,start,end", [
    ("The judge postponed the hearing until May.", "May", "2024-05-01", "2024-06-01"),
    ("The launch was put off until Friday.", "Friday", "2024-03-15", "2024-03-16"),
])
def test_until_after_a_rescheduling_verb_is_the_new_time(text, timex, start, end):
    row = row_of(text, timex, PUB)
    assert (str(row["start"])[:10], str(row["end"])[:10]) == (start, end), row.to_dict()


@pytest.mark.parametrize("text,timex,start,end", [
    # an extension or a state lasts until then: the stretch from the report
    ("The ministry extended the deadline until Friday.", "Friday", "2024-03-13", "2024-03-16"),
    ("The museum will stay closed until May.", "May", "2024-03-13", "2024-06-01"),
])
def test_until_after_a_lasting_verb_is_a_stretch(text, timex, start, end):
    row = row_of(text, timex, PUB)
    assert (str(row["start"])[:10], str(row["end"])[:10]) == (start, end), row.to_dict()


@pytest.mark.parametrize("text,timex,trigger", [
    ("The referendum was put off until June.", "June", "referendum"),
    ("The hearing was delayed to Friday.", "Friday", "hearing"),
    # a person moved is no event: the verb stays
    ("The minister was delayed until Friday.", "Friday", "delayed"),
])
def test_passive_moved_event_is_the_row(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- a verb that only relates its subject to a dated event noun lends it no doer ---------------------------

@pytest.mark.parametrize("text,timex,trigger", [
    ("The curfew followed a wave of riots in 2020.", "2020", "riots"),
    ("The march marked the anniversary of the massacre in 1989.", "1989", "massacre"),
])
def test_relating_verb_gives_its_object_event_no_subject(text, timex, trigger):
    row = row_of(text, timex, PUB)
    assert row["trigger"] == trigger and _na(row["subject"]), row.to_dict()


def test_a_taking_part_verb_still_gives_its_subject():
    assert row_of("Spain won the 2010 final.", "2010", PUB)["subject"] == "Spain"


# --- "since at least X" is "since X" with a hedge: a record comparison stays one -----------------------------

def test_hedged_since_record_dates_nothing():
    row = row_of("Mortgage rates are the highest since at least 2001.", "2001", PUB)
    assert row["no_event"] == "record-comparison" and str(row["end"])[:4] == "2002", row.to_dict()


def test_hedged_since_state_is_an_interval():
    row = row_of("The plant has stood empty since at least 2015.", "2015", PUB)
    assert _na(row["no_event"]) and str(row["start"])[:10] == "2015-01-01" and str(row["end"])[:10] == "2024-03-14"


@pytest.mark.parametrize("text,flagged", [
    ("Gas prices have not been this low since 2016.", True),
    ("The lake has never been so full since 1983.", True),
    ("Gas prices have been low since 2016.", False),  # a state since then, no record
])
def test_negated_degree_since_is_a_record(text, flagged):
    row = row_of(text, text.split()[-1].rstrip("."), PUB)
    assert (row["no_event"] == "record-comparison") if flagged else _na(row["no_event"]), row.to_dict()


@pytest.mark.parametrize("text", [
    "The chain will open its first store in three weeks.",
    "The chain will open the first of its new stores in three weeks.",
])
def test_first_before_a_span_ahead_is_no_record(text):
    row = row_of(text, "three weeks", PUB)
    assert row["trigger"] == "open" and str(row["start"])[:10] == "2024-04-03", row.to_dict()


# --- "before the end of X" runs to X's end; "put ... to a vote" is the vote, by the verb's subject ----------

def test_before_the_end_of_the_year_runs_to_its_end():
    row = row_of("The council hopes to approve the budget before the end of the year.", "the end of the year", PUB)
    assert (str(row["start"])[:10], str(row["end"])[:10]) == ("2024-03-13", "2025-01-01") and not row["asserted"]


@pytest.mark.parametrize("text,timex,subject,event", [
    ("The speaker will bring the bill to a vote on Tuesday.", "Tuesday", "The speaker",
     "The speaker will bring the bill to a vote"),
    ("Senators put the treaty to a vote on Monday.", "Monday", "Senators", "Senators put the treaty to a vote"),
])
def test_light_verb_preposition_to_a_vote(text, timex, subject, event):
    row = row_of(text, timex, PUB)
    assert (row["trigger"], row["subject"], row["event"]) == ("vote", subject, event), row.to_dict()


# --- a currency name that is also a verb form is no predicate after an amount --------------------------------

def test_korean_won_is_no_verb():
    row = row_of("The company reported a profit of 2.4 trillion won for the third quarter.", "the third quarter", PUB)
    assert row["trigger"] == "reported", row.to_dict()


def test_won_as_a_verb_stays_one():
    assert row_of("Korea won 3-1 on Sunday.", "Sunday", PUB)["trigger"] == "won"


def test_source_hung_on_the_dateline_is_named():
    text = ("GENEVA (AP) — The World Health Organization said Monday that a new strain had been found in cattle "
            "in three more countries since the start of the year.")
    row = row_of(text, "the start of the year", PUB)
    assert row["source"] == "The World Health Organization", row.to_dict()


# --- a surname the small model tags as a common noun; a first name left out of the entity -----------------

def test_pronoun_after_a_surname_tagged_as_a_noun():
    text = ("When Ana Lucia Reyes opened her bakery in Oaxaca in 2009, she had no oven. Then the pandemic hit. "
            "The bakery closed for four months in 2020, and Reyes laid off half her staff. "
            "She reopened that August with a takeout window.")
    row = row_of(text, "that August", PUB)
    assert (row["subject"], str(row["start"])[:10]) == ("Reyes", "2020-08-01"), row.to_dict()
    assert row_of(text, "2009", PUB)["subject"] == "Ana Lucia Reyes"


@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("By 2015 she employed 14 people, and the following spring a food magazine named her bread the best.",
     "the following spring", "named", "a food magazine"),
])
def test_clause_right_after_a_time_is_its_event(text, timex, trigger, subject):
    row = row_of(text, timex, PUB)
    assert (row["trigger"], row["subject"]) == (trigger, subject), row.to_dict()


def test_relative_clause_with_that_describes_the_time():
    assert row_of("Sales rose in the year that the war ended.", "the year", PUB)["trigger"] == "rose"


def test_reported_speech_summary_shows_no_dateline():
    text = ("LONDON (Reuters) - British scientists said on Wednesday they had grown the first human embryo models "
            "from stem cells, a step they hope will shed light on miscarriages.")
    row = row_of(text, "Wednesday", PUB)
    assert "LONDON" not in row["event"] and "Reuters" not in row["event"], row["event"]


@pytest.mark.parametrize("text,timex", [
    ("Djokovic first won the title in 2016.", "2016"),  # an ordinal before "won" is no amount
    ("England, who in 1966 won the World Cup, lost on Sunday.", "1966"),  # a year before it neither
])
def test_won_after_an_ordinal_or_a_year_is_a_verb(text, timex):
    assert row_of(text, timex, PUB)["trigger"] == "won"


# --- one verb, two times of its own ("in 2016 and again in 2021"): both rows are the verb's, headlines clean ----

@pytest.mark.parametrize("text,timex", [
    ("Djokovic first won the tournament in 2016 and again in 2021.", "2016"),
    ("Djokovic first won the tournament in 2016 and again in 2021.", "2021"),
    ("The firm grew in 2015 and in 2016.", "2015"),
])
def test_a_verb_with_two_times_keeps_both_rows_clean(text, timex):
    row = row_of(text, timex, PUB)
    assert row["trigger"] in ("won", "grew") and not row["event"].endswith((" in", " and", " again")), row.to_dict()
    assert " in and " not in row["event"] and timex not in row["event"], row["event"]


@pytest.mark.parametrize("text,timex,trigger", [
    ("She will return to No. 1 in the rankings on Monday.", "Monday", "return"),
    ("The club climbed to third in the standings on Sunday.", "Sunday", "climbed"),
])
def test_lists_with_event_suffixes_are_no_events(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


@pytest.mark.parametrize("text,timex,trigger", [
    ("The board approved the merger on a 7-2 vote on Thursday.", "Thursday", "approved"),
    ("The firm announced the deal on a conference call on Tuesday.", "Tuesday", "announced"),
])
def test_act_on_an_occasion_is_the_row(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


def test_a_vote_alone_is_its_own_row():
    assert row_of("The vote on Thursday was close.", "Thursday", PUB)["trigger"] == "vote"


def test_present_perfect_until_ahead_runs_from_the_report():
    row = row_of("The city has banned outdoor concerts until the end of the month.", "the end of the month", PUB)
    assert str(row["start"])[:10] == "2024-03-13", row.to_dict()


def test_past_until_stays_a_point():
    row = row_of("The strike lasted until Sunday.", "Sunday", PUB)
    assert str(row["start"])[:10] == "2024-03-10", row.to_dict()


def test_a_bare_time_inside_the_subjects_aside_is_no_part_of_it():
    row = row_of("The heat wave, the second this month, is expected to last until Sunday.", "Sunday", PUB)
    assert row["subject"] == "The heat wave", row.to_dict()


# --- no sentence break after an abbreviation's full stop before a lower-case word ------------------------------

def test_no_sentence_break_after_a_clock_abbreviation():
    text = ("ANTALYA, Turkey (AP) — Agriculture and Forestry Minister Ibrahim Yumakli said at a news conference in "
            "Ankara at 10:30 a.m. local time (0730 GMT) that the fire was \"largely under control\" but warned that "
            "temperatures of more than 40 C (104 F) were forecast until the weekend.")
    rows = rows_of(text, PUB)
    assert set(rows["sentence"]) == {text.split("— ")[1]}, rows["sentence"].tolist()


def test_no_sentence_break_inside_initials():
    row = row_of("The regulator said at 4 p.m. on Tuesday that it had approved the merger of the U.S. carriers.",
                 "4 p.m. on Tuesday", PUB)
    assert row["subject"] == "The regulator" and row["sentence"].endswith("U.S. carriers."), row.to_dict()


def test_a_capital_after_an_abbreviation_is_left_to_the_model():
    # negative: only a lower-case word is held to the sentence before; here the row keeps its own subject
    row = row_of("The talks ended at 5 p.m. The minister left on Thursday.", "Thursday", PUB)
    assert row["subject"] == "The minister" and row["trigger"] == "left"
