"""A second time in a coordinated plan ("The museum will open in April and close in October", published in November
2024): the month the tense put behind the publication, while the first conjunct's lies ahead, is the one after the
first: both verbs share the future, and the second event follows the first (2025-10, not 2024-10). Runs over a
document's resolved timexes in text order after the resolve loop, as :mod:`since` does.

Only a month or a day the writer gave no year, joined to the first by "and" and a verb phrase of a few words with no
punctuation between. The past has its mirror for weekdays ("began on Monday and ended on Thursday", published on a
Tuesday): the first moves back a week, so the events keep the order told (:func:`earlier_past_weekday`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from . import codec
from .text import SENTENCE_END
from .timex import WEEKDAY_RULE, Timex, value_interval
from .vocab import alternation, vocab

_STATED_YEAR = re.compile(r"\d{4}|['’]\d\d|\byear\b", re.IGNORECASE)


def _a_year_on(t: Timex) -> str | None:
    """The value of a month or a day of a month ("2024-10", "2024-06-03") one year on, or None for any other
    value (weeks, seasons, quarters, times, durations)."""
    p = codec.parse(t.value) if t.type == "DATE" else None
    if p is None or p.year is None or p.gran not in ("month", "day") or p.weekday is not None:
        return None
    return codec.format_value(dataclasses.replace(p, year=p.year + 1))


def _month_named(t: Timex) -> bool:
    """A month, or a day of a month ("June", "Jan. 8"): not a weekday, which moves by weeks (ranges.py), not years."""
    return t.granularity == "month" or (t.granularity == "day" and any(c.isdigit() for c in t.text))


def _conjunct(verb_guard: str, prepositions: str) -> re.Pattern:
    """"and", a second clause's verb phrase of a few words (its verb passing ``verb_guard``), and the time's
    preposition: what joins two coordinated times of one sentence."""
    return re.compile(r"\s+and\s+(?:then\s+)?" + verb_guard + r"[a-z]+(?:\s+[\w-]+){0,3}\s+(?:" + prepositions + r")\s+",
                      re.IGNORECASE)


# "and close in", "and then reopen on", "and hire 200 workers in": a conjunct's verb phrase up to the time's preposition
# (not a past form: "will open in April and closed in October" is no shared future)
_CONJUNCT = _conjunct(r"(?![a-z]+ed\b)", "in|on|by")


def later_conjunct(text: str, out: list[Timex], pub_date: dt.date | None) -> None:
    """Move the second of two coordinated times a year on when the first lies ahead of the publication and the
    second, as resolved, behind it and before the first (in place)."""
    if pub_date is None:
        return
    pub = dt.datetime.combine(pub_date, dt.time())
    for a, b in zip(out, out[1:]):
        later = _a_year_on(b)
        if (later is None or _a_year_on(a) is None or _STATED_YEAR.search(b.text)
                or not _month_named(b) or a.interval_start is None or b.interval_end is None or a.interval_start <= pub
                or b.interval_end > pub or not _CONJUNCT.fullmatch(text, a.end, b.start)):
            continue
        b.revalue(later)


# "began on Monday and ended on Thursday": any verb, and the weekday's "on"
_PAST_CONJUNCT = _conjunct("", "on")


def earlier_past_weekday(text: str, out: list[Timex], pub_date: dt.date | None) -> None:
    """"The strike began on Monday and ended on Thursday", published on a Tuesday: each weekday alone was put on its
    latest day by the publication, which puts the end (last Thursday) before the start (yesterday); events told in
    one sentence joined by "and" come in the order told, so the first weekday moves back a week (in place). Only two
    bare weekdays, both wholly before the publication day."""
    if pub_date is None:
        return
    pub = dt.datetime.combine(pub_date, dt.time())
    for a, b in zip(out, out[1:]):
        if (a.rule != WEEKDAY_RULE or b.rule != WEEKDAY_RULE or a.interval_start is None or b.interval_start is None
                or a.interval_start <= b.interval_start or a.interval_end > pub or b.interval_end > pub
                or not _PAST_CONJUNCT.fullmatch(text, a.end, b.start)):
            continue
        day = (a.interval_start - dt.timedelta(days=7)).date()
        a.revalue(day.isoformat())


_UNTIL = re.compile(r"\b(?:until|till)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_GAP_REACH = 120  # characters between the two times: a clause or two of one sentence
# "reopened on March 3 and had been closed until February": a state that held before the earlier time
_STATE_BEFORE = re.compile(r"\b" + alternation(vocab()["state_before_until"]["words"]) + r"\b", re.IGNORECASE)


def until_after_earlier(text: str, out: list[Timex]) -> None:
    """"until <month or day>" said after a time earlier in the same sentence ends after it: "sacked the coach on
    December 23 and appointed his assistant until June" (published in January 2025) runs to June 2025, not the June
    before the appointment. Only a month or a day the writer gave no year; one year on at most (in place)."""
    for a, b in zip(out, out[1:]):
        later = _a_year_on(b)
        if (later is None or _a_year_on(a) is None or _STATED_YEAR.search(b.text)
                or not _month_named(b) or a.interval_start is None or b.interval_end is None
                or b.interval_end > a.interval_start
                or b.start - a.end > _GAP_REACH or SENTENCE_END.search(text, a.end, b.start)
                or not _UNTIL.search(text, max(0, b.start - 20), b.start)
                or _STATE_BEFORE.search(text, a.end, b.start)):
            continue
        s, e, _ = value_interval(later)
        if e is not None and e > a.interval_start:
            b.revalue(later)
