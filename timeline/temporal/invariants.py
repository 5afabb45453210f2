"""The contract every tagging result keeps, as one checkable function.

Shared by the property tests (tests/test_robustness.py) and the fuzzer (benchmarks/fuzz.py), and handy
for anyone wrapping the tagger: ``violations(text, pub_date, timexes)`` returns readable strings, empty
when all is well.
"""

from __future__ import annotations

import datetime as dt

from .codec import interval
from .timex import MODS, TYPES, VAGUE_VALUES, is_valid_value


def violations(text: str, pub: dt.date | None, timexes, deictic_only: bool = False) -> list[str]:
    """Every broken invariant of one tagging result (offsets, TIMEX3 validity, intervals, anchoring).

    ``deictic_only``: the text has only relative expressions, so with no publication date nothing may
    come out as a concrete date.
    """
    out = []
    prev_end = 0
    tids = set()
    for t in timexes:
        where = f"{t.text!r}@{t.start}:{t.end} {t.type} {t.value!r}"
        if not (0 <= t.start < t.end <= len(text)):
            out.append(f"offsets out of range: {where}")
        elif text[t.start:t.end] != t.text:
            out.append(f"text[start:end] != timex.text: {where}")
        if t.start < prev_end:
            out.append(f"overlapping or unsorted spans: {where}")
        prev_end = max(prev_end, t.end)
        if t.tid in tids:
            out.append(f"duplicate tid: {where}")
        tids.add(t.tid)
        if t.type not in TYPES:
            out.append(f"bad type: {where}")
        if not is_valid_value(t.type, t.value):
            out.append(f"invalid TIMEX3 value: {where}")
        if t.mod is not None and t.mod not in MODS:
            out.append(f"bad mod {t.mod!r}: {where}")
        if (t.interval_start is None) != (t.interval_end is None):
            out.append(f"half an interval: {where}")
        if t.interval_start is not None and t.interval_end is not None:
            if not t.interval_start < t.interval_end:
                out.append(f"interval_start >= interval_end: {where}")
            if not t.granularity:
                out.append(f"interval without granularity: {where}")
            if t.type in ("DATE", "TIME") and not _interval_of_value(t):
                out.append(f"interval is not the value's: {where}")
        if t.unresolved and "X" not in t.value:
            out.append(f"unresolved without X: {where}")
        if pub is None and (t.anchor or "").startswith("dct:"):
            out.append(f"dct anchor without a publication date: {where}")
        if deictic_only and pub is None and t.type in ("DATE", "TIME") and t.value not in VAGUE_VALUES \
                and "X" not in t.value:
            out.append(f"concrete value with no publication date: {where}")
    return out


def _interval_of_value(t) -> bool:
    """The interval is the value's; "earlier this year" (mod START) or "later this month" (END) may keep only
    the part of it before or after the publication date, so one end stays the value's."""
    start, end = interval(t.value)[:2]
    if (t.interval_start, t.interval_end) == (start, end):
        return True
    if t.granularity == "quarter" and start is not None and _fiscal_quarter(t.interval_start, t.interval_end, start):
        return True  # "the first quarter ended Aug. 31": three months ending on the stated day (fiscal.py)
    if t.granularity == "year" and start is not None and _fiscal_year(t.interval_start, t.interval_end, start):
        return True  # "the fiscal year ending in May": twelve months ending with the stated month (fiscal.py)
    return t.mod in ("START", "END") and start <= t.interval_start < t.interval_end <= end \
        and (t.interval_start == start or t.interval_end == end)


def _fiscal_year(s, e, calendar_start) -> bool:
    """Twelve months (365 or 366 days) ending within the calendar year the value names: fiscal.fiscal_years names a
    fiscal year by the year it ends in."""
    return 365 <= (e - s).days <= 366 and calendar_start < e <= calendar_start.replace(year=calendar_start.year + 1)


def _fiscal_quarter(s, e, calendar_start) -> bool:
    """Three months (89 to 92 days: any three consecutive months), starting less than a year (366 days) from the
    calendar quarter the value names: fiscal.py never moves a quarter further than that."""
    return 89 <= (e - s).days <= 92 and abs((s - calendar_start).days) < 366
