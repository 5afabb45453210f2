"""Rows/intervals helper i25 (issue 12, session 25): which time an anchored length ("within 30 days", "within
hours", "in six weeks", "over the next five years") and a story-relative count ("three days later", "the following
month") count from when a background sentence (a past year told as an aside: "A similar ferry sank in 2009") or a
relative clause stands between the story's own day and the length; and a range's first end shared by a when-clause
("were shut from Nov. 4 to 8 when drivers went on strike": both rows carry the range).
Sentences written here (not from any corpus, held-out or reviewer text; several domains), expected rows by hand
from the README's column table (half-open start/end); committed before the tool ran on them.
``python tests/test_intervals_i25.py`` prints every item with its rows.

Each item: (id, text, pub date, words of the row's time expression, expected trigger (a tuple: any of them) or None
for "no dated row of that time", expected start, expected end, expected fuzzy); ``None`` for start/end/fuzzy: not
checked; "NaT": no interval. A start (and end) given as a tuple lists the readings a careful reader accepts, paired
in order: an order given on an undated past day counts from the story's day or from the report.

The convention followed (as the tagger's count of days after a background year, temporal/tagger.py _day_anchor): a
past year (or quarter, half, season) told between the story's day and the length is background; a count of hours,
days or weeks cannot say which day of that year it starts on, so it counts from the story's day; a count in years
("two years later") or words that name that year ("that year") read the year. With no story day before the aside,
the year is all there is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from events_probe import interval_check, interval_probe_main  # noqa: E402

# 2024-05-02 Thursday (Sunday before: 04-28, Monday 04-29, Tuesday 04-30, Wednesday 05-01);
# 2024-05-06 Monday (Friday before: 05-03, Saturday 05-04, Thursday 05-02)

# --- A. a length after a background year that stands between the story's day and it --------------------------------
ASIDE = [
    ("aside-ordered-days", "A bus plunged into a ravine on Sunday. A similar crash killed 40 people in 2017. The "
     "transport minister ordered safety checks on all coaches within 30 days.", "2024-05-02", "30 days",
     ("ordered", "checks"), ("2024-04-28", "2024-05-02"), ("2024-05-28", "2024-06-01"), None),
    ("aside-hours-passive", "Firefighters contained a forest fire near Avignon on Saturday. A far larger blaze burned "
     "10,000 hectares in the same hills in 2003. Residents were allowed home within hours.", "2024-05-06", "hours",
     ("allowed",), "2024-05-04", None, None),
    ("aside-week-pronoun", "The central bank cut its main rate on Tuesday. It last cut rates in 2020, during the "
     "pandemic. Mortgage lenders lowered their offers within a week.", "2024-05-02", "a week", ("lowered",),
     "2024-04-30", None, None),
    ("aside-participle-days", "A cargo ship ran aground off Crete on Monday. Another freighter broke up on the same "
     "reef in 2011, spilling 300 tonnes of oil. The coast guard removed the fuel within three days.", "2024-05-02",
     "three days", ("removed",), "2024-04-29", "2024-05-02", None),
    ("aside-future-years", "Floods swept the delta on Monday. Worse floods killed 2,000 people there in 1998. The "
     "government will rebuild the dykes over the next five years.", "2024-05-02", "five years", ("rebuild",),
     "2024-05-02", "2029-05-02", None),
    ("aside-said-would-days", "Miners walked off the job on Tuesday. A similar strike shut the pits for a year in "
     "1985. The company said it would present a new offer within ten days.", "2024-05-02", "ten days",
     ("present", "offer"), ("2024-05-02", "2024-04-30"), ("2024-05-12", "2024-05-10"), None),
    ("aside-quarter-hours", "The retailer reported a loss on Wednesday. It last lost money in the first quarter of "
     "2016. Its shares recovered within hours.", "2024-05-02", "hours", ("recovered",), "2024-05-01", None, None),
    ("aside-earlier-in-year", "The airline grounded its fleet on Monday. Earlier, in 2018, a software fault had "
     "grounded its jets. Engineers fixed the fault within a day.", "2024-05-02", "a day", ("fixed",), "2024-04-29",
     None, None),
    ("aside-past-perfect-weeks", "Protesters occupied the parliament on March 3. Students had occupied it in 1989. "
     "The president resigned within weeks.", "2024-06-20", "weeks", ("resigned",), "2024-03-03", None, None),
    ("aside-would-january", "A tour bus overturned in the Alps on Sunday. A similar crash killed 28 people in 2012. "
     "The minister said new rules for coach drivers would take effect in January.", "2024-05-02", "January",
     ("take", "effect"), "2025-01-01", "2025-02-01", None),
    ("aside-sport-days", "The striker scored a hat-trick on Saturday. He last did so for the national team in 2016. "
     "His club extended his contract within days.", "2024-05-06", "days", ("extended",), "2024-05-04", None, None),
    ("aside-health-weeks", "The first case of the virus was confirmed on Jan. 9, 2024. A similar outbreak killed 700 "
     "people in 2003. Within two weeks, the city had closed its schools.", "2024-05-02", "two weeks", ("closed",),
     "2024-01-09", "2024-01-23", None),
    ("aside-tech-hours", "The app went offline for users across Europe on Wednesday. A bigger outage hit it in 2021. "
     "Engineers restored the service within hours.", "2024-05-02", "hours", ("restored",), "2024-05-01", None, None),
    ("aside-season-hours", "Wildfires forced thousands to flee on Thursday. Fires burned much of the island in the "
     "summer of 2007. Firefighters brought the blaze under control within 24 hours.", "2024-05-06", "24 hours",
     ("brought",), "2024-05-02", "2024-05-03", None),
    ("aside-since-hours", "The museum reopened on Saturday. It had been closed since a fire in 2019. Visitors filled "
     "the halls within hours.", "2024-05-06", "hours", ("filled",), "2024-05-04", None, None),
    ("aside-in-year-fronted-days", "Troops entered the city on Friday. In 2014, rebels had held it for a month. Aid "
     "convoys arrived within two days.", "2024-05-06", "two days", ("arrived",), "2024-05-03", "2024-05-05", None),
    ("aside-future-hours", "Police found the missing climber on Wednesday. Another climber vanished on the same peak "
     "in 2010. The climber will be flown home within 48 hours.", "2024-05-02", "48 hours", ("flown",), "2024-05-02",
     "2024-05-04", None),
    ("aside-in-weeks-future", "The mayor resigned on Monday. Her predecessor quit in 2016 amid a bribery scandal. The "
     "city will elect a successor in six weeks.", "2024-05-02", "six weeks", ("elect",), "2024-06-13", None, None),
]

# --- B. a time in a relative clause of the sentence before, or of the length's own sentence -------------------------
RELATIVE = [
    ("relcl-prev-hours", "On Sunday, divers reached the trawler that sank off the cape in 1987. They brought up its "
     "bell within hours.", "2024-05-02", "hours", ("brought",), "2024-04-28", None, None),
    ("relcl-prev-48-hours", "On Tuesday, police arrested a man who had escaped from prison in 2019. He was charged "
     "within 48 hours.", "2024-05-02", "48 hours", ("charged",), "2024-04-30", "2024-05-02", None),
    ("relcl-same-ordered", "The minister, who took office in 2015, ordered an audit of the port within 60 days.",
     "2024-05-02", "60 days", ("ordered", "audit"), ("2024-05-02", "NaT"), ("2024-07-01", "NaT"), None),
]

# --- C. story time that should carry: the length or count follows the story's own time ---------------------------
CARRY = [
    ("later-after-day", "A tanker exploded in the port of Antwerp on March 3, 2022. Three days later, investigators "
     "blamed a faulty valve.", "2024-05-02", "Three days later", ("blamed",), "2022-03-06", "2022-03-07", None),
    ("within-after-day", "An earthquake struck the province on Feb. 6, 2023. Within a week, the death toll passed "
     "40,000.", "2024-05-02", "a week", ("passed",), "2023-02-06", None, None),
    ("within-after-month", "The bank failed in March 2008. Within months, the government had nationalised it.",
     "2024-05-02", "months", ("nationalised",), "2008-03-01", None, None),
    ("within-after-year-only", "The mine closed in 2015. Within a year, half the town had left.", "2024-05-02",
     "a year", ("left",), "2015-01-01", None, None),
    ("following-months-after-year", "The state raised fuel taxes in 2019. Over the following six months, truck sales "
     "fell by a third.", "2024-05-02", "six months", ("fell",), "2019-01-01", None, True),
    ("years-later-after-aside", "The factory shut on Monday. It had first opened in 1960. Two years later, it was "
     "making 500 cars a day.", "2024-05-02", "Two years later", ("making",), "1962-01-01", "1963-01-01", None),
    ("hours-after-day", "The storm hit the coast on Saturday. Crews restored power to most homes within hours.",
     "2024-05-06", "hours", ("restored",), "2024-05-04", None, None),
    ("weeks-after-year-first", "A similar ferry sank in 2009, killing 300 people. Most of the bodies were recovered "
     "within weeks.", "2024-05-02", "weeks", ("recovered",), "2009-01-01", None, None),
    ("hours-after-second-day", "Rebels seized the town on June 4, 2021. The army retook it on June 9, 2021. Within "
     "hours, looters had emptied the shops.", "2024-05-02", "hours", ("emptied",), "2021-06-09", None, None),
    ("two-asides-narrative", "The bank's chief resigned on Tuesday. She joined the bank in 1999. In 2008 she led its "
     "rescue. Within weeks, it had raised new capital.", "2024-05-02", "weeks", ("raised",), "2008-01-01", None,
     None),
    ("that-year-after-aside", "The ferry sank on Sunday. A similar ferry sank in 2009. That year, the government "
     "banned night crossings.", "2024-05-02", "That year", ("banned",), "2009-01-01", "2010-01-01", None),
    ("year-first-tsunami", "In 2011, a tsunami destroyed the harbour. Within weeks, fishermen had begun to rebuild.",
     "2024-05-02", "weeks", ("begun", "rebuild"), "2011-01-01", None, None),
    ("following-month-after-day", "The refinery caught fire on Jan. 12, 2022. The following month, it cut output by "
     "half.", "2024-05-02", "The following month", ("cut",), "2022-02-01", "2022-03-01", None),
    ("week-later-after-day", "Voters went to the polls on Oct. 1, 2023. A week later, the electoral board declared "
     "the winner.", "2024-05-02", "A week later", ("declared",), "2023-10-08", "2023-10-09", None),
    ("next-years-past-narrative", "In 1990 the company opened its first store in Asia. Over the next ten years, it "
     "opened 200 more.", "2024-05-02", "ten years", ("opened",), "1990-01-01", None, None),
    ("said-day-within", "The regulator said on Monday that it would rule on the merger within 30 days.", "2024-05-02",
     "30 days", ("rule",), "2024-04-29", "2024-05-29", None),
    ("past-perfect-within-day", "The dam burst on June 2, 2020. Within two days, the water had reached the capital.",
     "2024-05-02", "two days", ("reached",), "2020-06-02", "2020-06-04", None),
    ("will-within-days", "The ministry will publish the audit within 14 days.", "2024-05-02", "14 days",
     ("publish",), "2024-05-02", "2024-05-16", None),
    ("will-in-weeks", "The bridge will reopen in three weeks.", "2024-05-02", "three weeks", ("reopen",),
     "2024-05-23", None, None),
]

# --- D. a range's first end and a when-clause of the same sentence --------------------------------------------------
WHEN_RANGE = [
    ("range-when-main", "Schools in the region were shut from Nov. 4 to 8 when bus drivers went on strike.",
     "2024-05-02", "Nov. 4", ("shut",), "2023-11-04", "2023-11-09", None),
    ("range-when-clause", "Schools in the region were shut from Nov. 4 to 8 when bus drivers went on strike.",
     "2024-05-02", "Nov. 4", ("went", "strike"), "2023-11-04", "2023-11-09", None),
    ("between-when-main", "Ferries stopped running between March 10 and 14 when storms hit the islands.",
     "2024-05-02", "March 10", ("stopped", "running"), "2024-03-10", "2024-03-15", None),
    ("between-when-clause", "Ferries stopped running between March 10 and 14 when storms hit the islands.",
     "2024-05-02", "March 10", ("hit",), "2024-03-10", "2024-03-15", None),
    ("range-when-month-day", "The airport was closed from Dec. 22 to 24 when snow buried the runways.",
     "2024-05-02", "Dec. 22", ("buried",), "2023-12-22", "2023-12-25", None),
    # negatives: a when-clause after a single day, or set off by a comma after the range's second end, dates itself
    ("day-when-clause", "The school was shut on Nov. 4 when bus drivers went on strike.", "2024-05-02", "Nov. 4",
     ("went", "strike"), "2023-11-04", "2023-11-05", None),
    ("range-comma-when-end", "Prices rose from January to March, when the central bank acted.", "2024-05-02",
     "March", ("acted",), "2024-03-01", "2024-04-01", None),
]

# --- E. second batch (written after the first rule, committed before the tool ran on it) ----------------------------
SECOND = [
    ("b2-week-after-noun", "The bridge collapsed on Aug. 14, 2018. A week after the collapse, engineers found cracks "
     "in a second bridge.", "2024-05-02", "A week", ("found",), "2018-08-21", "2018-08-22", None),
    ("b2-relcl-future", "The minister, who resigned on Tuesday, will be replaced within a week.", "2024-05-02",
     "a week", ("replaced",), "2024-05-02", "2024-05-09", None),
    ("b2-present-after-day", "The ferry sank on Sunday. Divers are searching the wreck and expect to finish within "
     "days.", "2024-05-02", "days", ("finish", "expect"), "2024-05-02", None, None),
    ("b2-last-year-aside", "The bank collapsed on Tuesday. It had posted a record profit last year. Regulators seized "
     "its assets within hours.", "2024-05-02", "hours", ("seized",), "2024-04-30", None, None),
    ("b2-label-year-aside", "On Sunday, in a rematch of the 1998 final, France beat Brazil. Within hours, fans filled "
     "the streets of Paris.", "2024-05-02", "hours", ("filled",), "2024-04-28", None, None),
    ("b2-said-would-after-aside", "The ferry sank on Sunday. A similar ferry sank in 2009. The owner said it would pay "
     "the families within two weeks.", "2024-05-02", "two weeks", ("pay",), ("2024-05-02", "2024-04-28"),
     ("2024-05-16", "2024-05-12"), None),
    ("b2-far-day-aside", "Fire broke out at the warehouse on Tuesday. Forty firefighters fought the blaze. The roof "
     "collapsed. The same warehouse burned in 2015. Police arrested a suspect within hours.", "2024-05-02", "hours",
     ("arrested",), "2024-04-30", None, None),
    ("b2-day-before-year-forward", "The company was founded on May 3, 1990. It listed its shares in 2005. Within "
     "weeks, its value had doubled.", "2024-05-02", "weeks", ("doubled",), "2005-01-01", None, None),
    ("b2-clock-day-aside", "The quake struck at 3:40 a.m. on Tuesday. A stronger quake hit the region in 1999. "
     "Rescuers pulled 12 people from the rubble within hours.", "2024-05-02", "hours", ("pulled",), "2024-04-30",
     None, None),
    ("b2-passive-ordered-aside", "The ferry sank on Sunday. A similar ferry sank in 2009, killing 300 people. An "
     "inspection of all ferries was ordered within 30 days.", "2024-05-02", "30 days", ("ordered", "inspection"),
     ("2024-04-28", "2024-05-02"), ("2024-05-28", "2024-06-01"), None),
    ("b2-own-day-after-aside", "The ferry sank on Sunday. A similar ferry sank in 2009. On Monday, the minister "
     "ordered inspections within 30 days.", "2024-05-02", "30 days", ("ordered", "inspections"), "2024-04-29",
     "2024-05-29", None),
    ("b2-plan-day-aside", "The referendum will be held on Sunday. A similar vote failed in 2016. Results are expected "
     "within hours.", "2024-05-02", "hours", ("expected",), ("2024-05-02", "2024-05-05"), None, None),
    ("b2-clock-range-when", "Flights were grounded from 6 a.m. to 2 p.m. on Friday when air traffic controllers "
     "walked out.", "2024-05-06", "6 a.m.", ("walked",), "2024-05-03", None, None),
    ("b2-earlier-this-year-aside", "The plant closed on Monday. Earlier this year, it had cut 300 jobs. The last "
     "workers were sent home within hours.", "2024-05-02", "hours", ("sent",), "2024-04-29", None, None),
    ("b2-season-aside-weeks", "The heatwave peaked on Wednesday. A deadlier heatwave struck in the summer of 2003. "
     "Hospitals reported a rise in admissions within a week.", "2024-06-20", "a week", ("reported",), "2024-06-19",
     None, None),
    ("b2-two-days-later-aside", "Rebels shelled the port on Saturday. The port was last attacked in 2019. Two days "
     "later, the navy sent a frigate.", "2024-05-10", "Two days later", ("sent",), "2024-05-06", "2024-05-07", None),
]

# --- F. third batch: counts in years or months after a past-perfect or relative-clause aside (written after the second
#     rule, committed before the tool ran on it) ------------------------------------------------------------------------
THIRD = [
    ("b3-next-years-after-perfect-aside", "The dam was completed on May 1, 1990. A smaller dam upstream had burst in "
     "1976. Over the next five years, farms in the valley doubled their output.", "2024-05-02", "five years",
     ("doubled",), "1990-05-01", "1995-05-01", None),
    ("b3-following-years-after-perfect-aside", "The bank was rescued on Oct. 13, 2008. It had been founded in 1864. In "
     "the following two years, it cut 20,000 jobs.", "2024-05-02", "two years", ("cut",), "2008-10-13", "2010-10-13",
     None),
    ("b3-next-years-simple-past-neg", "The dam was completed on May 1, 1990. Floods hit the valley in 1995. Over the "
     "next five years, many farmers left.", "2024-05-02", "five years", ("left",), "1995-01-01", None, None),
    ("b3-next-years-relcl-aside", "On June 2, 2012, the mayor opened a stadium that architects had designed in 1998. "
     "Over the next three years, it hosted 40 concerts.", "2024-05-02", "three years", ("hosted",), "2012-06-02",
     "2015-06-02", None),
    ("b3-following-month-perfect-aside", "The mine reopened on March 3, 2015. It had closed in 2009. The following "
     "month, it shipped its first coal.", "2024-05-02", "The following month", ("shipped",), "2015-04-01",
     "2015-05-01", None),
    ("b3-that-year-relcl", "The museum reopened in 2022, fifteen years after a fire that gutted it in 2007. Visitor "
     "numbers doubled that year.", "2024-05-02", "that year", ("doubled",), "2022-01-01", "2023-01-01", None),
    ("b3-years-later-perfect-aside", "The treaty was signed on May 9, 2017. Talks had begun in 2012. Two years later, "
     "the first troops left.", "2024-05-02", "Two years later", ("left",), "2019-05-09", "2019-05-10", None),
]

# --- the rules' own examples (written after the probe's first run; positives and negatives) ------------------------
# 1. a length in hours, days or weeks after a background year counts from the story's last day (rows.py
#    _day_left_behind); a year story cannot place hours either (rows.py _places): no January 1st
RULES = [
    ("rule-hours-year-only", "A similar ferry sank in 2009. Divers recovered the bodies within hours.", "2024-05-02",
     "hours", ("recovered",), "2009-01-01", "2010-01-02", True),
    ("rule-hours-month-only", "The bank failed in March 2008. Within hours, depositors had queued at its doors.",
     "2024-05-02", "hours", ("queued",), "2008-03-01", "2008-04-02", True),
    ("rule-hours-day", "The ferry sank on Sunday. Divers recovered the bodies within hours.", "2024-05-02", "hours",
     ("recovered",), "2024-04-28", "2024-04-29", True),
    ("rule-days-year-holds-day", "The festival opened on July 4, 2019. It drew record crowds in 2019. Within days, "
     "tickets had run out.", "2024-05-02", "days", ("run",), "2019-07-04", None, True),
    ("rule-days-aside-relcl-after-day", "Police on Friday arrested a banker who fled the country in 2016. A judge "
     "froze his accounts within days.", "2024-05-06", "days", ("froze",), "2024-05-03", None, True),
    # negatives: a count of months after the aside, and two coarse times (the narrative has gone back), keep the year
    ("rule-months-aside-keeps-year", "The ferry sank on Sunday. A similar ferry sank in 2009. Within months, its "
     "owner had gone bankrupt.", "2024-05-02", "months", ("gone",), "2009-01-01", None, True),
    ("rule-two-years-back", "Fire broke out at the plant on Monday. The plant opened in 1972. In 1990 a blast killed "
     "six workers there. Within days, the owners had closed the unit.", "2024-05-02", "days", ("closed",),
     "1990-01-01", None, True),
]
# 2. a "when" clause straight after a range of days (no comma, no "until") is about the whole range (rows.py
#    _when_over_range)
RULES += [
    ("rule-when-through", "Schools were shut from Nov. 4 through 8 when bus drivers went on strike.", "2024-05-02",
     "Nov. 4", ("went", "strike"), "2023-11-04", "2023-11-09", None),
    ("rule-when-weekdays", "Roads were closed from Friday to Sunday when the river burst its banks.", "2024-05-06",
     "Friday", ("burst",), "2024-05-03", "2024-05-06", None),
    # negatives: a range until its end, a range of years, a comma: the clause names the end
    ("rule-when-until-neg", "The clinic stayed open from May 2 until May 9 when its last doctor left.", "2024-06-20",
     "May 2", ("left",), "2024-05-09", "2024-05-10", None),
    ("rule-when-years-neg", "The council hid its losses between 2016 and 2019 when the fund collapsed.", "2024-05-02",
     "2016", ("collapsed",), "2019-01-01", "2020-01-01", None),
    ("rule-when-comma-neg", "Schools were shut from Nov. 4 to 8, when the strike ended.", "2024-05-02", "Nov. 4",
     ("ended",), "2023-11-08", "2023-11-09", None),
]

# 3. a length after the noun an ordering verb takes is the ordered act's deadline, from the report (interval.py
#    _ordered_ahead; as a promise's)
RULES += [
    ("rule-order-retrial", "The court ordered a retrial within six months.", "2024-05-06", "six months",
     ("ordered", "retrial"), "2024-05-06", "2024-11-06", None),
    ("rule-order-after-day", "The storm hit on Saturday. The governor ordered an inspection of all dams within 30 "
     "days.", "2024-05-06", "30 days", ("ordered", "inspection"), "2024-05-06", "2024-06-05", None),
    ("rule-order-demanded", "Regulators demanded a recall of the cars within 14 days.", "2024-05-02", "14 days",
     ("demanded", "recall"), "2024-05-02", "2024-05-16", None),
    ("rule-order-passive", "An audit of the port was ordered within 60 days.", "2024-05-02", "60 days",
     ("ordered", "audit"), "2024-05-02", "2024-07-01", None),
    # negatives: hours say when the order came (from the story's day); an order's own day dates it; a to-infinitive
    # is not the rule's (the infinitive's own look ahead dates it from the report, as before it)
    ("rule-order-hours-neg", "The storm hit on Saturday. Police ordered the evacuation of the coast within hours.",
     "2024-05-06", "hours", ("ordered", "evacuation"), "2024-05-04", None, None),
    ("rule-order-own-day-neg", "The minister on Tuesday ordered an inspection of all dams within 30 days.",
     "2024-05-02", "30 days", ("ordered", "inspection"), "2024-04-30", "2024-05-30", None),
    ("rule-order-infinitive", "The council ordered the firm to pay within 30 days.", "2024-05-02", "30 days",
     ("pay",), "2024-05-02", "2024-06-01", None),
]

# 4. the sentence before a length: its own time, not one in a relative clause (rows.py _time_before_sentence)
RULES += [
    ("rule-relcl-prev-years", "In 2015, the city bought a ferry that had been built in 1987. Over the next five years, "
     "it carried two million passengers.", "2024-05-02", "five years", ("carried",), "2015-01-01", "2020-01-01", None),
    # negative: with no time of its own outside the clause, the clause's time is the story's
    ("rule-relcl-only-neg", "He joined a club that was founded in 1901. Over the next decade, it won ten titles.",
     "2024-05-02", "decade", ("won",), "1901-01-01", None, None),
]

# Items still wrong after this round's work, each with why (kept as written: the probe's gold is not changed)
XFAIL = {
    "said-day-within": "interval right (04-29..05-29); the row is hung on 'merger', not 'rule' (attach.py; as "
                       "i22's within-days-future)",
    "b2-week-after-noun": "tagger: a sentence-opening 'A week after the collapse' is tagged SET P1W (as i22's "
                          "year-before-death); 'Two days after the collapse' gives 2018-08-16 (right)",
    "b2-season-aside-weeks": "'Hospitals reported a rise in admissions within a week' makes no row, with or without "
                             "the aside ('saw more patients within a week' gives Wednesday + a week)",
    "b3-next-years-after-perfect-aside": "a past perfect year aside ('had burst in 1976') before 'over the next five "
                                         "years' is read as the story (as 'It had first opened in 1960. Two years "
                                         "later, it was making 500 cars' should be): which one a reader takes is "
                                         "content, not form; left",
    "b3-following-years-after-perfect-aside": "as b3-next-years-after-perfect-aside",
    "b3-following-month-perfect-aside": "tagger: 'The following month' after a past-perfect year aside is left "
                                        "unresolved (TIMEX area: temporal/tagger.py story time)",
    "b3-years-later-perfect-aside": "tagger: 'Two years later' after a past-perfect year aside reads the aside (2014; "
                                    "as years-later-after-aside wants, where the content fits the aside): content",
    "range-comma-when-end": "the probe's words were a guess: the row of 'acted' is dated March (right) but carries "
                            "the range's first end 'January' as its timex_text",
}
ITEMS = [pytest.param(*i, marks=pytest.mark.xfail(reason=XFAIL[i[0]])) if i[0] in XFAIL else i
         for i in ASIDE + RELATIVE + CARRY + WHEN_RANGE + SECOND + THIRD + RULES]


def _check(name, text, pub, timex, triggers, start, end, fuzzy):
    """:func:`interval_check`, where a tuple start (and end) lists readings a careful reader accepts, paired."""
    if not isinstance(start, tuple):
        interval_check(name, text, pub, timex, triggers, start, end, fuzzy, undated_rows_ok=False)
        return
    errors = []
    for s, e in zip(start, end if isinstance(end, tuple) else (end,) * len(start)):
        try:
            interval_check(name, text, pub, timex, triggers, s, e, fuzzy, undated_rows_ok=False)
            return
        except AssertionError as err:
            errors.append(str(err))
    raise AssertionError(errors[0])


@pytest.mark.parametrize("name, text, pub, timex, triggers, start, end, fuzzy", ITEMS,
                         ids=[(i.values if hasattr(i, "values") else i)[0] for i in ITEMS])
def test_i25_rows(name, text, pub, timex, triggers, start, end, fuzzy):
    _check(name, text, pub, timex, triggers, start, end, fuzzy)


def main() -> None:
    interval_probe_main(ITEMS, _check, detail_chars=900)


if __name__ == "__main__":
    main()
