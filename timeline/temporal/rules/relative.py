"""Deictic and anaphoric dates: yesterday, last week, on Tuesday, three days ago, a year earlier, the following month."""

from __future__ import annotations

from ..partial import UNIT_GRAN, Partial, literal
from ..vocab import norm_key, number, vocab, weekday_num
from .base import Ex, Rule, g

_UNIT_WORDS = r"(?P<unit>day|week|weekend|month|year|quarter|decade|century)"
_REL_N = {
    "this": 0, "current": 0, "the current": 0, "the present": 0,
    "last": -1, "past": -1, "the past": -1, "previous": -1, "the previous": -1, "the last": -1, "the preceding": -1,
    "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the following": 1, "following": 1,
    "that": 0, "the same": 0, "that same": 0, "this past": -1, "this coming": 1, "the latest": -1,
}


def _unit_code(word: str) -> str:
    return vocab()["units"][norm_key(word)]


def _pod(m):
    p = g(m, "pod")
    return vocab()["parts_of_day"][norm_key(p)] if p else None


def deictic_day(m):
    n = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[norm_key(m["word"])]
    pod = _pod(m) or ("NI" if norm_key(m["word"]) == "tonight" else None)
    mod = {"late": "END", "early": "START"}.get(norm_key(g(m, "pos") or ""))
    return Partial(type="TIME" if pod else "DATE", anchor="dct", rel_unit="D", rel_n=n, gran="day", pod=pod, mod=mod)


def last_night(m):
    n = {"last": -1, "this": 0}[norm_key(m["rel"])]
    pod = vocab()["parts_of_day"][norm_key(m["pod"])]
    if n == -1 and pod != "NI":  # "last morning" is not English
        return None
    return Partial(type="TIME", anchor="dct", rel_unit="D", rel_n=n, gran="day", pod=pod)


def rel_unit(m):
    rel = norm_key(m["rel"])
    unit = _unit_code(m["unit"])
    n = _REL_N[rel]
    anchor = "story" if rel in ("the following", "following", "the preceding", "that", "the same", "that same") else "dct"
    if unit == "WE":
        return Partial(anchor=anchor, rel_unit="W", rel_n=n, gran="weekend")
    if unit == "D" and anchor == "dct":
        return None  # "this day", "next day" are anaphoric or idiomatic; handled by story rules
    return Partial(anchor=anchor, rel_unit=unit, rel_n=n)


def story_day(m):
    rel = norm_key(m["rel"])
    n = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1, "that": 0, "the same": 0,
         "that same": 0, "the": 0}[rel]
    return Partial(anchor="story", rel_unit="D", rel_n=n, gran="day", pod=_pod(m))


def day_before_after(m):
    n = -1 if norm_key(m["dir"]) == "before" else 1
    base = g(m, "base")
    if base:
        n += {"yesterday": -1, "tomorrow": 1}[norm_key(base)]
        return Partial(anchor="dct", rel_unit="D", rel_n=n, gran="day")
    return Partial(anchor="story", rel_unit="D", rel_n=n, gran="day")


def weekday(m):
    rel = norm_key(g(m, "rel") or "")
    direction = {"last": -2, "past": -2, "this past": -2, "the previous": -2, "next": 2, "coming": 1,
                 "this coming": 1, "the following": 2, "this": None, "": None}[rel]
    pod = _pod(m)
    anchor = "story" if rel in ("the previous", "the following") else None
    return Partial(type="TIME" if pod else "DATE", weekday=weekday_num(m["wd"]), direction=direction, pod=pod,
                   anchor=anchor)


def _count(m) -> int | None:
    n = number(m["num"])
    return None if n is None else int(round(n))


def ago(m):
    n = _count(m)
    unit = _unit_code(m["unit"])
    if n is None:
        return literal("DATE", "PAST_REF")
    gran = {"DE": "year", "CE": "decade", "H": "hour", "MIN": "minute"}.get(unit)
    if unit in ("H", "MIN", "S"):
        return None  # "two hours ago" needs a clock; leave it as written
    if unit == "WE":
        unit = "W"
    if unit == "Y" and n == 1:
        return Partial(anchor="dct", rel_unit=unit, rel_n=-n, gran=gran, keep_anchor_gran=True)
    return Partial(anchor="dct", rel_unit=unit, rel_n=-n, gran=gran)


def from_now(m):
    n = _count(m)
    unit = _unit_code(m["unit"])
    if n is None:
        return literal("DATE", "FUTURE_REF")
    if unit in ("H", "MIN", "S"):
        return None
    return Partial(anchor="dct", rel_unit=unit, rel_n=n, gran={"DE": "year", "CE": "decade"}.get(unit))


