"""Parquet: the one schema and writer for ``-o x.parquet`` and the corpus store.

The Arrow schema comes from :mod:`timeline.table`'s dtypes, so every Parquet file the project writes (a
single table, a corpus part, the combined corpus output) has the same columns and types, and dtypes survive
the round trip.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..table import apply_schema, check_event_table, empty_table
from .atomic import write_atomic


@functools.lru_cache(maxsize=1)
def arrow_schema() -> pa.Schema:
    """The Arrow schema of the event table."""
    return pa.Schema.from_pandas(empty_table(), preserve_index=False)


def arrow_table(df: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(df, schema=arrow_schema(), preserve_index=False)


def write_parquet(df: pd.DataFrame, path: str | Path) -> Path:
    return write_atomic(path, lambda p: pq.write_table(arrow_table(df), p))


def concat_parquet(sources: Iterable[Path], dest: Path) -> None:
    """Write the rows of ``sources`` (files in the event-table schema) to ``dest``, one row group at a time,
    so memory stays bounded whatever the total size. ``dest`` is written in place: wrap in write_atomic."""
    schema = arrow_schema()
    with pq.ParquetWriter(dest, schema) as writer:
        wrote = False
        for p in sources:
            pf = pq.ParquetFile(p)
            for g in range(pf.num_row_groups):
                writer.write_table(pf.read_row_group(g).cast(schema))
                wrote = True
        if not wrote:
            writer.write_table(arrow_table(empty_table()))


def read_parquet(path: str | Path) -> pd.DataFrame:
    return apply_schema(check_event_table(pd.read_parquet(path, engine="pyarrow")))
