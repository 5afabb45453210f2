"""Exports of the event table, one writer per format, all written atomically.

=========== =================================== ==========================================
format      writer                              notes
=========== =================================== ==========================================
csv         :func:`csv_json.write_csv`          the default; dtypes restored by read_table;
                                                text cells spreadsheet-safe unless raw_cells
json        :func:`csv_json.write_json`         list of records, ISO dates, nulls
parquet     :func:`parquet.write_parquet`       dtypes kept
timelinejs  :func:`timelinejs.write_timelinejs` Knight Lab TimelineJS JSON
timeml      :func:`timeml_table.write_timeml_docs` TimeML via timeline.export.timeml.write_timeml;
                                                several documents: safe file names, names.csv
html        :func:`html.write_html`                 the interactive page (vis-timeline inlined)
=========== =================================== ==========================================
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import InputError, UsageError
from .csv_json import read_csv, read_json, to_csv_string, to_json_string, write_csv, write_json
from .parquet import read_parquet, write_parquet
from .timelinejs import to_timelinejs_string, write_timelinejs
from .timeml_table import timeml_documents, write_timeml_docs

FORMATS = ("csv", "json", "parquet", "timelinejs", "timeml", "html")
_EXT_FORMAT = {".csv": "csv", ".json": "json", ".parquet": "parquet", ".pq": "parquet", ".tml": "timeml", ".html": "html",
               ".htm": "html"}


def format_for(path: str | Path | None, fmt: str | None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        return fmt
    if path is not None:
        return _EXT_FORMAT.get(Path(path).suffix.lower(), "csv")
    return "csv"


# format -> writer(df, path, documents, title, raw_cells); each writer is atomic (export/atomic.py)
_WRITERS = {
    "csv": lambda df, path, documents, title, raw: write_csv(df, path, raw=raw),
    "json": lambda df, path, documents, title, raw: write_json(df, path),
    "parquet": lambda df, path, documents, title, raw: write_parquet(df, path),
    "timelinejs": lambda df, path, documents, title, raw: write_timelinejs(df, path, title),
    "timeml": lambda df, path, documents, title, raw: write_timeml_docs(df, documents or [], path),
    "html": lambda df, path, documents, title, raw: _html().write_html(df, path, title),
}
# format -> text for stdout (every format but parquet)
_STRINGS = {
    "csv": lambda df, documents, title, raw: to_csv_string(df, raw=raw),
    "json": lambda df, documents, title, raw: to_json_string(df),
    "timelinejs": lambda df, documents, title, raw: to_timelinejs_string(df, title),
    "timeml": lambda df, documents, title, raw: "\n".join(xml for _, xml in timeml_documents(df, documents or [])),
    "html": lambda df, documents, title, raw: _html().to_html(df, title),
}


def _html():
    from . import html  # the page pulls in the chart's row logic (matplotlib-free) only when asked for

    return html


def write_table(df: pd.DataFrame, path: str | Path, fmt: str = "csv", documents=None, title: str | None = None,
                raw_cells: bool = False) -> Path:
    """Write ``df`` to ``path`` in ``fmt``; TimeML also needs the source ``documents``.

    ``raw_cells`` writes CSV text cells without the spreadsheet-safety quote (other formats are always raw).
    """
    if fmt not in _WRITERS:
        raise UsageError(f"unknown format {fmt!r}")
    return _WRITERS[fmt](df, path, documents, title, raw_cells)


def table_to_string(df: pd.DataFrame, fmt: str = "csv", documents=None, title: str | None = None,
                    raw_cells: bool = False) -> str:
    """The export as text, for stdout (every format but parquet); ``raw_cells`` as for :func:`write_table`."""
    if fmt not in _STRINGS:
        raise UsageError(f"format {fmt!r} cannot go to stdout: give -o FILE")
    return _STRINGS[fmt](df, documents, title, raw_cells)


_READERS = {".parquet": read_parquet, ".pq": read_parquet, ".json": read_json}


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a CSV, JSON or Parquet export back with the documented dtypes."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    try:
        return _READERS.get(p.suffix.lower(), read_csv)(p)
    except (ValueError, OSError, KeyError) as exc:
        raise InputError(f"{p}: not a readable event table ({exc})") from None
