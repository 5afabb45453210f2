"""Events follow-up helper f16e (issue 12): hour offsets off a day-only anchor, gapped objects of any verb, onset
participles ('starting next month') as the clause verb's time, 'it' after an if-clause and after a possessed subject,
and a few intervals. Sentences written here (not from any corpus or held-out text); the probe
(``tests/data/events_probe20/probe.json``) was committed before the tool ran on it. ``python tests/test_events_v20.py``
prints every probe row."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import row_of, rows_of  # noqa: E402,F401
from events_probe import day as _day, print_probe, probe_score  # noqa: E402

PROBE = Path(__file__).parent / "data" / "events_probe20" / "probe.json"
PUB = "2025-03-14"


def _probe_score() -> tuple[int, list[str]]:
    return probe_score(PROBE, PUB, rows_of)


def main() -> None:
    print_probe(_probe_score(), "probe20")


if __name__ == "__main__":
    main()


def _na(v) -> bool:
    return v is None or (not isinstance(v, str) and pd.isna(v))


# --- 1: an offset in hours off a day-only anchor never lands on the anchor's day ------------------------------------

def test_hours_before_day_anchor_move_the_clock_not_the_day():
    from timeline.events.interval import _moved_span
    import datetime as dt
    tue, wed = dt.datetime(2023, 2, 7), dt.datetime(2023, 2, 8)
    assert _moved_span(tue, wed, "H", -30) == (dt.datetime(2023, 2, 5), dt.datetime(2023, 2, 7))
    assert _moved_span(tue, wed, "H", -30, "MORE_THAN") == (dt.datetime(2023, 2, 4), dt.datetime(2023, 2, 7))
    assert _moved_span(tue, wed, "H", -12) == (dt.datetime(2023, 2, 6), dt.datetime(2023, 2, 8))
    # negative: whole days move the date as before
    assert _moved_span(tue, wed, "D", -3) == (dt.datetime(2023, 2, 4), dt.datetime(2023, 2, 5))


@pytest.mark.parametrize("text,timex,pub,latest", [
    ("Crews found the missing hiker on Sunday, more than 50 hours after the avalanche.", "50 hours", "2024-11-20",
     "2024-11-16"),
    ("Rescuers reached the village on Friday, 12 hours after the landslide.", "12 hours", "2024-11-20", "2024-11-15"),
])
def test_hour_offset_row_not_on_anchor_day(text, timex, pub, latest):
    df = rows_of(text, pub)
    hit = df[df["timex_text"].fillna("").str.contains(timex, regex=False)]
    if hit.empty or not _na(hit.iloc[0]["no_event"]):
        return  # no row is right too
    assert _day(hit.iloc[0]["start"]) <= latest


@pytest.mark.parametrize("text,timex,pub,start", [
    # negative: a day offset off a day anchor keeps its day
    ("The mayor resigned on Friday, three days after his indictment.", "three days", "2024-11-20", "2024-11-12"),
])
def test_day_offset_keeps_day(text, timex, pub, start):
    assert _day(row_of(text, timex, pub)["start"]) == start


# --- 2: a gapped second object of any verb, and one whose noun is left out ----------------------------------------------

@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("The choir sang the anthem in Cardiff in May and the hymn in Swansea in June.", "June", "sang", "The choir"),
    ("The club won the league in July and the league cup in August.", "August", "won", "The club"),
    ("He won his first title in 2000 and his last in 2010.", "2010", "won", "He"),
    ("The team lost the semi-final in 2018 and the final in 2022.", "2022", "lost", "The team"),
    ("The studio released its first film in 1995 and its second in 1998.", "1998", "released", "The studio"),
    # negatives: a clause of its own after "and", a light verb's second event noun
    ("The club signed a striker in July and the deal collapsed in August.", "August", "collapsed", "the deal"),
    ("The council held talks on Monday and a vote on Friday.", "Friday", "vote", "The council"),
])
def test_gapped_second_object(text, timex, trigger, subject):
    r = row_of(text, timex, PUB)
    assert (r["trigger"], r["subject"]) == (trigger, subject)


# --- 3: an onset word on a noun in the verb's object or phrase is the verb's time preposition --------------------------

@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("The ferry line will cut fares for students starting next month.", "next month", "cut", "The ferry line"),
    ("The bank will charge a fee for paper statements to older customers effective June 1.", "June 1", "charge",
     "The bank"),
    ("The firm raised prices for members effective in January.", "January", "raised", "The firm"),
    # negatives: an onset word on a subject, a participle with its own object, a verb "starting" itself
    ("Workers starting next month will get a badge.", "next month", "starting", "Workers"),
    ("The new coach is starting his job next week.", "next week", "starting", "The new coach"),
])
def test_onset_word_on_noun_dates_the_verb(text, timex, trigger, subject):
    r = row_of(text, timex, PUB)
    assert (r["trigger"], r["subject"]) == (trigger, subject)


# --- 5: the events side reads tense with the document's publication date ---------------------------------------------

def test_record_span_tense_gets_pub_date(monkeypatch):
    import datetime as dt
    import timeline.events.grammar as g
    seen, orig = [], g.read_tense
    monkeypatch.setattr(g, "read_tense", lambda span, pub_date=None: seen.append(pub_date) or orig(span, pub_date))
    rows_of("Car sales posted their biggest rise in years on Monday.", PUB)
    assert seen and all(p == dt.date(2025, 3, 14) for p in seen)


def test_hours_off_a_month_anchor_keep_the_month():
    from timeline.events.interval import _moved_span
    import datetime as dt
    mar, apr = dt.datetime(2019, 3, 1), dt.datetime(2019, 4, 1)
    assert _moved_span(mar, apr, "H", 5) == (mar, apr)


# --- 4: "it" after an if-clause takes its object-bearing verb's subject; "it" under an owned event is the owner ---------

@pytest.mark.parametrize("text,timex,trigger,subject", [
    ("If the treaty is ratified, it would take effect on May 1.", "May 1", "take", "the treaty"),
    ("If the levy passes, it will take effect in July.", "July", "take", "the levy"),
    # negatives: a placeholder "it" with a length or an amount stays a placeholder
    ("In 2020 it took two years to print the atlas.", "2020", "took", "it"),
])
def test_it_with_doers_object_is_no_placeholder(text, timex, trigger, subject):
    r = row_of(text, timex, PUB)
    assert (r["trigger"], r["subject"]) == (trigger, subject)


@pytest.mark.parametrize("text,trigger,subject", [
    ("The club was founded in 1920. Its last win came on March 20, when it beat Harford 2-1.", "beat", "The club"),
    ("Dunmore Rovers have struggled this season. Its only victory came on February 2, when it beat Carlow 3-0.",
     "beat", "Dunmore Rovers"),
    ("The team's first defeat came in May, when it lost to Leeds.", "lost", "The team"),
    # negative: the main clause's event itself is what the clause says of it
    ("The launch came on May 2, when it was delayed by rain.", "delayed", "The launch"),
])
def test_it_under_owned_event_is_the_owner(text, trigger, subject):
    df = rows_of(text, PUB)
    r = df[df["trigger"] == trigger].iloc[0]
    assert r["subject"] == subject


# --- 6: "within the next year" counts on from the report; a time that is a topic dates nothing --------------------------

@pytest.mark.parametrize("text,timex,start,end", [
    ("The company expects to hire 500 engineers within the next year.", "the next year", "2025-03-14", "2026-03-14"),
    ("Prices will rise over the coming month.", "the coming month", "2025-03-14", "2025-04-14"),
])
def test_forward_stretch_from_report(text, timex, start, end):
    r = row_of(text, timex, PUB)
    assert (_day(r["start"]), _day(r["end"])) == (start, end)


def test_next_year_without_stretch_cue_keeps_the_calendar_year():
    r = row_of("The firm will open a plant in Ohio next year.", "next year", PUB)
    assert (_day(r["start"]), _day(r["end"])) == ("2026-01-01", "2027-01-01")


@pytest.mark.parametrize("text,timex", [
    ("The author talked about the 1980s at a festival on Monday.", "the 1980s"),
    ("The museum will open a show about 1968 in May.", "1968"),
])
def test_topic_time_dates_nothing(text, timex):
    r = row_of(text, timex, PUB)
    assert r["no_event"] == "topic"


@pytest.mark.parametrize("text,timex,trigger", [
    # negatives: "about" as "roughly", and a time owned by a noun after "about"
    ("The meeting started at about 3 p.m. on Monday.", "3 p.m.", "started"),
    ("The museum will open a show about 1968 in May.", "May", "open"),
])
def test_about_not_a_topic(text, timex, trigger):
    assert row_of(text, timex, PUB)["trigger"] == trigger


# --- 6: a negated verb before a past time holds up to that time's start ------------------------------------------------

@pytest.mark.parametrize("text,timex,end", [
    ("The singer had never acted before last year.", "last year", "2024-01-01"),
    ("The pilot had not flown a jet before 2019.", "2019", "2019-01-01"),
])
def test_negated_before_past_time_ends_at_its_start(text, timex, end):
    r = row_of(text, timex, PUB)
    assert _day(r["end"]) == end and _na(r["start"])


@pytest.mark.parametrize("text,timex,start,end", [
    # negatives: an affirmative past "before" keeps the time's own period; a future one runs from the report
    ("The bridge was built before 1990.", "1990", "1990-01-01", "1991-01-01"),
    ("The deal will not close before June.", "June", "2025-03-14", "2025-06-01"),
])
def test_before_other_cases_unchanged(text, timex, start, end):
    r = row_of(text, timex, PUB)
    assert (_day(r["start"]), _day(r["end"])) == (start, end)
