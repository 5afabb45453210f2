"""Calendar dates: explicit days, months, years, decades, centuries, quarters, halves, seasons, holidays."""

from __future__ import annotations

import datetime as dt
import re

from ..partial import Partial
from ..vocab import day_num, month_num, norm_key, number, vocab, weekday_num
from .base import Ex, Rule, g


def _year(s: str) -> int:
    s = s.strip("'’")
    y = int(s)
    if len(s) == 2:  # '98 -> 1998, '05 -> 2005: news rarely looks more than a few decades ahead
        y += 1900 if y >= 30 else 2000
    return y


def _wd(m):
    w = g(m, "wd")
    return weekday_num(w) if w else None


def _rel_year(word: str | None) -> int | None:
    return {"this": 0, "last": -1, "next": 1, "past": -1, "previous": -1, "current": 0, "coming": 1}.get(
        norm_key(word)) if word else None


def full_date(m):
    return Partial(year=_year(m["year"]), month=month_num(m["month"]), day=day_num(m["day"]))


_REL_DIR = {"last": -2, "this past": -2, "next": 2, "this coming": 2}


def month_day(m):
    rel = g(m, "rel")
    return Partial(month=month_num(m["month"]), day=day_num(m["day"]), weekday=_wd(m),
                   direction=_REL_DIR.get(norm_key(rel)) if rel else None)


def month_year(m):
    y = _year(m["year"]) if g(m, "year") else _spoken_year(m)
    return Partial(year=y, month=month_num(m["month"])) if y is not None else None


def month_only(m):
    rel = g(m, "rel")
    if rel and norm_key(rel) == "this":
        return Partial(month=month_num(m["month"]), year_rel=0)
    direction = {"last": -2, "next": 2, "past": -2, "coming": 2}.get(norm_key(rel)) if rel else None
    return Partial(month=month_num(m["month"]), direction=direction)


def month_rel_year(m):
    return Partial(month=month_num(m["month"]), year_rel=_rel_year(m["yrel"]))


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
    mod = {"pre": "BEFORE", "post": "AFTER"}.get(norm_key(g(m, "prepost") or ""))
    return Partial(year=_year(m["year"]), fiscal=bool(g(m, "fiscal")), mod=mod)


# a year as broadcast transcripts spell it: "nineteen ninety-four", "two thousand and one"
_SPOKEN_YEAR = r"(?P<hi>nineteen|eighteen|two\s+thousand)(?:\s+(?:and\s+)?(?P<lo>@NUMWORD@))?"


def _spoken_year(m) -> int | None:
    hi = norm_key(m["hi"])
    lo = number(m["lo"]) if g(m, "lo") else 0
    base = {"nineteen": 1900, "eighteen": 1800, "two thousand": 2000, "twenty": 2000}[hi]
    if lo is None or lo >= 100:
        return None
    return base + int(lo)


def year_words(m):
    y = _spoken_year(m)
    return Partial(year=y) if y is not None else None


def decade(m):
    d = g(m, "digits")
    if d:
        dd = d.strip("'’")
        y = _year(dd[:2]) if len(dd) == 2 else int(dd[:4])
        dec = y // 10
    else:
        dec = 190 + vocab()["decade_words"][norm_key(m["word"])]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get(norm_key(g(m, "pos") or "").rstrip("-"))
    return Partial(decade=dec, mod=mod)


def century(m):
    o = norm_key(m["ord"])
    n = vocab()["ordinals"].get(o)
    if n is None:
        n = int(re.match(r"\d+", o).group())
    if n <= 0:
        return None
    if g(m, "bc"):
        return None
    return Partial(century=n - 1)


