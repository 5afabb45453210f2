"""Recurring times: every Tuesday, each year, daily, twice a week."""

from __future__ import annotations

from .. import veto
from ..partial import literal
from ..vocab import lexicon, month_num, number, weekday_num
from .base import Ex, family
from .durations import duration_value

rule = family(__name__)

UNIT, POD, SEASON, SETADV, HOLIDAY = map(lexicon, ("UNIT", "POD", "SEASON", "SETADV", "HOLIDAY"))
SET_QUANTIFIERS, FREQUENCY_WORDS = map(lexicon, ("SET_QUANTIFIERS", "FREQUENCY_WORDS"))


def every_unit(m):
    # "every few years": how many is not said (PXY), the recurrence is
    n = 2 if m["other"] else None if m["vague"] else number(m["num"]) if m["num"] else 1
    if UNIT[m["unit"]] == "WE" and n == 1:
        # "every weekend" recurs as "on weekends" does: the weekend of any week
        return literal("SET", "XXXX-WXX-WE", quant=SET_QUANTIFIERS[m["q"]])
    return literal("SET", duration_value(n, UNIT[m["unit"]]), quant=SET_QUANTIFIERS[m["q"]],
                   mod="APPROX" if m["orso"] else None)


def every_weekday(m):
    pod = POD.get(m["pod"])
    value = f"XXXX-WXX-{weekday_num(m['wd'])}" + (f"T{pod}" if pod else "")
    # "every other Thursday": the weekday that recurs (every second week, which a TIMEX3 value cannot say)
    return literal("SET", value, quant=SET_QUANTIFIERS[m["q"]])


def every_pod(m):
    return literal("SET", f"XXXX-XX-XXT{POD[m['pod']]}", quant=SET_QUANTIFIERS[m["q"]])


def every_month(m):
    part = f"{month_num(m['month']):02d}" if m["month"] else SEASON[m["season"]]
    return literal("SET", f"XXXX-{part}", quant=SET_QUANTIFIERS[m["q"]])


def every_holiday(m):
    # "every Christmas Day" recurs on its day of the year; a feast that moves ("every Easter") once a year, on no
    # one day a TIMEX3 value can write
    day = HOLIDAY[m["hol"]]
    value = f"XXXX-{day}" if isinstance(day, str) else "P1Y"
    return literal("SET", value, quant=SET_QUANTIFIERS[m["q"]])


def nth_weekday_monthly(m):
    # "the first Monday of every month" recurs once a month, as "every month" does
    return literal("SET", "P1M", quant=SET_QUANTIFIERS[m["q"]])


def nth_weekday_yearly(m):
    # "the third Tuesday of September each year" recurs once a year, as "every year" does: no one day of it
    return literal("SET", "P1Y", quant=SET_QUANTIFIERS[m["q"]])


def weekday_plural(m):
    # "on Mondays", "Tuesday nights": a weekday said in the plural recurs
    pod = POD.get(m["pod"])
    return literal("SET", f"XXXX-WXX-{weekday_num(m['wd'])}" + (f"T{pod}" if pod else ""))


def season_plural(m):
    return literal("SET", f"XXXX-{SEASON[m['season']]}")


def weekends(m):
    return literal("SET", "XXXX-WXX-WE")


def weeknights(m):
    # TIMEX3 has no value for the nights of the working week alone: the nights that recur (as "every night")
    return literal("SET", "XXXX-XX-XXTNI")


def set_adverb(m):
    return literal("SET", SETADV[m["adv"]])


def times_per(m):
    k = FREQUENCY_WORDS[m["freq"]] if m["freq"] else number(m["count"])
    value = SETADV[m["adv"]] if m["adv"] else duration_value(1, UNIT[m["unit"]])
    return literal("SET", value, freq=f"{int(k)}X" if k else None)


def times_per_compound(m):
    k = FREQUENCY_WORDS[m["freq"]] if m["freq"] else number(m["count"])
    return literal("SET", duration_value(1, UNIT[m["unit"]]), freq=f"{int(k)}X" if k else None)


