""""since" a month or day in a sentence that has just named a time: "The index fell in June, its worst month
since October", "dropped on March 4 to the lowest level since April". The "since" time was resolved as
strictly before the publication; what it reaches back from is the sentence's time, so it lies before that one
too. Runs over a document's resolved timexes in text order, after the resolve loop, as :mod:`ranges` does.

Not across a present perfect ("failed on Christmas Eve, and a system has been in place since January 3": since
then up to now). Only a month or a day the writer gave no year moves, and only by the year that puts it before the sentence's
time: "since 2019" or "since October 2022" say their year.
"""

from __future__ import annotations

import re

from .text import SENTENCE_END
from .timex import Timex, value_interval

_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# a present perfect between the two ("failed on Christmas Eve, and a system has been in place since January 3"):
# its "since" reaches back from the present, not from the time named before it
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:not|never|also|already|just)\s+)?(?:been|\w+(?:ed|en|wn|t))\b",
                              re.IGNORECASE)
_STATED_YEAR = re.compile(r"\d{4}|['’]\d\d")
_DATED = re.compile(r"^(?P<y>\d{4})(?P<rest>-\d\d(?:-\d\d)?)$")
_GRANS = ("month", "day")


def since_before_story(text: str, out: list[Timex]) -> None:
    """Move a "since" month or day back a year when it does not lie before the time the sentence named
    first (in place)."""
    for a, b in zip(out, out[1:]):
        mb = _DATED.match(b.value)
        if (not mb or b.type != "DATE" or b.granularity not in _GRANS or a.type != "DATE"
                or a.granularity not in _GRANS or not _DATED.match(a.value) or b.interval_start is None
                or a.interval_start is None or _STATED_YEAR.search(b.text)
                or not _SINCE.search(text, max(0, b.start - 8), b.start)
                or SENTENCE_END.search(text, a.end, b.start) or _PRESENT_PERFECT.search(text, a.end, b.start)):
            continue
        if b.interval_start < a.interval_start:
            continue
        value = f"{int(mb.group('y')) - 1:04d}{mb.group('rest')}"
        s, e, gran = value_interval(value)
        if s is not None and s < a.interval_start:
            b.value, b.interval_start, b.interval_end, b.granularity = value, s, e, gran