def quarter(m):
    o = norm_key(m["ord"])
    q = vocab()["ordinals"].get(o, 4 if o in ("final", "last") else None)
    q = 4 if q == -1 else q
    if q is None or not 1 <= q <= 4:
        return None
    y = g(m, "year") or g(m, "year1")
    if y:
        return Partial(year=_year(y), quarter=q)
    yrel = _rel_year(g(m, "yrel") or g(m, "yearrel"))
    if yrel is not None:
        return Partial(quarter=q, year_rel=yrel)
    return Partial(quarter=q, direction=-1)


def q_numeric(m):
    q = int(m["q"])
    if g(m, "year"):
        return Partial(year=_year(m["year"]), quarter=q)
    return Partial(quarter=q, direction=-1)


def half(m):
    o = norm_key(m["ord"])
    h = {"first": 1, "second": 2, "latter": 2, "last": 2, "1st": 1, "2nd": 2}.get(o)
    if h is None:
        return None
    if g(m, "year"):
        return Partial(year=_year(m["year"]), half=h)
    yrel = _rel_year(g(m, "yrel"))
    if yrel is not None:
        return Partial(half=h, year_rel=yrel)
    return Partial(half=h, direction=-1)


def season(m):
    s = vocab()["seasons"][norm_key(m["season"])]
    if g(m, "year"):
        return Partial(year=_year(m["year"]), season=s)
    if g(m, "hi"):
        y = _spoken_year(m)
        return Partial(year=y, season=s) if y is not None else None
    rel_word = norm_key(g(m, "rel") or "")
    if rel_word in ("this past", "this coming"):
        # the latest season begun / the next one: "this past spring" said in October is this year's
        return Partial(season=s, direction=-1 if rel_word == "this past" else 1)
    rel = _rel_year(rel_word or None)
    if rel is not None:
        return Partial(season=s, anchor="dct", rel_unit="SEASON", rel_n=rel)
    return Partial(season=s)


def holiday(m):
    k = norm_key(m["hol"])
    v = vocab()
    year = _year(m["year"]) if g(m, "year") else None
    if k in v["holidays"]:
        mo, d = (int(x) for x in v["holidays"][k].split("-"))
        rel = g(m, "rel")
        return Partial(year=year, month=mo, day=d, direction=_REL_DIR.get(norm_key(rel)) if rel else None)
    rel = g(m, "rel")
    direction = _REL_DIR.get(norm_key(rel)) if rel else None
    mo, wd, nth = v["floating_holidays"][k]
    return Partial(year=year, holiday=(mo, wd, nth), direction=direction)


_WD = r"(?:(?P<wd>@WEEKDAY@),?\s+)?"

