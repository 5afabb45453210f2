"""Ranges of dates: both ends tagged, the part the writer left out completed, and the two ends linked.

Runs over a document's resolved timexes in text order (after :func:`tagger.tag_doc`'s resolve loop):

* an elided second day, "April 24 and 25", "Sept. 12-14", becomes a day of the first one's month;
* an elided or hyphenated second year, "2011-2013", "2011–13", becomes a timex of its own (TimeBank tags
  "between 1994 and 1997" as two years; a hyphenated span is the same range written short);
* "April to July 2022": the year said once at the end is the start's too ("December to March 2022" starts
  in 2021);
* "Tuesday through Thursday": the end weekday is the first one on or after the start;
* the two ends of "2011-2013", "from April to July", "between 1985 and 1989", "Tuesday through Thursday"
  name each other in :attr:`Timex.range_with` (the earlier one in the text is the start).

* "from 9 to 11 a.m.", "9-10 p.m.": the bare hour that opens a range of clock times is a time of the end's
  day and half of the day, the two linked;
* "from 9 a.m. to 5 p.m. on Tuesday": a clock time that opens a range without a day takes the day the end
  names (the evening before when it is later than the end: "from 10 p.m. to 6 a.m. Tuesday"), whatever the
  tense gave it;
* "six to nine months", "between 12 and 18 months": the bare count that opens a range of durations is a
  duration of the end's unit (P6M), the two linked. TimeBank annotates these in no one way (one PXM timex,
  one with the lower figure, or two); the issue's news test data wants both ends, so both are tagged.
"""

from __future__ import annotations

import datetime as dt
import re

from .rules.durations import duration_value
from .timex import WEEKDAY_RULE, Timex, value_interval
from .vocab import alternation, expand, number, vocab

