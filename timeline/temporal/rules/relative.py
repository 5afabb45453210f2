"""Deictic and anaphoric dates: yesterday, last week, on Tuesday, three days ago, a year earlier, the following month."""

from __future__ import annotations

import datetime as dt

from .. import veto
from ..partial import UNIT_GRAN, Direction, Partial, literal
from ..text import period_bound
from ..vocab import lexicon, number, weekday_num
from .base import Ex, family, g

rule = family(__name__)

# the lexicons behind this module's macros: a builder reads a word from the table its pattern matched it with
UNIT, POD, POSITION = map(lexicon, ("UNIT", "POD", "POSITION"))
REL_UNIT, REL_WEEKDAY, REL_STORY_DAY, REL_POD = map(lexicon, ("REL_UNIT", "REL_WEEKDAY", "REL_STORY_DAY", "REL_POD"))
REL_QUARTER, DEICTIC_DAYS = map(lexicon, ("REL_QUARTER", "DEICTIC_DAYS"))
BEFORE_AFTER, STORY_SHIFTS, PERIOD_UNITS = map(lexicon, ("BEFORE_AFTER", "STORY_SHIFTS", "PERIOD_UNITS"))


def _pod(m):
    return POD.get(m["pod"])


def deictic_day(m):
    day = DEICTIC_DAYS[m["word"]]
    pod = _pod(m) or day.get("pod")
    return Partial(type="TIME" if pod else "DATE", anchor="dct", rel_unit="D", rel_n=day["rel_n"], gran="day",
                   pod=pod, mod=POSITION.get(m["pos"]))


def last_night(m):
    n, pod = REL_POD[m["rel"]], POD[m["pod"]]
    if n == -1 and pod != "NI":  # "last morning" is not English
        return None
    return Partial(type="TIME", anchor="dct", rel_unit="D", rel_n=n, gran="day", pod=pod, mod=POSITION.get(m["pos"]))


def rel_unit(m):
    rel, unit = REL_UNIT[m["rel"]], UNIT[m["unit"]]
    anchor, n = rel["anchor"], rel["rel_n"]
    # "that week", "the same month", "the following year": the story's, or unknown without one; "the previous
    # month" is the one before the story's, or before the publication's when the story has no time yet
    story_only = anchor == "story" and not rel.get("dct_fallback")
    if unit == "WE" and rel.get("upcoming"):
        # the weekend of the next Saturday
        return Partial(weekday=weekday_num("saturday"), gran="weekend", direction=Direction.FUTURE)
    if unit == "WE":
        return Partial(anchor=anchor, rel_unit="W", rel_n=n, gran="weekend", story_only=story_only)
    if unit == "D" and (anchor != "story" or rel.get("dct_fallback")):
        return None  # "this day", "next day" are anaphoric or idiomatic; handled by story rules
    # "the next year or so" is about the next year: the words join the span as its mod
    return Partial(anchor=anchor, rel_unit=unit, rel_n=n, story_only=story_only, story_recent=bool(rel.get("dct_fallback")),
                   mod="APPROX" if g(m, "orso") else None)


def sports_season(m):
    # "last season", "this season", "that season", "the end of the season": a sports (or a trade's) season, which
    # runs across a year's end and has no TIMEX3 unit of its own; the year it is in or ends in, counted as "last
    # year" is, is what a reader can place it by ("this season" said in May 2024 is 2024, "that season" the story's)
    if g(m, "pos"):
        return Partial(anchor="dct", rel_unit="Y", rel_n=0, mod=POSITION[m["pos"]])
    rel = REL_UNIT[m["rel"]]
    story_only = rel["anchor"] == "story" and not rel.get("dct_fallback")
    return Partial(anchor=rel["anchor"], rel_unit="Y", rel_n=rel["rel_n"], story_only=story_only)


def story_day(m):
    pod = _pod(m)
    # a part of the story's day ("that night", "the next morning"): typed TIME by the tagger's last pass, as the
    # TIMEX3 guidelines do (TimeBank and AQUAINT mostly write DATE)
    return Partial(anchor="story", rel_unit="D", rel_n=REL_STORY_DAY[g(m, "rel") or m["samerel"]], gran="day", pod=pod,
                   story_only=True)


def story_pod(m):
    # "appeared in court in the afternoon" after "on Tuesday morning": a part of the day the sentence named
    return Partial(anchor="story", rel_unit="D", rel_n=0, gran="day", pod=_pod(m), story_only=True)


def event_anchored(m):
    # "the night before", "the week after": one unit from the story time; "Oct. 12, the day before the
    # crash" renames the date in front of it
    pod = _pod(m)
    unit = "D" if pod else UNIT[m["unit"]]
    n = 0 if g(m, "lead") else BEFORE_AFTER[g(m, "dir") or m["dir2"]]
    return Partial(anchor="story", rel_unit=unit, rel_n=n, gran=UNIT_GRAN[unit], pod=pod, story_only=True)


def event_day(m):
    # "On Tuesday, the second day of the trial": the date in apposition names the day (the story time it sets);
    # alone, which calendar day the event's second day was is not said (vocab event_day_nouns_why)
    if g(m, "lead"):
        return Partial(anchor="story", rel_unit="D", rel_n=0, gran="day", story_only=True, moves_story=False)
    return literal("DATE", "XXXX-XX-XX")


def plural_shift(m):
    # "hours later", "minutes earlier": no count, so no clock time; the story's day, which a shift of hours
    # rarely leaves (days or years with no count could land anywhere and are left alone); unknown with no story
    return Partial(anchor="story", rel_unit="D", rel_n=0, gran="day", story_only=True, moves_story=False)


def plural_beside_event(m):
    unit = UNIT[m["unit"]]
    gran = "month" if unit in ("D", "W") else "year"
    return Partial(anchor="story", rel_unit={"month": "M", "year": "Y"}[gran], rel_n=0, gran=gran, story_only=True,
                   moves_story=False)


def day_before_after(m):
    n = BEFORE_AFTER[m["dir"]] + DEICTIC_DAYS[m["base"]]["rel_n"]
    return Partial(anchor="dct", rel_unit="D", rel_n=n, gran="day")


def weekday(m):
    # A weekday's part ("Sunday night") stays in the value as the guidelines write it (2023-09-03TNI); the rule
    # builds a DATE (the passes on days read it so) and the tagger's last pass types it TIME, as the TIMEX3
    # guidelines do for every value with a time of day (tagger.time_of_day_type; TimeBank mostly writes DATE).
    pod = _pod(m)
    return Partial(type="DATE", weekday=weekday_num(m["wd"]), pod=pod,
                   **REL_WEEKDAY.get(m["rel"], {}))


def weekday_of_week(m):
    return Partial(anchor="dct", rel_unit="W", rel_n=REL_UNIT[m["rel"]]["rel_n"], weekday=weekday_num(m["wd"]))


