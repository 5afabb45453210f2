"""Issue 11, seventh round: whole wire, business, sports, travel, politics, health, markets and court
articles (tests/data/temporal_probe7, written for these tests, not taken from any corpus) with the TIMEX3
annotation the TimeML guidelines give, and single-sentence probes of expressions wire copy uses often.

Each gold expression must be found (a tagged span overlapping it: the TempEval relaxed match) with the gold
type and value; every tagged span must overlap a gold or an optional expression (no spurious spans).
Cases still failing are marked xfail with the reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import timeline

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, load  # noqa: E402

DATA = Path(__file__).parent / "data" / "temporal_probe7"
ARTICLES = load(DATA)

# (article, span, nth occurrence among that article's gold entries with this span) -> reason
_OVERNIGHT = ("'overnight' after a past event verb was tagged in round 7 and taken back: a spurious span on the dev "
              "check half, and blind set 5's value F1 fell below its floor")
XFAIL: dict[tuple[str, str, int], str] = {
    # ("a_odesa", "overnight", 1) is found since round 10: its sentence's attribution names the report's day
    ("b_grocer", "August", 1): "a month before a noun ('its August outlook') takes the main clause's present-tense "
                               "outlook as ahead",
    ("e_nairobi", "Thursday", 1): "'had been due to debate the bill on Thursday, but ... was postponed': the plan's "
                                  "slack is not read for a weekday",
    ("j_olympics", "July", 1): "a month after the year a story moved to ('in 2028') and a report day since takes "
                               "the publication year",
    ("j_olympics", "August", 1): "as July",
    ("l_obit", "decades", 1): "a bare plural after a preposition before 'of' ('by decades of overfishing') was "
                              "tried and not kept: one spurious span on the dev check half",
}
SPURIOUS_XFAIL: dict[str, str] = {}


PROBE = ProbeSet(ARTICLES, XFAIL)


@pytest.mark.parametrize("name,start,end,type_,value", list(PROBE.gold_cases()))
def test_gold_expression_found_with_its_value(name, start, end, type_, value):
    hits = PROBE.hits(name, start, end)
    assert hits, f"missed {ARTICLES[name]['text'][start:end]!r}"
    got = {(t.type, t.value) for t in hits}
    if value is None:
        assert any(t.type == type_ for t in hits) or hits, got
    else:
        assert (type_, value) in got, got


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=(pytest.mark.xfail(reason=SPURIOUS_XFAIL[n], strict=True),) if n in SPURIOUS_XFAIL else ())
    for n in ARTICLES])
def test_no_spurious_span(name):
    spurious = PROBE.spurious(name)
    assert not spurious, spurious


# Single sentences: (sentence, span, type, value, pub). Published Wednesday 2024-05-08 unless the case says.
PUB = "2024-05-08"
SENTENCES = [
    ("Heavy rain fell overnight Tuesday.", "overnight Tuesday", "TIME", "2024-05-07TNI", PUB),
    ("Drones struck the port overnight, officials said.", "overnight", "TIME", "2024-05-07TNI", PUB),
    ("The new president promised to cut taxes in the first 100 days.", "the first 100 days", "DURATION", "P100D", PUB),
    ("The committee meets every other week.", "every other week", "SET", "P2W", PUB),
    ("The suspect was arrested on Friday. A day earlier, police had searched his home.", "A day earlier", "DATE",
     "2024-05-02", PUB),
    ("The talks ended on Monday. The following day, both sides claimed victory.", "The following day", "DATE",
     "2024-05-07", PUB),
    ("Unemployment fell below 4% for the first time in a decade.", "a decade", "DURATION", "P10Y", PUB),
    ("He won the title in '85.", "'85", "DATE", "1985", PUB),
    ("The market closed at 3 p.m. EDT.", "3 p.m. EDT", "TIME", "2024-05-08T15:00", PUB),
    ("The company will report results at the end of next month.", "the end of next month", "DATE", "2024-06", PUB),
    ("Stores expect record sales during Thanksgiving week.", "Thanksgiving week", "DATE", "2024-W48", PUB),
    ("The pope will celebrate Mass on Christmas Eve.", "Christmas Eve", "DATE", "2024-12-24", PUB),
    ("The results will be announced at noon Friday.", "noon Friday", "TIME", "2024-05-10T12:00", PUB),
    ("The storm killed three people in the small hours of Sunday.", "Sunday", "DATE", "2024-05-05", PUB),
    ("Officials said 14 people died in the past 24 hours.", "the past 24 hours", "DURATION", "PT24H", PUB),
    ("Rebels attacked the town before dawn on Friday.", "dawn on Friday", "TIME", "2024-05-03TMO", PUB),
    ("The fire broke out over the Easter weekend.", "the Easter weekend", "DATE", "2024-W13-WE", PUB),
    ("The economy shrank in the third quarter.", "the third quarter", "DATE", "2023-Q3", PUB),
    ("The shares hit a record high in mid-2021.", "mid-2021", "DATE", "2021", PUB),
    ("The plant has been idle since late 2022.", "late 2022", "DATE", "2022", PUB),
    ("Officials met at midday on Monday.", "midday on Monday", "TIME", "2024-05-06T12:00", PUB),
    ("Inflation data are due at 0830 GMT on Friday.", "0830 GMT on Friday", "TIME", "2024-05-10T08:30Z", PUB),
    ("The ceasefire collapsed on the eve of the vote on Sunday.", "Sunday", "DATE", "2024-05-05", PUB),
    ("Prices rose in the 1980s and '90s.", "'90s", "DATE", "199", PUB),
    ("Investors will watch the data in the coming days.", "the coming days", "DURATION", "PXD", PUB),
    ("Troops left at the turn of the century.", "the turn of the century", "DATE", None, PUB),
    ("Mourners gathered outside his home the day after his death.", "the day after his death", "DATE", None, PUB),
    ("The band toured from 2011 to 2014.", "2014", "DATE", "2014", PUB),
    ("The clinic will be closed over the weekend.", "the weekend", "DATE", "2024-W19-WE", PUB),
    ("The clinic was closed over the weekend.", "the weekend", "DATE", "2024-W18-WE", PUB),
    ("The fund's assets grew in fiscal 2023.", "fiscal 2023", "DATE", "2023", PUB),
    ("Tickets for the 2024-25 season go on sale in June.", "June", "DATE", "2024-06", PUB),
    ("Airlines cut fares ahead of the holidays.", None, None, None, PUB),
]
# second batch, written before the tagger was run on it
SENTENCES += [
    ("The sector shed jobs in the 12 months to March.", "the 12 months", "DURATION", "P12M", PUB),
    ("Output fell in the week ending May 3.", "the week ending May 3", "DATE", "2024-W18", PUB),
    ("The rule takes effect at midnight on Sunday.", "midnight on Sunday", "TIME", "2024-05-12T24:00", PUB),
    ("The games are held every four years.", "every four years", "SET", "P4Y", PUB),
    ("The committee meets once a month.", "once a month", "SET", "P1M", PUB),
    ("The plant has run at full capacity since the start of the year.", "the start of the year", "DATE", "2024",
     PUB),
    ("He lived in Paris in the mid-'80s.", "the mid-'80s", "DATE", "198", PUB),
    ("Prices peaked in the summer of 2022.", "the summer of 2022", "DATE", "2022-SU", PUB),
    ("Within the next 48 hours, crews will reopen the road.", "the next 48 hours", "DURATION", "PT48H", PUB),
    ("The attack happened on the night of June 5.", "June 5", "DATE", "2023-06-05", PUB),
    ("Talks will resume in the second half of the year.", "the second half of the year", "DATE", "2024-H2", PUB),
    ("Officials said the bridge would reopen by the end of the decade.", "the end of the decade", "DATE", "202",
     PUB),
    ("The firm was founded in the early 1900s.", "the early 1900s", "DATE", "19", PUB),
    ("Rates were cut three times last year.", "last year", "DATE", "2023", PUB),
    ("Shares fell for a fifth straight week.", None, None, None, PUB),
]
# third batch, written before the tagger was run on it (published Wednesday 2024-05-08)
SENTENCES += [
    ("Rescuers found two more survivors later in the day.", "later in the day", "DATE", "2024-05-08", PUB),
    ("Shares rose 3% earlier in the week.", "earlier in the week", "DATE", "2024-W19", PUB),
    ("Sales were 12% higher than at this time last year.", "this time last year", "DATE", "2023-05-08", PUB),
    ("The shelling continued in the small hours.", "the small hours", "TIME", "2024-05-08TNI", PUB),
    ("He spoke for half an hour.", "half an hour", "DURATION", "PT30M", PUB),
    ("The president gave an hour-long speech.", "hour-long", "DURATION", "PT1H", PUB),
    ("The blast happened shortly before 11 p.m. on Tuesday.", "11 p.m. on Tuesday", "TIME", "2024-05-07T23:00", PUB),
    ("The quake struck at around 3:40 a.m.", "around 3:40 a.m.", "TIME", "2024-05-08T03:40", PUB),
    ("Exports fell in the first half of 2025.", "the first half of 2025", "DATE", "2025-H1", PUB),
    ("The measures apply from mid-March.", "mid-March", "DATE", "2024-03", PUB),
    ("Prices rose 3.2% in the year to April.", "April", "DATE", "2024-04", PUB),
    # no story week to follow: left unresolved rather than dropped (issue item 4)
    ("The talks resumed the following week.", "the following week", "DATE", "XXXX-WXX", PUB),
    ("Buses run twice weekly.", "twice weekly", "SET", "P1W", PUB),
    ("The tribunal will sit again in winter 2025.", "winter 2025", "DATE", "2025-WI", PUB),
    ("Rates were raised last autumn.", "last autumn", "DATE", "2023-FA", PUB),
    ("Turnout hit a record in the run-up to the election.", None, None, None, PUB),
    ("The ministry will publish the data on the first Monday of June.", "the first Monday of June", "DATE",
     "2024-06-03", PUB),
    ("The strike has entered its third week.", None, None, None, PUB),
]
SENTENCE_XFAIL: dict[str, str] = {
    "Drones struck the port overnight, officials said.": _OVERNIGHT,
    "Rescuers found two more survivors later in the day.": "'later in the day', 'earlier in the week': tried as the "
                                                          "story's day (week) and not kept: the dev check half "
                                                          "gained two spurious spans",
    # ("Shares rose 3% earlier in the week." was xfail as 'later in the day': t22's relative.side_of_period tags the week
    # and month forms, which left the dev check half as it was; the day form stays out, as the reason above says)
    "Sales were 12% higher than at this time last year.": "'this time last year' is read as 'last year' alone",
    "The shelling continued in the small hours.": "'the small hours' alone has no rule",
    "Troops left at the turn of the century.": "'the turn of the century' has no rule: which century it is "
                                               "needs the story",
    "Mourners gathered outside his home the day after his death.": "a day anchored on an event with no date "
                                                                   "('the day after his death') is left untagged",
}


def _sentence_cases():
    for sentence, span, type_, value, pub in SENTENCES:
        reason = SENTENCE_XFAIL.get(sentence)
        marks = (pytest.mark.xfail(reason=reason, strict=True),) if reason else ()
        yield pytest.param(sentence, span, type_, value, pub, marks=marks)


@pytest.mark.parametrize("sentence,span,type_,value,pub", list(_sentence_cases()))
def test_sentence(sentence, span, type_, value, pub):
    found = {t.text: (t.type, t.value) for t in timeline.tag(sentence, pub_date=pub)}
    if span is None:  # nothing of the kind is a time expression
        assert not found, found
    elif value is None:
        assert span in found, found
    else:
        assert found.get(span) == (type_, value), found


# Fixes made after the probes, each with cases where the reading must stay as it was.
# 1. The tense a time takes from a verb that is not its clause's own: a verb spelt alike in the past and the
# plain form after "and" and a plain verb ("to begin ... and spread"), a participle clause after a comma
# ("would retaliate ..., starting ... on Tuesday"), a present passive ("when the rankings are published on
# Monday"), and a forecast or a delay before "until" ("were forecast until the weekend", "postponed until
# after the July 25 holiday"). Published Monday 2024-12-23 unless the case says.
MON = "2024-12-23"
TENSE_FIXES = [
    ("Snow is expected to begin late Tuesday and spread east early Wednesday.", "early Wednesday", "DATE", "2024-12-25", MON),
    ("Canada said it would retaliate with levies, starting with C$30 billion on Tuesday.", "Tuesday", "DATE",
     "2024-12-24", MON),
    ("Police fired tear gas, killing two people on Thursday.", "Thursday", "DATE", "2024-12-19", MON),
    ("Tanaka is expected to rise to No. 4 when the rankings are published on Monday.", "Monday", "DATE",
     "2025-01-27", "2025-01-22"),
    ("The ruling was published on Monday.", "Monday", "DATE", "2025-01-20", "2025-01-22"),
    ("He is accused of killing his wife on Thursday.", "Thursday", "DATE", "2024-12-19", MON),
    ("The team is meeting on Thursday.", "Thursday", "DATE", "2024-12-26", MON),
    ("Temperatures of more than 40 C were forecast until the weekend.", "the weekend", "DATE", "2025-W30-WE",
     "2025-07-23"),
    ("The session was postponed until after the July 25 public holiday.", "July 25", "DATE", "2025-07-25",
     "2025-07-22"),
    ("He stayed until Friday.", "Friday", "DATE", "2025-07-18", "2025-07-23"),
    ("They partied until the weekend.", "the weekend", "DATE", "2025-W29-WE", "2025-07-23"),
]


@pytest.mark.parametrize("sentence,span,type_,value,pub", TENSE_FIXES)
def test_tense_fixes(sentence, span, type_, value, pub):
    found = {t.text: (t.type, t.value) for t in timeline.tag(sentence, pub_date=pub)}
    assert found.get(span) == (type_, value), found


# 2. "overnight" dating a past event, "the week (weekend) of <date>", a holiday's weekend with its article, and
# an elided second day before a clause that goes on.
SPAN_FIXES = [
    # found since f18t: a verb of an act running on through the night (vocab overnight_continuing_verbs)
    ("Firefighters battled overnight to contain a wildfire.", "overnight", "TIME", "2024-05-07TNI", PUB),
    pytest.param("Shares in Tokyo fell sharply overnight.", "overnight", "TIME", "2024-05-07TNI", PUB,
                 marks=pytest.mark.xfail(reason=_OVERNIGHT, strict=True)),
    ("A farewell event is planned for the weekend of Aug. 17-18.", "the weekend of Aug. 17-18", "DATE",
     "2024-W33-WE", PUB),
    ("A hearing is set for the week of April 22.", "the week of April 22", "DATE", "2024-W17", "2024-04-01"),
    ("The fair was held the weekend of June 3, 2022.", "the weekend of June 3, 2022", "DATE", "2022-W22-WE", PUB),
    ("The summit will be held Nov. 18-19 in Rio.", "19", "DATE", "2024-11-19", PUB),
    ("The show ran April 24 and 25 at the hall.", "25", "DATE", "2024-04-25", PUB),
]


@pytest.mark.parametrize("sentence,span,type_,value,pub", SPAN_FIXES)
def test_span_fixes(sentence, span, type_, value, pub):
    found = {t.text: (t.type, t.value) for t in timeline.tag(sentence, pub_date=pub)}
    assert found.get(span) == (type_, value), found


@pytest.mark.parametrize("sentence,word", [
    ("He was kept in hospital overnight.", "overnight"), ("Prices doubled overnight.", "overnight"),
    ("The police held him overnight.", "overnight"), ("She became a star overnight.", "overnight"),
    ("The show ran April 24 and 25 people attended.", "25"),
    ("Sales rose 12% on Nov. 18 to 19 in the index.", "19"),
])
def test_span_fixes_leave_alone(sentence, word):
    found = {t.text for t in timeline.tag(sentence, pub_date=PUB)}
    assert word not in found, found


# 3. A count after a modifier never takes an article ("reached the final a year later" is "a year later"
# alone); "quarter-final" is a match; "fortnightly" is a SET like "weekly".
@pytest.mark.parametrize("sentence,span,type_,value,pub", [
    ("Vasquez won the title here in 2022 and reached the final a year later.", "a year later", "DATE", "2023",
     "2025-01-22"),
    ("The board meets fortnightly.", "fortnightly", "SET", "P2W", PUB),
    ("Prices rose over the past two years.", "the past two years", "DURATION", "P2Y", PUB),
])
def test_small_fixes(sentence, span, type_, value, pub):
    found = {t.text: (t.type, t.value) for t in timeline.tag(sentence, pub_date=pub)}
    assert found.get(span) == (type_, value), found


@pytest.mark.parametrize("sentence", ["She lost in a quarter-final on Sunday.", "The quarter-finals were tense."])
def test_quarter_final_is_no_duration(sentence):
    assert not [t for t in timeline.tag(sentence, pub_date=PUB) if t.type == "DURATION"]


# 4. "the eve of", "the day before", "the day after" a named day join it and move it a day; the tense places the
# expression, not the day it is anchored to ("came on the eve of Victory Day" said on May 8 is that May 8). A day
# said as a possessive or before a noun names the event's day and is left as it is.
@pytest.mark.parametrize("sentence,span,value,pub", [
    ("The strikes came on the eve of Victory Day.", "the eve of Victory Day", "2024-05-08", PUB),
    ("Shoppers crowded the stores the day before Thanksgiving.", "the day before Thanksgiving", "2023-11-22", PUB),
    ("He died on the eve of Christmas.", "the eve of Christmas", "2023-12-24", PUB),
    ("He was buried the day after May 3.", "the day after May 3", "2024-05-04", PUB),
    ("Stores will close the day after Christmas.", "the day after Christmas", "2024-12-26", PUB),
    # left as they were
    ("The strike began on the eve of the May 9 parade.", "May 9", "2024-05-09", PUB),
    ("The ceasefire collapsed on the eve of Sunday's vote.", "Sunday", "2024-05-05", PUB),
    ("They met the day before yesterday.", "the day before yesterday", "2024-05-06", PUB),
])
def test_day_shift_leads(sentence, span, value, pub):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=pub)}
    assert found.get(span) == value, found


# "the Saturday after Thanksgiving", "the Sunday before Easter": one DATE, the first such weekday on that side.
@pytest.mark.parametrize("sentence,span,value,pub", [
    ("Counties could open polling sites on the Saturday after Thanksgiving.", "the Saturday after Thanksgiving",
     "2022-11-26", "2022-12-05"),
    ("The race is held the Sunday before Easter.", "the Sunday before Easter", "2023-04-02", "2022-12-05"),
    ("They met on the Monday after his arrest.", "Monday", "2022-12-05", "2022-12-05"),
])
def test_weekday_beside_a_day(sentence, span, value, pub):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=pub)}
    assert found.get(span) == value and len(found) == 1, found


# 5. A bare clock time takes the day its clause names: "at 7 p.m. EST on Election Day" is one TIME on that day,
# and an earlier bare clock time joined by "and" takes it too (lead finding 6b). Published Wednesday 2024-04-10.
@pytest.mark.parametrize("sentence,values", [
    ("Polls will open at 7 a.m. and close at 7 p.m. EST on Election Day.",
     {"7 a.m.": "2024-11-05T07:00", "7 p.m. EST on Election Day": "2024-11-05T19:00"}),
    ("Polls will open at 7 a.m. and close at 7 p.m. on Tuesday.",
     {"7 a.m.": "2024-04-16T07:00", "7 p.m. on Tuesday": "2024-04-16T19:00"}),
    # left alone: another clause's day, another sentence's clock time
    ("He arrived at 9 a.m. and she left on Tuesday.", {"9 a.m.": "2024-04-10T09:00", "Tuesday": "2024-04-09"}),
    ("He woke at 6 a.m. Police said the raid began at 7 a.m. on Tuesday.",
     {"6 a.m.": "2024-04-10T06:00", "7 a.m. on Tuesday": "2024-04-09T07:00"}),
])
def test_clock_takes_its_clause_day(sentence, values):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date="2024-04-10")}
    assert {k: found.get(k) for k in values} == values, found


# 6. A past range of weekdays stays over: "The strike ran Tuesday through Thursday" said on a Wednesday is the
# week before's (lead finding 5b), not Tuesday of this week to tomorrow.
@pytest.mark.parametrize("sentence,values", [
    ("The strike ran Tuesday through Thursday.", {"Tuesday": "2024-04-02", "Thursday": "2024-04-04"}),
    ("The museum will be open Tuesday through Thursday.", {"Tuesday": "2024-04-16", "Thursday": "2024-04-18"}),
    ("The strike ran Monday through Tuesday.", {"Monday": "2024-04-08", "Tuesday": "2024-04-09"}),
])
def test_past_weekday_range_stays_over(sentence, values):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date="2024-04-10")}
    assert {k: found.get(k) for k in values} == values, found


# 7. A main verb before a comma or "and" heads another clause: "which began June 1 and runs through Nov. 30" is
# a present schedule, not a past one.
@pytest.mark.parametrize("sentence,span,value", [
    ("The hurricane season, which began June 1 and runs through Nov. 30, is busy.", "Nov. 30", "2024-11-30"),
    ("The season, which began June 1, runs through Nov. 30.", "Nov. 30", "2024-11-30"),
    ("He resigned in March and returns to the firm in July.", "July", "2024-07"),
    ("He was arrested in July.", "July", "2023-07"),
])
def test_other_clause_verb(sentence, span, value):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date="2024-06-14")}
    assert found.get(span) == value, found


# 9. A ", when" clause after a year names its months and days in that year (lead finding 3b).
@pytest.mark.parametrize("sentence,values", [
    ("Turkey has been hit by wildfires every summer since 2021, when blazes killed eight people over two weeks "
     "in late July and early August.", {"late July": "2021-07", "early August": "2021-08"}),
    ("The plant closed in 2019, when demand collapsed in March.", {"March": "2019-03"}),
    # left alone: a month that says its year, a month after the sentence's end
    ("The plant closed in 2019, when demand collapsed in March 2018.", {"March 2018": "2018-03"}),
    ("The plant closed in 2019, when demand fell. It will reopen in March.", {"March": "2026-03"}),
])
def test_when_clause_takes_the_year(sentence, values):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date="2025-07-23")}
    assert {k: found.get(k) for k in values} == values, found


# 10. A length said in two units is one duration (lead finding 2d); two lengths of two things are not joined.
@pytest.mark.parametrize("sentence,span,value", [
    ("The match, which lasted three hours and 51 minutes, ended at 1 a.m.", "three hours and 51 minutes", "PT3H51M"),
    ("He served two years and three months in prison.", "two years and three months", "P2Y3M"),
    ("The flight took 11 hours, 20 minutes.", "11 hours, 20 minutes", "PT11H20M"),
    ("It took a day and 10 hours.", "a day and 10 hours", "P1DT10H"),
    ("The vote took two days and the count three hours.", "two days", "P2D"),
    ("He spent three months and two years abroad.", "three months", "P3M"),
])
def test_compound_durations(sentence, span, value):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date=PUB)}
    assert found.get(span) == value, found


# 11. "in the weeks before the attack": the plural next to an event is a DATE, as coarse as the story allows.
@pytest.mark.parametrize("sentence,span,value", [
    ("Rebels struck on Aug. 30, 2021. In the weeks before the attack, troops had left.", "weeks", "2021-08"),
    ("His car was seen in the days before the shooting.", "days", "XXXX-XX"),
])
def test_plural_beside_event(sentence, span, value):
    found = {t.text: (t.type, t.value) for t in timeline.tag(sentence, pub_date=PUB)}
    assert found.get(span) == ("DATE", value), found


# 12. A bare "overnight" is the night before the day its sentence reports on ("officials said Wednesday") or runs
# into ("overnight into Friday"); else the story's night, else the night before publication (lead note on 66446fc).
@pytest.mark.parametrize("sentence,value", [
    ("Overnight, firefighters battled the blaze, officials said Wednesday.", "2024-11-19TNI"),
    ("Overnight, rain fell and flooded streets, officials said on Wednesday.", "2024-11-19TNI"),
    ("Overnight, rebels shelled the town.", "2024-11-23TNI"),
    ("Rebels struck on Aug. 30. Overnight, the army shelled the town.", "2024-08-30TNI"),
    # (passes since round 11: "overnight into" a weekday is a night, veto._into_weekday)
    ("Rain fell overnight into Friday.", "2024-11-21TNI"),
])
def test_overnight_follows_the_named_day(sentence, value):
    found = {t.text.lower(): t.value for t in timeline.tag(sentence, pub_date="2024-11-24")}
    assert found.get("overnight") == value, found


def test_when_clause_leaves_the_report_weekday():
    text = ("Kenya's elephant population has grown by 12% since 2021, when the last national census was carried out, "
            "the wildlife service said on Wednesday.")
    found = {t.text: t.value for t in timeline.tag(text, pub_date="2025-04-17")}
    assert found.get("Wednesday") == "2025-04-16", found


# 13. "hours later", "Minutes later" with no count: the story's day (lead finding 9b); a count keeps the duration,
# and "years later" with no count is left alone.
@pytest.mark.parametrize("sentence,span,value", [
    ("A gunman killed two people at a mall Saturday night. Two men were detained hours later.", "hours later",
     "2024-11-23"),
    ("The storm hit on Nov. 20. Minutes later, the roof collapsed.", "Minutes later", "2024-11-20"),
    ("Minutes later, the roof collapsed.", "Minutes later", "XXXX-XX-XX"),
    ("He was arrested two hours later.", "two hours", "PT2H"),
])
def test_shift_with_no_count(sentence, span, value):
    found = {t.text: t.value for t in timeline.tag(sentence, pub_date="2024-11-24")}
    assert found.get(span) == value, found


def test_years_later_with_no_count_left_alone():
    found = {t.text for t in timeline.tag("The plant closed in 2019. Years later it reopened.", pub_date="2024-11-24")}
    assert found == {"2019"}, found
