"""Parquet writer and reader (pyarrow): dtypes survive the round trip."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..table import apply_schema
from .atomic import write_atomic


def write_parquet(df: pd.DataFrame, path: str | Path) -> Path:
    return write_atomic(path, lambda p: df.to_parquet(p, index=False, engine="pyarrow"))


def read_parquet(path: str | Path) -> pd.DataFrame:
    return apply_schema(pd.read_parquet(path, engine="pyarrow"))
