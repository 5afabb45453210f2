"""CSV and JSON (records) writers and readers for the event table.

Both are text formats, so dtypes are restored on reading with :func:`timeline.table.apply_schema`;
dates are written as ISO 8601, missing values as empty cells (CSV) or ``null`` (JSON).

CSV text cells are made spreadsheet-safe by default (:mod:`timeline.export.cells`: a cell starting with
``=``, ``+``, ``-``, ``@`` ... gets a leading ``'``) and :func:`read_csv` undoes it, so a round trip gives
back the same strings. JSON keeps raw values: it is not opened as a spreadsheet.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

from ..table import DATETIME_COLUMNS, apply_schema, check_event_table
from .atomic import write_text_atomic
from .cells import neutralise, restore


def _iso(v):
    if v is None or v is pd.NaT or (not isinstance(v, str) and pd.isna(v)):
        return None
    ts = pd.Timestamp(v)
    return ts.date().isoformat() if ts == ts.normalize() else ts.isoformat()


def _is_text_column(s: pd.Series) -> bool:
    return pd.api.types.is_string_dtype(s.dtype) or s.dtype == object


def to_csv_string(df: pd.DataFrame, raw: bool = False) -> str:
    """The table as CSV; ``raw=True`` writes text cells as-is instead of spreadsheet-safe."""
    out = df.copy()
    if not raw:
        # before the dates become strings: only text columns can carry a formula from an article
        for c in out.columns:
            if c not in DATETIME_COLUMNS and _is_text_column(out[c]):
                out[c] = out[c].map(neutralise, na_action="ignore")
    for c in DATETIME_COLUMNS:
        if c in out.columns:  # other tables (per-entity timelines) have no pub_date
            out[c] = pd.array([_iso(v) for v in out[c]], dtype="string")
    buf = io.StringIO()
    # "\r\n" so that a cell holding a bare carriage return is quoted too (with "\n" alone the csv module leaves
    # it bare and every reader splits the row there); records then go back to "\n"
    out.to_csv(buf, index=False, lineterminator="\r\n")
    return _lf_records(buf.getvalue())


def _lf_records(text: str) -> str:
    """Record terminators "\r\n" -> "\n", leaving quoted cells alone: outside quotes an even number of '"'
    has been seen (doubled quotes inside a cell count twice), so the even-numbered pieces are outside."""
    pieces = text.split('"')
    pieces[::2] = [p.replace("\r\n", "\n") for p in pieces[::2]]
    return '"'.join(pieces)


def to_json_string(df: pd.DataFrame) -> str:
    records = []
    for rec in df.to_dict(orient="records"):
        clean = {}
        for k, v in rec.items():
            if k in DATETIME_COLUMNS:
                clean[k] = _iso(v)
            elif v is None or v is pd.NA or (isinstance(v, float) and pd.isna(v)):
                clean[k] = None
            elif hasattr(v, "item"):
                clean[k] = v.item()  # numpy scalar → Python
            else:
                clean[k] = v
        records.append(clean)
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def write_csv(df: pd.DataFrame, path: str | Path, raw: bool = False) -> Path:
    return write_text_atomic(path, to_csv_string(df, raw=raw))


def write_json(df: pd.DataFrame, path: str | Path) -> Path:
    return write_text_atomic(path, to_json_string(df))


def read_csv(path_or_buffer) -> pd.DataFrame:
    # every cell as a string first (an actor called "NA" stays a name), then the documented schema
    raw = pd.read_csv(path_or_buffer, dtype=str, keep_default_na=False, na_values=[""])
    for c in raw.columns:
        if c not in DATETIME_COLUMNS:
            raw[c] = raw[c].map(restore, na_action="ignore")  # undo the spreadsheet-safety quote
    return apply_schema(check_event_table(raw))


def read_json(path: str | Path) -> pd.DataFrame:
    with open(path, encoding="utf-8") as fh:
        return apply_schema(check_event_table(pd.DataFrame(json.load(fh))))
