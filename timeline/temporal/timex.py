"""The Timex type and the well-formedness of its TIMEX3 values (intervals come from :mod:`.codec`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

# A value's interval is the codec's; the tagger and the tests import it from here under this name.
from .codec import interval as value_interval  # noqa: F401

TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = (
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
    "EQUAL_OR_MORE", "START", "MID", "END", "APPROX",
)
VAGUE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


# the id of the rule that reads a bare weekday ("on Tuesday"), which the passes after resolution (ranges, appositions,
# coordinated days) move by weeks
WEEKDAY_RULE = "relative.weekday"


@dataclass
class Timex:
    """One temporal expression: where it is, what it means, and how we got there.

    ``range_with`` is set on both ends of a range of dates ("2011-2013", "from April to July 2022",
    "between 1985 and 1989", "Tuesday through Thursday"): the other end's ``tid``. The end earlier in the
    text is the range's start, so a table can make one row of the pair. The tagger and the pipeline keep
    it in step when they number tids; other tid renumberings (TimeML export) do not carry it.
    """

    text: str
    start: int  # character offsets into the document text, half-open
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value, e.g. 2023-09-05, 2023-W37, P6M, PAST_REF, XXXX-09-05
    mod: str | None = None
    granularity: str | None = None  # day, week, month, quarter, half, season, year, decade, century, hour, minute...
    interval_start: dt.datetime | None = None
    interval_end: dt.datetime | None = None
    fuzzy: bool = False
    rule: str = ""  # the rule family/name that fired
    anchor: str | None = None  # "dct:2023-09-05", "story:2023-09-04" or None
    quant: str | None = None  # SET only (EVERY, EACH)
    freq: str | None = None
    unresolved: bool = False  # relative expression that had no anchor (no publication date)
    tid: str | None = None
    # the other end of a range ("2011-2013", "from April to July", "between 1985 and 1989"): its tid, set on
    # both ends; the end earlier in the text is the range's start. None when the timex is no range's end.
    range_with: str | None = None
    # the share of its period a fraction names ("the final quarter of the decade": (3, 4)), as the rule read it
    # (rules/dates.py period_fraction); the event table's interval, not part of the TIMEX3 output (to_dict)
    share: tuple[int, int] | None = None

    def revalue(self, value: str) -> bool:
        """Take ``value`` with the interval and granularity it names (the passes that move a resolved timex:
        ranges, anchored days, clock days ...); False, and nothing changed, when it names no interval."""
        s, e, gran = value_interval(value)
        if s is None:
            return False
        self.value, self.interval_start, self.interval_end, self.granularity = value, s, e, gran
        return True

    def to_dict(self) -> dict:
        d = asdict(self)
        del d["share"]
        for k in ("interval_start", "interval_end"):
            d[k] = d[k].isoformat() if d[k] is not None else None
        return d


# ---------------------------------------------------------------- well-formed values

_DURATION_RE = re.compile(r"^P(?:(?:[\dX.]+|X)[YMWDQEL]|(?:[\dX.]+)(?:DE|CE|ML|WE|MO|MI|AF|EV|NI)|T(?:[\dX.]+[HMS])+|[\dX.]+[YMWDQ](?:T(?:[\dX.]+[HMS])+)?)+$")
_TIME_SUFFIX = r"(?:T(?:MO|MI|AF|EV|NI|DT|(?:[01]\d|2[0-4]|XX)(?::[0-5]\d(?::[0-5]\d)?)?Z?))"
_DATE_LIKE_RE = re.compile(
    r"^(?:BC\d{4}|\d|\d{2}|\d{3}|X{1,3}|\d{3}X|\d{2}XX|[\dX]{4}(?:-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI"
    r"|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-WE|-[1-7]" + _TIME_SUFFIX + r"?)?"
    r"|(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX)" + _TIME_SUFFIX + r"?)?))?)$"
)
_FULL_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def is_valid_value(type_: str, value: str) -> bool:
    """Whether ``value`` is well-formed TIMEX3 for ``type_`` (the checks our output promises)."""
    if type_ not in TYPES or not value:
        return False
    if value in VAGUE_VALUES:
        return type_ in ("DATE", "TIME")
    if type_ in ("DURATION",):
        return bool(_DURATION_RE.match(value))
    if type_ == "SET" and _DURATION_RE.match(value):
        return True
    if not _DATE_LIKE_RE.match(value):
        return False
    m = _FULL_DAY_RE.match(value)
    if m:  # a stated day must exist: no 2023-02-30
        try:
            dt.date(int(m.group(1)) or 1, int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
    return True
