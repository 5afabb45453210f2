"""Calendar dates: explicit days, months, years, decades, centuries, quarters, halves, seasons, holidays."""

from __future__ import annotations

import datetime as dt
import re

from .. import veto
from ..partial import UNIT_GRAN, Partial, literal
from ..vocab import day_num, lexicon, month_num, number, vocab, weekday_num
from .base import YEAR_SAID_AFTER, Ex, family, g

rule = family(__name__)

# the lexicons behind this module's macros: a builder reads a word from the table its pattern matched it with
ORDINAL, QUARTER_ORDINALS, HALF_ORDINALS = map(lexicon, ("ORDINAL", "QUARTER_ORDINALS", "HALF_ORDINALS"))
SEASON, HOLIDAY, DECADEWORD, POSITION = map(lexicon, ("SEASON", "HOLIDAY", "DECADEWORD", "POSITION"))
REL_YEAR, REL_MONTH, REL_DATE, REL_SEASON = map(lexicon, ("REL_YEAR", "REL_MONTH", "REL_DATE", "REL_SEASON"))
REL_UNIT = lexicon("REL_UNIT")
YEAR_PREFIXES, SPOKEN_CENTURIES = map(lexicon, ("YEAR_PREFIXES", "SPOKEN_CENTURIES"))
NTH_IN_MONTH, MONTH_REFS, MONTH_HALF_MODS = map(lexicon, ("NTH_IN_MONTH", "MONTH_REFS", "MONTH_HALF_MODS"))
ERAS = lexicon("ERAS")
UNIT, FRACTION_LEADS, FRACTIONS = map(lexicon, ("UNIT", "PERIOD_FRACTION_LEADS", "PERIOD_FRACTIONS"))


def _year(s: str) -> int:
    s = s.strip("'’")
    y = int(s)
    if len(s) == 2:  # '98 -> 1998, '05 -> 2005: news rarely looks more than a few decades ahead
        y += 1900 if y >= 30 else 2000
    return y


def _wd(m):
    w = g(m, "wd")
    return weekday_num(w) if w else None


def full_date(m):
    return Partial(year=_year(m["year"]), month=month_num(m["month"]), day=day_num(m["day"]))


def month_day(m):
    return Partial(month=month_num(m["month"]), day=day_num(m["day"]), weekday=_wd(m),
                   **REL_DATE.get(g(m, "rel"), {}))


def nth_day_of_month(m):
    # "the first day of June" is June 1 (its year by the tense, as "June 1" takes it)
    year = int(m["year"]) if g(m, "year") else None
    return Partial(month=month_num(m["month"]), day=day_num(m["day"]), year=year)


def day_only(m):
    return Partial(day=int(re.match(r"\d+", m["day"]).group()), weekday=_wd(m))


def month_year(m):
    y = _year(m["year"]) if g(m, "year") else _spoken_year(m)
    return Partial(year=y, month=month_num(m["month"])) if y is not None else None


def month_only(m):
    return Partial(month=month_num(m["month"]), **REL_MONTH.get(m["rel"], {}))


def _month_or_ref(m) -> dict:
    """The month of "... of October 2022" or "... of the month" as Partial fields."""
    if g(m, "month"):
        return {"month": month_num(m["month"]), "year": _year(m["year"]) if g(m, "year") else None}
    ref = MONTH_REFS[m["mref"]]
    return {"anchor": ref["anchor"], "rel_unit": "M", "rel_n": ref["rel_n"]}


def nth_in_month(m):
    # a week of a month is the ISO week of its nth Thursday (see Partial.weekday_nth), a weekend that of its nth
    # Saturday
    wd, gran = (weekday_num(m["wd"]), None) if g(m, "wd") else (6, "weekend") if g(m, "we") else (4, "week")
    return Partial(weekday=wd, weekday_nth=NTH_IN_MONTH[m["nth"]], gran=gran, **_month_or_ref(m))


def day_of_rel_month(m):
    ref = MONTH_REFS[m["mref"]]
    return Partial(day=day_num(m["day"]), anchor=ref["anchor"], rel_unit="M", rel_n=ref["rel_n"])


def month_half(m):
    fields = _month_or_ref(m)
    gran = None if "month" in fields else "month"
    return Partial(mod=MONTH_HALF_MODS[m["ord"]], gran=gran, moves_story="month" in fields, **fields)


def month_rel_year(m):
    return Partial(month=month_num(m["month"]), year_rel=REL_YEAR[m["yrel"]])


def day_rel_year(m):
    month, day, rel = (m["month"], m["day"], m["yrel"]) if g(m, "month") else (m["month2"], m["day2"], m["yrel2"])
    return Partial(month=month_num(month), day=day_num(day), weekday=_wd(m), year_rel=REL_YEAR[rel])


def day_story_year(m):
    month, day, rel = (m["month"], m["day"], m["rel"]) if g(m, "month") else (m["month2"], m["day2"], m["rel2"])
    return Partial(month=month_num(month), day=day_num(day), weekday=_wd(m), year_rel=REL_UNIT[rel]["rel_n"],
                   year_of_story=True)


def part_story_year(m):
    # "the last quarter of that year", "the first half of the following year": a quarter or half of the story's year
    rel = REL_UNIT[m["rel"]]
    if m["qord"]:
        return Partial(quarter=4 if m["qord"].lower() == "last" else QUARTER_ORDINALS[m["qord"]],
                       year_rel=rel["rel_n"], year_of_story=True)
    return Partial(half=HALF_ORDINALS[m["hord"]], year_rel=rel["rel_n"], year_of_story=True)


def month_story_year(m):
    rel = REL_UNIT[m["rel"]]
    return Partial(month=month_num(m["month"]), year_rel=rel["rel_n"], year_of_story=True)


def iso_date(m):
    return Partial(year=int(m["year"]), month=int(m["month"]), day=int(m["day"]))


def numeric_us(m):
    mo, d = int(m["month"]), int(m["day"])
    if mo > 12 and d <= 12:  # 25/12/2023 is day-first
        mo, d = d, mo
    if mo > 12 or d > 31:
        return None
    return Partial(year=_year(m["year"]), month=mo, day=d)


def year_only(m):
    mod = YEAR_PREFIXES.get(g(m, "prepost"))
    return Partial(year=_year(m["year"]), fiscal=bool(g(m, "fiscal")), mod=mod)


# a year as broadcast transcripts spell it: "nineteen ninety-four", "two thousand and one"
_SPOKEN_YEAR = r"(?P<hi>@SPOKEN_CENTURIES@)(?:\s+(?:and\s+)?(?P<lo>@NUMWORD@))?"


def _spoken_year(m) -> int | None:
    lo = number(m["lo"]) if g(m, "lo") else 0
    if lo is None or lo >= 100:
        return None
    return SPOKEN_CENTURIES[m["hi"]] + int(lo)


def year_words(m):
    y = _spoken_year(m)
    return Partial(year=y) if y is not None else None


