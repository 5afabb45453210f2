"""Event table -> the events a chart shows: which rows, asserted or not, how salient, in which lane.

Used by the static chart and by the HTML page, so both agree on what a row is.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd

from ..errors import InputError
from ..labels import date_label
from ..table import REQUIRED_COLUMNS, actors_list, as_bool, derive_asserted
from .lanes import lane_keys

# matplotlib's date axis runs from year 1 to 9999; a margin on both sides keeps the padding inside it
FIRST_DRAWABLE, LAST_DRAWABLE = pd.Timestamp("0002-01-01"), pd.Timestamp("9998-01-01")
POINT = pd.Timedelta(days=1)  # an interval this short is a moment on a chart: a dot, not a bar


def text(v) -> str:
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def usable(df: pd.DataFrame) -> pd.DataFrame:
    """The rows worth drawing (error rows dropped); InputError when ``df`` is not an event table."""
    if not isinstance(df, pd.DataFrame):
        raise InputError("not an event table (expected a pandas DataFrame)")
    missing = [c for c in REQUIRED_COLUMNS if c not in df.columns]
    if missing:
        raise InputError(f"not an event table: no {', '.join(missing)} column{'s' if len(missing) > 1 else ''}")
    df = df[df["error"].isna()] if "error" in df.columns else df
    return df.reset_index(drop=True)


def asserted(df: pd.DataFrame) -> pd.Series:
    """True for events the text states as fact. The ``asserted`` column when the table has one; otherwise
    derived: a modality ("could", "will", "not") or a start after the publication date makes a row
    hypothetical, future or negated."""
    if "asserted" in df.columns:
        # an empty cell is not a hypothesis: the row stays drawn as fact
        return df["asserted"].map(lambda v: as_bool(v, missing=True)).astype(bool)
    return derive_asserted(df)


def salience(df: pd.DataFrame) -> pd.Series:
    """A rank for "the N most salient" when a table is too big to draw whole: stated facts before
    hypotheses, events with a named subject and several actors, dates to the day, and what a news story
    puts first (its lead) before what it adds further down."""
    n = len(df)
    if n == 0:
        return pd.Series([], dtype=float)

    def col(name, f):
        return np.array([f(v) for v in df[name].tolist()], dtype=float) if name in df.columns else np.zeros(n)

    score = asserted(df).to_numpy(dtype=float)
    score += 0.8 * col("subject", lambda v: bool(text(v)))
    score += 0.3 * col("actors", lambda v: min(len(actors_list(v)), 3))
    score += 0.5 * col("granularity", lambda g: text(g) in ("day", "hour", "minute", "second", "part_of_day"))
    if "char_start" in df.columns and "doc_id" in df.columns:
        pos = pd.Series(col("char_start", lambda v: np.nan if pd.isna(v) else float(v)), index=df.index)
        length = pos.groupby(df["doc_id"].map(text).tolist()).transform("max").replace(0, 1)
        score += 0.7 * (1 - (pos / length).fillna(1)).to_numpy()
    return pd.Series(score, index=df.index)


# how long one unit of each granularity can be; an interval longer than that is a range of them
_UNIT = {"second": pd.Timedelta(seconds=1), "minute": pd.Timedelta(minutes=1), "hour": pd.Timedelta(hours=1),
         "part_of_day": pd.Timedelta(hours=12), "day": pd.Timedelta(days=1), "weekend": pd.Timedelta(days=3),
         "week": pd.Timedelta(days=7), "month": pd.Timedelta(days=31), "season": pd.Timedelta(days=92),
         "quarter": pd.Timedelta(days=92), "half": pd.Timedelta(days=184), "year": pd.Timedelta(days=366),
         "decade": pd.Timedelta(days=3653), "century": pd.Timedelta(days=36525)}


def interval_text(start, end, granularity, mod=None) -> str:
    """How a reader says the row's date: "5 Sep 2023", "Jul 2023", and for a range of units (a "from 3 to 9
    July" row) both ends, "3 Jul 2023 – 9 Jul 2023", never just the first day."""
    gran = granularity if isinstance(granularity, str) and granularity else "day"
    first = date_label(start, end, gran, mod)
    if end is None or pd.isna(end) or pd.Timestamp(end) - pd.Timestamp(start) <= _UNIT.get(gran, _UNIT["day"]):
        return first
    last = date_label(pd.Timestamp(end) - pd.Timedelta(seconds=1), None, gran)
    return first if last == first else f"{first} – {last}"


