"""The manifest: one line per input document (what it produced, or why it failed), keyed by its
identity (source, position)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import UsageError
from ..export.cells import neutralise, restore
from ..readers.files import printable

CORPUS_FORMATS = ("parquet", "csv")
MANIFEST_SUFFIX = ".manifest.csv"
PARTS_SUFFIX = ".parts"
MANIFEST_FIELDS = ("doc_id", "status", "error", "n_rows", "source", "position")
TEXT_FIELDS = ("doc_id", "error", "source")  # the manifest cells made spreadsheet-safe

Key = tuple[str, int]  # (source, position): a document's identity


@dataclass
class ManifestEntry:
    doc_id: str
    status: str  # "ok" or "error"
    error: str = ""
    n_rows: int = 0
    source: str = ""
    position: int = 0

    def as_row(self) -> list:
        return [neutralise(self.doc_id), self.status, neutralise(self.error), self.n_rows, neutralise(self.source),
                self.position]


def manifest_path(out: str | Path) -> Path:
    return Path(str(out) + MANIFEST_SUFFIX)


def parts_dir(out: str | Path) -> Path:
    return Path(str(out) + PARTS_SUFFIX)


def read_manifest(path: str | Path) -> pd.DataFrame:
    """A manifest as a DataFrame (doc_id, status, error, n_rows, source, position), cells as written."""
    df = pd.read_csv(path, dtype={"doc_id": "string", "status": "string", "error": "string", "source": "string"},
                     keep_default_na=False)
    for c in TEXT_FIELDS:
        if c in df:
            df[c] = df[c].map(restore).astype("string")
    df["n_rows"] = df["n_rows"].astype("int64")
    if "position" in df:
        df["position"] = df["position"].astype("int64")
    return df


def manifest_keys(path: Path) -> Iterator[Key]:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if "position" not in (reader.fieldnames or ()):
            raise UsageError(f"{printable(path)} was written by an older timeline (no 'position' column): "
                             "run again without --resume")
        sources: dict[str, str] = {}  # one string per source, not one per line
        for row in reader:
            src = restore(row["source"])
            yield sources.setdefault(src, src), int(row["position"])


def manifest_text(entries: list[ManifestEntry], header: bool = True) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if header:
        w.writerow(MANIFEST_FIELDS)
    w.writerows(e.as_row() for e in entries)
    return buf.getvalue()