def _count(m) -> int | None:
    n = number(m["num"])
    return None if n is None else int(round(n))


# "half a century ago", "two and a half years ago": the smaller unit that makes a fractional count whole
_WHOLE_IN = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "W": ("D", 7)}
# "two and a half years", "a year and a half": the count's half, in the rules that count from an anchor
_HALF = r"(?P<half>[\s-]and[\s-]a[\s-]half)?"
_UNIT_AND_A_HALF = r"an?\s+(?P<hunit>@UNIT:year|month|week|decade|century@)\s+and\s+a\s+half"


def _fractional(m) -> bool:
    return bool(g(m, "hunit") or g(m, "half") or (g(m, "num") and (number(m["num"]) or 0) % 1))


def _whole_count(m) -> tuple[str, int] | None:
    """A fractional count ("half a century", "two and a half years", "1.5 years") in the smaller unit that makes
    it whole: ("Y", 50), ("M", 30), ("M", 18); None when there is none ("an hour and a half" needs a clock)."""
    if g(m, "hunit"):
        n, unit = 1.5, UNIT[m["hunit"]]
    else:
        n, unit = number(m["num"]), UNIT[m["unit"]]
        if n is None:
            return None
        n += 0.5 if g(m, "half") else 0
    if unit not in _WHOLE_IN:
        return None
    unit, k = _WHOLE_IN[unit]
    return (unit, int(n * k)) if float(n * k).is_integer() else None


def ago(m):
    if _fractional(m):
        whole = _whole_count(m)
        return Partial(anchor="dct", rel_unit=whole[0], rel_n=-whole[1], gran=UNIT_GRAN[whole[0]]) if whole else None
    n = _count(m)
    unit = UNIT[m["unit"]]
    if n is None:
        return literal("DATE", "PAST_REF")
    gran = {"DE": "year", "CE": "decade", "H": "hour", "MIN": "minute"}.get(unit)
    if unit in ("H", "MIN", "S"):
        return None  # "two hours ago" needs a clock; leave it as written
    if unit == "WE":
        unit = "W"
    if unit == "Y" and n == 1:
        return Partial(anchor="dct", rel_unit=unit, rel_n=-n, gran=gran, keep_anchor_gran=True, looks_back=True)
    return Partial(anchor="dct", rel_unit=unit, rel_n=-n, gran=gran)


def ago_on(m):
    # "a year ago today" is the day that many units before the publication date, "a year ago this month" its
    # month; "a week ago Sunday" is the Sunday a week before the last one, as "two Sundays ago" is
    n = _count(m)
    unit = UNIT[m["unit"]]
    if not n or unit not in ("D", "W", "M", "Y"):
        return None
    if g(m, "wd"):
        return Partial(weekday=weekday_num(m["wd"]), weekday_count=n + 1) if unit == "W" else None
    gran = UNIT_GRAN[UNIT[m["tunit"]]] if g(m, "tunit") else "day"
    return Partial(anchor="dct", rel_unit=unit, rel_n=-n, gran=gran)


def before_last(m):
    # "the week before last" is two weeks back, a whole week as "last week" is
    unit = UNIT[m["unit"]]
    if unit == "WE":
        return Partial(anchor="dct", rel_unit="W", rel_n=-2, gran="weekend")
    return Partial(anchor="dct", rel_unit=unit, rel_n=-2, gran=UNIT_GRAN[unit])


def weekdays_ago(m):
    n = _count(m)
    if not n:
        return None
    return Partial(weekday=weekday_num(m["wd"]), weekday_count=n)


def from_now(m):
    if _fractional(m):
        whole = _whole_count(m)
        return Partial(anchor="dct", rel_unit=whole[0], rel_n=whole[1], gran=UNIT_GRAN[whole[0]]) if whole else None
    n = _count(m)
    unit = UNIT[m["unit"]]
    if n is None:
        return literal("DATE", "FUTURE_REF")
    if unit in ("H", "MIN", "S"):
        return None
    return Partial(anchor="dct", rel_unit=unit, rel_n=n, gran={"DE": "year", "CE": "decade"}.get(unit))


