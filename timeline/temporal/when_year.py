"""Two passes over a document's resolved timexes after the resolve loop, as :mod:`since` is: a year that opens
its sentence ("In 2019, a similar heatwave broke in mid-June") frames the months and days the sentence names without
a year, up to a semicolon, a "but" or a trailing attribution, unless the tense put them ahead ("it will open another
in March"); and a year followed by a "when" clause ("every summer since 2021, when blazes killed eight people in late July")
is the year of the months and days that clause names without one: they were resolved from the publication date
and the tense, which put "late July" in the publication year. Runs over a document's resolved timexes after the
resolve loop, as :mod:`since` does. A month or day that states its year keeps it, a weekday is the
publication's, and the clause ends at its first comma ("since 2021, when the plant opened, and the firm will open
another in March": March is not the clause's), semicolon or sentence end.
"""

from __future__ import annotations

import re

from .text import REPORT_FORMS
from .timex import Timex
from .vocab import alternation, vocab

_WHEN = re.compile(r"\s*,\s*when\b", re.IGNORECASE)
_YEAR = re.compile(r"^\d{4}$")
_DATED = re.compile(r"^(?P<y>\d{4})(?P<rest>-\d\d(?:-\d\d)?)$")
# a season, quarter or half as well, for the frames of a background year: "since 2019, when drivers struck over the
# winter", "In 2019, sales fell in the second quarter" are that year's
_DATED_OR_PART = re.compile(r"^(?P<y>\d{4})(?P<rest>-\d\d(?:-\d\d)?|-(?:SP|SU|FA|WI)|-Q[1-4]|-H[12])$")
_STATED_YEAR = re.compile(r"\d{4}|['’]\d\d")
# (a full stop after a capital is an initial, "the U.S. army", not the end)
_CLAUSE_END = re.compile(r"[,;]|[!?](?:\s|$)|(?<![A-Z])\.(?:\s|$)")
# a weekday is counted from the publication date, not from a background year: "since 2021, when the census was
# carried out, the service said on Wednesday" keeps this week's Wednesday
_WEEKDAY = re.compile(r"\b" + alternation(vocab()["weekdays"]) + r"(?![\w])", re.IGNORECASE)


def when_clause_year(text: str, out: list[Timex]) -> None:
    """Give the months and days of a ", when" clause after a year that year (in place)."""
    for i, y in enumerate(out):
        when = _WHEN.match(text, y.end) if y.type == "DATE" and _YEAR.match(y.value) and not y.mod else None
        if when is None:
            continue
        for t in out[i + 1:]:
            if _CLAUSE_END.search(text, when.end(), t.start):
                break
            m = _DATED_OR_PART.match(t.value)
            if (t.type != "DATE" or not m or _STATED_YEAR.search(t.text) or m.group("y") == y.value
                    or _WEEKDAY.search(t.text)):
                continue
            t.revalue(y.value + m.group("rest"))
    _after_the_report(text, out)


# "said on Monday": a reporting verb and its own day
_REPORTED_ON = re.compile(r"\b(?:" + alternation(REPORT_FORMS) + r")\s+on\s+$", re.IGNORECASE)
# from the report's day to the time: the complement, with a future auxiliary, in one sentence
_REPORTED_FUTURE = re.compile(r"^[^.;!?]*\b(?:will|would)\b[^.;!?]*$", re.IGNORECASE)