def count_per_unit(m):
    n = number(m["count"])
    return literal("SET", duration_value(1, UNIT[m["per"]]), freq=f"{int(n)}{UNIT[m['unit']]}" if n else None)


def per_unit(m):
    return literal("SET", duration_value(1, UNIT[m["unit"]]))


RULES = [
    # "every four years or so": the words join the set as its mod, as they join "the next year or so" (else the
    # duration "four years or so" took the longer span and the set was lost)
    rule("every_unit", r"(?P<q>@SET_QUANTIFIERS@)\s+(?:(?P<other>other)\s+|(?P<num>@NUMWORD@|\d+)\s+|(?P<vague>@VAGUENUM:few|several@)\s+)?(?P<unit>@UNIT@)"
         r"(?P<orso>\s+or\s+so\b)?",
         every_unit, trigger="@SET_QUANTIFIERS@", checks=(veto.modifies_noun, veto.part_of_thing),
         examples=(Ex("They meet every week.", "every week", "P1W", type="SET"),
                   Ex("Elections are held every four years.", "every four years", "P4Y", type="SET"),
                   Ex("The committee meets every other week.", "every other week", "P2W", type="SET"),
                   Ex("The plant is inspected every few years.", "every few years", "PXY", type="SET"),
                   Ex("Patrols pass every couple of hours.", "every couple of hours", "PT2H", type="SET"),
                   Ex("The ferry runs every weekend.", "every weekend", "XXXX-WXX-WE", type="SET"),
                   Ex("Storms like this strike every four years or so.", "every four years or so", "P4Y", type="SET",
                      mod="APPROX")),
         negatives=("Funds went to each day care center.", "He ate each quarter of the pie.")),
    rule("every_weekday", r"(?P<q>@SET_QUANTIFIERS@)\s+(?:(?P<other>other)\s+)?(?P<wd>@WEEKDAY@)(?:\s+(?P<pod>@POD@))?",
         every_weekday,
         trigger="@SET_QUANTIFIERS@", checks=(veto.weekday_case,), priority=1,
         examples=(Ex("The market opens every Tuesday.", "every Tuesday", "XXXX-WXX-2", type="SET"),
                   Ex("They rally every Tuesday morning.", "every Tuesday morning", "XXXX-WXX-2TMO", type="SET"),
                   Ex("Bins are collected every other Thursday.", "every other Thursday", "XXXX-WXX-4", type="SET")),
         negatives=("Every Sunday Times reader knows him.", "Every other Sunday Times reader knows him.")),
    rule("every_pod", r"(?P<q>@SET_QUANTIFIERS@)\s+(?P<pod>@POD:morning|afternoon|evening|night@)", every_pod,
         trigger="@SET_QUANTIFIERS@", checks=(veto.modifies_noun,), priority=1,
         examples=(Ex("He runs every morning.", "every morning", "XXXX-XX-XXTMO", type="SET"),),
         negatives=("She sells every evening gown she makes.",)),
    rule("every_month", r"(?P<q>@SET_QUANTIFIERS@)\s+(?:(?P<month>@MONTH@)|(?P<season>@SEASON@))", every_month,
         trigger="@SET_QUANTIFIERS@", priority=1, checks=(veto.month_case, veto.modifies_noun),
         examples=(Ex("The festival returns each July.", "each July", "XXXX-07", type="SET"),
                   Ex("Floods come every spring.", "every spring", "XXXX-SP", type="SET")),
         negatives=("He tested every spring water brand.",)),
    rule("every_holiday", r"(?P<q>@SET_QUANTIFIERS@)\s+(?P<hol>@HOLIDAY@)(?![\w'’-])", every_holiday,
         trigger="@SET_QUANTIFIERS@", priority=1, checks=(veto.modifies_noun,),
         examples=(Ex("He swam in the sea every Christmas Day.", "every Christmas Day", "XXXX-12-25", type="SET"),
                   Ex("The family gathers each Thanksgiving.", "each Thanksgiving", "P1Y", type="SET"),
                   Ex("She visits her mother every Easter.", "every Easter", "P1Y", type="SET")),
         negatives=("They sold every Christmas tree in the yard.",)),
    rule("weekday_plural", r"(?P<wd>@WEEKDAY@)(?:s|\s+(?P<pod>@POD:morning|afternoon|evening|night@)s)",
         weekday_plural, trigger=r"days\b|(?:mornings|afternoons|evenings|nights)\b",
         checks=(veto.weekday_case, veto.in_name),
         examples=(Ex("The shop closes on Mondays.", "Mondays", "XXXX-WXX-1", type="SET"),
                   Ex("The show airs Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI", type="SET")),
         negatives=("They ate at TGI Fridays.", "The Happy Mondays played.")),
    # seasons in the plural recur as "on Mondays" does: "the past three summers", "during winters" ("springs" are
    # also water, "falls" a verb: left out)
    rule("season_plural", r"(?:(?P<lead>(?:in|during|over|through)\s+)|(?:the\s+)?(?:past|last|next|coming|previous)\s+"
         r"(?:(?:@NUMWORD@|\d+|few|several)\s+)?)(?P<season>@SEASON:summer|winter|autumn@)s(?![\w'’])",
         season_plural, trigger="summers|winters|autumns", checks=(veto.title_case,),
         examples=(Ex("Crops failed in the past three summers.", "the past three summers", "XXXX-SU", type="SET"),
                   Ex("The lake froze during winters.", "winters", "XXXX-WI", type="SET")),
         negatives=("Johnny Winters played the blues.", "He spent three summers in Rome.")),
    # "on weekends", "at weekends": every weekend, as "on Mondays" is every Monday ("four weekends" counts them)
    rule("weekends", r"(?P<lead>(?:on|at|over|during)\s+)weekends(?![\w-])", weekends,
         trigger="weekends", checks=(veto.title_case,),
         examples=(Ex("The market is held on weekends.", "weekends", "XXXX-WXX-WE", type="SET"),
                   Ex("Britons queue for petrol at weekends.", "weekends", "XXXX-WXX-WE", type="SET")),
         negatives=("Repairs took four weekends.", "He went to the Weekends festival.")),
    # "works weekends", "opens weekends": the bare plural right after its verb recurs as "on weekends" does
    rule("weekends_after_verb", r"weekends", weekends, trigger="weekends", checks=(veto.title_case, veto.after_verb),
         examples=(Ex("He works weekends at a garage.", "weekends", "XXXX-WXX-WE", type="SET"),),
         negatives=("Repairs took four weekends.", "He spent two weekends there.")),
    rule("weeknights", r"(?P<lead>(?:on|at|over|during)\s+)weeknights(?![\w-])", weeknights,
         trigger="weeknights", checks=(veto.title_case,),
         examples=(Ex("Supplies will be shut off between 10 p.m. and 5 a.m. on weeknights.", "weeknights",
                      "XXXX-XX-XXTNI", type="SET"),),
         negatives=("Repairs took four weeknights.", "He went to the Weeknights festival.")),
    rule("nth_weekday_monthly", r"the\s+@NTH_IN_MONTH@\s+(?:@WEEKDAY@|week|weekend)\s+(?:of|in)\s+"
         r"(?P<q>@SET_QUANTIFIERS@)\s+month", nth_weekday_monthly, trigger="month", priority=1,
         examples=(Ex("The board meets on the first Monday of every month.", "the first Monday of every month", "P1M",
                      type="SET"),
                   Ex("Rent is due the last Friday of each month.", "the last Friday of each month", "P1M",
                      type="SET")),
         negatives=("He won the first week of the contest.",)),
    rule("nth_weekday_yearly", r"the\s+@NTH_IN_MONTH@\s+(?:@WEEKDAY@|week|weekend)\s+(?:of|in)\s+@MONTH@,?\s+"
         r"(?P<q>@SET_QUANTIFIERS@)\s+year", nth_weekday_yearly, trigger="year", priority=1,
         examples=(Ex("The regatta is held on the second Saturday of July each year.",
                      "the second Saturday of July each year", "P1Y", type="SET"),
                   Ex("Parliament opens on the third Tuesday in September every year.",
                      "the third Tuesday in September every year", "P1Y", type="SET")),
         negatives=("He won the first week of the contest.",)),
    rule("set_adverb", r"(?P<adv>@SETADV@)", set_adverb,
         trigger="@SETADV@", checks=(veto.set_adverb_context,),
         examples=(Ex("Prices are updated daily.", "daily", "P1D", type="SET"),),
         negatives=("He reads the Daily Mail.",)),
    # "twice daily", "three times weekly": the count goes with the adverb as with "a week"
    rule("times_per", r"(?:(?P<freq>@FREQUENCY_WORDS@)|(?P<count>@NUMWORD@|\d+)\s+times)\s+"
         r"(?:(?:a|an|per|each|every)\s+(?P<unit>@UNIT@)|(?P<adv>@SETADV:daily|weekly|monthly|yearly|hourly@))",
         times_per, trigger="@FREQUENCY_WORDS@|times", checks=(veto.modifies_noun,), priority=1,
         examples=(Ex("They meet twice a year.", "twice a year", "P1Y", type="SET"),
                   Ex("The drug must be taken twice daily.", "twice daily", "P1D", type="SET"),
                   Ex("The report is published three times yearly.", "three times yearly", "P1Y", type="SET")),
         negatives=("It was once a day care center.",)),
    # "a once-a-day pill", "a three-times-a-week clinic": the hyphenated count and unit are one modifier, a set as
    # "twice a day" is (was: "a-day" read as a length); a noun after it does not veto, as it does "a day care"
    rule("times_per_compound", r"(?:(?P<freq>@FREQUENCY_WORDS@)|(?P<count>@NUMWORD@|\d+)-times)-(?:a|an|per)-"
         r"(?P<unit>@UNIT:year|month|week|day|hour@)(?![\w-])", times_per_compound, trigger="@FREQUENCY_WORDS@|times",
         priority=2,
         examples=(Ex("Doctors prescribed a once-a-day pill.", "once-a-day", "P1D", type="SET"),
                   Ex("She runs a three-times-a-week clinic.", "three-times-a-week", "P1W", type="SET"),
                   Ex("The twice-a-year audit found errors.", "twice-a-year", "P1Y", type="SET")),
         negatives=("It was once a day care center.", "The once-a-decent team lost.")),
    # "six days a week", "24 hours a day": how many of the smaller unit in each larger one, one SET (the TIMEX3
    # guidelines' freq), not a length beside a rate
    rule("count_per_unit", r"(?P<count>@NUMWORD@|\d+)\s+(?P<unit>@UNIT:days|hours@)\s+(?:a|per|each)\s+"
         r"(?P<per>@UNIT:day|week|month|year@)(?!\s+(?:@BEFORE_AFTER@|@STORY_SHIFTS@|ago)(?![\w-]))", count_per_unit, trigger="days|hours", priority=2,
         examples=(Ex("The clinic is open six days a week.", "six days a week", "P1W", type="SET"),
                   Ex("Guards watch the site 24 hours a day.", "24 hours a day", "P1D", type="SET")),
         negatives=("The strike lasted five days.", "She had spent 10 days a year earlier in the camp.")),
    rule("per_unit", r"(?:a|per)\s+(?P<unit>@UNIT:year|month|week|day|annum@)", per_unit,
         trigger="year|month|week|day|annum", checks=(veto.per_unit_context,), priority=1,
         examples=(Ex("He earns $50,000 a year.", "a year", "P1Y", type="SET"),),
         negatives=("A year later he left.", "Their last title came in 1999, a year before he was born.",
                    "Sales reached 40,000, a year after the launch.")),
]
