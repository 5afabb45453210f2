"""Clock times and parts of day: 3 p.m., 10:30 a.m. EST Tuesday, noon, midnight."""

from __future__ import annotations

from .. import veto
from ..partial import Partial
from ..vocab import day_num, lexicon, month_num, norm_key, weekday_num
from .base import Ex, family, g

rule = family(__name__)

POD, CLOCK_WORDS = map(lexicon, ("POD", "CLOCK_WORDS"))


def _date_fields(m) -> dict:
    """The calendar date a clock time is pinned to ("5 p.m. EST Nov. 9", "noon Saturday"), if any."""
    out: dict = {}
    wd = g(m, "wd")
    if wd:
        out["weekday"] = weekday_num(wd)
    if g(m, "month"):
        out["month"] = month_num(m["month"])
        out["day"] = day_num(m["day"])
        if g(m, "year"):
            out["year"] = int(m["year"])
    return out


def clock(m):
    h = int(m["h"])
    mi = int(m["mi"]) if g(m, "mi") else 0
    ampm = norm_key(g(m, "ampm") or "").replace(".", "")
    if h > 24 or mi > 59:
        return None
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    return Partial(type="TIME", hour=h % 24, minute=mi, **_date_fields(m))


def clock_pod(m):
    # "4 in the morning", "8 o'clock in the evening"
    h, pod = int(m["h"]), POD[m["podw"]]
    if not 1 <= h <= 12:
        return None
    if pod in ("AF", "EV", "NI") and h < 12 and not (pod == "NI" and h < 5):
        h += 12
    elif pod == "MO" and h == 12:
        h = 0
    return Partial(type="TIME", hour=h % 24, minute=0, **_date_fields(m))


def noon(m):
    return Partial(type="TIME", hour=CLOCK_WORDS[m["word"]], minute=0, **_date_fields(m))


_AMPM = r"(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b|a\.\s?m\.?|p\.\s?m\.?)"
_TZ = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"
_ON_WD = (r"(?:,?\s+(?:on\s+)?(?:(?P<wd>@WEEKDAY@)|(?:@WEEKDAY@,?\s+)?(?P<month>@MONTH@)\s*(?P<day>@DAYNUM@)"
          r"(?![\d:])(?:,?\s+(?P<year>@YEAR@))?))?")

RULES = [
    rule("clock_ampm", r"(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*" + _AMPM + _TZ + _ON_WD, clock,
         trigger=r"\d\s*[ap]\.?\s?m", position_mods=False,
         examples=(Ex("The blast hit at 3 p.m. local time.", "3 p.m. local time", "2023-09-05T15:00", type="TIME"),
                   Ex("Polls close at 8:30 p.m. EST Tuesday.", "8:30 p.m. EST Tuesday", "2023-09-05T20:30", type="TIME"),
                   Ex("The offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2023-11-06T17:00", type="TIME"),
                   Ex("It struck at 4 a.m. on March 2, 2021.", "4 a.m. on March 2, 2021", "2021-03-02T04:00",
                      type="TIME"),
                   Ex("The offer expires at 5 p.m. on Nov. 6th.", "5 p.m. on Nov. 6th", "2023-11-06T17:00", type="TIME")),
         negatives=("Section 5 amended the law.", "Vitamin B12 and 5 amino acids.")),
    rule("clock_24h", r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)" + _TZ + _ON_WD, clock,
         trigger=r"\d:\d\d", checks=(veto.clock_context,), position_mods=False,
         examples=(Ex("The train left at 14:30.", "14:30", "2023-09-05T14:30", type="TIME"),),
         negatives=("The score was 3:2.", "Read John 3:16.")),
    rule("clock_pod", r"(?P<h>1[0-2]|0?[1-9])(?:\s+o['’]clock)?\s+in\s+the\s+(?P<podw>@POD:morning|afternoon|evening|night@)"
         + _ON_WD, clock_pod, trigger="morning|afternoon|evening|night",
         examples=(Ex("He will leave at 4 in the morning.", "4 in the morning", "2023-09-05T04:00", type="TIME"),
                   Ex("It ended at 9 o'clock in the evening.", "9 o'clock in the evening", "2023-09-05T21:00", type="TIME")),
         negatives=("He jogs 5 miles in the morning.",)),
    rule("noon", r"(?<!high\s)(?P<word>@CLOCK_WORDS@)" + _ON_WD, noon,
         trigger="@CLOCK_WORDS@", position_mods=False,
         examples=(Ex("The deadline is noon Saturday.", "noon Saturday", "2023-09-02T12:00", type="TIME"),),
         negatives=('A poster showed Gary Cooper from the film "High Noon."', "For Poland, high noon has come.")),
]
