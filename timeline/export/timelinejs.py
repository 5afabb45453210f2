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

from ..table import actors_list
from .atomic import write_text_atomic

# Granularities TimelineJS can show with start_date alone, and the date parts each keeps.
_PARTS = {
    "year": ("year",), "month": ("year", "month"), "day": ("year", "month", "day"),
    "hour": ("year", "month", "day", "hour"), "minute": ("year", "month", "day", "hour", "minute"),
    "second": ("year", "month", "day", "hour", "minute", "second"),
}
# Spans shown as start_date..end_date, with the parts to keep on both ends.
_SPAN_PARTS = {
    "decade": ("year",), "century": ("year",), "quarter": ("year", "month"), "half": ("year", "month"),
    "season": ("year", "month"), "week": ("year", "month", "day"), "weekend": ("year", "month", "day"),
    "part_of_day": ("year", "month", "day", "hour"),
}


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


def to_timelinejs(df: pd.DataFrame, title: str | None = None) -> dict:
    events = []
    for i, r in enumerate(df.itertuples(index=False)):
        if pd.isna(r.start) or not pd.isna(getattr(r, "error", None)):
            continue
        start = pd.Timestamp(r.start).to_pydatetime()
        end = pd.Timestamp(r.end).to_pydatetime() if not pd.isna(r.end) else None
        gran = _text(r.granularity) or "day"
        ev: dict = {"unique_id": _unique_id(_text(r.doc_id), i)}
        if gran in _SPAN_PARTS and end is not None:
            parts = _SPAN_PARTS[gran]
            ev["start_date"] = _date_obj(start, parts)
            ev["end_date"] = _date_obj(end - dt.timedelta(seconds=1), parts)  # inclusive end
        else:
            ev["start_date"] = _date_obj(start, _PARTS.get(gran, _PARTS["day"]))
        headline = _text(r.event) or _text(r.sentence) or _text(r.timex_text)
        body = _text(r.sentence)
        if _text(r.modality):
            body = f"[{_text(r.modality)}] {body}"
        ev["text"] = {"headline": _html(headline), "text": _html(body)}
        ev["display_date"] = _html(r.timex_text)
        actors = actors_list(r.actors)
        if actors:
            ev["group"] = _html(actors[0])
        events.append(ev)
    out: dict = {"events": events}
    if title:
        out["title"] = {"text": {"headline": _html(title), "text": ""}}
    return out


def to_timelinejs_string(df: pd.DataFrame, title: str | None = None) -> str:
    return json.dumps(to_timelinejs(df, title), ensure_ascii=False, indent=1) + "\n"


def write_timelinejs(df: pd.DataFrame, path: str | Path, title: str | None = None) -> Path:
    return write_text_atomic(path, to_timelinejs_string(df, title))
