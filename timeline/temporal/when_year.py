"""A year followed by a "when" clause ("every summer since 2021, when blazes killed eight people in late July")
is the year of the months and days that clause names without one: they were resolved from the publication date
and the tense, which put "late July" in the publication year. Runs over a document's resolved timexes after the
resolve loop, as :mod:`since` does. A month or day that states its year keeps it, a weekday is the
publication's, and the clause ends at the sentence's end or at a semicolon.
"""

from __future__ import annotations

import re

from .timex import Timex, value_interval
from .vocab import vocab

_WHEN = re.compile(r"\s*,\s*when\b", re.IGNORECASE)
_YEAR = re.compile(r"^\d{4}$")
_DATED = re.compile(r"^(?P<y>\d{4})(?P<rest>-\d\d(?:-\d\d)?)$")
_STATED_YEAR = re.compile(r"\d{4}|['’]\d\d")
_CLAUSE_END = re.compile(r"[.!?;](?:\s|$)")
# a weekday is counted from the publication date, not from a background year: "since 2021, when the census was
# carried out, the service said on Wednesday" keeps this week's Wednesday
_WEEKDAY = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in vocab()["weekdays"]) + r")(?![\w])", re.IGNORECASE)


def when_clause_year(text: str, out: list[Timex]) -> None:
    """Give the months and days of a ", when" clause after a year that year (in place)."""
    for i, y in enumerate(out):
        if y.type != "DATE" or not _YEAR.match(y.value) or y.mod or not _WHEN.match(text, y.end):
            continue
        for t in out[i + 1:]:
            if _CLAUSE_END.search(text, y.end, t.start):
                break
            m = _DATED.match(t.value)
            if (t.type != "DATE" or not m or _STATED_YEAR.search(t.text) or m.group("y") == y.value
                    or _WEEKDAY.search(t.text)):
                continue
            s, e, gran = value_interval(y.value + m.group("rest"))
            if s is not None:
                t.value, t.interval_start, t.interval_end = y.value + m.group("rest"), s, e
