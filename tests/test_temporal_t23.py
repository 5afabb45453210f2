"""Temporal helper t23 (issue 11, generalisation to unseen news): tests/data/temporal_probe_t23, twelve wire-style
texts of our own in kinds the earlier probes lack, annotated and committed before the tagger ran on them, scored by
overlap as tests/temporal_probe.py does; and the classes fixed from it, each with positive and negative sentences of
our own. ``python tests/test_temporal_t23.py`` prints the probe's misses, wrong values and spurious spans."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, gold_offsets, load  # noqa: E402
from test_temporal_news3 import _check  # noqa: E402  (one set of probe helpers)

import timeline  # noqa: E402

DATA = Path(__file__).parent / "data" / "temporal_probe_t23"
ARTICLES = load(DATA)
PROBE = ProbeSet(ARTICLES, {})
DATA_B = Path(__file__).parent / "data" / "temporal_probe_t23b"
ARTICLES_B = load(DATA_B)
PROBE_B = ProbeSet(ARTICLES_B, {})

# The sets' figures. t23 (130 gold, 112 scored values), first run (commit 9ca2e62): 129 found, 110 right, one
# spurious span ("May", a widow's name). t23b (82 gold, 75 scored), first run (commit 050fa07): 80 found, 72 right.
# Two of t23b's gold entries turned out to go against the dev corpus's own usage and are left as they were written
# (not chased): "the foreseeable future" (FUTURE_REF in the gold; both in the tuned half are untagged) and "the first
# three months of 1991" (1991-Q1 in the gold; the tuned half writes "the first nine months" DURATION P9M). Also left:
# "last spring" said in October (2016-SP; reading it as this year's was dropped by t22b on the dev check half),
# "overnight" at a clause's end (kept off on purpose, rules/times.py) and "the fourth year" of a contract (no value).
# Floors at the end figures (raise, never lower).
FLOOR_FOUND, FLOOR_RIGHT = 129, 111
FLOOR_B_FOUND, FLOOR_B_RIGHT = 80, 73


def test_probe_t23_floor():
    found, right = PROBE.found_and_right()
    assert found >= FLOOR_FOUND and right >= FLOOR_RIGHT, (found, right)


def test_probe_t23b_floor():
    found, right = PROBE_B.found_and_right()
    assert found >= FLOOR_B_FOUND and right >= FLOOR_B_RIGHT, (found, right)


@pytest.mark.parametrize("probe", [PROBE, PROBE_B], ids=["t23", "t23b"])
def test_probe_no_spurious_span(probe):
    spurious = {name: probe.spurious(name) for name in probe.articles}
    assert not any(spurious.values()), spurious


# 1. "His wife of 52 years, May, died": a month that is also a given name (vocab appositive_name_months), set off by
# commas with a finite verb right after, is a person in apposition (was: the month). A list of months, a month with
# a day, a month named as one ("The busiest month, August, saw") and a clause between commas stay times.
APPOSITIVE = ["His wife of 52 years, May, died in 1994.", "Her sister, April, lives in Ohio.",
              "His daughter, June, said the family would appeal."]


@pytest.mark.parametrize("sentence", APPOSITIVE)
def test_appositive_name_is_no_month(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date="1997-06-12") if t.text in ("May", "April", "June")]


MONTH_LISTS = [
    ("Sales rose in April, May, and June.", "May", "DATE", "1997-05", None, "1997-06-12"),
    ("Prices fell in April, May, rose again in June.", "May", "DATE", "1997-05", None, "1997-06-12"),
    ("The busiest month, August, saw record crowds.", "August", "DATE", "1996-08", None, "1997-06-12"),
    ("The vote, held in May, was close.", "May", "DATE", "1997-05", None, "1997-06-12"),
    ("The board met on Friday, May 9, to vote.", "Friday, May 9", "DATE", "1997-05-09", None, "1997-06-12"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", MONTH_LISTS)
def test_months_in_lists_stay_times(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 2. "reached a verdict shortly after 1:15 p.m. Sentencing is scheduled for Nov. 29": after a clock's "p.m." a
# capitalised word and a finite auxiliary open the next sentence (vocab sentence_openers_after_clock
# subject_then_auxiliaries; was: the small model ran the sentence on, and the present "is" made the clock time the
# publication day's instead of the story's Monday). A weekday, month or zone word after the clock stays with it.
CLOCK_STOP = [
    ("A jury on Monday found him guilty in the death of a patient in June 2009. The jurors reached a verdict "
     "shortly after 1:15 p.m. Sentencing is scheduled for Nov. 29.", "1:15 p.m.", "TIME", "2011-11-07T13:15", None,
     "2011-11-08"),
    ("Police on Sunday arrested a man wanted since 2004. He was stopped at 11:30 p.m. Officers are still questioning "
     "him.", "11:30 p.m.", "TIME", "2011-11-06T23:30", None, "2011-11-08"),
    # negatives: a day or a zone after the clock is part of it
    ("The fire began at 10 p.m. Tuesday and was out by dawn.", "10 p.m. Tuesday", "TIME", "2011-11-08T22:00", None,
     "2011-11-09"),
    ("The plane landed at 9 a.m. Eastern time.", "9 a.m. Eastern time", "TIME", "2011-11-08T09:00", None,
     "2011-11-08"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", CLOCK_STOP)
def test_subject_after_clock_opens_a_sentence(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("text,breaks", [
    ("after 1:15 p.m. Sentencing is scheduled", True), ("at 3 a.m. Rescuers were digging", True),
    ("at 10 p.m. Tuesday was quiet", False), ("at 9 a.m. Eastern time was", False), ("at 2 p.m. Aug. 5 was", False),
    ("at 5 p.m. Moscow time", False)])
def test_clock_stop_pattern(text, breaks):
    from timeline.pipeline.pieces import _clock_stop_pattern
    assert bool(_clock_stop_pattern().search(text)) is breaks


# 3. "a once-a-day pill", "a three-times-a-week clinic": a hyphenated count per unit is one set (rule
# sets.times_per_compound; was: "a-day" a length of one day). Not "once a day care center".
COMPOUND_SETS = [
    ("Regulators approved a once-a-day pill for the disease.", "once-a-day", "SET", "P1D", None, "2005-08-31"),
    ("She runs a three-times-a-week clinic.", "three-times-a-week", "SET", "P1W", None, "2005-08-31"),
    ("The twice-a-year audit found errors.", "twice-a-year", "SET", "P1Y", None, "2005-08-31"),
    ("They meet twice a year.", "twice a year", "SET", "P1Y", None, "2005-08-31"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", COMPOUND_SETS)
def test_hyphenated_count_per_unit(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


def test_day_care_is_no_set():
    assert not timeline.tag("It was once a day care center.", pub_date="2005-08-31")


# 4. "crashed on Thursday. A flight planned for Sept. 22 could be delayed. Two days earlier, a cargo ship had
# undocked": a count of days or weeks from the story told in the past goes back from the last day the story told
# that had come by the publication date, not from a plan still ahead (was: Sept. 20). A count told ahead keeps the
# plan; with no plan the story's day is read as before.
PAST_COUNT = [
    ("The rocket crashed on Thursday. A flight planned for Sept. 22 could be delayed. Two days earlier, a cargo ship "
     "had undocked from the station.", "Two days earlier", "DATE", "2011-08-23", None, "2011-08-25"),
    ("The rocket crashed on Thursday. The next launch is set for Sept. 22. A week earlier, engineers found a leak.",
     "A week earlier", "DATE", "2011-08-18", None, "2011-08-25"),
    # negatives
    ("The rocket crashed on Thursday. A flight planned for Sept. 22 could be delayed. Two days earlier, crews will "
     "fuel the rocket.", "Two days earlier", "DATE", "2011-09-20", None, "2011-08-25"),
    ("The rocket crashed on Thursday. A flight is planned for Sept. 22. A week later, a second flight will follow.",
     "A week later", "DATE", "2011-09-29", None, "2011-08-25"),
    ("The company opened a plant on Aug. 3. Two weeks later, it closed another.", "Two weeks later", "DATE",
     "2011-08-17", None, "2011-08-25"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", PAST_COUNT)
def test_past_count_not_from_a_plan(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 5. "The hearing was moved to Tuesday", "the vote was shifted to Monday": a move to a new day is a delay, its target
# after the report as after "postponed to" (vocab postponing_words: move, shift, switch; was: the Tuesday gone by).
# A move to a place, or a move on a day, keeps its past.
MOVED_TO = [
    ("The hearing was moved to Tuesday.", "Tuesday", "DATE", "1999-06-22", None, "1999-06-16"),
    ("The vote was shifted to Monday, officials said.", "Monday", "DATE", "1999-06-21", None, "1999-06-16"),
    ("The final was switched to Saturday because of rain.", "Saturday", "DATE", "1999-06-19", None, "1999-06-16"),
    # negatives
    ("He moved to Chicago on Tuesday.", "Tuesday", "DATE", "1999-06-15", None, "1999-06-16"),
    ("The storm moved to the east on Monday.", "Monday", "DATE", "1999-06-14", None, "1999-06-16"),
    ("The family moved to Ohio in May.", "May", "DATE", "1999-05", None, "1999-06-16"),
    ("Troops moved into the town on Tuesday.", "Tuesday", "DATE", "1999-06-15", None, "1999-06-16"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", MOVED_TO)
def test_moved_to_a_day_looks_ahead(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 6. "The deadline is 1700 GMT", "the 1700 GMT deadline": four digits and a zone after a copula (vocab clock_copulas),
# or between a determiner and a clock head, are a clock time as after "at" (was: no timex). A restatement in
# brackets stays untagged (rounds 5, 11 and 14 found tagging it costs), and four digits with no zone are left alone.
FOUR_DIGITS = [
    ("The deadline is 1700 EST.", "1700 EST", "TIME", "1999-06-16T17:00", None, "1999-06-16"),
    ("Kickoff was 1900 local time.", "1900 local time", "TIME", "1999-06-16T19:00", None, "1999-06-16"),
    ("The 1700 GMT deadline passed without a reply.", "1700 GMT", "TIME", "1999-06-16T17:00Z", None, "1999-06-16"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", FOUR_DIGITS)
def test_four_digit_clock_after_copula(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["The plane landed at 8 a.m. local time (0600 GMT).", "The 0630 flight was late.",
                                      "The total was 2300 people."])
def test_four_digits_left_alone(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date="1999-06-16") if t.text[:1].isdigit() and "a.m." not in t.text]


# 7. "The July floods killed 20 people", "The August holidays ended": a month before the noun that opens the clause
# and does a simple past is told as over, with no slack (tense._attributive; was: the month 75 days' slack ahead,
# July 1999 said in June 1999). A passive ("The April 3 meeting was cancelled"), an object ("blamed the July
# floods"), a reported clause or a present keep the slack that reported schedules need.
ATTRIBUTIVE_PAST = [
    ("The July floods killed 20 people.", "July", "DATE", "1998-07", None, "1999-06-16"),
    ("The August holidays ended quietly.", "August", "DATE", "1998-08", None, "1999-06-16"),
    ("The July flash floods killed 20 people.", "July", "DATE", "1998-07", None, "1999-06-16"),
    # negatives
    ("Officials blamed the July floods.", "July", "DATE", "1999-07", None, "1999-06-16"),
    ("Officials said the July floods killed 20 people.", "July", "DATE", "1999-07", None, "1999-06-16"),
    ("The July deadline looms.", "July", "DATE", "1999-07", None, "1999-06-16"),
    ("The July 20 meeting was cancelled.", "July 20", "DATE", "1999-07-20", None, "1999-06-16"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", ATTRIBUTIVE_PAST)
def test_month_before_a_past_subject(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


def report(articles=ARTICLES, probe=PROBE) -> None:
    for name, art in articles.items():
        for start, end, type_, value, _ in gold_offsets(art):
            hits = probe.hits(name, start, end)
            span = art["text"][start:end]
            got = [(t.text, t.type, t.value) for t in hits]
            if not hits:
                print(f"MISS  {name}: {span!r} ({type_} {value})")
            elif value is not None and (type_, value) not in {(t.type, t.value) for t in hits}:
                print(f"VALUE {name}: {span!r} gold {type_} {value}, got {got}")
        for text, value in probe.spurious(name):
            print(f"SPUR  {name}: {text!r} {value}")
    print(probe.found_and_right(), "of", sum(len(a["gold"]) for a in articles.values()))


if __name__ == "__main__":
    report()
    report(ARTICLES_B, PROBE_B)