@dataclass(frozen=True)
class RowView:
    """One row of a usable table as a chart or the page shows it: when, what, stated or not, whose lane."""

    row: int  # position in the usable table
    start: pd.Timestamp | None  # None: undated (a vague row)
    end: pd.Timestamp | None  # exclusive; start + 1 day for a moment without an end
    point: bool
    headline: str
    date_text: str  # "" for an undated row
    asserted: bool
    lane: str  # the lane key (see lanes.py)
    doc_id: str


def row_views(df: pd.DataFrame) -> list[RowView]:
    """Every row of a usable table, in table order."""
    flags, keys = asserted(df).tolist(), lane_keys(df)
    out: list[RowView] = []
    for i, r in enumerate(df.itertuples(index=False)):
        start = None if pd.isna(r.start) else pd.Timestamp(r.start)
        end = pd.Timestamp(r.end) if not pd.isna(r.end) else (None if start is None else start + POINT)
        gran = text(getattr(r, "granularity", None)) or "day"
        date_text = "" if start is None else interval_text(start, end, gran, getattr(r, "timex_mod", None))
        out.append(RowView(row=i, start=start, end=end, point=start is None or end - start <= POINT,
                           headline=headline(r), date_text=date_text, asserted=bool(flags[i]), lane=keys[i],
                           doc_id=text(getattr(r, "doc_id", ""))))
    return out


@dataclass(frozen=True)
class ChartEvent(RowView):
    """A dated row the chart draws (``start`` and ``end`` set), with its salience."""

    salience: float = 0.0


def _drawable(dated: pd.DataFrame) -> pd.DataFrame:
    end = dated["end"].fillna(dated["start"])
    ok = (dated["start"] >= FIRST_DRAWABLE) & (end <= LAST_DRAWABLE)
    if not ok.all():
        warnings.warn(f"{int((~ok).sum())} events dated before year 2 or after 9997 are left off the chart",
                      stacklevel=4)
    return dated[ok]


def headline(r) -> str:
    h = text(getattr(r, "event", None)) or text(getattr(r, "sentence", None))
    mod = text(getattr(r, "modality", None))
    if h and mod and not all(w in h.split() for w in mod.split()):
        h = f"({mod}) {h}"
    return h


def chart_events(df: pd.DataFrame) -> list[ChartEvent]:
    """The dated rows of a usable table as ChartEvents, one per distinct (headline, interval, lane)."""
    drawn = set(df.index.get_indexer(_drawable(df[df["start"].notna()]).index))
    # a date with no event (a dateline): in the table only
    stated = [bool(text(v)) for v in df["event"]] if "event" in df.columns else [False] * len(df)
    scores = salience(df).tolist()
    out: list[ChartEvent] = []
    seen = set()
    for v in row_views(df):
        if v.row not in drawn or not stated[v.row]:
            continue
        key = (v.headline, v.start, v.end, v.lane, v.doc_id)
        if key in seen:  # the same statement tagged twice
            continue
        seen.add(key)
        out.append(ChartEvent(**{f.name: getattr(v, f.name) for f in fields(RowView)}, salience=scores[v.row]))
    return out


def most_salient(events: list[ChartEvent], n: int) -> list[ChartEvent]:
    """The ``n`` most salient events (ties: table order), back in table order."""
    if len(events) <= n:
        return list(events)
    keep = sorted(events, key=lambda e: (-e.salience, e.row))[:n]
    return sorted(keep, key=lambda e: e.row)


def publication_dates(df: pd.DataFrame) -> list[pd.Timestamp]:
    """The table's distinct publication dates, in order (the chart's and the page's markers)."""
    if "pub_date" not in df.columns:
        return []
    return sorted({pd.Timestamp(p) for p in df["pub_date"].dropna()})


def publication_dates_by_doc(df: pd.DataFrame) -> dict[object, set[pd.Timestamp]]:
    """doc_id -> its publication dates, read in one pass (a panel per document asks for its own)."""
    out: dict[object, set[pd.Timestamp]] = {}
    if "pub_date" not in df.columns:
        return out
    for doc, p in zip(df["doc_id"], df["pub_date"]):
        if not pd.isna(doc) and not pd.isna(p):
            out.setdefault(doc, set()).add(pd.Timestamp(p))
    return out


def vague_lines(df: pd.DataFrame, limit: int = 12) -> list[str]:
    vague = df[df["start"].isna()]
    out: list[str] = []
    for r in vague.itertuples(index=False):
        line = f"{text(r.timex_text)}: {text(getattr(r, 'event', None)) or text(getattr(r, 'sentence', None))}"
        if len(line) > 150:
            line = line[:149].rstrip() + "…"
        if line not in out:
            out.append(line)
    if len(out) > limit:
        out = out[:limit] + [f"+{len(out) - limit} more (see the table)"]
    return out
