"""A length said in two units ("three hours and 51 minutes", "two years and three months", "11 hours, 20
minutes") is one duration, PT3H51M, as TIMEX3 writes it: the rules tag each count with its unit, and this joins
them when the second unit is the smaller and only "and" or a comma stands between. Runs over a document's
resolved timexes after the resolve loop, as :mod:`ranges` does.
"""

from __future__ import annotations

import re

from .timex import Timex

_PART = re.compile(r"^P(?P<t>T?)(?P<n>\d+)(?P<u>Y|M|W|D|H|S)$")
# units from the largest; M is months before T and minutes after it
_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)
# after the second unit of a comma-joined pair the length must end ("lasted 11 hours, 20 minutes."): "two years, six
# months of which were suspended" or "the past two years, six months of talks" are two lengths
_ENDS = re.compile(r"\s*(?:[.,;:)!?]|\band\b|$)", re.IGNORECASE)


def _key(m: re.Match) -> str:
    return ("T" if m.group("t") else "") + m.group("u")


def join_compound_durations(text: str, out: list[Timex]) -> None:
    """Merge "three hours" and "51 minutes" right after it into one DURATION (in place)."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        ma, mb = _PART.match(a.value), _PART.match(b.value)
        between = text[a.end:b.start]
        if (a.type == b.type == "DURATION" and ma and mb and not a.mod and not b.mod and a.quant is None
                and b.quant is None and a.range_with is None and a.interval_start is None
                and _ORDER.index(_key(ma)) < _ORDER.index(_key(mb)) and _JOIN.fullmatch(between)
                and ("and" in between.lower() or _ENDS.match(text, b.end))
                and _key(mb) != "W" and _key(ma) != "W"):
            date_part = "".join(f"{m.group('n')}{m.group('u')}" for m in (ma, mb) if not m.group("t"))
            time_part = "".join(f"{m.group('n')}{m.group('u')}" for m in (ma, mb) if m.group("t"))
            a.value = "P" + date_part + (("T" + time_part) if time_part else "")
            a.text, a.end = text[a.start:b.end], b.end
            out.pop(i + 1)
            continue
        i += 1