_YEAR_ONLY = re.compile(r"^\d{4}$")
# "2011-2013", "2011–13", "1998-99"; not "2011-2013-2015" nor "1998-99.5"
_SECOND_YEAR = re.compile(r"(?P<sep>[-–—/])(?P<y>\d{4}|\d{2})(?![\w.,/]?\d)(?![-–—]\d)")
# what joins the ends: "to", "through", "until", a dash; "and" only after "between"
# an approximate end stays an end: "between 11 p.m. and about 5 a.m." (the approximators a day and its clock time
# allow between them, vocab day_clock_gap)
_APPROX = r"(?:" + alternation(vocab()["day_clock_gap"]["approximators"]) + r"\s+)?"
_JOIN = re.compile(r"\s*(?:[-–—]|to|through|thru|until|till)\s*" + _APPROX, re.IGNORECASE)
_AND = re.compile(r"\s+and\s+" + _APPROX, re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# "postponed from Tuesday to Thursday", "moved from 1998 to 2000": a change of date, not a range. Whole words
# (a word's form or its stem without -s, -es, -ed, -ing), so "upon" or "movie" is no change.
_CHANGES = frozenset(vocab()["range_changes"])
_AMOUNT_CHANGES = frozenset(vocab()["range_amount_changes"]["words"])
# an end that could be an amount: a bare number ("rose from 1998 to 2000 levels"), not a month or a weekday
_AMOUNT_LIKE = re.compile(r"\s*\d[\d,.]*s?\s*")
_FROM_END = re.compile(r"(?:^|\s)from\s+$", re.IGNORECASE)
# "rose every year from 2015 to 2019": a frequency between the verb and "from" makes what follows the years it
# rose in, not the values it rose between (vocab/en.json "range_change_breakers")
_CHANGE_BREAKERS = frozenset(vocab()["range_change_breakers"]["words"])
_SUFFIX = re.compile(r"(?:e?s|e?d|ing)$")


def _stems(word: str) -> set[str]:
    w = word.lower()
    out = {w}
    m = _SUFFIX.search(w)
    if m and m.start() >= 3:
        stem = w[:m.start()]
        out |= {stem, stem + "e"}
        if len(stem) > 3 and stem[-1] == stem[-2]:
            out.add(stem[:-1])  # "dropped", "dropping"
    return out


def _is_change(before: str, amounts: bool = True) -> bool:
    """Whether a change verb stands within the four words before the "from" that ends ``before``; an amount's
    change verb ("rose", "fell") counts only when ``amounts`` (an end of the pair could be an amount)."""
    m = _FROM_END.search(before)
    if not m:
        return False
    changes = _CHANGES | _AMOUNT_CHANGES if amounts else _CHANGES
    words = re.findall(r"[A-Za-z]+", before[:m.start()])[-5:]
    for i, w in enumerate(words):
        stems = _stems(w)
        if stems & changes or (i + 1 < len(words) and any(f"{s} {words[i + 1].lower()}" in changes for s in stems)):
            # "put off", "set back" are two words
            return not any(v.lower() in _CHANGE_BREAKERS for v in words[i + 1:])
    return False
_PAGES = re.compile(r"\b(?:pages?|pp?\.|nos?\.|numbers?|lines?|verses?|items?|scores?|rooms?|seats?)\s+$",
                    re.IGNORECASE)
_CLOCK_AMPM_RULE = "times.clock_ampm"
_CLOCK_24H_RULE = "times.clock_24h"


def _year_timex(text: str, start: int, end: int, year: int, rule: str) -> Timex:
    value = f"{year:04d}"
    s, e, gran = value_interval(value)
    return Timex(text=text[start:end], start=start, end=end, type="DATE", value=value, granularity=gran,
                 interval_start=s, interval_end=e, rule=rule)


def _second_years(text: str, out: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Add the second year of "2011-2013" / "2011–13" after each tagged year; the pairs made."""
    pairs = []
    taken = [(t.start, t.end) for t in out]
    for t in list(out):
        if t.type != "DATE" or not _YEAR_ONLY.match(t.value) or t.mod or not text[t.start:t.end].endswith(t.value):
            continue
        if _PAGES.search(text, max(0, t.start - 12), t.start):
            continue
        m = _SECOND_YEAR.match(text, t.end)
        if not m:
            continue
        y1, digits = int(t.value), m.group("y")
        y2 = int(digits) if len(digits) == 4 else y1 - y1 % 100 + int(digits)
        if not (y1 < y2 <= y1 + 50):  # "1998-01" (a month, a code) is no range of years
            continue
        if m.group("sep") == "/" and y2 != y1 + 1:
            continue  # a slash pairs a season's or fiscal year's two years ("2010/11"); "2010/15" is something else
        s, e = m.start("y"), m.end("y")
        if any(a < e and s < b for a, b in taken):
            continue
        second = _year_timex(text, s, e, y2, "ranges.second_year")
        out.append(second)
        taken.append((s, e))
        pairs.append((t, second))
    out.sort(key=lambda t: t.start)
    return pairs


# "April 24 and 25", "Sept. 12-14", "May 3 to 5": a bare day number after a dated day is a day of the same
# month. Only before punctuation or the end of the text: "May 3 and 25 people", "June 4 to 6%" are counts.
# A year after the second day is both days' year: "Sept. 12-14, 2021".
_SECOND_DAY = re.compile(r"\s*(?P<join>and|or|to|through|thru|until|till|[-–—])\s*(?P<d>\d{1,2})(?:,\s*(?P<y>\d{4}))?"
                         r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?P<word>" + alternation(vocab()["second_day_followers"]["words"])
                         + r")\b)", re.IGNORECASE)
# "the July 28-29 meeting": a day pair written with a dash and no space before the noun the days date (the groups
# "y" and "word" never match here; they are there so the match reads as one of _SECOND_DAY's)
_ATTRIBUTIVE_SECOND_DAY = re.compile(r"(?P<join>[-–—])(?P<d>\d{1,2})(?P<y>(?!))?(?P<word>(?!))?(?=\s+[a-z])")
_DATED_DAY = re.compile(r"^(?:\d{4}|XXXX)-\d\d-(?P<d>\d\d)$")
# "March 16, 17 and 18": more bare days listed by commas before the last one's "and" or "or"
_LISTED_DAYS = re.compile(r"(?P<items>(?:\s*,\s*\d{1,2}(?!\d|[,.:]\d))+)\s*,?(?=\s*(?:and|or)\s*\d)", re.IGNORECASE)
_LISTED_DAY = re.compile(r"\d{1,2}")


def last_listed_day(text: str, end: int) -> tuple[int, int | None] | None:
    """The last of the bare days listed after a dated day that ends at ``end`` ("May 2 and 3, 2014": (3, 2014);
    "March 16, 17 and 18": (18, None)), for the story to stand on; None when no day follows."""
    listed = _LISTED_DAYS.match(text, end)
    m = _SECOND_DAY.match(text, listed.end() if listed else end)
    if not m or (m.group("word") and m.group("join").lower() not in ("-", "–", "—", "and")) \
            or listed and m.group("join").lower() not in ("and", "or"):
        return None
    return int(m.group("d")), int(m.group("y")) if m.group("y") else None


def _second_days(text: str, out: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Add the elided second day of "April 24 and 25" / "Sept. 12-14"; the ranges made ("and" lists two days
    unless "between" opens it)."""
    pairs = []
    taken = [(t.start, t.end) for t in out]
    for t in list(out):
        v = _DATED_DAY.match(t.value)
        if t.type != "DATE" or not v or t.mod or not text[t.start:t.end].rstrip().endswith(str(int(v.group("d")))):
            continue
        listed = _LISTED_DAYS.match(text, t.end)
        m = _SECOND_DAY.match(text, listed.end() if listed else t.end) \
            or (None if listed else _ATTRIBUTIVE_SECOND_DAY.match(text, t.end))
        # a clause going on after the day only with a dash or "and" ("Nov. 18 to 19 in the index" may be a figure),
        # or after "from": "from Dec. 26 to 30 before ..." can only be a stretch of days
        opened = _FROM.search(text, max(0, t.start - 6), t.start) or _BETWEEN.search(text, max(0, t.start - 12), t.start)
        if not m or (m.group("word") and m.group("join").lower() not in ("-", "–", "—", "and") and not opened):
            continue
        if listed and m.group("join").lower() not in ("and", "or"):
            continue  # "March 16, 17 to 18" is no list
        s, e = m.start("d"), m.end("y") if m.group("y") else m.end("d")
        # the year may stand tagged on its own: it joins the second day
        year = [x for x in out if m.group("y") and (x.start, x.end) == m.span("y") and x.value == m.group("y")]
        if any(a < e and s < b for a, b in taken if not any((a, b) == (x.start, x.end) for x in year)):
            continue
        if m.group("y"):  # the first day takes the stated year too
            first = f"{m.group('y')}{t.value[4:]}"
            if not t.revalue(first):
                continue
            t.unresolved, t.fuzzy, t.anchor = False, False, None
        days = [(d.start(), d.end(), d.group()) for d in _LISTED_DAY.finditer(text, *listed.span("items"))] if listed else []
        made, last = [], t.interval_start
        for ds, de, day in days + [(s, e, m.group("d"))]:
            value = f"{t.value[:8]}{int(day):02d}"
            start, end, gran = value_interval(value)
            if start is None or last is None or start <= last:
                break  # "Feb. 30", or no later day: "May 25 and 3" is not a range of May
            made.append(Timex(text=text[ds:de], start=ds, end=de, type="DATE", value=value, granularity=gran,
                              interval_start=start, interval_end=end, rule="ranges.second_day",
                              unresolved=t.unresolved, fuzzy=t.fuzzy))
            last = start
        if len(made) < len(days) + 1:
            continue
        second = made[-1]
        for x in year:
            out.remove(x)
        out.extend(made)
        taken.extend((x.start, x.end) for x in made)
        join = m.group("join").lower()
        if join not in ("and", "or") or _BETWEEN.search(text, max(0, t.start - 12), t.start):
            pairs.append((t, second))
    out.sort(key=lambda t: t.start)
    return pairs


# "six to nine months", "between 12 and 18 months": the bare count opening a range of durations
_OPEN_COUNT = re.compile(r"(?<![\w.,])(?P<n>" + expand("@NUM@") + r")\s*(?P<join>to|and|or|[-–—])\s*$", re.IGNORECASE)
_COUNT_VALUE = re.compile(r"^P(?P<t>T?)(?P<n>\d+)(?P<u>[A-Z]+)$")
# a duration's letters (with T for clock units) -> the unit code durations.duration_value spells
_FRACTION_UNITS = {"Y": "Y", "M": "M", "W": "W", "D": "D", "TH": "H", "TM": "MIN"}


def _opening_counts(text: str, out: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Tag the bare count opening "six to nine months" with the end's unit; the pairs made. The count must be
    smaller than the end's ("from 10 to 5 years" is a change, not a range) and "and" needs "between"."""
    pairs = []
    for b in list(out):
        v = _COUNT_VALUE.match(b.value)
        if b.type != "DURATION" or not v or b.mod:
            continue
        m = _OPEN_COUNT.search(text, max(0, b.start - 30), b.start)
        if not m or any(t.end > m.start() and t.start < b.start for t in out):
            continue
        if m.group("join").lower() == "and" and not _BETWEEN.search(text, max(0, m.start() - 12), m.start()):
            continue
        first, stated = number(m.group("n")), number(text[b.start:b.end].split()[0].split("-")[0])
        if not first or not stated or first >= stated:
            continue
        n = int(v.group("n")) * first / stated
        if float(n).is_integer():
            value = f"P{v.group('t')}{int(n)}{v.group('u')}"
        else:
            # "1.5 to 2 years": whole smaller units, as "one and a half years" is written (P1Y6M)
            unit = _FRACTION_UNITS.get(v.group("t") + v.group("u"))
            value = duration_value(n, unit) if unit else None
            if value is None or "." in value:
                continue
        a = Timex(text=m.group("n"), start=m.start("n"), end=m.end("n"), type="DURATION",
                  value=value, rule="ranges.opening_count")
        out.append(a)
        pairs.append((a, b))
    out.sort(key=lambda t: t.start)
    return pairs


# "the third and fourth quarters": the ordinal before the tagged second quarter is a quarter of its year
_QUARTER_PAIR_RULE = "dates.quarter_pair_end"
_CENTURY_PAIR_RULE = "dates.century_pair_end"
_QUARTER_ORDINALS = vocab()["quarter_ordinals"]
_ORDINALS = vocab()["ordinals"]
_OPEN_ORDINAL = re.compile(r"(?<![\w-])(?P<o>[A-Za-z]+|\d{1,2}(?:st|nd|rd|th))\s+(?P<join>and|or|to|through)\s+$",
                           re.IGNORECASE)
_QUARTER_VALUE = re.compile(r"^(?P<y>\d{4}|XXXX)-Q(?P<q>[1-4])$")


def _opening_value(rule: str, value: str, word: str) -> str | None:
    """The first of "the third and fourth quarters" (a quarter of the second's year) or of "the 19th and 20th
    centuries", from the second's rule and value."""
    word = word.lower()
    if rule == _QUARTER_PAIR_RULE:
        v = _QUARTER_VALUE.match(value)
        q = _QUARTER_ORDINALS.get(word)
        return f"{v.group('y')}-Q{q}" if v and q else None
    n = _ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdecimal() else None)
    return f"{n - 1:02d}" if n and 1 < n <= 21 and re.fullmatch(r"\d\d", value) and n - 1 < int(value) else None


def _opening_ordinals(text: str, out: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Tag the first of "the third and fourth quarters", "the 19th and 20th centuries"; "to" and "through"
    make the two a range, "and" and "or" only two of them."""
    pairs = []
    for b in list(out):
        if b.rule not in (_QUARTER_PAIR_RULE, _CENTURY_PAIR_RULE):
            continue
        m = _OPEN_ORDINAL.search(text, max(0, b.start - 24), b.start)
        value = _opening_value(b.rule, b.value, m.group("o")) if m else None
        if value is None or any(t.end > m.start() and t.start < b.start for t in out):
            continue
        s, e, gran = value_interval(value)
        a = Timex(text=m.group("o"), start=m.start("o"), end=m.end("o"), type="DATE", value=value,
                  granularity=gran, interval_start=s, interval_end=e, rule="ranges.opening_ordinal",
                  fuzzy=b.fuzzy, unresolved=b.unresolved, anchor=b.anchor)
        out.append(a)
        if m.group("join").lower() in ("to", "through") and s is not None and b.interval_start is not None \
                and s < b.interval_start:
            pairs.append((a, b))
    out.sort(key=lambda t: t.start)
    return pairs


# "from 9 to 11 a.m.", "9-10 p.m.", "between 7 and 9 p.m.": the bare hour opening a range of clock times
_OPEN_HOUR = re.compile(r"(?<![\w.,:$])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<join>to|and|until|till|[-–—])\s*$",
                        re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"^(?P<date>(?:\d{4}|XXXX)-[\dX]{2}-[\dX]{2})T(?P<h>\d\d):\d\d(?P<zone>Z?)$")


def _opening_clocks(text: str, out: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Tag the bare hour opening "from 9 to 11 a.m." with the end's day and half of the day; the pairs made.
    The hour falls in the end's half of the day unless that puts it after the end ("11 to 1 p.m." opens at
    11 a.m.); "and" needs "between", "to" needs "from" (a dash needs neither: "9-10 p.m.")."""
    pairs = []
    for b in list(out):
        v = _CLOCK_VALUE.match(b.value)
        if b.type != "TIME" or not v or b.mod or b.rule != _CLOCK_AMPM_RULE:
            continue
        m = _OPEN_HOUR.search(text, max(0, b.start - 20), b.start)
        if not m:
            continue
        hour_end = m.end("mi") if m.group("mi") else m.end("h")
        # "between 2:30 and 4 pm": the opening read as a 24-hour time takes the end's half of the day too
        read = [t for t in out if t.end > m.start() and t.start < b.start]
        if read and not (len(read) == 1 and read[0].rule == _CLOCK_24H_RULE
                         and (read[0].start, read[0].end) == (m.start("h"), hour_end)):
            continue
        opener = text[max(0, m.start() - 12):m.start()]
        if m.group("join").lower() == "and" and not _BETWEEN.search(opener):
            continue
        if m.group("join").isalpha() and m.group("join").lower() != "and" and not _FROM.search(opener):
            continue  # "won 3 to 2 p.m. Sunday" is a score; "from 9 to 11 a.m." a range
        end_hour = int(v.group("h"))
        hour = int(m.group("h")) % 12 + (12 if end_hour >= 12 else 0)
        if hour > end_hour:
            hour -= 12
        if hour < 0:
            continue
        value = f"{v.group('date')}T{hour:02d}:{int(m.group('mi') or 0):02d}{v.group('zone')}"
        s, e, gran = value_interval(value)
        if read:
            a = read[0]
            a.value, a.interval_start, a.interval_end, a.granularity = value, s, e, gran
        else:
            a = Timex(text=text[m.start("h"):hour_end], start=m.start("h"), end=hour_end, type="TIME", value=value,
                      granularity=gran, interval_start=s, interval_end=e, rule="ranges.opening_clock",
                      unresolved=b.unresolved, fuzzy=b.fuzzy)
            out.append(a)
        pairs.append((a, b))
    out.sort(key=lambda t: t.start)
    return pairs


# "April to July 2022": the bare month that opens the range is tagged with the end's year
_MONTHS = vocab()["months"]
_OPEN_MONTH = re.compile(r"(?<![\w.])(?P<m>[A-Z][a-z]+\.?)\s*(?:to|through|until|[-–—])\s*$")


def _opening_months(text: str, out: list[Timex]) -> list[tuple[Timex, Timex]]:
    pairs = []
    for i, b in enumerate(list(out)):
        if b.type != "DATE" or b.granularity != "month" or not re.search(r"\d{4}$", text[b.start:b.end]):
            continue
        m = _OPEN_MONTH.search(text, max(0, b.start - 24), b.start)
        month = _MONTHS.get(m.group("m").lower()) if m else None
        if month is None or any(t.end > m.start() and t.start < b.start for t in out):
            continue
        year = int(b.value[:4]) - (month > int(b.value[5:7]))
        value = f"{year:04d}-{month:02d}"
        s, e, gran = value_interval(value)
        a = Timex(text=m.group("m"), start=m.start("m"), end=m.end("m"), type="DATE", value=value, granularity=gran,
                  interval_start=s, interval_end=e, rule="ranges.opening_month")
        out.append(a)
        pairs.append((a, b))
    out.sort(key=lambda t: t.start)
    return pairs


# "from 14 to 18 November", "14-18 November 2024", "between 3 and 7 March": the bare day opening a range of days
# written day first is a day of the end's month. A word joins only after "from" or "between" ("rose 14 to 18 March"
# is no range); a dash alone does.
_OPEN_DAY = re.compile(r"(?:(?P<lead>\b(?:from|between)\s+)(?:the\s+)?)?(?<![\w.,:/])(?P<d>\d{1,2})(?:st|nd|rd|th)?"
                       r"\s*(?P<join>to|through|thru|until|till|and|[-–—])\s*$", re.IGNORECASE)
_DAY_FIRST = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]")


def _opening_days(text: str, out: list[Timex]) -> list[tuple[Timex, Timex]]:
    pairs = []
    for b in list(out):
        v = _DATED_DAY.match(b.value)
        if b.type != "DATE" or not v or b.mod or not _DAY_FIRST.match(text, b.start):
            continue
        m = _OPEN_DAY.search(text, max(0, b.start - 24), b.start)
        if m is None or any(t.end > m.start("d") and t.start < b.start for t in out):
            continue
        join = m.group("join").lower()
        if join.isalpha() and not m.group("lead") or join == "and" and "between" not in (m.group("lead") or "").lower():
            continue
        day = int(m.group("d"))
        if not 1 <= day < int(v.group("d")):
            continue  # "from 18 to 14 November" is no forward range
        value = f"{b.value[:8]}{day:02d}"
        start, end, gran = value_interval(value)
        if start is None:
            continue
        a = Timex(text=m.group("d"), start=m.start("d"), end=m.end("d"), type="DATE", value=value, granularity=gran,
                  interval_start=start, interval_end=end, rule="ranges.opening_day", unresolved=b.unresolved,
                  fuzzy=b.fuzzy, anchor=b.anchor)
        out.append(a)
        pairs.append((a, b))
    out.sort(key=lambda t: t.start)
    return pairs


_LONG_GRANS = ("year", "decade", "century")
_FROM_APPROX = re.compile(r"\bfrom\s+" + _APPROX + "$", re.IGNORECASE)


def _years_to_era(text: str, before: str, a: Timex, b: Timex) -> bool:
    """"from about A.D. 200 until the late fourth century", "from 1850 to the late 19th century", "from the 1990s
    until 2004": a range opened by "from" whose ends are years, decades or centuries of different sizes, the start
    before the end."""
    return (a.type == b.type == "DATE" and a.granularity in _LONG_GRANS and b.granularity in _LONG_GRANS
            and a.granularity != b.granularity and a.interval_start is not None and b.interval_start is not None
            and a.interval_start < b.interval_start and a.interval_end <= b.interval_end
            and bool(_JOIN.fullmatch(text, a.end, b.start)) and bool(_FROM_APPROX.search(before))
            and not _is_change(before, _pair_amount_like(text, a, b)))


_CALENDAR_GRANS = ("year", "half", "quarter", "season", "month", "week", "day")


def _mixed_span(text: str, before: str, a: Timex, b: Timex) -> bool:
    """"between 2014 and this spring", "from 2019 to last month", "between 2010 and March 2012": two dates of
    different sizes that "between ... and" or "from ... to" opens, the end later than the start and ending no
    earlier, are one stretch (a change's amounts are not: "rose from 1998 to March levels")."""
    if a.type != "DATE" or b.type != "DATE" or a.granularity == b.granularity \
            or a.granularity not in _CALENDAR_GRANS or b.granularity not in _CALENDAR_GRANS \
            or a.interval_start is None or b.interval_start is None or a.mod or b.mod:
        return False
    opened = (_FROM.search(before) and _JOIN.fullmatch(text, a.end, b.start)
              or _BETWEEN.search(before) and _AND.fullmatch(text, a.end, b.start))
    return bool(opened) and a.interval_start < b.interval_start and a.interval_end <= b.interval_end \
        and not _is_change(before, _pair_amount_like(text, a, b))


def _same_kind(a: Timex, b: Timex) -> bool:
    if a.interval_start is None or b.interval_start is None:
        return False
    return ((a.type == b.type and a.type in ("DATE", "TIME") and a.granularity is not None
             and a.granularity == b.granularity) or _day_and_part(a, b) or _day_and_part(b, a))


# a part of a named day ("Sunday morning", "Friday evening")
_DAY_PART = re.compile(r"^\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)$")


def _day_and_part(day: Timex, part: Timex) -> bool:
    """"between Friday and Sunday morning", "from Friday evening to Sunday": a day and a part of a day (or a
    clock time on one) are the two ends of one range, as two days are; the range keeps each end's own grain."""
    # (the part's type may still read DATE here: the tagger types parts of days TIME after the ranges)
    return (day.type == "DATE" and day.granularity == "day" and part.type in ("DATE", "TIME")
            and bool(_DAY_PART.match(part.value) or CLOCK_ONLY.match(part.value)))


def _share_year(text: str, a: Timex, b: Timex) -> None:
    """"April to July 2022", "the spring or summer of 2027": the first takes the year the second states (the
    year before when that would put it after the second: "December and January 2027")."""
    if a.granularity not in ("month", "day", "season") or re.search(r"\d{4}|['’]\d\d", text[a.start:a.end]):
        return
    m = re.search(r"\d{4}", text[b.start:b.end])
    if not m or not b.value.startswith(m.group(0)):
        return
    year = int(m.group(0))
    value = f"{year:04d}{a.value[4:]}"
    s, _, _ = value_interval(value)
    if s is None:
        return
    if s > b.interval_start:
        value = f"{year - 1:04d}{a.value[4:]}"
    if not a.revalue(value):
        return
    a.unresolved, a.fuzzy, a.anchor = False, False, None


# the grains of an end that the tense alone gives a year to
_YEARLESS_GRAINS = ("month", "day", "quarter", "half", "season")


def _start_before_end(text: str, a: Timex, b: Timex, future: frozenset[int] = frozenset()) -> None:
    """"between June and August" with no year said: the ends were each given a year by the tense, which can
    put June after August (June ahead of a May publication, August a year back); the start then takes the
    year that puts it before the end. Quarters, halves and seasons likewise ("fell between the first quarter and
    the third quarter"). An end in the report's own month or quarter in a clause with "will" or "shall", after
    a start ahead of the report, is the next one instead ("will be closed between December and March", written
    in March: until next March), rather than a start moved into the past."""
    if (b.interval_start >= a.interval_start or a.granularity not in _YEARLESS_GRAINS
            or b.granularity not in _YEARLESS_GRAINS or a.rule == WEEKDAY_RULE
            or re.search(r"\d{4}|['’]\d\d", text[a.start:a.end] + " " + text[b.start:b.end])
            or not re.match(r"^\d{4}-", a.value) or not re.match(r"^\d{4}-", b.value)):
        return
    dct = _dct(b)
    if dct is not None and (id(a) in future or id(b) in future) and a.interval_start.date() > dct \
            and b.interval_start.date() <= dct < b.interval_end.date():
        b.revalue(f"{int(b.value[:4]) + 1:04d}{b.value[4:]}")
        return
    year = int(b.value[:4])
    value = f"{year:04d}{a.value[4:]}"
    s, _, _ = value_interval(value)
    if s is not None and s > b.interval_start:
        value = f"{year - 1:04d}{a.value[4:]}"
    a.revalue(value)


_WEEKDAY_NAMES = frozenset(vocab()["weekdays"])
_CALENDAR_NAMES = frozenset(vocab()["months"]) | frozenset(vocab()["deictic_days"])


def _on_weekday(text: str, t: Timex) -> bool:
    """A day named by its weekday alone ("Tuesday"), or a clock time on one ("noon on Friday", "6pm Wednesday"):
    no month, date or year said with it."""
    if t.rule == WEEKDAY_RULE:
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z]+\.?", text[t.start:t.end])}
    return (t.type == "TIME" and bool(CLOCK_ONLY.match(t.value) or _DAY_PART.match(t.value))
            and bool(words & _WEEKDAY_NAMES)
            and not words & _CALENDAR_NAMES and not re.search(r"\d{4}", text[t.start:t.end]))


def _weekday_after(text: str, a: Timex, b: Timex) -> None:
    """"Tuesday through Thursday", "from 6pm on Wednesday until noon on Friday": the end is the first such weekday
    on or after the start."""
    if not (_on_weekday(text, a) and _on_weekday(text, b)):
        return
    if b.interval_start >= a.interval_start:
        _weekday_within_week(a, b)
        return
    days = (b.interval_start.date() - a.interval_start.date()).days % 7
    day = a.interval_start.date() + dt.timedelta(days=days)
    if day == a.interval_start.date() and b.interval_start.time() < a.interval_start.time():
        day += dt.timedelta(days=7)  # "from noon on Friday until 9 a.m. Friday" is a week on
    dct = _dct(b)
    if dct is not None and b.interval_start.date() < dct < day and a.interval_start.date() < dct:
        # "The strike ran Tuesday through Thursday" said on a Wednesday: the end read in the past keeps its day
        # and the start moves back to the such weekday before it, so the range stays over (not one starting on
        # the publication day: "a warning from 6pm on Wednesday until noon on Friday" said on the Wednesday)
        start = b.interval_start.date() - dt.timedelta(days=days)
        a.revalue(start.isoformat() + a.value[10:])
        return
    b.revalue(day.isoformat() + b.value[10:])


def _weekday_within_week(a: Timex, b: Timex) -> None:
    """"in place from 6 p.m. on Saturday until noon on Sunday" said on a Friday: two weekdays a range joins lie
    within a week of each other. When the start was read a week or more before an end still to come (the bare
    start taken in the past, the end after "until" ahead), the start moves forward to the such weekday before the
    end."""
    gap = (b.interval_start.date() - a.interval_start.date()).days
    dct = _dct(b) or _dct(a)
    if gap < 7 or dct is None or b.interval_start.date() < dct or a.interval_start.date() >= dct:
        return
    if gap == 7 and b.interval_start.time() < a.interval_start.time():
        return  # "from noon on Friday until 9 a.m. Friday" is a week on
    start = a.interval_start.date() + dt.timedelta(days=7 * (gap // 7))
    if start > b.interval_start.date() or (start == b.interval_start.date()
                                           and a.interval_start.time() > b.interval_start.time()):
        start -= dt.timedelta(days=7)
    if start > a.interval_start.date():
        a.revalue(start.isoformat() + a.value[10:])


def _dct(t: Timex) -> dt.date | None:
    """The publication date a timex was counted from, when its anchor says so ("dct:2024-04-10")."""
    if t.anchor and t.anchor.startswith("dct:"):
        try:
            return dt.date.fromisoformat(t.anchor[4:14])
        except ValueError:
            return None
    return None


_DAY_WORDS = set(vocab()["weekdays"]) | set(vocab()["months"]) | set(vocab()["deictic_days"]) | {"this"}
# a clock time on a day; "hm" keeps a UTC zone ("14:30Z") so a value rebuilt from it keeps it
CLOCK_ONLY = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d)T(?P<hm>\d\d:\d\dZ?)$")


def _share_day(a: Timex, b: Timex) -> None:
    """"from 9 a.m. to 5 p.m. on Tuesday": the day said once at the end is the start's too, whatever the tense
    gave the bare start (the publication day); "from 10 p.m. to 6 a.m. Tuesday" starts the evening before."""
    ma, mb = CLOCK_ONLY.match(a.value), CLOCK_ONLY.match(b.value)
    if (a.type != "TIME" or b.type != "TIME" or not ma or not mb or ma.group("day") == mb.group("day")
            or b.unresolved or says_day(a.text) or not says_day(b.text)):
        return
    day = dt.date.fromisoformat(mb.group("day"))
    if ma.group("hm") > mb.group("hm"):
        day -= dt.timedelta(days=1)
    value = f"{day.isoformat()}T{ma.group('hm')}"
    if a.revalue(value):
        a.unresolved, a.fuzzy = False, b.fuzzy


def says_day(text: str) -> bool:
    """Whether a clock time's words name its day (a weekday, a date, "today", a year)."""
    return any(w.lower() in _DAY_WORDS for w in re.findall(r"[A-Za-z]+\.?", text)) or bool(re.search(r"\d{4}", text))


def _past_midnight(a: Timex, b: Timex, past: frozenset[int] = frozenset()) -> None:
    """"a curfew from 10pm to 6am": clock times on the same day with the end before the start, neither with a
    day of its own, end on the next day. Told in the past on the publication day ("drones launched between 11
    p.m. and 5 a.m.", both ends in ``past``), the night is the one that ended that day: the start moves back."""
    ma, mb = CLOCK_ONLY.match(a.value), CLOCK_ONLY.match(b.value)
    if (a.type != "TIME" or b.type != "TIME" or not ma or not mb or ma.group("day") != mb.group("day")
            or b.interval_start >= a.interval_start or a.unresolved or b.unresolved
            or any(w.lower() in _DAY_WORDS for w in re.findall(r"[A-Za-z]+\.?", b.text))):
        return  # "to 6 a.m. Tuesday" says its day
    day = dt.date.fromisoformat(mb.group("day"))
    if id(a) in past and id(b) in past and _dct(b) == day and _dct(a) == day:
        a.revalue(f"{(day - dt.timedelta(days=1)).isoformat()}T{ma.group('hm')}")
        return
    b.revalue(f"{(day + dt.timedelta(days=1)).isoformat()}T{mb.group('hm')}")


_OR = re.compile(r"\s+(?:and|or)\s+", re.IGNORECASE)
_SEASON_OF_YEAR = re.compile(r"\bof\s+\d{4}$")
_YEAR_ONLY = re.compile(r"\d{4}")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)\"”]|$)")


