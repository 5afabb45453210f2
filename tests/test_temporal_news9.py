"""Issue 11, ninth round: articles of tests/data/temporal_probe9 (written for these tests, not taken from any
corpus, annotated before the tagger was run on them) and the fixes made after them, each with cases where the
reading must stay as it was.

Each gold expression must be found (a tagged span overlapping it: the TempEval relaxed match) with the gold
type and value; every tagged span must overlap a gold or an optional expression (no spurious spans). Cases
still failing are marked xfail with the reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import timeline

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, found as _found, load  # noqa: E402

DATA = Path(__file__).parent / "data" / "temporal_probe9"
ARTICLES = load(DATA)

_AT_THE_TIME = ("'at the time' as the story's time (a rule with its story named in this sentence or the one before, "
                "'by the time he arrived', 'at the time of', 'at the time he was' left out) was tried and dropped: "
                "one more spurious span on the dev check half (value 0.8226 -> 0.8222), nothing on the tuned half")
# (article, span, nth occurrence among that article's gold entries with this span) -> reason
XFAIL: dict[tuple[str, str, int], str] = {
    ("h_mine", "the time", 1): _AT_THE_TIME,
    ("i_transit", "the time", 1): _AT_THE_TIME,
    ("j_corn", "December", 1): "a month before a futures noun ('the December contract') as the month's next coming: "
                               "the rule was reverted (it put reported past months ahead: 'Boeing's March deliveries "
                               "rose' as next March)",
    ("j_corn", "Recent", 1): "adjective 'recent' alone (PAST_REF) is tagged 3 of the 7 times in the dev tuned half "
                             "('the recent bomb attacks', 'a recent analyst's estimate' are not): as many spurious "
                             "spans as values to gain, so left untagged",
    ("k_pharma", "mid-June", 1): "'had expected a decision in mid-June' is a past perfect, which tense.py reads as a "
                                 "plan already behind the report; only the sentence before ('by June 28, two weeks later "
                                 "than planned') shows the month lies ahead",
}

PROBE = ProbeSet(ARTICLES, XFAIL)


@pytest.mark.parametrize("name,start,end,type_,value", list(PROBE.gold_cases()))
def test_gold_expression_found_with_its_value(name, start, end, type_, value):
    hits = PROBE.hits(name, start, end)
    assert hits, f"missed {ARTICLES[name]['text'][start:end]!r}"
    if value is not None:
        got = {(t.type, t.value) for t in hits}
        assert (type_, value) in got, got


@pytest.mark.parametrize("name", list(ARTICLES))
def test_no_spurious_span(name):
    spurious = PROBE.spurious(name)
    assert not spurious, spurious


# The set's figures over all its articles, held just under what the tagger reaches: first run (before this round's
# fixes) 170 of 175 gold expressions found, 152 of the 168 with a value right (type and value), 0 spurious spans;
# after it 172 found, 159 right, 0 spurious. The lead then reverted two of the round's rules that a reviewer found
# wrong on sentences of their own (months before futures/delivery nouns: "Boeing's March deliveries rose" put a year
# ahead; the report day as the story's anchor: a later "will" clock time put before the report): 171 found, 158 right.
FLOOR_FOUND, FLOOR_RIGHT = 171, 158


def test_probe_set_floor():
    found, right = PROBE.found_and_right()
    assert found >= FLOOR_FOUND and right >= FLOOR_RIGHT, (found, right)


# 1. A proper noun in front of a verb is no auxiliary: the month "May" before a participle made its clause a
# modal's future ("hitting a record in May before falling": the participle read "may" as its modal).
# Published Wednesday 2022-08-24.
WED = "2022-08-24"


@pytest.mark.parametrize("sentence,span,value", [
    ("Prices have swung wildly, hitting a record in May before falling by mid-July.", "May", "2022-05"),
    ("Shares peaked in May before sliding in June.", "June", "2022-06"),
    # left as they were: the modal itself still looks forward
    ("The board may meet on Friday.", "Friday", "2022-08-26"),
    ("Talks might resume on Monday.", "Monday", "2022-08-29"),
])
def test_month_may_is_no_modal(sentence, span, value):
    assert _found(sentence, WED).get(span) == ("DATE", value)


# 2. A clock time that names no day, an hour of the morning the sentence moves forward to ("by", "until", "due to
# land at") after a story clock time in the evening or the night, is the next day's; the story moves on with it
# ("that evening" after it). A past perfect, "since" or "earlier" between the two, "the same day" after it, or a
# plain "at" keeps the story's day. Published Wednesday 2025-11-12.
WED2 = "2025-11-12"


@pytest.mark.parametrize("text,span,value", [
    ("The jet left Sydney at 21:45 on Tuesday and was due to land at 04:10.", "04:10", "2025-11-12T04:10"),
    ("The fire broke out at 11 p.m. on Saturday and was out by 2 a.m.", "2 a.m.", "2025-11-09T02:00"),
    ("The ferry sailed at 22:00 on Monday and was due to dock at 05:15. Inspectors boarded it that evening.",
     "that evening", "2025-11-11TEV"),
    ("The strike began at 10 p.m. on Sunday and lasted until 4 a.m.", "4 a.m.", "2025-11-10T04:00"),
    # left on the story's day: a morning told plainly after an evening is as often background told out of order,
    # or the text says it is the same day (lead findings 5A)
    ("Polls closed at 8 p.m. Tuesday. Counting ended at 3 a.m.", "3 a.m.", "2025-11-11T03:00"),
    ("Voting ended at 8 p.m. on Sunday, after polls opened at 7 a.m.", "7 a.m.", "2025-11-09T07:00"),
    ("The race started at 8 p.m. on Sunday. Qualifying took place at 11 a.m.", "11 a.m.", "2025-11-09T11:00"),
    ("The bar closed at 11 p.m. on Friday and the fight started by 10 a.m. on the same day.",
     "10 a.m. on the same day", "2025-11-07T10:00"),
    ("The quake struck at 7:30 p.m. local time (10:30 a.m. GMT) on Friday.", "10:30 a.m. GMT", "2025-11-07T10:30Z"),
    ("Guards left at 11 p.m. Saturday. They had locked the gate at 6 a.m.", "6 a.m.", "2025-11-08T06:00"),
    ("Police were called at 10:30 p.m. Friday. Earlier, at 9 a.m., a man was seen.", "9 a.m.", "2025-11-07T09:00"),
    ("The vote closed at 8 p.m. on Tuesday. Results came at 10 p.m.", "10 p.m.", "2025-11-11T22:00"),
    ("The office opened at 9 a.m. Monday and closed at 5 p.m.", "5 p.m.", "2025-11-10T17:00"),
    ("The train left at 19:00 on Sunday. On Monday it was due at 07:30.", "07:30", "2025-11-10T07:30"),
])
def test_morning_after_a_late_clock_is_the_next_day(text, span, value):
    found = _found(text, WED2)
    assert found.get(span, (None, None))[1] == value, found


# 3. "by the end of the week" (the start, the middle of a period): the story's period, unless the clause looks
# ahead from a story time already behind the publication date, when it is the publication's. Published Monday
# 2025-02-10.
MON = "2025-02-10"


@pytest.mark.parametrize("text,span,value", [
    ("Rescuers reached the miners on Saturday. Inspectors will visit by the end of the week.",
     "the end of the week", "2025-W07"),
    # left as they were: a past clause, a story time ahead, no story time
    ("Rescuers reached the miners on Saturday, Feb. 1. By the end of the week, all were home.",
     "the end of the week", "2025-W05"),
    ("The mine closed in 2019. By the middle of the year, the town had emptied.", "the middle of the year", "2019"),
    ("Talks will resume on March 3 and should end by the end of the month.", "the end of the month", "2025-03"),
    ("Troops should arrive by the end of the month.", "the end of the month", "2025-02"),
    # a reported "would" keeps the period of the saying (lead findings 5B)
    ("The minister said last Thursday that a decision would come by the end of the week.", "the end of the week",
     "2025-W06"),
    ("The company said on Friday that it would respond by the end of the week.", "the end of the week", "2025-W06"),
])
def test_period_part_looking_ahead(text, span, value):
    assert _found(text, MON).get(span) == ("DATE", value)


# 4. Two months, seasons or days joined by "and" or "or" with the year said once at the end share it ("in March or
# April 2027", "the spring or summer of 2027"); the year before when that keeps the first before the second
# ("December and January 2027"). Published Tuesday 2023-04-18.
TUE = "2023-04-18"


@pytest.mark.parametrize("text,span,value", [
    ("The line will open in the spring or summer of 2027.", "the spring", "2027-SP"),
    ("It will open in March or April 2027.", "March", "2027-03"),
    ("Hearings are set for May 3 and June 5, 2027.", "May 3", "2027-05-03"),
    ("Crews will work in December and January 2027.", "December", "2026-12"),
    # left as they were: no year said, a year of another kind, a comma list
    ("Sales rose in May and June.", "May", "2022-05"),
    ("Output fell in June and will recover in 2027.", "June", "2022-06"),
    ("It rained in March, and in April 2024 it snowed.", "March", "2023-03"),
])
def test_coordinated_dates_share_the_year(text, span, value):
    assert _found(text, TUE).get(span) == ("DATE", value)


# 5. A bare plural that says how long before or after an event something happened is a duration of unknown length
# ("hours before the deadline"), after a comma, the sentence's start, a verb or an adverb; inside a noun phrase
# ("in the days after the storm") or after a count it is not. Published Friday 2023-09-01.
FRI = "2023-09-01"


@pytest.mark.parametrize("text,span,value", [
    ("Chelsea signed him on Friday, hours before the 23:00 BST deadline.", "hours", "PTXH"),
    ("The bank collapsed weeks after the audit.", "weeks", "PXW"),
    ("He died just days after his release.", "days", "PXD"),
    ("Days after the vote, protests began.", "Days", "PXD"),
    ("Hours after the blast, police sealed the street.", "Hours", "PTXH"),
])
def test_bare_plural_before_an_event(text, span, value):
    assert _found(text, FRI).get(span) == ("DURATION", value)


@pytest.mark.parametrize("text", [
    "The first hours after the quake were chaotic.",
    "Voters queued in the hours before dawn.",
    "Hours before that, he had called.",
    "Only the weeks before Christmas mattered.",
    # a meeting's record (lead findings 5C)
    "The Fed released minutes after its meeting on Wednesday.",
    "The council published minutes before the vote on Tuesday.",
])
def test_bare_plural_in_a_noun_phrase_is_no_duration(text):
    assert not [t for t in timeline.tag(text, pub_date=FRI) if t.type == "DURATION"]


# 6. "over" before a counted duration is the preposition that spans the period ("killed 700 people over six months"),
# which stays out of the time with no mod (lead finding 3a), only after an amount counted earlier in its clause or
# opening its sentence; otherwise, and always after a word that measures the stretch ("lasted over a week", "for
# over six months", "has over 20 years"), it is "more than".
@pytest.mark.parametrize("text,span,mod", [
    ("The last outbreak, in 2017, killed more than 700 people over six months.", "six months", None),
    ("Prosecutors said he accepted $250,000 in cash over three years.", "three years", None),
    ("Over six months, the team built a prototype.", "six months", None),
    # left as they were: "more than"
    ("The tour is likely to last over a week.", "over a week", "MORE_THAN"),
    ("He was jailed for over six months.", "over six months", "MORE_THAN"),
    ("It has been over a year since the vote.", "over a year", "MORE_THAN"),
    ("She has over 20 years of experience.", "over 20 years", "MORE_THAN"),
    ("He served more than six months.", "more than six months", "MORE_THAN"),
    # reviewer 2's sentences: without an amount counted before it in its clause, "over" stays "more than"
    ("She has worked there over 15 years.", "over 15 years", "MORE_THAN"),
    ("The project is running over two years late.", "over two years", "MORE_THAN"),
    ("The negotiations went on well over a month.", "over a month", "MORE_THAN"),
    ("It has been a little over a year since the flood.", "over a year", "MORE_THAN"),
    ("The town has been without power over a week now.", "over a week", "MORE_THAN"),
    ("He was held hostage over 400 days.", "over 400 days", "MORE_THAN"),
    ("He has lived in Berlin over a decade.", "over a decade", "MORE_THAN"),
    ("The trial lasted a little over three weeks.", "over three weeks", "MORE_THAN"),
    # and with one it spans the period
    ("Volumes fell by about 10% over the following six months.", "the following six months", None),
])
def test_over_before_a_duration(text, span, mod):
    found = {t.text: t for t in timeline.tag(text, pub_date="2023-10-27")}
    assert span in found, list(found)
    assert (found[span].type, found[span].mod) == ("DURATION", mod)


# 7. A split-year season ("the 2022-23 season") is two linked years (lead finding 1b: ranges.py already does it).
def test_split_year_season_is_a_linked_pair():
    found = timeline.tag("The team finished second in the 2022-23 season.", pub_date=FRI)
    first, second = found
    assert (first.value, second.value) == ("2022", "2023")
    assert first.range_with == second.tid and second.range_with == first.tid


# 10. A clock time restated in another zone in brackets before the day ("at 1145 local time (0845 GMT) on Sunday"):
# the day after the brackets is the clock time's, as without them. Published Wednesday 2024-10-23.
@pytest.mark.parametrize("text,span,value", [
    ("The quake struck at 1145 local time (0845 GMT) on Sunday.", "1145 local time", "2024-10-20T11:45"),
    ("It began at 11:45 a.m. (08:45 GMT) on Sunday.", "11:45 a.m.", "2024-10-20T11:45"),
    ("It began at 11:45 a.m. (08:45 GMT) on Sunday.", "08:45 GMT", "2024-10-20T08:45Z"),
    # left as they were
    ("The quake struck at 1145 local time on Sunday.", "1145 local time on Sunday", "2024-10-20T11:45"),
    ("At 9 a.m. the office (on Main Street) on Sunday opened.", "9 a.m.", "2024-10-23T09:00"),
])
def test_bracketed_restatement_before_the_day(text, span, value):
    found = _found(text, "2024-10-23")
    assert found.get(span, (None, None))[1] == value, found


# 12. Reviewer 1's regressions of this round (lead inbox, 18:02), each kept as a case where the reading must stay.
# A: a morning clock time told after an evening one without a forward move keeps the story's day.
@pytest.mark.parametrize("text,pub,span,value", [
    ("The bar closed at 11 p.m. on Friday. Witnesses said the fight started at 10 a.m. on the same day.",
     "2024-03-12", "10 a.m. on the same day", "2024-03-08T10:00"),
    ("At 9pm on Tuesday the government fell. At 10am the same day, the prime minister had been confident.",
     "2024-03-15", "10am", "2024-03-12T10:00"),
    ("The shooting happened at 10:30 p.m. on Saturday. The gunman bought the rifle at 11 a.m. that day.",
     "2024-03-12", "that day", "2024-03-09"),
    ("Voting ended at 8 p.m. on Sunday, after polls opened at 7 a.m.", "2024-03-12", "7 a.m.", "2024-03-10T07:00"),
    ("The body was found at 7 p.m. on Monday. The victim died at around 3 a.m., the coroner said.", "2024-03-15",
     "around 3 a.m.", "2024-03-11T03:00"),
    ("The hostages were freed at 9 p.m. on Thursday. They were taken at 4 a.m., police said.", "2024-03-15",
     "4 a.m.", "2024-03-14T04:00"),
    ("The victim was found at 9 p.m. on Friday. CCTV showed him entering the building at 8 a.m.", "2024-03-12",
     "8 a.m.", "2024-03-08T08:00"),
    ("The show aired at 9 p.m. on Monday. It was recorded at 10 a.m. in London.", "2024-03-15", "10 a.m.",
     "2024-03-11T10:00"),
    ("The match kicked off at 8pm on Saturday. Fans began queuing outside the stadium at 10am.", "2024-03-12",
     "10am", "2024-03-09T10:00"),
    ("The gala began at 7 p.m. on Thursday. Guests arrived from 6 a.m. for rehearsals.", "2024-03-12", "6 a.m.",
     "2024-03-07T06:00"),
    ("The vote closed at 10pm on Thursday. Turnout at 11am was 20%.", "2024-03-12", "11am", "2024-03-07T11:00"),
    ("The summit ended at 8 p.m. on Friday. Leaders arrived at 9 a.m. for talks.", "2024-03-12", "9 a.m.",
     "2024-03-08T09:00"),
    # (the clock time and its part of day are one time on that day, as "5 a.m. Tuesday" is: t19)
    ("The suspect was seen at 10 p.m. on Friday. He was arrested at 5 a.m. the following morning.", "2024-03-12",
     "5 a.m. the following morning", "2024-03-09T05:00"),
    # B: a reported "would" keeps the period of the saying
    ("The minister said on Friday that the deal would be signed by the end of the month.", "2024-04-02",
     "the end of the month", "2024-03"),
    ("In a statement on Thursday, the ministry said the repairs would be finished by the end of the month.",
     "2024-04-03", "the end of the month", "2024-03"),
    ("The CEO told staff on Friday that the deal would close by the end of the week.", "2024-03-11",
     "the end of the week", "2024-W10"),
    ("The firm said last week it would deliver the report by the end of the week.", "2024-03-12",
     "the end of the week", "2024-W10"),
])
def test_reviewer_regressions_stay_fixed(text, pub, span, value):
    found = _found(text, pub)
    assert found.get(span, (None, None))[1] == value, found


# C: "minutes" a meeting's record is no duration
@pytest.mark.parametrize("text", [
    "The Fed will release minutes after its next meeting.",
    "The bank publishes minutes before each rate decision.",
    "The committee approved minutes after the hearing on Monday.",
])
def test_meeting_minutes_are_no_duration(text):
    assert not [t for t in timeline.tag(text, pub_date="2024-03-12") if t.type == "DURATION"]
