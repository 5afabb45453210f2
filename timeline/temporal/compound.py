"""A length said in two units ("three hours and 51 minutes", "two years and three months", "11 hours, 20
minutes") is one duration, PT3H51M, as TIMEX3 writes it: the rules tag each count with its unit, and this joins
them when the second unit is the smaller and only "and" or a comma stands between. Runs over a document's
resolved timexes after the resolve loop, as :mod:`ranges` does.
"""

from __future__ import annotations

import re

from .timex import Timex

_PART = re.compile(r"^P(?P<t>T?)(?P<n>\d+)(?P<u>Y|M|W|D|H|S)$")
# a length already joined from parts ("PT2H5M" before "41 seconds")
_PARTS = re.compile(r"^P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<D>\d+)D)?(?:T(?:(?P<TH>\d+)H)?(?:(?P<TM>\d+)M)?(?:(?P<TS>\d+)S)?)?$")
# units from the largest; M is months before T and minutes after it
_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)
# a race time or a record said without "and": "in 2 hours 5 minutes 41 seconds" (the next count in digits)
_BARE_JOIN = re.compile(r"\s+$")
# after the second unit of a comma-joined pair the length must end ("lasted 11 hours, 20 minutes."): "two years, six
# months of which were suspended" or "the past two years, six months of talks" are two lengths
_ENDS = re.compile(r"\s*(?:[.,;:)!?]|\band\b|$)", re.IGNORECASE)


def _key(m: re.Match) -> str:
    return ("T" if m.group("t") else "") + m.group("u")


def _parts(value: str) -> dict[str, str] | None:
    """The counts of a length by unit key ("PT2H5M" -> {"TH": "2", "TM": "5"}), None for a value of another shape."""
    m = _PARTS.match(value)
    if not m or value in ("P", "PT"):
        return None
    return {k: v for k, v in m.groupdict().items() if v is not None} or None


def _value(parts: dict[str, str]) -> str:
    date_part = "".join(f"{parts[k]}{k}" for k in ("Y", "M", "D") if k in parts)
    time_part = "".join(f"{parts[k]}{k[1]}" for k in ("TH", "TM", "TS") if k in parts)
    return "P" + date_part + (("T" + time_part) if time_part else "")


def join_compound_durations(text: str, out: list[Timex]) -> None:
    """Merge "three hours" and "51 minutes" right after it into one DURATION (in place); a third smaller unit
    joins the two ("2 hours 5 minutes 41 seconds")."""
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        pa, mb = _parts(a.value), _PART.match(b.value)
        between = text[a.end:b.start]
        joined = bool(_JOIN.fullmatch(between)) and ("and" in between.lower() or _ENDS.match(text, b.end))
        bare = bool(_BARE_JOIN.fullmatch(between)) and text[b.start:b.start + 1].isdigit() \
            and text[a.start:a.start + 1].isdigit()
        if (a.type == b.type == "DURATION" and pa and mb and not a.mod and not b.mod and a.quant is None
                and b.quant is None and a.range_with is None and a.interval_start is None
                and max(_ORDER.index(k) for k in pa) < _ORDER.index(_key(mb)) and (joined or bare)
                and _key(mb) != "W" and "W" not in pa):
            a.value = _value({**pa, _key(mb): mb.group("n")})
            a.text, a.end = text[a.start:b.end], b.end
            out.pop(i + 1)
            continue
        i += 1
