"""A month or weekday that opens a sentence ("In March, ...", "By November, ...", "On Sunday, ...") right after a
sentence dated by a month or day with its year, gone by: a narrative moving on from that date, so the first such
month or weekday after it, not the one the tense picks around the publication date ("Rebels seized the port in
January 2020. In March, government troops took it back": March 2020; "The climbers set off on March 8, 2019. On
Sunday, they reached the summit": March 10, 2019). Runs over a document's resolved timexes after the resolve loop,
as :mod:`when_year` does.

Only the next sentence, only when the time opens it, and only a time the tense read behind the publication (a
look ahead, "In March, the firm will open a plant", is the report's); a weekday only after a day (a month cannot say
which week) more than a month before the publication (nearer, "On Monday" may be the news's own day), within the week
after it."""

from __future__ import annotations

import datetime as dt
import re

from .text import SENTENCE_END
from .timex import Timex
from .vocab import vocab

_MONTH_VALUE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d\d)$")
_DAY_VALUE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?$")
_STATED_YEAR = re.compile(r"\d{4}")
_ANY_YEAR = re.compile(r"\d{4}|['’]\d\d|\byear\b", re.IGNORECASE)
# the sentence's first words up to the time: "In", "By", "On" (after a full stop not an initial's, or a paragraph)
_OPENS = re.compile(r"(?:(?<![A-Z])[.!?][\"”’')]*\s+|\n\s*)(?:In|By|On)\s+$")
_WEEKDAYS = vocab()["weekdays"]
# a date that bounds a stretch up to now ("has added $3 trillion since the launch of ChatGPT in November 2022") is no
# point the story stands on: what follows is the report's ("In July it became the first ...")
_SINCE_BEFORE = re.compile(r"\bsince\b[^.;!?]{0,80}$", re.IGNORECASE)


# a dated day this near the publication may be the news's own week, so a weekday after it is left to the tense
_RECENT_DAYS = 30


def _gone_by(t: Timex, pub: dt.date) -> bool:
    return t.interval_end is not None and t.interval_end.date() <= pub


def _weekday_number(text: str) -> int | None:
    """ISO weekday of a bare weekday's words ("Sunday": 7), None for anything else."""
    n = _WEEKDAYS.get(text.lower())
    return n if isinstance(n, int) else None


def fronted_after_dated(text: str, out: list[Timex], pub_date: dt.date | None) -> None:
    """Move a fronted month or weekday after a dated sentence gone by to the first one after that date (in place)."""
    if pub_date is None:
        return
    for a, b in zip(out, out[1:]):
        m = _DAY_VALUE.match(a.value) if a.type == "DATE" and not a.mod else None
        if (m is None or not _STATED_YEAR.search(a.text) or not _gone_by(a, pub_date) or b.type != "DATE" or b.mod
                or _ANY_YEAR.search(b.text) or not _gone_by(b, pub_date)
                or not _OPENS.search(text, max(0, b.start - 8), b.start)
                or len(SENTENCE_END.findall(text, a.end, b.start)) != 1
                or _SINCE_BEFORE.search(text, max(0, a.start - 80), a.start)):
            continue
        year, month = int(m["y"]), int(m["m"])
        mb = _MONTH_VALUE.match(b.value)
        if mb is not None:
            new_month = int(mb["m"])
            if new_month == month:
                continue
            value = f"{year + (new_month < month):04d}-{new_month:02d}"
        elif m["d"] is not None and _DAY_VALUE.match(b.value) and b.granularity == "day":
            wd = _weekday_number(b.text)
            if wd is None:
                continue
            day = dt.date(year, month, int(m["d"]))
            if (pub_date - day).days <= _RECENT_DAYS:
                continue  # "called a strike on April 15, 2024. On Monday, ...", said in May: as likely the news day
            later = day + dt.timedelta(days=(wd - day.isoweekday()) % 7 or 7)
            value = later.isoformat()
        else:
            continue
        if value != b.value and dt.date.fromisoformat((value + "-01")[:10]) < pub_date:
            b.revalue(value)
