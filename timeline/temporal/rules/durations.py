"""Durations: six months, nearly a decade, the past two years, a 10-day visit, years, the next few weeks,
the coming months, recent weeks, the past decade, the years ahead.

A stretch reaching back to now or ahead from it is a DURATION however vaguely it is counted, as the TimeML
guidelines annotate it: "the past few years", "recent months", "the next few weeks", "the coming months",
"the years ahead" are PXY, PXM, PXW (the count unknown), decades PXDE. TimeBank mostly agrees, though it
is split on the looking-back ones (some "recent years" are PAST_REF); the guidelines decide. Bare deictic
words ("recently", "the past", "the future", "the near term") are PAST_REF / FUTURE_REF (vague.py).
"""

from __future__ import annotations

from .. import veto
from ..partial import literal
from ..vocab import fmt_num, lexicon, number
from .base import Ex, family, g

rule = family(__name__)

UNIT = lexicon("UNIT")

# TIMEX3 duration letters per unit; decades and centuries are written in years as TimeBank does.
_UNIT_VALUE = {"S": ("T", "S", 1), "MIN": ("T", "M", 1), "H": ("T", "H", 1), "D": ("", "D", 1), "W": ("", "W", 1),
               "2W": ("", "W", 2), "WE": ("", "WE", 1), "M": ("", "M", 1), "Q": ("", "Q", 1), "Y": ("", "Y", 1),
               "DE": ("", "Y", 10), "CE": ("", "Y", 100), "ML": ("", "Y", 1000)}
_VAGUE_UNIT = {"DE": "PXDE", "CE": "PXCE", "ML": "PXML"}


def duration_value(n: float | None, unit: str) -> str:
    t, letter, mult = _UNIT_VALUE[unit]
    if n is None:
        return _VAGUE_UNIT.get(unit) or f"P{t}X{letter}"
    n = n * mult
    if not float(n).is_integer() and letter in ("Y", "H") and float(n * 12 if letter == "Y" else n * 60).is_integer():
        whole, frac = int(n), n - int(n)
        sub = int(round(frac * (12 if letter == "Y" else 60)))
        return f"P{t}{whole}{letter}{sub}M" if whole else f"P{t}{sub}M"
    if not float(n).is_integer() and letter == "W" and float(n * 7 * 24).is_integer():
        # a week and a half is 10.5 days: whole days and hours (P10DT12H), as "a year and a half" is P1Y6M;
        # ISO 8601 writes no weeks beside other units
        days = n * 7
        whole, hours = int(days), int(round((days - int(days)) * 24))
        return f"P{whole}DT{hours}H" if hours else f"P{whole}D"
    if not float(n).is_integer():
        # 1.5 years -> P18M, 2.5 days -> P60H: TIMEX3 prefers whole numbers of a smaller unit
        smaller = {"Y": ("", "M", 12), "M": ("", "W", 4), "D": ("T", "H", 24), "H": ("T", "M", 60), "W": ("", "D", 7)}
        if letter in smaller and not t:
            t2, l2, k = smaller[letter]
            if float(n * k).is_integer():
                return f"P{t2}{fmt_num(n * k)}{l2}"
        if letter == "H":
            return f"PT{fmt_num(n * 60)}M"
    return f"P{t}{fmt_num(n)}{letter}"


def count_unit(m):
    unit = UNIT[m["unit"]]
    n = number(m["num"]) if g(m, "num") else None
    if unit == "WE" and (n is None or n < 2):
        # "a weekend", "one weekend" name a weekend more often than they measure one; "four weekends" counts them
        return None
    # "a week or so" is about a week: the words join the span as its mod
    return literal("DURATION", duration_value(n, unit), mod="APPROX" if g(m, "orso") else None)


def bare_plural(m):
    return literal("DURATION", duration_value(None, UNIT[g(m, "unit") or m["unit2"]]))


def one_unit(m):
    return literal("DURATION", duration_value(1, UNIT[g(m, "unit") or m["unit2"]]))


def half_unit(m):
    unit = UNIT[m["unit"] or m["unit1"] or m["unit2"]]
    n = number(m["num"]) if g(m, "num") else 0 if g(m, "unit2") else 1
    if n is None:
        return None
    return literal("DURATION", duration_value(n + 0.5, unit))


