"""Rows/intervals helper i24 (issue 12, session 24): the date of a row that depends on the story's own time, on
tense or on the interval's shape, of kinds not in the earlier interval probes (t18-t20, i21-i23, story_next_i23).
Sentences written here (not from any corpus, held-out or reviewer text; several domains), expected rows by hand
from the README's column table (half-open start/end); committed before the tool ran on them.
``python tests/test_intervals_i24.py`` prints every item with its rows.

Each item: (id, text, pub date, words of the row's time expression, expected trigger (a tuple: any of them) or None
for "no dated row of that time", expected start, expected end, expected fuzzy); ``None`` for start/end/fuzzy: not
checked.

Seasons keep the tool's convention (the northern meteorological seasons: summer is June to August) even for a
story set south of the equator; the probe says so rather than asking for a hemisphere the text never names."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402,F401  (test_intervals_i24b reads it from here)
from events_probe import interval_check, interval_hits, interval_probe_main  # noqa: E402

# 2024-05-02 Thursday, 2024-05-04 Saturday, 2024-05-05 Sunday, 2024-05-06 Monday, 2024-05-07 Tuesday

# --- A. ranges of mixed grain and ranges to an event's date ---------------------------------------------------------
RANGES = [
    ("fri-to-sun-morning", "Snow fell across the northern valleys between Friday and Sunday morning.", "2024-05-06",
     "Friday", ("fell",), "2024-05-03", "2024-05-05", None),
    ("day-and-day", "The climate summit will take place on September 16 and 17 in Geneva.", "2024-05-02",
     "September 16", ("take", "place", "summit"), "2024-09-16", "2024-09-18", None),
    ("until-resignation-in", "Maria Stone led the water agency from 2012 until her resignation in 2018.",
     "2024-05-02", "2012", ("led",), "2012-01-01", "2019-01-01", None),
    ("until-year-when", "He edited the paper from 1990 until 2011, when he retired.", "2024-05-02", "1990",
     ("edited",), "1990-01-01", "2012-01-01", None),
    ("march-through-may", "Grain exports fell from March through May.", "2024-08-10", "March", ("fell",),
     "2024-03-01", "2024-06-01", None),
    ("dec-to-feb-past", "Heavy rains battered the coast from December to February.", "2024-03-10", "December",
     ("battered",), "2023-12-01", "2024-03-01", None),
    ("between-year-last-year", "Rents in the capital rose 30% between 2019 and last year.", "2024-05-02", "2019",
     ("rose",), "2019-01-01", "2024-01-01", None),
    ("day-through-month", "The beach will be closed to dogs from June 1 through August.", "2024-05-02", "June 1",
     ("closed",), "2024-06-01", "2024-09-01", None),
    ("weekday-dash", "The boat show runs Friday-Sunday at the harbour.", "2024-05-02", "Friday", ("runs",),
     "2024-05-03", "2024-05-06", None),
    ("day-to-day-month", "The strike lasted from Nov. 28 to Dec. 3.", "2024-01-15", "Nov. 28", ("lasted",),
     "2023-11-28", "2023-12-04", None),
]

# --- B. "since" with perfect and past tenses; "for the first time since" --------------------------------------------
SINCE = [
    ("since-month-perfect", "The steel plant has been idle since March.", "2024-05-02", "March", ("been", "idle"),
     "2024-03-01", "2024-05-03", None),
    ("since-early-year", "Fuel prices have climbed steadily since early 2020.", "2024-05-02", "2020", ("climbed",),
     "2020-01-01", "2024-05-03", None),
    ("since-then", "The last coal mine closed in 2014. Since then, the town has lost a third of its people.",
     "2024-05-02", "then", ("lost",), "2014-01-01", "2024-05-03", None),
    ("since-past-perfect-start", "Unemployment, which had risen since 2008, fell sharply in 2013.", "2024-05-02",
     "2008", ("risen",), "2008-01-01", None, None),
    ("since-weekday-past-perfect", "By Friday, the rescuers had searched the rubble since Monday without rest.",
     "2024-05-06", "Monday", ("searched",), "2024-04-29", None, None),
    ("first-time-since", "The rowing club won the national title for the first time since 2009.", "2024-05-02",
     "2009", None, None, None, None),
    ("first-time-since-perfect", "Inflation has fallen below 2% for the first time since 2021.", "2024-05-02",
     "2021", None, None, None, None),
    ("first-time-since-row", "The rowing club won the national title on Sunday for the first time since 2009.",
     "2024-05-02", "Sunday", ("won",), "2024-04-28", "2024-04-29", None),
]

# --- C. earlier/later in a story's own period -------------------------------------------------------------------
STORY = [
    ("later-that-week", "Rebels seized the airport on Tuesday, May 14, 2019. Later that week, they took the port.",
     "2024-05-02", "that week", ("took",), "2019-05-13", "2019-05-20", None),
    ("earlier-that-year", "The bank collapsed in September 2008. Earlier that year, it had raised $5 billion.",
     "2024-05-02", "that year", ("raised",), "2008-01-01", None, None),
    ("later-in-month", "Dock workers walked out on June 3, 2022. Later in the month, the company raised wages.",
     "2024-05-02", "the month", ("raised",), "2022-06-01", "2022-07-01", None),
    ("that-afternoon", "The plane landed at 10 a.m. on Oct. 5, 2021. That afternoon, the passengers were released.",
     "2024-05-02", "That afternoon", ("released",), "2021-10-05", None, None),
    ("next-year-story", "In 2015 the city won the bid to host the games. The next year, it began building the "
     "stadium.", "2024-05-02", "The next year", ("began",), "2016-01-01", "2017-01-01", None),
    ("year-before-story", "The festival was cancelled in 2020. The year before, it had drawn 90,000 fans.",
     "2024-05-02", "The year before", ("drawn",), "2019-01-01", "2020-01-01", None),
    ("that-december", "The factory opened in March 2010. That December, it shipped its first cars.", "2024-05-02",
     "That December", ("shipped",), "2010-12-01", "2011-01-01", None),
    ("following-spring", "Fire gutted the cathedral in April 2019. The following spring, restoration began.",
     "2024-05-02", "The following spring", ("began", "restoration"), "2020-03-01", "2020-06-01", None),
    ("decade-later", "The cotton mill closed in 1985. A decade later, it reopened as a museum.", "2024-05-02",
     "A decade later", ("reopened",), "1995-01-01", "1996-01-01", None),
    ("previous-thursday-story", "The envoy arrived in Cairo on Monday, April 8, 2019. The previous Thursday, talks "
     "had broken down.", "2024-05-02", "The previous Thursday", ("broken",), "2019-04-04", "2019-04-05", None),
    ("previous-thursday-weekday", "The minister resigned on Tuesday. The previous Thursday, she had denied any "
     "wrongdoing.", "2024-05-02", "The previous Thursday", ("denied",), "2024-04-25", "2024-04-26", None),
    ("previous-weekend-story", "The ferry sank on Tuesday, May 7, 2019. The previous weekend, inspectors had passed "
     "it as safe.", "2024-05-02", "The previous weekend", ("passed",), "2019-05-04", "2019-05-06", None),
    ("within-days-of", "The dam collapsed on June 2, 2020. Within days of the collapse, cholera spread through the "
     "camps.", "2024-05-02", "days", ("spread",), "2020-06-02", None, None),
    ("weeks-after-story", "The levee failed on Aug. 29, 2005. In the weeks after, thousands left the city.",
     "2024-05-02", "weeks", ("left",), "2005-08-29", None, None),
    ("by-then-year", "The last shipyard shut in 1994. By then, the port had lost most of its trade.", "2024-05-02",
     "then", ("lost",), "1994-01-01", "1995-01-01", None),
    ("the-day-after-date", "The jury convicted him on Feb. 9, 2017. The day after, he fired his lawyers.",
     "2024-05-02", "The day after", ("fired",), "2017-02-10", "2017-02-11", None),
]

# --- D. dates in plans and reports told in the past ------------------------------------------------------------------
PLANS = [
    ("said-would-close-march", "The carmaker said it would close the plant in March.", "2024-11-20", "March",
     ("close",), "2025-03-01", "2025-04-01", None),
    ("supposed-september", "The school was supposed to open in September, but builders found asbestos.",
     "2024-11-20", "September", ("open", "supposed"), "2024-09-01", "2024-10-01", None),
    ("announced-by-year", "The airline announced on Tuesday that it would cut 1,000 jobs by 2026.", "2024-05-02",
     "2026", ("cut",), None, "2027-01-01", None),
    ("said-had-april", "The airline said on Friday it had grounded the jets in April.", "2024-05-02", "April",
     ("grounded",), "2024-04-01", "2024-05-01", None),
    ("saturday-pub-said-thursday", "Officials said on Saturday that the ship had sunk on Thursday.", "2024-05-05",
     "Thursday", ("sunk",), "2024-05-02", "2024-05-03", None),
    ("planned-to-next-month", "In January the council planned to reopen the pool the next month.", "2024-05-02",
     "the next month", ("reopen", "planned"), "2024-02-01", "2024-03-01", None),
]

# --- E. weekdays in stories published on that weekday or on a weekend -----------------------------------------------
WEEKDAYS = [
    ("sat-pub-friday", "Police arrested three men on Friday.", "2024-05-04", "Friday", ("arrested",), "2024-05-03",
     "2024-05-04", False),
    ("sat-pub-saturday-past", "Protesters blocked the motorway on Saturday.", "2024-05-04", "Saturday",
     ("blocked",), "2024-05-04", "2024-05-05", False),
    ("sat-pub-sunday-future", "Voters will elect a new mayor on Sunday.", "2024-05-04", "Sunday", ("elect",),
     "2024-05-05", "2024-05-06", False),
    ("sat-pub-monday-present", "Schools reopen on Monday after the holiday.", "2024-05-04", "Monday", ("reopen",),
     "2024-05-06", "2024-05-07", False),
    ("sun-pub-saturday", "The striker scored twice on Saturday.", "2024-05-05", "Saturday", ("scored",),
     "2024-05-04", "2024-05-05", False),
    ("mon-pub-monday-opens", "The murder trial opens on Monday.", "2024-05-06", "Monday", ("opens", "trial"),
     "2024-05-06", "2024-05-07", False),
    ("mon-pub-friday", "The ministry published the trade figures on Friday.", "2024-05-06", "Friday",
     ("published",), "2024-05-03", "2024-05-04", False),
    ("sun-pub-sunday-progressive", "Millions of voters are casting ballots on Sunday.", "2024-05-05", "Sunday",
     ("casting",), "2024-05-05", "2024-05-06", None),
    ("mon-pub-wednesday-future", "The court will rule on Wednesday.", "2024-05-06", "Wednesday", ("rule",),
     "2024-05-08", "2024-05-09", False),
    ("this-friday-future", "The jury will return its verdict this Friday.", "2024-05-02", "this Friday",
     ("return", "verdict"), "2024-05-03", "2024-05-04", None),
]

# --- F. weekends --------------------------------------------------------------------------------------------------
WEEKENDS = [
    ("last-weekend-thu", "Floods forced 2,000 people from their homes last weekend.", "2024-05-02", "last weekend",
     ("forced",), "2024-04-27", "2024-04-29", None),
    ("last-weekend-mon", "Fans rioted after the derby last weekend.", "2024-05-06", "last weekend", ("rioted",),
     "2024-05-04", "2024-05-06", None),
    ("this-weekend-sunday-past", "Storms battered the coast this weekend.", "2024-05-05", "this weekend",
     ("battered",), "2024-05-04", "2024-05-06", None),
    ("this-past-weekend", "Storms knocked out power to 50,000 homes this past weekend.", "2024-05-07",
     "weekend", ("knocked",), "2024-05-04", "2024-05-06", None),
    ("weekend-fronted-tue", "Over the weekend, thieves stole two paintings from the gallery.", "2024-05-07",
     "the weekend", ("stole",), "2024-05-04", "2024-05-06", None),
]

# --- G. quarters, halves and fiscal years in results stories ---------------------------------------------------------
RESULTS = [
    ("q3-past", "The chipmaker's net income rose 12% in the third quarter.", "2024-11-05", "the third quarter",
     ("rose",), "2024-07-01", "2024-10-01", None),
    ("quarter-ended-june", "Net profit doubled in the quarter ended June 30.", "2024-08-01", "June 30",
     ("doubled",), "2024-04-01", "2024-07-01", None),
    ("first-half-past", "Revenue rose 8% in the first half.", "2024-08-01", "the first half", ("rose",),
     "2024-01-01", "2024-07-01", None),
    ("q4-future", "The firm expects margins to improve in the fourth quarter.", "2024-08-01", "the fourth quarter",
     ("improve", "expects"), "2024-10-01", "2025-01-01", None),
    ("q1-next-year-late", "The carmaker will start deliveries in the first quarter.", "2024-11-20",
     "the first quarter", ("start", "deliveries"), "2025-01-01", "2025-04-01", None),
    ("fiscal-past", "The retailer lost $40 million in fiscal 2023.", "2024-05-02", "2023", ("lost",), None, None,
     None),
    ("same-quarter-base", "Sales rose 5% from the same quarter last year.", "2024-08-01", "the same quarter last year",
     None, None, None, None),
    ("second-quarter-of-year", "Airline traffic fell in the second quarter of 2020.", "2024-05-02",
     "the second quarter of 2020", ("fell",), "2020-04-01", "2020-07-01", None),
    ("three-months-to-march", "Sales jumped 9% in the three months to March.", "2024-05-02", "March", ("jumped",),
     "2024-01-01", "2024-04-01", None),
]

# --- H. periods without a calendar anchor: no invented date -----------------------------------------------------------
NO_ANCHOR = [
    ("end-of-school-year", "The district will close two primary schools at the end of the school year.",
     "2024-03-05", "school year", None, None, None, None),
    ("end-of-season", "The coach will step down at the end of the season.", "2024-03-05", "season", None, None,
     None, None),
]

# --- I. until/through/by in tenses, story and deictic ------------------------------------------------------------
BOUNDS = [
    ("until-month-past-crossyear", "The mountain road stayed closed until November.", "2024-02-10", "November",
     ("stayed", "closed"), "2023-11-01", "2023-12-01", None),
    ("through-end-of-year", "The discount runs through the end of the year.", "2024-05-02", "the end of the year",
     ("runs",), "2024-05-02", "2025-01-01", None),
    ("until-then-future", "The new stadium opens in 2026. Until then, the club will play in Leeds.", "2024-05-02",
     "then", ("play",), "2024-05-02", None, None),
    ("earlier-this-week", "Police arrested the suspect earlier this week.", "2024-05-02", "earlier this week",
     ("arrested",), "2024-04-29", None, None),
    ("southern-summer", "Bushfires raged across Australia last summer.", "2024-05-02", "last summer", ("raged",),
     "2023-06-01", "2023-09-01", None),
    ("by-monday-future", "The ministry must publish the list by Monday.", "2024-05-02", "Monday", ("publish",),
     None, "2024-05-07", None),
]

# Items still wrong after session 24's work, each with why (kept as written: the probe's gold is not changed)
XFAIL = {
    "day-and-day": "two days in a row joined by 'and' stay two listed days (test_ranges.py keeps 'met on April 24 "
                   "and 25' no range; tried in i24 and reverted)",
    "since-then": "'Since then' is left untagged (vocab then_leads: tagged, it gave spurious spans on the dev check "
                  "half)",
    "year-before-story": "tagger: 'The year before' is not tagged (TIMEX area)",
    "within-days-of": "'Within days of the collapse': a vague count of an event named by another word (collapse / "
                      "collapsed) gives no row",
    "weeks-after-story": "tagger: 'In the weeks after' (no object) is not tagged",
    "last-weekend-mon": "date right (05-04..05-06); the trigger is 'derby', not 'rioted' (TRIGGER area)",
    "quarter-ended-june": "the probe's words were a guess: the tool's row for 'the quarter' is 'doubled' 2024-04-01.."
                          "2024-07-01 (right); 'June 30' dates 'ended'",
    "same-quarter-base": "'rose 5% from the same quarter last year' is not flagged comparison-base (NOROW area)",
    "end-of-season": "relative.sports_season reads 'the end of the season' as the year with mod END, by design",
}
ITEMS = [pytest.param(*i, marks=pytest.mark.xfail(reason=XFAIL[i[0]])) if i[0] in XFAIL else i
         for i in RANGES + SINCE + STORY + PLANS + WEEKDAYS + WEEKENDS + RESULTS + NO_ANCHOR + BOUNDS]


_hits, _check = interval_hits, interval_check  # (shared: tests/events_probe.py)


@pytest.mark.parametrize("name, text, pub, timex, triggers, start, end, fuzzy", ITEMS,
                         ids=[(i.values if hasattr(i, "values") else i)[0] for i in ITEMS])
def test_i24_rows(name, text, pub, timex, triggers, start, end, fuzzy):
    _check(name, text, pub, timex, triggers, start, end, fuzzy)


def main() -> None:
    interval_probe_main(ITEMS, _check, detail_chars=900)


if __name__ == "__main__":
    main()