def _after_the_report(text: str, out: list[Timex]) -> None:
    """A month or day without a year in the future complement of a dated report ("Organisers said on Monday that the
    festival would return to the park on June 8", said on June 19): still to come on the day of the saying, so not
    before it; the reported future's slack had read the June 8 just gone by (in place: the next year's)."""
    for i, r in enumerate(out):
        if r.type != "DATE" or not _DAY_ONLY.match(r.value) or r.mod \
                or not _REPORTED_ON.search(text, max(0, r.start - 20), r.start) or _ahead(r):
            # (a day after the publication is no saying's: "who faces a vote expected on May 14, has said the dam
            # will open in March" is a vote still to come, and March is the report's)
            continue
        moved: set[str] = set()  # the anchors of what was moved: "... on June 5 and close three weeks later"
        for t in out[i + 1:]:
            if not _REPORTED_FUTURE.match(text[r.end:t.start]):
                break
            m = _DATED.match(t.value)
            if (t.type != "DATE" or not m or t.mod or _STATED_YEAR.search(t.text) or _WEEKDAY.search(t.text)
                    or t.interval_end is None
                    or t.interval_end.date().isoformat() > r.value and t.anchor not in moved):
                continue
            old = t.value
            if t.revalue(str(int(m.group("y")) + 1) + m.group("rest")):
                moved.add(f"story:{old}")


_DAY_ONLY = re.compile(r"^\d{4}-\d\d-\d\d$")


# "In 2019, ..." at a sentence's start (after a full stop, a paragraph break or the text's start)
_FRONTED = re.compile(r"(?:^|(?<![A-Z])[.!?][\"”’')]*\s+|\n\s*)In\s+$")
_SENTENCE_END = re.compile(r"(?<![A-Z])\.(?:\s|$)|[!?](?:\s|$)")
# where the fronted year's frame ends inside the sentence: a semicolon, a contrast, a trailing attribution ("In 2023,
# the carmaker sold 1.2 million vehicles, it said in a report released on Jan. 15")
_FRONTED_CLAUSE_END = re.compile(r";|,?\s+but\b|,\s*(?:[\w'’-]+\s+){0,4}" + alternation(REPORT_FORMS) + r"\b",
                                 re.IGNORECASE)


def fronted_year(text: str, out: list[Timex]) -> None:
    """Give the months and days of a sentence opened by "In <year>," that year (in place)."""
    for i, y in enumerate(out):
        if (y.type != "DATE" or not _YEAR.match(y.value) or y.mod or not text.startswith(",", y.end)
                or not _FRONTED.search(text, max(0, y.start - 8), y.start)):
            continue
        for t in out[i + 1:]:
            if _SENTENCE_END.search(text, y.end, t.start) or _FRONTED_CLAUSE_END.search(text, y.end, t.start):
                break
            m = _DATED_OR_PART.match(t.value)
            if (t.type != "DATE" or not m or _STATED_YEAR.search(t.text) or m.group("y") == y.value
                    or _WEEKDAY.search(t.text) or m.group("y") > y.value and _ahead(t)):
                continue
            t.revalue(y.value + m.group("rest"))


def _ahead(t: Timex) -> bool:
    """Whether the tense put the time after its anchor ("it will open another in March"): another clause's."""
    return t.anchor is not None and t.anchor.startswith("dct:") and t.interval_start is not None \
        and t.interval_start.date().isoformat() > t.anchor[4:]


# "The 2023 race will be held on April 16": a year naming which edition of the sentence's subject, at the sentence's
# start after "The", a noun after it
_SUBJECT_YEAR = re.compile(r"(?:^|(?<![A-Z])[.!?][\"”’')]*\s+|\n\s*)The\s+$"
                           # or the subject of a reported clause: "Organisers said on Monday that the 2022 race would
                           # start in Milan on July 2"
                           r"|\b(?:that|said|says)\s+the\s+$")
# a future auxiliary between the subject's year and the time: the clause looks ahead even where a reported future's
# slack read a date just gone by ("said on Monday that the 2022 race would start on July 2", said on July 19)
_FUTURE_BETWEEN = re.compile(r"\b(?:will|would|shall|is to|are to)\b")
_NOUN_AFTER = re.compile(r"\s+[A-Za-z]")


