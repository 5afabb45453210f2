"""A second time in a coordinated plan ("The museum will open in April and close in October", published in November
2024): the month the tense put behind the publication, while the first conjunct's lies ahead, is the one after the
first: both verbs share the future, and the second event follows the first (2025-10, not 2024-10). Runs over a
document's resolved timexes in text order after the resolve loop, as :mod:`since` does.

Only a month or a day the writer gave no year, joined to the first by "and" and a verb phrase of a few words with no
punctuation between.
"""

from __future__ import annotations

import datetime as dt
import re

from .timex import Timex

_DATED = re.compile(r"^(?P<y>\d{4})(?P<rest>-\d\d(?:-\d\d)?)$")
_STATED_YEAR = re.compile(r"\d{4}|['’]\d\d|\byear\b", re.IGNORECASE)
# "and close in", "and then reopen on", "and hire 200 workers in": a conjunct's verb phrase up to the time's preposition
# (not a past form: "will open in April and closed in October" is no shared future)
_CONJUNCT = re.compile(r"\s+and\s+(?:then\s+)?(?![a-z]+ed\b)[a-z]+(?:\s+[\w-]+){0,3}\s+(?:in|on|by)\s+", re.IGNORECASE)


def later_conjunct(text: str, out: list[Timex], pub_date: dt.date | None) -> None:
    """Move the second of two coordinated times a year on when the first lies ahead of the publication and the
    second, as resolved, behind it and before the first (in place)."""
    if pub_date is None:
        return
    pub = dt.datetime.combine(pub_date, dt.time())
    for a, b in zip(out, out[1:]):
        mb = _DATED.match(b.value) if b.type == "DATE" else None
        if (mb is None or a.type != "DATE" or not _DATED.match(a.value) or _STATED_YEAR.search(b.text)
                or a.interval_start is None or b.interval_end is None or a.interval_start <= pub
                or b.interval_end > pub or not _CONJUNCT.fullmatch(text, a.end, b.start)):
            continue
        later = f"{int(mb.group('y')) + 1:04d}{mb.group('rest')}"
        b.revalue(later)