def _coordinated_years(text: str, out: list[Timex]) -> None:
    """"in March or April 2027", "the spring or summer of 2027", "on May 3 and June 5, 2027": two months (seasons,
    days) joined by "and" or "or" with the year said once, at the end, share it, whatever the tense gave the first.
    Not a range (neither end bounds the other) unless "between" opens it, which :func:`link_ranges` links."""
    for a, b in zip(out, out[1:]):
        if (a.type == "DATE" and b.type == "DATE" and a.granularity == b.granularity and not a.mod
                and a.interval_start is not None and b.interval_start is not None
                and _OR.fullmatch(text, a.end, b.start)):
            _share_year(text, a, b)
        elif (a.type == "DATE" and b.type == "DATE" and a.granularity == "season" and b.granularity == "year"
              and _SEASON_OF_YEAR.search(text, a.start, a.end) and _YEAR_ONLY.fullmatch(text, b.start, b.end)
              and _OR.fullmatch(text, a.end, b.start) and _CLAUSE_ENDS.match(text, b.end)):
            b.revalue(b.value + a.value[4:])  # "the summer months of 2022 and 2023": the second is a summer too


# "who ruled from 117 to 138", "reigned from AD 98 until 117": a reign's bare early years after its verb (vocab
# reign_verbs), a word or two apart at most; a number followed by a noun ("from 117 to 138 votes") is an amount
_REIGN = re.compile(r"\b" + alternation(vocab()["reign_verbs"]["words"]) + r"(?:\s+[a-z]+){0,2}?\s+from\s+(?:AD\s+)?"
                    r"(?P<a>\d{1,4})\s+(?:to|until|till)\s+(?:AD\s+)?(?P<b>\d{1,4})(?![\w.,]?\w|\s+[a-z])",
                    re.IGNORECASE)


