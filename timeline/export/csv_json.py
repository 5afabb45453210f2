"""CSV and JSON (records) writers and readers for the event table.

Both are text formats, so dtypes are restored on reading with :func:`timeline.table.apply_schema`;
dates are written as ISO 8601, missing values as empty cells (CSV) or ``null`` (JSON).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

from ..table import DATETIME_COLUMNS, apply_schema
from .atomic import write_text_atomic


def _iso(v):
    if v is None or v is pd.NaT or (not isinstance(v, str) and pd.isna(v)):
        return None
    ts = pd.Timestamp(v)
    return ts.date().isoformat() if ts == ts.normalize() else ts.isoformat()


def to_csv_string(df: pd.DataFrame) -> str:
    out = df.copy()
    for c in DATETIME_COLUMNS:
        out[c] = pd.array([_iso(v) for v in out[c]], dtype="string")
    buf = io.StringIO()
    out.to_csv(buf, index=False)
    return buf.getvalue()


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


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    return write_text_atomic(path, to_csv_string(df))


def write_json(df: pd.DataFrame, path: str | Path) -> Path:
    return write_text_atomic(path, to_json_string(df))


def read_csv(path_or_buffer) -> pd.DataFrame:
    # every cell as a string first (an actor called "NA" stays a name), then the documented schema
    raw = pd.read_csv(path_or_buffer, dtype=str, keep_default_na=False, na_values=[""])
    return apply_schema(raw)


def read_json(path: str | Path) -> pd.DataFrame:
    with open(path, encoding="utf-8") as fh:
        return apply_schema(pd.DataFrame(json.load(fh)))
