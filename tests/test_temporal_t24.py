"""Temporal helper t24 (issue 11, generalisation to unseen news): tests/data/temporal_probe_t24, twelve short texts
of our own in kinds the earlier probes lack (Wikinews-style world news, an earnings release, a season report, a
climate summary, a court calendar, a mission timeline, a travel advisory, a history feature, an op-ed), annotated
and committed before the tagger ran on them, scored by overlap as tests/temporal_probe.py does; and the classes
fixed from it and from the session's reviewer lists, each with positive and negative sentences of our own.
``python tests/test_temporal_t24.py`` prints the probe's misses, wrong values and spurious spans."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, gold_offsets, load  # noqa: E402
from test_temporal_news3 import _check  # noqa: E402  (one set of probe helpers)

import timeline  # noqa: E402

DATA = Path(__file__).parent / "data" / "temporal_probe_t24"
ARTICLES = load(DATA)
PROBE = ProbeSet(ARTICLES, {})
DATA_B = Path(__file__).parent / "data" / "temporal_probe_t24b"
ARTICLES_B = load(DATA_B)
PROBE_B = ProbeSet(ARTICLES_B, {})
DATA_C = Path(__file__).parent / "data" / "temporal_probe_t24c"
ARTICLES_C = load(DATA_C)
PROBE_C = ProbeSet(ARTICLES_C, {})

# The set's figures (146 gold, 132 scored values). First run (commit 7425fe0): 143 found, 124 right, none spurious.
# Left as they are (see the folder's README): "the early 1900s" (the tagger reads the century, 19, on purpose;
# the gold wrote the decade), "next Tuesday" said on a Monday (the tagger takes the coming day), "(0750 UTC)"
# restating a clock time in brackets (kept off on purpose, veto.clock_context), "over the next month" (DATE, as
# the corpus writes "the next year or so"), "only a day earlier" after a paragraph of later days.
# Floors at the end figures (raise, never lower).
# t24b (65 gold, 59 scored), first run (commit f0f91d5): 64 found, 58 right, none spurious. Left: "over the past
# year" (the tagger writes the last calendar year, DATE, as the dev tuned half does twice; the gold wrote P1Y).
# t24c (45 gold, 42 scored), written after the session's rules (commit a466350): first run 44 found, 41 right, one
# spurious span (a game's "the third quarter" after "held off San Francisco 34-31"; "charged in the afternoon"
# after "the morning of 3 March" missed); after widening the score cue and the day-first date: 45, 42, none.
FLOOR_FOUND, FLOOR_RIGHT = 145, 127
FLOOR_B_FOUND, FLOOR_B_RIGHT = 65, 58
FLOOR_C_FOUND, FLOOR_C_RIGHT = 45, 42


def test_probe_t24_floor():
    found, right = PROBE.found_and_right()
    assert found >= FLOOR_FOUND and right >= FLOOR_RIGHT, (found, right)


def test_probe_t24b_floor():
    found, right = PROBE_B.found_and_right()
    assert found >= FLOOR_B_FOUND and right >= FLOOR_B_RIGHT, (found, right)


def test_probe_t24c_floor():
    found, right = PROBE_C.found_and_right()
    assert found >= FLOOR_C_FOUND and right >= FLOOR_C_RIGHT, (found, right)


@pytest.mark.parametrize("probe", [PROBE, PROBE_B, PROBE_C], ids=["t24", "t24b", "t24c"])
def test_probe_no_spurious_span(probe):
    spurious = {name: probe.spurious(name) for name in sorted(probe.articles)}
    assert not any(spurious.values()), spurious


# 1. "The lease expires Sept. 30 of next year": a day of the month with "of" and a year counted from the
# publication takes that year (rule dates.day_rel_year; was: "Sept. 30" took the tense's year, this year's past
# day). The day stays its own expression, as in "June 10 last year" and "On Aug. 4 of that year" (one row for the
# day: tests/test_intervals_i21.py), and a story's year ("of that year") keeps its own rule.
DAY_OF_REL_YEAR = [
    ("The current law expires Sept. 30 of next year.", "Sept. 30", "DATE", "2007-09-30", None, "2006-10-30"),
    ("The plant was shut on Dec. 2 of last year.", "Dec. 2", "DATE", "2005-12-02", None, "2006-10-30"),
    ("Rates rose on March 15 of this year.", "March 15", "DATE", "2006-03-15", None, "2006-10-30"),
    # negatives: no "of", or another kind of year
    ("The signal was logged on June 10 last year.", "June 10", "DATE", "2005-06-10", None, "2006-10-30"),
    ("The mill opened in 1990. On May 3 of that year, it burned.", "May 3", "DATE", "1990-05-03", None,
     "2006-10-30"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", DAY_OF_REL_YEAR)
def test_day_of_a_counted_year(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 2. "raised its full-year forecast", "full-year results": the reporting year as a modifier before a company's
# figures or their forecast (rule relative.full_year_adj, vocab forecast_nouns and results_nouns), read as "the
# full year" is. A length ("a full-year ban", "a full-year sabbatical") is no date.
FULL_YEAR = [
    ("The chipmaker raised its full-year forecast on Tuesday.", "full-year", "DATE", "2013", None, "2013-07-23"),
    ("Full-year earnings will be published in February.", "Full-year", "DATE", "2013", None, "2013-07-23"),
    ("The retailer cut its full-year revenue outlook.", "full-year", "DATE", "2013", None, "2013-07-23"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", FULL_YEAR)
def test_full_year_before_figures(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["The league handed him a full-year suspension.",
                                      "She took a full-year sabbatical in Spain.",
                                      "The club offered a full-year membership."])
def test_full_year_length_is_no_date(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date="2013-07-23") if "year" in t.text.lower()]


# 3. A bare month opening a sentence as the subject of "was" and ranked or compared with its norm: "January was the
# fifth-warmest on record" (an ordinal and a hyphen before the superlative, which the small model tags as a noun),
# "March was wetter than usual" (vocab context_words.month_ranking); was: untagged. "April was taller than her
# sister", "March was a good month", "May was wetter than usual" (a name as often) stay untagged.
MONTH_RANKED = [
    ("January was the fifth-warmest on record, the agency said.", "January", "DATE", "2010-01", None, "2010-02-05"),
    ("November was the second-driest since 1950.", "November", "DATE", "2009-11", None, "2010-02-05"),
    ("March was wetter than usual across the south.", "March", "DATE", "2010-03", None, "2010-04-08"),
    ("October was colder than normal, forecasters said.", "October", "DATE", "2009-10", None, "2010-02-05"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", MONTH_RANKED)
def test_month_ranked_as_subject(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["April was taller than her sister.", "March was a good month.",
                                      "May was wetter than usual.", "June was tired after the trip."])
def test_month_subject_not_ranked(sentence):
    assert not timeline.tag(sentence, pub_date="2010-02-05")


# 4. A share of a long unit or of an hour is a length of that share: "for the next half century" (was untagged),
# "over the past quarter-century" (was "the past quarter", a calendar quarter), "a quarter of a century" (was "a
# century"), "the first half hour of trading" (was "the first half", a half-year), "three quarters of an hour"
# (rule durations.duration_fraction, vocab fraction_words). A part of a period ("the first half of the century",
# "the first quarter of the year") and a share of a thing ("a quarter of the vote") are not.
FRACTIONS = [
    ("For the next half century the port grew.", "the next half century", "DURATION", "P50Y", None, "2013-05-09"),
    ("House prices tripled over the past quarter-century.", "the past quarter-century", "DURATION", "P25Y", None,
     "2013-05-09"),
    ("The mine lay idle for a quarter of a century.", "a quarter of a century", "DURATION", "P25Y", None,
     "2013-05-09"),
    ("Shares slid in the first half hour of trading.", "the first half hour", "DURATION", "PT30M", None,
     "2013-05-09"),
    ("The minister spoke for three quarters of an hour.", "three quarters of an hour", "DURATION", "PT45M", None,
     "2013-05-09"),
    ("The square was rebuilt a quarter century later.", "a quarter century", "DURATION", "P25Y", None, "2013-05-09"),
    # negatives: a part of a period keeps its own reading
    ("Output rose in the first quarter of the year.", "the first quarter", "DATE", "2013-Q1", None, "2013-05-09"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", FRACTIONS)
def test_share_of_a_unit_is_a_length(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["The party won a quarter of the vote.", "Half an apple was left.",
                                      "She sold a quarter of the farm."])
def test_share_of_a_thing_is_no_time(sentence):
    assert not timeline.tag(sentence, pub_date="2013-05-09")


# 5. A match's or a race's half is no half-year (reviewer lists: a football report's "for much of the second half",
# a marathon's "ran the first half in ..."): a race split after "in" ("in 61:05"), a score with its result ("lost
# 2-0", "a 3-1 defeat") and the crowd's or the referee's words (vocab match_half_cues; "booed", "chanted" only in
# the half's own sentence) mark a match; was: H1/H2 of the publication year. A company's figure in the sentence,
# a court's "ruled 5-4" and a clock time keep the year's half.
MATCH_HALVES = [
    "United lost 2-0 at home on Saturday. Fans booed the manager for most of the second half.",
    "Leeds held off visiting Hull 3-2, though Hull pressed throughout the second half.",
    "Kiprop won the race on Monday. He ran the first half in 61:05 and pulled away late.",
    "City were beaten 3-1 on Sunday, and the crowd chanted against the owners for much of the second half.",
    "The referee sent two players off in the second half.",
    "It was a 4-1 win for the visitors, who scored three times in the second half.",
]


@pytest.mark.parametrize("text", MATCH_HALVES)
def test_match_half_is_no_year_half(text):
    assert not [t for t in timeline.tag(text, pub_date="2024-09-02") if "half" in t.text]


YEAR_HALVES = [
    ("Shareholders booed the chairman at the meeting. Profit fell in the first half.", "the first half", "DATE",
     "2024-H1", None, "2024-09-02"),
    ("The court ruled 5-4 on Monday. Rates will rise in the second half.", "the second half", "DATE", "2024-H2",
     None, "2024-09-02"),
    ("The shop opens at 9:30 in the morning. Hiring will pick up in the second half.", "the second half", "DATE",
     "2024-H2", None, "2024-09-02"),
    ("The pace of growth slowed in the second half.", "the second half", "DATE", "2024-H2", None, "2024-09-02"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", YEAR_HALVES)
def test_year_half_stays(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 6. A bare part of day after a day the sentence named is that day's (reviewer list: "surrendered on Tuesday
# morning and appeared in court in the afternoon" left "the afternoon" untagged, and its event without a row): rule
# relative.story_pod, veto.pod_of_named_day. Opening its sentence it takes the day the sentence before named. A
# habit ("usually", "every", plural weekdays: vocab pod_habit_words), a sentence naming no day and "the morning
# session" stay untagged.
STORY_POD = [
    ("The senator was arrested on Thursday morning and was released on bail in the evening.", "the evening", "TIME",
     "2024-03-14TEV", None, "2024-03-15"),
    ("Flood waters peaked on March 3. By the afternoon, the main road was shut.", "the afternoon", "TIME",
     "2024-03-03TAF", None, "2024-03-15"),
    ("The talks opened on Monday, and during the evening the delegations dined together.", "the evening", "TIME",
     "2024-03-11TEV", None, "2024-03-15"),
    ("She was detained at dawn on 4 March and questioned in the evening.", "the evening", "TIME", "2024-03-04TEV",
     None, "2024-03-15"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", STORY_POD)
def test_part_of_a_named_day(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", [
    "The bakery opens on Monday and usually sells out in the afternoon.",
    "On Saturdays the market is busiest in the morning.",
    "Every Tuesday the choir rehearses in the evening.",
    "Nurses work long shifts and rest in the afternoon.",
    "Trading resumed on Monday. Brokers prefer to trade in the morning session.",
    "The plant reopened on Monday. Its staff work in the morning.",
])
def test_habit_part_of_day_untagged(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date="2024-03-15") if "the " in t.text]


# 7. Holidays the tables lacked (vocab holidays, floating_holidays, moveable_feasts): "Columbus Day" was untagged,
# "Remembrance Sunday", "Palm Sunday", "Ash Wednesday", "Shrove Tuesday", "Whit Monday" read as the nearest bare
# weekday, "Pentecost", "Hogmanay" untagged. The tense picks the year as for the others.
HOLIDAYS = [
    ("Banks will close for Columbus Day.", "Columbus Day", "DATE", "2013-10-14", None, "2013-10-09"),
    ("Wreaths were laid on Remembrance Sunday.", "Remembrance Sunday", "DATE", "2012-11-11", None, "2013-10-09"),
    ("The bishop spoke on Palm Sunday.", "Palm Sunday", "DATE", "2013-03-24", None, "2013-10-09"),
    ("Lent began on Ash Wednesday.", "Ash Wednesday", "DATE", "2013-02-13", None, "2013-10-09"),
    ("Pancake races were run on Shrove Tuesday.", "Shrove Tuesday", "DATE", "2013-02-12", None, "2013-10-09"),
    ("The bank holiday fell on Whit Monday.", "Whit Monday", "DATE", "2013-05-20", None, "2013-10-09"),
    ("Pilgrims gathered at Pentecost.", "Pentecost", "DATE", "2013-05-19", None, "2013-10-09"),
    ("Edinburgh's party on Hogmanay drew 80,000 people.", "Hogmanay", "DATE", "2012-12-31", None, "2013-10-09"),
    # a bare weekday keeps its own reading
    ("The bishop spoke on Sunday.", "Sunday", "DATE", "2013-10-06", None, "2013-10-09"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", HOLIDAYS)
def test_more_holidays(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["He joined a Pentecostal church.", "The Palm Sunday Times is a weekly."])
def test_holiday_words_in_names(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date="2013-10-09") if "Palm" in t.text or "Pente" in t.text]


# 8. US copy names the zone by its region alone after a.m./p.m.: "expires at 5 p.m. Eastern on Dec. 2" read the
# clock on the publication day and the date apart (rules/times.py _TZ_AMPM, vocab region_zone_words). A name going on
# with a capital ("2 p.m. Central Park", "9 a.m. Mountain View") keeps the region word out.
REGION_ZONES = [
    ("The tender offer expires at 5 p.m. Eastern on Dec. 2.", "5 p.m. Eastern on Dec. 2", "TIME", "2016-12-02T17:00",
     None, "2016-11-21"),
    ("The webcast begins at 8 a.m. Pacific on Tuesday.", "8 a.m. Pacific on Tuesday", "TIME", "2016-11-22T08:00",
     None, "2016-11-21"),
    ("Trading in the shares was halted at 2 p.m. Central.", "2 p.m. Central", "TIME", "2016-11-21T14:00", None,
     "2016-11-21"),
    # negatives: a name after the clock
    ("They met at 2 p.m. Central Park was closed by then.", "2 p.m.", "TIME", "2016-11-21T14:00", None, "2016-11-21"),
    ("At 9 a.m. Mountain View police arrived.", "9 a.m.", "TIME", "2016-11-21T09:00", None, "2016-11-21"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", REGION_ZONES)
def test_region_zone_after_clock(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 9. "Half a century later, the mine reopened" with no time told before it: counted from the publication date a
# past event would lie ahead of it (was: 2065), so the anchor is unknown (resolve.relative). So is a count forward
# said of what is still to come: "later" counts from a time of the story, never from the publication date, and
# the value then needs no tense (the selective pipeline resolves it without its sentence's parse:
# test_selective.test_times_fixed_without_tense_need_no_tense). With a time told before, or counted back
# ("earlier"), the count is made as before.
LATER_NO_ANCHOR = [
    ("Half a century later, the mine reopened.", "Half a century later", "DATE", "XXXX", None, "2015-06-18"),
    ("Two years later, the chapel was rebuilt.", "Two years later", "DATE", "XXXX", None, "2015-06-18"),
    ("Two years later, the line will open to freight.", "Two years later", "DATE", "XXXX", None, "2015-06-18"),
    # negatives
    ("The mine closed in 1950. Half a century later, it reopened.", "Half a century later", "DATE", "2000", None,
     "2015-06-18"),
    ("Two years earlier, the mine had closed.", "Two years earlier", "DATE", "2013", None, "2015-06-18"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", LATER_NO_ANCHOR)
def test_later_with_no_story_time(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 10. A game's quarter is no calendar quarter, as a match's half is no half-year (5. above): "threw for 300 yards in
# the first quarter" was 2012-Q1 (veto.match_quarter on rule dates.quarter, the match words of vocab
# match_half_cues). A quarter with its year or a company's figure in the sentence stays the year's.
GAME_QUARTERS = [
    "The quarterback threw for 300 yards in the first quarter.",
    "She made four free throws in the fourth quarter.",
    "The Giants kicked a field goal late in the third quarter.",
]


@pytest.mark.parametrize("text", GAME_QUARTERS)
def test_game_quarter_is_no_calendar_quarter(text):
    assert not [t for t in timeline.tag(text, pub_date="2012-04-09") if "quarter" in t.text]


YEAR_QUARTERS = [
    ("The team's jersey sales rose in the first quarter.", "the first quarter", "DATE", "2012-Q1", None,
     "2012-04-09"),
    ("The club signed the quarterback in the first quarter of 2011.", "the first quarter of 2011", "DATE", "2011-Q1",
     None, "2012-04-09"),
    ("The league scored a win in the fourth quarter, with revenue up 10 percent.", "the fourth quarter", "DATE",
     "2011-Q4", None, "2012-04-09"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", YEAR_QUARTERS)
def test_year_quarter_stays(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


if __name__ == "__main__":
    for probe in (PROBE, PROBE_B, PROBE_C):
        for name, art in probe.articles.items():
            for start, end, type_, value, _ in gold_offsets(art):
                hits = probe.hits(name, start, end)
                span = art["text"][start:end]
                if not hits:
                    print(f"MISS   {name}: {span!r} {type_} {value}")
                elif value is not None and (type_, value) not in {(t.type, t.value) for t in hits}:
                    print(f"WRONG  {name}: {span!r} gold {type_} {value} sys",
                          [(t.text, t.type, t.value) for t in hits])
            for sp in probe.spurious(name):
                print(f"SPUR   {name}: {sp}")
        print("found, right:", probe.found_and_right())