_FRACTIONS = lexicon("FRACTION_WORDS")


def fraction_unit(m):
    share = 3 * _FRACTIONS["quarter"] if g(m, "three") else _FRACTIONS[(m["frac"] or m["frac2"]).lower()]
    return literal("DURATION", duration_value(share, UNIT[m["unit"] or m["unit2"]]))


RULES = [
    # "the next half century", "the past quarter-century", "a quarter of a century", "three quarters of an hour":
    # a share of a long unit (or of an hour) is a length of that share (was: "the past quarter" a calendar quarter,
    # "the first half" a half-year, "a quarter of a century" a century); not "the first half of the century" (a
    # part of a period) nor "a quarter of the century's output"
    rule("duration_fraction", r"(?:(?:(?:the\s+)?(?:@DURMOD@)|an?)\s+(?P<frac>@FRACTION_WORDS@)[\s-]"
         r"(?P<unit>@UNIT:hour|decade|century@)(?![\w-])"
         r"|(?:(?:an?|one)\s+(?P<frac2>@FRACTION_WORDS:quarter@)|(?P<three>three\s+quarters))\s+of\s+an?\s+"
         r"(?P<unit2>@UNIT:hour|century@)(?![\w-]))",
         fraction_unit, trigger="half|quarter|quarters", checks=(veto.title_case,), priority=1,
         examples=(Ex("For the next half century the town grew.", "the next half century", "P50Y", type="DURATION"),
                   Ex("Rents doubled over the past quarter-century.", "the past quarter-century", "P25Y",
                      type="DURATION"),
                   Ex("The plant was shut for a quarter of a century.", "a quarter of a century", "P25Y",
                      type="DURATION"),
                   Ex("He spoke for three quarters of an hour.", "three quarters of an hour", "PT45M",
                      type="DURATION"),
                   Ex("Shares fell in the first half hour of trading.", "the first half hour", "PT30M",
                      type="DURATION"),
                   Ex("It reopened a quarter century later.", "a quarter century", "P25Y", type="DURATION")),
         negatives=("Output fell in the first half of the century.", "He won a quarter of the vote.",
                    "The firm made a quarter of the century's cars.")),
    rule("duration",
         # "the" belongs to "the past two years" and "the nine months", not to "the two-day meeting"
         # a bare "last" after anything but a preposition is the verb: "expected to last several months"
         r"(?:the\s+(?=(?:@DURMOD@)\s|(?:@NUM@|@VAGUENUM@)\s+@UNITPL@))?"
         # ... and never takes an article after it ("reached the final a year later": "a year later" alone)
         r"(?:(?:(?!last\b)@DURMOD@|(?:(?<=the\s)|(?<=in\s)|(?<=over\s)|(?<=for\s)|(?<=during\s)|(?<=within\s)|(?<=of\s))last)\s+(?!an?\s))?"
         r"(?P<num>@NUM@|@VAGUENUM@)\s+(?:(?:more|full|straight|consecutive|long|additional|whole|extra|short|successive|trading|business|working)\s+)?(?P<unit>@UNIT@)"
         r"(?P<orso>\s+or\s+so)?",
         count_unit, trigger="@UNIT@", checks=(veto.duration_context, veto.title_case),
         examples=(Ex("The war has lasted 18 months.", "18 months", "P18M", type="DURATION"),
                   Ex("Sales rose over the past two years.", "the past two years", "P2Y", type="DURATION"),
                   Ex("Talks took several weeks.", "several weeks", "PXW", type="DURATION"),
                   # "over" before a vague count is the preposition, not "more than"
                   Ex("Costs rose over several years.", "several years", "PXY", type="DURATION"),
                   Ex("It took over two years.", "over two years", "P2Y", type="DURATION", mod="MORE_THAN"),
                   Ex("Sales grew over the past few years.", "the past few years", "PXY", type="DURATION"),
                   Ex("Costs fell in the last several months.", "the last several months", "PXM", type="DURATION"),
                   Ex("Forests shrank over the past several decades.", "the past several decades", "PXDE",
                      type="DURATION"),
                   Ex("He slept for an hour.", "an hour", "PT1H", type="DURATION"),
                   Ex("Profit in the first nine months rose.", "the first nine months", "P9M", type="DURATION"),
                   Ex("It lasted two decades.", "two decades", "P20Y", type="DURATION"),
                   Ex("The plan takes shape over the next few weeks.", "the next few weeks", "PXW", type="DURATION"),
                   Ex("He stayed for a week or so.", "a week or so", "P1W", type="DURATION", mod="APPROX"),
                   Ex("Refunds take five business days.", "five business days", "P5D", type="DURATION"),
                   Ex("The trial is expected to last several months.", "several months", "PXM", type="DURATION"),
                   Ex("Talks could last three weeks.", "three weeks", "P3W", type="DURATION"),
                   Ex("Prices rose in last two years.", "last two years", "P2Y", type="DURATION"),
                   Ex("The fair ran for four weekends.", "four weekends", "P4WE", type="DURATION")),
         negatives=("He was second.", "A day care center.", "It was a year ago.", "She lost in a quarter-final.",
                    "Coal's share fell to a fifth, down from a quarter a decade ago.", "Staff were cut by a quarter.",
                    "Volume on the trading day was light.", "The film Seven Days in Rome opened.")),
    rule("duration_adj", r"(?P<num>@NUM@)-(?P<unit>@UNITSG@)(?:-long)?(?![\w-]*\s*-?\s*old\b)", count_unit,
         trigger="@UNIT@",
         examples=(Ex("A 10-day visit.", "10-day", "P10D", type="DURATION"),
                   Ex("A two-year deal.", "two-year", "P2Y", type="DURATION")),
         negatives=("A 6-year-old boy.", "The six-year-old girl.")),
    # "a three-year period", "a 90-day span": the head noun is itself a time word, so the whole noun phrase
    # is the expression (TIMEX3 takes the head); "a three-year deal" keeps just the adjective
    rule("duration_period", r"(?:an?\s+)(?P<num>@NUM@)-(?P<unit>@UNITSG@)\s+(?:period|span|stretch|interval)\b",
         count_unit, trigger="period|span|stretch|interval", priority=1, noun_phrase=True,
         examples=(Ex("Sales doubled over a three-year period.", "a three-year period", "P3Y", type="DURATION"),
                   Ex("It was the worst loss in a 90-day span.", "a 90-day span", "P90D", type="DURATION"),
                   Ex("Prices rose for nearly a two-year period.", "nearly a two-year period", "P2Y", type="DURATION",
                      mod="APPROX")),
         negatives=("A trial period was agreed.",)),
    # hyphenated too ("three-and-a-half years", "a two-and-a-half-year deal")
    rule("duration_half", r"(?:(?P<num>@NUM@)[\s-]and[\s-]a[\s-]half[\s-](?P<unit>@UNIT@)"
         r"|an?\s+(?P<unit1>@UNIT:year|month|day|week|hour@)\s+and\s+a\s+half"
         r"|half\s+an?\s+(?P<unit2>@UNIT:hour|day|month|year|decade|century@))",
         half_unit, trigger="half", priority=1,
         examples=(Ex("It took two and a half years.", "two and a half years", "P2Y6M", type="DURATION"),
                   Ex("It took a year and a half to build.", "a year and a half", "P1Y6M", type="DURATION"),
                   Ex("The talks lasted an hour and a half.", "an hour and a half", "PT1H30M", type="DURATION"),
                   Ex("The scheme ran for three-and-a-half years.", "three-and-a-half years", "P3Y6M",
                      type="DURATION"),
                   Ex("He signed a two-and-a-half-year deal.", "two-and-a-half-year", "P2Y6M", type="DURATION"),
                   Ex("He waited half an hour.", "half an hour", "PT30M", type="DURATION"),
                   Ex("The talks lasted a week and a half.", "a week and a half", "P10DT12H", type="DURATION"),
                   Ex("Prices have doubled in half a century.", "half a century", "P50Y", type="DURATION")),
         negatives=("Sales rose two and a half times.", "Half a dozen people came.")),
    # "minutes" only after a lead ("within minutes of the blast", "for minutes"): alone it is as often a meeting's
    # record ("published the minutes"), and "minutes apart" is left untagged as the dev corpus does
    rule("duration_bare", r"(?:(?P<lead>@DURATION_LEADS@)\s+)(?P<unit>@UNIT:years|months|weeks|days|decades|hours|minutes|centuries@)",
         bare_plural, trigger="@UNIT@", checks=(veto.bare_plural_context,),
         examples=(Ex("They waited for years.", "years", "PXY", type="DURATION"),
                   Ex("Crews arrived within minutes of the blast.", "minutes", "PTXM", type="DURATION"),
                   # a stretch reaching back to now: "goes back decades", "dating back centuries"
                   Ex("The dispute goes back decades.", "decades", "PXDE", type="DURATION")),
         negatives=("It was the best in years of data.", "In the last days before the vote, polls tightened.",
                    "He came back months later.",
                    "In his last years he painted less.", "The board approved the minutes of the meeting.",
                    "He read the last minutes of the meeting aloud.")),
    # "crested hours later than forecast", "opened days earlier than planned": how much later (earlier) than a plan
    # a thing happened, a length of unknown size, as "two weeks later than planned" is one of two weeks (issue 11
    # class 6); with no "than" the bare "hours later" is the story's day (relative.plural_shift)
    rule("plural_than", r"(?P<unit>@UNIT:minutes|hours|days|weeks|months|years@)"
         r"(?=\s+(?:later|earlier|longer|sooner)\s+than\b)",
         bare_plural, trigger="minutes|hours|days|weeks|months|years", checks=(veto.title_case, veto.bare_count_context),
         examples=(Ex("The river crested at midday, hours later than forecasters had expected.", "hours", "PTXH",
                      type="DURATION"),
                   Ex("The bridge reopened months earlier than planned.", "months", "PXM", type="DURATION"),
                   Ex("The talks ran days longer than scheduled.", "days", "PXD", type="DURATION")),
         negatives=("The board published the minutes later than the rules allow.",
                    "The Hours Later Than Midnight tour sold out.")),
    # "waited another year", "for another week": one more unit, a duration of that length (not a date: "another
    # year" is no calendar year); title case ("Another Day in Paradise") is a name
    rule("duration_another", r"(?<!\bor\s)another\s+(?P<unit>@UNIT:day|week|month|year|decade|hour@)(?![\w'’-])(?!\s+or\b)",
         one_unit, trigger="another", checks=(veto.title_case, veto.modifies_noun), priority=1,
         examples=(Ex("If we had waited another year, the price would have doubled.", "another year", "P1Y",
                      type="DURATION"),
                   Ex("The strike will last another week.", "another week", "P1W", type="DURATION")),
         negatives=("Day trips will resume one way or another.", "She booked another day trip.")),
    # "ended months of speculation", "took years of talks": a bare plural right after a verb, before "of" and
    # what filled the stretch, is a duration of unknown length (veto.plural_of_context). After a preposition
    # ("after years of talks") it was tried and not kept: the dev check half gained a spurious span
    rule("duration_plural_of", r"(?P<unit>@UNIT:years|months|weeks|decades|centuries@)(?=\s+of\s)",
         bare_plural, trigger="years|months|weeks|decades|centuries", checks=(veto.title_case, veto.plural_of_context),
         examples=(Ex("The deal ended months of speculation.", "months", "PXM", type="DURATION"),
                   Ex("The treaty took years of talks.", "years", "PXY", type="DURATION")),
         negatives=("It was the best in years of data.", "The years of plenty ended.",
                    "She turned years of age into a joke.")),
    # "hours before the deadline", "days after he left": a bare plural that measures how long before or after an
    # event something happened is a duration of unknown length, as "two days after the vote" is one of two days;
    # only where no article, number or adjective makes it a noun phrase of its own ("in the days after the
    # storm", "the first hours after the quake"): after a comma, a verb or an adverb (veto.bare_before_event)
    # "minutes" is left out: "The Fed released minutes after its meeting" is a record, the verb's object
    rule("duration_before_event", r"(?P<unit>@UNIT:hours|days|weeks|months|years@)"
         r"(?=\s+(?:@BEFORE_AFTER@)\s+(?!that\b|this\b|which\b)[A-Za-z])",
         bare_plural, trigger="hours|days|weeks|months|years", checks=(veto.title_case, veto.bare_before_event),
         examples=(Ex("Chelsea signed him on Friday, hours before the deadline.", "hours", "PTXH", type="DURATION"),
                   Ex("The bank collapsed weeks after the audit.", "weeks", "PXW", type="DURATION"),
                   Ex("He died just days after his release.", "days", "PXD", type="DURATION"),
                   Ex("Suppliers cut off the retailer weeks before it filed for bankruptcy.", "weeks", "PXW",
                      type="DURATION")),
         negatives=("In the days after the storm, aid arrived.", "The first hours after the quake were chaotic.",
                    "Voters queued in the hours before dawn.", "Hours before that, he had called.",
                    "The Fed released minutes after its meeting on Wednesday.")),
    # "over the years", "through the decades": a stretch of unknown length reaching up to the story's time;
    # "the years before the war", "the weeks ahead", "the years of plenty" are other things
    rule("duration_over_the", r"(?P<lead>(?:over|through|across|throughout)\s+)the\s+"
         r"(?P<unit>@UNIT:years|decades|centuries|months|weeks@)"
         r"(?!\s+(?:of|before|after|since|to|ahead|that|when|following|leading|between|from)\b)(?![\w-])",
         bare_plural, trigger="years|decades|centuries|months|weeks", checks=(veto.title_case,), noun_phrase=True,
         examples=(Ex("The group has grown over the years.", "the years", "PXY", type="DURATION"),
                   Ex("Tastes have changed through the decades.", "the decades", "PXDE", type="DURATION")),
         negatives=("Prices rose over the years before the war.", "He looked back over the years of plenty.",
                    "They hunted over the months that followed the raid.")),
    rule("duration_long", r"(?P<unit>@UNIT:decades|years|months|weeks|days@)-long", bare_plural,
         trigger="@UNIT@", checks=(veto.title_case,),
         examples=(Ex("A decades-long feud.", "decades-long", "PXDE", type="DURATION"),),
         negatives=("He read the novel Years-Long Shadows aloud.",)),
    # "a day-long meeting", "the week-long strike": one unit's length, an adjective like "10-day"; news agencies
    # write most of them solid ("a weeklong strike", "a yearlong inquiry")
    rule("duration_unit_long", r"(?P<unit>@UNIT:day|week|month|year|hour|decade|century@)-?long", one_unit,
         trigger="long|daylong|weeklong|monthlong|yearlong|hourlong|decadelong", checks=(veto.title_case,),
         priority=1,
         examples=(Ex("They left a day-long meeting.", "day-long", "P1D", type="DURATION"),
                   Ex("A week-long strike ended.", "week-long", "P1W", type="DURATION"),
                   Ex("It ended a decade-long feud.", "decade-long", "P10Y", type="DURATION"),
                   Ex("A yearlong inquiry found fraud.", "yearlong", "P1Y", type="DURATION"),
                   Ex("The town fell after a monthlong siege.", "monthlong", "P1M", type="DURATION")),
         negatives=("The Day-Long Dream topped the charts.", "He was longing for a holiday.",
                    "He dived headlong into the sea.")),
    rule("duration_coming", r"(?:the\s+)?(?:coming|upcoming)\s+(?P<unit>@UNIT:days|weeks|months|years|decades|quarters@)",
         bare_plural, trigger="coming|upcoming", checks=(veto.title_case, veto.whole_word), priority=1,
         noun_phrase=True,  # the adjective stands where an article would: "over coming weeks" is a preposition
         examples=(Ex("A decision is due in the coming months.", "the coming months", "PXM", type="DURATION"),
                   Ex("Rates may fall in coming weeks.", "coming weeks", "PXW", type="DURATION"),
                   Ex("Rates may fall over coming weeks.", "coming weeks", "PXW", type="DURATION")),
         negatives=("The Coming Days album flopped.", "Their coming of age was slow.")),
    # "recent weeks", "in recent years": a stretch of unknown length up to now, as "the past few weeks";
    # "recent times" is no unit (vague.py), and "the most recent quarter" is one quarter (relative.py).
    # The adjective stands where an article would, so "over recent weeks" is a preposition, not "more than"
    rule("duration_recent", r"(?:the\s+)?(?:most\s+)?recent\s+(?P<unit>@UNIT:days|weeks|months|years|decades|quarters@)",
         bare_plural, trigger="recent", checks=(veto.title_case, veto.whole_word), priority=1, noun_phrase=True,
         examples=(Ex("Prices rose in recent months.", "recent months", "PXM", type="DURATION"),
                   Ex("Ties have grown over recent weeks.", "recent weeks", "PXW", type="DURATION"),
                   Ex("In recent days, troops massed.", "recent days", "PXD", type="DURATION"),
                   Ex("The recent years were hard.", "The recent years", "PXY", type="DURATION"),
                   Ex("Tastes changed in recent decades.", "recent decades", "PXDE", type="DURATION")),
         negatives=("The recent months-old truce collapsed.", "The Recent Years tour sold out.",
                    "The recent rally faded.")),
    # "the past decade", "the coming decade": the ten years up to now or ahead of it, not the calendar
    # decade (in 2023 "the past decade" reaches back to 2013, not to the 2010s); "the last decade of the
    # century" is a named one and stays a date (relative.py)
    # a century only after "past" or "coming": "the last century", "the next century" are mostly the calendar's
    rule("duration_decade", r"(?:the\s+)?(?:(?:past|last|coming|upcoming|next)\s+(?P<unit>@UNIT:decade|fortnight@)"
         r"|(?:past|coming|upcoming)\s+(?P<unit2>@UNIT:century@))(?![\w-])"
         r"(?!\s+(?:of|before|after|since|that|when|in)\b)",
         one_unit, trigger="decade|century|fortnight", checks=(veto.title_case,), priority=1,
         examples=(Ex("Prices doubled in the past decade.", "the past decade", "P10Y", type="DURATION"),
                   # a fortnight has no calendar name: two weeks up to or from now, like a decade
                   Ex("Cases have doubled in the past fortnight.", "the past fortnight", "P2W", type="DURATION"),
                   Ex("Talks will go on over the next fortnight.", "the next fortnight", "P2W", type="DURATION"),
                   Ex("Seas rose over the past century.", "the past century", "P100Y", type="DURATION"),
                   Ex("Demand will grow over the coming decade.", "the coming decade", "P10Y", type="DURATION")),
         negatives=("The last decade of the century was calm.", "The Next Decade fund rose.")),
    # "in past years", "over the past decades", "the last few months" without the count: a stretch of unknown
    # length up to now, as "recent years" is; "the last days of the regime", "the past years of war" are
    # other stretches, and "his last years" (no article) a lifetime's
    rule("duration_past_plural", r"(?:the\s+(?:past|last)|past)\s+(?P<unit>@UNIT:days|weeks|months|years|decades|centuries@)"
         r"(?![\w-])(?!\s+(?:of|before|after|since|that|when|between|from|to|in|under|at)\b)",
         bare_plural, trigger="days|weeks|months|years|decades|centuries", checks=(veto.title_case, veto.whole_word),
         priority=1, noun_phrase=True,
         examples=(Ex("Home prices have climbed steadily in past years.", "past years", "PXY", type="DURATION"),
                   Ex("Farming changed a great deal over the past decades.", "the past decades", "PXDE",
                      type="DURATION"),
                   Ex("Troops have massed on the border in the last days.", "the last days", "PXD", type="DURATION")),
         negatives=("He spent the last years of his life in Rome.", "In the last days before the vote, polls tightened.",
                    "The Past Years exhibit opened.", "In his last years he painted less.")),
    # "the days ahead", "the months to come", "for years to come": a stretch of unknown length from now on
    rule("duration_ahead", r"(?:the\s+(?P<unit>@UNIT:days|weeks|months|years|decades@)\s+(?:ahead(?!\s+of\b)|to\s+come(?!\s+\w))"
         r"|(?<=for\s)(?P<unit2>@UNIT:days|weeks|months|years|decades@)\s+to\s+come(?!\s+\w))",
         bare_plural, trigger="ahead|come", checks=(veto.title_case,), priority=1,
         examples=(Ex("Talks will be hard in the days ahead.", "the days ahead", "PXD", type="DURATION"),
                   Ex("Talks will continue in the months to come.", "the months to come", "PXM", type="DURATION"),
                   Ex("The scars will last for years to come.", "years to come", "PXY", type="DURATION")),
         negatives=("Voters were tense on the days ahead of the poll.", "The years to come home were long.")),
]
