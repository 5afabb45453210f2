"""Dates as a reader says them, at their granularity: '5 Sep 2023', 'Jul 2023', 'Q3 2023', 'the 1990s',
'early 2023'. Shared by the chart and the TimelineJS export, so both show a date the same way."""

from __future__ import annotations

import calendar

import pandas as pd

_MONTH_ABBR = tuple(calendar.month_abbr)[1:]  # "Jan" ... "Dec" (the C locale Python starts in)

_MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about", "BEFORE": "before",
              "AFTER": "after", "ON_OR_BEFORE": "by", "ON_OR_AFTER": "from"}


def date_label(start, end, granularity, mod=None) -> str:
    """'5 Sep 2023', 'Jul 2023', '2022', 'Q3 2023', '1990s', 'week of 11 Sep 2023', 'early 2023'."""
    base = _date_label(start, granularity)
    word = _MOD_WORDS.get(mod) if isinstance(mod, str) else None
    return f"{word} {base}" if word else base


_SEASONS = ("winter", "spring", "summer", "autumn")
# granularity -> label of the interval's start; anything else reads as a day
_LABELS = {
    "year": lambda s: f"{s.year}",
    "month": lambda s: f"{_MONTH_ABBR[s.month - 1]} {s.year}",
    "quarter": lambda s: f"Q{(s.month - 1) // 3 + 1} {s.year}",
    "half": lambda s: f"H{(s.month - 1) // 6 + 1} {s.year}",
    "decade": lambda s: f"{s.year}s",
    "century": lambda s: f"{s.year}s (century)",
    "week": lambda s: f"week of {s.day} {_MONTH_ABBR[s.month - 1]} {s.year}",
    "weekend": lambda s: f"weekend of {s.day} {_MONTH_ABBR[s.month - 1]} {s.year}",
    "season": lambda s: f"{_SEASONS[(s.month % 12) // 3]} {s.year}",
    "hour": lambda s: f"{s.day} {_MONTH_ABBR[s.month - 1]} {s.year}, {s:%H:%M}",
    "day": lambda s: f"{s.day} {_MONTH_ABBR[s.month - 1]} {s.year}",
}
_LABELS["minute"] = _LABELS["second"] = _LABELS["hour"]


def _date_label(start, granularity) -> str:
    return _LABELS.get(granularity if isinstance(granularity, str) else "day", _LABELS["day"])(pd.Timestamp(start))
