"""Temporal helper t22 (issue 11, generalisation to unseen news): tests/data/temporal_probe_t22, ten wire-style texts
of our own annotated and committed before the tagger ran on them, scored by overlap as tests/temporal_probe.py does;
and the classes fixed from it, each with positive and negative sentences of our own.
``python tests/test_temporal_t22.py`` prints the probe's misses, wrong values and spurious spans."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from temporal_probe import ProbeSet, gold_offsets, load  # noqa: E402
from test_temporal_news3 import _check  # noqa: E402  (one set of probe helpers)

import timeline  # noqa: E402

DATA = Path(__file__).parent / "data" / "temporal_probe_t22"
ARTICLES = load(DATA)
XFAIL: dict[tuple[str, str, int], str] = {}
PROBE = ProbeSet(ARTICLES, XFAIL)
DATA_B = Path(__file__).parent / "data" / "temporal_probe_t22b"
ARTICLES_B = load(DATA_B)
PROBE_B = ProbeSet(ARTICLES_B, {})

# The set's figures: first run (commit 0faf4be, before this round's rule changes; "now" added to the gold after it as
# an annotation slip) 120 of 131 gold expressions found, 99 right of the 105 with a scored value, no spurious span;
# after this round 124 found, 105 right. Floors at the end figures (raise, never lower).
FLOOR_FOUND, FLOOR_RIGHT = 124, 105


def test_probe_t22_floor():
    found, right = PROBE.found_and_right()
    assert found >= FLOOR_FOUND and right >= FLOOR_RIGHT, (found, right)


# 1. "the three months to September rose": a length of time and "to" before the month make the month a reporting
# period's end, so the verb after it is the figure's (was: vetoed as "according to May said").
# 2. A year-back comparison after "the three months to September" / "the six months ended June 30" is the same
# calendar quarter (half) a year back, as after "the third quarter" (was: the month a year back).
PERIOD_TO = [
    ("Net profit for the three months to September rose 12 percent.", "September", "DATE", "2004-09", None,
     "2004-10-21"),
    ("Revenue for the year to March fell 4 percent.", "March", "DATE", "2004-03", None, "2004-10-21"),
    ("Net profit for the three months to September rose 12 percent to $412 million from $335 million a year earlier.",
     "a year earlier", "DATE", "2003-Q3", None, "2004-10-21"),
    ("Sales in the six months to June fell 3 percent from a year earlier.", "a year earlier", "DATE", "2003-H1", None,
     "2004-10-21"),
    ("Net profit in the three months ended Sept. 30 rose to $9 million from $7 million a year earlier.",
     "a year earlier", "DATE", "2003-Q3", None, "2004-10-21"),
    # negatives: a length that ends off a quarter's end keeps the month a year back; a name stays untagged
    ("Sales in the three months to August rose from a year earlier.", "a year earlier", "DATE", "2003-08", None,
     "2004-10-21"),
    ("Revenue in the 12 months to June climbed to $5 billion from $4 billion a year earlier.", "a year earlier",
     "DATE", "2003-06", None, "2004-10-21"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", PERIOD_TO)
def test_period_to_a_month(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["According to May said the plan had failed.", "He gave it to May said aides."])
def test_to_a_name_stays_untagged(sentence):
    assert not timeline.tag(sentence, pub_date="2004-10-21")


# 3. "will move the festival to September from 2025", "returns to May starting in 2026": a yearless month moved to
# and the year from which it holds (was: the publication year). Not a comparison ("rose 3 percent in January from
# 1997") nor a range ("in March from 2019 to 2021").
ONSET_YEAR = [
    ("Organisers will move the festival to September from 2025, after crowds fell.", "September", "DATE", "2025-09",
     None, "2023-05-16"),
    ("The race returns to May starting in 2026.", "May", "DATE", "2026-05", None, "2023-05-16"),
    ("The league will switch the final to June from next year.", "June", "DATE", "2024-06", None, "2023-05-16"),
    # negatives
    ("Sales rose 3 percent in January from 1997.", "January", "DATE", "2023-01", None, "2023-05-16"),
    ("Sales rose in March from 2019 to 2021.", "March", "DATE", "2023-03", None, "2023-05-16"),
    ("Prices rose in April from 2020 levels.", "April", "DATE", "2023-04", None, "2023-05-16"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", ONSET_YEAR)
def test_month_from_a_year(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 4. "would keep it shut until Friday", "would leave the border closed until Thursday": a participle describing the
# object of a base verb takes that verb's tense (was: the participle read as a past, the Friday gone by). A past
# keeping stays past; a perfect ("would have closed by Friday") is no object complement.
COMPLEMENT = [
    ("BP said on Tuesday it had capped the well and would keep it shut until Friday.", "Friday", "DATE", "2010-07-23",
     None, "2010-07-20"),
    ("The ministry said it would leave the border closed until Thursday.", "Thursday", "DATE", "2010-07-22", None,
     "2010-07-20"),
    ("The company would keep the plant shut until Monday.", "Monday", "DATE", "2010-07-26", None, "2010-07-20"),
    # negatives
    ("Officials kept the road closed until Sunday.", "Sunday", "DATE", "2010-07-18", None, "2010-07-20"),
    ("It would have closed by Friday.", "Friday", "DATE", "2010-07-16", None, "2010-07-20"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", COMPLEMENT)
def test_object_complement_takes_its_verbs_tense(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 5. "later in the week", "earlier in the month": the story's week (month), mod START / END as TimeBank writes
# "earlier in the year" (was: no timex). "earlier in the day" / "later in the day" were tried and dropped: the dev check
# half lost strict and value F1 (two of its three are untagged in the gold); the probe's two stay missed. 6. "hours later than forecast": a length of unknown size (was: no timex; a
# count, "two weeks later than planned", was already a duration). 7. "the holiday weekend", "the long weekend": the
# weekend nearest in the tense's direction, as "the weekend" (was: no timex).
SIDES = [
    ("Talks will resume later in the week.", "later in the week", "DATE", "2003-W15", "END", "2003-04-07"),
    ("Rebels seized the town on March 3, 2002. Later in the month, troops withdrew.", "Later in the month", "DATE",
     "2002-03", "END", "2003-04-07"),
    ("The river crested at midday, hours later than forecasters had expected.", "hours", "DURATION", "PTXH", None,
     "2003-04-07"),
    ("The bridge reopened months earlier than planned.", "months", "DURATION", "PXM", None, "2003-04-07"),
    ("Millions of Americans will travel over the holiday weekend.", "the holiday weekend", "DATE", "2008-W52-WE",
     None, "2008-12-22"),
    ("Traffic was heavy over the long weekend.", "the long weekend", "DATE", "2008-W51-WE", None, "2008-12-22"),
    # negatives: a count keeps its own span; "hours later" with no "than" is the story's day
    ("It opened a few days later than planned.", "a few days", "DURATION", "PXD", None, "2003-04-07"),
    ("The flight left two hours later than planned.", "two hours", "DURATION", "PT2H", None, "2003-04-07"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", SIDES)
def test_sides_of_a_period_and_vague_lengths(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


@pytest.mark.parametrize("sentence", ["She starred in The Long Weekend.", "He spoke earlier in the month-long inquiry."])
def test_names_and_compounds_stay_untagged(sentence):
    assert not {t.text.lower() for t in timeline.tag(sentence, pub_date="2003-04-07")} & {
        "the long weekend", "earlier in the month"}


# 8. "fiscal 2004, which ended in June", "fiscal 2006, which begins Oct. 1": the yearless month or day that ends or
# begins a fiscal year named by its year is in that year (the one before for a beginning outside January) (was: read
# from the publication date: June 2005 for fiscal 2004's end said in June 2005).
FISCAL_BOUNDS = [
    ("Profit rose in fiscal 2004, which ended in June.", "June", "DATE", "2004-06", None, "2005-06-14"),
    ("Profit rose in fiscal 2004 ended June 30.", "June 30", "DATE", "2004-06-30", None, "2005-06-14"),
    ("The budget for fiscal 2006, which begins Oct. 1, rises 3 percent.", "Oct. 1", "DATE", "2005-10-01", None,
     "2005-06-14"),
    # negatives: a stated year stays; a month not bounding the year is read as before
    ("Profit rose in fiscal 2004, which ended June 30, 2004.", "June 30, 2004", "DATE", "2004-06-30", None,
     "2005-06-14"),
    ("Sales rose in fiscal 2004 and in June.", "June", "DATE", "2005-06", None, "2005-06-14"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", FISCAL_BOUNDS)
def test_fiscal_year_bounds(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 9. "the third attack in a week", "40 arrests within a month": after a preposition "a week" is the stretch the count
# fell in, a DURATION (was: the rate of "500 cars a week", a SET). 10. "the Jewish New Year" is Rosh Hashanah's day
# from the table of lunisolar holidays (was: no timex).
WITHIN_UNIT = [
    ("It was the second protest in a week, the paper reported.", "a week", "DURATION", "P1W", None, "2019-11-14"),
    ("Police made 40 arrests within a month.", "a month", "DURATION", "P1M", None, "2019-11-14"),
    ("Jewish families marked the Jewish New Year in late September.", "Jewish New Year", "DATE", "2008-09-30", None,
     "2008-12-22"),
    # negatives: a rate stays a SET
    ("The plant makes 500 cars a week.", "a week", "SET", "P1W", None, "2019-11-14"),
    ("Output rose to 500 barrels a day in a month.", "a day", "SET", "P1D", None, "2019-11-14"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", WITHIN_UNIT)
def test_within_a_unit_and_the_jewish_new_year(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


# 11. "every four years or so": the words join the set as its mod APPROX (was: the duration "four years or so" took the
# span and the set was lost). Second probe (tests/data/temporal_probe_t22b, committed before the tagger ran on it):
# first run 32 of 32 found, 25 of 27 scored values right; after this 26 (left: "the previous month" after an
# intervening season, read from the season's month rather than April's).
SET_OR_SO = [
    ("Storms like this strike every four years or so.", "every four years or so", "SET", "P4Y", "APPROX", "2011-01-12"),
    ("Elections are held every four years.", "every four years", "SET", "P4Y", None, "2011-01-12"),
    ("Growth should pick up over the next year or so.", "the next year or so", "DATE", "2012", "APPROX",
     "2011-01-12"),
]


@pytest.mark.parametrize("sentence,span,type_,value,mod,pub", SET_OR_SO)
def test_set_or_so(sentence, span, type_, value, mod, pub):
    _check(sentence, span, type_, value, mod, pub)


FLOOR_B_FOUND, FLOOR_B_RIGHT = 32, 26


def test_probe_t22b_floor():
    found, right = PROBE_B.found_and_right()
    assert found >= FLOOR_B_FOUND and right >= FLOOR_B_RIGHT, (found, right)


@pytest.mark.parametrize("probe", [PROBE, PROBE_B], ids=["t22", "t22b"])
def test_probe_no_spurious_span(probe):
    spurious = {name: probe.spurious(name) for name in probe.articles}
    assert not any(spurious.values()), spurious


def report(articles=ARTICLES, probe=PROBE) -> None:
    for name, art in articles.items():
        for start, end, type_, value, _ in gold_offsets(art):
            hits = probe.hits(name, start, end)
            span = art["text"][start:end]
            got = [(t.text, t.type, t.value) for t in hits]
            if not hits:
                print(f"MISS  {name}: {span!r} ({type_} {value})")
            elif value is not None and (type_, value) not in {(t.type, t.value) for t in hits}:
                print(f"VALUE {name}: {span!r} ({type_} {value}) got {got}")
        for s in probe.spurious(name):
            print(f"SPUR  {name}: {s}")
    print("found, right:", probe.found_and_right(), "of", sum(len(a["gold"]) for a in articles.values()),
          "(scored values:", sum(v is not None for a in articles.values() for *_, v in a["gold"]), ")")


if __name__ == "__main__":
    report()
    report(ARTICLES_B, PROBE_B)
