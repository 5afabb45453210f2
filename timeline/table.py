"""The event table: one row per (event, time expression), with a fixed schema and dtypes.

Columns (in this order; the first 22 are the contract from issue 3, the rest are provenance and the
event columns of issue 12):

=============== ================= ==============================================================
column          dtype             meaning
=============== ================= ==============================================================
doc_id          string            document id (file name, JSONL ``id``, or the caller's)
pub_date        datetime64[s]     publication date used as anchor; NaT when none was found
dct_source      string            where pub_date came from: cli, metadata, html, dateline, none
sentence        string            the sentence holding the time expression (whitespace collapsed)
event           string            headline-like summary: "the minister visited Lisbon and met with the mayor"; a
                                  long report (or a quote before its verb) as "Speaker: what was said"
trigger         string            the predicate word as written ("visited", "invasion")
trigger_lemma   string            its lemma ("visit")
subject         string            subject phrase of the predicate
object          string            object phrase (or "with the mayor" for prepositional objects)
actors          string            named entities involved, "; "-separated (people, orgs, places)
modality        string            "", "will", "could", "not", "expected to", "would not" ...
timex_text      string            the time expression as written
timex_type      string            DATE or TIME (DURATION/SET only when anchored to an interval)
timex_value     string            TIMEX3 value (2023-09-05, 2023-W37, PAST_REF, XXXX-WXX-2 ...)
timex_mod       string            TIMEX3 mod (START, APPROX, ...) or <NA>
char_start      Int64             offsets of the time expression in the document text, half-open
char_end        Int64
start           datetime64[s]     interval start (inclusive); NaT when vague or unresolved; for a range,
                                  "since"/"until" or anchored duration the whole interval (see range_text)
end             datetime64[s]     interval end (exclusive); NaT when vague or unresolved
granularity     string            day, week, month, quarter, year, decade ... or <NA>
fuzzy           bool              vague ("recent weeks") or unresolved: no interval
rule            string            the tagger rule that fired
unresolved      bool              relative expression with no publication date to anchor it
anchor          string            the anchor the resolver used ("dct:2023-09-05", "story:...")
trigger_start   Int64             offsets of the trigger word in the document text
trigger_end     Int64
range_text      string            what the row's interval was read from when it is more than the time
                                  expression's own: a range ("between 2011 and 2014"), "since 2017",
                                  "until Thursday", an anchored duration ("in three weeks"); <NA> otherwise
asserted        bool              the row states something that happened: False under a modal, negation,
                                  condition or plan ("will", "could", "not", "if", "expected to") and for
                                  events after the publication date
source          string            who reports the event, for an event in reported speech ("officials" in
                                  "officials said the mine shut in 2012"); <NA> otherwise
subject_resolved_from string      the pronoun the subject stands in for ("She", "who"); <NA> otherwise
no_event        string            why a time expression dates no event, on a row with no trigger:
                                  "record-comparison" ("its lowest level since 2009"), "comparison-base"
                                  ("down from 3.4% in the final quarter of 2023"), "period-label" ("a
                                  17th-century painting"), "recurring-window" ("run every 20 minutes
                                  between 6 a.m. and 10 p.m.", no interval; also a length in a
                                  habit, "usually appear within a few days"), "likeness" ("It is like
                                  working in the 1980s"), "topic" ("talked about the 1990s") or
                                  "reference-period" ("Retail sales for October will be published on
                                  Tuesday": October); <NA> otherwise
error           string            set on the single row a failed document yields; <NA> otherwise
=============== ================= ==============================================================

A document that could not be read or processed yields exactly one row with ``doc_id``, ``pub_date``,
``dct_source`` and ``error`` set and everything else missing, so a multi-document run loses nothing.

Sorting: by ``start`` then ``end`` then document order; rows without an interval (vague, unresolved)
follow, and error rows come last.

``datetime64[s]`` rather than pandas' default nanoseconds: history articles reach back before 1677.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pandas as pd

STRING_COLUMNS = (
    "doc_id", "dct_source", "sentence", "event", "trigger", "trigger_lemma", "subject", "object", "actors",
    "modality", "timex_text", "timex_type", "timex_value", "timex_mod", "granularity", "rule", "anchor", "error",
    "range_text", "source", "subject_resolved_from", "no_event",
)
DATETIME_COLUMNS = ("pub_date", "start", "end")
INT_COLUMNS = ("char_start", "char_end", "trigger_start", "trigger_end")
BOOL_COLUMNS = ("fuzzy", "unresolved", "asserted")

CONTRACT_COLUMNS = (
    "doc_id", "pub_date", "dct_source", "sentence", "event", "trigger", "trigger_lemma", "subject", "object",
    "actors", "modality", "timex_text", "timex_type", "timex_value", "timex_mod", "char_start", "char_end",
    "start", "end", "granularity", "fuzzy", "rule",
)
COLUMNS = CONTRACT_COLUMNS + ("unresolved", "anchor", "trigger_start", "trigger_end", "range_text", "asserted",
                              "source", "subject_resolved_from", "no_event", "error")

DATETIME_DTYPE = "datetime64[s]"

DTYPES: dict[str, str] = {
    **{c: "string" for c in STRING_COLUMNS},
    **{c: DATETIME_DTYPE for c in DATETIME_COLUMNS},
    **{c: "Int64" for c in INT_COLUMNS},
    **{c: "bool" for c in BOOL_COLUMNS},
}

ACTOR_SEP = "; "


def _to_datetime(values) -> pd.Series:
    """Coerce to datetime64[s]; anything pandas cannot place (bad strings, out of range) becomes NaT."""
    # each value placed one by one, but the column built once: a cell assignment (out.iloc[i] = ts) cost
    # ~0.2 ms, half of a corpus partition's table building
    out = np.full(len(values), np.datetime64("NaT"), dtype=DATETIME_DTYPE)
    for i, v in enumerate(values):
        if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NaT:
            continue
        try:
            ts = pd.Timestamp(v)
            if pd.isna(ts):
                continue
            out[i] = (ts.as_unit("s") if ts.tz is None else ts.tz_convert(None).as_unit("s")).asm8
        except (ValueError, TypeError, OverflowError):
            continue
    return pd.Series(out, dtype=DATETIME_DTYPE)


def empty_table() -> pd.DataFrame:
    return apply_schema(pd.DataFrame({c: [] for c in COLUMNS}))


# What makes a file an event table rather than any CSV: without these nothing can be placed or shown.
REQUIRED_COLUMNS = ("doc_id", "timex_text", "start", "end")


def check_event_table(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` unchanged if it has the event table's required columns; ValueError naming the missing ones."""
    missing = [c for c in REQUIRED_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"no {', '.join(missing)} column{'s' if len(missing) > 1 else ''}")
    return df


