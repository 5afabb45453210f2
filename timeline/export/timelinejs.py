"""TimelineJS (Knight Lab) JSON: https://timeline.knightlab.com/docs/json-format.html

Each dated row becomes an event. Dates keep their granularity: a month is ``{"year": 2022, "month": 2}``,
a year ``{"year": 2022}``; a span coarser than a day that is not a plain month or year (week, quarter,
season, decade...) gets an ``end_date`` too (inclusive, as TimelineJS expects). ``group`` is the first actor,
so TimelineJS draws one row per actor. Vague and error rows are left out (TimelineJS needs a year).

TimelineJS renders headline, text, display_date, group and the title slide as HTML, and everything in them
comes from web pages (the HTML reader unescapes ``&lt;script&gt;`` into text), so each is HTML-escaped here:
an article can show markup, never run it. ``unique_id`` becomes the page's URL fragment and an element id, so
it is a plain token (letters, digits, ``_``, ``-``) made unique by the row number.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pandas as pd

from ..labels import date_label
from ..table import actors_list
from .atomic import write_text_atomic

# The date parts TimelineJS shows for each granularity; every dated row gets its interval as start_date and
# an inclusive end_date, so a month or a year is drawn as the whole period, not as its first day.
_PARTS = {
    "year": ("year",), "decade": ("year",), "century": ("year",), "millennium": ("year",),
    "month": ("year", "month"), "quarter": ("year", "month"), "half": ("year", "month"), "season": ("year", "month"),
    "day": ("year", "month", "day"), "week": ("year", "month", "day"), "weekend": ("year", "month", "day"),
    "part_of_day": ("year", "month", "day", "hour"), "hour": ("year", "month", "day", "hour"),
    "minute": ("year", "month", "day", "hour", "minute"), "second": ("year", "month", "day", "hour", "minute", "second"),
}
# A one-day (or shorter) row is a point; anything longer is a span.
_POINT = ("day", "part_of_day", "hour", "minute", "second")


def _date_obj(ts: dt.datetime, parts) -> dict:
    return {p: getattr(ts, p) for p in parts}


_TOKEN_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_TOKEN_MAX = 40


def _text(v) -> str:
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _html(v) -> str:
    """A table value for a field TimelineJS renders as HTML."""
    return html.escape(_text(v), quote=True)


def _unique_id(doc_id: str, row: int) -> str:
    slug = _TOKEN_UNSAFE.sub("-", doc_id)[:_TOKEN_MAX].strip("-") or "doc"
    return f"{slug}-{row}"


def _event(r, i: int) -> dict:
    start = pd.Timestamp(r.start).to_pydatetime()
    end = pd.Timestamp(r.end).to_pydatetime() if not pd.isna(r.end) else None
    gran = _text(r.granularity) or "day"
    parts = _PARTS.get(gran, _PARTS["day"])
    ev: dict = {"unique_id": _unique_id(_text(r.doc_id), i), "start_date": _date_obj(start, parts)}
    # a range, "since"/"until" or anchored duration is a span even at day granularity ("until Thursday")
    covers = _text(getattr(r, "range_text", None))
    if (gran not in _POINT or covers) and end is not None:
        ev["end_date"] = _date_obj(end - dt.timedelta(seconds=1), parts)  # TimelineJS ends are inclusive
    headline = _text(r.event) or _text(r.sentence) or _text(r.timex_text)
    source = _text(getattr(r, "source", None))
    body = f"{source}: {_text(r.sentence)}" if source else _text(r.sentence)  # who reports it, when reported
    ev["text"] = {"headline": _html(headline), "text": _html(body)}
    # the resolved date first, then the words the article used ("4 Sep 2023 (Monday)")
    resolved = date_label(r.start, r.end, gran, getattr(r, "timex_mod", None))
    phrase = covers or _text(r.timex_text)
    ev["display_date"] = _html(resolved if not phrase or phrase == resolved else f"{resolved} ({phrase})")
    actors = actors_list(r.actors)
    if actors:
        ev["group"] = _html(actors[0])
    return ev


def _title_slide(df: pd.DataFrame, title: str | None, n_events: int) -> dict:
    ids = df["doc_id"].dropna().unique().tolist() if "doc_id" in df.columns else []
    headline = title or (f"Timeline: {ids[0]}" if len(ids) == 1 else "Timeline")
    sources = f"{len(ids)} article{'s' if len(ids) != 1 else ''}"
    return {"text": {"headline": _html(headline), "text": _html(f"{n_events} dated events from {sources}")}}


def to_timelinejs(df: pd.DataFrame, title: str | None = None) -> dict:
    """The TimelineJS document: a title slide and one slide per dated row (vague and error rows have no
    date TimelineJS could show)."""
    events = [_event(r, i) for i, r in enumerate(df.itertuples(index=False))
              if not pd.isna(r.start) and pd.isna(getattr(r, "error", None))]
    return {"title": _title_slide(df, title, len(events)), "events": events}


def to_timelinejs_string(df: pd.DataFrame, title: str | None = None) -> str:
    return json.dumps(to_timelinejs(df, title), ensure_ascii=False, indent=1) + "\n"


def write_timelinejs(df: pd.DataFrame, path: str | Path, title: str | None = None) -> Path:
    return write_text_atomic(path, to_timelinejs_string(df, title))
