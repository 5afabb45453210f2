"""Publication dates stated at the head of a story: "WASHINGTON, Sept. 5, 2023 —", "September 5, 2023",
"5 September 2023", "2023-09-05". Only the first line is looked at: a date deeper in the text is story
content, not a dateline. The month names come from the tagger's vocabulary; dateparser reads the span."""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..document import parse_date_string
from ..temporal.vocab import expand

HEAD_CHARS = 200  # a dateline sits in the first line or two


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    place = r"^(?:[A-Z][A-Za-z .'-]{1,40},\s*)?(?:@WEEKDAY@,?\s*)?"
    return tuple(re.compile(expand(place + p), re.I) for p in (
        r"(?P<date>@MONTH@\s+\d{1,2},?\s+\d{4})\b",
        r"(?P<date>\d{1,2}\s+@MONTH@,?\s+\d{4})\b",
        r"(?P<date>\d{4}-\d{2}-\d{2})\b",
    ))


def find_dateline(text: str) -> dt.date | None:
    """The date of a dateline at the start of ``text`` (first non-empty line), or None."""
    head = text.lstrip("\ufeff \t\r\n")[:HEAD_CHARS]
    first = head.split("\n", 1)[0].strip()
    for pat in _patterns():
        m = pat.match(first)
        if m:
            return parse_date_string(m.group("date"))
    return None
