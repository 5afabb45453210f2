"""Recurring times: every Tuesday, each year, daily, twice a week."""

from __future__ import annotations

from ..partial import literal
from ..vocab import month_num, norm_key, number, vocab, weekday_num
from .base import Ex, Rule, g
from .durations import duration_value


def every_unit(m):
    unit = vocab()["units"][norm_key(m["unit"])]
    n = number(g(m, "num")) if g(m, "num") else 1
    if norm_key(g(m, "other") or "") == "other":
        n = 2
    return literal("SET", duration_value(n, unit), quant=norm_key(m["q"]).upper())


def every_weekday(m):
    pod = vocab()["parts_of_day"][norm_key(m["pod"])] if g(m, "pod") else None
    return literal("SET", f"XXXX-WXX-{weekday_num(m['wd'])}" + (f"T{pod}" if pod else ""), quant=norm_key(m["q"]).upper())


def every_pod(m):
    pod = vocab()["parts_of_day"][norm_key(m["pod"])]
    return literal("SET", f"XXXX-XX-XXT{pod}", quant=norm_key(m["q"]).upper())


def every_month(m):
    part = f"{month_num(m['month']):02d}" if g(m, "month") else vocab()["seasons"][norm_key(m["season"])]
    return literal("SET", f"XXXX-{part}", quant=norm_key(m["q"]).upper())


def weekday_plural(m):
    # "on Mondays", "Tuesday nights": a weekday said in the plural recurs
    pod = g(m, "pod")
    suffix = f"T{vocab()['parts_of_day'][norm_key(pod)[:-1]]}" if pod else ""
    return literal("SET", f"XXXX-WXX-{weekday_num(m['wd'])}{suffix}")


def set_adverb(m):
    return literal("SET", vocab()["set_adverbs"][norm_key(m["adv"])])


def times_per(m):
    unit = vocab()["units"][norm_key(m["unit"])]
    freq = norm_key(m["freq"])
    k = {"once": 1, "twice": 2, "thrice": 3}.get(freq)
    if k is None:
        k = number(freq.split()[0])
    return literal("SET", duration_value(1, unit), freq=f"{int(k)}X" if k else None)


def per_unit(m):
    unit = vocab()["units"][norm_key(m["unit"])]
    return literal("SET", duration_value(1, unit))


RULES = [
    Rule("every_unit", r"(?P<q>every|each)\s+(?:(?P<other>other)\s+|(?P<num>@NUMWORD@|\d+)\s+)?(?P<unit>@UNIT@)", every_unit,
         examples=(Ex("They meet every week.", "every week", "P1W", type="SET"),
                   Ex("Elections are held every four years.", "every four years", "P4Y", type="SET"))),
    Rule("every_weekday", r"(?P<q>every|each)\s+(?P<wd>@WEEKDAY@)(?:\s+(?P<pod>@POD@))?", every_weekday, priority=1,
         examples=(Ex("The market opens every Tuesday.", "every Tuesday", "XXXX-WXX-2", type="SET"),
                   Ex("They rally every Tuesday morning.", "every Tuesday morning", "XXXX-WXX-2TMO", type="SET"))),
    Rule("every_pod", r"(?P<q>every|each)\s+(?P<pod>morning|afternoon|evening|night)", every_pod, priority=1,
         examples=(Ex("He runs every morning.", "every morning", "XXXX-XX-XXTMO", type="SET"),)),
    Rule("every_month", r"(?P<q>every|each)\s+(?:(?P<month>@MONTH@)|(?P<season>@SEASON@))", every_month, priority=1,
         checks=("month_case",),
         examples=(Ex("The festival returns each July.", "each July", "XXXX-07", type="SET"),
                   Ex("Floods come every spring.", "every spring", "XXXX-SP", type="SET"))),
    Rule("weekday_plural", r"(?P<wd>@WEEKDAY@)(?:s|\s+(?P<pod>mornings|afternoons|evenings|nights))",
         weekday_plural, checks=("weekday_case",),
         examples=(Ex("The shop closes on Mondays.", "Mondays", "XXXX-WXX-1", type="SET"),
                   Ex("The show airs Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI", type="SET"))),
    Rule("set_adverb", r"(?P<adv>@SETADV@)", set_adverb, checks=("set_adverb_context",),
         examples=(Ex("Prices are updated daily.", "daily", "P1D", type="SET"),)),
    Rule("times_per", r"(?P<freq>once|twice|thrice|(?:@NUMWORD@|\d+)\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>@UNIT@)",
         times_per, priority=1,
         examples=(Ex("They meet twice a year.", "twice a year", "P1Y", type="SET"),)),
    Rule("per_unit", r"(?:a|per)\s+(?P<unit>year|month|week|day|annum)", per_unit, checks=("per_unit_context",), priority=1,
         examples=(Ex("He earns $50,000 a year.", "a year", "P1Y", type="SET"),),
         negatives=("A year later he left.",)),
]
