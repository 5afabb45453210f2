"""Publication dates stated at the head of a story: "WASHINGTON, Sept. 5, 2023 —", "September 5, 2023",
"5 September 2023", "2023-09-05". Only the first few lines are looked at: a date deeper in the text is
story content, not a dateline."""

from __future__ import annotations

import datetime as dt
import re

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
HEAD_CHARS = 200  # a dateline sits in the first line or two

_PATTERNS = (
    # optional PLACE, then Month D, YYYY
    re.compile(r"^(?:[A-Z][A-Za-z .'-]{1,40},\s*)?(?:\w+day,\s*)?" + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b", re.I),
    # optional PLACE, then D Month YYYY
    re.compile(r"^(?:[A-Z][A-Za-z .'-]{1,40},\s*)?(?:\w+day,?\s*)?(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"^(?:[A-Z][A-Za-z .'-]{1,40},\s*)?(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
)


def find_dateline(text: str) -> dt.date | None:
    """The date of a dateline at the start of ``text`` (first non-empty line), or None."""
    head = text.lstrip("\ufeff \t\r\n")[:HEAD_CHARS]
    first = head.split("\n", 1)[0].strip()
    for pat in _PATTERNS:
        m = pat.match(first)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["mnum"]) if g.get("mnum") else MONTHS.get((g.get("mon") or "").lower().rstrip("."))
        try:
            return dt.date(int(g["year"]), month, int(g["day"]))
        except (TypeError, ValueError):
            return None
    return None