def _reign_years(text: str, out: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Add the two years of a reign's from-to ("ruled from 117 to 138") that no rule tagged (a bare number under
    four digits is no year elsewhere); the pairs made. Kept sorted by position."""
    pairs = []
    for m in _REIGN.finditer(text):
        ya, yb = int(m.group("a")), int(m.group("b"))
        if not 0 < ya < yb or any(t.start < m.end("b") and m.start("a") < t.end for t in out):
            continue
        a = _year_timex(text, m.start("a"), m.end("a"), ya, "ranges.reign_years")
        b = _year_timex(text, m.start("b"), m.end("b"), yb, "ranges.reign_years")
        out.extend((a, b))
        pairs.append((a, b))
    if pairs:
        out.sort(key=lambda t: t.start)
    return pairs


_CLOCK_ON_DAY = re.compile(r"^(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)(?P<t>T\d\d:\d\d(?::\d\d)?Z?)$")
_BARE_CLOCK_TEXT = re.compile(r"^[\d:.]+\s*(?:[ap]\.?\s?m\.?|GMT|UTC|[hH]|hours)?$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"“]")


_WINDOW_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_WINDOW_JOIN = re.compile(r"\s*(?:and|to|until|till|-|–)\s*", re.IGNORECASE)


def _daily_windows(text: str, out: list[Timex]) -> None:
    """A clock range after a recurrence in its sentence ("run every 20 minutes between 6 a.m. and 10 p.m.", "open
    daily from 9 a.m. to 5 p.m.") is a window of any day, not of a particular one: XXXX-XX-XXT06:00, with no
    interval (so no event row is dated by it), both ends alike. Not when a day is named after the recurrence ("ran
    every hour on Saturday between 6 a.m. and 9 p.m.", "open daily between 7 a.m. and 10 p.m. on Sunday"); a day
    before it dates another verb ("will start on February 24 and run every 20 minutes between ...")."""
    for i, (a, b) in enumerate(zip(out, out[1:])):
        ma, mb = _CLOCK_ON_DAY.match(a.value), _CLOCK_ON_DAY.match(b.value)
        if (a.type != "TIME" or b.type != "TIME" or not ma or not mb
                or not _BARE_CLOCK_TEXT.match(a.text.strip()) or not _BARE_CLOCK_TEXT.match(b.text.strip())
                or not _WINDOW_JOIN.fullmatch(text, a.end, b.start)
                or not _WINDOW_OPEN.search(text, max(0, a.start - 12), a.start)):
            continue
        breaks = [m.start() + 1 for m in _SENTENCE_BREAK.finditer(text, 0, a.start)]
        lo = breaks[-1] if breaks else 0
        # "6 p.m." may end its sentence with its own full stop: the break starts inside the clock time
        nxt = _SENTENCE_BREAK.search(text, b.end - 1 if text.endswith(".", 0, b.end) else b.end)
        hi = nxt.start() + 1 if nxt else len(text)
        sets = [t for t in out[:i] if t.type == "SET" and lo <= t.start]
        if not sets:
            continue
        if any(t.type in ("DATE", "TIME") and sets[-1].end <= t.start and t.end <= hi
               for t in out if t is not a and t is not b):
            continue
        for t, m in ((a, ma), (b, mb)):
            t.value = "XXXX-XX-XX" + m.group("t")
            t.interval_start = t.interval_end = None
            t.fuzzy = True


# "every morning at 7:15", "daily at 9 a.m.": only "at" between a day's recurrence and the clock time
_SET_AT = re.compile(r"\s+at\s+", re.IGNORECASE)
_DAILY_SET = re.compile(r"^(?:XXXX-XX-XXT[A-Z]{2}|P1D)$")
# parts of the day whose bare clock hours are past noon ("every afternoon at 2:30"); the night's may be either side
_AFTERNOON_PODS = ("AF", "EV")
_MERIDIEM = re.compile(r"[ap]\.?\s?m\b|[ap]\.?\s?m\.|GMT|UTC|[hH]$|hours", re.IGNORECASE)


def _clock_after_daily_set(text: str, out: list[Timex]) -> None:
    """A bare clock time right after a daily recurrence ("leave every morning at 7:15", "opens daily at 9 a.m.") is
    the time of any of those days, as a daily window's ends are (_daily_windows): XXXX-XX-XXT07:15 with no
    interval. A clock time told apart from the recurrence ("checks the engines every morning. The ferry left at
    7:15") or joined to a day ("at 8 p.m. on Friday") keeps its day."""
    for a, b in zip(out, out[1:]):
        m = _CLOCK_ON_DAY.match(b.value)
        if (a.type != "SET" or not _DAILY_SET.match(a.value) or b.type != "TIME" or not m
                or not _BARE_CLOCK_TEXT.match(b.text.strip()) or not _SET_AT.fullmatch(text, a.end, b.start)):
            continue
        clock = m.group("t")
        hour = int(clock[1:3])
        if a.value[-2:] in _AFTERNOON_PODS and 1 <= hour < 12 and not _MERIDIEM.search(b.text):
            clock = f"T{hour + 12:02d}" + clock[3:]  # "every evening at 6" is six in the evening
        b.value = "XXXX-XX-XX" + clock
        b.interval_start = b.interval_end = None
        b.fuzzy = True


# "every Tuesday and Friday", "each Monday, Wednesday and Friday": the weekdays after a weekly recurrence, joined
# to it by "and", "or" or commas, recur too
_WEEKLY_SET = re.compile(r"^XXXX-WXX-(?P<wd>\d)")
# (", and" is left out: "opens every Tuesday, and Friday it closed early" starts a clause)
_SET_LIST_JOIN = re.compile(r"\s*,\s*|\s+and\s+|\s+or\s+", re.IGNORECASE)
_WEEKDAY_NUMS = {w: i for i, ws in enumerate(
    (("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")), 1) for w in ws}
# a clock time after a weekly recurrence and "until" or "at" ("stays open late every Friday until 9 p.m.",
# "every Sunday at 10 a.m."): the time of any of those days, with no interval
_WEEKLY_CLOCK_JOIN = re.compile(r"\s+(?:at|until|till|from)\s+", re.IGNORECASE)


def _listed_weekdays(text: str, out: list[Timex]) -> None:
    """A weekday said right after a weekly recurrence in one list ("open every Tuesday and Friday") recurs as it
    does: XXXX-WXX-5, a SET with no interval, not the coming Friday."""
    for a, b in zip(out, out[1:]):
        word = b.text.strip().rstrip(".").lower()
        if (a.type == "SET" and _WEEKLY_SET.match(a.value) and b.type == "DATE" and word in _WEEKDAY_NUMS
                and _SET_LIST_JOIN.fullmatch(text, a.end, b.start)):
            b.type, b.value = "SET", f"XXXX-WXX-{_WEEKDAY_NUMS[word]}"
            b.quant, b.interval_start, b.interval_end, b.fuzzy = a.quant, None, None, True


def _clock_after_weekly_set(text: str, out: list[Timex]) -> None:
    """"stays open late every Friday until 9 p.m.": a bare clock time after a weekly recurrence is the time of any of
    those days (XXXX-XX-XXT21:00, no interval), as after a daily one (_clock_after_daily_set)."""
    for a, b in zip(out, out[1:]):
        m = _CLOCK_ON_DAY.match(b.value)
        if (a.type != "SET" or not _WEEKLY_SET.match(a.value) or b.type != "TIME" or not m
                or not _BARE_CLOCK_TEXT.match(b.text.strip()) or not _WEEKLY_CLOCK_JOIN.fullmatch(text, a.end, b.start)):
            continue
        b.value = "XXXX-XX-XX" + m.group("t")
        b.interval_start = b.interval_end = None
        b.fuzzy = True


def _amount_like(text: str, t: Timex) -> bool:
    return bool(_AMOUNT_LIKE.fullmatch(text, t.start, t.end))


_YEAR_SHAPED = re.compile(r"(?:1[89]|20)\d\d")
_CLAUSE_CLOSES = re.compile(r"\s*(?:[.,;:!?)\"”]|$)")


def _pair_amount_like(text: str, a: Timex, b: Timex) -> bool:
    """Whether an end of the pair could be an amount (see :func:`_is_change`). Two years that close the clause
    ("Prices rose from 2019 to 2023.", "... from 2019 to 2023, the agency said") are when the change went on: an
    amount has its unit or noun after it ("rose from 1998 to 2000 levels")."""
    if _YEAR_SHAPED.fullmatch(text, a.start, a.end) and _YEAR_SHAPED.fullmatch(text, b.start, b.end) \
            and _CLAUSE_CLOSES.match(text, b.end):
        return False
    return _amount_like(text, a) or _amount_like(text, b)


# what may follow the second end of a dashed pair for the pair to close a clause rather than label a noun: "runs
# Friday-Sunday at the harbour", "open Monday-Friday." (not "the Monday-Friday schedule")
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:" + alternation(vocab()["second_day_followers"]["words"])
                             + r")\b", re.IGNORECASE)


# "from 1960 until his death in 1994", "from 2012 to her resignation in 2018": a range whose end is an event the
# text dates right away; a short noun phrase owned by a possessive or "the" between the end word and the date
_EVENT_END = re.compile(r"\s*(?:to|until|till)\s+(?:his|her|their|its|the)\s+(?:[A-Za-z’'-]+\s+){1,3}(?:in|on)\s+",
                        re.IGNORECASE)


def event_end(text: str, a: Timex, b: Timex) -> bool:
    """Whether the range from ``a`` to ``b`` ends at an event the text dates by ``b`` ("from 1960 until his death
    in 1994"): that event is dated by ``b`` on its own as well."""
    return _EVENT_END.fullmatch(text, a.end, b.start) is not None


def link_ranges(text: str, out: list[Timex], past: frozenset[int] = frozenset(), future: frozenset[int] = frozenset()
                ) -> tuple[list[Timex], list[tuple[Timex, Timex]]]:
    """The timexes with added second years, and the (start, end) pairs of every range found; ``past``: the ids of
    the timexes the tense read in the past."""
    _coordinated_years(text, out)
    pairs = (_reign_years(text, out) + _second_years(text, out) + _second_days(text, out) + _opening_days(text, out) + _opening_months(text, out)
             + _opening_counts(text, out) + _opening_clocks(text, out) + _opening_ordinals(text, out))
    paired = {id(t) for p in pairs for t in p}
    for a, b in zip(out, out[1:]):
        if id(a) in paired or id(b) in paired:
            continue
        before = text[max(0, a.start - 60):a.start]
        if _years_to_era(text, before, a, b):
            pairs.append((a, b))  # "from about A.D. 200 until the late fourth century": both ends as read
            paired |= {id(a), id(b)}
            continue
        if _mixed_span(text, before, a, b):
            pairs.append((a, b))  # "between 2014 and this spring", "from 2019 to last month": both ends as read
            paired |= {id(a), id(b)}
            continue
        if not _same_kind(a, b):
            continue
        if _JOIN.fullmatch(text, a.end, b.start):
            if _is_change(before, _pair_amount_like(text, a, b)) or _PAGES.search(before[-12:]):
                continue
            if ("-" in text[a.end:b.start] and not _FROM.search(before) and a.granularity != "year"
                    and not _CLAUSE_GOES_ON.match(text, b.end)):
                continue  # "the Monday-Friday schedule" reads as a label unless "from" opens it or a clause goes on
        elif _EVENT_END.fullmatch(text, a.end, b.start):
            # (not _pair_amount_like: the year closing the clause here is the event's, not the change's second end)
            if not _FROM.search(before) or _is_change(before, _amount_like(text, a) or _amount_like(text, b)):
                continue
        elif _AND.fullmatch(text, a.end, b.start):
            if not _BETWEEN.search(before):
                continue
        else:
            continue
        _share_year(text, a, b)
        if a.interval_start is not None and b.interval_start is not None:
            _weekday_after(text, a, b)
            _start_before_end(text, a, b, future)
            _share_day(a, b)
            _past_midnight(a, b, past)
        if b.interval_start < a.interval_start:
            continue  # "from 1999 to 1995" is no forward range
        pairs.append((a, b))
        paired |= {id(a), id(b)}
    _listed_weekdays(text, out)
    _daily_windows(text, out)
    _clock_after_daily_set(text, out)
    _clock_after_weekly_set(text, out)
    return out, pairs