RULES = [
    Rule("date_mdy", _WD + r"(?P<month>@MONTH@)\s*(?P<day>@DAYNUM@),?\s+(?P<year>@YEAR@|'\d\d)", full_date,
         examples=(Ex("It began on Sept. 5, 2022.", "Sept. 5, 2022", "2022-09-05"),
                   Ex("Signed Friday, Oct. 30, 1998 in Paris.", "Friday, Oct. 30, 1998", "1998-10-30"),
                   Ex("By March 3rd 2021 it was over.", "March 3rd 2021", "2021-03-03"))),
    Rule("date_dmy", _WD + r"(?:the\s+)?(?P<day>@DAYNUM@)(?:\s+of)?\s+(?P<month>@MONTH@),?\s+(?P<year>@YEAR@)", full_date,
         examples=(Ex("He died on 12 January 2020.", "12 January 2020", "2020-01-12"),)),
    Rule("date_md", r"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?" + _WD + r"(?P<month>@MONTH@)\s*(?P<day>@DAYNUM@|(?<=\s)@DAYORD@)(?![\d,]*\d)", month_day,
         checks=("month_case",),
         examples=(Ex("The talks ended Aug. 9.", "Aug. 9", "2023-08-09"),
                   Ex("Talks will resume Dec. 12.", "Dec. 12", "2023-12-12"),
                   Ex("Talks resumed Dec. 12.", "Dec. 12", "2022-12-12"),
                   Ex("The vote is set for Thursday, Sept. 7.", "Thursday, Sept. 7", "2023-09-07"),
                   Ex("Women's Day is this coming Friday, March eighth.", "this coming Friday, March eighth", "2024-03-08"),
                   Ex("The index is near the record it set on Dec. 6.", "Dec. 6", "2022-12-06"),
                   Ex("Police have hunted him since shortly after the Nov. 23 shooting.", "Nov. 23", "2022-11-23")),
         negatives=("Rule 18 applies.", "He may 3 times try.")),
    Rule("date_dm", _WD + r"(?:the\s+)?(?P<day>@DAYNUM@)(?:\s+of)?\s+(?P<month>@MONTH@)(?!\s*,?\s*\d)", month_day,
         checks=("month_case", "dm_context"),
         examples=(Ex("The ceasefire began on 3 July.", "3 July", "2023-07-03"),),
         negatives=("He scored 3 May goals.",)),
    Rule("month_year", r"(?P<month>@MONTH@),?\s+(?:of\s+)?(?:(?P<year>@YEAR@|'\d\d)|" + _SPOKEN_YEAR + ")", month_year,
         checks=("month_case",),
         examples=(Ex("Russia invaded in February 2022.", "February 2022", "2022-02"),
                   Ex("It began in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"))),
    Rule("month_rel", r"(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<month>@MONTH@)", month_only,
         checks=("month_case", "month_context"),
         examples=(Ex("Prices rose in July.", "July", "2023-07"),
                   Ex("Prices rose last November.", "last November", "2022-11"),
                   Ex("The summit is due in December.", "December", "2023-12"),
                   Ex("The carrier has been on patrol since November and will return.", "November", "2022-11"),
                   # tense slack for schedules never crosses into another year
                   Ex("Troops massed in the south. In January, a bombing killed a guard.", "January", "2023-01",
                      dct=dt.date(2023, 10, 25)),
                   Ex("She will command a mission in December.", "December", "2023-12", dct=dt.date(2023, 3, 4)),
                   Ex("The split would be paid on a date in January.", "January", "2024-01",
                      dct=dt.date(2023, 10, 26))),
         negatives=("May said no.", "They may go.", "Protesters march on the capital.",
                    "Theresa May resigned.", "The March of Dimes.")),
    Rule("month_rel_year", r"(?P<month>@MONTH@)\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year", month_rel_year,
         checks=("month_case",), priority=1,
         examples=(Ex("It started in June last year.", "June last year", "2022-06"),)),
    Rule("iso_date", r"(?P<year>[12]\d{3})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])", iso_date,
         examples=(Ex("Filed 2021-03-04.", "2021-03-04", "2021-03-04"),)),
    Rule("numeric_date", r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})", numeric_us,
         examples=(Ex("Dated 12/25/2020.", "12/25/2020", "2020-12-25"),), negatives=("A ratio of 3/4 held.",)),
    Rule("year", r"(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*|(?P<prepost>pre|post)-)?(?P<year>@YEAR@)", year_only,
         checks=("year_context",),
         examples=(Ex("The war began in 2014.", "2014", "2014"),
                   Ex("Profit rose in fiscal 1998.", "fiscal 1998", "1998"),
                   Ex("In post-1959 Cuba, exiles left.", "post-1959", "1959", mod="AFTER")),
         negatives=("He sold 2000 cars.", "It cost $1999.", "Up 1998 points.", "Windows 2000 crashed.")),
    Rule("year_the", r"the\s+year\s+(?P<year>@YEAR@)", year_only, priority=1,
         examples=(Ex("By the year 2030 it will be done.", "the year 2030", "2030"),)),
    Rule("year_words", r"(?:the\s+year\s+)?" + _SPOKEN_YEAR,
         year_words, checks=("year_words_context",),
         examples=(Ex("That was in nineteen ninety-six.", "nineteen ninety-six", "1996"),)),
    Rule("decade", r"(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]*)?(?:(?P<digits>[12]\d{2}0|['’]\d0)['’]?s|(?P<word>@DECADEWORD@))",
         decade, checks=("decade_context",),
         examples=(Ex("Prices fell in the 1990s.", "the 1990s", "199"),
                   Ex("It peaked in the late 1980s.", "the late 1980s", "198", mod="END"),
                   Ex("Back in the '70s it was fine.", "the '70s", "197")),
         negatives=("She is in her 70s.", "Temperatures hit the 90s.")),
    Rule("century", r"(?:the\s+)?(?P<ord>@ORDINAL@|\d{1,2}(?:st|nd|rd|th))[\s-]+century(?P<bc>\s+BC)?", century,
         examples=(Ex("A 19th-century church.", "19th-century", "18"),
                   Ex("It was built in the twentieth century.", "the twentieth century", "19"))),
    Rule("quarter",
         r"(?:(?:the|(?P<yearrel>this|last|next)\s+year['’]s)\s+(?=(?:fiscal\s+)?(?:@ORDINAL@)\s+(?:fiscal\s+)?quarter)|(?:the\s+)?(?P<year1>@YEAR@)\s+)?"
         r"(?:fiscal[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)"
         r"[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<year>@YEAR@|'\d\d)|(?P<yrel>this|last|next)\s+year))?",
         quarter,
         examples=(Ex("Sales rose in the third quarter of 2022.", "the third quarter of 2022", "2022-Q3"),
                   Ex("Third-quarter profit fell.", "Third-quarter", "2023-Q3"),
                   Ex("Its third-quarter profit fell.", "third-quarter", "2023-Q3"),
                   Ex("Compared with the 1988 second quarter, sales rose.", "the 1988 second quarter", "1988-Q2"),
                   Ex("In the first quarter it lost money.", "the first quarter", "2023-Q1"),
                   Ex("The split could be effective as early as next year's first quarter.",
                      "next year's first quarter", "2024-Q1"))),
    Rule("quarter_q", r"(?:the\s+)?Q(?P<q>[1-4])(?:\s+(?P<year>@YEAR@))?", q_numeric, case_sensitive=True,
         examples=(Ex("Revenue in Q2 2021 grew.", "Q2 2021", "2021-Q2"),)),
    Rule("half", r"(?:the\s+)?(?P<ord>first|second|latter|1st|2nd|last(?=\s+half\s+of))[\s-]+half(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>@YEAR@)|(?P<yrel>this|last|next)\s+year|the\s+year))?",
         half, checks=("half_context",),
         examples=(Ex("Growth slowed in the first half of 2023.", "the first half of 2023", "2023-H1"),
                   Ex("Profit rose in the last half of 1989.", "the last half of 1989", "1989-H2"))),
    Rule("season", r"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming)\s+|the\s+)?(?P<season>@SEASON@)(?:\s+(?:of\s+)?(?:(?P<year>@YEAR@)|" + _SPOKEN_YEAR + "))?",
         season, checks=("season_context",),
         examples=(Ex("The offensive began last summer.", "last summer", "2022-SU"),
                   Ex("A vote is expected this fall.", "this fall", "2023-FA"),
                   Ex("It was signed in the spring of 2019.", "the spring of 2019", "2019-SP"),
                   Ex("Talks collapsed this past spring.", "this past spring", "2023-SP"),
                   Ex("Floods hit in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI")),
         negatives=("Prices fall sharply.", "Water from a hot spring.", "Shares may fall.")),
    Rule("holiday", r"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?P<hol>@HOLIDAY@)(?:\s+(?P<year>@YEAR@))?", holiday, checks=("holiday_context",),
         examples=(Ex("They met on Christmas Eve.", "Christmas Eve", "2022-12-24"),
                   Ex("Sales fell over Thanksgiving 2020.", "Thanksgiving 2020", "2020-11-26"))),
]