def subject_year(text: str, out: list[Timex]) -> None:
    """Give the months and days the tense put ahead, in a sentence whose subject a later year names ("The 2023 race
    will be held on April 16", published in 2022), that year (in place). A year not after the publication's ("The
    1990 law was amended on May 3") or a time read in the past is left alone: an old edition's subject says nothing
    of when the clause's event is."""
    for i, y in enumerate(out):
        if (y.type != "DATE" or not _YEAR.match(y.value) or y.mod or not _NOUN_AFTER.match(text, y.end)
                or not _SUBJECT_YEAR.search(text, max(0, y.start - 12), y.start)):
            continue
        for t in out[i + 1:]:
            if _SENTENCE_END.search(text, y.end, t.start):
                break
            m = _DATED.match(t.value)
            if (t.type != "DATE" or not m or _STATED_YEAR.search(t.text) or _WEEKDAY.search(t.text)
                    or not (_ahead(t) or _FUTURE_BETWEEN.search(text, y.end, t.start)) or m.group("y") >= y.value):
                continue
            t.revalue(y.value + m.group("rest"))


# a line of a dated list: a bullet (or none), the line's time, then a colon or dash ("- July 22, 2019: ...")
_HEADING_AFTER = re.compile(r"\s*[:\u2013\u2014-]\s")
_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]+)?$")
_HEADED_VALUE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?$")


def heading_year(text: str, out: list[Timex]) -> None:
    """Give a month or day without a year on a line of a dated list the year of the line's time, the first such
    month or day on or after it ("- July 22, 2019: The probe launches. ... the lander crashes on Sept. 7": Sept. 7,
    2019; the list's present tense is history, not the publication's future). A stated year, a weekday or the next
    line leave it as read (in place)."""
    for i, h in enumerate(out):
        hm = _HEADED_VALUE.match(h.value)
        if (h.type != "DATE" or not hm or h.mod or not _STATED_YEAR.search(h.text)
                or not _HEADING_BEFORE.search(text, max(0, h.start - 12), h.start)
                or not _HEADING_AFTER.match(text, h.end)):
            continue
        since = (hm.group("m") or "01", hm.group("d") or "01")
        for t in out[i + 1:]:
            if "\n" in text[h.end:t.start]:
                break
            m = _DATED.match(t.value)
            if t.type != "DATE" or not m or t.mod or _STATED_YEAR.search(t.text) or _WEEKDAY.search(t.text) \
                    or t.anchor is None or not t.anchor.startswith("dct:"):
                continue
            rest = m.group("rest")
            year = int(hm.group("y")) + ((rest[1:3], rest[4:6] or "01") < since)
            t.revalue(f"{year}{rest}")


# "will move the festival to September from 2025", "the race returns to May starting in 2026": a month or day with no
# year of its own, right before the year from which it holds, is that year's (was: the publication year's, as the
# tense read it). Not when the year opens a range ("in March from 2019 to 2021": the months of those years) or
# dates a noun ("rose in May from 2020 levels")
_ONSET_GAP = re.compile(r"\s+(?:(?P<from>from)|starting|beginning)(?:\s+in)?\s+", re.IGNORECASE)
# after "from" only a month the text moves something to ("to September from 2025"): "rose 3 percent in January from
# 1997" compares this January with that year's
_MOVED_TO = re.compile(r"\bto\s+$", re.IGNORECASE)
_AFTER_ONSET = re.compile(r"\s*(?:on(?:wards?)?\b)?\s*(?:[,.;:!?)\"”]|$|\s*\b(?:and|but|after|as|when|while|because|"
                          r"if|unless|said|says|the|a|an|officials|organisers|organizers)\b)", re.IGNORECASE)


def onset_year(text: str, out: list[Timex]) -> None:
    """Give a yearless month or day said right before "from <year>" that year (in place)."""
    for t, y in zip(out, out[1:]):
        m = _DATED.match(t.value)
        if (t.type != "DATE" or not m or t.mod or _STATED_YEAR.search(t.text) or _WEEKDAY.search(t.text)
                or y.type != "DATE" or not _YEAR.match(y.value) or y.mod or m.group("y") == y.value
                or not _AFTER_ONSET.match(text, y.end)):
            continue
        gap = _ONSET_GAP.fullmatch(text, t.end, y.start)
        if gap is None or gap["from"] and not _MOVED_TO.search(text, max(0, t.start - 5), t.start):
            continue
        t.revalue(y.value + m.group("rest"))