def apply_schema(df: pd.DataFrame) -> pd.DataFrame:
    """Give ``df`` exactly :data:`COLUMNS` in order with :data:`DTYPES` (missing columns filled with NA).

    Also used to restore the schema after reading an export back (CSV loses dtypes).
    """
    df = df.reset_index(drop=True)
    out = {}
    n = len(df)
    for c in COLUMNS:
        col = df[c] if c in df.columns else pd.Series([None] * n, dtype="object")
        if c == "actors":
            col = col.map(lambda v: ACTOR_SEP.join(v) if isinstance(v, (list, tuple)) else v)
        if c in DATETIME_COLUMNS:
            out[c] = _to_datetime(col.tolist())
        elif c in INT_COLUMNS:
            out[c] = pd.array(pd.to_numeric(col, errors="coerce"), dtype="Int64")
        elif c == "asserted" and c not in df.columns:
            # a table from before the column existed (or a user's own): read it the way its rows say
            out[c] = derive_asserted(df)
        elif c in BOOL_COLUMNS:
            out[c] = col.map(as_bool).astype("bool")
        else:
            # "" and missing are the same thing in every text column (CSV cannot tell them apart)
            vals = [None if (v is None or (not isinstance(v, str) and pd.isna(v)) or v == "") else str(v)
                    for v in col.tolist()]
            out[c] = pd.array(vals, dtype="string")
    return pd.DataFrame(out, columns=list(COLUMNS))


def is_asserted(modality, start, end, pub, failed: bool = False) -> bool:
    """The one ``asserted`` rule, for a row as it is built and for a table that lacks the column: the row
    states something that happened unless it has a modality ("could", "will", "not", "if"), is an error row,
    or starts after the publication date's day (or is a window that opens on it and runs on: "over the next
    five years")."""
    if failed or (isinstance(modality, str) and modality.strip()):
        return False
    start, end, pub = _stamp(start), _stamp(end), _stamp(pub)
    if start is None or pub is None:
        return True
    day, pub = start.normalize(), pub.normalize()
    if day > pub:
        return False
    return not (day == pub and end is not None and (end - start).days > 1)


def _missing(v) -> bool:
    return v is None or (not isinstance(v, (str, dt.date)) and pd.isna(v))


def _stamp(v) -> pd.Timestamp | None:
    """A time of a row or a read-back table cell; None when missing or unreadable."""
    if _missing(v):
        return None
    if isinstance(v, pd.Timestamp):
        return v
    if isinstance(v, dt.date):  # (a datetime is a date too) what rows carry: no parsing
        return pd.Timestamp(v)
    t = pd.to_datetime(v, errors="coerce")
    return None if pd.isna(t) else t


def derive_asserted(df: pd.DataFrame) -> pd.Series:
    """``asserted`` for a table that lacks the column (:func:`is_asserted` row by row)."""
    n = len(df)

    def col(name):
        return df[name].tolist() if name in df.columns else [None] * n

    failed = [not _missing(e) for e in col("error")]
    values = [is_asserted(*args) for args in zip(col("modality"), col("start"), col("end"), col("pub_date"), failed)]
    return pd.Series(values, index=df.index, dtype="bool")


def as_bool(v, missing: bool = False) -> bool:
    """A boolean cell as written in any export ("true", "1", "yes", a bool); ``missing`` for an empty one."""
    if isinstance(v, str):
        return v.strip().lower() in ("true", "1", "yes")
    if v is None or (not isinstance(v, bool) and pd.isna(v)):
        return missing
    return bool(v)


def sort_table(df: pd.DataFrame, group: Sequence[int] | None = None) -> pd.DataFrame:
    """Timeline order: dated rows by (start, end, document order); then rows without interval; errors last.

    With ``group`` (one number per row, e.g. the document's place in a corpus partition) rows are kept in
    their groups, in group order, and put in timeline order within each.
    """
    key = pd.DataFrame({
        "group": group if group is not None else 0,
        "err": df["error"].notna(),
        "vague": df["start"].isna(),
        "start": df["start"],
        "end": df["end"],
        "doc": df["doc_id"].fillna(""),
        "pos": df["char_start"].fillna(-1),
    }, index=df.index)
    order = key.sort_values(["group", "err", "vague", "start", "end", "doc", "pos"], kind="stable",
                            na_position="last").index
    return df.loc[order].reset_index(drop=True)


def build_table(rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts keyed by column name; lists allowed for ``actors``) → sorted, typed DataFrame."""
    if not rows:
        return empty_table()
    return sort_table(apply_schema(pd.DataFrame(rows)))


def actors_list(value) -> list[str]:
    """Split an ``actors`` cell back into names."""
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return []
    return [a for a in str(value).split(ACTOR_SEP) if a]
