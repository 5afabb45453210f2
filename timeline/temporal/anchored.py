"""A day named right after "the eve of", "the day before" or "the day after" ("on the eve of Christmas", "the
day before Thanksgiving") is the anchor of the expression, not its value: the lead joins the timex and moves
it by its days (vocab/en.json "day_shift_leads"); after "the Saturday after" ("before") it moves to the first
such weekday after (before) it, and the weekday is no timex of its own. Runs over a document's resolved timexes after the resolve
loop, as :mod:`apposition` does. A day said as a possessive or before a noun ("the eve of Sunday's vote", "the
eve of the May 9 parade") names the event's day, which the words do not join.
"""

from __future__ import annotations

import datetime as dt
import re

from .text import REPORT_FORMS, SENTENCE_BREAK
from .timex import Timex
from .vocab import alternation, vocab

_LEADS = {k: v for k, v in vocab()["day_shift_leads"].items() if not k.startswith("_")}
_LEAD = re.compile(r"(?<![\w'’])(?P<lead>" + alternation(_LEADS) + r")\s+$", re.IGNORECASE)
_WEEKDAYS = vocab()["weekdays"]
_SIDES = {k: v for k, v in vocab()["before_after"].items() if not k.startswith("_")}
_WEEKDAY_LEAD = re.compile(r"(?<![\w'’])the\s+(?P<wd>" + alternation(_WEEKDAYS) + r")\s+(?P<side>" + alternation(_SIDES)
                           + r")\s+$", re.IGNORECASE)
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
# a possessive or a noun right after the day makes it an event's day ("the eve of Sunday's vote", "the eve of the
# May 9 parade"); a function word after it does not ("the day after May 3 and left")
_FUNCTION_AFTER = alternation(vocab()["day_shift_function_words"]["words"])
_NOUN_AFTER = re.compile(r"['’]s\b|\s+(?!" + _FUNCTION_AFTER + r"\b)[a-z]", re.UNICODE)
# how far before the day a lead may start: the longest lead ("the Wednesday before ") with room for spacing
_REACH = max(max(map(len, _LEADS)), len("the ") + max(map(len, _WEEKDAYS)) + len(" before ")) + 8


def _lead(text: str, start: int, end: int) -> re.Match | None:
    if _NOUN_AFTER.match(text, end):
        return None
    for lead in (_LEAD, _WEEKDAY_LEAD):
        m = lead.search(text, max(0, start - _REACH), start)
        if m and m.end() == start:
            return m
    return None


def _days(m: re.Match, day: dt.date | None = None) -> int:
    """The days the lead moves a day by; for a weekday lead, to the first such weekday on that side of ``day``
    (one day that way when the day is not known yet)."""
    if "wd" not in m.re.groupindex:
        return _LEADS[re.sub(r"\s+", " ", m.group("lead").lower())]
    side = _SIDES[m.group("side").lower()]
    if day is None:
        return side
    wd = _WEEKDAYS[m.group("wd").lower()]
    for n in range(1, 8):
        if (day + dt.timedelta(days=side * n)).isoweekday() == wd:
            return side * n
    return side


def lead_days(text: str, start: int, end: int) -> int:
    """How many days the lead right before the day at ``start:end`` moves it (0 without one). The tagger
    resolves the day against the publication date moved back by as many days, so the tense places the
    expression ("came on the eve of Victory Day" said on May 8 is this year's May 8), not its anchor."""
    m = _lead(text, start, end)
    return _days(m) if m else 0


def shift_anchored_days(text: str, out: list[Timex]) -> None:
    """Join "the eve of" (and the like) to the day after it and move the value (in place)."""
    for t in list(out):
        if t.type != "DATE" or t.mod or not _DAY.match(t.value):
            continue
        m = _lead(text, t.start, t.end)
        if not m:
            continue
        day = dt.date.fromisoformat(t.value)
        value = (day + dt.timedelta(days=_days(m, day))).isoformat()
        for x in [x for x in out if m.start() <= x.start and x.end <= m.end()]:
            out.remove(x)  # "the Saturday after Thanksgiving": the weekday is part of the one expression
        if not t.revalue(value):
            continue
        t.text, t.start = text[m.start():t.end], m.start()
        t.rule = "anchored.day_shift"


# "overnight" and a day its sentence names as the report's ("officials said Wednesday") or the night's end
# ("overnight into Friday"): the night is the one before that day, not the one before the publication date
_REPORTED_DAY = re.compile(r"(?<![\w'’])" + alternation(REPORT_FORMS) + r"(?:\s+on)?\s+$", re.IGNORECASE)
_INTO = re.compile(r"\s+into\s+$", re.IGNORECASE)
_NIGHT = re.compile(r"^(?P<d>\d{4}-\d\d-\d\d)TNI$")


def overnight_before_named_day(text: str, out: list[Timex]) -> None:
    """Date a bare "overnight" by the day its sentence reports on or runs into (in place)."""
    for t in out:
        if t.text.lower() != "overnight" or not _NIGHT.match(t.value):
            continue
        for d in out:
            if d is t or d.type != "DATE" or not _DAY.match(d.value):
                continue
            lo, hi = (t.end, d.start) if d.start > t.start else (d.end, t.start)
            if SENTENCE_BREAK.search(text, lo, hi):
                continue
            into = d.start > t.start and _INTO.fullmatch(text, t.end, d.start)
            if not (into or _REPORTED_DAY.search(text, max(0, d.start - 20), d.start)):
                continue
            value = (dt.date.fromisoformat(d.value) - dt.timedelta(days=1)).isoformat() + "TNI"
            t.revalue(value)
            break