def decade(m):
    d = g(m, "digits")
    if d:
        dd = d.strip("'’")
        y = _year(dd[:2]) if len(dd) == 2 else int(dd[:4])
        if len(dd) == 4 and y % 100 == 0 and y < 2000:
            # "the 1800s", "the early 1900s": the hundreds name a century; "the 2000s" is the decade
            return Partial(century=y // 100, mod=POSITION.get(m["pos"]))
        dec = y // 10
    else:
        dec = 190 + DECADEWORD[m["word"]]
    return Partial(decade=dec, mod=POSITION.get(m["pos"]))


def century(m):
    o = m["ord"]
    n = ORDINAL[o] if o in ORDINAL else int(re.match(r"\d+", o).group())
    if n <= 0:
        return None
    if g(m, "bc"):
        return None
    return Partial(century=n - 1, mod=POSITION.get(g(m, "pos")))


def period_fraction(m):
    # "the final quarter of the decade": the decade's value with the mod of the share's place (vocab
    # period_fractions_why); the share itself is the row's interval (events/interval.py fraction_part)
    parts = int(FRACTIONS[m["frac"]])
    idx = int(FRACTION_LEADS[m["place"]])
    idx = parts - 1 if idx < 0 else idx
    if idx >= parts:
        return None  # "the fourth half of"
    mod = "START" if idx == 0 else "END" if idx == parts - 1 else "MID"
    share = (idx, parts)  # carried to the Timex: the event table draws this share (events/interval.py fraction_part)
    if g(m, "unit"):
        unit = UNIT[m["unit"]]
        return Partial(anchor="story_unless_behind", rel_unit=unit, rel_n=0, gran=UNIT_GRAN[unit], mod=mod,
                       moves_story=False, share=share)
    if g(m, "digits"):
        dd = m["digits"].strip("'’")
        y = _year(dd[:2]) if len(dd) == 2 else int(dd[:4])
        if len(dd) == 4 and y % 100 == 0 and y < 2000:
            return Partial(century=y // 100, mod=mod, share=share)
        return Partial(decade=y // 10, mod=mod, share=share)
    o = m["ord"]
    n = ORDINAL[o] if o in ORDINAL else int(re.match(r"\d+", o).group())
    return Partial(century=n - 1, mod=mod, share=share) if n > 0 else None


def quarter(m):
    q = QUARTER_ORDINALS[m["ord"]]
    y = m["year"] or m["year1"]
    if y:
        return Partial(year=_year(y), quarter=q)
    yrel = REL_YEAR.get(m["yrel"] or m["yearrel"])
    if yrel is not None:
        return Partial(quarter=q, year_rel=yrel)
    return Partial(quarter=q, begun_unless_future=True, reported=g(m, "results") is not None)


def month_quarter(m):
    # "the December quarter": the quarter ending in that month (Australian, Asian and British business usage)
    q = (month_num(m["month"]) - 1) // 3 + 1
    if m["year"]:
        return Partial(year=_year(m["year"]), quarter=q)
    return Partial(quarter=q, begun_unless_future=True, reported=g(m, "results") is not None)


def quarter_pair_end(m):
    # the second of "the second and third quarters": the first, elided, is ranges.py's (_opening_ordinals)
    q = QUARTER_ORDINALS[m["ord"]]
    if g(m, "year"):
        return Partial(year=_year(m["year"]), quarter=q)
    yrel = REL_YEAR.get(g(m, "yrel"))
    if yrel is not None:
        return Partial(quarter=q, year_rel=yrel)
    return Partial(quarter=q, direction=-1)


def q_numeric(m):
    q = int(m["q"] or m["q2"])
    if g(m, "year") or g(m, "yy"):
        return Partial(year=_year(m["year"] or m["yy"]), quarter=q)
    return Partial(quarter=q, direction=-1)


def month_span_period(m):
    # "the April-June quarter": the calendar quarter (or half) its first and last months bound; another span
    # of months ("the March-May period") is no named period and is left to the month rules
    m1, m2 = month_num(m["m1"]), month_num(m["m2"])
    n = (m2 - m1) % 12 + 1
    year = _year(m["year"]) if g(m, "year") else None
    if n == 3 and m1 % 3 == 1:
        key = {"quarter": (m1 + 2) // 3}
    elif n == 6 and m1 in (1, 7):
        key = {"half": (m1 + 5) // 6}
    else:
        return None
    return Partial(year=year, **key) if year is not None else Partial(direction=-1, **key)


def h_numeric(m):
    # "H1 2023", "1H 2023": the financial shorthand for a half-year
    h = int(m["h"] or m["h2"])
    if g(m, "year"):
        return Partial(year=_year(m["year"]), half=h)
    return Partial(half=h, direction=-1)


def half(m):
    h = HALF_ORDINALS[m["ord"]]
    if m["year"]:
        return Partial(year=_year(m["year"]), half=h)
    yrel = REL_YEAR.get(m["yrel"])
    if yrel is not None:
        return Partial(half=h, year_rel=yrel)
    # "the second half of the year": the year is the one the report is in, unless the clause tells it as over
    return Partial(half=h, begun_unless_future=True, reported=g(m, "results") is not None,
                   of_the_year=g(m, "theyear") is not None)


def season(m):
    s = SEASON[m["season"]]
    if m["year"]:
        return Partial(year=_year(m["year"]), season=s)
    if m["hi"]:
        y = _spoken_year(m)
        return Partial(year=y, season=s) if y is not None else None
    if m["yrel"]:  # "the spring of last year"
        return Partial(season=s, year_rel=REL_YEAR[m["yrel"]])
    return Partial(season=s, **REL_SEASON.get(m["rel"], {}))


def season_part(m):
    return Partial(season=SEASON[m["season"]], mod=POSITION[m["pos"]])


def _not_a_season_name(m, span) -> bool:
    """Veto "the end of the Summer Olympics": a capitalized season with a capitalized word after it names
    something."""
    last, doc = span[-1], span.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return not (last.text[:1].isupper() and nxt is not None and nxt.text[:1].isupper())


def holiday(m):
    day = HOLIDAY[m["hol"]]
    year = _year(m["year"]) if g(m, "year") else None
    rel = REL_DATE.get(g(m, "rel"), {})
    # "Easter week", "Christmas week": the week it falls in; "Labor Day weekend": the weekend it falls on or
    # next to
    gran = "week" if g(m, "week") else "weekend" if g(m, "we") else None
    if isinstance(day, str):  # a fixed day, "12-25"
        mo, d = (int(x) for x in day.split("-"))
        return Partial(year=year, month=mo, day=d, gran=gran, **rel)
    if isinstance(day, dict):  # a lunar calendar's, from its table of days
        return Partial(year=year, holiday=("table", day["table"]), gran=gran, **rel)
    if isinstance(day, int):  # days from Easter Sunday
        return Partial(year=year, holiday=("easter", day), gran=gran, **rel)
    return Partial(year=year, holiday=tuple(day), gran=gran, **rel)  # (month, weekday, nth): the 4th Thursday of November


def week_of_date(m):
    year = _year(m["year"]) if g(m, "year") else None
    return Partial(year=year, month=month_num(m["month"]), day=day_num(m["day"]),
                   gran="weekend" if g(m, "we") else "week")


def new_year(m):
    # the year that begins on the January 1 the tense picks: "will resume in the new year" said in September
    # is the next one; "prices rose in the new year" the one under way
    return Partial(month=1, day=1, gran="year")


def bc_year(m):
    return literal("DATE", f"{ERAS[m['era']]}{int(m['year']):04d}")


def ad_year(m):
    return Partial(year=int(m["year"] or m["year1"]))


_AD_LEADS = frozenset({"about", "c.", "ca."})


def _ad_context(m, span) -> bool:
    """"A.D. 200", "122 AD", "250 CE" in capitals; "AD 200" with the era first only after a word that leads a year
    ("in AD 1120", "from about A.D. 200"), not "the AD 200 camera"; "122 AD" not in a name ("300 AD Street")."""
    era = m["era"] or m["era1"]
    if era.upper() != era:
        return False
    if m["era1"]:
        prev = span.doc[span.start - 1] if span.start > 0 else None
        return prev is not None and (prev.lower_ in veto.APOSTROPHE_YEAR_PRECEDERS or prev.lower_ in _AD_LEADS)
    return _bc_not_in_name(m, span)


def _era_case(m, span) -> bool:
    """Veto "300 bc" in lower case: the era is written in capitals."""
    return m["era"].upper() == m["era"]


def _bc_not_in_name(m, span) -> bool:
    """Veto "300 BC Avenue": a name goes on after it, unless a word that leads a year stands before it ("In 44
    BC Caesar died")."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return (prev is not None and prev.lower_ in veto.APOSTROPHE_YEAR_PRECEDERS) or veto.in_name(m, span)


_WD = r"(?:(?P<wd>@WEEKDAY@),?\s+)?"
# "of October 2022", "in May", "of the month", "of next month"
_OF_MONTH = r"\s+(?:of|in)\s+(?:(?P<month>@MONTH@)(?:,?\s+(?P<year>@YEAR@))?|(?P<mref>@MONTH_REFS@)\s+month)"
_YEAR_DIGITS = r"(?<!\d)(?:(?:1\d|20)\d\d|2100)(?!\d)"

# A quarter or half said before the figures reported on it ("first-quarter results"): an empty group that
# takes part only when such a noun follows (Partial.reported)
# A quarter or half premodifying a data noun ("third-quarter growth", "fourth-quarter GDP") labels the period the
# figure measures in the same way (vocab period_data_nouns)
_DATA_NOUNS = "|".join(r"\s+".join(map(re.escape, w.split()))
                       for w in sorted(vocab()["period_data_nouns"]["words"], key=len, reverse=True))
_RESULTS = r"(?P<results>(?=[\s-]+(?:@RESULTS_NOUNS@|" + _DATA_NOUNS + r")\b))?"

RULES = [
    rule("date_mdy", _WD + r"(?P<month>@MONTH@)\s*(?P<day>@DAYNUM@),?\s+(?P<year>@YEAR@|'\d\d)", full_date,
         trigger="@MONTH@", checks=(veto.month_case,),
         examples=(Ex("It began on Sept. 5, 2022.", "Sept. 5, 2022", "2022-09-05"),
                   Ex("Signed Friday, Oct. 30, 1998 in Paris.", "Friday, Oct. 30, 1998", "1998-10-30"),
                   Ex("By March 3rd 2021 it was over.", "March 3rd 2021", "2021-03-03")),
         negatives=("Supporters march 12, 2000 people in all, to the stadium.",)),
    rule("date_dmy", _WD + r"(?:the\s+)?(?P<day>@DAYNUM@)(?:\s+of)?\s+(?P<month>@MONTH@),?\s+(?P<year>@YEAR@)", full_date,
         trigger="@MONTH@", checks=(veto.month_case,),
         examples=(Ex("He died on 12 January 2020.", "12 January 2020", "2020-01-12"),),
         negatives=("Only the top 10 march 1999 metres in formation.",)),
    # a day of the month said alone, in digits, after a weekday ("Sunday the 3rd", "Monday, the 4th") or a
    # preposition that dates ("on the 14th", "until the 30th"); "the 14th floor", "the 5th Fleet" are things
    rule("day_of_month", r"(?:(?P<wd>@WEEKDAY@),?\s+|(?<=\bon\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bsince\s))"
         r"the\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?!\s+(?:of|century|centuries)\b)", day_only,
         trigger=r"\d(?:st|nd|rd|th)\b", checks=(veto.attributive, veto.in_name), position_mods=False,
         examples=(Ex("The airline will resume flights on the 14th.", "the 14th", "2023-09-14"),
                   Ex("The vote was held on Sunday the 3rd.", "Sunday the 3rd", "2023-09-03"),
                   Ex("He arrived on Monday, the 4th.", "Monday, the 4th", "2023-09-04"),
                   # the weekday picks the month: Thursday the 31st said in early September was in August
                   Ex("Talks ended on Thursday the 31st.", "Thursday the 31st", "2023-08-31"),
                   Ex("The sale runs until the 30th.", "the 30th", "2023-09-30")),
         negatives=("He lives on the 14th floor.", "Ships of the 5th Fleet sailed.", "It ratified the 19th Amendment.",
                    "She finished the 3rd in her class.")),
    # the day counted into a month by words: "the first day of June", "the 15th day of March 2024"
    rule("nth_day_of_month", r"the\s+(?P<day>@DAYORD@|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+day\s+of\s+"
         r"(?P<month>@MONTH@)(?:,?\s+(?P<year>@YEAR@))?", nth_day_of_month,
         trigger="@MONTH@", checks=(veto.month_case,), priority=1,
         examples=(Ex("The festival opens on the first day of June.", "the first day of June", "2024-06-01"),
                   Ex("The law took effect on the 15th day of March 2021.", "the 15th day of March 2021",
                      "2021-03-15")),
         negatives=("It was the first day of school.", "It was the first day of may be many.")),
    rule("date_md", r"(?:(?P<rel>@REL_DATE@)\s+)?" + _WD + r"(?P<month>@MONTH@)\s*(?P<day>@DAYNUM@|(?<=\s)@DAYORD@)(?![\d,]*\d)", month_day,
         trigger="@MONTH@", checks=(veto.month_case,),
         examples=(Ex("The talks ended Aug. 9.", "Aug. 9", "2023-08-09"),
                   Ex("The sale should close around Nov. 1.", "around Nov. 1", "2023-11-01", mod="APPROX"),
                   Ex("Talks will resume Dec. 12.", "Dec. 12", "2023-12-12"),
                   Ex("Talks resumed Dec. 12.", "Dec. 12", "2022-12-12"),
                   Ex("The vote is set for Thursday, Sept. 7.", "Thursday, Sept. 7", "2023-09-07"),
                   Ex("Women's Day is this coming Friday, March eighth.", "this coming Friday, March eighth", "2024-03-08"),
                   Ex("The index is near the record it set on Dec. 6.", "Dec. 6", "2022-12-06"),
                   Ex("Police have hunted him since shortly after the Nov. 23 shooting.", "Nov. 23", "2022-11-23"),
                   # a delay runs forward from the report even in a past-tense sentence
                   Ex("The trial was postponed until Nov. 20.", "Nov. 20", "2023-11-20"),
                   Ex("The company must file its reply no later than Oct. 2.", "Oct. 2", "2023-10-02"),
                   # a direct past clause takes the past reading; a date before a noun is that noun's schedule
                   Ex("Rebels seized the airport on Oct. 2.", "Oct. 2", "2022-10-02", dct=dt.date(2023, 9, 20)),
                   Ex("Rebels ignored the Oct. 2 deadline.", "Oct. 2", "2023-10-02", dct=dt.date(2023, 9, 20)),
                   # a date a scheduling noun names lies ahead of the act that set it, not of one that missed it
                   Ex("The judge set a trial date of Feb. 8.", "Feb. 8", "2024-02-08", dct=dt.date(2023, 11, 1)),
                   Ex("The firm missed a deadline of Oct. 15.", "Oct. 15", "2023-10-15", dct=dt.date(2023, 11, 1))),
         negatives=("Rule 18 applies.", "He may 3 times try.")),
    rule("date_dm", _WD + r"(?:the\s+)?(?P<day>@DAYNUM@|(?<=the\s)(?P<ordw>@DAYORD@)(?=\s+of\s))(?:\s+of)?\s+(?P<month>@MONTH@)(?!\s*\d)"
         # (a year after a comma is date_dmy's; a count after it is the clause's: "On 7 March, 40 people died")
         r"(?!\s*,\s*(?:\d{4}|['’]\d\d)(?![\d,]))(?(ordw)(?!['’]s\b))", month_day,
         trigger="@MONTH@", checks=(veto.month_case, veto.dm_context),
         examples=(Ex("The ceasefire began on 3 July.", "3 July", "2023-07-03"),
                   Ex("On 7 March, 40 people died in the floods.", "7 March", "2023-03-07"),
                   Ex("The deadline is the first of October.", "the first of October", "2023-10-01")),
         negatives=("He scored 3 May goals.",)),
    rule("month_year", r"(?P<month>@MONTH@),?\s+(?:of\s+)?(?:(?P<year>@YEAR@|'\d\d)|" + _SPOKEN_YEAR + ")", month_year,
         trigger="@MONTH@", checks=(veto.month_case,),
         examples=(Ex("The strike began in February 2022.", "February 2022", "2022-02"),
                   Ex("It began in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01")),
         negatives=("He told Mrs. May 2000 people had signed.",)),
    rule("month_rel", r"(?:(?P<rel>@REL_MONTH@)\s+)?(?P<month>@MONTH@)", month_only,
         trigger="@MONTH@", checks=(veto.month_case, veto.month_context),
         examples=(Ex("Prices rose in July.", "July", "2023-07"),
                   Ex("Prices rose last November.", "last November", "2022-11"),
                   Ex("The summit is due in December.", "December", "2023-12"),
                   Ex("The carrier has been on patrol since November and will return.", "November", "2022-11"),
                   # "since" and a gerund is as strictly past as "since" alone
                   Ex("Since taking office in March, the mayor has cut spending.", "March", "2024-03",
                      dct=dt.date(2025, 2, 10)),
                   Ex("Sales are projected to double in March.", "March", "2024-03"),
                   # a superlative ranks the month among its kind
                   Ex("It was the warmest September on record.", "September", "2023-09", dct=dt.date(2023, 10, 2)),
                   # ... and so does a superlative after the month as the subject of "was"
                   Ex("The weather office said March was the hottest since records began.", "March", "2023-03",
                      dct=dt.date(2023, 5, 5)),
                   # tense slack for schedules never crosses into another year
                   Ex("Troops massed in the south. In January, a bombing killed a guard.", "January", "2023-01",
                      dct=dt.date(2023, 10, 25)),
                   Ex("She will command a mission in December.", "December", "2023-12", dct=dt.date(2023, 3, 4)),
                   Ex("The split would be paid on a date in January.", "January", "2024-01",
                      dct=dt.date(2023, 10, 26)),
                   Ex("The ceasefire was extended until January.", "January", "2024-01"),
                   Ex("The strike lasted until January.", "January", "2023-01"),
                   Ex("The new rules are in force until March.", "March", "2024-03"),
                   Ex("The August holidays emptied the city.", "August", "2023-08"),
                   Ex("The talks dragged on well into March.", "March", "2023-03"),
                   # a direct past clause is what happened: no slack for a schedule (tense.Tense.direct) ...
                   Ex("The governor vetoed the bill in May.", "May", "2022-05", dct=dt.date(2023, 3, 20)),
                   Ex("In May, the old bridge was demolished.", "May", "2022-05", dct=dt.date(2023, 3, 20)),
                   # the verb past "and" heads the next clause, not this one
                   Ex("The fund began buying the bank's shares in July, and holds 5% of it.", "July", "2022-07",
                      dct=dt.date(2023, 3, 20)),
                   # ... a preposition that puts the time after the event, a reported clause or a future keep it
                   Ex("Crews rushed to finish the bridge before May.", "May", "2023-05", dct=dt.date(2023, 3, 20)),
                   Ex("The agency said the rules took effect in May.", "May", "2023-05", dct=dt.date(2023, 3, 20)),
                   Ex("The governor will sign the bill in May.", "May", "2023-05", dct=dt.date(2023, 3, 20)),
                   # "that", "the following": the story's month, or the first after the story time
                   Ex("The bakery closed in 2020. She reopened that August.", "that August", "2020-08"),
                   Ex("They married in March 2015; the following June, a son was born.", "the following June",
                      "2015-06"),
                   Ex("The mill shut in 2011. The following June it was sold.", "The following June", "2012-06"),
                   # a determiner, the month and a common noun: the month dates the noun
                   Ex("Voters rejected the plan in a June referendum.", "June", "2023-06"),
                   Ex("The board approved the sale at its March meeting.", "March", "2023-03")),
         negatives=("May said no.", "They may go.", "Protesters march on the capital.",
                    "Theresa May resigned.", "The March of Dimes.", "A March for Life rally drew crowds.",
                    "The august institution turned 200.", "Members may vote on the plan.",
                    "He ran into May at the station.", "She joined a March through the city.",
                    "Her May Marsh speech was short.", "May was the first to speak.", "April was arrested.",
                    "March was a good month.")),
    # "the third Friday of October", "the last week of the month": one day (week) of a month
    rule("nth_in_month", r"the\s+(?P<nth>@NTH_IN_MONTH@)\s+(?:(?P<wd>@WEEKDAY@)|(?P<we>weekend)|week)" + _OF_MONTH,
         nth_in_month,
         trigger="week|weekend|@WEEKDAY@", checks=(veto.month_case,), priority=1,
         examples=(Ex("The fair opens on the third Friday of October.", "the third Friday of October", "2023-10-20"),
                   Ex("Rent is due on the last Monday of the month.", "the last Monday of the month", "2023-09-25"),
                   Ex("The vote will be held on the first Tuesday in November.", "the first Tuesday in November",
                      "2023-11-07"),
                   Ex("The race was run on the second Sunday of May 2021.", "the second Sunday of May 2021",
                      "2021-05-09"),
                   Ex("Sales slowed in the first week of August.", "the first week of August", "2023-W31"),
                   Ex("Crews will return in the last week of next month.", "the last week of next month", "2023-W43"),
                   Ex("The fair is held on the first weekend of October.", "the first weekend of October",
                      "2023-W40-WE")),
         negatives=("He won the first week of the contest.", "Fans loved the second week of the tour.")),
    # "the week of April 22", "the weekend of Aug. 17-18", "the week ending May 3": one expression, the week
    # (weekend) the date falls in, its year chosen as the date's would be; the days a weekend spans are part of
    # it, not a range of their own
    rule("week_of_date", r"the\s+(?:week|(?P<we>weekend))\s+(?:of|end(?:ing|ed))\s+(?P<month>@MONTH@)\s*(?P<day>@DAYNUM@)"
         r"(?:\s*[-–]\s*(?P<day2>@DAYNUM@)(?![\w-]))?(?:,?\s+(?P<year>@YEAR@))?", week_of_date,
         trigger="week|weekend", checks=(veto.month_case,), priority=1,
         examples=(Ex("A hearing is set for the week of Oct. 16.", "the week of Oct. 16", "2023-W42"),
                   Ex("A farewell party is planned for the weekend of Sept. 16-17.", "the weekend of Sept. 16-17",
                      "2023-W37-WE"),
                   Ex("The fair was held the weekend of June 3, 2022.", "the weekend of June 3, 2022", "2022-W22-WE"),
                   # the week a report's figures close on: its ISO week
                   Ex("Jobless claims fell in the week ending Sept. 1.", "the week ending Sept. 1", "2023-W35")),
         negatives=("He spent the week of his life in Rome.", "It was the week of the big match.")),
    # "the first of next month", "the 15th of the month": a day of a month named from the publication date (or
    # the story's month)
    rule("day_of_rel_month", r"the\s+(?P<day>@DAYORD@|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+of\s+"
         r"(?P<mref>@MONTH_REFS@)\s+month(?!['’]s?\b)", day_of_rel_month, trigger="month", priority=1,
         examples=(Ex("The law takes effect on the first of next month.", "the first of next month", "2023-10-01"),
                   Ex("Rents are due on the 15th of the month.", "the 15th of the month", "2023-09-15"),
                   Ex("Troops withdrew on the 3rd of last month.", "the 3rd of last month", "2023-08-03")),
         negatives=("She was the first of the month's winners.",)),
    # "the second half of June": the month with the mod of its part
    rule("month_half", r"the\s+(?P<ord>@MONTH_HALF_MODS@)\s+half" + _OF_MONTH, month_half,
         trigger="half", checks=(veto.month_case,), priority=1,
         examples=(Ex("Prices rose in the second half of June.", "the second half of June", "2023-06", mod="END"),
                   Ex("Talks resume in the first half of October.", "the first half of October", "2023-10",
                      mod="START"),
                   Ex("Output fell in the latter half of the month.", "the latter half of the month", "2023-09",
                      mod="END")),
         negatives=("He scored in the second half of the match.", "The first half of the mayor's term went well.")),
    rule("month_rel_year", r"(?P<month>@MONTH@)\s+(?:of\s+)?(?P<yrel>@REL_YEAR@)\s+year", month_rel_year,
         trigger="@MONTH@", checks=(veto.month_case, veto.title_case), priority=1,
         examples=(Ex("It started in June last year.", "June last year", "2022-06"),),
         negatives=('She sang "April This Year" on stage.',)),
    # "on June 10 last year", "10 June this year": a day of the year named right after it (read alone, "June 10"
    # would take its year from the tense); "last year" stays its own expression, as the probes annotate it
    # ("1 July next year" is one, as "July next year" is)
    rule("day_rel_year", _WD + r"(?:(?P<month>@MONTH@)\s*(?P<day>@DAYNUM@)" + YEAR_SAID_AFTER
         + r"|(?:the\s+)?(?P<day2>@DAYNUM@)(?:\s+of)?\s+(?P<month2>@MONTH@)\s+(?P<yrel2>@REL_YEAR@)\s+year(?![\w'’-]))",
         day_rel_year,
         trigger="@MONTH@", checks=(veto.month_case, veto.title_case), priority=2,
         examples=(Ex("The signal was recorded on June 10 last year.", "June 10", "2022-06-10"),
                   Ex("He was hired on Jan. 4 last year and fired in March.", "Jan. 4", "2022-01-04"),
                   Ex("The law takes effect on 1 July next year.", "1 July next year", "2024-07-01"),
                   Ex("The deal was signed on March 3 this year.", "March 3", "2023-03-03"),
                   # with "of" too ("Sept. 30 of next year"), as "On Aug. 4 of that year" keeps the day alone
                   Ex("The lease runs out Sept. 30 of next year.", "Sept. 30", "2024-09-30"),
                   Ex("The plant closed on Dec. 2 of last year.", "Dec. 2", "2022-12-02")),
         negatives=("Veterans march 10 abreast each year.",)),
    # "On March 3 that year", "on 3 March of the following year": a day of the story's year (or the year after);
    # the day first keeps "that year" its own expression, as "June 10 last year" does
    rule("day_story_year", _WD + r"(?:(?P<month>@MONTH@)\s*(?P<day>@DAYNUM@)(?=,?\s+(?:of\s+)?"
         r"(?P<rel>@REL_UNIT:that|that same|the same|the following|the preceding@)\s+year(?![\w'’-]))"
         r"|(?:the\s+)?(?P<day2>@DAYNUM@)(?:\s+of)?\s+(?P<month2>@MONTH@)\s+(?:of\s+)?"
         r"(?P<rel2>@REL_UNIT:that|that same|the same|the following|the preceding@)\s+year(?![\w'’-]))",
         day_story_year, trigger="@MONTH@", checks=(veto.month_case, veto.title_case), priority=2,
         examples=(Ex("In 2019 the firm collapsed. On March 3 that year, its chief resigned.", "March 3", "2019-03-03"),
                   Ex("The war began in 2014. On 9 May the following year, it spread.",
                      "9 May the following year", "2015-05-09")),
         negatives=("Veterans march 3 abreast every year.",)),
    # "In March of that year", "in June of the following year": a month of the story's year (or the year after),
    # one expression; read alone, "March" would take the publication date's year and "that year" then follow it
    rule("part_story_year",
         r"(?:the\s+)?(?:(?P<qord>@QUARTER_ORDINALS@|last)[\s-]+quarter|(?P<hord>@HALF_ORDINALS@)[\s-]+half)\s+of\s+"
         r"(?P<rel>@REL_UNIT:that|that same|the same|the following|the preceding@)\s+year(?![\w'’-])",
         part_story_year, trigger=r"quarter|half", priority=2,
         examples=(Ex("The bank sold gold in 2024 and bought 5 tonnes in the last quarter of that year.",
                      "the last quarter of that year", "2024-Q4"),
                   Ex("The mine opened in 2011. Output doubled in the second half of the following year.",
                      "the second half of the following year", "2012-H2")),
         negatives=("She read the first half of that report.", "They lived in the old quarter of that town.")),
    rule("month_story_year",
         r"(?P<month>@MONTH@)\s+(?:of\s+)?(?P<rel>@REL_UNIT:that|that same|the same|the following|the preceding@)\s+year"
         r"(?![\w'’-])",
         month_story_year, trigger="@MONTH@", checks=(veto.month_case, veto.title_case), priority=1,
         examples=(Ex("The plant opened in 2019. In March of that year, workers struck.", "March of that year",
                      "2019-03"),
                   Ex("The war began in 2014. By June of the following year, it had spread.",
                      "June of the following year", "2015-06"),
                   Ex("In March of that year, workers struck.", "March of that year", "XXXX-03"),
                   Ex("The firm collapsed in 2019. In March that year, its chief resigned.", "March that year",
                      "2019-03")),
         negatives=('The March of That Year exhibition opened.',)),
    # "2021-03-04", and the slashed form Asian news writes ("2021/03/04")
    rule("iso_date", r"(?P<year>[12]\d{3})(?P<sep>[-/])(?P<month>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])",
         iso_date, trigger=r"\d{4}[-/]\d\d", checks=(veto.number_chain,),
         examples=(Ex("Filed 2021-03-04.", "2021-03-04", "2021-03-04"),
                   Ex("The ruling came on 2021/09/05.", "2021/09/05", "2021-09-05")),
         negatives=("The part number is 2012-10-15-77.",)),
    rule("numeric_date", r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})", numeric_us,
         trigger=r"\d/\d", checks=(veto.number_chain,),
         examples=(Ex("Dated 12/25/2020.", "12/25/2020", "2020-12-25"),),
         negatives=("A ratio of 3/4 held.", "Test scores were 10/12/14/16 on the four parts.")),
    rule("year", r"(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*|(?P<prepost>@YEAR_PREFIXES@)-)?(?P<year>@YEAR@)", year_only,
         trigger=_YEAR_DIGITS, checks=(veto.year_context,),
         examples=(Ex("The war began in 2014.", "2014", "2014"),
                   Ex("The mill was built circa 1850.", "circa 1850", "1850", mod="APPROX"),
                   Ex("Profit rose in fiscal 1998.", "fiscal 1998", "1998"),
                   Ex("In post-1959 Cuba, exiles left.", "post-1959", "1959", mod="AFTER"),
                   # a year, then a length of its own counted from the year's event
                   Ex("A similar comet broke apart in 2021 weeks before its closest approach.", "2021", "2021"),
                   # the century mark that climate and budget targets name
                   Ex("Most glaciers in the Alps would disappear by 2100.", "2100", "2100")),
         negatives=("He sold 2000 cars.", "About 2100 people were evacuated.", "The curfew starts at 2100.", "It cost $1999.", "Up 1998 points.", "Windows 2000 crashed.",
                    "It was the year 2000 problem.", "The 1500 hours of work paid off.",
                    "The wall clock read 1947 GMT.", "Aftershocks followed (1947 GMT).",
                    "The probe drifted for 2021 days after launch.",
                    # a name's code joined by a hyphen ("mid-2015", "pre-2015" stay years)
                    "The drug, known as HT-2015, failed its trial.", "A MiG-2015 jet crashed.")),
    # the year before its noun: "the 2024 fiscal year", "the 2025 financial year" are one expression
    rule("year_fiscal_year", r"the\s+(?P<year>@YEAR@)\s+(?P<fiscal>@FISCAL_WORDS@)\s+year(?![\w-])", year_only,
         trigger=_YEAR_DIGITS, checks=(veto.title_case,),
         examples=(Ex("The tax rises in the 2024 fiscal year.", "the 2024 fiscal year", "2024"),
                   Ex("The budget for the 2025 financial year was passed.", "the 2025 financial year", "2025")),
         negatives=("The financial year budget was cut in half.",)),
    # a fiscal year clipped to two digits, as results releases write it: "FY23", "FY '24"
    rule("fiscal_short", r"(?P<fiscal>FY)\s?['’]?(?P<year>\d\d)(?![\w'’])", year_only,
         trigger="FY", case_sensitive=True,
         examples=(Ex("Results for FY23 beat estimates.", "FY23", "2023"),
                   Ex("The group cut its FY '24 outlook.", "FY '24", "2024")),
         negatives=("The FY2 form was filed.", "Fy 23 people came.")),
    # "in '85": a year with its century dropped, as news and sports write it ("'70s" is the decade rule's)
    rule("year_apostrophe", r"(?P<year>['’]\d\d)(?!['’]?s\b)", year_only,
         trigger=r"['’]\d\d", checks=(veto.apostrophe_year_context,),
         examples=(Ex("Back in '85 the plant still ran three shifts.", "'85", "1985"),
                   Ex("Prices have doubled since ’98.", "’98", "1998"),
                   Ex("The two met at college, both class of '05.", "'05", "2005")),
         negatives=("He wore the number '23 on his shirt.", "She said 'no' 12 times.",
                    "The song 'Route 66' played.", "Their '97 Honda broke down.")),
    rule("year_the", r"the\s+year\s+(?P<year>@YEAR@)", year_only,
         trigger=_YEAR_DIGITS, checks=(veto.year_context,), priority=1,
         examples=(Ex("By the year 2030 it will be done.", "the year 2030", "2030"),),
         negatives=("It was the year 2000 problem.", "He wrote about the year 2000 bug.")),
    rule("year_words", r"(?:the\s+year\s+)?" + _SPOKEN_YEAR, year_words,
         trigger="@SPOKEN_CENTURIES@", checks=(veto.year_words_context, veto.whole_word),
         examples=(Ex("That was in nineteen ninety-six.", "nineteen ninety-six", "1996"),),
         negatives=("Two thousand and five people came.", "Nineteen twenty-somethings signed up.")),
    rule("decade", r"(?:the\s+)?(?:(?P<pos>@POSITION:early|mid|late@)[\s-]*)?(?:(?P<digits>[12]\d{2}0|['’]\d0)['’]?s|(?P<word>@DECADEWORD@))",
         decade, trigger=r"0['’]?s\b|ties\b", checks=(veto.decade_context,),
         examples=(Ex("Prices fell in the 1990s.", "the 1990s", "199"),
                   Ex("It peaked in the late 1980s.", "the late 1980s", "198", mod="END"),
                   Ex("Back in the '70s it was fine.", "the '70s", "197"),
                   Ex("The house was built in the late 1800s.", "the late 1800s", "18", mod="END"),
                   Ex("Prices soared in the 2000s.", "the 2000s", "200")),
         negatives=("She is in her 70s.", "Temperatures hit the 90s.")),
    # "the late 19th century": the article goes with the whole, in front of the mod, as "the late 1980s"; before
    # an adjective century ("the 17th-century altar") it is the noun's
    # a share of a period longer than a year: no calendar quarter or half (vocab period_fractions_why)
    rule("period_fraction", r"the\s+(?P<place>@PERIOD_FRACTION_LEADS@)\s+(?P<frac>@PERIOD_FRACTIONS@)\s+of\s+"
         r"(?:the\s+(?P<unit>@UNIT:decade|century@)|(?:the\s+)?(?P<digits>[12]\d{2}0|['’]\d0)['’]?s"
         r"|(?:the\s+)?(?P<ord>@ORDINAL@|\d{1,2}(?:st|nd|rd|th))[\s-]+century(?!\s+BC))(?![\w-])",
         period_fraction, trigger="@PERIOD_FRACTIONS@", checks=(veto.in_name,), priority=2, position_mods=False,
         examples=(Ex("Output will peak in the final quarter of the decade.", "the final quarter of the decade", "202",
                      mod="END"),
                   Ex("Mills closed in the last quarter of the 19th century.",
                      "the last quarter of the 19th century", "18", mod="END"),
                   Ex("Prices doubled in the first half of the 1990s.", "the first half of the 1990s", "199",
                      mod="START"),
                   Ex("Trade slowed in the second quarter of the century.", "the second quarter of the century", "20",
                      mod="MID")),
         negatives=("He scored in the first quarter of the game.", "It was the first half of the decade-long deal.")),
    rule("century", r"(?:the\s+(?!(?:\S+\s+)?\S*-century\s+[a-z]))?(?:(?P<pos>@POSITION:early|mid|late@)[\s-]*)?"
         r"(?P<ord>@ORDINAL@|\d{1,2}(?:st|nd|rd|th))[\s-]+century(?P<bc>\s+BC)?", century,
         trigger="century", checks=(veto.in_name,),
         examples=(Ex("A 19th-century church.", "19th-century", "18"),
                   Ex("Thieves took the 15th-century chalice.", "15th-century", "14"),
                   Ex("It was built in the twentieth century.", "the twentieth century", "19"),
                   Ex("The stadium was built in the late 19th century.", "the late 19th century", "18", mod="END"),
                   Ex("Trade grew in the mid-18th century.", "the mid-18th century", "17", mod="MID")),
         negatives=("He joined 21st Century Fox.",)),
    rule("month_quarter",
         r"(?:the\s+)?(?P<month>@MONTH:march|mar.|june|jun.|september|sept.|sep.|december|dec.@)"
         r"(?:\s+(?P<year>@YEAR@))?\s+quarter(?![\w-])" + _RESULTS,
         month_quarter, trigger="quarter", checks=(veto.part_of_thing,), priority=1,
         examples=(Ex("Arrears rose slightly in the December quarter.", "the December quarter", "2022-Q4"),
                   Ex("Exports fell in the March 2022 quarter.", "the March 2022 quarter", "2022-Q1"),
                   Ex("The miner expects output to recover in the December quarter.", "the December quarter",
                      "2023-Q4"),
                   Ex("Its September quarter results beat forecasts.", "September quarter", "2023-Q3")),
         negatives=("They met in the Latin Quarter.", "A quarterback from June Lake signed.")),
    rule("quarter",
         r"(?:(?:the|(?P<yearrel>@REL_YEAR@)\s+year['’]s)\s+(?=(?:fiscal\s+)?(?:@ORDINAL@)\s+(?:fiscal\s+)?quarter)|(?:the\s+)?(?P<year1>@YEAR@)(?:['’]s)?\s+)?"
         r"(?:fiscal[\s-]+)?(?P<ord>@QUARTER_ORDINALS@)"
         r"[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<year>@YEAR@|'\d\d)|(?P<yrel>@REL_YEAR@)\s+year))?"
         + _RESULTS,
         quarter, trigger="quarter|period", checks=(veto.part_of_thing, veto.match_quarter),
         examples=(Ex("Sales rose in the third quarter of 2022.", "the third quarter of 2022", "2022-Q3"),
                   Ex("Third-quarter profit fell.", "Third-quarter", "2023-Q3"),
                   Ex("Its third-quarter profit fell.", "third-quarter", "2023-Q3"),
                   Ex("Compared with the 1988 second quarter, sales rose.", "the 1988 second quarter", "1988-Q2"),
                   Ex("Profit in 2013's first quarter rose.", "2013's first quarter", "2013-Q1"),
                   Ex("In the first quarter it lost money.", "the first quarter", "2023-Q1"),
                   Ex("The split could be effective as early as next year's first quarter.",
                      "next year's first quarter", "2024-Q1"),
                   # in a future clause one long over is next year's; one just over is the one reported on
                   Ex("The company will report first-quarter results.", "first-quarter", "2024-Q1"),
                   Ex("The company will report first-quarter results soon.", "first-quarter", "2023-Q1",
                      dct=dt.date(2023, 4, 12))),
         negatives=("He scored in the first quarter of the game.",
                    # a game's quarter: the words of a match around it (veto.match_quarter)
                    "The quarterback threw for 180 yards in the first quarter.",
                    "She hit two three-pointers in the fourth quarter.")),
    # "the 19th and 20th centuries": two centuries, the noun said once (the first is ranges.py's)
    rule("century_pair_end", r"(?P<lead>(?:the\s+)?(?:@ORDINAL@|\d{1,2}(?:st|nd|rd|th))\s+(?:and|or|to|through)\s+)"
         r"(?P<ord>@ORDINAL@|\d{1,2}(?:st|nd|rd|th))[\s-]+centuries(?P<bc>\s+BC)?", century,
         trigger="centuries", checks=(veto.in_name,), priority=1,
         examples=(Ex("Literacy spread in the 19th and 20th centuries.", "20th centuries", "19"),),
         negatives=("The 19th and 20th Centuries Club met.",)),
    # "the third and fourth quarters", "the second to fourth quarters of 2022": two quarters, the noun said once
    rule("quarter_pair_end", r"(?P<lead>(?:the\s+)?@QUARTER_ORDINALS@\s+(?:and|or|to|through)\s+)"
         r"(?P<ord>@QUARTER_ORDINALS@)[\s-]+quarters(?:\s+of\s+(?:(?P<year>@YEAR@)|(?P<yrel>@REL_YEAR@)\s+year))?",
         quarter_pair_end, trigger="quarters", checks=(veto.part_of_thing,), priority=1,
         examples=(Ex("Prices rose in the third and fourth quarters of 2022.", "fourth quarters of 2022", "2022-Q4"),
                   Ex("Sales fell in the first and second quarters.", "second quarters", "2023-Q2")),
         negatives=("He scored in the third and fourth quarters of the game.",)),
    # analysts' shorthand puts the number first ("a 3Q loss") and clips the year after an apostrophe ("Q3'23");
    # digits joined with no apostrophe are left alone: "4Q22" is rare on the wire and "1Q84" is a novel
    rule("quarter_q", r"(?:the\s+)?(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)"
         r"(?:\s+(?P<year>@YEAR@)|['’](?P<yy>\d\d)(?![\w'’]))?(?![\w'’])", q_numeric,
         trigger=r"Q[1-4]|[1-4]Q", checks=(veto.in_name,), case_sensitive=True,
         examples=(Ex("Revenue in Q2 2021 grew.", "Q2 2021", "2021-Q2"),
                   Ex("The bank posted a 3Q loss.", "3Q", "2023-Q3"),
                   Ex("Earnings fell in 2Q 2023.", "2Q 2023", "2023-Q2"),
                   Ex("Bookings rose in Q1'23.", "Q1'23", "2023-Q1")),
         negatives=("The Audi Q3 sold well.", "She read 1Q84 on the train.", "The 3Q5 part failed.",
                    "Margins narrowed in 4Q22.")),
    # Asian and business wires name quarters by their months: "the April-June quarter", "the July-September
    # period of 2022"
    rule("month_span_period", r"(?:the\s+)?(?P<m1>@MONTH@)\s*[-–/]\s*(?P<m2>@MONTH@)\s+(?:fiscal\s+)?(?:quarter|period|half)"
         r"(?:\s+(?:of\s+)?(?P<year>@YEAR@))?", month_span_period, trigger="quarter|period|half",
         checks=(veto.whole_word,), priority=1,
         examples=(Ex("Sales in the April-June quarter rose.", "the April-June quarter", "2023-Q2"),
                   Ex("Output fell in the July-September period of 2022.", "the July-September period of 2022",
                      "2022-Q3"),
                   Ex("Profit rose in the January-June period.", "the January-June period", "2023-H1")),
         negatives=("The Hale-Bopp period of comet study ended.",)),
    rule("half_h", r"(?:the\s+)?(?:H(?P<h>[12])|(?P<h2>[12])H)\s+(?P<year>@YEAR@)", h_numeric,
         trigger=r"\b(?:H[12]|[12]H)\b", checks=(veto.in_name, veto.after_time_preceder), case_sensitive=True,
         examples=(Ex("Sales in H1 2023 rose 4%.", "H1 2023", "2023-H1"),
                   Ex("It expects a loss in 2H 2024.", "2H 2024", "2024-H2")),
         negatives=("He drove the Honda H1 2023 edition.", "The H2 molecule count hit 1H levels.")),
    # "the last half" only before "of": "the last half hour" is not a half-year
    rule("half", r"(?:the\s+)?(?P<ord>@HALF_ORDINALS@)(?!(?<=last)(?!\s+half\s+of))[\s-]+half"
         r"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>@YEAR@)|(?P<yrel>@REL_YEAR@)\s+year|(?P<theyear>the\s+year)))?" + _RESULTS,
         half, trigger=r"half\b", checks=(veto.half_context,),
         examples=(Ex("Growth slowed in the first half of 2023.", "the first half of 2023", "2023-H1"),
                   Ex("Profit rose in the last half of 1989.", "the last half of 1989", "1989-H2"),
                   Ex("The plant will close in the first half.", "the first half", "2024-H1"),
                   Ex("Output fell in the first half.", "the first half", "2023-H1"),
                   Ex("The goal is to lift sales in the second half.", "the second half", "2023-H2"),
                   Ex("The firm set a goal of cutting costs by a fifth. It expects to return to growth in the "
                      "second half.", "the second half", "2023-H2"),
                   # "of the year": the publication's year, unless the clause tells the half as over in its own past
                   Ex("Analysts said they did not expect a hike before the second half of the year.",
                      "the second half of the year", "2024-H2", dct=dt.date(2024, 2, 6)),
                   Ex("Sales fell in the second half of the year.", "the second half of the year", "2023-H2",
                      dct=dt.date(2024, 2, 6))),
         negatives=("He scored in the first half of the match.", "They waited the last half hour in silence.",
                    # a match's half: words of a match in the sentence (vocab context_words "match_half_cues")
                    "Saka scored in the 12th minute and Rice added a second early in the second half.",
                    "The striker was sent off in the first half.",
                    # or in the paragraph before: a quote after the match's goals
                    "Villa led at half-time through a 25th-minute header. The visitors pressed on. "
                    "\"We were poor in the first half,\" the manager said.")),
    # "by the end of the summer", "at the start of winter": the season (its year by the tense), with the part as mod
    rule("season_part", r"(?P<pos>@POSITION:the beginning of|the start of|the end of|the close of|the middle of@)"
         r"\s+(?:the\s+)?(?P<season>@SEASON@)(?![\w-])", season_part, trigger="@SEASON@",
         checks=(veto.whole_word, _not_a_season_name),
         priority=1,
         examples=(Ex("The dam was repaired by the end of the summer.", "the end of the summer", "2023-SU",
                      mod="END"),
                   Ex("Work stopped at the start of winter.", "the start of winter", "2022-WI", mod="START")),
         negatives=("It was the end of the Summer Olympics.", "At the start of spring-cleaning, dust flew.")),
    rule("season", r"(?:(?P<rel>@REL_SEASON@)\s+|the\s+)?(?P<season>@SEASON@)(?:\s+months(?![\w-]))?(?:\s+(?:of\s+)?(?:(?P<year>@YEAR@|['’]\d\d)|" + _SPOKEN_YEAR + ")"
         r"|\s+of\s+(?P<yrel>@REL_YEAR@)\s+year)?",
         season, trigger="@SEASON@", checks=(veto.season_context,),
         examples=(Ex("The offensive began last summer.", "last summer", "2022-SU"),
                   Ex("A vote is expected this fall.", "this fall", "2023-FA"),
                   Ex("It was signed in the spring of 2019.", "the spring of 2019", "2019-SP"),
                   Ex("Talks collapsed this past spring.", "this past spring", "2023-SP"),
                   Ex("Floods hit in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
                   Ex("The band first toured in the summer of '85.", "the summer of '85", "1985-SU"),
                   Ex("Fares rose by up to 70% during the summer months of 2022.", "the summer months of 2022", "2022-SU"),
                   Ex("Retailers are heading into winter with full shelves.", "winter", "2023-WI"),
                   Ex("Demand stayed strong well into the summer.", "the summer", "2023-SU"),
                   Ex("Summer vacation plans were canceled.", "Summer", "2023-SU"),
                   Ex("Schools will close for winter break.", "winter", "2023-WI"),
                   Ex("He was elected in the spring of last year.", "the spring of last year", "2022-SP"),
                   Ex("Rebels held the town for much of the summer.", "the summer", "2023-SU"),
                   # "that", "the following": the story's season, or the first after the story time
                   Ex("The plant closed in 2020 and reopened that summer.", "that summer", "2020-SU"),
                   Ex("By 2015 she had 14 staff, and the following spring she won a prize.", "the following spring",
                      "2016-SP"),
                   Ex("That summer was hot.", "That summer", "XXXX-SU"),
                   # "the previous": the season of the year before the story's (a survey "the previous winter" in
                   # a story at autumn 2018 is the winter 2017/18, written 2017-WI)
                   Ex("The mill was rebuilt in 2016 after a fire the previous spring.", "the previous spring",
                      "2015-SP"),
                   # "fall" after a preposition of time is the season even before "in" and a place
                   Ex("It happened in the fall in Ohio.", "the fall", "2023-FA"),
                   # after "for" only in lower case ("voted for Spring" names a party)
                   Ex("A memorial service is planned for the autumn.", "the autumn", "2023-FA"),
                   # both ends of a pair of lower-case seasons ("between", "from ... to")
                   Ex("Sales rose between spring and autumn.", "autumn", "2023-FA"),
                   Ex("Prices rose from spring to autumn.", "spring", "2023-SP")),
         negatives=("Prices fall sharply.", "Water from a hot spring.", "Shares may fall.",
                    "Water from spring and rain filled the tank.", "The rise and fall of the empire.",
                    "Tickets for the Summer Olympics sold out.", "He lives on Spring Street.",
                    "She bought a winter coat.", "Leaves fall into the stream.", "It was the fall of the empire.",
                    "They are the boys of summer.", "She has been frail since a fall.",
                    "Stocks suffered a sharp fall.", "Markets recovered after a 5% fall.",
                    "The fall in oil prices hurt exporters.", "They voted for Spring, the new party.",
                    "Tickets for the Fall Classic sold out.", "Shares are headed for a fall.")),
    rule("new_year", r"the\s+new\s+year(?!['’]s\b)", new_year, trigger="new", checks=(veto.modifies_noun,),
         examples=(Ex("Talks will resume in the new year.", "the new year", "2024"),
                   Ex("Prices have risen since the new year.", "the new year", "2023"),
                   Ex("Shops will reopen after the New Year.", "the New Year", "2024")),
         negatives=("He turned a new year older.", "The new year's budget was cut.",
                    "Crowds came to the new year parade.")),
    # "44 BC", "753 B.C.E.": a year before the common era (TIMEX3 "BC0044"); "300 bc" and "Model 300 BC" are not
    rule("bc_year", r"(?P<year>\d{1,4})\s*(?P<era>@ERAS@)", bc_year, trigger="bc|bce|b",
         checks=(_era_case, veto.number_label, _bc_not_in_name),
         examples=(Ex("Caesar was murdered in 44 BC.", "44 BC", "BC0044"),
                   Ex("In 44 BC Caesar died.", "44 BC", "BC0044"),
                   Ex("The city was founded in 753 BCE.", "753 BCE", "BC0753"),
                   Ex("Coins from 300 B.C. were found.", "300 B.C.", "BC0300")),
         negatives=("Model 300 BC sold well.", "He scored 12 bc points.", "The BC government fell.",
                    "He lives at 300 BC Avenue.")),
    # "A.D. 200", "AD 1120", "122 AD", "250 CE": a year of the common era, the bare year (TIMEX3 "0200")
    rule("ad_year", r"(?:(?P<era1>@COMMON_ERAS@)\s*(?P<year1>\d{1,4})(?![\d,.]*\d)|(?P<year>\d{1,4})\s*(?P<era>@COMMON_ERAS@))"
         r"(?![\w-])", ad_year, trigger="@COMMON_ERAS@", checks=(_ad_context, veto.number_label),
         examples=(Ex("The bathhouse was in use from about A.D. 200 until the late fourth century.", "A.D. 200", "0200"),
                   Ex("The church was built in AD 1120.", "AD 1120", "1120"),
                   Ex("The wall dates from 122 AD.", "122 AD", "0122"),
                   Ex("Coins from 250 CE were found.", "250 CE", "0250")),
         negatives=("The AD 200 camera sold well.", "He lives at 300 AD Street.", "The 300 ad campaign ran.",
                    "Model 300 CE was recalled.")),
    # "the Easter holiday", "the Christmas holidays", "the Thanksgiving break": the holiday's day, the break
    # named with it
    rule("holiday_break", r"the\s+(?P<hol>@HOLIDAY@)\s+(?:holidays?|break|recess)", holiday,
         trigger="@HOLIDAY@", checks=(veto.holiday_context, veto.modifies_noun), priority=1,
         examples=(Ex("Protests erupted over the Easter holiday.", "the Easter holiday", "2023-04-09"),
                   Ex("The plant shut during the Christmas holidays.", "the Christmas holidays", "2022-12-25"),
                   Ex("Talks will resume after the Thanksgiving break.", "the Thanksgiving break", "2023-11-23")),
         negatives=("She sold the Christmas holidays package.",)),
    rule("holiday", r"(?:(?P<rel>@REL_DATE@)\s+|the\s+(?=(?:@HOLIDAY@)\s+week(?:end)?(?![\w-])))?(?P<hol>@HOLIDAY@)(?:\s+(?P<week>week)|\s+(?P<we>weekend))?(?:\s+(?P<year>@YEAR@))?",
         holiday,
         trigger="@HOLIDAY@", checks=(veto.holiday_context, veto.modifies_noun),
         examples=(Ex("They met on Christmas Eve.", "Christmas Eve", "2022-12-24"),
                   Ex("Sales fell over Thanksgiving 2020.", "Thanksgiving 2020", "2020-11-26"),
                   Ex("Pilgrims arrived for Easter 2024.", "Easter 2024", "2024-03-31"),
                   Ex("Shops shut on Good Friday.", "Good Friday", "2023-04-07"),
                   # a day counted from a floating holiday, not the weekday its name ends with
                   Ex("Stores will open early on Black Friday.", "Black Friday", "2023-11-24"),
                   Ex("Online sales hit a record on Cyber Monday 2022.", "Cyber Monday 2022", "2022-11-28"),
                   Ex("Crowds gathered as Easter week began.", "Easter week", "2023-W14"),
                   Ex("He came home for Christmas week 2021.", "Christmas week 2021", "2021-W51"),
                   # a past tense a few days ahead of the feast is this year's, with the slack months get
                   Ex("Pilgrims packed the city as Easter week began.", "Easter week", "2023-W14",
                      dct=dt.date(2023, 4, 4)),
                   Ex("Crowds packed the beaches over Labor Day weekend.", "Labor Day weekend", "2023-W35-WE"),
                   Ex("Travel will peak over Thanksgiving weekend.", "Thanksgiving weekend", "2023-W47-WE"),
                   # the article belongs to the holiday's week or weekend
                   Ex("A fire broke out over the Easter weekend.", "the Easter weekend", "2023-W14-WE"),
                   # lunar and lunisolar calendars' days come from a table (vocab/holiday_dates.json)
                   Ex("Factories will close for Lunar New Year.", "Lunar New Year", "2024-02-10"),
                   Ex("Sales rose during Chinese New Year.", "Chinese New Year", "2023-01-22"),
                   Ex("Markets shut for Eid al-Fitr.", "Eid al-Fitr", "2023-04-21"),
                   Ex("Fireworks lit the sky on Diwali.", "Diwali", "2022-10-24"),
                   Ex("The war began on Yom Kippur 1973.", "Yom Kippur 1973", "1973-10-06")),
         negatives=("Children sang Christmas carols.", "They painted Easter eggs.",
                    "Shoppers queued for Black Friday deals.", "The Good Friday Agreement held.")),
]
