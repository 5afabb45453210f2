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
=========== =================================== ==========================================
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import UsageError

FORMATS = ("csv", "json", "parquet", "timelinejs", "timeml")
_EXT_FORMAT = {".csv": "csv", ".json": "json", ".parquet": "parquet", ".pq": "parquet", ".tml": "timeml"}


def format_for(path: str | Path | None, fmt: str | None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        return fmt
    if path is not None:
        return _EXT_FORMAT.get(Path(path).suffix.lower(), "csv")
    return "csv"


def write_table(df: pd.DataFrame, path: str | Path, fmt: str = "csv", documents=None, title: str | None = None,
                raw_cells: bool = False) -> Path:
    """Write ``df`` to ``path`` in ``fmt``; TimeML also needs the source ``documents``.

    ``raw_cells`` writes CSV text cells without the spreadsheet-safety quote (other formats are always raw).
    """
    if fmt == "csv":
        from .csv_json import write_csv

        return write_csv(df, path, raw=raw_cells)
    if fmt == "json":
        from .csv_json import write_json

        return write_json(df, path)
    if fmt == "parquet":
        from .parquet import write_parquet

        return write_parquet(df, path)
    if fmt == "timelinejs":
        from .timelinejs import write_timelinejs

        return write_timelinejs(df, path, title)
    if fmt == "timeml":
        from .timeml_table import write_timeml_docs

        return write_timeml_docs(df, documents or [], path)
    raise UsageError(f"unknown format {fmt!r}")


def table_to_string(df: pd.DataFrame, fmt: str = "csv", documents=None, title: str | None = None,
                    raw_cells: bool = False) -> str:
    """The export as text, for stdout (every format but parquet); ``raw_cells`` as for :func:`write_table`."""
    if fmt == "csv":
        from .csv_json import to_csv_string

        return to_csv_string(df, raw=raw_cells)
    if fmt == "json":
        from .csv_json import to_json_string

        return to_json_string(df)
    if fmt == "timelinejs":
        from .timelinejs import to_timelinejs_string

        return to_timelinejs_string(df, title)
    if fmt == "timeml":
        from .timeml_table import timeml_documents

        return "\n".join(xml for _, xml in timeml_documents(df, documents or []))
    raise UsageError(f"format {fmt!r} cannot go to stdout: give -o FILE")


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a CSV, JSON or Parquet export back with the documented dtypes."""
    from ..errors import InputError

    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    ext = p.suffix.lower()
    try:
        if ext in (".parquet", ".pq"):
            from .parquet import read_parquet

            return read_parquet(p)
        if ext == ".json":
            from .csv_json import read_json

            return read_json(p)
        from .csv_json import read_csv

        return read_csv(p)
    except (ValueError, OSError, KeyError) as exc:
        raise InputError(f"{p}: not a readable event table ({exc})") from None