def earlier_later(m):
    n = _count(m)
    unit = _unit_code(m["unit"])
    sign = -1 if norm_key(m["dir"]) in ("earlier", "before", "previously", "prior") else 1
    if n is None:
        return literal("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in ("H", "MIN", "S"):
        return None
    return Partial(anchor="story", rel_unit=unit, rel_n=sign * n, keep_anchor_gran=True)


def year_ago_period(m):
    unit = norm_key(g(m, "unit") or g(m, "unit2") or m["unit3"])
    gran = {"quarter": "quarter", "period": None, "month": "month", "year": "year", "week": "week"}[unit]
    return Partial(anchor="story", rel_unit="Y", rel_n=-1, keep_anchor_gran=gran is None, gran=gran)


def year_period(m):
    return Partial(year=int(m["year"]), period_of_story=True, moves_story=False)


def latest_quarter(m):
    rel = norm_key(m["rel"])
    # In financial news "the quarter" and "the latest quarter" are the last one completed before publication.
    n = {"the": -1, "the latest": -1, "the most recent": -1, "this": 0, "the current": 0, "last": -1,
         "the last": -1, "the previous": -1, "next": 1, "the next": 1, "the coming": 1}[rel]
    return Partial(anchor="dct", rel_unit="Q", rel_n=n, gran="quarter")


def year_end(m):
    return Partial(anchor="dct", rel_unit="Y", rel_n=0, gran="year", mod="END")


def the_weekend(m):
    # the weekend nearest in the sentence's direction (past sentences: the one just gone)
    return Partial(weekday=6, gran="weekend")


def the_year(m):
    # "for the year", "the full year", "earlier in the year": the year the story is in (the publication
    # year when nothing came before). It names the year without moving the narrative to it.
    return Partial(anchor="story", rel_unit="Y", rel_n=0, gran="year", moves_story=False)


def period_part(m):
    # "by the end of the month": the month the story is in (the publication month when nothing came before)
    unit = _unit_code(m["unit"])
    mod = vocab()["position_mods"][norm_key(m["pos"])]
    return Partial(anchor="story", rel_unit=unit, rel_n=0, gran=UNIT_GRAN[unit], mod=mod, moves_story=False)


def year_to_date(m):
    # "the year ended March 31" measures a fiscal year; the end date is tagged on its own
    return literal("DURATION", "P1Y")


def year_earlier_adj(m):
    return Partial(anchor="story", rel_unit="Y", rel_n=-1, keep_anchor_gran=True)


def rel_weekday_week(m):
    return Partial(anchor="dct", rel_unit="W", rel_n=_REL_N[norm_key(m["rel"])], gran="week")


RULES = [
    Rule("deictic_day", r"(?:(?P<pos>late|early)\s+)?(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?P<pod>@POD@))?",
         deictic_day, checks=("today_name",),
         examples=(Ex("He left yesterday.", "yesterday", "2023-09-04"),
                   Ex("They meet tomorrow morning.", "tomorrow morning", "2023-09-06TMO", type="TIME"),
                   Ex("Late yesterday the vote passed.", "Late yesterday", "2023-09-04", mod="END"),
                   Ex("He will arrive tonight.", "tonight", "2023-09-05TNI", type="TIME")),
         negatives=("She spoke to USA Today.",)),
    Rule("last_night", r"(?P<rel>last|this)\s+(?P<pod>@POD@)", last_night,
         examples=(Ex("Shelling continued last night.", "last night", "2023-09-04TNI", type="TIME"),
                   Ex("He spoke this morning.", "this morning", "2023-09-05TMO", type="TIME"))),
    Rule("rel_unit",
         r"(?P<rel>this\s+past|this\s+coming|this|current|the\s+current|the\s+latest|last|past|the\s+past|previous|the\s+previous|the\s+last|next|coming|the\s+coming|the\s+next|the\s+following|following|the\s+preceding|that|the\s+same|that\s+same)\s+(?:fiscal\s+)?"
         + _UNIT_WORDS, rel_unit, checks=("unit_case",),
         examples=(Ex("Prices rose last month.", "last month", "2023-08"),
                   Ex("They will meet next week.", "next week", "2023-W37"),
                   Ex("It happened this year.", "this year", "2023"),
                   Ex("Revenue fell last quarter.", "last quarter", "2023-Q2"),
                   Ex("Rain is due this weekend.", "this weekend", "2023-W36-WE"),
                   Ex("Sales rose in the current fiscal year.", "the current fiscal year", "2023")),
         negatives=('Baker said on ABC\'s "This Week" that talks would go on.',)),
    Rule("year_end", r"(?:the\s+)?(?:year[\s-]end|year['’]s\s+end|end\s+of\s+the\s+year)", year_end, priority=1,
         examples=(Ex("Cuts are due by year-end.", "year-end", "2023", mod="END"),
                   Ex("It will close by the end of the year.", "the end of the year", "2023", mod="END"))),
    Rule("the_weekend", r"the\s+weekend", the_weekend, priority=-1,
         examples=(Ex("Fighting flared over the weekend.", "the weekend", "2023-W35-WE"),)),
    Rule("year_earlier_adj", r"year[\s-](?:earlier|ago)(?=\s+(?:@ORDINAL@\s+)?(?:quarter|period|month|results|profit|earnings|sales|level|figure|net|loss|revenue))",
         year_earlier_adj,
         examples=(Ex("Profit in the third quarter of 2022 beat year-earlier results.", "year-earlier", "2021-Q3"),)),
    Rule("the_year", r"(?:(?:earlier|later)\s+in\s+)?the\s+(?:(?:fiscal|full|calendar|whole|entire)\s+)?year"
         r"(?![\s-]+(?:earlier|ago|before|after|later|\d|of\s+the\b))",
         the_year, priority=-1, checks=("of_the_period_context",),
         examples=(Ex("Sales for the full year rose 13%.", "the full year", "2023"),
                   Ex("On March 3, 2021, it closed. For the year, volume was flat.", "the year", "2021"),
                   Ex("Shares hit a high for the year in June.", "the year", "2023"),
                   Ex("Prices fell earlier in the year.", "earlier in the year", "2023")),
         negatives=("Profit fell from the year before.", "It was named car of the year.",
                    "It was the year 2000 problem.")),
    Rule("period_part", r"(?P<pos>the\s+(?:beginning|start|end|close|middle)\s+of)\s+the\s+(?P<unit>week|month|quarter)",
         period_part,
         examples=(Ex("Troops should arrive by the end of the month.", "the end of the month", "2023-09", mod="END"),
                   Ex("Talks resume at the start of the week.", "the start of the week", "2023-W36", mod="START"))),
    Rule("year_to_date", r"the\s+(?:fiscal\s+)?year(?=\s+(?:that\s+)?(?:ended|ending|ends|to\s+@MONTH@))",
         year_to_date,
         examples=(Ex("Revenue for the year ended March 31 rose.", "the year", "P1Y", type="DURATION"),
                   Ex("It expects a loss in the fiscal year ending June 30, 1990.", "the fiscal year", "P1Y",
                      type="DURATION"))),
    Rule("story_day", r"(?P<rel>the\s+next|the\s+following|the\s+previous|the\s+preceding|that\s+same|that|the\s+same)\s+(?:day|(?P<pod>morning|afternoon|evening|night))",
         story_day,
         examples=(Ex("Troops entered on March 3, 2022. The next day they left.", "The next day", "2022-03-04"),)),
    Rule("day_before_after", r"the\s+day\s+(?P<dir>before|after)\s+(?P<base>yesterday|tomorrow)", day_before_after,
         examples=(Ex("He came the day before yesterday.", "the day before yesterday", "2023-09-03"),)),
    Rule("weekday", r"(?:(?P<rel>this\s+past|this\s+coming|the\s+previous|the\s+following|last|next|this|coming|past)\s+)?(?P<wd>@WEEKDAY@)(?:\s+(?P<pod>@POD@))?",
         weekday, checks=("weekday_case",),
         examples=(Ex("The adviser said on Tuesday that talks advanced.", "Tuesday", "2023-09-05"),
                   Ex("Officials said on Monday it was over.", "Monday", "2023-09-04"),
                   Ex("They will meet on Thursday.", "Thursday", "2023-09-07"),
                   Ex("The deal was signed last Friday.", "last Friday", "2023-09-01"),
                   Ex("He spoke on Sunday night.", "Sunday night", "2023-09-03TNI", type="TIME"),
                   # tense read off the verb group, also without a dependency parse
                   Ex("The deal is scheduled to close Monday.", "Monday", "2023-09-11"),
                   Ex("Protesters were planning to drive to the airport on Monday.", "Monday", "2023-09-11"),
                   Ex("Trading is to resume in Paris Thursday.", "Thursday", "2023-09-07"),
                   Ex("The offer had been scheduled to expire Friday.", "Friday", "2023-09-01"),
                   Ex("The group might come as soon as Thursday.", "Thursday", "2023-09-07"),
                   Ex("The attorney has scheduled a news conference Thursday to announce a development.", "Thursday",
                      "2023-09-07"),
                   Ex("Stocks fell on Friday, Aug. 18, down 4% from the previous Friday.", "the previous Friday",
                      "2023-08-11")),
         negatives=("She writes for the Sunday Times.", "She starred in Friday Night Lights.")),
    Rule("ago", r"(?P<num>@NUM@|@VAGUENUM@)\s+(?:more\s+)?(?P<unit>@UNIT@)\s+ago", ago, priority=2,
         examples=(Ex("It happened three days ago.", "three days ago", "2023-09-02"),
                   Ex("They met two weeks ago.", "two weeks ago", "2023-W34"),
                   Ex("He left five years ago.", "five years ago", "2018"),
                   Ex("It closed several years ago.", "several years ago", "PAST_REF"))),
    Rule("from_now", r"(?P<num>@NUM@|@VAGUENUM@)\s+(?P<unit>@UNIT@)\s+from\s+(?:now|today)", from_now, priority=2,
         examples=(Ex("It ends two years from now.", "two years from now", "2025"),)),
    Rule("earlier_later", r"(?P<num>@NUM@)\s+(?P<unit>@UNIT@)\s+(?P<dir>earlier|later|afterwards?)",
         earlier_later, priority=2,
         examples=(Ex("Troops arrived on Monday, May 1, 2023. Three days later they left.", "Three days later", "2023-05-04"),
                   Ex("Sales rose in the third quarter of 2022, up from a year earlier.", "a year earlier", "2021-Q3"),
                   # the end date of a period does not replace the period as the story's anchor
                   Ex("Profit for the second quarter ended June 30 rose from $4 million a year earlier.",
                      "a year earlier", "2022-Q2"),
                   # nor does one comparison move it for the next
                   Ex("In the third quarter of 2022 it earned $5 million, up from $4 million a year earlier. "
                      "Sales rose to $9 million from $8 million a year earlier.", "a year earlier", "2021-Q3"))),
    Rule("year_ago_period", r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?year[\s-]+(?:ago|earlier)\s+(?:(?:@ORDINAL@)\s+)?(?P<unit>quarter|period|month|year|week)", year_ago_period, priority=2,
         examples=(Ex("Third-quarter 2023 profit beat the year-ago quarter.", "the year-ago quarter", "2022-Q3"),)),
    Rule("same_period_last_year",
         r"(?:the\s+)?(?:same|corresponding|comparable|like)\s+(?P<unit>quarter|period|month|week)\s+(?:of\s+|in\s+)?"
         r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior|preceding)\s+year)"
         r"|last\s+year['’]s\s+(?:(?:@ORDINAL@)\s+)?(?P<unit2>quarter|period)"
         r"|the\s+(?:same\s+)?(?P<unit3>quarter|period)\s+a\s+year\s+(?:ago|earlier)",
         year_ago_period, priority=2,
         examples=(Ex("Profit in the third quarter of 2022 fell from the corresponding period last year.",
                      "the corresponding period last year", "2021-Q3"),
                   Ex("Sales in the second quarter of 2023 topped last year's quarter.", "last year's quarter", "2022-Q2"),
                   Ex("Profit in the second quarter of 2023 fell; for the quarter a year ago it was $5 million.",
                      "the quarter a year ago", "2022-Q2"))),
    Rule("year_period", r"the\s+(?P<year>@YEAR@)\s+(?:period|quarter)", year_period, priority=1,
         examples=(Ex("Third-quarter profit rose to $5 million from $4 million in the 2022 period.", "the 2022 period",
                      "2022-Q3"),
                   Ex("Costs were lower than in the 2021 period.", "the 2021 period", "2021"))),
    Rule("latest_quarter", r"(?P<rel>the\s+latest|the\s+most\s+recent|this|the\s+current|the\s+last|the\s+previous|next|the\s+next|the\s+coming|the)\s+(?:fiscal\s+)?(?:quarter|(?<=latest\s)period)(?![-‐]to)",
         latest_quarter, priority=-1,
         examples=(Ex("Profit in the latest quarter rose.", "the latest quarter", "2023-Q2"),
                   Ex("This quarter looks weak.", "This quarter", "2023-Q3"))),
]