def earlier_later(m):
    sign = STORY_SHIFTS[m["dir"]]
    if _fractional(m):
        whole = _whole_count(m)
        return Partial(anchor="story", rel_unit=whole[0], rel_n=sign * whole[1], keep_anchor_gran=True) if whole else None
    n = _count(m)
    unit = UNIT[m["unit"]]
    if n is None:
        return literal("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in ("H", "MIN", "S"):
        return None
    return Partial(anchor="story", rel_unit=unit, rel_n=sign * n, keep_anchor_gran=True)


def year_ago_period(m):
    # the period a year before the one being reported, which is over: never a year before a forecast's
    gran = PERIOD_UNITS[g(m, "unit") or g(m, "unit2") or m["unit3"]]
    return Partial(anchor="story", rel_unit="Y", rel_n=-1, keep_anchor_gran=gran is None, gran=gran, looks_back=True)


def year_period(m):
    # "the 1988 quarter" is a quarter whatever the story is on: with no quarter in the story, the one an
    # earnings report is about, the last completed before publication
    return Partial(year=int(m["year"]), period_of_story=True, moves_story=False, gran=PERIOD_UNITS[m["unit"]])


def latest_quarter(m):
    # In financial news "the quarter" and "the latest quarter" are the last one completed before publication.
    return Partial(anchor="dct", rel_unit="Q", rel_n=REL_QUARTER[m["rel"]], gran="quarter")


def year_end(m):
    # (the publication's year: reading it as a past story's year, "opened in May 2015 and was flooded by the end of
    # the year", was tried in session 20 and lowered a blind set's timex value)
    return Partial(anchor="dct", rel_unit="Y", rel_n=0, gran="year", mod="END")


def the_weekend(m):
    # the weekend nearest in the sentence's direction (past sentences: the one just gone)
    return Partial(weekday=6, gran="weekend")


_ENDS_AFTER = period_bound()


def _financial_with_end(m, span) -> bool:
    """British copy's "the financial year" is tagged only with the word that ends it after it ("the financial year
    that ends in April", "ending March 31"): a bare one stays untagged (round 5: "The financial year budget")."""
    return "financial" not in m.group(0).lower() or bool(_ENDS_AFTER.match(m.string, m.end()))


def the_year(m):
    # "for the year", "the full year", "earlier in the year": the year the story is in (the publication
    # year when nothing came before). It names the year without moving the narrative to it.
    return Partial(anchor="story", rel_unit="Y", rel_n=0, gran="year", moves_story=False)


def part_whole(m):
    # "the first two weeks of the month": the period the story is in, which the length before it is taken out of
    # (events/interval.py part_of_cover dates the length); it names the period without moving the narrative
    unit = UNIT[m["unit"]]
    return Partial(anchor="story", rel_unit=unit, rel_n=0, gran=UNIT_GRAN[unit], moves_story=False)


def for_the_unit(m):
    # "For the week, the index fell 3%": the week (month) the story is on, as "for the year" is its year
    unit = UNIT[m["unit"]]
    return Partial(anchor="story", rel_unit=unit, rel_n=0, gran=UNIT_GRAN[unit], moves_story=False)


def period_part(m):
    # "by the end of the month": the month the story is in (the publication month when nothing came before).
    # "Since the start of the year" measures up to now, so it starts the publication's year whatever year the
    # story was in: "Prices fell in October 2018. Since the start of the year, they have risen" (said in 2019)
    unit = UNIT[m["unit"]]
    mod = POSITION[m["pos"]]
    anchor = "dct" if g(m, "since") is not None and mod == "START" else "story_unless_behind"
    return Partial(anchor=anchor, rel_unit=unit, rel_n=0, gran=UNIT_GRAN[unit], mod=mod, moves_story=False)


def side_of_period(m):
    # "later in the week": the story's week (month), its start or end as the word says; it names the period without
    # moving the narrative to it
    unit = UNIT[m["unit"]]
    return Partial(anchor="story", rel_unit=unit, rel_n=0, gran=UNIT_GRAN[unit], mod=POSITION[m["pos"].lower()],
                   moves_story=False)


def year_to_date(m):
    # "the year ended March 31" measures a fiscal year; the end date is tagged on its own
    return literal("DURATION", "P1Y")


def period_to_date(m):
    # "in the week to Nov. 16": the length that ends with the date (vocab period_to_date); the date is tagged on its own
    return literal("DURATION", lexicon("PERIOD_TO_DATE")[m["unit"].lower()])


def story_then(m):
    # "until then", "by then": the story's time itself, at its own granularity (resolve.story_itself)
    return Partial(anchor="story", keep_anchor_gran=True, story_only=True, moves_story=False)


def year_earlier_adj(m):
    return Partial(anchor="story", rel_unit="Y", rel_n=-1, keep_anchor_gran=True, looks_back=True)


RULES = [
    rule("deictic_day", r"(?:(?P<pos>@POSITION:late|early|later|earlier@)\s+)?(?P<word>@DEICTIC_DAYS@)(?:\s+(?P<pod>@POD@))?",
         deictic_day, trigger="@DEICTIC_DAYS@", checks=(veto.today_name,), position_mods=False,
         examples=(Ex("He left yesterday.", "yesterday", "2023-09-04"),
                   Ex("They meet tomorrow morning.", "tomorrow morning", "2023-09-06TMO", type="TIME"),
                   Ex("Late yesterday the vote passed.", "Late yesterday", "2023-09-04", mod="END"),
                   Ex("He will arrive tonight.", "tonight", "2023-09-05TNI", type="TIME"),
                   Ex("Later yesterday, police made arrests.", "Later yesterday", "2023-09-04", mod="END")),
         negatives=("She spoke to USA Today.", "The Today show aired an interview.")),
    # "later this afternoon", "late last night": a part of a day named from the report takes the word before it
    # as TimeBank writes it (the weekday rule does not: "Earlier Friday" is mostly left out)
    rule("last_night", r"(?:(?P<pos>@POSITION:early|late|earlier|later@)\s+)?(?P<rel>@REL_POD@)\s+(?P<pod>@POD@)", last_night,
         trigger="@POD@", checks=(veto.modifies_noun,), position_mods=False,
         examples=(Ex("Shelling continued last night.", "last night", "2023-09-04TNI", type="TIME"),
                   Ex("He will speak later this afternoon.", "later this afternoon", "2023-09-05TAF", type="TIME",
                      mod="END"),
                   Ex("Shots rang out late last night.", "late last night", "2023-09-04TNI", type="TIME", mod="END"),
                   Ex("He spoke this morning.", "this morning", "2023-09-05TMO", type="TIME")),
         negatives=("She wore this evening gown.", "He works the last night shift.")),
    rule("rel_unit",
         r"(?P<rel>@REL_UNIT@)\s+(?:@FISCAL_WORDS@\s+)?(?P<unit>@UNIT:day|week|weekend|month|year|quarter|decade|century@)"
         r"(?P<orso>\s+or\s+so\b)?",
         rel_unit, trigger="@UNIT@", checks=(veto.title_case, veto.modifies_noun),
         examples=(Ex("Prices rose last month.", "last month", "2023-08"),
                   Ex("They will meet next week.", "next week", "2023-W37"),
                   Ex("It happened this year.", "this year", "2023"),
                   Ex("Revenue fell last quarter.", "last quarter", "2023-Q2"),
                   Ex("Rain is due this weekend.", "this weekend", "2023-W36-WE"),
                   # (published on a Tuesday: the weekend still ahead that week, not the one after)
                   Ex("Donors were urged to book for the coming weekend.", "the coming weekend", "2023-W36-WE"),
                   Ex("Sales rose in the current fiscal year.", "the current fiscal year", "2023"),
                   Ex("Profit fell in the last financial year.", "the last financial year", "2022"),
                   Ex("Sales fell from the prior year.", "the prior year", "2022"),
                   # "the previous"/"the prior" count from a time the story has set, "the next" in a past clause
                   # too ("the next year" ahead of the report otherwise)
                   Ex("Sales rose 5% in 2019 from the previous year.", "the previous year", "2018"),
                   Ex("The mill closed in 2015. The next year it reopened.", "The next year", "2016"),
                   Ex("The mill closed in 2015. The next year will be hard.", "The next year", "2024"),
                   Ex("Profit in the latest quarter rose.", "the latest quarter", "2023-Q2"),
                   Ex("This quarter looks weak.", "This quarter", "2023-Q3"),
                   Ex("Rates should stay flat over the next year or so.", "the next year or so", "2024", mod="APPROX"),
                   # "that", "the same", "the following" count from the story time, never the publication date
                   Ex("Troops entered on March 3, 2022. The same week the mayor fled.", "The same week", "2022-W09"),
                   Ex("The plant opened in 1987. That week, demand soared.", "That week", "1987-WXX"),
                   Ex("He was in Paris that week.", "that week", "XXXX-WXX"),
                   # "the previous" counts back from the story's period, from the publication's without one
                   Ex("Growth in the fourth quarter of 2022 slowed from the previous quarter.", "the previous quarter",
                      "2022-Q3"),
                   Ex("Profit rose in the previous quarter.", "the previous quarter", "2023-Q2")),
         negatives=('Baker said on ABC\'s "This Week" that talks would go on.',)),
    rule("year_end", r"(?:the\s+)?(?:year[\s-]end|year['’]s\s+end|end\s+of\s+the\s+year)", year_end,
         trigger="year", checks=(veto.whole_word,), priority=1,
         examples=(Ex("Cuts are due by year-end.", "year-end", "2023", mod="END"),
                   Ex("It will close by the end of the year.", "the end of the year", "2023", mod="END")),
         negatives=("It marked the end of the year-long war.",)),
    # "then" alone is as often "next" ("and then left") or "at that time" with no time to name; after these words
    # it is the time the story last named
    rule("story_then", r"(?P<lead>@THEN_LEADS@)\s+then(?![\w-])", story_then, trigger="then", position_mods=False,
         checks=(veto.then_as_time,),
         examples=(Ex("Talks resume on Oct. 3. Until then, the truce holds.", "then", "2023-10-03"),
                   Ex("The plant will reopen in March 2024. It will be idle until then.", "then", "2024-03"),
                   Ex("Troops left on Aug. 30, 2021. By then, the airport was shut.", "then", "2021-08-30")),
         negatives=("He was then arrested.", "And then they left.", "Until then-president Bush spoke, prices rose.",
                    "Since then, output has fallen.", "The law was signed by then President Barack Obama.",
                    "It was approved by then finance minister Paul Hale.",
                    # with no story time to name, nothing is tagged (tagger: an unresolved "then" is dropped)
                    "Until then, he had never lost a final.")),
    rule("the_weekend", r"the\s+(?:@WEEKEND_QUALIFIERS@\s+)?weekend(?![\w-])", the_weekend,
         trigger="weekend", checks=(veto.title_case,), priority=-1,
         examples=(Ex("Fighting flared over the weekend.", "the weekend", "2023-W35-WE"),
                   Ex("Millions will travel over the holiday weekend.", "the holiday weekend", "2023-W36-WE"),
                   Ex("Traffic was heavy over the long weekend.", "the long weekend", "2023-W35-WE")),
         negatives=("He writes for The Weekend Australian.", "She starred in The Long Weekend.")),
    rule("year_earlier_adj", r"year[\s-](?:earlier|ago)(?=\s+(?:@ORDINAL@\s+)?(?:quarter|period|month|results|profit|earnings|sales|level|figure|net|loss|revenue))",
         year_earlier_adj, trigger="ago|earlier", checks=(veto.title_case,),
         examples=(Ex("Profit in the third quarter of 2022 beat year-earlier results.", "year-earlier", "2021-Q3"),
                   # the comparison before it ("the year-ago quarter") leaves the story on the reported quarter
                   Ex("Profit in the third quarter of 2022 topped the year-ago quarter. The year-earlier results were restated.",
                      "year-earlier", "2021-Q3")),
         negatives=("The Year Ago Quarter Fund lost money.",)),
    rule("the_year", r"(?:(?:earlier|later)\s+in\s+)?the\s+(?:(?:fiscal|financial|full|calendar|whole|entire)\s+)?year"
         r"(?![\s-]+(?:earlier|ago|before|after|later|\d|of\s+the\b))",
         the_year, trigger="year", priority=-1, checks=(veto.of_the_period_context, veto.whole_word, _financial_with_end),
         examples=(Ex("Sales for the full year rose 13%.", "the full year", "2023"),
                   Ex("On March 3, 2021, it closed. For the year, volume was flat.", "the year", "2021"),
                   Ex("Shares hit a high for the year in June.", "the year", "2023"),
                   Ex("Prices fell earlier in the year.", "earlier in the year", "2023"),
                   Ex("Profit fell in the financial year that ends in April.", "the financial year", "2024")),
         negatives=("Profit fell from the year before.", "It was named car of the year.",
                    "It was the year 2000 problem.", "It marked the end of the year-long war.")),
    # "raised its full-year forecast", "full-year results": the reporting year as a modifier, read as "the full
    # year" is; only before a company's figures or their forecast ("a full-year ban" is a length, no date)
    rule("full_year_adj", r"full[\s-]year(?=[\s-]+(?:@RESULTS_NOUNS@|@FORECAST_NOUNS@)\b)", the_year, trigger="year",
         checks=(veto.whole_word, veto.title_case),
         examples=(Ex("The firm raised its full-year forecast.", "full-year", "2023"),
                   Ex("On March 3, 2021, it cut jobs. Full-year results are due in May.", "Full-year", "2021"),
                   Ex("Analysts expect full year sales to fall.", "full year", "2023")),
         negatives=("The league imposed a full-year ban on him.", "She took a full-year sabbatical.",
                    "He wrote Full Year Outlook, a newsletter.")),
    rule("part_whole", r"(?<=\bof\s)the\s+(?P<unit>@UNIT:week|month|quarter|decade@)(?![\w-])", part_whole,
         trigger="week|month|quarter|decade", checks=(veto.after_period_part,),
         examples=(Ex("Exports fell in the first two weeks of the month.", "the month", "2023-09"),
                   Ex("Sales rose 4% in the last three weeks of the quarter.", "the quarter", "2023-Q3"),
                   Ex("The shop was shut in the final 10 days of the month.", "the month", "2023-09")),
         negatives=("It was the deal of the month.", "The price of the week was low.",
                    "He spent two weeks of the month abroad.", "She won the first two games of the match.")),
    # market reports sum up a period opening a sentence: "For the week, the Dow rose 2%" ("stayed for the week,"
    # is a stretch; "the month ended Aug. 31" another period, named by its end: neither is this rule's)
    rule("for_the_unit", r"(?P<lead>(?:(?<=[.;:!?\"“]\s)|(?<=[\n\"“])|^)for\s+)the\s+(?P<unit>@UNIT:week|month@)(?=\s*,)",
         for_the_unit, trigger="week|month", checks=(veto.whole_word,),
         examples=(Ex("Stocks fell on Friday, Sept. 1. For the week, the index lost 3%.", "the week", "2023-W35"),
                   Ex("Retail sales slumped in March 2022; for the month, clothing fell 8%.", "the month",
                      "2022-03")),
         negatives=("He was paid for the week's work.", "They stayed for the week-long fair.",
                    "Thanks for the month of help.", "She rented it for the week, not longer.")),
    rule("period_part", r"(?P<since>(?<=since\s))?(?P<pos>@POSITION:the beginning of|the start of|the end of|the close of|the middle of@)"
         r"\s+the\s+(?P<unit>@UNIT:week|month|quarter|year|decade|century@)",
         period_part, trigger="beginning|start|end|close|middle", checks=(veto.whole_word,),
         examples=(Ex("Troops should arrive by the end of the month.", "the end of the month", "2023-09", mod="END"),
                   Ex("Talks resume at the start of the week.", "the start of the week", "2023-W36", mod="START"),
                   Ex("The plant will close by the end of the decade.", "the end of the decade", "202", mod="END"),
                   Ex("The fund has doubled since the start of the year.", "the start of the year", "2023",
                      mod="START"),
                   Ex("The mine closed in 2019. By the middle of the year, the town had emptied.",
                      "the middle of the year", "2019", mod="MID"),
                   Ex("Prices fell in October 2018. Since the start of the year, they have risen 5%.",
                      "the start of the year", "2019", mod="START", dct=dt.date(2019, 3, 1)),
                   # a year in the story cannot say which month "the month" is: the publication's
                   Ex("The panel, which last met in 2020, will report by the end of the month.",
                      "the end of the month", "2023-09", mod="END")),
         negatives=("It was the start of the week-long festival.", "It marked the end of the century-old firm.",
                    "It was the start of the year-long siege.")),
    # "later in the week", "earlier in the month": the part of the story's week (month) before or after its point,
    # the publication's when nothing came before; TimeBank writes "earlier in the year" as the year with mod START (rule
    # the_year), and these the same way. Not "earlier in the day" / "later in the day": tried, and the dev check half
    # lost strict and value F1 (two of its three untagged in the gold)
    rule("side_of_period", r"(?P<pos>@POSITION:earlier|later@)\s+in\s+the\s+(?P<unit>@UNIT:week|month@)(?![\w'’-])",
         side_of_period, trigger="earlier|later", checks=(veto.whole_word,), position_mods=False,
         examples=(Ex("Talks will resume later in the week.", "later in the week", "2023-W36", mod="END"),
                   Ex("Prices fell earlier in the month.", "earlier in the month", "2023-09", mod="START"),
                   Ex("Rebels seized the town on March 3, 2022. Later in the month, troops withdrew.",
                      "Later in the month", "2022-03", mod="END")),
         negatives=("He spoke earlier in the month-long inquiry.", "The ministry confirmed the deal earlier in the day.")),
    # the same said with "mid" joined to the unit: "by midyear", "by mid-century", "midweek"
    rule("mid_period", r"(?P<pos>@POSITION:mid@)-?(?P<unit>@UNIT:week|month|year|decade|century@)",
         period_part, trigger=r"mid-?(?:week|month|year|decade|century)", checks=(veto.whole_word, veto.attributive),
         position_mods=False,
         examples=(Ex("The deal should close by midyear.", "midyear", "2023", mod="MID"),
                   Ex("Rates may be cut by mid-month.", "mid-month", "2023-09", mod="MID"),
                   Ex("Emissions must fall to zero by mid-century.", "mid-century", "20", mod="MID"),
                   Ex("Prices rose midweek.", "midweek", "2023-W36", mod="MID")),
         negatives=("The chair is a mid-century modern design.", "Shares rallied in midweek trading.",
                    "The firm released mid-year results.")),
    rule("year_to_date", r"the\s+(?:@FISCAL_WORDS@\s+)?year(?=\s+(?:that\s+)?(?:ended|ending|ends|to)\s+(?:@MONTH@|@DEICTIC_DAYS@|\d))",
         year_to_date, trigger="year",
         examples=(Ex("Revenue for the year ended March 31 rose.", "the year", "P1Y", type="DURATION"),
                   Ex("It expects a loss in the fiscal year ending June 30, 1990.", "the fiscal year", "P1Y",
                      type="DURATION")),
         negatives=("As the year ends, markets rally.",)),
    rule("period_to_date", r"(?<!\bfrom\s)the\s+(?P<unit>@PERIOD_TO_DATE@)(?=\s+to\s+(?:@MONTH@|@WEEKDAY@|\d))",
         period_to_date, trigger="@PERIOD_TO_DATE@",
         examples=(Ex("Exports fell 4% in the week to Nov. 16.", "the week", "P1W", type="DURATION"),
                   Ex("Output rose in the month to March 3.", "the month", "P1M", type="DURATION"),
                   Ex("Sales jumped in the fortnight to Sunday.", "the fortnight", "P2W", type="DURATION")),
         negatives=("The vote was moved from the week to Nov. 16.", "Claims fell in the week ended Nov. 16.",
                    "Prices fell in the week.")),
    # (not before "of" or a noun it compounds with: vocab season_compounds, "season ticket", "season finale")
    rule("sports_season",
         r"(?<!\bthe\s)(?P<rel>@REL_UNIT@)\s+season(?![\w-])(?!\s+(?:of|@SEASON_COMPOUNDS@)\b)"
         r"|(?P<pos>@POSITION:the beginning of|the start of|the end of|the close of@)\s+the\s+season(?![\w-])(?!\s+of\b)",
         sports_season, trigger="season", checks=(veto.title_case, veto.modifies_noun), position_mods=False,
         examples=(Ex("He scored 24 goals last season.", "last season", "2022"),
                   Ex("The club has won nine games this season.", "this season", "2023"),
                   Ex("Rovers will play in the top flight next season.", "next season", "2024"),
                   Ex("He joined in 2019 and was injured for most of that season.", "that season", "2019"),
                   Ex("Last season's play-off defeat hurt.", "Last season", "2022"),
                   Ex("He signed on loan until the end of the season.", "the end of the season", "2023",
                      mod="END")),
         negatives=("Add salt to season the soup.", "The last season of the show was filmed in Spain.",
                    "This season of the drama ends on a cliffhanger.", "He bought a season ticket.",
                    "The holiday season brings crowds.", "Fans fear next season ticket prices will rise.")),
    # "that date", "the same date" name the story's day too ("the next date" is a calendar entry's)
    rule("story_day", r"(?P<rel>@REL_STORY_DAY@)\s+(?:day|(?P<pod>@POD:morning|afternoon|evening|night@))"
         r"|(?P<samerel>@REL_STORY_DAY:that|that same|the same@)\s+date(?!\s+(?:as|of|back|from|to)\b)",
         story_day, trigger="day|date|@POD@", checks=(veto.modifies_noun,),
         examples=(Ex("Troops entered on March 3, 2022. The next day they left.", "The next day", "2022-03-04"),
                   Ex("Troops entered on March 3, 2022. That evening they set up camp.", "That evening",
                      "2022-03-03TEV", type="TIME"),
                   Ex("Troops entered on March 3, 2022. The prior day they had shelled the town.", "The prior day",
                      "2022-03-02"),
                   Ex("Rebels attacked on Monday. The following morning the army struck back.",
                      "The following morning", "2023-09-05TMO", type="TIME"),
                   # a story time coarser than a day gives what it knows; none at all leaves the day unknown
                   Ex("Fighting broke out in May 2021. The next day the border closed.", "The next day",
                      "2021-05-XX"),
                   Ex("That night the guards left.", "That night", "XXXX-XX-XXTNI", type="TIME"),
                   Ex("The vote was held on May 4, 2021. On the same date, riots broke out.", "the same date",
                      "2021-05-04"),
                   Ex("The law took effect on Jan. 1, 2020. Until that date, smoking was allowed.", "that date",
                      "2020-01-01")),
         negatives=("She runs that day care center.", "He took the next morning flight.",
                    "The band announced the next date of its tour.", "Prices fell on the same date as sales rose.",
                    # "date back", "date from", "date to": the verb, of things that are old
                    "Divers found timbers that date back to the Roman era.",
                    "The ice cores that date from the last ice age were shipped north.")),
    # "surrendered on Tuesday morning and appeared in court in the afternoon": a bare part of day after a day the
    # same sentence (or, opening its sentence, the one before) named is that day's; alone it is as often a habit
    # ("she jogs in the morning"), left untagged (veto.pod_of_named_day)
    rule("story_pod", r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\buntil\s))the\s+(?P<pod>@POD:morning|afternoon|evening@)(?![\w-])",
         story_pod, trigger="morning|afternoon|evening", checks=(veto.modifies_noun, veto.pod_of_named_day), position_mods=False,
         examples=(Ex("He surrendered on Tuesday morning and appeared in court in the afternoon.", "the afternoon",
                      "2023-09-05TAF", type="TIME"),
                   Ex("Rebels took the town on Aug. 30. In the evening, troops shelled it.", "the evening",
                      "2023-08-30TEV", type="TIME"),
                   Ex("Polls opened on Sunday, and by the afternoon turnout was high.", "the afternoon",
                      "2023-09-03TAF", type="TIME")),
         negatives=("She jogs in the morning.", "He works in the morning and rests in the afternoon.",
                    "On Sundays he naps in the afternoon.", "Every Friday she swims in the morning.",
                    # (with a day named, the day itself is tagged: those negatives are in tests/test_temporal_t24.py)
                    "Brokers prefer to trade in the morning session.")),
    rule("event_anchored",
         r"(?P<lead>(?:@MONTH@\.?\s+@DAYNUM@(?:,\s*@YEAR@)?|@WEEKDAY@|@DEICTIC_DAYS:yesterday|today@)\s*,\s*)?"
         r"the\s+(?:(?P<unit>@UNIT:day|week|month@)|(?P<pod>@POD:night|evening@))"
         # anaphoric ("the day before.") takes the whole phrase; in apposition to a date ("Oct. 12, the day
         # before the crash") only "the day" is the time, as TimeBank tags it. A bare "the day after his
         # death" is left alone: the event's date is not in the text, and TimeBank tags it only now and then.
         r"(?:\s+(?P<dir>@BEFORE_AFTER@)(?=\s*(?:[.,;:!?)\"”]|$))"
         r"|(?(lead)|(?!))(?=\s+(?P<dir2>@BEFORE_AFTER@)\s+(?!@MONTH@|@WEEKDAY@|@HOLIDAY@|@DEICTIC_DAYS@|next\b|last\b|that\b)[\w$“\"]))",
         event_anchored, trigger="day|week|month|night|evening", checks=(veto.title_case,), priority=1,
         examples=(Ex("Troops entered on March 3, 2022. They had been warned the day before.", "the day before",
                      "2022-03-02"),
                   Ex("Markets fell on Oct. 12, the day before the crash.", "the day", "2021-10-12",
                      dct=dt.date(2021, 11, 2)),
                   Ex("The fire started on Friday, June 4, 2021. The night before, guards left.", "The night before",
                      "2021-06-03TNI", type="TIME"),
                   Ex("Polls closed on Sunday, Nov. 7, 2021. The week before, turnout was low.", "The week before",
                      "2021-W43"),
                   # nothing in the text to count from: the day stays unknown rather than the publication date's
                   Ex("The guards had left the night before.", "the night before", "XXXX-XX-XXTNI", type="TIME")),
         negatives=('She starred in "The Day After" on stage.',
                    "Police searched the house the day after the blast.",
                    "He took the morning after pill.",
                    "They met the week after next.",
                    "Delegates arrived on the eve of the summit.",
                    "At the time, the mayor was abroad.",
                    "The Dow closed the session 1% higher.")),
    # a day counted within an event the text names: the day alone is the time (vocab event_day_nouns_why)
    rule("event_day",
         r"(?P<lead>(?:@MONTH@\.?\s+@DAYNUM@(?:,\s*@YEAR@)?|@WEEKDAY@|@DEICTIC_DAYS:yesterday|today@)\s*,\s*)?"
         r"the\s+(?:@ORDINAL@|@PERIOD_FRACTION_LEADS@)\s+day(?=\s+of\s+(?:the|this|its|their|his|her)\s+"
         r"(?:[\w'’-]+\s+){0,2}?@EVENT_DAY_NOUNS@(?![\w-]))",
         event_day, trigger="day", checks=(veto.title_case,), priority=1, position_mods=False,
         examples=(Ex("Witnesses described the crash on the second day of the trial.", "the second day", "XXXX-XX-XX"),
                   Ex("Leaders clashed on the first day of the G20 summit.", "the first day", "XXXX-XX-XX"),
                   Ex("On Tuesday, the second day of the trial, a witness wept.", "the second day", "2023-09-05")),
         negatives=("She cried on the first day of school.", "Crowds came on the opening day of the new stadium.",
                    "It was the happiest day of his life.", "The Last Day of the Trial is a novel.")),
    # "Two men were detained hours later", "Minutes later, the roof collapsed": a shift with no count
    rule("plural_shift", r"(?P<unit>@UNIT:minutes|hours@)\s+(?P<dir>@STORY_SHIFTS:later|earlier@)"
         r"(?!\s+than\b)", plural_shift, trigger="later|earlier", checks=(veto.title_case, veto.bare_count_context),
         examples=(Ex("Police arrived at 7:50 p.m. on Aug. 30. Two men were detained hours later.", "hours later",
                      "2023-08-30"),
                   Ex("The storm hit on Aug. 30. Minutes later, the roof collapsed.", "Minutes later", "2023-08-30")),
         negatives=("It came two hours later than planned.", "A few hours later than expected, it opened.",
                    "The plant closed. Years later it reopened.")),
    # "in the weeks before the shooting", "the days after the vote": a stretch next to an event, which TimeBank
    # tags as a DATE on the plural alone, dated as coarsely as the story allows (its month; its year for months
    # and years); with no story time it stays unknown
    rule("plural_beside_event", r"(?<=\bthe\s)(?P<unit>@UNIT:days|weeks|months|years@)"
         r"(?=\s+(?:@BEFORE_AFTER@|leading\s+up\s+to|following|preceding)\s+(?:the|his|her|their|its)\s)",
         plural_beside_event, trigger="days|weeks|months|years", checks=(veto.title_case,),
         examples=(Ex("Rebels struck on Aug. 30, 2021. In the weeks before the attack, troops had left.", "weeks",
                      "2021-08"),
                   Ex("He was shot on Oct. 23, 2022. His car was seen in the days before the shooting.", "days",
                      "2022-10")),
         negatives=("In the days of the empire, trade grew.", "She counted the days before her.",
                    "The Weeks Before The Storm is a novel.")),
    rule("day_before_after", r"the\s+day\s+(?P<dir>@BEFORE_AFTER@)\s+(?P<base>@DEICTIC_DAYS:yesterday|tomorrow@)",
         day_before_after, trigger="yesterday|tomorrow", checks=(veto.title_case,),
         examples=(Ex("He came the day before yesterday.", "the day before yesterday", "2023-09-03"),),
         negatives=('He watched "The Day After Tomorrow" again.',)),
    # "by Friday next week", "on Tuesday of last week": one day, that weekday of the week counted from the report
    # (not "Friday" the nearest plus a second time "next week"); "next week's" is a modifier of what follows
    rule("weekday_of_week", r"(?P<wd>@WEEKDAY@)\s+(?:of\s+)?(?P<rel>@REL_UNIT:last|next@)\s+@UNIT:week@\b(?!['’]s)",
         weekday_of_week, trigger="@WEEKDAY@", checks=(veto.weekday_case, veto.title_case), position_mods=False,
         examples=(Ex("If no deal is reached by Friday next week, the strike will begin.", "Friday next week",
                      "2023-09-15"),
                   Ex("The results are due on Monday next week.", "Monday next week", "2023-09-11"),
                   Ex("The board met on Tuesday of last week.", "Tuesday of last week", "2023-08-29")),
         # "Thursday this week" stays two times, as the t22 probe's gold writes it
         negatives=("The band's single Friday Next Week topped the charts.", "The sitcom Monday Next Week returns.")),
    rule("weekday", r"(?:(?P<rel>@REL_WEEKDAY@)\s+)?(?P<wd>@WEEKDAY@)(?:\s+(?P<pod>@POD@))?",
         weekday, trigger="@WEEKDAY@", checks=(veto.weekday_case,), position_mods=False, day_mods=True,
         examples=(Ex("The adviser said on Tuesday that talks advanced.", "Tuesday", "2023-09-05"),
                   Ex("Officials said on Monday it was over.", "Monday", "2023-09-04"),
                   Ex("They will meet on Thursday.", "Thursday", "2023-09-07"),
                   Ex("The deal was signed last Friday.", "last Friday", "2023-09-01"),
                   Ex("He spoke on Sunday night.", "Sunday night", "2023-09-03TNI", type="TIME"),
                   Ex("Markets will reopen Monday morning.", "Monday morning", "2023-09-11TMO", type="TIME"),
                   # tense read off the verb group, also without a dependency parse
                   Ex("The deal is scheduled to close Monday.", "Monday", "2023-09-11"),
                   Ex("Protesters were planning to drive to the airport on Monday.", "Monday", "2023-09-11"),
                   Ex("Trading is to resume in Paris Thursday.", "Thursday", "2023-09-07"),
                   Ex("The offer had been scheduled to expire Friday.", "Friday", "2023-09-01"),
                   # a past plan set aside by a contrast and a past verb: the planned day is behind the report
                   Ex("The ferry was due to sail on Monday but was held in port.", "Monday", "2023-09-04"),
                   Ex("The group might come as soon as Thursday.", "Thursday", "2023-09-07"),
                   Ex("The attorney has scheduled a news conference Thursday to announce a development.", "Thursday",
                      "2023-09-07"),
                   Ex("Stocks fell on Friday, Aug. 18, down 4% from the previous Friday.", "the previous Friday",
                      "2023-08-11"),
                   # "forecast to" looks forward as "expected to" does; a forecast made on a day keeps it
                   Ex("Temperatures are forecast to reach 42 C on Thursday.", "Thursday", "2023-09-07"),
                   Ex("The central bank forecast a recession on Monday.", "Monday", "2023-09-04"),
                   Ex("Ahead of Sunday's vote, candidates made final appeals.", "Sunday", "2023-09-10")),
         negatives=("She writes for the Sunday Times.", "She starred in Friday Night Lights.")),
    # "a few years back," is "a few years ago" (only before punctuation: "set the plan two weeks back" delays it)
    rule("ago", r"(?:(?P<num>@NUM@|@VAGUENUM@)" + _HALF + r"\s+(?:more\s+)?(?P<unit>@UNIT@)|" + _UNIT_AND_A_HALF + ")"
         r"\s+(?:ago|back(?=\s*[,;:.!?]))", ago,
         trigger="ago|back", checks=(veto.title_case, veto.back_context), priority=2, approx_mods=True,
         examples=(Ex("It happened three days ago.", "three days ago", "2023-09-02"),
                   Ex("They met two weeks ago.", "two weeks ago", "2023-W34"),
                   Ex("He left five years ago.", "five years ago", "2018"),
                   Ex("It closed several years ago.", "several years ago", "PAST_REF"),
                   Ex("A few years back, the mill closed.", "A few years back", "PAST_REF"),
                   Ex("They met two weeks back, officials said.", "two weeks back", "2023-W34"),
                   # a fractional count in the smaller unit that makes it whole
                   Ex("The firm was founded half a century ago.", "half a century ago", "1973"),
                   Ex("He left two and a half years ago.", "two and a half years ago", "2021-03")),
         negatives=('She sang "Two Days Ago" on the radio.', "The launch was pushed two weeks back.")),
    # "a year ago today", "a year ago this month", "a week ago Sunday": the unit counts back from the day (month,
    # weekday) named after it, one expression
    rule("ago_on", r"(?P<num>@NUM@)\s+(?P<unit>@UNIT:day|days|week|weeks|month|months|year|years@)\s+ago\s+"
         r"(?:@DEICTIC_DAYS:today@|this\s+(?P<tunit>@UNIT:week|month|year@)|(?P<wd>@WEEKDAY@))",
         ago_on, trigger="ago", checks=(veto.title_case,), priority=2, approx_mods=True,
         examples=(Ex("A year ago today, the dam burst.", "A year ago today", "2022-09-05"),
                   Ex("Two years ago today the mine collapsed.", "Two years ago today", "2021-09-05"),
                   Ex("A year ago this month, the plant closed.", "A year ago this month", "2022-09"),
                   Ex("The storm hit a week ago Sunday.", "a week ago Sunday", "2023-08-27"),
                   Ex("The storm hit two weeks ago Friday.", "two weeks ago Friday", "2023-08-18")),
         negatives=('She sang "A Year Ago Today" on the radio.',)),
    rule("before_last", r"the\s+(?P<unit>@UNIT:week|weekend|month|year@)\s+before\s+last", before_last,
         trigger="last", checks=(veto.title_case,), priority=2,
         examples=(Ex("Fighting flared the week before last.", "the week before last", "2023-W34"),
                   Ex("Prices peaked the month before last.", "the month before last", "2023-07"),
                   Ex("The roof leaked the weekend before last.", "the weekend before last", "2023-W34-WE")),
         negatives=('She starred in "The Week Before Last" on stage.',)),
    # a weekday counted back: "two Fridays ago" is a date, not the recurring "Fridays"
    rule("weekdays_ago", r"(?P<num>@NUM@)\s+(?P<wd>@WEEKDAY@)s\s+ago", weekdays_ago,
         trigger="ago", checks=(veto.title_case,), priority=2,
         examples=(Ex("They lost two Fridays ago.", "two Fridays ago", "2023-08-25"),
                   Ex("The accident happened three Sundays ago.", "three Sundays ago", "2023-08-20"),
                   # on a Saturday the Friday before is the first
                   Ex("They lost two Fridays ago.", "two Fridays ago", "2023-09-01", dct=dt.date(2023, 9, 9))),
         negatives=("He works two Fridays a month.", 'The band "Two Fridays Ago" played.')),
    rule("from_now", r"(?:(?P<num>@NUM@|@VAGUENUM@)" + _HALF + r"\s+(?P<unit>@UNIT@)|" + _UNIT_AND_A_HALF + ")"
         r"\s+from\s+(?:now|today)", from_now,
         trigger="now|today", checks=(veto.title_case,), priority=2,
         examples=(Ex("It ends two years from now.", "two years from now", "2025"),
                   Ex("Seas will rise half a century from now.", "half a century from now", "2073")),
         negatives=('"Ten Years From Now" topped the charts.',)),
    # "two weeks later than planned" compares: the amount is a duration, not a date (the lookahead keeps it out)
    rule("earlier_later", r"(?:(?P<num>@NUM@)" + _HALF + r"\s+(?P<unit>@UNIT@)|" + _UNIT_AND_A_HALF + ")"
         r"\s+(?P<dir>@STORY_SHIFTS@)(?!\s+than\b)", earlier_later,
         trigger="@STORY_SHIFTS@", checks=(veto.title_case,), priority=2,
         examples=(Ex("Troops arrived on Monday, May 1, 2023. Three days later they left.", "Three days later", "2023-05-04"),
                   Ex("The firm was sold in March 2019. Two and a half years later, it closed.",
                      "Two and a half years later", "2021-09"),
                   # a whole count of years on says the year
                   Ex("About 9,000 fish escaped in March 2015. The farm was fined two years later.",
                      "two years later", "2017"),
                   Ex("The band played in the spring of 1975. Its singer died three years later.",
                      "three years later", "1978"),
                   Ex("Sales rose in the third quarter of 2022, up from a year earlier.", "a year earlier", "2021-Q3"),
                   # the end date of a period does not replace the period as the story's anchor
                   Ex("Profit for the second quarter ended June 30 rose from $4 million a year earlier.",
                      "a year earlier", "2022-Q2"),
                   # nor does one comparison move it for the next
                   Ex("In the third quarter of 2022 it earned $5 million, up from $4 million a year earlier. "
                      "Sales rose to $9 million from $8 million a year earlier.", "a year earlier", "2021-Q3")),
         # "two hours later" needs a clock: not a date (the duration "two hours" is another dimension)
         negatives=("They left two hours later.", "The bridge opened two weeks later than planned.",
                    "Harvests start ten days earlier than they used to.")),
    # "the prior-year quarter" is the year-ago quarter as US filings write it
    rule("year_ago_period", r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?"
         r"(?:year[\s-]+(?:ago|earlier)|(?:prior|previous)-year)\s+(?:(?:@ORDINAL@)\s+)?(?P<unit>@PERIOD_UNITS@)",
         year_ago_period, trigger="ago|earlier|prior|previous", checks=(veto.title_case,), priority=2,
         examples=(Ex("Third-quarter 2023 profit beat the year-ago quarter.", "the year-ago quarter", "2022-Q3"),
                   Ex("Third-quarter 2023 sales were down from the prior-year quarter.", "the prior-year quarter",
                      "2022-Q3")),
         negatives=("The Year Ago Quarter Fund lost money.",)),
    rule("same_period_last_year",
         r"(?:the\s+)?(?:same|corresponding|comparable|like)\s+(?P<unit>@PERIOD_UNITS:quarter|period|month|week@)\s+(?:of\s+|in\s+)?"
         r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior|preceding)\s+year)"
         r"|last\s+year['’]s\s+(?:(?:@ORDINAL@)\s+)?(?P<unit2>@PERIOD_UNITS:quarter|period@)"
         r"|the\s+(?:same\s+)?(?P<unit3>@PERIOD_UNITS:quarter|period@)\s+a\s+year\s+(?:ago|earlier)",
         year_ago_period, trigger="year", checks=(veto.title_case,), priority=2,
         examples=(Ex("Profit in the third quarter of 2022 fell from the corresponding period last year.",
                      "the corresponding period last year", "2021-Q3"),
                   Ex("Sales in the second quarter of 2023 topped last year's quarter.", "last year's quarter", "2022-Q2"),
                   Ex("Profit in the second quarter of 2023 fell; for the quarter a year ago it was $5 million.",
                      "the quarter a year ago", "2022-Q2")),
         negatives=("The Same Period Last Year Fund lost money.",)),
    rule("year_period", r"the\s+(?P<year>@YEAR@)\s+(?P<unit>@PERIOD_UNITS:period|quarter@)", year_period,
         trigger="period|quarter", checks=(veto.whole_word,), priority=1,
         examples=(Ex("Third-quarter profit rose to $5 million from $4 million in the 2022 period.", "the 2022 period",
                      "2022-Q3"),
                   Ex("Costs were lower than in the 2021 period.", "the 2021 period", "2021"),
                   Ex("Sales rose on Friday. It earned $3 million in the 2022 quarter.", "the 2022 quarter", "2022-Q2")),
         negatives=("He counted the 2000 quarters in the jar.",)),
    # "this quarter", "next quarter", "the latest quarter" are rel_unit's
    rule("latest_quarter", r"(?P<rel>@REL_QUARTER@)\s+(?:@FISCAL_WORDS@\s+)?(?:quarter|(?<=latest\s)period)(?![-‐]to)",
         latest_quarter, trigger="quarter|period", checks=(veto.whole_word, veto.part_of_thing), priority=-1,
         examples=(Ex("Profit in the quarter rose.", "the quarter", "2023-Q2"),
                   Ex("Profit in the most recent quarter rose.", "the most recent quarter", "2023-Q2"),
                   Ex("Profit in the latest period rose.", "the latest period", "2023-Q2")),
         negatives=("The Fed made the quarter-point cut.", "He won the quarter of the vote he needed.")),
]
